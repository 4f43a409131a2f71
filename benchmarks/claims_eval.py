"""Verdict quality of `onrecord check` on realistic claim-checking cases.

Each case under ``benchmarks/cases/<case>/`` is an archive (mail and documents, ingested into a
fresh database the way ``onrecord ingest`` does) and the claims a journalist or a complaint
would make about it, each with its gold verdict, the statements that decide it and a
failure-class tag (format: ``benchmarks/cases/README.md``). The cases are for evaluation only:
never train or tune on them. ``--root benchmarks/cases-dev`` runs the development cases instead
(same format), the ones thresholds and confidence calibration are fitted on.

Printed: verdict accuracy overall, per gold verdict, per language, per case and per class tag;
the confusion matrix (gold x predicted); evidence recall@3 (over claims whose gold is not
not_enough_info and which list evidence: a hit when one of the top 3 evidence statements, or the
text a top-3 "Yup" endorses, contains a gold ``contains`` substring, case-insensitive and
whitespace-normalised, by the gold ``author`` when one is given); evidence reach (over the same
claims: a gold statement is among *all* the statements the checker gathered, its evidence and
the claim's sources, whatever their rank: a miss of recall that is reached is the judge's or
the ranking's, one not reached is retrieval's); and the confidently-wrong rate (wrong with
confidence >= 0.7), over all claims and per language. ``--errors`` lists each
wrong claim with its top 3 evidence; ``--json PATH`` writes every number and per-claim row.

    PYTHONPATH=src .venv/bin/python benchmarks/claims_eval.py [--root DIR] [--case NAME ...]
        [--judge builtin] [--errors] [--json PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the sibling module below, also when loaded by path (tests)
    sys.path.insert(0, str(HERE))
import intervals  # noqa: E402

REPO = HERE.parent
CASES = HERE / "cases"
#: Development cases (same format): thresholds and calibration are fitted on these, never on CASES.
DEV_CASES = HERE / "cases-dev"
SHARED = REPO.parent / "shared"

VERDICTS = ("supported", "contradicted", "mixed", "not_enough_info")
NEI = "not_enough_info"
LANGS = ("en", "nl")
CLASSES = (
    "endorsement",
    "forward-endorsed",
    "paraphrase",
    "quantity",
    "negation",
    "hedge",
    "speech-frame",
    "related-neutral",
    "later-account",
    "self-source",
    "quoted-not-own",
    "position-change",
    "direct",
)
LABELS3 = ("entailment", "neutral", "contradiction")
#: A wrong verdict at or above this confidence is "confidently wrong".
CONFIDENT = 0.7
#: Evidence statements looked at for recall.
TOP = 3


class CaseError(ValueError):
    """A case folder that does not follow the format; the message says where."""


@dataclass
class Case:
    name: str
    folder: Path
    description: str
    inputs: list[Path]
    persons: list[str]
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def missing(self) -> list[Path]:
        return [p for p in self.inputs if not p.exists()]


# ------------------------------------------------------------------------------------------
# Loading
# ------------------------------------------------------------------------------------------


def resolve_path(folder: Path, path: str) -> Path:
    """A path of a case file: ``{repo}/...``, ``{shared}/...`` or relative to the case folder."""
    if path.startswith("{repo}/"):
        return (REPO / path.removeprefix("{repo}/")).resolve()
    if path.startswith("{shared}/"):
        return (SHARED / path.removeprefix("{shared}/")).resolve()
    return (folder / path).resolve()


def case_folders(names: Sequence[str] = (), root: Path = CASES) -> list[Path]:
    """The case folders to run: those named, else every folder under ``root`` with a case.json."""
    if names:
        folders = [root / n for n in names]
        for f in folders:
            if not (f / "case.json").is_file():
                raise CaseError(f"{f}: no case.json (cases: {', '.join(known_cases(root))})")
        return folders
    return [root / n for n in known_cases(root)]


def known_cases(root: Path = CASES) -> list[str]:
    return sorted(p.parent.name for p in root.glob("*/case.json"))


def load_case(folder: Path) -> Case:
    """The case in ``folder``: its case.json and its claims.jsonl, checked against the format."""
    folder = Path(folder)
    where = folder / "case.json"
    try:
        meta = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CaseError(f"{where}: {exc}") from None
    if not isinstance(meta, dict) or not isinstance(meta.get("inputs"), list) or not meta["inputs"]:
        raise CaseError(f'{where}: expected {{"name", "description", "inputs": [...], "persons"}}')
    case = Case(
        name=str(meta.get("name") or folder.name),
        folder=folder,
        description=str(meta.get("description", "")),
        inputs=[resolve_path(folder, str(p)) for p in meta["inputs"]],
        persons=[str(p) for p in meta.get("persons", [])],
    )
    case.claims = load_claims(folder / "claims.jsonl", folder)
    return case


def load_claims(path: Path, folder: Path | None = None) -> list[dict[str, Any]]:
    """The rows of a claims.jsonl, each checked: unique id, claim, lang, gold, evidence, class."""
    rows: list[dict[str, Any]] = []
    ids: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CaseError(f"{path}: {exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CaseError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise CaseError(f"{where}: expected an object")
        for key in ("id", "claim", "gold"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                raise CaseError(f'{where}: no "{key}" string')
        if row["id"] in ids:
            raise CaseError(f"{where}: duplicate id {row['id']!r}")
        ids.add(row["id"])
        if row["gold"] not in VERDICTS:
            raise CaseError(f"{where}: gold {row['gold']!r} is not one of {', '.join(VERDICTS)}")
        if row.get("class") is not None and row["class"] not in CLASSES:
            raise CaseError(f"{where}: class {row['class']!r} is not one of {', '.join(CLASSES)}")
        evidence = row.get("evidence") or []
        if not isinstance(evidence, list) or not all(
            isinstance(e, dict) and isinstance(e.get("contains"), str) and e["contains"].strip()
            for e in evidence
        ):
            raise CaseError(f'{where}: "evidence" must be a list of {{"contains": "...", ...}}')
        row["evidence"] = evidence
        if row.get("source") and folder is not None:
            row["source_path"] = str(resolve_path(folder, row["source"]))
        rows.append(row)
    return rows


def ingest_case(case: Case, db: Path, workers: int = 1) -> Any:
    """A store at ``db`` holding the case's inputs, ingested as ``onrecord ingest`` does."""
    from onrecord.engines.local import ingest
    from onrecord.record.store import Store

    store = Store.open(db)
    ingest(store, list(case.inputs), workers=workers)
    return store


