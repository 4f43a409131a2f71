"""How far a second careful reader agrees with a case's gold verdicts: the ceiling for the checker.

A case's gold was written by one reader. Whether 90 % verdict accuracy is a fair target depends
on how decidable the claims are: if two careful readers of the same mail disagree on one claim
in five, no checker can do much better than four in five. ``second_reader.jsonl`` in a case folder
holds a second, blind reader's verdicts (written from the archive, the documents and the claim
texts only, without the gold or its notes), one object per line::

    {"id": "<claim id>", "verdict": "<verdict>", "evidence": [{"contains": "...", "author": "..."}],
     "why": "..."}

Printed: agreement with the gold overall (with a 95 % interval over cases), per gold verdict,
per language and per case; the disagreements as a gold x second count; and, over the claims
both call decided by the mail, how often the second reader's deciding statement is one the gold
names (the two ``contains`` overlap).

    PYTHONPATH=src .venv/bin/python benchmarks/reader_agreement.py [--root benchmarks/cases-heldout]
        [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the sibling modules below, also when loaded by path (tests)
    sys.path.insert(0, str(HERE))
import claims_eval as ce  # noqa: E402
import intervals  # noqa: E402

SECOND = "second_reader.jsonl"


def load_second(path: Path) -> dict[str, dict[str, Any]]:
    """The second reader's rows by claim id; a verdict outside the four is an error."""
    out: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("verdict") not in ce.VERDICTS:
            raise ce.CaseError(f"{path}:{n}: verdict {row.get('verdict')!r} is not a verdict")
        out[row["id"]] = row
    return out


def same_statement(a: str, b: str) -> bool:
    """Two ``contains`` substrings name the same statement when one holds the other."""
    x, y = ce.norm(a), ce.norm(b)
    return bool(x and y) and (x in y or y in x)


def compare(case: str, gold: Sequence[dict[str, Any]], second: dict[str, dict[str, Any]]):
    """One row per gold claim the second reader decided, in ``claims_eval``'s row terms."""
    rows = []
    for g in gold:
        s = second.get(g["id"])
        if s is None:
            continue
        both_decided = g["gold"] != ce.NEI and s["verdict"] != ce.NEI and bool(g["evidence"])
        rows.append(
            {
                "id": g["id"],
                "case": case,
                "lang": g.get("lang") or "und",
                "gold": g["gold"],
                "second": s["verdict"],
                "correct": s["verdict"] == g["gold"],
                "same_evidence": any(
                    same_statement(a["contains"], b.get("contains", ""))
                    for a in g["evidence"]
                    for b in s.get("evidence") or []
                )
                if both_decided
                else None,
            }
        )
    return rows


def agreement(root: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Rows of every case under ``root`` with a second reader, and the claims per case not decided."""
    rows: list[dict[str, Any]] = []
    missing: dict[str, int] = {}
    for folder in sorted(p for p in root.iterdir() if (p / SECOND).is_file()):
        gold = ce.load_claims(folder / "claims.jsonl")
        case_rows = compare(folder.name, gold, load_second(folder / SECOND))
        missing[folder.name] = len(gold) - len(case_rows)
        rows += case_rows
    return rows, missing


def report(rows: Sequence[dict[str, Any]], missing: dict[str, int]) -> dict[str, Any]:
    return {
        "claims": len(rows),
        "not_decided": missing,
        "agreement": ce.accuracy_by(rows),
        "by_gold": ce.accuracy_by(rows, "gold"),
        "by_lang": ce.accuracy_by(rows, "lang"),
        "by_case": ce.accuracy_by(rows, "case"),
        "disagreements": {
            f"{g} -> {s}": k
            for (g, s), k in sorted(Counter((r["gold"], r["second"]) for r in rows).items())
            if g != s
        },
        "same_evidence": ce.accuracy_by(
            [dict(r, correct=r["same_evidence"]) for r in rows if r["same_evidence"] is not None]
        )
        if any(r["same_evidence"] is not None for r in rows)
        else None,
        "intervals": intervals.summary(rows),
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=HERE / "cases-heldout")
    ap.add_argument("--json", type=Path, default=None, help="Write the numbers here.")
    args = ap.parse_args(argv)
    rows, missing = agreement(args.root)
    if not rows:
        print(f"no {SECOND} under {args.root}", file=sys.stderr)
        return 1
    r = report(rows, missing)
    a = r["agreement"]
    print(
        f"second reader vs gold: {a['correct']}/{a['n']} claims agree ({100 * a['accuracy']:.1f} %)"
    )
    for title, key in (("gold verdict", "by_gold"), ("language", "by_lang"), ("case", "by_case")):
        print(f"by {title}:")
        for k, v in r[key].items():
            print(f"  {k:<18} {100 * v['accuracy']:5.1f} %  ({v['correct']}/{v['n']})")
    print(
        "disagreements (gold -> second):",
        ", ".join(f"{k} {v}" for k, v in r["disagreements"].items()) or "none",
    )
    if r["same_evidence"]:
        e = r["same_evidence"]
        print(f"same deciding statement where both decide: {e['correct']}/{e['n']}")
    if any(missing.values()):
        print(
            "not decided by the second reader:",
            ", ".join(f"{k} {v}" for k, v in missing.items() if v),
        )
    print(intervals.describe(r["intervals"]).replace("accuracy", "agreement", 1))
    if args.json:
        args.json.write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
