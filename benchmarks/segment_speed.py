"""Throughput of :func:`onrecord.mail.segment.segment_body` on realistic mail bodies.

Run: ``.venv/bin/python -W ignore benchmarks/segment_speed.py [--archive DIR] [--corpora DIR]``

Loads the bodies once: every message of a generated archive (a Maildir, by default
``/tmp/bench-archives/archive-10000-seed0``, see ``benchmarks/generate_archive.py``), every mail of
``notmuch-corpora``, the ``bigbang-mailing-lists`` mbox files and the ``reply-*`` fixture texts
(``.txt`` as plain bodies, ``.eml`` parsed, ``.html`` through ``html_to_text``). Then prints
bodies/s for ``segment_body`` (best of ``--repeat`` passes), per source and over all.

``--dump FILE`` writes every body's segments (kind, start, end, author name/email, date, offset,
depth), also with signatures learned per sender (``known_signatures``); ``--check FILE``
compares the current output against such a dump and exits 1 on the first differences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from onrecord.ingest import mbox
from onrecord.mail.mime import parse_mail
from onrecord.mail.segment import segment_body
from onrecord.mail.signatures import learn_signatures
from onrecord.record.model import Address, Segment

ARCHIVE = Path("/tmp/bench-archives/archive-10000-seed0")
CORPORA = Path("/work/shared/corpora")


@dataclass(slots=True)
class Body:
    source: str
    name: str
    text: str
    sender: Address | None
    date: datetime | None
    spans: list[tuple[int, int]]
    offset: int | None
    known: Sequence[str] = ()


def _from_mail(source: str, name: str, data: bytes) -> Body | None:
    try:
        mail = parse_mail(data)
    except Exception:  # a corpus message we cannot parse is not a body
        return None
    return Body(
        source,
        name,
        mail.body_text,
        mail.from_[0] if mail.from_ else None,
        mail.date,
        list(mail.html_quote_spans or []),
        mail.date_offset_min,
    )


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def load(archive: Path, corpora: Path) -> list[Body]:
    out: list[Body] = []
    if archive.is_dir():
        for p in _files(archive):
            b = _from_mail("archive", str(p.relative_to(archive)), p.read_bytes())
            if b is not None:
                out.append(b)
    nm = corpora / "notmuch-corpora"
    if nm.is_dir():
        for p in _files(nm):
            if p.name in ("README", "SOURCE.md"):
                continue
            b = _from_mail("notmuch", str(p.relative_to(nm)), p.read_bytes())
            if b is not None:
                out.append(b)
    bb = corpora / "bigbang-mailing-lists"
    if bb.is_dir():
        for p in _files(bb):
            if p.read_bytes()[:5] != b"From ":
                continue
            for item in mbox.read(p):
                if item.error:
                    continue
                b = _from_mail("bigbang", f"{p.name}:{item.locator}", item.data)
                if b is not None:
                    out.append(b)
    from onrecord.text.html import html_to_text

    for d in sorted(corpora.glob("reply-*")):
        for p in _files(d):
            name = f"{d.name}/{p.relative_to(d)}"
            if p.suffix == ".txt":
                text = p.read_text("utf-8", errors="replace")
                out.append(Body("reply", name, text, None, None, [], None))
            elif p.suffix == ".eml":
                b = _from_mail("reply", name, p.read_bytes())
                if b is not None:
                    out.append(b)
            elif p.suffix == ".html":
                text, spans = html_to_text(p.read_text("utf-8", errors="replace"))
                out.append(Body("reply", name, text, None, None, spans, None))
    return out


def _with_known(bodies: list[Body]) -> list[Body]:
    """Archive bodies again, each with the signatures learned from its sender's bodies."""
    by_sender: dict[str, list[Body]] = defaultdict(list)
    for b in bodies:
        if b.sender is not None and b.sender.email:
            by_sender[b.sender.email].append(b)
    out = []
    for group in by_sender.values():
        known = learn_signatures([b.text for b in group]) if len(group) >= 3 else []
        if known:
            out.extend(
                Body("known", b.name, b.text, b.sender, b.date, b.spans, b.offset, known)
                for b in group
            )
    return out


def run(b: Body) -> list[Segment]:
    return segment_body(
        b.text, b.sender, b.date, b.spans, known_signatures=b.known, date_offset_min=b.offset
    )


def _row(seg: Segment) -> list:
    return [
        str(seg.kind),
        seg.start,
        seg.end,
        seg.author_name,
        seg.author_email,
        seg.date.isoformat() if seg.date else None,
        seg.date_offset_min,
        seg.depth,
    ]


def dump(bodies: list[Body]) -> list[dict]:
    return [{"src": b.source, "name": b.name, "segs": [_row(s) for s in run(b)]} for b in bodies]


def timeit(bodies: list[Body], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for b in bodies:
            run(b)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dump", type=Path, help="write every body's segments to this file")
    ap.add_argument("--check", type=Path, help="compare every body's segments with this dump")
    ap.add_argument("--no-time", action="store_true", help="only --dump / --check")
    args = ap.parse_args()

    t0 = time.perf_counter()
    bodies = load(args.archive, args.corpora)
    known = _with_known([b for b in bodies if b.source == "archive"])
    print(f"loaded {len(bodies)} bodies (+{len(known)} with learned signatures) "
          f"in {time.perf_counter() - t0:.1f}s")  # fmt: skip

    status = 0
    if args.dump or args.check:
        got = dump(bodies + known)
        if args.dump:
            args.dump.write_text(json.dumps(got, ensure_ascii=False) + "\n")
            print(f"dumped {len(got)} bodies to {args.dump}")
        if args.check:
            want = json.loads(args.check.read_text())
            diffs = [(w["src"], w["name"]) for w, g in zip(want, got, strict=False) if w != g]
            if len(want) != len(got):
                print(f"CHECK FAILED: {len(got)} bodies, the dump has {len(want)}")
                status = 1
            if diffs:
                print(f"CHECK FAILED: {len(diffs)} bodies differ, e.g.")
                for src, name in diffs[:10]:
                    print(f"  {src} {name}")
                status = 1
            if not status:
                print(f"check OK: {len(got)} bodies identical to {args.check}")
    if args.no_time:
        return status

    groups: dict[str, list[Body]] = defaultdict(list)
    for b in bodies:
        groups[b.source].append(b)
    groups["known"] = known
    print(f"{'source':<10} {'bodies':>7} {'MB':>6} {'best s':>8} {'bodies/s':>10}")
    for name, group in [*groups.items(), ("ALL", bodies)]:
        if not group:
            continue
        secs = timeit(group, args.repeat)
        mb = sum(len(b.text) for b in group) / 1e6
        print(f"{name:<10} {len(group):>7} {mb:>6.1f} {secs:>8.3f} {len(group) / secs:>10.0f}")
    return status


if __name__ == "__main__":
    sys.exit(main())
