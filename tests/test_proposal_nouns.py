"""proposal_nouns.proposed: a proposal named by a noun is a plan, not a report."""

from __future__ import annotations

import pytest

from onrecord.check.statements.proposal_nouns import proposed
from onrecord.check.statements.status import DONE, PLANNED, status


@pytest.mark.parametrize(
    "text",
    [
        "My suggestion is that we patch the three servers this month and move the backups to "
        "CloudVault's Dublin region.",
        "Mijn voorstel: we schrappen per dienstregeling 2021 vijf dorpslijnen, namelijk 38, 41, "
        "47, 52 en 55, en vervangen die door Lijnmaat Flex.",
        "The plan is to close the Lindewolde building in the summer of 2022.",
        "Het advies is om de bottelarij naar Gent te verplaatsen.",
        "Ons eerste voorstel is dat de huur met 2,7 procent stijgt.",
    ],
)
def test_a_proposal_by_its_noun_is_a_plan(text: str) -> None:
    assert proposed(text)
    assert status(text, "2021-01-01") == PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "The plan was approved by the board on 9 February.",
        "Het voorstel van Redstone is met één woord goedgekeurd.",
        "We moved the backups to the Dublin region last week.",
        "Our proposal was turned down by the province.",
    ],
)
def test_a_report_about_a_proposal_is_no_plan(text: str) -> None:
    assert not proposed(text)
    assert status(text, "2021-01-01") == DONE
