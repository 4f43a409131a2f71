"""Public bodies and institutions named by their kind first ("Waterschap Rijnveen",
"Veiligheidsregio Noord", "Borough Council of Elmfield") are organisations, not persons, so
that an annual report they write is about them."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext


@pytest.mark.parametrize(
    "name",
    [
        "Waterschap Rijnveen",
        "Hoogheemraadschap Delfzand",
        "Omgevingsdienst Twentevaart",
        "Woonstichting Eemhof",
        "Veiligheidsregio Noord",
        "Borough Council of Elmfield",
    ],
)
def test_kind_first_names_are_organisations(name: str) -> None:
    assert NameContext([]).classify(name) == "org"


def test_an_organisation_s_annual_report_is_about_it() -> None:
    doc = (
        "---\ntitle: Jaarverslag 2025\nauthor: Waterschap Rijnveen\ndate: 2026-06-02\n"
        "lang: nl\n---\nDe tarieven stegen met 4 procent. De bonussen werden uitgesteld.\n"
    )
    subjects = {c.subject for c in claims_from_text(doc, worthiness=False)}
    assert subjects == {"Waterschap Rijnveen"}


def test_the_respondent_is_not_the_claimant() -> None:
    """With only "the claimant" introduced by name, "the respondent" is the other party (the
    organisation named), never the claimant himself."""
    text = (
        "The claimant, Mr Idris Bowen, was employed by Harlech Bus Services Ltd as a driver from "
        "2018 until his dismissal in 2025. The respondent operates forty buses in North Wales."
    )
    last = claims_from_text(text, worthiness=False)[-1]
    assert last.subject == "Harlech Bus Services Ltd"
