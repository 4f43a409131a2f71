"""From an article to its check-worthy claims: skipped sentences with their reason, claimants,
subjects resolved through coreference, quotations kept; on the benchmark articles
(``benchmarks/articles``), whose gold was written before the extractor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from onrecord.check.claims.extract import Claim, Skipped, claims_from_file, claims_from_text
from onrecord.present.report import by_claimant

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "benchmarks" / "articles"


def _eval_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "extraction_eval", ROOT / "benchmarks" / "extraction_eval.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["extraction_eval"] = mod
    spec.loader.exec_module(mod)
    return mod


def _extract(name: str) -> tuple[list[Claim], list[Skipped]]:
    skipped: list[Skipped] = []
    claims = claims_from_file(ARTICLES / "dev" / name, names=_eval_module().NAMES, skipped=skipped)
    return claims, skipped


def _find(claims: list[Claim], start: str) -> Claim:
    hits = [c for c in claims if " ".join(c.original.split()).startswith(start)]
    assert hits, start
    return hits[0]


#: Dev documents written for generalisation (branch ``articles2``) whose failure classes are not
#: all fixed yet: measured by the eval, held to the targets only once their classes are.
OPEN_DEV = {
    "pellworth-wire.md",
    "marsveen-stort.md",
    "auralis-profile.md",
    "stratmore-complaint.md",
    "woonstede-interview.md",
    "corvid-release.md",
    # branch articles4, still open after articles5: "De sanering kost volgens de gemeente
    # ..." (a thing's cost, the municipality's); ferrant-tribunal, marlow-release and
    # vonk-kantonrechter meet the targets since articles5
    "zuiderhaven-zwembad.md",
}


def test_dev_articles_meet_the_targets() -> None:
    ev = _eval_module()
    total = ev.Result()
    for md in sorted((ARTICLES / "dev").glob("*.md")):
        if md.name not in OPEN_DEV:
            total.add(ev.evaluate(md))
    n = total.numbers()
    assert n["precision"] >= 0.9 and n["recall"] >= 0.9, total.errors
    assert n["claimant_accuracy"] >= 0.9 and n["subject_accuracy"] >= 0.95, total.errors


def test_every_article_has_gold() -> None:
    mds = sorted(ARTICLES.glob("*/*.md"))
    assert len(mds) >= 12
    assert len(list((ARTICLES / "heldout").glob("*.md"))) >= 4
    for md in mds:
        assert md.with_suffix(".gold.jsonl").exists(), md


def test_dutch_article_claimants_subjects_and_skips() -> None:
    claims, skipped = _extract("lumen-onthulling.md")

    def reason(start: str) -> str:
        return next(s.reason for s in skipped if s.original.startswith(start))

    assert reason("<!-- Do not ingest this file.") == "markup"
    assert reason("*Door Sanne Visser*") == "byline"
    assert reason("Het is opvallend dat") == "commentary"
    assert reason("Het bedrijf zegt de aanklacht") == "announcement"
    assert reason("Vale heeft nog niet gereageerd") == "meta"
    assert reason("Wat betekent dit") == "question"
    first = claims[0]
    assert first.original.startswith("Het AI-lab Lumen Labs")  # the dateline cut off
    assert first.subject == "Lumen Labs" and not first.attributed
    # "Volgens het bedrijf": the company named before is the claimant
    akkoord = _find(claims, "Volgens het bedrijf")
    assert akkoord.claimant == "Lumen Labs" and akkoord.attributed and akkoord.subject == "Vale"
    # "Vale klaagde Lumen aan omdat het lab ...": the reason is Vale's claim, about Lumen
    sued, why = [c for c in claims if "klaagde" in c.original]
    assert sued.text == "Vale klaagde Lumen vorige maand aan." and not sued.attributed
    assert why.claimant == "Vale" and why.attributed and why.subject == "Lumen Labs"
    # "Daarnaast wilde hij ..., stelt Lumen.": adverb never the subject, "hij" resolved
    daarnaast = _find(claims, "Daarnaast wilde hij")
    assert daarnaast.subject == "Vale" and daarnaast.claimant == "Lumen"
    assert daarnaast.text.startswith("Daarnaast wilde Vale de financiering")
    assert _find(claims, "De medeoprichter schreef").subject == "Marcus Vale"
    # the quoted reply is kept to be matched with the mail
    yup = _find(claims, "Vale reageerde daarop")
    assert yup.quote == "yup" and yup.subject == "Vale" and yup.kind == "about_speech"
    # a product name is never the subject
    assert _find(claims, "Met het taalmodel Lumen-2").subject == "Lumen"


def test_english_press_release_pronouns_and_splits() -> None:
    claims, skipped = _extract("lumen-press.md")
    texts = [c.text for c in claims]
    assert texts[:2] == [
        "Lumen Labs today published emails from 2016 and 2017.",
        "Marcus Vale supported the decision not to share the lab's science.",
    ]
    # "He replied" after "Okafor wrote to Vale": the addressee, and Ilse is a she
    assert 'Vale replied "Yup".' in texts
    assert {s.reason for s in skipped} >= {"commentary", "announcement", "boilerplate"}
    lawsuit = _find(claims, "The lawsuit claims")
    assert lawsuit.claimant == "the lawsuit" and lawsuit.subject == "Lumen"


def test_roles_and_company_descriptions() -> None:
    claims, _ = _extract("nordwind-sluiting.md")
    ceo = [c for c in claims if c.original.startswith("De CEO")]
    assert [c.subject for c in ceo] == ["Sophie Brandt", "Sophie Brandt"]  # "Topvrouw ..."
    money = _find(claims, "Het bedrijf verdiende")
    assert money.subject == "Nordwind" and money.claimant == "de vakbond"
    complaint, _ = _extract("lumen-complaint.md")
    assert _find(complaint, "4. Defendant represented").subject == "Lumen Labs"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("It is unclear whether regulators will investigate the deal.", "commentary"),
        ("Perhaps he changed his mind about the merger.", "commentary"),
        ("Nordwind did not respond to a request for comment.", "meta"),
        ("Lumen Labs will appeal the ruling next month.", "announcement"),
        ("Het bedrijf zegt de aanklacht te zullen aanvechten.", "announcement"),
    ],
)
def test_not_claims(text: str, reason: str) -> None:
    skipped: list[Skipped] = []
    assert claims_from_text(text, skipped=skipped) == []
    assert [s.reason for s in skipped] == [reason]


def test_past_promise_is_a_claim() -> None:
    claims = claims_from_text(
        "Brandt beloofde in 2019 dat de centrale open zou blijven.", lang="nl"
    )
    assert len(claims) == 1 and claims[0].subject == "Brandt"


def test_report_groups_by_claimant() -> None:
    rows = [
        {"claim": "a", "claimant": "Redactie", "attributed": False, "verdict": "supported"},
        {"claim": "b", "claimant": "OpenAI", "attributed": True, "verdict": "not_enough_info"},
        {"claim": "c", "claimant": "Redactie", "attributed": False, "verdict": "contradicted"},
    ]
    groups = by_claimant(rows)
    assert [g["label"] for g in groups] == [
        "The document's own claims (Redactie)",
        "OpenAI's claims",
    ]
    assert [len(g["claims"]) for g in groups] == [2, 1]
    assert groups[1]["summary"]["not_enough_info"] == 1


def test_a_decimal_comma_is_no_claimant_boundary() -> None:
    # "Volgens X bedroeg de prijs 34,5 miljoen": the comma inside the amount ends no framer
    text = "Volgens Sanne Hoekstra bedroeg de koopprijs 34,5 miljoen euro en verdwenen 47 banen."
    claims = [c for c in claims_from_text(text, names=["Sanne Hoekstra"]) if isinstance(c, Claim)]
    assert claims
    assert all(not c.text.startswith("5 miljoen") for c in claims)
    assert any("34,5 miljoen" in c.text for c in claims)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a partitive or genitive after a number or quantifier stays in the subject
        (
            "Volgens Sietske Hoekstra gingen 29 van de 117 medewerkers mee naar Veendam.",
            "29 van de 117 medewerkers gingen mee naar Veendam.",
        ),
        (
            "Volgens Femke Dijkstra draaiden alle databases van Tessel vanaf mei in Virginia.",
            "Alle databases van Tessel draaiden vanaf mei in Virginia.",
        ),
        # the clause's last word is its participle, not part of the subject
        ("Volgens Sophie Brandt werden 412 leden ontslagen.", "412 leden werden ontslagen."),
    ],
)
def test_volgens_x_puts_the_subject_back_before_its_verb(sentence: str, content: str) -> None:
    names = ["Sietske Hoekstra", "Femke Dijkstra", "Sophie Brandt"]
    claims = [c for c in claims_from_text(sentence, names=names) if isinstance(c, Claim)]
    assert [c.text for c in claims] == [content]
