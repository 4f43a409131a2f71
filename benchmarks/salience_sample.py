"""How much of a real mailbox is chatter: ingest it into a temporary database, draw N random
statements, and count what :func:`onrecord.check.statements.salience.chatter_reason` flags, per reason.

With ``--show K`` it prints K flagged and K unflagged statements of the sample (random order),
for checking the flags by hand.

    .venv/bin/python benchmarks/salience_sample.py ../shared/corpora/notmuch-corpora \\
        [--n 500] [--seed 0] [--kind authored] [--show 50] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

from onrecord.check.statements.salience import REASONS, chatter_reason
from onrecord.engines.local import ingest
from onrecord.record.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "paths", nargs="+", type=Path, help="Mail to ingest (any format onrecord reads)."
    )
    ap.add_argument("--n", type=int, default=500, help="Statements to draw (default 500).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kind", default="authored", help="authored | quoted | forwarded | all")
    ap.add_argument("--show", type=int, default=0, help="Print this many flagged and unflagged.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "sample.db")
        ingest(store, args.paths, workers=1)
        where = "" if args.kind == "all" else "WHERE kind = ?"
        rows = store.db.execute(
            f"SELECT id, text, lang FROM statements {where} ORDER BY id",
            () if args.kind == "all" else (args.kind,),
        ).fetchall()
        store.close()
    rng = random.Random(args.seed)
    sample = rng.sample(rows, min(args.n, len(rows)))
    judged = [(int(i), t, lg, chatter_reason(t, lg)) for i, t, lg in sample]
    counts = Counter(r for *_, r in judged if r)
    flagged = [x for x in judged if x[3]]
    unflagged = [x for x in judged if not x[3]]
    out = {
        "statements": len(rows),
        "sample": len(judged),
        "flagged": len(flagged),
        "flagged_share": round(len(flagged) / max(len(judged), 1), 4),
        "per_reason": {r: counts.get(r, 0) for r in REASONS},
        "show": {
            "flagged": [{"id": i, "reason": r, "text": t} for i, t, _, r in flagged[: args.show]],
            "unflagged": [{"id": i, "text": t} for i, t, _, _ in unflagged[: args.show]],
        },
    }
    if args.json:
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return
    print(
        f"{out['statements']} {args.kind} statements, {out['sample']} drawn (seed {args.seed}): "
        f"{out['flagged']} flagged ({out['flagged_share']:.1%})"
    )
    for r in REASONS:
        print(f"  {r:<11} {counts.get(r, 0):>4} ({counts.get(r, 0) / max(len(judged), 1):.1%})")
    for label, items in (("flagged", flagged), ("unflagged", unflagged)):
        if args.show:
            print(f"--- {label}")
        for i, t, _, r in items[: args.show]:
            print(f"{i:>7} {r or '-':<11} {t[:150]!r}")


if __name__ == "__main__":
    main()
