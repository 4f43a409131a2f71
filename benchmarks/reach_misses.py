"""Why a claim's deciding statement is not gathered: each missed gold statement, by class.

Runs :func:`onrecord.check.verdicts.verify.gather` claim by claim, in case order, after embedding
a small record whole (as ``check_claims`` does), and for each claim whose gold statements
(``evidence`` of ``claims.jsonl``, matched as ``claims_eval`` matches them) are nowhere among
what was gathered, says where the gold statement was lost:

- ``absent``: no statement holds the gold text (segmentation, or only as a quoted copy);
- ``chatter`` / ``source``: gathered by a search but dropped by ``salience`` or as the claim's
  own source or a restatement;
- ``own-rank``: by (or endorsed by) the resolved subject, ranked below the own-record cut;
- ``others-rank``: by someone else (or the subject unresolved), ranked below the others' cut;

each with its fused, BM25 and dense rank in the search that should have found it (``-`` where
that retriever did not find it; ``novec`` when the statement had no vector yet), its language
against the claim's, and whether it is reached through an endorsement ("Yup" to it).

    PYTHONPATH=src .venv/bin/python benchmarks/reach_misses.py --root training/cases [--case X]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_eval import (
    build_claims,
    case_folders,
    evidence_matches,
    ingest_case,
    load_case,
    norm,
)
from onrecord.check.statements.period import claim_period
from onrecord.check.statements.salience import is_chatter
from onrecord.check.subjects import record_person
from onrecord.check.verdicts import verify
from onrecord.check.verdicts.evidence import restates
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Hit, retrieve
from onrecord.index.vectors import embed_small
from onrecord.models.embedders import get_embedder

#: How deep the diagnostic searches look for the gold statement.
DEEP = 400


def as_item(hit: Hit) -> dict[str, Any]:
    """A hit as ``claims_eval.evidence_matches`` reads an evidence item."""
    via = hit.via_endorsement
    return {
        "statement": hit.text,
        "author": {"name": hit.author_name, "email": hit.author_email},
        "endorses": None
        if via is None
        else {"text": via.text, "author": {"name": via.author_name, "email": via.author_email}},
    }


def gold_in(gold: list[dict[str, Any]], hits: list[Hit]) -> list[tuple[int, Hit]]:
    """(position, hit) of the hits that are a gold statement."""
    return [
        (n, h) for n, h in enumerate(hits) if any(evidence_matches(g, as_item(h)) for g in gold)
    ]


def holders(store: Any, gold: list[dict[str, Any]]) -> list[Any]:
    """The statements whose text holds a gold text (any author, any kind)."""
    wants = [norm(g["contains"]) for g in gold]
    rows = store.db.execute("SELECT id, kind, author_name, lang, text FROM statements").fetchall()
    return [r for r in rows if any(w in norm(r["text"]) for w in wants)]


def _rank(hit: Hit, at: int) -> str:
    d = "-" if hit.dense_rank is None else str(hit.dense_rank)
    b = "-" if hit.bm25_rank is None else str(hit.bm25_rank)
    return f"fused {at + 1} bm25 {b} dense {d}"


def _lang_rank(hit: Hit, hits: list[Hit]) -> str:
    """The hit's BM25 and dense rank among the hits in its own language: how a search that
    ranked each language apart would place it."""
    same = {h.statement_id: h for h in hits if h.lang == hit.lang}.values()
    out = []
    for name, r in (("bm25", hit.bm25_rank), ("dense", hit.dense_rank)):
        if r is None:
            out.append(f"{name} -")
            continue
        field = "bm25_rank" if name == "bm25" else "dense_rank"
        better = sum(1 for h in same if (getattr(h, field) or 10**9) < r)
        out.append(f"{name} {better + 1}")
    return " ".join(out)


def period_window(claim: Any) -> tuple[str, str] | None:
    """The dates the claim's period covers, as ``gather`` reads them."""
    framed = strip_frame(claim.text)
    return verify.period_window(claim_period(claim.text, framed.prefix if framed.frame else None))


def _window_rank(store: Any, claim: Any, gold: Any, subject: Any, embedder: Any) -> str:
    window = period_window(claim)
    if not window:
        return ""
    out = ""
    for name, people in (("own", subject), ("others", None)):
        if name == "own" and not subject:
            continue
        hits = retrieve(
            store,
            claim.text,
            embedder=embedder,
            emails=people["emails"] if people else None,
            names=(people["names"] or [people["name"]]) if people else None,
            since=window[0],
            until=window[1],
            k=DEEP,
            cache=False,
        )
        matched = gold_in(gold, hits)
        out += f"\n      {name} window {window}: " + (
            f"{_rank(matched[0][1], matched[0][0])} of {len(hits)}" if matched else "-"
        )
    return out


