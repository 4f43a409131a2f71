"""A second predicate that is a verb of saying reports the framer's second claim
(``reported_conjunct``), on sentences of the held-out writers' articles (h11, h13) and ones it
must leave to the ordinary split (h12, a head without a frame)."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import Claim, claims_from_text
from onrecord.check.claims.reported_conjunct import reported_conjunct
from onrecord.check.language.claim_names import NameContext


def _claims(author: str, lang: str, body: str, names: list[str]) -> list[Claim]:
    return claims_from_text(doc(author, lang, body), names=names)


def test_but_said_reports_a_second_claim_of_the_framer() -> None:
    got = _claims(
        "Fergus Lannigan",
        "en",
        "Bronwen Aspley is the council's leisure officer. Aspley confirmed that the letter had "
        "arrived but said no decision on the contract had been taken.",
        ["Bronwen Aspley"],
    )
    texts = [c.text for c in got]
    assert "No decision on the contract had been taken." in texts, texts
    assert not any(t.startswith("The letter said") for t in texts), texts
    assert by_text(got, "No decision").claimant == "Aspley"


def test_maar_zei_dat_is_about_its_own_subject() -> None:
    got = _claims(
        "Redactie Omroep Haverbroek",
        "nl",
        "Wethouder Marjet Hulsebosch verdedigde het besluit. Hulsebosch erkende dat zij die e-mail "
        'had ontvangen, maar zei dat de cijfers toen nog "onbetrouwbaar" waren.',
        ["Marjet Hulsebosch"],
    )
    texts = [c.text for c in got]
    assert 'De cijfers waren toen nog "onbetrouwbaar".' in texts, texts
    assert "Hulsebosch had die e-mail ontvangen." in texts, texts
    second = by_text(got, "De cijfers")
    assert second.claimant == "Hulsebosch" and second.subject != "Hulsebosch"


def test_a_head_without_a_frame_is_left_to_the_ordinary_split() -> None:
    ctx = NameContext(["Audrey Kinsella declined."])
    s = 'She declined an interview but said the company "takes every complaint seriously".'
    assert reported_conjunct(s, None, "en", ctx) is None
    # no second verb of saying: "and" joins a second fact, the ordinary split decides
    s = "Aspley confirmed that the letter had arrived and the board met on Monday."
    assert reported_conjunct(s, "Aspley", "en", ctx) is None
