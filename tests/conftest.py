"""Shared fixtures: the bundled sample case, the real corpora in ../shared, a CLI runner."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import app
from onrecord.engines.local import ingest
from onrecord.present.demo import sample_dir
from onrecord.record.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture
def corpora() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/corpora is not present")
    return SHARED


PST_FIXTURES_REL = Path(".cache/pst-extractor/package/example/testdata")


@pytest.fixture(scope="session")
def pst_fixtures() -> Path:
    """pst-extractor's real PST/OST files (npm package ``pst-extractor`` 1.12.0, MIT; the Enron
    data CC BY 3.0 US, ZL Technologies) with its own listings output.txt / outputBody.txt.

    Looked up in ``$ONRECORD_PST_FIXTURES``, else ``.cache/pst-extractor/...`` in the repository
    (``.ci/run`` and ``make pst-fixtures`` fetch them); the tests skip when they are missing."""
    env = os.environ.get("ONRECORD_PST_FIXTURES")
    where = Path(env) if env else Path(__file__).resolve().parents[1] / PST_FIXTURES_REL
    if not (where / "enron.pst").is_file():
        pytest.skip(f"pst-extractor test files not found in {where} (make pst-fixtures)")
    pytest.importorskip("pypff", reason="PST support (libpff-python) is not installed")
    return where


@pytest.fixture
def sample() -> Path:
    return sample_dir()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample, ingested once per test module (no vectors)."""
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    store = Store.open(db)
    ingest(store, [sample_dir()], workers=1)
    store.close()
    return db


@pytest.fixture
def sample_store(sample_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh copy of the ingested sample for one test."""
    db = tmp_path / "t.db"
    shutil.copy(sample_db, db)
    s = Store.open(db)
    yield s
    s.close()


class Cli:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int | None = 0) -> str:
        result = self.runner.invoke(app, ["--db", str(self.db), *args], catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, result.output
        return result.output

    def json(self, *args: str, code: int | None = 0):
        return json.loads(self(*args, "--json", code=code))


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "t.db")


@pytest.fixture
def ingest_text(tmp_path: Path):
    """``ingest_text(name, text)``: ingest one document of that name and text into a fresh
    database; its statements as (author, text) in document order."""

    def run(name: str, text: str) -> list[tuple[str, str]]:
        doc = tmp_path / name
        doc.write_text(text, encoding="utf-8")
        store = Store.open(tmp_path / f"{name}.db")
        try:
            ingest(store, [doc], workers=1)
            rows = store.db.execute("SELECT author_name, text FROM statements ORDER BY start")
            return [(r[0], r[1]) for r in rows]
        finally:
            store.close()

    return run
