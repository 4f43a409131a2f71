"""The gold of the claim-checking benchmark cases in ``benchmarks/cases/`` (lumen, lists): every
row well formed, and every gold evidence ``contains`` found in a statement of the case's own record,
written or endorsed by its ``author`` when one is given. Each case is ingested into a temporary
database; the lists case reads ``../shared/corpora`` and is skipped where that is absent."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from onrecord.engines.local import ingest
from onrecord.record.store import Store

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "benchmarks" / "cases"
SHARED = REPO.parent / "shared"


def _claims_eval():
    spec = importlib.util.spec_from_file_location(
        "claims_eval", REPO / "benchmarks" / "claims_eval.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


_CE = _claims_eval()
GOLDS = set(_CE.VERDICTS)
CLASSES = set(_CE.CLASSES)  # one list of failure classes: the benchmark script's
LANGS = set(_CE.LANGS)
REQUIRED = {"id", "claim", "lang", "gold", "evidence", "class", "note"}
OPTIONAL = {"source"}


def resolve(case_dir: Path, path: str) -> Path:
    """A path of case.json or claims.jsonl: ``{repo}/…``, ``{shared}/…`` or relative to the case."""
    if path.startswith("{repo}/"):
        return REPO / path.removeprefix("{repo}/")
    if path.startswith("{shared}/"):
        return SHARED / path.removeprefix("{shared}/")
    return case_dir / path


@dataclass
class Case:
    name: str
    spec: dict[str, Any]
    inputs: list[Path]
    rows: list[dict[str, Any]]
    store: Store


@pytest.fixture(scope="module", params=["lumen", "lists"])
def case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Case]:
    name = request.param
    case_dir = CASES / name
    spec = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    inputs = [resolve(case_dir, p).resolve() for p in spec["inputs"]]
    for raw, path in zip(spec["inputs"], inputs, strict=True):
        if raw.startswith("{shared}/") and not path.exists():
            pytest.skip(f"corpus not available: {path}")
    lines = (case_dir / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    store = Store.open(tmp_path_factory.mktemp(name) / "case.db")
    ingest(store, inputs, workers=1)
    try:
        yield Case(name, spec, inputs, rows, store)
    finally:
        store.close()


def test_case_spec(case: Case) -> None:
    spec = case.spec
    assert spec["name"] == case.name
    assert isinstance(spec["description"], str) and spec["description"].strip()
    assert spec["inputs"] and all(isinstance(p, str) for p in spec["inputs"])
    missing = [str(p) for p in case.inputs if not p.exists()]
    assert not missing, f"inputs not found: {missing}"
    assert spec["persons"] and all(isinstance(p, str) and p.strip() for p in spec["persons"])
    names = {p["name"].lower() for p in case.store.persons()}
    unknown = [p for p in spec["persons"] if p.lower() not in names]
    assert not unknown, f"persons not in the record: {unknown}"


def _within_inputs(path: Path, inputs: list[Path]) -> bool:
    return any(path == i or (i.is_dir() and path.is_relative_to(i)) for i in inputs)


def test_rows_valid(case: Case) -> None:
    problems: list[str] = []
    ids = [r.get("id") for r in case.rows]
    assert len(case.rows) >= 30
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in case.rows:
        rid = r.get("id")
        keys = set(r)
        if not keys >= REQUIRED or not keys <= REQUIRED | OPTIONAL:
            problems.append(f"{rid}: keys {sorted(keys)}")
            continue
        if not (isinstance(rid, str) and rid.startswith(f"{case.name}-")):
            problems.append(f"{rid}: id should start with {case.name}-")
        for key in ("claim", "note"):
            if not (isinstance(r[key], str) and r[key].strip()):
                problems.append(f"{rid}: empty {key}")
        if r["lang"] not in LANGS:
            problems.append(f"{rid}: lang {r['lang']!r}")
        if r["gold"] not in GOLDS:
            problems.append(f"{rid}: gold {r['gold']!r}")
        if r["class"] not in CLASSES:
            problems.append(f"{rid}: class {r['class']!r}")
        evidence = r["evidence"]
        if not isinstance(evidence, list):
            problems.append(f"{rid}: evidence is not a list")
            continue
        if r["gold"] != "not_enough_info" and not evidence:
            problems.append(f"{rid}: a {r['gold']} claim without evidence")
        for e in evidence:
            ok = (
                isinstance(e, dict)
                and set(e) <= {"contains", "author"}
                and isinstance(e.get("contains"), str)
                and e["contains"].strip()
                and isinstance(e.get("author", "x"), str)
                and e.get("author", "x").strip()
            )
            if not ok:
                problems.append(f"{rid}: bad evidence {e!r}")
        if "source" in r:
            src = resolve(CASES / case.name, r["source"]).resolve()
            if not src.is_file() or not _within_inputs(src, case.inputs):
                problems.append(f"{rid}: source {r['source']} is not an input file of the case")
    assert not problems, "\n".join(problems)


def _who(store: Store) -> dict[int, tuple[str, set[str]]]:
    """Statement id -> (text, the lower-cased names and addresses of who wrote or endorsed it:
    the author, the author's person with all its names and addresses, and everyone who endorsed
    the statement with a short reply)."""
    db = store.db
    person_of = {
        email.lower(): person
        for email, person in db.execute("SELECT email, person FROM person_emails")
    }
    known: dict[int, set[str]] = {}
    for person, ident in db.execute(
        "SELECT id, name FROM persons UNION SELECT person, name FROM person_names "
        "UNION SELECT person, email FROM person_emails"
    ):
        known.setdefault(person, set()).add(ident.lower())

    def idents(name: str, email: str) -> set[str]:
        out = {s.lower() for s in (name, email) if s}
        return out | known.get(person_of.get(email.lower(), -1), set())

    who: dict[int, tuple[str, set[str]]] = {}
    for sid, text, name, email in db.execute(
        "SELECT id, text, author_name, author_email FROM statements"
    ):
        who[sid] = (text, idents(name, email))
    for target, quoted, name, email in db.execute(
        "SELECT target, quoted, endorser_name, endorser_email FROM endorsements"
    ):
        for sid in (target, quoted):
            if sid in who:
                who[sid][1].update(idents(name, email))
    return who


def _statements_of(store: Store, path: Path) -> set[int]:
    return {
        r[0]
        for r in store.db.execute(
            "SELECT st.id FROM statements st JOIN items i ON i.message = st.message "
            "JOIN sources s ON s.id = i.source_id WHERE s.path = ?",
            (str(path),),
        )
    }


def test_gold_evidence_in_record(case: Case) -> None:
    who = _who(case.store)
    problems: list[str] = []
    for r in case.rows:
        own = set()
        if "source" in r:
            own = _statements_of(case.store, resolve(CASES / case.name, r["source"]).resolve())
            if not own:
                problems.append(f"{r['id']}: its source {r['source']} has no statements")
        for e in r["evidence"]:
            hits = [sid for sid, (text, _) in who.items() if e["contains"] in text]
            if not hits:
                problems.append(f"{r['id']}: no statement contains {e['contains']!r}")
                continue
            if "author" in e:
                hits = [sid for sid in hits if e["author"].lower() in who[sid][1]]
                if not hits:
                    problems.append(
                        f"{r['id']}: {e['contains']!r} is in no statement by {e['author']}"
                    )
                    continue
            if not set(hits) - own:
                problems.append(f"{r['id']}: {e['contains']!r} is only in the claim's own source")
    assert not problems, "\n".join(problems)
