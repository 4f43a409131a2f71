"""Shared scaffolding of the self-contradiction tests: a benchmark case's record, person by
person, and statement references built by hand."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from onrecord.check.contradictions.find import StatementRef, record_of
from onrecord.engines.local import ingest
from onrecord.record.store import Store

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"


def case_records(
    tmp_path_factory: pytest.TempPathFactory, case: str
) -> dict[str, list[StatementRef]]:
    """``benchmarks/data/<case>/case`` ingested into a fresh store: each person's record."""
    store = Store.open(tmp_path_factory.mktemp(case) / "case.db")
    ingest(store, [DATA / case / "case"], workers=1)
    return {p["name"]: record_of(store, p) for p in store.persons() if not p["is_role"]}


def find(refs: Sequence[StatementRef], part: str) -> StatementRef:
    """The first statement of ``refs`` that contains ``part``."""
    return next(r for r in refs if part in r.text)


def ref(text: str, date: str, lang: str = "en") -> StatementRef:
    """A statement of one's own, dated ``date``, in ``lang``."""
    r = StatementRef(None, text, date, None, "authored")
    r.lang = lang
    return r
