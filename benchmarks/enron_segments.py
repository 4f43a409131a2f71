"""Score segmentation on hand-labelled Enron mail: who wrote each part of a Notes/Outlook message.

    PYTHONPATH=src .venv/bin/python benchmarks/enron_segments.py [--corpus DIR] [--failures]
        [--scan]

The labels (``benchmarks/data/enron-segments/labels.jsonl``) are a seeded sample (``random.Random
(14).sample`` of the sorted distinct Message-IDs) of ``../shared/corpora/enron-mbox``, labelled by
reading each message's decoded body, not by running the segmenter. Each labelled segment starts at
a line of the body (its index in ``body_text.splitlines()`` and its first 24 characters, which the
script checks) and runs to the next labelled segment. Kinds:

- ``authored``: the sender's own text; ``quoted`` / ``forwarded``: an earlier message, with its
  writer as its header names it (the SMTP address where the header has one, else the name as
  written; empty where the header names nobody). A part is ``forwarded`` when what introduces
  it is a forward marker ("Forwarded by …", "Inline attachment follows") or a header block with
  a ``FW:`` subject, else ``quoted``.
- ``header``: the lines that introduce a quoted or forwarded part (Notes name/date/To/cc/Subject
  blocks, "-----Original Message-----" blocks, forward markers, GroupWise ``>>>`` lines).
- ``signature``: sign-offs, signature blocks, disclaimers, list footers.

Attachment placeholders (" - x.doc", "<<x.doc>>") were not labelled apart: they belong to the
segment they stand in. Inline answers written into a quoted message without marks (message 56)
are labelled as they are, own and quoted paragraphs alternating.

Splits and protocol. The sample is 548 messages (541 after round 5, 7 more in round 7
below): indices 0-367 of the seeded draw (the draw's ``n`` is in each label) and 80 messages of
round 4 (``n`` 368-447, drawn by class of header block, below). Labelling and rule building went in rounds, and a split is "held out"
only for the rules written before its failures were looked at:

- round 1: messages 0-104 were labelled first; the Notes rules (:mod:`onrecord.mail.notes`,
  the header-line and sign-off changes) were built on their failures. Messages 105-309 were then
  labelled and scored once with those rules frozen (commit 3047725): segments 640/748 85.6%,
  exact kind 95.9%, authors of quoted/forwarded text 149/168 88.7%, 200/1237 header lines in a
  statement.
- round 2: the failures of messages 105-204 were used too (``dev`` = 0-204 now); messages
  205-309 (``heldout``) have not been looked at since and are reported apart.
- round 3 (branch ``enron``): messages 310-367 of the same draw were labelled from their
  decoded bodies before any rule was written on them and added to ``dev``; the rules were
  built on the dev failures and on header-like statements of the other messages of the corpus
  (a scan that leaves the held-out messages out). The held-out split was scored twice, before
  and after, numbers only.
- round 4 (branch ``enron3``): 80 more ``dev`` messages (``n`` 368-447), drawn to hold the
  less common header blocks: ``data/enron-segments/draw_round4.py`` puts every message of the
  corpus (at most 150 body lines, none of the 368 nor their bodies) in the classes whose
  pattern its body matches (Outlook "-----Original Message-----" with From/Sent, Notes To/cc
  with wrapped recipients, "NAME@ORG on DATE", "From: X on DATE", "Forwarded by", Date:,
  Importance:, bcc:, a raw RFC 822 header, Dutch/German/French/Spanish field words) and takes
  them round-robin, rarest class first (``random.Random(1404)``). They were labelled from their
  decoded bodies before the segmenter was run on them; the rules were then written on the dev
  failures and on header-like statements of the corpus outside the held-out messages.

Scores, per split:

- segment accuracy: an authored / quoted / forwarded segment is right when at least 80% of its
  non-blank lines lie in predicted segments of its kind (quoted and forwarded count as one kind,
  "someone else's"; the exact kind is reported apart); a header or signature segment is right
  when none of its lines is part of a statement.
- authors: of the quoted and forwarded segments whose header names a writer, the share whose
  lines are mostly attributed to that writer (addresses compared case-blind; names compared
  without quotes, a Notes hierarchy ``/OU/ORG`` or a Notes domain ``@ORG``).
- header lines as statements: labelled header lines that some statement covers (target 0).

Measured (2026-12-04; before = main at 43a5d00, after = branch ``notes``):

    split    msgs   segments        exact kind      authors q/fwd    header lines spoken
    before   310    606/1198 50.6%  426/608 70.1%    95/290 32.8%     1205/1966
    dev      205    715/781  91.5%  377/406 92.9%   191/194 98.5%       25/1221
    heldout  105    358/417  85.9%  195/202 96.5%    83/96  86.5%      128/745
    all      310   1073/1198 89.6%  572/608 94.1%   274/290 94.5%      153/1966

Round 3 (before = main at 6141386, after = branch ``enron``; dev holds the 58 new messages):

    split    msgs   segments        exact kind      authors q/fwd    header lines spoken
    dev      263    897/984  91.2%  472/504 93.7%   229/234 97.9%       27/1456   before
    heldout  105    359/417  86.1%  195/202 96.5%    83/96  86.5%      128/745    before
    dev      263    941/984  95.6%  478/504 94.8%   234/234 100.0%       1/1456   after
    heldout  105    381/417  91.4%  198/202 98.0%    91/96  94.8%       49/745    after
    all      368   1322/1401 94.4%  676/706 95.8%   325/330 98.5%       50/2201   after

Round 4 (before = main at f67ba3f with the 80 new labels, after = branch ``enron3``; "new 80"
is the part of dev labelled in round 4):

    split    msgs   segments        exact kind      authors q/fwd    header lines spoken
    new 80    80    436/458  95.2%  200/205 97.6%   136/139 97.8%       10/973    before
    dev      343   1377/1442 95.5%  678/709 95.6%   370/373 99.2%       11/2429   before
    heldout  105    381/417  91.4%  198/202 98.0%    91/96  94.8%       49/745    before
    new 80    80    438/458  95.6%  200/205 97.6%   136/139 97.8%        0/973    after
    dev      343   1380/1442 95.7%  678/709 95.6%   370/373 99.2%        0/2429   after
    heldout  105    381/417  91.4%  198/202 98.0%    91/96  94.8%       49/745    after

Round 5 (branch ``enron5``): the old held-out failures were looked at to name their header
shapes only (so ``heldout`` is no longer clean). 33 ``dev`` messages (``n`` 448-480) were drawn
by those shapes (``data/enron-segments/draw_round5.py``: "Sent by:" lines, "From: NAME on DATE"
over another line, a header drawn as a text table, a two-column header with To/cc alone at a
line's end, a Notes header under ``>``, an Exchange From with ``[mailto:IMCEANOTES-…]``; plus 8
at random) and a new held-out split ``heldout2`` (``n`` 481-540: 60 messages at random,
``random.Random(1506)``, at most 150 body lines), labelled from their bodies before the segmenter
was run on them. Before = main at 9a09b54 with the new labels, after = branch ``enron5``:

    split    msgs   segments        exact kind      authors q/fwd    header lines spoken
    dev      376   1564/1642 95.2%  766/798  96.0%  421/432  97.5%      73/2910   before
    heldout  105    381/417  91.4%  198/202  98.0%    91/96  94.8%      49/745    before
    heldout2  60    191/205  93.2%    99/99 100.0%    38/40  95.0%       0/225    before
    dev      376   1572/1642 95.7%  767/798  96.1%  429/432  99.3%       0/2910   after
    heldout  105    382/417  91.6%  198/202  98.0%    92/96  95.8%      27/745    after
    heldout2  60    191/205  93.2%    99/99 100.0%    38/40  95.0%       0/225    after

Round 6 (branch ``enron6``): no new labels; the dev segment failures were sorted by kind
(70 before: 24 inline answers of message 56, 19 sign-offs by name with more text under them,
10 footers and notices, 8 signature blocks, 4 other sign-offs, 3 abbreviated valedictions,
2 notices that took text) and the sign-off classes fixed (:func:`onrecord.mail.signature_blocks.
signoffs_inside`: the writer's name closing a paragraph above a P.S., a pasted document,
attachment lines or a notice; valedictions over longer contact blocks; "Brgrds"). The held-out
splits were scored before and after, their failures counted by kind only. Before = main at
36822c9, after = branch ``enron6``:

    split    msgs   segments        exact kind      authors q/fwd    header lines spoken
    dev      376   1572/1642 95.7%  767/798  96.1%  429/432  99.3%       0/2910   before
    heldout  105    382/417  91.6%  198/202  98.0%    92/96  95.8%      27/745    before
    heldout2  60    191/205  93.2%    99/99 100.0%    38/40  95.0%       0/225    before
    dev      376   1591/1642 96.9%  767/798  96.1%  429/432  99.3%       0/2910   after
    heldout  105    387/417  92.8%  198/202  98.0%    92/96  95.8%      27/745    after
    heldout2  60    196/205  95.6%    99/99 100.0%    38/40  95.0%       0/225    after

Round 7 (branch ``enron7``): the four header shapes that the old held-out split's failure
counts had named (a "Sent by:" line over blank lines, sender details such as "Extn:" between
"From: NAME on DATE" and To, a two-column header with To on its name line and a cc list wrapped
mid-address, a two-column header re-wrapped under ``>>>>``) were handled from the Notes forms,
with synthetic fixtures (``tests/test_enron_round7.py``); answers typed in capitals into a
quoted message, announced above it ("responses below in ALL CAPS"), are the replier's
(:mod:`onrecord.mail.inline_answers`; dev message 56). A corpus-wide diff of the segmentation
before and after showed three unlabelled messages with the body of an old held-out message (so
that split, already not clean, was seen once more; no rule was changed after it); later diffs
left such duplicates out. 7 ``dev`` messages (``n`` 541-547) were drawn by those shapes
(``data/enron-segments/draw_round7.py``; outside the labelled splits the corpus holds hardly any:
no "Extn:" or ``>>>>`` header at all) and labelled from their decoded bodies after the rules were
written, two of them after their segmentation had been looked at (n 543, and the lower half of
n 542, which another message repeats). Before = main at 0e3fd16 with the new labels, after =
branch ``enron7``; ``heldout2`` is the clean number, ``heldout`` is not clean:

    split    msgs   segments        exact kind      authors q/fwd    header lines spoken
    dev      383   1654/1709 96.8%  796/831  95.8%  451/454  99.3%      0/3022   before
    heldout  105    387/417  92.8%  198/202  98.0%   92/96  95.8%      27/745    before
    heldout2  60    196/205  95.6%    99/99 100.0%   38/40  95.0%       0/225    before
    dev      383   1682/1709 98.4%  824/831  99.2%  451/454  99.3%      0/3022   after
    heldout  105    390/417  93.5%  198/202  98.0%   95/96  99.0%       0/745    after
    heldout2  60    196/205  95.6%    99/99 100.0%   38/40  95.0%       0/225    after

``--scan`` also counts, over every message of the corpus, statements that look like mail header
lines to a rule independent of the segmenter (two of To:/cc:/Subject:, a Notes date line with
To:, or a "Forwarded by … on" marker): 3,515 before, 136 after round 2, 30 after round 3 (a
wider rule than the issue's count of 650; about a minute).
"""

