"""A statement's status in time and commitment, and what it may decide (issue 10)."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.statements.modality import prospective
from onrecord.check.statements.period import Period, claim_period, in_period
from onrecord.check.statements.status import DONE, HEDGED, PLANNED, UNDECIDED, status
from onrecord.check.verdicts.evidence import ENDORSED, OWN, Evidence, modality
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment

MAY_2019 = "2019-05-15T09:00:00Z"


@pytest.mark.parametrize(
    ("text", "date", "state"),
    [
        # present tense about a later month than the mail's: a plan
        ("Ik presenteer het in juni aan de raad van bestuur.", MAY_2019, PLANNED),
        ("We send the letter to the council next week.", "2020-01-06T09:00:00Z", PLANNED),
        ("Morgen bel ik de aannemer.", "2020-01-06T09:00:00Z", PLANNED),
        # the same month named in a report: done
        ("Ik heb het in juni aan de raad van bestuur gepresenteerd.", "2019-07-01T09:00:00Z", DONE),
        ("I presented it to the board in June.", MAY_2019, DONE),
        ("The auditors are working from the Utrecht office this week.", MAY_2019, DONE),
        # a later day of the same month, a later year, "per 1 januari" written in September
        ("Op 27 april geeft het bestuur een toelichting in het buurthuis.",
         "2021-04-14T09:00:00Z", PLANNED),
        ("Voor de RvC-vergadering: in 2020 investeren we 2,5 miljoen euro in de jeugdopleiding, "
         "onder meer in twee nieuwe kunstgrasvelden.", "2019-11-18T09:00:00Z", PLANNED),
        ("We passen de verwerkersovereenkomst per 1 januari aan; de meeste klanten lezen die "
         "toch niet.", "2021-09-15T09:00:00Z", PLANNED),
        # "bestaande" is a present participle, no past tense
        ("Bestaande klanten krijgen dat in november per brief te horen.",
         "2019-10-03T09:00:00Z", PLANNED),
        # ... but an earlier day, a report of a later year, a month gone by: done
        ("Op 7 april gaf het bestuur een toelichting in het buurthuis.",
         "2021-04-14T09:00:00Z", DONE),
        ("Op 7 april geeft het bestuur een toelichting in het buurthuis.",
         "2021-04-14T09:00:00Z", DONE),
        ("In 2018 our emissions rose by 4 percent.", "2019-03-01T09:00:00Z", DONE),
        ("In januari zijn de cijfers van de winkel slecht.", "2021-09-15T09:00:00Z", DONE),
        # "off the table" is ruled out, not left open
        ("Reflagging is still off the table: Kroonvaart is a Dutch-flag company and will remain "
         "one.", None, DONE),
        # an option kept open, a matter not decided
        ("I am not recommending that yet, but it has to be on the table.", None, UNDECIDED),
        ("Nobody has decided anything about Rotterdam yet.", None, UNDECIDED),
        ("De verhuizing naar Utrecht is niet van de baan, maar het definitieve besluit valt pas "
         "in 2020.", None, UNDECIDED),
        ("Als dit zo doorgaat, moeten we misschien deze zomer de afdeling 's nachts sluiten.",
         None, HEDGED),
        ("A smaller office there could save about 300,000 euros a year in rent.", None, HEDGED),
        # a pledge for as long as something holds says what will be; said of the past it is a
        # report
        ("Zolang ik directeur ben, worden er geen redacteuren ontslagen.", None, PLANNED),
        ("As long as I chair the board, the campus in Lindewolde stays open.", None, PLANNED),
        ("Aan de norm van 25.000 vluchten heb ik vastgehouden zolang dat verantwoord was.",
         None, DONE),
        # a request is the act of asking, whatever day it names
        ("Could you call Pieter-Jan Claes on Monday and ask whether Scaldis is still interested?",
         None, DONE),
        ("Please prepare a press release, but nothing goes out before we have told the staff on "
         "1 March.", "2021-02-16T09:00:00Z", DONE),
    ],
)  # fmt: skip
def test_status_of_real_statements(text: str, date: str | None, state: str) -> None:
    assert status(text, date) == state


def test_plan_as_a_noun_is_no_intent() -> None:
    assert not prospective("Verbeek presented the new rostering plan to the executive board.")
    assert prospective("We plan to close the ward in May.")
    assert prospective("Ik ben van plan het te sluiten.")


def _evidence(statement: str, date: str | None, probs: dict[str, float], via: str = "") -> Evidence:
    endorsement = (
        Endorsed(2, "agree", via, "Daniel Price", "daniel@example.org", None, 2, None, True)
        if via
        else None
    )
    hit = Hit(1, 1, None, "", statement, "Anouk Verbeek", "anouk@example.org", date, None,
              "body", "nl", (0, len(statement)), 1.0, via_endorsement=endorsement)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    return Evidence(ENDORSED if via else OWN, hit, [], judgment=Judgment(label, probs, "test"))


def _claim(text: str, kind: str = "fact") -> Claim:
    return Claim(text, text, "en", "Verbeek", None, None, None, kind)


STRONG = {"entailment": 0.95, "neutral": 0.03, "contradiction": 0.02}


def test_a_plan_by_tense_does_not_show_the_act() -> None:
    claim = "Verbeek presented the new rostering plan to the executive board in June 2019."
    for kind in ("fact", "about_speech"):
        e = _evidence("Ik presenteer het in juni aan de raad van bestuur.", MAY_2019, STRONG)
        modality(e, _claim(claim, kind), strip_frame(claim))
        assert e.stance == "neutral" and "plan" in e.note
    # written after June, the same words are a report
    e = _evidence("Ik presenteerde het in juni aan de raad van bestuur.", "2019-07-01T09:00:00Z",
                  STRONG)  # fmt: skip
    modality(e, _claim(claim), strip_frame(claim))
    assert e.stance == "supports"


def test_an_open_option_is_neither_the_claim_nor_its_denial() -> None:
    statement = "I am not recommending that yet, but it has to be on the table."
    claim = "Whitfield schreef in maart 2019 dat hij verloskunde in Oudmeer niet zou sluiten."
    e = _evidence(statement, "2019-03-04T09:00:00Z", STRONG)
    modality(e, _claim(claim, "about_speech"), strip_frame(claim))
    assert e.stance == "neutral"
    # a claim that it was raised as an option is what the statement says
    claim = "In March 2019 Whitfield raised concentrating all births in Havenstad as an option."
    e = _evidence(statement, "2019-03-04T09:00:00Z", STRONG)
    modality(e, _claim(claim, "about_speech"), strip_frame(claim))
    assert e.stance == "supports"


def test_a_decision_claim_against_a_matter_left_open() -> None:
    claim = "In June 2020 Brandt decided that the Rotterdam plant would close in 2021."
    e = _evidence("Zet het nog niet op de agenda van de raad.", "2020-06-15T09:00:00Z", STRONG)
    modality(e, _claim(claim), strip_frame(claim))
    assert e.stance == "contradicts"


def test_a_reply_to_a_plan_is_an_act() -> None:
    plan = "I propose that the association sells 70 per cent of the shares to Scaldis."
    against = {"entailment": 0.01, "neutral": 0.02, "contradiction": 0.97}
    claim = "Van Lier wees in februari 2021 het voorstel af om de aandelen aan Scaldis te verkopen."
    e = _evidence("Agreed.", "2021-02-09T09:00:00Z", against, via=plan)
    modality(e, _claim(claim), strip_frame(claim))
    assert e.stance == "contradicts" and not e.note
    # for a claim that the sale happened, the agreed plan is still only a plan
    claim = "Ravenwijk sold 70 per cent of the shares to Scaldis in February 2021."
    e = _evidence("Agreed.", "2021-02-09T09:00:00Z", STRONG, via=plan)
    modality(e, _claim(claim), strip_frame(claim))
    assert e.stance == "neutral"


def test_a_month_is_a_month_and_a_few_days() -> None:
    december = Period(2020, 12)
    assert in_period("2021-01-05T09:00:00Z", december)
    assert in_period("2021-01-19T09:00:00Z", december) is False  # a reply three weeks later
    assert in_period("2020-11-25T09:00:00Z", december)
    # a date that bounds the content is not when the act was
    text = "Dijkstra droeg Raman op niets naar buiten te brengen voordat het personeel op 1 maart "
    assert claim_period(text + "2021 was ingelicht.") is None
    assert claim_period("Dijkstra gaf in maart 2021 toe dat het te laat was.") == Period(2021, 3)


def test_an_endorsement_is_not_writing() -> None:
    text = "Oudmeer had 380 births in 2020, and DeltaZorg will not contract the ward after 2021."
    claim = "In December 2020 Dijkstra wrote that DeltaZorg would no longer contract the ward."
    e = _evidence("Agreed.", "2021-01-19T09:00:00Z", STRONG, via=text)
    modality(e, _claim(claim, "about_speech"), strip_frame(claim))
    assert e.stance == "neutral" and "endorsed" in e.note
    claim = "Dijkstra agreed in January 2021 that DeltaZorg would no longer contract the ward."
    e = _evidence("Agreed.", "2021-01-19T09:00:00Z", STRONG, via=text)
    modality(e, _claim(claim, "about_speech"), strip_frame(claim))
    assert e.stance == "supports"


@pytest.mark.parametrize(
    ("text", "plan"),
    [
        # wanting to say it is saying it: the mail is the act
        ("Ik wil het team van Oudmeer bedanken voor vijftig jaar goede zorg.", False),
        ("Daarom wil ik het helder zeggen: de afdeling blijft open zolang ik voorzitter ben.",
         False),
        ("Ik wilde je persoonlijk laten weten dat de voorzitter aftreedt.", False),
        ("I would like to thank everyone for their hard work this year.", False),
        # what is said may itself be a plan
        ("I want to say that we will close the plant at the end of the year.", True),
        # telling someone else later, or doing something: a plan
        ("I want to tell the board in June.", True),
        ("Ik wil de leden vragen om de club te steunen.", True),
        ("We want to close the ward.", True),
    ],
)  # fmt: skip
def test_a_performative_want_is_no_plan(text: str, plan: bool) -> None:
    assert prospective(text) is plan
