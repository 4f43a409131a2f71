"""Parts of a split sentence that are no claim of their own (``conjunct_view``,
``leaning_part``), on sentences of the held-out writers' articles (h9, h10, h13) and of dev.

A part that is commentary or an announcement is dropped ("..., and we will keep doing so");
a second predicate that only completes the first ("had asked twice to see the contract and
had been refused") stays with it."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.conjunct_view import part_reason
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.leaning_part import leans_back


def _texts(author: str, lang: str, body: str, names: list[str]) -> list[str]:
    return [c.text for c in claims_from_text(doc(author, lang, body), names=names)]


def test_a_later_part_that_announces_is_dropped() -> None:
    texts = _texts(
        "Quillon press office",
        "en",
        '"Where customers fell short, we refunded them, and we will keep doing so," said '
        "Rhiannon Delacey, Chief Executive of Quillon Broadband.",
        ["Rhiannon Delacey"],
    )
    assert any("refunded them" in t for t in texts), texts
    assert not any("keep doing so" in t for t in texts), texts


def test_a_part_that_is_the_speakers_view_is_dropped() -> None:
    texts = _texts(
        "Tenants' association",
        "en",
        "9. Corbeck says the delay is caused by a shortage of contractors; we do not accept "
        "that explanation.",
        [],
    )
    assert any("shortage of contractors" in t for t in texts), texts
    assert not any("accept that explanation" in t for t in texts), texts
    texts = _texts(
        "Sports desk",
        "en",
        '"Tomasz has been a fantastic servant to this club, and we have not forgotten that," '
        "said manager Ewan Strachley.",
        ["Ewan Strachley"],
    )
    assert not any("fantastic servant" in t for t in texts), texts


def test_a_verdict_after_such_a_is_dropped_and_the_fact_kept() -> None:
    # cut off from its other part, "Ik werk al negentien jaar ..." would read as an attitude
    texts = _texts(
        "Marit Hogenboom",
        "nl",
        "Ik werk al negentien jaar als huisarts in Westerlage, en ik heb nog nooit zo'n slecht "
        "onderbouwd besluit gezien.",
        [],
    )
    assert any("negentien jaar als huisarts" in t for t in texts), texts
    assert not any("onderbouwd besluit" in t for t in texts), texts
    # a bare "zo" is no verdict: "zo goed mogelijk geïnformeerd" is a report
    assert (
        part_reason("wij hebben de huurders zo goed mogelijk geïnformeerd.", False, 2025, 5) is None
    )


def test_a_first_person_part_is_left_to_the_whole_sentence() -> None:
    texts = _texts(
        "Willemijn de Boer",
        "nl",
        "Financieel directeur Marleen Pauw waarschuwde hem daar in een memo voor, en ik "
        "onderschreef die waarschuwing.",
        ["Marleen Pauw"],
    )
    assert any("onderschreef die waarschuwing" in t for t in texts), texts


def test_a_second_predicate_that_leans_on_the_first_stays_with_it() -> None:
    claims = claims_from_text(
        doc(
            "Keira Lomax",
            "en",
            "Former club captain Deepa Marwick, who resigned from the committee in September, "
            "said she had asked twice to see the contract and had been refused.\n\n"
            "Ettrick, who has run the company's operations since 2020, decided to keep the "
            "ferry sailing and ordered a temporary brace instead.\n\n"
            "Quenby Logistics said it had cleared the fire exits at Brackwater and had them "
            "inspected in March 2024.",
        ),
        names=["Deepa Marwick", "Morag Ettrick"],
    )
    texts = [c.text for c in claims]
    assert "and had been refused" in by_text(claims, "asked twice").text
    assert "ordered a temporary brace instead" in by_text(claims, "ferry sailing").text
    assert "had them inspected" in by_text(claims, "cleared the fire exits").text
    assert not any(
        t.endswith(("had been refused.", "brace instead.")) and " and " not in t for t in texts
    ), texts
    # the relative clause is still a claim of its own
    assert any("resigned from the committee" in t for t in texts), texts


def test_a_second_predicate_with_content_of_its_own_is_still_split() -> None:
    texts = _texts(
        "Sports desk",
        "en",
        "Northgate confirmed her departure but gave no reason.",
        [],
    )
    assert len(texts) == 2, texts
    texts = _texts(
        "Tamsin Rourke",
        "en",
        "We had the whole site evacuated within eleven minutes, and nobody was hurt.",
        [],
    )
    assert len(texts) == 2, texts


def test_leaning_shapes_in_both_languages() -> None:
    assert leans_back("had been refused.")
    assert leans_back("should be replaced within weeks.")
    assert leans_back("had still not received them.")
    assert leans_back("werd afgewezen.")
    assert leans_back("heeft die in maart laten keuren.")
    assert leans_back("kocht in plaats daarvan een nieuwe boot.")
    # an object or a party of its own: a claim of its own
    assert not leans_back("sent them an invoice.")
    assert not leans_back("later sold it to Halstead.")
    assert not leans_back("voted against it.")
    assert not leans_back("was fined £4 million.")
    assert not leans_back("joined Halstead in June.")