from __future__ import annotations

import argparse
import json
import mailbox
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from onrecord.mail.analyze import reanalyze_mail
from onrecord.record.model import MessageRecord, SegmentKind

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "enron-segments" / "labels.jsonl"
CORPUS = HERE.parent.parent / "shared" / "corpora" / "enron-mbox"
OTHERS = {"quoted", "forwarded"}
SILENT = {"header", "signature"}
_NOT_STATEMENT = {SegmentKind.SIGNATURE, SegmentKind.DISCLAIMER, SegmentKind.BOILERPLATE}
_EMAIL = re.compile(r"^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$")
_HEADERISH = re.compile(
    r"(?:\b(?:To|cc|Subject)\s*:.*){2}|\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}\s*[AP]M.{0,80}\bTo\s*:"
    r"|-{3,}\s*Forwarded by .{1,80} on \d",
    re.IGNORECASE | re.DOTALL,
)


def norm_author(value: str) -> str:
    """A comparable form of a writer: the address, or the bare name."""
    s = value.strip().strip("\"'").strip().lower()
    if _EMAIL.match(s):
        return s
    s = re.sub(r"\[mailto:[^\]]*\]|<[^>]*>", "", s)
    s = re.split(r"[/\\]", s)[0].split("@")[0]
    return " ".join(s.replace('"', "").replace("'", "").split()).strip(" ,")


