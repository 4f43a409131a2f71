"""A time clause with a pronoun subject is a claim of its own (``event_clause``), on sentences of
the held-out writers' articles (h10, h13) and of dev; "after" / "nadat" and a clause with its own
named subject stay in the claim."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.event_clause import time_event
from onrecord.check.claims.extract import Claim, claims_from_text


def _claims(author: str, lang: str, body: str, names: list[str]) -> list[Claim]:
    return claims_from_text(doc(author, lang, body), names=names)


def test_it_in_a_since_clause_is_the_named_subject() -> None:
    got = _claims(
        "Tidewell Energy press office",
        "en",
        "Tidewell Energy recalled 3,100 batteries on Monday. Tidewell, which employs 240 people at "
        "its plant in Portavon, has sold more than 18,000 home batteries since it was founded in "
        "2017.",
        [],
    )
    texts = [c.text for c in got]
    assert "Tidewell was founded in 2017." in texts, texts
    assert "Tidewell has sold more than 18,000 home batteries." in texts, texts
    assert by_text(got, "founded in 2017").subject == "Tidewell"


def test_the_same_pronoun_in_main_and_time_clause_stays_for_the_resolver() -> None:
    got = _claims(
        "Nell Garside",
        "en",
        "Yolanda Pettigrew, the HR director, gave evidence on Tuesday. Pettigrew said in evidence "
        "that she had not known about the fire-exit emails when she recommended dismissal.",
        ["Yolanda Pettigrew"],
    )
    texts = [c.text for c in got]
    assert "Pettigrew recommended dismissal." in texts, texts
    assert "Pettigrew had not known about the fire-exit emails." in texts, texts
    assert (by_text(got, "recommended dismissal").subject or "").endswith("Pettigrew")


def test_a_dutch_time_clause_is_put_in_main_clause_order() -> None:
    got = _claims(
        "Redactie",
        "nl",
        "Marloes de Graaf werkte tien jaar bij de club toen zij in 2023 werd ontslagen.",
        ["Marloes de Graaf"],
    )
    assert [c.text for c in got] == [
        "Marloes de Graaf werkte tien jaar bij de club.",
        "Marloes de Graaf werd in 2023 ontslagen.",
    ]


def test_after_and_nadat_stay_in_the_claim() -> None:
    # dev's gold: the order of the two events is the claim ("moved ... after she raised")
    body = "Grace Adeyemi was moved to another team after she raised the leak again in 2022."
    assert len(_claims("Wales Desk", "en", body, ["Grace Adeyemi"])) == 1
    body = "Ellen Vink werd in maart ontslagen nadat zij had geklaagd over vervuilde gistvaten."
    assert len(_claims("Redactie", "nl", body, ["Ellen Vink"])) == 1
    assert (
        time_event("Bakri was dismissed after he raised the matter with the ethics officer.")
        is None
    )


def test_a_time_clause_with_a_named_subject_or_in_a_quote_stays() -> None:
    assert time_event("Four dock workers were injured when the crane fell on 3 March 2025.") is None
    assert time_event('"We had left the site when it caught fire," she said.') is None


def test_which_pronoun_stays() -> None:
    ev = time_event("she had not known about the emails when she recommended dismissal.")
    assert ev is not None and ev.keep and ev.rest == "recommended dismissal."
    ev = time_event("The board told him about the audit when he returned in May.")
    assert ev is not None and ev.keep  # "he": the one the main clause calls "him"
    ev = time_event("Tidewell has sold 18,000 batteries since it was founded in 2017.")
    assert ev is not None and not ev.keep and ev.pronoun == "it"


def test_a_things_when_clause_is_the_same_act() -> None:
    s = "Lumen abandoned the promise when it began to keep its research internal in 2016."
    assert time_event(s) is None
    assert time_event("The mill has lost money since it was sold in 2019.") is not None