def build_claims(store: Any, rows: Sequence[dict[str, Any]]) -> list[Any]:
    """One ``Claim`` per row, as ``onrecord check "..."`` makes it, with the row's language and
    its source document (never its own evidence)."""
    from onrecord.check.claims.extract import claims_from_args
    from onrecord.check.subjects.record_person import person_names

    names = person_names(store)
    claims = []
    for row in rows:
        [claim] = claims_from_args([row["claim"]], names=names)
        if row.get("source_path"):
            claim.source = row["source_path"]
        if row.get("lang"):
            claim.lang = row["lang"]
        claims.append(claim)
    return claims


def statement_texts(store: Any) -> list[str]:
    """Every statement of the store, normalised as the evidence matching sees it."""
    return [norm(r[0]) for r in store.db.execute("SELECT text FROM statements")]


# ------------------------------------------------------------------------------------------
# Scoring (plain dicts in and out, so they can be tested on hand-made rows)
# ------------------------------------------------------------------------------------------


def norm(text: str) -> str:
    return " ".join((text or "").casefold().split())


def author_matches(gold: str | None, name: str | None, email: str | None) -> bool:
    """Whether a gold author ("Ingrid Haverkamp", "Haverkamp", an address) names this writer:
    an address must be equal, a name's words must all be among the writer's name words."""
    if not gold or not gold.strip():
        return True
    gold = gold.casefold().strip()
    if "@" in gold:
        return gold == (email or "").casefold().strip()
    have = set(re.findall(r"\w+", f"{name or ''} {email or ''}".casefold()))
    return all(w in have for w in re.findall(r"\w+", gold))


