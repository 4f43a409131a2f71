"""Claim extraction from articles: which sentences are claims, who claims them, about whom.

Each article under ``benchmarks/articles/<split>/<name>.md`` has a gold list
``<name>.gold.jsonl``, one object per check-worthy claim::

    {"sentence": "<a substring of the sentence as written>", "claim": "<the claim>",
     "claimant": null | "<who claims it>", "subject": "<person or organisation>"}

(``claimant`` null: the document itself, i.e. its author) and one per sentence that is not a
claim: ``{"sentence": "...", "skip": "<reason>"}``. The gold was written before the extractor
was; ``dev`` is what the extractor was developed on, ``heldout`` is only measured.

An extracted claim matches a gold claim when its sentence contains the gold ``sentence``
(whitespace-normalised) and the two claim texts share at least half their words (token F1 >=
0.5; a person's first name does not count where the other text names them by surname alone,
as for names below); matching is one-to-one, best first. Printed per split: extraction precision (matched /
extracted) and recall (matched / gold), claimant accuracy and subject accuracy over the matched
claims, and skip-reason agreement over the gold skips that were skipped. "record" is the
share of matched claims whose subject sends the checker to the same record person as the gold's
(``record_person.resolve_subject`` searches only persons: an organisation or a thing sends it to the
whole archive), printed beside the strict subject accuracy, never instead of it. Two names agree when
the words of one (articles, possessives, organisation suffixes and honorifics aside) are among
the other's ("Vale" = "Marcus Vale", "Lumen" = "Lumen Labs", "de vakbond" = "vakbond", "Ms
Fenwick" = "Moira Fenwick").

    PYTHONPATH=src .venv/bin/python benchmarks/extraction_eval.py [--split dev|heldout|all]
        [--errors] [--json PATH] [--only NAME ...] [--per-article] [--second [DIR]] [--root DIR]

``--second`` scores a second, blind annotator's files (the gold format, ``<stem>.second.jsonl``
in ``articles/second/``) against the gold in place of the extractor, with the same matching
except that two sentence substrings match when they overlap in the document: how far two
careful readers agree, the ceiling the extractor's numbers are read against.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"


def read_names(path: Path) -> list[str]:
    """One name per line; blank lines and ``#`` comments left out."""
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


#: The persons of the record each article is checked against: the fictional cases, and the
#: record persons of the dev-only worlds (Brightwater, Lindehof, Tessellate, Harbourline,
#: Westerveen). Persons an article
#: names who are not on the record (a lawyer, an investor) are left out on purpose: the extractor
#: must find them without help. One name per line in ``articles/names.txt``.
NAMES = read_names(ARTICLES / "names.txt")


def names_for(md: Path) -> list[str]:
    """The record persons ``md`` is checked against: its own folder's ``names.txt`` where it has
    one (``training/articles``), else ``NAMES``: one folder's persons never change another's."""
    own = md.parent / "names.txt"
    return read_names(own) if own.is_file() else NAMES


#: Words that do not tell two names apart: articles, possessives, organisation suffixes and
#: honorifics ("Ms Fenwick" and "Moira Fenwick" name the same person).
_FILLER = {
    "the", "a", "an", "his", "her", "its", "their", "de", "het", "een", "zijn", "haar", "hun",
    "s", "labs", "lab", "inc", "mr", "mrs", "ms", "miss", "dr", "mevrouw", "mevr", "meneer", "dhr",
}  # fmt: skip


def _norm(s: str) -> str:
    return " ".join(s.split())


