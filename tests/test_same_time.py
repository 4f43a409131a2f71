"""Two times of one happening: another time contradicts the claim, the same relative time
supports it; a time of another act or thing is never compared. Sentences from the training
cases (the judge's reading given with each)."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.happenings import happening_at, happenings
from onrecord.check.verdicts.same_time import CONFLICT, SAME, relate, same_time
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

OTHER_TIME = [
    # brugdam (entailment 0.92): the bridge opens in spring 2020, not 2021
    ("De nieuwe brug gaat in het voorjaar van 2020 open.", "2016-05-12T08:00:00Z",
     "The new bridge would open in the spring of 2021."),
    # hogeschool (0.96): the move is from September 2022, not 2021
    ("I propose that we move all Lindewolde programmes to the Ravensberg campus from "
     "September 2022 and close the Lindewolde building.", "2021-02-08T09:00:00Z",
     "Ashworth stelde in februari 2021 voor om de opleidingen in Lindewolde al per september "
     "2021 naar Ravensberg te verhuizen."),
    # onderzoekslab (0.96): written on Monday 13 January, "last Friday" was the 10th
    ("Afgelopen vrijdag hebben we het contract met Brennan Pharma getekend.",
     "2020-01-13T09:00:00Z", "The lab signed its contract with Brennan Pharma on 13 January 2020."),
    # onderzoekslab (0.93)
    ("Afgelopen vrijdag heeft de DSMB ZENIT-2 stopgezet.", "2021-06-14T09:00:00Z",
     "The data safety monitoring board halted ZENIT-2 on 14 June 2021."),
    # stadion (0.92)
    ("For your file: the sale and leaseback with Brightwater was signed yesterday at the "
     "notary in Rotterdam.", "2020-12-16T10:00:00Z", "The sale and leaseback was signed on "
     "16 December 2020."),
    # nordwind (development): an end date, "until March" written in September 2018
    ("I decided we should delay the audit until March.", "2018-09-15T10:00:00Z",
     "The audit was postponed until June 2019."),
]  # fmt: skip

SAME_TIME = [
    # omroep (judge: neutral 0.74): the Friday before 30 November 2020 is the 27th
    ("For your records: we signed the Kestrel agreement last Friday.", "2020-11-30T09:00:00Z",
     "RTV Vlietland signed the Kestrel agreement on 27 November 2020."),
    # onderzoekslab (neutral 0.88)
    ("Afgelopen vrijdag hebben we het contract met Brennan Pharma getekend.",
     "2020-01-13T09:00:00Z", "Het lab tekende het contract met Brennan Pharma op 10 januari 2020."),
]  # fmt: skip

NOT_COMPARED = [
    # the time of another act: her agreeing, not the delay
    ("I propose that we delay publication of the full HELIOS-2 results until the Series C has "
     "closed, probably in mid-2022.", "2021-03-02T09:00:00Z",
     "In maart 2021 stemde Van der Linden in met het voorstel van investeerder Kessler om de "
     "volledige resultaten uit te stellen."),
    # another thing of one kind: Frankfurt was shut down yesterday, not Amsterdam
    ("We shut down the Frankfurt cluster yesterday, and Amsterdam should follow in June.",
     "2022-05-16T09:00:00Z", "Tessel shut down its Amsterdam cluster in June 2022."),
    # a noun is the object of another act: the approval, not the closure
    ("De fabriek in Haskerdam sluit op 31 maart 2022.", "2021-10-01T09:00:00Z",
     "The joint steering committee approved the Haskerdam closure on 1 October 2020."),
    # a stance on a gerund: backing the signing, in September 2019
    ("Afgelopen vrijdag hebben we het contract met Brennan Pharma getekend.",
     "2020-01-13T09:00:00Z", "Division chair Henk Mulder backed signing the Brennan deal in "
     "September 2019."),
    # another happening: a time of starting is no time of closing
    ("In 2020 starten we de landelijke campagne.", "2019-06-01T09:00:00Z",
     "The campaign was closed in 2019."),
    # a denied happening has no time
    ("We did not sign the contract last Friday.", "2020-01-13T09:00:00Z",
     "The lab signed its contract with Brennan Pharma on 13 January 2020."),
    # two times in the claim: which one is checked is unclear
    ("De nieuwe brug gaat in het voorjaar van 2020 open.", "2016-05-12T08:00:00Z",
     "The bridge was closed in 2019 and opened in 2021."),
]  # fmt: skip


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


@pytest.mark.parametrize(("said", "written", "claim"), OTHER_TIME)
def test_another_time_of_the_same_happening(said: str, written: str, claim: str) -> None:
    m = relate(claim, said, _day(written))
    assert m is not None and m.relation == CONFLICT


@pytest.mark.parametrize(("said", "written", "claim"), SAME_TIME)
def test_the_same_relative_time(said: str, written: str, claim: str) -> None:
    m = relate(claim, said, _day(written))
    assert m is not None and m.relation == SAME and m.relative and m.shared_name


@pytest.mark.parametrize(("said", "written", "claim"), NOT_COMPARED)
def test_not_compared(said: str, written: str, claim: str) -> None:
    assert relate(claim, said, _day(written)) is None


def test_a_plan_for_next_week_is_no_report() -> None:
    said = "We sign the Kestrel agreement next Friday."
    assert relate("RTV Vlietland signed the Kestrel agreement on 4 December 2020.", said,
                  date(2020, 11, 30)) is None  # fmt: skip


def _evidence(text: str, written: str, probs: dict[str, float]) -> Evidence:
    hit = Hit(1, 1, None, "", text, "Ilse Brouwer", "ilse@lab.example", written, None, "body",
              "nl", (0, len(text)), 1.0)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    return Evidence(OWN, hit, [], judgment=Judgment(label, probs, "test"))


def test_another_time_overrides_the_judges_entailment() -> None:
    said, written, claim = OTHER_TIME[2]
    e = _evidence(said, written, {"entailment": 0.96, "neutral": 0.03, "contradiction": 0.01})
    same_time(e, claim)
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert e.judgment.probs["contradiction"] == pytest.approx(0.85)
    assert "dates differ" in e.note


def test_an_absolute_other_time_needs_the_judges_reading() -> None:
    # the judge read it as about something else: a date in the open is not enough
    said, written, claim = OTHER_TIME[0]
    e = _evidence(said, written, {"entailment": 0.02, "neutral": 0.9, "contradiction": 0.08})
    same_time(e, claim)
    assert e.judgment is not None and e.judgment.label == "neutral" and e.note == ""


def test_the_same_relative_time_supports() -> None:
    said, written, claim = SAME_TIME[1]
    e = _evidence(said, written, {"entailment": 0.04, "neutral": 0.88, "contradiction": 0.08})
    same_time(e, claim)
    assert e.judgment is not None and e.judgment.label == "entailment"
    assert "same date" in e.note


def test_the_same_time_does_not_support_a_claim_of_another_figure() -> None:
    # brugdam: the contract's date is right, the claim's fact is its value
    said = "Vanmiddag hebben we het contract met bouwcombinatie Hollink-Marsh getekend."
    claim = "The contract with Hollink-Marsh signed in March 2017 was worth 46.4 million euros."
    e = _evidence(said, "2017-03-14T15:00:00Z", {"entailment": 0.01, "neutral": 0.98,
                                                 "contradiction": 0.01})  # fmt: skip
    same_time(e, claim)
    assert e.judgment is not None and e.judgment.label == "neutral"


def test_happenings_are_verbs_in_both_languages() -> None:
    assert happenings("hebben we het contract getekend") == {"sign"}
    assert happenings("heeft de DSMB ZENIT-2 stopgezet") == {"halt"}
    assert happenings("the data safety monitoring board halted ZENIT-2") == {"halt"}
    assert happenings("approved the closure") == set()  # a noun names no happening here
    text = "In 2021 Hoekstra still opposed moving production to Virginia."
    assert happening_at(text, 3, 7) == set()  # the time is the opposing's


@pytest.mark.parametrize(
    "text",
    ["The Emmerhout office stays open in 2022.", "De fabriek moet in 2022 open blijven."],
)
def test_open_as_a_state_is_no_happening(text: str) -> None:
    at = text.index("2022")
    assert happening_at(text, at, at + 4) == set()


def test_a_closing_per_a_date_is_a_closing_on_it() -> None:
    # waterhulp: "per 31 december 2022" and "on 30 June 2022" are two times of one closing
    m = relate(
        "Het bestuur besloot het kantoor in Dedza per 31 december 2022 te sluiten.",
        "I propose to close the Dedza office on 30 June 2022.",
        date(2021, 9, 15),
    )
    assert m is not None and m.relation == CONFLICT


def test_a_pleaded_closing_keeps_the_time_of_the_pleading() -> None:
    # havenstad (development): "het sluiten" is what she argued for in 2017
    claim = "Whitfield pleitte al in 2017 voor het sluiten van verloskunde in Oudmeer."
    said = "Verpleegkundigen vertellen mij dat verloskunde in Oudmeer volgend jaar dichtgaat."
    assert relate(claim, said, date(2018, 10, 9)) is None


def test_a_rumour_the_judge_reads_as_another_matter_is_left() -> None:
    claim = (
        "Dijkstra ging in januari 2021 akkoord met Whitfields voorstel om verloskunde in "
        "Oudmeer per 1 juli 2022 te sluiten."
    )
    said = "Onder het personeel in Oudmeer gaat het gerucht dat verloskunde volgend jaar dichtgaat."
    e = _evidence(said, "2019-11-26T10:00:00Z", {"entailment": 0.0, "neutral": 0.99,
                                                 "contradiction": 0.01})  # fmt: skip
    same_time(e, claim)
    assert e.judgment is not None and e.judgment.label == "neutral" and e.note == ""


def test_a_named_other_time_overrides_a_neutral_reading() -> None:
    # waterhulp (judge: neutral 0.82): both name the Dedza office; the judge saw two dates
    claim = (
        "Hoogeveen stemde er in 2021 mee in het kantoor in Dedza per 31 december 2022 te sluiten."
    )
    said = (
        "I propose to close the Dedza office on 30 June 2022 and to hand the wells over to the "
        "district water committees."
    )
    e = _evidence(said, "2021-09-15T10:00:00Z", {"entailment": 0.14, "neutral": 0.82,
                                                 "contradiction": 0.04})  # fmt: skip
    same_time(e, claim)
    assert e.judgment is not None and e.judgment.label == "contradiction"


@pytest.mark.parametrize(
    "text",
    [
        "Femke Bakker sloot zich in maart 2018 aan bij de uitspraak van Hofstede.",
        "Altena sloot in 2018 samenwerking met Nieuw Noordveen uit.",
    ],
)
def test_sluiten_with_a_particle_is_no_closing(text: str) -> None:
    at = text.index("2018")
    assert happening_at(text, at, at + 4) == set()


def test_sluiten_alone_is_a_closing() -> None:
    text = "Het bestuur sloot de school in Lindewolde in 2021."
    at = text.index("2021")
    assert happening_at(text, at, at + 4) == {"close"}
