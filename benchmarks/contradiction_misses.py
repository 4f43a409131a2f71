"""Where each gold self-contradiction of a case is lost, stage by stage.

For every gold pair of ``gold.json`` (all of them with ``--all``, else those the default search
does not report) it prints which stage of :func:`onrecord.check.contradictions.find.find_contradictions`
lost it:

- ``record``: a side is not among the person's statements (attribution, segmentation: the
  statement holding the text is shown with its author, when there is one);
- ``filter``: a side is a statement of the person but not eligible (question, fragment, chatter,
  anaphoric, names itself) or a repeat;
- ``pairing``: both sides are eligible but never paired as candidates (their similarity, and
  each side's rank among the other's same-language and cross-language neighbours);
- ``opposition``: paired and judged but not reported: the judge's probabilities, the rule score,
  the opposition the rules read and each rank factor;
- ``rank``: reported, with its rank and place among all pairs of the case.

    PYTHONPATH=src .venv/bin/python benchmarks/contradiction_misses.py \
        --data benchmarks/data/contradictions-dev4 [--all]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

import numpy as np

from onrecord.check.contradictions import find as C
from onrecord.check.contradictions.denial_pairs import denial_pairs
from onrecord.check.contradictions.opposition import opposition, stance_factor
from onrecord.check.contradictions.pair_rules import pair_factor, rule_score
from onrecord.check.statements.period import other_times
from onrecord.engines.local import ingest
from onrecord.models.embedders import get_embedder
from onrecord.models.judges import get_judge
from onrecord.record.store import Store


def _find(refs: list[C.StatementRef], text: str) -> C.StatementRef | None:
    return next((r for r in refs if text in r.text), None)


def _holder(store: Store, text: str) -> str:
    """Who the statement holding ``text`` is attributed to, from a full-text search."""
    words = re.findall(r"\w+", text)[:8]
    if not words:
        return "?"
    rows = store.search(" ".join(f'"{w}"' for w in words), kinds=(), limit=5)
    for r in rows:
        if text in r["text"]:
            return f"{r['kind']} by {r['author_name'] or r['author_email']!r}: {r['text']!r}"
    return "no statement holds the text (segmentation?)"


def _why_not(ref: C.StatementRef) -> str:
    from onrecord.check.contradictions.pair_rules import anaphoric
    from onrecord.check.statements.salience import chatter_reason

    text = ref.text.strip()
    if text.endswith("?"):
        return "question"
    if anaphoric(text):
        return "anaphoric"
    if ref.endorses is None and C.names_itself(text, ref.author.get("name")):
        return "names itself"
    if len(C._WORD.findall(text)) < C.MIN_WORDS:
        return "fragment"
    reason = chatter_reason(text, ref.lang or None)
    return f"chatter ({reason})" if reason else ("eligible (a repeat)" if C.eligible(ref) else "?")


def _neighbour_rank(vecs: np.ndarray, refs: list[C.StatementRef], i: int, j: int) -> str:
    sims = vecs[i] @ vecs.T
    same = [k for k in range(len(refs)) if k != i and refs[k].message_id != refs[i].message_id]
    cross = refs[i].lang != refs[j].lang
    pool = [k for k in same if (refs[k].lang != refs[i].lang) == cross]
    order = sorted(pool, key=lambda k: -sims[k])
    return f"{'cross' if cross else 'same'}-language #{order.index(j) + 1} of {len(pool)}"


def diagnose(store: Store, gold: dict, judge, embedder, show_all: bool) -> list[dict]:
    persons = {p["name"]: p for p in store.persons() if not p["is_role"]}
    reports = [
        r
        for p in persons.values()
        for r in C.find_contradictions(
            store, str(p["id"]), judge=judge, embedder=embedder, limit=1000
        )
    ]
    ranked = sorted((p for r in reports for p in r.pairs), key=lambda p: -p.rank)
    golds = gold["pairs"] + gold.get("acceptable", [])
    top_false = [p.rank for p in ranked if not any(_matches(p, g) for g in golds)]
    out = []
    for g in gold["pairs"]:
        place = next((k for k, p in enumerate(ranked) if _matches(p, g)), None)
        if place is not None and not show_all:
            continue
        row: dict = {"id": g["id"], "person": g["person"], "a": g["a"], "b": g["b"]}
        out.append(row)
        if place is not None:
            p = ranked[place]
            ahead = sum(r > p.rank for r in top_false)
            row.update(stage="rank", rank=round(p.rank, 3), place=place + 1, false_above=ahead)
            continue
        person = persons.get(g["person"])
        if person is None:
            row.update(stage="record", why="no such person")
            continue
        raw = C.record_of(store, person)
        sides = [_find(raw, g["a"]), _find(raw, g["b"])]
        if None in sides:
            lost = [t for t, s in zip((g["a"], g["b"]), sides, strict=True) if s is None]
            row.update(stage="record", why=[f"{t!r}: {_holder(store, t)}" for t in lost])
            continue
        refs = C.distinct(raw)
        at = [next((k for k, r in enumerate(refs) if t in r.text), None) for t in (g["a"], g["b"])]
        if None in at:
            row.update(
                stage="filter",
                why=[
                    f"{s.text!r}: {_why_not(s)}"
                    for s, k in zip(sides, at, strict=True)
                    if k is None
                ],
            )
            continue
        i, j = sorted(at)
        a, b = C._ordered(refs[i], refs[j])
        vecs = C.embed_refs(store, embedder, refs)
        sim = float(vecs[i] @ vecs[j])
        msgs, langs = [r.message_id for r in refs], [r.lang for r in refs]
        sims = C.neighbour_pairs(vecs, msgs, langs)
        sims.update(denial_pairs(vecs, [r.text for r in refs], msgs, langs))  # as C._plan does
        row.update(
            a_text=a.text, b_text=b.text, langs=f"{a.lang}-{b.lang}", similarity=round(sim, 3)
        )
        if (i, j) not in sims:
            row.update(
                stage="pairing",
                a_rank=_neighbour_rank(vecs, refs, i, j),
                b_rank=_neighbour_rank(vecs, refs, j, i),
            )
            continue
        js = judge.judge([(a.text, b.text), (b.text, a.text)])
        ab, ba = js[0].probs, js[1].probs
        other = other_times(a.text, a.date, b.text, b.date)
        row.update(
            stage="opposition",
            ab={k: round(v, 2) for k, v in ab.items()},
            ba={k: round(v, 2) for k, v in ba.items()},
            judge_score=C.pair_score(ab, ba),
            rule_score=rule_score(a, b, ab, ba, sim),
            opposition=opposition(a.text, b.text, a.lang, b.lang, ordered=True),
            other_times=other,
            pair_factor=round(pair_factor(a, b), 3),
            stance_factor=round(stance_factor(a.text, b.text, a.lang, b.lang, other, sim), 3),
            closeness=round(C.closeness(sim), 3),
        )
    return out


def _matches(pair: C.ContradictionPair, g: dict) -> bool:
    if pair.person["name"] != g["person"]:
        return False
    a, b = pair.a.text, pair.b.text
    return (g["a"] in a and g["b"] in b) or (g["a"] in b and g["b"] in a)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="A case folder: case/, gold.json.")
    ap.add_argument("--judge", default="builtin")
    ap.add_argument("--all", action="store_true", help="Every gold pair, found ones too.")
    args = ap.parse_args()
    gold = json.loads((args.data / "gold.json").read_text())
    judge, embedder = get_judge(args.judge), get_embedder(None)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "misses.db")
        ingest(store, [args.data / "case"], workers=1)
        rows = diagnose(store, gold, judge, embedder, args.all)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