def _toks(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


_FULL_NAME = re.compile(r"\b([A-ZÀ-Ý][\w'’-]+)\s+([A-ZÀ-Ý][\w'’-]+)\b")


def _as_named(a: str, b: str) -> str:
    """``a`` with a person's first name dropped where ``b`` names them by surname alone
    ("Ricardo Vinkenborg zei ..." against "Vinkenborg herinnert zich ..."): one name, as for
    claimants and subjects, so writing the full name costs no word."""
    for m in reversed(list(_FULL_NAME.finditer(a))):
        last = m.group(2)
        if re.search(rf"\b{re.escape(last)}\b", b) and not re.search(
            rf"[A-ZÀ-Ý][\w'’-]*\s+{re.escape(last)}\b", b
        ):
            a = a[: m.start()] + a[m.start(2) :]
    return a


def _f1(a: str, b: str) -> float:
    ta, tb = _toks(_as_named(a, b)), _toks(_as_named(b, a))
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(tb), common / len(ta)
    return 2 * p * r / (p + r)


def _initials(words: set[str], other: list[str]) -> set[str]:
    """``words`` with an initialism spelled out where ``other`` has its words in a row ("FC"
    for "Football Club", "TFA" for "Telecoms Fairness Authority"): one name either way."""
    out = set(words)
    for w in words:
        n = len(w)
        for k in range(len(other) - n + 1) if 2 <= n <= 5 else ():
            run = other[k : k + n]
            if "".join(t[0] for t in run) == w:
                out = (out - {w}) | set(run)
    return out


def same_name(gold: str | None, got: str | None) -> bool:
    if gold is None or got is None:
        return gold is None and got is None
    g = {t for t in _toks(gold) if t not in _FILLER}
    h = {t for t in _toks(got) if t not in _FILLER}
    g, h = _initials(g, _toks(got)), _initials(h, _toks(gold))
    return bool(g and h) and (g <= h or h <= g)


def record_person(name: str | None, names: list[str] | None = None) -> str | None:
    """The record person ``record_person.resolve_subject`` would search for ``name``, with ``NAMES`` as
    the record: a name containing the phrase, else its last word; one exact, one containing all
    its words, or the only one. A subject that names no record person (an organisation, a thing)
    sends the checker to the whole archive, whatever its wording."""
    if not name:
        return None
    wanted = " ".join(name.lower().split())
    names = NAMES if names is None else names
    found = [p for p in names if wanted in p.lower()]
    if not found:
        found = [p for p in names if wanted.split()[-1] in p.lower()]
    exact = [p for p in found if p.lower() == wanted]
    if len(exact) == 1:
        return exact[0]
    close = [p for p in found if set(wanted.split()) <= set(p.lower().split())]
    if len(close) == 1:
        return close[0]
    return found[0] if len(found) == 1 else None


@dataclass
class Result:
    gold: int = 0
    extracted: int = 0
    matched: int = 0
    claimant_ok: int = 0
    subject_ok: int = 0
    record_ok: int = 0
    skips: int = 0
    skips_skipped: int = 0
    skip_reason_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, o: Result) -> None:
        for k in (
            "gold",
            "extracted",
            "matched",
            "claimant_ok",
            "subject_ok",
            "record_ok",
            "skips",
        ):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.skips_skipped += o.skips_skipped
        self.skip_reason_ok += o.skip_reason_ok
        self.errors += o.errors

    def numbers(self) -> dict[str, Any]:
        def r(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        return {
            "gold": self.gold,
            "extracted": self.extracted,
            "matched": self.matched,
            "precision": r(self.matched, self.extracted),
            "recall": r(self.matched, self.gold),
            "claimant_accuracy": r(self.claimant_ok, self.matched),
            "subject_accuracy": r(self.subject_ok, self.matched),
            "record_subject_accuracy": r(self.record_ok, self.matched),
            "gold_skips": self.skips,
            "skipped": self.skips_skipped,
            "skip_reason_agreement": r(self.skip_reason_ok, self.skips_skipped),
        }


@dataclass(frozen=True)
class Found:
    """One extracted (or second-annotated) claim, in the terms the scoring compares."""

    original: str
    text: str
    claimant: str | None
    subject: str | None


@dataclass(frozen=True)
class Passed:
    """One sentence skipped, with the reason given."""

    original: str
    reason: str


def _span(text: str, part: str) -> tuple[int, int] | None:
    i = text.find(part)
    return None if i < 0 else (i, i + len(part))


def overlapping(document: str):
    """``contains`` for a second annotator: two sentence substrings match when they overlap in
    the document (annotators cut a sentence differently: a clause, the whole sentence)."""
    doc = _norm(document)

    def contains(gold_sentence: str, other: str) -> bool:
        a, b = _norm(gold_sentence), _norm(other)
        sa, sb = _span(doc, a), _span(doc, b)
        if sa is None or sb is None:
            return a in b or b in a
        return sa[0] < sb[1] and sb[0] < sa[1]

    return contains


def from_annotation(path: Path) -> tuple[list[Found], list[Passed]]:
    """A second annotator's lines (the gold format) as claims found and sentences skipped."""
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    found = [
        Found(r["sentence"], r["claim"], r.get("claimant"), r.get("subject"))
        for r in rows
        if "skip" not in r
    ]
    return found, [Passed(r["sentence"], r["skip"]) for r in rows if "skip" in r]


def from_extractor(md: Path) -> tuple[list[Found], list[Passed]]:
    """What ``claims_from_file`` extracts from ``md``, with the record's person names."""
    from onrecord.check.claims.extract import Skipped, claims_from_file

    skipped: list[Skipped] = []
    got = claims_from_file(md, names=names_for(md), skipped=skipped)
    return (
        [Found(c.original, c.text, c.claimant, c.subject) for c in got],
        [Passed(s.original, s.reason) for s in skipped],
    )


def gold_lines(md: Path) -> list[dict[str, Any]]:
    """The gold lines of ``md`` (``<stem>.gold.jsonl``), claims and skips in document order."""
    lines = md.with_suffix(".gold.jsonl").read_text("utf-8").splitlines()
    return [g for g in (json.loads(x) for x in lines if x.strip()) if g]


def front_fields(text: str) -> dict[str, Any]:
    """A document's front matter as the extractor reads it (strict YAML, else the lenient form)."""
    from onrecord.check.claims.transcript import lenient_front_matter
    from onrecord.ingest.documents import split_front_matter

    return split_front_matter(text)[0] or (lenient_front_matter(text) or ({}, 0))[0]


def writer_of(md: Path) -> str:
    """Who wrote a gold article: ``dev``; ``h7``.. or ``t1``.. by the file's prefix (one writer
    each); ``ours`` for the project's own held-out documents."""
    if md.parent.name == "dev":
        return "dev"
    m = re.match(r"([ht]\d+)-", md.stem)
    return m.group(1) if m else "ours"


def evaluate(md: Path, annotation: Path | None = None) -> Result:
    """Score the extractor on ``md`` against its gold; with ``annotation``, score that second
    annotator's file instead (the same matching, sentences matched by overlap)."""
    gold = gold_lines(md)
    text = md.read_text("utf-8")
    author = (front_fields(text).get("author") or "").strip() or None
    if annotation is None:
        got, skipped = from_extractor(md)

        def contains(gold_sentence: str, original: str) -> bool:
            return _norm(gold_sentence) in _norm(original)
    else:
        got, skipped = from_annotation(annotation)
        contains = overlapping(text)
    names = names_for(md)
    res = Result()
    want = [g for g in gold if "skip" not in g]
    res.gold, res.extracted = len(want), len(got)
    pairs = []
    for i, c in enumerate(got):
        for j, g in enumerate(want):
            if contains(g["sentence"], c.original):
                score = _f1(g["claim"], c.text)
                if score >= 0.5:
                    pairs.append((score, i, j))
    used_i: set[int] = set()
    used_j: set[int] = set()
    for _, i, j in sorted(pairs, reverse=True):
        if i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        c, g = got[i], want[j]
        res.matched += 1
        claimant = None if c.claimant in (None, author) else c.claimant
        if same_name(g["claimant"], claimant):
            res.claimant_ok += 1
        else:
            res.errors.append(f"{md.name}: claimant {claimant!r}, gold {g['claimant']!r}: {c.text}")
        if record_person(g["subject"], names) == record_person(c.subject, names):
            res.record_ok += 1
        if same_name(g["subject"], c.subject):
            res.subject_ok += 1
        else:
            res.errors.append(f"{md.name}: subject {c.subject!r}, gold {g['subject']!r}: {c.text}")
    for i, c in enumerate(got):
        if i not in used_i:
            res.errors.append(f"{md.name}: extra claim: {c.text}")
    for j, g in enumerate(want):
        if j not in used_j:
            res.errors.append(f"{md.name}: missed: {g['claim']}")
    for g in gold:
        if "skip" not in g:
            continue
        res.skips += 1
        hit = [s for s in skipped if contains(g["sentence"], s.original)]
        if hit:
            res.skips_skipped += 1
            if hit[0].reason == g["skip"]:
                res.skip_reason_ok += 1
            else:
                res.errors.append(
                    f"{md.name}: skipped as {hit[0].reason}, gold {g['skip']}: {g['sentence']}"
                )
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "heldout", "all"], default="dev")
    ap.add_argument("--errors", action="store_true", help="List every mismatch.")
    ap.add_argument("--json", type=Path, default=None, help="Write the numbers here.")
    ap.add_argument(
        "--only", nargs="+", default=None, metavar="NAME", help="Only these articles (stems)."
    )
    ap.add_argument("--per-article", action="store_true", help="Also print each article's line.")
    ap.add_argument(
        "--second",
        nargs="?",
        type=Path,
        const=ARTICLES / "second",
        default=None,
        metavar="DIR",
        help="Score a second annotator's <stem>.second.jsonl files (default articles/second) "
        "against the gold instead of the extractor: how far two careful readers agree.",
    )
    ap.add_argument(
        "--root",
        type=Path,
        default=None,
        metavar="DIR",
        help="Score the gold articles in DIR instead of a split (e.g. training/articles).",
    )
    args = ap.parse_args(argv)
    splits = ["dev", "heldout"] if args.split == "all" else [args.split]
    folders = {args.root.name: args.root} if args.root else {s: ARTICLES / s for s in splits}
    out: dict[str, Any] = {}
    for split, folder in folders.items():
        total = Result()
        files = [f for f in sorted(folder.glob("*.md")) if f.with_suffix(".gold.jsonl").is_file()]
        if args.only:
            files = [f for f in files if f.stem in args.only]
        if args.second:
            files = [f for f in files if (args.second / f"{f.stem}.second.jsonl").is_file()]
        for md in files:
            one = evaluate(md, args.second / f"{md.stem}.second.jsonl" if args.second else None)
            total.add(one)
            if args.per_article:
                m = one.numbers()
                print(
                    f"  {md.stem}: gold {m['gold']} extracted {m['extracted']} | precision "
                    f"{m['precision']:.3f} recall {m['recall']:.3f} | claimant "
                    f"{m['claimant_accuracy']:.1%} subject {m['subject_accuracy']:.1%} "
                    f"(record {m['record_subject_accuracy']:.1%})"
                )
        n = total.numbers()
        out[split] = {"articles": len(files), **n}
        print(
            f"{split}: {len(files)} articles, {n['gold']} gold claims, {n['extracted']} extracted, "
            f"{n['matched']} matched | precision {n['precision']:.3f} recall {n['recall']:.3f} | "
            f"claimant {n['claimant_accuracy']:.1%} subject {n['subject_accuracy']:.1%} "
            f"(record {n['record_subject_accuracy']:.1%}) | "
            f"skips {n['skipped']}/{n['gold_skips']} skipped, reason agrees "
            f"{n['skip_reason_agreement']:.1%}"
        )
        if args.errors:
            for e in total.errors:
                print("  " + e)
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