def same_author(label: str, name: str, email: str) -> bool:
    want = norm_author(label)
    if _EMAIL.match(want):
        return email.lower() == want
    return bool(want) and norm_author(name) == want


def load_messages(corpus: Path, wanted: dict[str, set[str]]) -> dict[str, bytes]:
    """Raw bytes of the wanted Message-IDs, per mbox file."""
    found: dict[str, bytes] = {}
    for fname, ids in sorted(wanted.items()):
        for msg in mailbox.mbox(str(corpus / fname), create=False):
            mid = (msg["Message-ID"] or "").strip()
            if mid in ids:
                found[mid] = msg.as_bytes()
    return found


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line as ``str.splitlines`` cuts them (the labels' line numbers)."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def score_message(
    rec: MessageRecord, label: dict, tally: dict[str, Counter], fails: list[str]
) -> None:
    text = rec.body_text
    spans = line_spans(text)
    lines = [text[s:e] for s, e in spans]
    segs = rec.segments
    stmt = [(st.start, st.end) for st in rec.statements]

    def seg_at(k: int):
        s, e = spans[k]
        first = s + len(lines[k]) - len(lines[k].lstrip())
        for seg in segs:
            if seg.start <= first < seg.end or (seg.start <= first and first == seg.end == e):
                return seg
        return None

    def spoken(k: int) -> bool:
        s, e = spans[k]
        return any(a < e and s < b for a, b in stmt)

    labelled = label["segments"]
    for idx, want in enumerate(labelled):
        start = want["line"]
        if start >= len(lines) or not lines[start].strip().startswith(want["prefix"]):
            raise SystemExit(f"label does not fit {label['message_id']} line {start}")
        stop = labelled[idx + 1]["line"] if idx + 1 < len(labelled) else len(lines)
        todo = [k for k in range(start, stop) if lines[k].strip()]
        kind = want["kind"]
        where = f"{label['n']} {label['message_id']} line {start} {kind}"
        if kind in SILENT:
            bad = [k for k in todo if spoken(k)]
            tally["segments"]["total"] += 1
            tally["segments"]["right"] += not bad
            if kind == "header":
                tally["header"]["lines"] += len(todo)
                tally["header"]["spoken"] += len(bad)
            if bad:
                fails.append(f"{where}: statement on {lines[bad[0]].strip()[:70]!r}")
            continue
        got = [seg_at(k) for k in todo]
        kinds = [g.kind.value if g else "none" for g in got]
        merged = ["other" if x in OTHERS else x for x in kinds]
        target = "other" if kind in OTHERS else kind
        share = sum(x == target for x in merged) / len(todo)
        exact = sum(x == kind for x in kinds) / len(todo)
        tally["segments"]["total"] += 1
        tally["segments"]["right"] += share >= 0.8
        tally["exact"]["total"] += 1
        tally["exact"]["right"] += exact >= 0.8
        tally["lines"]["total"] += len(todo)
        tally["lines"]["right"] += sum(x == target for x in merged)
        if share < 0.8:
            fails.append(f"{where}: got {Counter(kinds).most_common(2)}")
        if kind in OTHERS and want.get("author"):
            who = Counter(
                (g.author_name, g.author_email) for g in got if g and g.kind.value in OTHERS
            ).most_common(1)
            ok = bool(who) and same_author(want["author"], *who[0][0])
            tally["authors"]["total"] += 1
            tally["authors"]["right"] += ok
            if not ok:
                fails.append(f"{where}: author {want['author']!r}, got {who[:1]}")