def evidence_matches(gold: dict[str, Any], ev: dict[str, Any]) -> bool:
    """Whether the evidence item (as ``Verdict.as_dict`` gives it) is this gold statement: its
    text, or the text its "Yup" endorses, contains the gold substring (by the gold author: the
    writer, or for an endorsement the endorser or the endorsed text's writer)."""
    want = norm(gold["contains"])
    who = gold.get("author")
    author = ev.get("author") or {}
    if want in norm(ev.get("statement", "")) and author_matches(
        who, author.get("name"), author.get("email")
    ):
        return True
    endorsed = ev.get("endorses")
    if endorsed and want in norm(endorsed.get("text", "")):
        orig = endorsed.get("author") or {}
        return author_matches(who, author.get("name"), author.get("email")) or author_matches(
            who, orig.get("name"), orig.get("email")
        )
    return False


def evidence_hit(gold: Sequence[dict[str, Any]], evidence: Sequence[dict[str, Any]]) -> bool:
    """Any gold statement among the top ``TOP`` evidence items."""
    return any(evidence_matches(g, e) for g in gold for e in evidence[:TOP])


def evidence_reached(
    gold: Sequence[dict[str, Any]],
    evidence: Sequence[dict[str, Any]],
    sources: Sequence[dict[str, Any]] = (),
) -> str | None:
    """Where the checker gathered a gold statement, whatever its rank: ``evidence`` (judged),
    ``source`` (set aside as the claim's own source or a restatement), None when nowhere."""
    if any(evidence_matches(g, e) for g in gold for e in evidence):
        return "evidence"
    if any(evidence_matches(g, e) for g in gold for e in sources):
        return "source"
    return None


def score_row(row: dict[str, Any], verdict: dict[str, Any], case: str = "") -> dict[str, Any]:
    """The per-claim result: gold, predicted, confidence, correctness, evidence hit and reach
    (None where recall does not apply) and the top evidence."""
    evidence = verdict.get("evidence") or []
    applies = row["gold"] != NEI and bool(row.get("evidence"))
    correct = verdict["verdict"] == row["gold"]
    reached = (
        evidence_reached(row["evidence"], evidence, verdict.get("claim_sources") or [])
        if applies
        else None
    )
    return {
        "id": row["id"],
        "case": case,
        "claim": row["claim"],
        "judged": verdict.get("claim", row["claim"]),
        "subject": ((verdict.get("subject") or {}).get("person") or {}).get("name"),
        "lang": row.get("lang") or verdict.get("lang") or "und",
        "class": row.get("class") or "untagged",
        "gold": row["gold"],
        "predicted": verdict["verdict"],
        "confidence": float(verdict.get("confidence", 0.0)),
        "correct": correct,
        "confident_wrong": (not correct) and float(verdict.get("confidence", 0.0)) >= CONFIDENT,
        "evidence_hit": evidence_hit(row["evidence"], evidence) if applies else None,
        "evidence_reach": None if not applies else reached is not None,
        "reached_as": reached,
        "gathered": len(evidence),
        "top_evidence": [
            {
                k: e.get(k)
                for k in (
                    "stance",
                    "score",
                    "relation",
                    "weight",
                    "decisive",
                    "similarity",
                    "statement",
                    "author",
                    "date",
                    "endorses",
                )
            }
            for e in evidence[:TOP]
        ],
        # every judged piece of evidence as the aggregator saw it (entailment, neutral,
        # contradiction, weight): enough to re-decide under other thresholds
        "scored": [
            [*(round(float((e.get("probs") or {}).get(k, 0.0)), 4) for k in LABELS3), e["weight"]]
            for e in evidence
            if e.get("probs")
        ],
        # the same pieces with what else the checker knew of them, each marked where it is a
        # gold statement (for fitting the verdict model and the evidence ranking:
        # training/fit_verdicts.py, training/train_evidence_ranker.py)
        "items": [
            {**evidence_item(e), "gold": applies_gold(row, e)} for e in evidence if e.get("probs")
        ],
    }


def applies_gold(row: dict[str, Any], e: dict[str, Any]) -> bool | None:
    """Whether this piece is one of the claim's gold statements (None where the claim names
    none): what an evidence ranker learns from."""
    gold = row.get("evidence") or []
    return any(evidence_matches(g, e) for g in gold) if gold else None


