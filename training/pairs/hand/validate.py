"""Check a hand-written pair file and count its pairs by label, language pair and kind.

python3 training/pairs/hand/validate.py FILE.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter

LABELS = {"entailment", "neutral", "contradiction"}
KINDS = {
    "paraphrase", "act", "opposite", "negated-entail", "related", "overclaim", "distractor",
    "agree-reply",
}  # fmt: skip


def problems(row: dict) -> list[str]:
    """What is wrong with one line (empty: nothing)."""
    out = []
    if not {"id", "writer", "lang", "text", "hyps"} <= set(row):
        return ["missing keys"]
    if row["lang"] not in ("en", "nl"):
        out.append(f"lang {row['lang']!r}")
    if not str(row["text"]).strip() or not str(row["writer"]).strip():
        out.append("empty text or writer")
    if not isinstance(row["hyps"], list) or len(row["hyps"]) < 3:
        return [*out, "need at least 3 hyps"]
    for h in row["hyps"]:
        if h.get("label") not in LABELS:
            out.append(f"label {h.get('label')!r}")
        if h.get("lang") not in ("en", "nl"):
            out.append(f"hyp lang {h.get('lang')!r}")
        if h.get("kind") not in KINDS:
            out.append(f"kind {h.get('kind')!r}")
        if not str(h.get("text", "")).strip():
            out.append("empty hypothesis")
    return out


def main(path: str) -> int:
    counts: Counter[str] = Counter()
    pairs = bad = 0
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                row, errs = None, [f"not JSON ({exc.msg})"]
            else:
                errs = problems(row)
            if errs or row is None:
                bad += 1
                print(f"line {k}: {'; '.join(errs)}")
                continue
            for h in row["hyps"]:
                counts[h["label"]] += 1
                counts[f"{h['lang']}<-{row['lang']}"] += 1
                counts[h["kind"]] += 1
                pairs += 1
    print(f"{pairs} pairs, {bad} bad lines;", dict(counts))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
