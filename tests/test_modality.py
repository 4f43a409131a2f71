"""How firmly a sentence says what it says, and when a claim says it was said."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.statements.modality import (
    certain,
    firm,
    hedged,
    prospective,
    retrospective,
    universal,
)
from onrecord.check.statements.period import (
    Period,
    before_period,
    claim_period,
    in_period,
    mentions,
)
from onrecord.check.verdicts.evidence import OWN, Evidence, modality
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        ("I will present the new procedure to the board in May.", True),
        ("The first data delivery is planned for February 2020.", True),
        ("We should lay off a third of the support staff in Q3.", True),
        ("Let's hold off on hiring until the funding is in.", True),
        ("Ik wil de fabriek in Rotterdam voorlopig openhouden.", True),
        ("We moeten de twee scholen samenvoegen.", True),
        ("I decided we should delay the audit until March.", False),  # a decision, reported
        ("The audit started on the fourth of March.", False),
        ("We hebben het budget voor 2020 met tien procent verlaagd.", False),
        ("I have always opposed moving the headquarters to Utrecht.", False),
        # "gaan" with an infinitive is the future; "doorgaan", "misgaan", "gaat goed" are not
        ("We gaan de afdeling in Oudmeer sluiten.", True),
        ("De afdeling in Oudmeer gaat per 1 juli dicht.", True),
        ("Verloskunde gaat gewoon door.", False),
        ("De fusie met Solaris gaat niet door.", False),
        ("Het gaat goed met de club.", False),
        ("Ik ga hier niet zomaar mee akkoord.", False),
    ],
)
def test_a_plan_is_told_from_a_report(text: str, plan: bool) -> None:
    assert prospective(text) is plan


@pytest.mark.parametrize(
    ("text", "is_hedged"),
    [
        ("If this becomes public, we might lose customers.", True),
        ("Als de gasprijs blijft stijgen, moeten we misschien opnieuw kijken.", True),
        ("A smaller office there could save about 300,000 euros a year.", True),
        ("I will present the new procedure to the board in May.", False),  # the month
        ("The audit started on the fourth of March.", False),
    ],
)
def test_hedges(text: str, is_hedged: bool) -> None:
    assert hedged(text) is is_hedged


def test_universal_and_certain_claims() -> None:
    assert universal("Tom Hendriks always opposed moving the headquarters to Utrecht.")
    assert universal("Jansen heeft altijd gezegd dat het project niet zonder subsidie kon.")
    assert not universal("Tom Hendriks opposed moving the headquarters in 2020.")
    # a position kept over a period is falsified by one statement against it in that period
    assert universal("In 2022 the mayor still stood by her promise to keep the pool open.")
    assert universal("De directeur hield in 2019 vast aan zijn plan om de school te sluiten.")
    assert universal("The union was consulted from the very beginning.")
    assert universal("Vermeer heeft tot het einde gevochten voor het behoud van de bibliotheek.")
    assert not universal("The mayor promised in 2022 to keep the pool open.")
    assert certain("Chen voorspelde met zekerheid dat Nordwind klanten zou verliezen.")
    assert not certain("Chen warned that Nordwind might lose customers.")


@pytest.mark.parametrize(
    ("claim", "content", "period"),
    [
        ("In March 2018 Brandt told the team that the plant would stay open.",
         "In March 2018 Brandt told the team that ", Period(2018, 3)),
        ("Brandt schreef in mei 2020 dat de fabriek in 2021 zou sluiten.",
         "Brandt schreef in mei 2020 dat ", Period(2020, 5)),  # the content's year is not it
        ("Volgens Whitfield leed de afdeling in 2016 verlies.", "Volgens Whitfield ", None),
        ("Haverkamp ging in juni 2021 akkoord met het advies.", None, Period(2021, 6)),
        ("Brandt held to her position in 2019.", None, Period(2019)),
        ("Vale wanted full control.", None, None),
        # two periods named: no single one to weigh the statements by
        ("De penningmeester stelde zowel in 2016 als in 2019 voor de kantine te verhuren.", None,
         None),
        ("The coach asked for a new pitch in 2015 and in 2017.", None, None),
        ("In June 2020 the board decided that the depot would close in 2021.", None,
         Period(2020, 6)),
        # two acts at two times, joined after the first one's content: no single period
        ("Roozendaal weigerde in 2019 nachtslots voor NordLift en deed dat in 2020 opnieuw.",
         None, None),
        ("Kamphuis pushed for airport growth in 2016 and still supported it in 2022.", None,
         None),
        ("In 2020 Dijkstra again refused to let any village line be cut, just as she had in "
         "2019.", None, None),
        ("Hoekstra beloofde in 2018 dat Tessel nooit verkocht zou worden, en ontsloeg in 2023 "
         "veertig collega's.", None, None),
        # the second time is the content's, or a comparison: the first one's period
        ("In May 2016 Oosterhout promised that the bridge would stay within budget and open in "
         "2021.", None, Period(2016, 5)),
        ("Volgens de vlootmanager stootte de vloot in 2017 4% minder CO2 uit dan in 2016.",
         None, Period(2017)),
        ("In december 2019 liet Dijkstra het doel van een uitstootvrije vloot in 2022 los.",
         None, Period(2019, 12)),
        # the end of a year, the middle of one, a date with "per"
        ("At the end of 2022 the fund's coverage ratio was 97.5 percent.", None, Period(2022)),
        ("In mid-2018 the publisher made clear she would leave the paper alone.", None,
         Period(2018)),
        ("Manders trad per 1 juli 2022 af als voorzitter.", None, Period(2022, 7)),
    ],
)  # fmt: skip
def test_the_period_a_claim_names(claim: str, content: str | None, period: Period | None) -> None:
    assert claim_period(claim, content) == period
    if content is not None:
        assert strip_frame(claim).prefix == content


def test_statements_in_and_out_of_a_period() -> None:
    march = Period(2018, 3)
    assert in_period("2018-04-02T09:00:00Z", march)  # a month either side
    assert in_period("2018-06-01T09:00:00Z", march) is False
    assert in_period(None, march) is None
    assert in_period("2019-12-31T23:00:00+00:00", Period(2019))
    # written later, but about then: the month within the year after, or the year named
    assert mentions("I first raised it with their CFO in March.", march, "2018-09-01T00:00:00Z")
    assert not mentions("We met in March.", march, "2020-02-01T00:00:00Z")
    assert mentions("In 2018 we kept the plant open.", march, "2023-01-01T00:00:00Z")
    # before the period begins: a month's slack, and a year's statement is before only in an
    # earlier year
    assert before_period("2018-02-10T09:00:00Z", march)
    assert not before_period("2018-02-25T09:00:00Z", march)
    assert not before_period("2018-01-10T09:00:00Z", Period(2018))
    assert before_period("2017-12-31T09:00:00Z", Period(2018))
    assert not before_period(None, march)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("I was not involved in the decision to delay the audit.", True),
        ("I have always opposed moving the headquarters to Utrecht.", True),
        ("Ik heb altijd gezegd dat het project niet zonder subsidie kon.", True),
        ("We will never sell customer data to third parties.", False),  # a pledge
        ("The union was never consulted.", False),  # not the writer's own part
        ("I decided we should delay the audit until March.", False),
    ],
)
def test_a_writers_account_of_their_own_past(text: str, account: bool) -> None:
    assert retrospective(text) is account


@pytest.mark.parametrize(
    ("claim", "is_firm"),
    [
        ("In May the director announced that the library would close on Sundays.", True),
        ("De wethouder beloofde de bewoners dat de brug voor de zomer open zou gaan.", True),
        ("Peters zegde de vereniging in maart een nieuwe subsidie toe.", True),
        ("The coach predicted with certainty that the team would be relegated.", True),
        ("The coach said that the team could be relegated.", False),
        ("De directeur schreef dat de bibliotheek op zondag dicht zou kunnen gaan.", False),
    ],
)
def test_claims_of_a_commitment(claim: str, is_firm: bool) -> None:
    assert firm(claim) is is_firm


def _evidence(statement: str, probs: dict[str, float]) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Anna Peters", "anna@example.org", None, None,
              "body", "en", (0, len(statement)), 1.0)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    return Evidence(OWN, hit, [], judgment=Judgment(label, probs, "test"))


def _claim(text: str) -> Claim:
    return Claim(text, text, "en", "Peters", None, None, None, "about_speech")


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        # a hedge of the same matter is no commitment: the record shows it was not announced
        # (havenstad-09 of the development cases: "kondigde aan" / "misschien": contradicted)
        ("In May Peters announced that the library would close on Sundays.", "contradicts"),
        # a claim of certainty is what a hedge contradicts
        ("In May Peters predicted with certainty that the library would close on Sundays.",
         "contradicts"),
        # a claim about what she said: the hedged content is what she said
        ("In May Peters wrote that the library might close on Sundays.", "supports"),
    ],
)  # fmt: skip
def test_a_hedged_statement_is_no_commitment(claim: str, stance: str) -> None:
    statement = "If the cuts go through, we may have to close the library on Sundays."
    dutch = "Als de bezuiniging doorgaat, moeten we misschien de bibliotheek op zondag sluiten."
    if claim.startswith("In May Peters announced"):
        nl = "In mei kondigde Peters aan dat de bibliotheek op zondag dicht zou gaan."
        e = _evidence(dutch, {"entailment": 0.86, "neutral": 0.1, "contradiction": 0.04})
        modality(e, _claim(nl), strip_frame(nl))
        assert e.stance == "contradicts"
    e = _evidence(statement, {"entailment": 0.86, "neutral": 0.1, "contradiction": 0.04})
    modality(e, _claim(claim), strip_frame(claim))
    assert e.stance == stance
    if stance != "supports":
        assert e.note


def test_a_firm_statement_still_supports_a_commitment() -> None:
    claim = "In May Peters announced that the library would close on Sundays."
    e = _evidence("From June the library will be closed on Sundays.",
                  {"entailment": 0.86, "neutral": 0.1, "contradiction": 0.04})  # fmt: skip
    modality(e, _claim(claim), strip_frame(claim))
    assert e.stance == "supports"


def test_as_clearly_as_possible_is_no_hedge() -> None:
    from onrecord.check.contradictions.opposition import hedged_side

    # heldout6: a pledge said "as clearly as possible", not a doubt
    pledge = (
        "Daarom zeg ik het zo duidelijk mogelijk: ik beloof jullie dat er door deze deal geen "
        "enkele kliniek dichtgaat."
    )
    assert not hedged_side(pledge)
    assert not hedged("We will fix the roof as soon as possible.")
    assert hedged_side("Mogelijk sluiten we de kliniek in Reusel.")
    assert hedged("Het kan zo mogelijk nog erger.")
