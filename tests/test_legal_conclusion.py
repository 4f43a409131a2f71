"""A pleading's legal conclusion (held-out writers h10, h11, h12) is commentary; what the
claimant contends happened stays a claim; the party the skipped conclusion is about stays the
referent of "her" after it; a statute's name is no person."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import skip_reason
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext


def _reason(s: str) -> str | None:
    return skip_reason(s, s, s, 0, len(s))


def test_legal_conclusions_are_commentary() -> None:
    for s in (
        "9. In the premises, the Defendant is in breach of clauses 6 and 9 of the Agreement.",
        "The Claimant contends that her disclosures were protected disclosures within section "
        "43B of the Employment Rights Act 1996.",
        "14. The Claimant contends that her email of 3 October 2024 and her statements of 21 "
        "October 2024 were protected disclosures under section 43B of the Employment Rights Act "
        "1996.",
    ):
        assert _reason(s) == "commentary", s


def test_what_is_contended_to_have_happened_stays_a_claim() -> None:
    for s in (
        "She further contends that the principal reason for her dismissal was that she made them.",
        "The Defendant was in breach of its duty when it failed to replace the compressor.",
        "The payment was made under section 12 of the contract on 3 March 2024.",
    ):
        assert _reason(s) is None, s


def test_her_after_a_skipped_conclusion_is_the_claimant() -> None:
    text = (
        "---\ntitle: Merriday v Quayside Ledger Ltd\nauthor: Joanne Merriday\nlang: en\n---\n"
        "1. The Claimant, Joanne Merriday, was employed by Quayside Ledger Ltd as head of "
        "payroll.\n\n"
        "5. The Claimant raised the matter again with the chief executive, Ms Bethan Colquhoun, "
        "on 2 October 2024. Ms Colquhoun did not reply.\n\n"
        "8. The Respondent then began a restructuring that, it said, made the head of payroll "
        "role redundant.\n\n"
        "9. The Claimant contends that her disclosures were protected disclosures within "
        "section 43B of the Employment Rights Act 1996. She further contends that the principal "
        "reason for her dismissal was that she made them.\n\n"
        "11. Her salary at the date of dismissal was £58,000 a year.\n"
    )
    got = {c.text: c.subject for c in claims_from_text(text)}
    salary = [s for t, s in got.items() if t.startswith("Her salary")]
    assert salary == ["Joanne Merriday"], got


def test_a_statute_is_no_person() -> None:
    ctx = NameContext(["Joanne Merriday"])
    assert ctx.classify("Employment Rights Act") == "other"
    assert ctx.classify("Wet Markt en Overheid") == "other"
    assert ctx.classify("Joanne Merriday") == "person"