def scan(corpus: Path) -> tuple[int, int]:
    """(statements that look like header lines, messages) over the whole corpus."""
    count = messages = 0
    seen: set[str] = set()
    for path in sorted(corpus.glob("enron.*")):
        for msg in mailbox.mbox(str(path), create=False):
            mid = (msg["Message-ID"] or "").strip()
            if mid in seen:
                continue
            seen.add(mid)
            messages += 1
            rec = reanalyze_mail(msg.as_bytes(), [])
            count += sum(1 for st in rec.statements if _HEADERISH.search(st.text))
    return count, messages


def score(corpus: Path) -> tuple[dict[str, dict[str, Counter]], dict[str, list[str]]]:
    """(tallies, failures) per split ("dev", "heldout", "heldout2", "all") over the labelled
    sample."""
    labels = [json.loads(x) for x in LABELS.read_text().splitlines() if x.strip()]
    wanted: dict[str, set[str]] = defaultdict(set)
    for lab in labels:
        wanted[lab["file"]].add(lab["message_id"])
    raw = load_messages(corpus, wanted)
    tallies: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    fails: dict[str, list[str]] = defaultdict(list)
    for lab in labels:
        rec = reanalyze_mail(raw[lab["message_id"]], [])
        for split in (lab["split"], "all"):
            score_message(rec, lab, tallies[split], fails[split])
        tallies[lab["split"]]["messages"]["total"] += 1
        tallies["all"]["messages"]["total"] += 1
    return tallies, fails


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--failures", action="store_true", help="list each wrong segment")
    ap.add_argument("--scan", action="store_true", help="count header-like statements corpus-wide")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    tallies, fails = score(args.corpus)
    print(f"{'split':8} {'msgs':>5} {'segments':>16} {'exact kind':>16} {'lines':>18} "
          f"{'authors q/fwd':>16} {'header lines spoken':>20}")  # fmt: skip
    for split in ("dev", "heldout", "heldout2", "all"):
        t = tallies[split]
        if not t:
            continue

        def pct(name: str, t: dict[str, Counter] = t) -> str:
            right, total = t[name]["right"], t[name]["total"]
            return f"{right}/{total} {100 * right / max(total, 1):5.1f}%"

        spoken = f"{t['header']['spoken']}/{t['header']['lines']}"
        print(f"{split:8} {t['messages']['total']:5d} {pct('segments'):>16} {pct('exact'):>16} "
              f"{pct('lines'):>18} {pct('authors'):>16} {spoken:>20}")  # fmt: skip
    if args.failures:
        for split in ("dev", "heldout", "heldout2"):
            for line in fails[split]:
                print(f"[{split}] {line}")
    if args.scan:
        count, messages = scan(args.corpus)
        print(f"header-like statements in the corpus: {count} ({messages} distinct messages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
