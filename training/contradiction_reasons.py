"""How often the judge's strong contradictions are right, with and without a reason to show.

Reads the rows of ``benchmarks/claims_eval.py --json`` on the *training* cases (every judged
piece of evidence, after the rules) and the gold of ``training/cases/*/claims.jsonl``. A piece
is relevant when it is one of its claim's gold evidence statements (a mixed claim's excepted);
its strong contradiction (>= ``--at``) is right when the gold stance is ``contradicts``. Each
is counted by language pair (claim-statement) and by whether
:func:`onrecord.check.verdicts.contradiction_reason.reason` finds a reason (or a rule's note gave one).

    PYTHONPATH=src .venv/bin/python training/contradiction_reasons.py /tmp/train.json [--show]

Never run it on ``benchmarks/cases`` or ``benchmarks/cases-heldout``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))
sys.path.insert(0, str(HERE.parent / "src"))

from claims_eval import norm  # noqa: E402
from onrecord.check.verdicts.contradiction_reason import noted, reason  # noqa: E402
from onrecord.check.verdicts.frames import strip_frame  # noqa: E402


def gold_rows(root: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for f in sorted(root.glob("*/claims.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out[row["id"]] = row
    return out


def stance_of(text: str, gold: dict[str, Any]) -> str | None:
    if gold["gold"] == "mixed":
        return None
    for g in gold.get("evidence") or []:
        if norm(g["contains"]) in norm(text):
            return g.get("stance") or {"supported": "supports", "contradicted": "contradicts"}.get(
                gold["gold"]
            )
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("json", type=Path)
    ap.add_argument("--root", type=Path, default=HERE / "cases")
    ap.add_argument("--at", type=float, default=0.6)
    ap.add_argument("--show", choices=["right", "wrong", "all"], default=None)
    args = ap.parse_args()
    gold = gold_rows(args.root)
    rows = json.loads(args.json.read_text(encoding="utf-8"))["rows"]
    table: Counter[tuple[str, str, str]] = Counter()
    reasons: Counter[tuple[str, str]] = Counter()
    for r in rows:
        g = gold.get(r["id"])
        if g is None:
            continue
        framed = strip_frame(r["judged"])
        for it in r.get("items") or []:
            if it["contradiction"] < args.at:
                continue
            stance = stance_of(it["text"], g)
            pair = f"{r['lang']}-{it.get('lang') or '?'}"
            why = (
                "frame"
                if framed.negated
                else noted(it.get("note") or "")
                or reason(it["text"], framed.content, it.get("lang"), r["lang"], it.get("date"))
            )
            has = "reason" if why else "none"
            right = {"contradicts": "right", "supports": "wrong", None: "other"}[stance]
            table[(pair, has, right)] += 1
            table[("all", has, right)] += 1
            reasons[(why or "none", right)] += 1
            if args.show and (args.show == "all" or args.show == right) and stance:
                print(
                    f"[{right}/{why}] {r['id']} c={it['contradiction']:.2f} "
                    f"e={it['entailment']:.2f}\n  S: {it['text']}\n  C: {framed.content}"
                )
    print(
        f"strong contradictions (>= {args.at}) on gold evidence: right / wrong (other = not gold)"
    )
    for pair in sorted({k[0] for k in table}):
        cells = []
        for has in ("reason", "none"):
            rt, wr, ot = (table[(pair, has, x)] for x in ("right", "wrong", "other"))
            cells.append(f"{has}: {rt:3d} right {wr:3d} wrong {ot:4d} other")
        print(f"  {pair:6s} " + " | ".join(cells))
    print("by reason:", dict(sorted(reasons.items())))


if __name__ == "__main__":
    main()