def diagnose(
    store: Any, claim: Any, row: dict[str, Any], subject: Any, embedder: Any, k: int
) -> tuple[str, str]:
    """(class, detail) of a claim whose gold statements were not gathered."""
    gold = row["evidence"]
    found = holders(store, gold)
    if not found:
        return "absent", "no statement holds the gold text"
    detail = "; ".join(
        f"#{r['id']} {r['kind']} {r['lang']} by {r['author_name']!r}" for r in found[:3]
    )
    own_source = verify._source_statements(store, claim)
    searches = []
    if subject:
        own = retrieve(
            store,
            claim.text,
            embedder=embedder,
            emails=subject["emails"],
            names=subject["names"] or [subject["name"]],
            k=DEEP,
            lang=claim.lang,
            across=verify.ACROSS,
            cache=False,
        )
        searches.append(("own", own, k + verify.OWN_DEEPER))
    budget = verify.REPORTED_EMBED_BUDGET if subject else verify.EMBED_BUDGET
    others = retrieve(
        store,
        claim.text,
        embedder=embedder,
        k=DEEP,
        embed_budget=budget,
        lang=claim.lang,
        across=verify.ACROSS,
        cache=False,
    )
    searches.append(("others", others, k))
    for name, hits, cut in searches:
        matched = gold_in(gold, hits)
        if not matched:
            continue
        at, hit = matched[0]
        said = hit.via_endorsement.text if hit.via_endorsement else hit.text
        how = "endorsed" if hit.via_endorsement else "said"
        lang = "same-lang" if hit.lang == claim.lang else "other-lang"
        where = f"{name} {_rank(hit, at)} cut {cut}, {how}, {lang} ({hit.lang})"
        if lang == "other-lang":
            where += f", among {hit.lang} {_lang_rank(hit, hits)}"
        if at < cut and is_chatter(said, hit.lang):
            return "chatter", f"{where}: {said[:100]!r}"
        if at < cut and (hit.statement_id in own_source or restates(claim, hit, "mail")):
            return "source", f"{where}: {said[:100]!r}"
        if at < cut:
            continue  # within the cut here, yet not gathered: look at the other search
        cls = f"{name}-rank"
        if hit.dense_rank is None:
            cls += "/novec" if hit.bm25_rank is not None else "/none"
        elif lang == "other-lang":
            cls += "/other-lang"
        elif hit.via_endorsement is not None:
            cls += "/endorsed"
        return cls, f"{where}: {said[:110]!r}" + _window_rank(store, claim, gold, subject, embedder)
    detail += _window_rank(store, claim, gold, subject, embedder)
    by = {r["author_name"] for r in found}
    if subject and subject["name"] not in by:
        return "others-unfound", f"{detail}; subject {subject['name']}"
    return "unfound", detail + ("" if subject else "; subject unresolved")


def run(case_dir: Path, embedder: Any, k: int, tally: Counter) -> list[tuple[str, str, str]]:
    """(class, claim id, detail) for each claim of the case whose gold was not gathered;
    ``tally`` counts claims, statements gathered and claims that recall applies to."""
    case = load_case(case_dir)
    out = []
    with tempfile.TemporaryDirectory(prefix="reach-") as tmp:
        store = ingest_case(case, Path(tmp) / "case.db")
        try:
            if embedder is not None:
                embed_small(store, embedder)  # as ``check_claims`` does first
            claims = build_claims(store, case.claims)
            for row, claim in zip(case.claims, claims, strict=True):
                subject = record_person.resolve_subject(store, claim.subject)
                evidence, sources = verify.gather(store, claim, subject, embedder, k)
                if row["gold"] == "not_enough_info" or not row["evidence"]:
                    continue
                tally["claims"] += 1
                tally["gathered"] += len(evidence)
                hits = [e.hit for e in [*evidence, *sources]]
                if gold_in(row["evidence"], hits):
                    continue
                cls, detail = diagnose(store, claim, row, subject, embedder, k)
                if not subject:
                    cls = f"nosubject:{cls}"
                out.append(
                    (cls, row["id"], f"[{row.get('class')}] {row['claim'][:120]}\n    {detail}")
                )
        finally:
            store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, required=True)
    ap.add_argument("--case", action="append", default=[])
    ap.add_argument("--k", type=int, default=8)
    args = ap.parse_args(argv)
    embedder = get_embedder(None)
    misses = []
    tally: Counter = Counter()
    for folder in case_folders(args.case, root=args.root):
        misses += run(folder, embedder, args.k, tally)
    for cls, cid, detail in sorted(misses):
        print(f"{cls:<24} {cid}: {detail}")
    print("\nby class:")
    for cls, n in Counter(c for c, _, _ in misses).most_common():
        print(f"  {cls:<28} {n}")
    print(f"  {'all':<28} {len(misses)}")
    n = tally["claims"]
    print(
        f"reach {n - len(misses)}/{n}; {tally['gathered'] / max(n, 1):.2f} gathered per claim "
        "(over the claims reach applies to)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
