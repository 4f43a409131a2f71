"""Shared by the tests of the claim cases (evaluation and development): ``benchmarks/claims_eval.py``
loaded as a module, and the checks every case must pass against its ingested record."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def claims_eval(name: str = "claims_eval") -> ModuleType:
    """``benchmarks/claims_eval.py`` as a module registered under ``name``."""
    path = ROOT / "benchmarks" / "claims_eval.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def check_persons_and_sources(case: Any, store: Any) -> None:
    names = {p["name"].lower() for p in store.persons()}
    names |= {n.lower() for p in store.persons() for n in p["names"]}
    assert {p.lower() for p in case.persons} <= names
    # a claim's source document is ingested under the same path, so the checker can leave it out
    paths = {r[0] for r in store.db.execute("SELECT path FROM sources")}
    assert {r["source_path"] for r in case.claims if r.get("source")} <= paths


def check_claims_parse(ce: ModuleType, case: Any, store: Any) -> None:
    claims = ce.build_claims(store, case.claims)
    assert len(claims) == len(case.claims)
    for row, claim in zip(case.claims, claims, strict=True):
        assert claim.text.strip() and claim.original == row["claim"]
        assert claim.lang == row["lang"]
        assert claim.source == row.get("source_path", "argument")