def evidence_item(e: dict[str, Any]) -> dict[str, Any]:
    """One judged piece of evidence, as the verdict model reads it."""
    probs = e.get("probs") or {}
    return {
        **{k: round(float(probs.get(k, 0.0)), 4) for k in LABELS3},
        "weight": e["weight"],
        "relation": e.get("relation"),
        "similarity": e.get("similarity"),
        "lang": e.get("lang"),
        "date": e.get("date"),
        "note": e.get("note") or "",
        "endorsement": bool(e.get("endorses")),
        "author": (e.get("author") or {}).get("name"),
        "kind": e.get("kind"),
        "statement": e.get("statement") or "",
        # what the piece says: the endorsed text for a "Yup", else the statement
        "text": (e.get("endorses") or {}).get("text") or e.get("statement") or "",
    }


def _ratio(k: int, n: int) -> dict[str, Any]:
    return {"correct": k, "n": n, "accuracy": round(k / n, 4) if n else None}


def accuracy_by(rows: Iterable[dict[str, Any]], key: str | None = None) -> dict[str, Any]:
    """Accuracy overall (``key`` None) or per value of ``key`` ("gold", "lang", "case", "class")."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        groups["all" if key is None else str(r[key])].append(bool(r["correct"]))
    out = {g: _ratio(sum(v), len(v)) for g, v in sorted(groups.items())}
    return out["all"] if key is None else out


def confusion(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Counts of gold (rows) x predicted (columns) over the four verdicts."""
    m = {g: dict.fromkeys(VERDICTS, 0) for g in VERDICTS}
    for r in rows:
        m[r["gold"]][r["predicted"]] += 1
    return m


