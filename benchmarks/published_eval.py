"""Attribution on published mail (issue 11): forward stances, printed-mail block boundaries,
redacted senders, on the hand-made fixtures in ``benchmarks/data/published/``.

    PYTHONPATH=src .venv/bin/python benchmarks/published_eval.py [--split dev|test|all] [--failures]

- **forwards** (``forwards/<split>/*.eml``): a forward with a comment on top. Its header
  ``X-Expected-Stance`` (agree | disagree | none) is the comment's stance on the forwarded
  message, ``X-Expected-Endorsed`` how many forwarded statements it endorses (salutations and
  sign-offs never count). A case is right when the stance found and the number of forwarded
  statements it targets both match.
- **pages** (``pages/<split>/*.html``, ``*.md`` or ``*.txt`` (a PDF exhibit's text, pages
  separated by form feeds), each with a ``.json`` sidecar): a page printing mails
  between its own paragraphs. Per printed mail, its sender and the last sentence of its body;
  ``prose``: sentences the page's author wrote. A mail's boundary is right when its printed
  copy's last statement is the expected one; a prose sentence is right when it is a statement
  of the page (not of a printed mail).
- **redacted** (``redacted/<split>/*.eml``): mails with redacted addresses. ``X-Expected-Sender``
  is the sender's display name (``unknown`` for an unnamed redacted sender): right when the
  parsed sender has that name and no address (a redaction mark kept as an address would merge
  everybody whose address was withheld), and no recipient keeps a mark as address either.

- **copies** (``copies/<split>/``): original mails (.eml, with same-day decoys by the same
  senders), a page of its own, and the pages of ``pages/<split>/`` that print them; ``expected.json`` names, per page and printed mail, the
  Message-ID of its original. Everything is ingested into a temporary database; a printed mail
  is right when it is linked as a copy of exactly that original.

``dev`` is what rules were written against; ``test`` was written before the rules were run on it
and is the split to report.
"""

from __future__ import annotations

import argparse
import email
import json
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from onrecord.engines.local import ingest
from onrecord.mail.analyze import analyze, reanalyze_mail
from onrecord.record.model import ItemKind, MessageRecord, RawItem, SegmentKind
from onrecord.record.store import Store

DATA = Path(__file__).resolve().parent / "data" / "published"
SPLITS = ("dev", "test")


@dataclass
class Score:
    name: str
    right: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.failures.append(what)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def _files(kind: str, split: str, ext: str) -> Iterator[Path]:
    for s in SPLITS if split == "all" else (split,):
        yield from sorted((DATA / kind / s).glob(f"*.{ext}"))


def forward_stance(rec: MessageRecord) -> tuple[str, int]:
    """The stance a mail's comment takes on what it forwards or quotes, and how many of those
    statements it endorses: ("none", 0) when it takes none."""
    quoted = (SegmentKind.FORWARDED, SegmentKind.QUOTED)
    for assent in rec.assents:
        targets = [t for t in assent.targets if rec.statements[t].kind in quoted]
        if targets:
            return assent.stance, len(targets)
    return "none", 0


def eval_forwards(split: str) -> Score:
    score = Score("forward stance")
    for path in _files("forwards", split, "eml"):
        data = path.read_bytes()
        headers = email.message_from_bytes(data)
        want = (headers["X-Expected-Stance"], int(headers["X-Expected-Endorsed"]))
        got = forward_stance(reanalyze_mail(data, []))
        score.add(got == want, f"{path.parent.name}/{path.name}: want {want}, got {got}")
    return score


def analyze_page(path: Path) -> MessageRecord:
    item = RawItem(
        source=str(path), locator=path.name, kind=ItemKind.DOCUMENT, data=path.read_bytes()
    )
    result = analyze(item)
    if result.record is None:
        raise ValueError(f"{path}: {result.error}")
    return result.record


def eval_pages(split: str) -> tuple[Score, Score]:
    bounds, prose = Score("block boundary"), Score("page prose kept")
    paths = sorted(p for ext in ("html", "md", "txt") for p in _files("pages", split, ext))
    for path in paths:
        want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        rec = analyze_page(path)
        printed = list(rec.printed)
        for i, mail in enumerate(want["mails"]):
            pm = printed[i] if i < len(printed) else None
            sender = pm.sender.email if pm and pm.sender else ""
            last = pm.statements[-1].text if pm and pm.statements else ""
            ok = pm is not None and sender == mail["from"] and last == mail["last"]
            bounds.add(ok, f"{path.name} mail {i}: want {mail['last']!r}, got {last!r}")
        own = {st.text for st in rec.statements}
        for sentence in want["prose"]:
            prose.add(sentence in own, f"{path.name}: {sentence!r} not the page's")
    return bounds, prose


def eval_redacted(split: str) -> Score:
    score = Score("redacted sender")
    for path in _files("redacted", split, "eml"):
        data = path.read_bytes()
        want = email.message_from_bytes(data)["X-Expected-Sender"]
        rec = reanalyze_mail(data, [])
        got = rec.sender.name if rec.sender else "unknown"
        marks = [a.email for a in [*([rec.sender] if rec.sender else []), *rec.to] if a.email]
        ok = got == (want or "unknown") and not marks
        score.add(ok, f"{path.name}: want {want!r}, got {got!r}, addresses {marks}")
    return score


def copies_inputs(split: str) -> list[Path]:
    """The copies set: its originals and decoys, its own pages, and the pages of the page
    boundary set (the same printed mails, not stored twice)."""
    return [DATA / "copies" / split, *sorted((DATA / "pages" / split).glob("*.html"))]


def eval_copies(split: str) -> Score:
    score = Score("copy linking")
    for s in SPLITS if split == "all" else (split,):
        folder = DATA / "copies" / s
        if not (folder / "expected.json").exists():
            continue
        want = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "copies.db")
            try:
                ingest(store, copies_inputs(s), workers=1)
                got: dict[str, list[str | None]] = {}
                for row in store.printed_mails():
                    got.setdefault(Path(row["path"]).name, []).append(row["original"])
            finally:
                store.close()
        for case in want:
            found = got.get(case["page"], [])
            link = found[case["index"]] if case["index"] < len(found) else None
            score.add(
                link == case["original"],
                f"{case['page']} mail {case['index']}: want {case['original']}, got {link}",
            )
    return score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="test")
    ap.add_argument("--failures", action="store_true", help="list every wrong case")
    args = ap.parse_args(argv)
    scores = [
        eval_forwards(args.split),
        *eval_pages(args.split),
        eval_redacted(args.split),
        eval_copies(args.split),
    ]
    print(f"split: {args.split}")
    print(f"{'measure':<22}{'right':>7}{'total':>7}{'accuracy':>10}")
    for s in scores:
        print(f"{s.name:<22}{s.right:>7}{s.total:>7}{s.accuracy:>9.1%}")
    if args.failures:
        for s in scores:
            for f in s.failures:
                print(f"  {s.name}: {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
