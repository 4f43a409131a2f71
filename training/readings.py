"""Judge training pairs from what the checker actually reads.

For every claim of a *training* case (``training/cases/<case>/``, the format of
``benchmarks/cases/README.md``, evidence items with a ``stance``: ``supports`` or
``contradicts``), the case is ingested into a fresh database, the claim's evidence is gathered
exactly as ``onrecord check`` gathers it, and every (premise, hypothesis) pair the judge would
read is written out with a label:

- a reading of a gold evidence statement gets the gold stance (entailment / contradiction;
  turned round when the claim's frame is negated and the hypothesis is its content), except the
  *other* readings of that statement (context, "we" as the organisation), which are left out;
- a claim with a ``claim_other`` (the same claim in the other language, English or Dutch) is
  read a second time in that language, with the same gold (row id ``<id>x``);
- a reading of any other statement is ``neutral``, unless ``labels.jsonl`` in the case folder
  says otherwise (one line per reviewed reading: ``{"key": ..., "label": ...}``, ``label`` one
  of entailment / neutral / contradiction / skip).

Each row also carries the current judge's probabilities (``judge``), so that the readings the
judge gets wrong can be reviewed first (``--review`` lists the non-gold readings it reads as
entailment or contradiction at 0.5 or more).

    PYTHONPATH=src .venv/bin/python training/readings.py training/cases/<case> [--out PATH] [--review]

Never run it on ``benchmarks/cases`` or ``benchmarks/cases-dev``: those are for measuring.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

from claims_eval import (  # noqa: E402
    author_matches,
    build_claims,
    ingest_case,
    load_case,
    norm,
    statement_texts,
)

STANCE_LABEL = {"supports": "entailment", "contradicts": "contradiction"}
FLIP = {"entailment": "contradiction", "contradiction": "entailment", "neutral": "neutral"}
LABELS = ("entailment", "neutral", "contradiction")
MEASURED = (REPO / "benchmarks" / "cases", REPO / "benchmarks" / "cases-dev")


def key_of(case: str, claim_id: str, premise: str, hypothesis: str) -> str:
    h = hashlib.sha1(f"{premise}\x00{hypothesis}".encode()).hexdigest()[:12]
    return f"{case}/{claim_id}/{h}"


def gold_stance(row: dict[str, Any], hit: Any) -> str | None:
    """The gold stance of the statement behind ``hit`` for this claim (``skip`` for a mixed
    claim's evidence, which bears on one half of it, unless reviewed), or None when it is not
    one of the claim's gold evidence statements."""
    texts = [hit.text]
    people = [(hit.author_name, hit.author_email)]
    if hit.via_endorsement is not None:
        texts.append(hit.via_endorsement.text)
        people.append((hit.via_endorsement.author_name, hit.via_endorsement.author_email))
    for g in row.get("evidence") or []:
        want = norm(g["contains"])
        if not any(want in norm(t) for t in texts):
            continue
        if not any(author_matches(g.get("author"), n, e) for n, e in people):
            continue
        if row["gold"] == "mixed":
            return "skip"  # one half of a two-sided claim: neither entails nor settles it whole
        stance = g.get("stance") or {"supported": "supports", "contradicted": "contradicts"}.get(
            row["gold"]
        )
        return STANCE_LABEL.get(stance or "", "skip")  # a mixed claim's item without a stance
    return None


def case_readings(folder: Path, judge: Any = None, embedder: Any = None) -> list[dict[str, Any]]:
    from onrecord.check.subjects.record_person import resolve_subject
    from onrecord.check.verdicts.frames import strip_frame
    from onrecord.check.verdicts.verify import gather

    case = load_case(folder)
    reviewed = {}
    labels_path = folder / "labels.jsonl"
    if labels_path.is_file():
        for line in labels_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                reviewed[r["key"]] = r["label"]
    out: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix=f"readings-{case.name}-") as tmp:
        store = ingest_case(case, Path(tmp) / "case.db")
        try:
            texts = statement_texts(store)
            for row in case.claims:
                for g in row.get("evidence") or []:
                    if not any(norm(g["contains"]) in t for t in texts):
                        print(
                            f"{case.name}/{row['id']}: gold evidence not a statement of the "
                            f"record: {g['contains']!r}",
                            file=sys.stderr,
                        )
            rows = list(case.claims)
            for row in case.claims:  # the claim in the other language: the same gold
                if isinstance(row.get("claim_other"), str) and row["claim_other"].strip():
                    other = "nl" if row.get("lang") == "en" else "en"
                    rows.append(
                        row
                        | {"id": row["id"] + "x", "of": row["id"], "claim": row["claim_other"]}
                        | {"lang": other}
                    )
            claims = build_claims(store, rows)
            by_premise: dict[tuple[str, str], str] = {}
            for row, claim in zip(rows, claims, strict=True):
                subject = resolve_subject(store, claim.subject)
                framed = strip_frame(claim.text)
                evidence, _sources = gather(store, claim, subject, embedder, 8, framed)
                for e in evidence:
                    stance = gold_stance(row, e.hit)
                    for i, (p, h) in enumerate(e.readings):
                        if stance is not None and 0 < i <= e.alternatives:
                            continue  # another reading of a gold statement: not sure of it
                        if e.agreed_reading and i == len(e.readings) - 1:
                            continue  # what was agreed: the claim's stance is not its label
                        label = stance or "neutral"
                        if framed.negated and h == framed.content:
                            label = FLIP[label]
                        key = key_of(case.name, row["id"], p, h)
                        checked = key in reviewed
                        if checked:
                            label = reviewed[key]
                            by_premise[row["id"], p] = label
                        elif (row.get("of"), p) in by_premise:  # as reviewed in the original
                            label, checked = by_premise[row["of"], p], True
                        out.append(
                            {
                                "key": key,
                                "premise": p,
                                "hypothesis": h,
                                "label": label,
                                "gold_evidence": stance is not None,
                                "relation": e.relation,
                                "claim_gold": row["gold"],
                                "lang": row.get("lang"),
                                "statement_lang": e.hit.lang,
                                "reviewed": checked,
                            }
                        )
        finally:
            store.close()
    if judge is not None and out:
        for r, j in zip(out, judge.judge([(r["premise"], r["hypothesis"]) for r in out])):
            r["judge"] = {k: round(float(j.probs.get(k, 0.0)), 3) for k in LABELS}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="+", type=Path, help="training case folders")
    ap.add_argument("--out", type=Path, help="jsonl to write (default: <case>/readings.jsonl)")
    ap.add_argument("--review", action="store_true", help="list readings to review")
    ap.add_argument("--no-judge", action="store_true", help="skip the current judge's scores")
    args = ap.parse_args(argv)
    from onrecord.models.embedders import get_embedder
    from onrecord.models.judges import get_judge

    judge = None if args.no_judge else get_judge("builtin")
    embedder = get_embedder(None)
    rows_all = []
    for folder in args.cases:
        if folder.resolve().parent in MEASURED:
            print(f"{folder}: a measured case, not for training", file=sys.stderr)
            return 2
        rows = case_readings(folder, judge, embedder)
        rows_all += rows
        path = args.out or folder / "readings.jsonl"
        if args.out is None:
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        n_gold = sum(r["gold_evidence"] for r in rows)
        print(f"{folder.name}: {len(rows)} readings, {n_gold} of gold evidence -> {path}")
        if args.review:
            for r in rows:
                j = r.get("judge") or {}
                if (
                    not r["gold_evidence"]
                    and max(j.get("entailment", 0), j.get("contradiction", 0)) >= 0.5
                ):
                    print(
                        json.dumps(
                            {k: r[k] for k in ("key", "premise", "hypothesis", "judge")},
                            ensure_ascii=False,
                        )
                    )
    if args.out is not None:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows_all))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