def evidence_recall(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Recall@3 over the rows where it applies (``evidence_hit`` not None)."""
    hits = [r["evidence_hit"] for r in rows if r["evidence_hit"] is not None]
    return {
        "hits": sum(hits),
        "n": len(hits),
        "recall": round(sum(hits) / len(hits), 4) if hits else None,
    }


def evidence_reach(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Reach over the rows where recall applies: a gold statement gathered at all (as evidence
    or as the claim's source), and how many of those were only among the sources."""
    rows = [r for r in rows if r.get("evidence_reach") is not None]
    hits = sum(bool(r["evidence_reach"]) for r in rows)
    return {
        "hits": hits,
        "n": len(rows),
        "reach": round(hits / len(rows), 4) if rows else None,
        "as_source": sum(r.get("reached_as") == "source" for r in rows),
        "gathered_mean": round(sum(r.get("gathered", 0) for r in rows) / len(rows), 2)
        if rows
        else None,
    }


def confidently_wrong(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Wrong with confidence >= ``CONFIDENT``: over all rows and per language."""
    rows = list(rows)

    def rate(rs: list[dict[str, Any]]) -> dict[str, Any]:
        k = sum(bool(r["confident_wrong"]) for r in rs)
        return {"count": k, "n": len(rs), "rate": round(k / len(rs), 4) if rs else None}

    langs = sorted({r["lang"] for r in rows})
    return {
        "threshold": CONFIDENT,
        "all": rate(rows),
        "by_lang": {lg: rate([r for r in rows if r["lang"] == lg]) for lg in langs},
    }


def outcomes(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """What a fact-checker is left with per claim: the right verdict; an unsure verdict
    (not_enough_info where the mail decides) with a deciding statement among the top 3 to read
    (``listed``) or without one; or a wrong supported / contradicted / mixed (``wrong``)."""
    out = dict.fromkeys(("right", "unsure_listed", "unsure_unlisted", "wrong"), 0)
    for r in rows:
        if r["correct"]:
            out["right"] += 1
        elif r["predicted"] == NEI:
            out["unsure_listed" if r["evidence_hit"] else "unsure_unlisted"] += 1
        else:
            out["wrong"] += 1
    return out


def summarize(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Every number of the report."""
    return {
        "claims": len(rows),
        "accuracy": accuracy_by(rows),
        "by_gold": accuracy_by(rows, "gold"),
        "by_lang": accuracy_by(rows, "lang"),
        "by_case": accuracy_by(rows, "case"),
        "by_class": accuracy_by(rows, "class"),
        "confusion": confusion(rows),
        "predicted": dict(Counter(r["predicted"] for r in rows)),
        "evidence_recall_at_3": evidence_recall(rows),
        "evidence_reach": evidence_reach(rows),
        "confidently_wrong": confidently_wrong(rows),
        "outcomes": outcomes(rows),
        "intervals": intervals.summary(rows),
    }


# ------------------------------------------------------------------------------------------
# Running
# ------------------------------------------------------------------------------------------


def load_judge(name: str, nli_model: str | None, llm_url: str | None, llm_model: str | None):
    """The judge as the CLI's ``--judge`` / ``--nli-model`` / ``--llm-url`` / ``--llm-model``."""
    from onrecord.models.judges import get_judge

    kwargs: dict[str, Any] = {}
    if name == "nli" and nli_model:
        kwargs["model"] = nli_model
    if name == "llm":
        kwargs.update({k: v for k, v in (("base_url", llm_url), ("model", llm_model)) if v})
    return get_judge(name, **kwargs)


def run_case(case: Case, judge: Any, embedder: Any, k: int = 8, workers: int = 1) -> dict[str, Any]:
    """Ingest the case into a fresh database, check all its claims in one call, score them."""
    from onrecord.check.verdicts.verify import check_claims

    with tempfile.TemporaryDirectory(prefix=f"claims-eval-{case.name}-") as tmp:
        t0 = time.perf_counter()
        store = ingest_case(case, Path(tmp) / "case.db", workers=workers)
        try:
            t1 = time.perf_counter()
            claims = build_claims(store, case.claims)
            verdicts = check_claims(store, claims, judge=judge, embedder=embedder, k=k)
            rows = [
                score_row(row, v.as_dict(store), case.name) for row, v in zip(case.claims, verdicts)
            ]
            t2 = time.perf_counter()
            stats = store.stats()
        finally:
            store.close()
    return {
        "rows": rows,
        "ingest_seconds": round(t1 - t0, 1),
        "check_seconds": round(t2 - t1, 1),
        "statements": stats.get("statements"),
        "messages": stats.get("messages"),
    }


def other_language(case: Case) -> Case:
    """The case with each claim that has a ``claim_other`` replaced by it (language swapped)."""
    swap = {"en": "nl", "nl": "en"}
    claims = [
        {**r, "id": r["id"] + "x", "claim": r["claim_other"], "lang": swap.get(r.get("lang"))}
        for r in case.claims
        if r.get("claim_other")
    ]
    return dataclasses.replace(case, claims=claims)


def _pct(x: float | None) -> str:
    return "  -  " if x is None else f"{100 * x:5.1f}"


def print_report(summary: dict[str, Any], cases: dict[str, Any], judge: str, embedder: str) -> None:
    print(f"judge {judge}, embedder {embedder}")
    for name, c in cases.items():
        if c.get("skipped"):
            print(f"  {name}: skipped ({c['skipped']})")
        else:
            print(
                f"  {name}: {c['claims']} claims, {c['messages']} messages, {c['statements']} "
                f"statements; ingest {c['ingest_seconds']} s, check {c['check_seconds']} s"
            )
    if not summary["claims"]:
        return
    a = summary["accuracy"]
    print(f"\nverdict accuracy: {_pct(a['accuracy'])}%  ({a['correct']}/{a['n']})")
    for title, key in (
        ("gold verdict", "by_gold"),
        ("language", "by_lang"),
        ("case", "by_case"),
        ("class", "by_class"),
    ):
        print(f"\nby {title}:")
        for g, r in summary[key].items():
            print(f"  {g:<18} {_pct(r['accuracy'])}%  ({r['correct']}/{r['n']})")
    print("\nconfusion (rows gold, columns predicted):")
    short = {"supported": "supp", "contradicted": "contr", "mixed": "mixed", NEI: "nei"}
    print(f"  {'':<16}" + "".join(f"{short[p]:>7}" for p in VERDICTS))
    for g in VERDICTS:
        print(f"  {g:<16}" + "".join(f"{summary['confusion'][g][p]:>7}" for p in VERDICTS))
    r = summary["evidence_recall_at_3"]
    print(f"\nevidence recall@{TOP}: {_pct(r['recall'])}%  ({r['hits']}/{r['n']})")
    r = summary["evidence_reach"]
    print(
        f"evidence reach (gold among all gathered): {_pct(r['reach'])}%  ({r['hits']}/{r['n']}; "
        f"{r['as_source']} only as the claim's source; {r['gathered_mean']} gathered per claim)"
    )
    w = summary["confidently_wrong"]
    print(
        f"confidently wrong (conf >= {w['threshold']}): {_pct(w['all']['rate'])}%  "
        f"({w['all']['count']}/{w['all']['n']})"
        + "".join(
            f"; {lg} {_pct(v['rate'])}% ({v['count']}/{v['n']})" for lg, v in w["by_lang"].items()
        )
    )
    o, n = summary["outcomes"], summary["claims"]
    print(
        f"outcomes: right {o['right']}, unsure with a deciding statement in the top {TOP} "
        f"{o['unsure_listed']}, unsure without {o['unsure_unlisted']}, a wrong verdict "
        f"{o['wrong']} (right or pointed to the deciding mail: "
        f"{_pct((o['right'] + o['unsure_listed']) / n)}%)"
    )
    print(intervals.describe(summary["intervals"]))


def print_errors(rows: Sequence[dict[str, Any]]) -> None:
    wrong = [r for r in rows if not r["correct"]]
    print(f"\n{len(wrong)} wrong:")
    for r in wrong:
        hit = {True: "hit", False: "miss", None: "n/a"}[r["evidence_hit"]]
        if r["evidence_hit"] is False:
            hit += f", {'reached as ' + r['reached_as'] if r['reached_as'] else 'not reached'}"
        print(
            f"\n{r['id']} [{r['class']}, {r['lang']}] gold {r['gold']}, predicted {r['predicted']} "
            f"({r['confidence']:.2f}), evidence {hit}"
        )
        print(f"  {r['claim']}")
        if r["judged"] != r["claim"]:
            print(f"  judged as: {r['judged']}")
        for e in r["top_evidence"]:
            who = (e["author"] or {}).get("name") or (e["author"] or {}).get("email") or "?"
            text = " ".join((e["statement"] or "").split())
            if e["endorses"]:
                text = f"{text!r} -> {' '.join(e['endorses']['text'].split())}"
            print(
                f"    {e['stance']:<11} {e['score']:.2f} {e['relation']:<8} "
                f"{(e['date'] or '?')[:10]} {who}: {text[:160]}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--root",
        type=Path,
        default=CASES,
        help="Folder of case folders (default benchmarks/cases; benchmarks/cases-dev for development).",
    )
    ap.add_argument("--case", action="append", default=[], help="A case name (repeatable).")
    ap.add_argument("--judge", default="builtin", help="builtin | nli | llm")
    ap.add_argument("--nli-model", default=None, help="NLI cross-encoder for --judge nli.")
    ap.add_argument("--llm-url", default=None, help="OpenAI-compatible base URL for --judge llm.")
    ap.add_argument("--llm-model", default=None, help="Model name for --judge llm.")
    ap.add_argument("--k", type=int, default=8, help="Evidence per claim (as `check --k`).")
    ap.add_argument("--workers", type=int, default=1, help="Ingest worker processes.")
    ap.add_argument("--errors", action="store_true", help="List each wrong claim.")
    ap.add_argument("--json", type=Path, default=None, help="Write all numbers and rows here.")
    ap.add_argument(
        "--other",
        action="store_true",
        help="Check each claim's claim_other (the claim in its other language) instead.",
    )
    args = ap.parse_args(argv)

    from onrecord.models.embedders import get_embedder

    try:
        if not args.root.is_dir():
            raise CaseError(f"{args.root}: no such folder")
        cases = [load_case(f) for f in case_folders(args.case, root=args.root)]
        if args.other:
            cases = [other_language(c) for c in cases]
    except CaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    judge = load_judge(args.judge, args.nli_model, args.llm_url, args.llm_model)
    embedder = get_embedder(None)
    rows: list[dict[str, Any]] = []
    per_case: dict[str, Any] = {}
    for case in cases:
        if case.missing:
            per_case[case.name] = {"skipped": f"missing input {case.missing[0]}"}
            continue
        result = run_case(case, judge, embedder, k=args.k, workers=args.workers)
        rows += result.pop("rows")
        per_case[case.name] = {"claims": len(case.claims), **result}
    summary = summarize(rows)
    print_report(summary, per_case, judge.name, embedder.name)
    if args.errors:
        print_errors(rows)
    if args.json:
        out = {
            "judge": judge.name,
            "embedder": embedder.name,
            "root": str(args.root),
            "cases": per_case,
            "metrics": summary,
            "rows": rows,
        }
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
