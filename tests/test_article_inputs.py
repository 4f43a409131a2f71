"""Every article, complaint and transcript in ``benchmarks/articles`` (development and held-out)
goes through claim extraction without an error: the held-out ones are never tuned on, but a
document a writer made is input a user could give, and a crash loses all its claims.
(An interview with no author, a guest's "we" read as the organisation they speak for, once
replaced the pronoun with nothing and raised ``TypeError``.)"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from onrecord.check.claims.extract import claims_from_file

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "benchmarks" / "articles"
FILES = sorted(ARTICLES.glob("*/*.md"))


def _record_names() -> list[str]:
    """The record's persons the extraction benchmark gives the extractor (its ``NAMES``)."""
    spec = importlib.util.spec_from_file_location(
        "_ev_names", ROOT / "benchmarks" / "extraction_eval.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["_ev_names"] = mod
    spec.loader.exec_module(mod)
    return list(mod.NAMES)


NAMES = _record_names()


@pytest.mark.parametrize("md", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_extraction_reads_every_document(md: Path) -> None:
    skipped: list = []
    claims = claims_from_file(md, names=NAMES, skipped=skipped)
    assert claims or skipped
    for c in claims:
        assert c.text and c.text.strip()
        assert c.subject is None or c.subject.strip()
