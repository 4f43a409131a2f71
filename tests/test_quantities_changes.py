"""A rise or a cut by a share, said in words of either language: the share pairs with the claim's
through the verb of the change ("verhogen", "omhoog", "rose"), also where a date stands between
the share and the thing that changes."""

from __future__ import annotations

import pytest

from onrecord.check.quantities import compare

RISE_NL = "Het bestuur heeft gisteren besloten de huur per 1 juli 2021 met 3,9 procent te verhogen."
RISE_DOC = "Wooncoöperatie De Lombokhof verhoogt per 1 juli 2021 de huur met 3,9 procent."


def rel(p: str, h: str, lp: str, lh: str) -> tuple[str, str] | None:
    """The relation of the hypothesis' share, and how the pair was read; None if unpaired."""
    r = compare(p, h, lp, lh)
    share = [c for c in (r.pairs if r else ()) if c.hypothesis_q.kind == "percent"]
    return (share[0].relation, share[0].why) if share else None


@pytest.mark.parametrize(
    ("p", "h", "lp", "lh"),
    [
        (RISE_NL, "In 2021 ging de huur met 4,9 procent omhoog.", "nl", "nl"),
        (RISE_DOC, "In 2021 the rent rose by 4.9 percent.", "nl", "en"),
        ("From 1 July 2021 the rent goes up by 3.9 percent.", "Per 1 juli 2021 werd de huur met 2,9 procent verhoogd.", "en", "nl"),
        ("De gemeente verlaagt per 1 januari de subsidie met 12 procent.", "The grant was cut by 20 percent.", "nl", "en"),
    ],
)  # fmt: skip
def test_different_shares_of_one_change_conflict(p: str, h: str, lp: str, lh: str) -> None:
    got = rel(p, h, lp, lh)
    assert got is not None and got[0] == "conflict", got


@pytest.mark.parametrize(
    ("p", "h", "lp", "lh"),
    [
        (RISE_NL, "In 2021 ging de huur met 3,9 procent omhoog.", "nl", "nl"),
        (RISE_DOC, "In 2021 the rent rose by 3.9 percent.", "nl", "en"),
    ],
)
def test_the_same_share_is_consistent(p: str, h: str, lp: str, lh: str) -> None:
    got = rel(p, h, lp, lh)
    assert got is not None and got[0] == "consistent", got


def test_a_share_of_two_changes_is_not_guessed() -> None:
    """Two shares, and the claim's figure is one of them: which one it means is unclear."""
    p = "De huur gaat per 1 juli met 3,9 procent omhoog en de servicekosten dalen met 2 procent."
    assert rel(p, "In 2021 steeg de huur met 2 procent.", "nl", "nl") is None


def test_a_change_in_the_clause_before_does_not_make_a_count_a_change() -> None:
    """ "met 40 medewerkers" counts the staff: the rise of the clause before is of the turnover."""
    p = "De omzet steeg, en sindsdien werken we met 40 medewerkers."
    r = compare(p, "We hadden 40 medewerkers.", "nl", "nl")
    assert r is not None and r.relation == "consistent"
