"""What is not an authored statement inside the sender's own text: signatures, disclaimers and
boilerplate (mobile "Sent from my iPhone" lines, mailing-list footers, unsubscribe lines).

:func:`classify_run` looks at one run of the sender's own lines (between quotes) and returns the
kind of each line that is not authored. :func:`learn_signatures` finds trailing blocks that one
sender repeats across messages, which ``segment_body(..., known_signatures=...)`` then marks.

Rules (talon-style, by position and shape rather than by content alone):
- ``-- `` / ``--`` / ``__`` on a line of its own starts a signature that runs to the end of the run;
- a longer rule line (``------``) starts one when what follows is a short block of contact lines
  (name, title, phone, links), blank lines between them or not;
- a valediction line ("Thanks,", "Best regards,", "Met vriendelijke groet,", "Mit freundlichen
  Grüßen", "Cordialement", …) followed by a short block of name/title/phone lines to the end of
  the run is a signature, the valediction included;
- a short final block that looks like contact details (phone numbers, addresses, URLs, the
  sender's name on a line of its own) is a signature;
- a valediction and a name over a rule line sign off though text follows the rule; a closing
  formula ("Best regards.") signs off with no name under it; a final line that is the name the
  text says it was sent on behalf of is a sign-off;
- a letterhead (an organisation's name and contact lines) opening the run is a signature;
- mobile client lines ("Sent from my iPhone", "Verstuurd vanaf mijn iPhone", "Von meinem iPhone
  gesendet", "Envoyé de mon iPhone", "Get Outlook for iOS"), free mail services' taglines ("Do
  You Yahoo!?") and mailing-list footers are boilerplate; confidentiality notices are
  disclaimers, and so are copyright, virus-scan and firm notices where one opens a short
  paragraph, and whatever a pair of rule lines frames with such a notice.

The phrases are :mod:`onrecord.mail.footers`'; the name and contact blocks at the end are
:mod:`onrecord.mail.signature_blocks`'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from onrecord.mail.footers import AD_FOOTER as _AD_FOOTER
from onrecord.mail.footers import AD_WORDS as _AD_WORDS
from onrecord.mail.footers import BARE_VALEDICTION as _BARE_VALEDICTION
from onrecord.mail.footers import CLOSING as _CLOSING
from onrecord.mail.footers import DISCLAIMER as _DISCLAIMER
from onrecord.mail.footers import DISCLAIMER_HINTS as _DISCLAIMER_HINTS
from onrecord.mail.footers import LIST_FOOTER_LINE as _LIST_FOOTER_LINE
from onrecord.mail.footers import LIST_FOOTER_RULE as _LIST_FOOTER_RULE
from onrecord.mail.footers import MOBILE as _MOBILE
from onrecord.mail.footers import NOTICE as _NOTICE
from onrecord.mail.footers import NOTICE_HINTS as _NOTICE_HINTS
from onrecord.mail.footers import UNSUBSCRIBE as _UNSUBSCRIBE
from onrecord.mail.footers import VALEDICTION as _VALEDICTION
from onrecord.mail.signature_blocks import SENTENCE_END as _SENTENCE_END
from onrecord.mail.signature_blocks import (
    contact_blocks,
    contact_line,
    is_attachment_line,
    letterhead,
    short,
    signed_above_rule,
    signed_for,
    signoffs_inside,
)
from onrecord.record.model import Address, SegmentKind

__all__ = [
    "classify_run",
    "is_attachment_line",
    "is_boilerplate_line",
    "learn_signatures",
    "normalize_block",
]

SIG, BOIL, DISC = SegmentKind.SIGNATURE, SegmentKind.BOILERPLATE, SegmentKind.DISCLAIMER

_SIG_DELIM = re.compile(r"^[ \t]*(?:--|-- |__|—|–|--\s*\*+)[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:[-_=*~]{3,80})[ \t]*$")
_HYPHEN_NAME = re.compile(
    r"^[ \t]*[-–—~/][ \t]?[A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){0,3}[ \t]*$"
)

_ALL_HINTS = _DISCLAIMER_HINTS + _NOTICE_HINTS


def is_boilerplate_line(line: str) -> bool:
    return len(line) <= 160 and _MOBILE.match(line) is not None


# Cheap tests before the per-line regexes of classify_run, each true for every line the regex can
# match. These regexes skip only spaces and tabs and what they match first is never a space, so
# the first character of the stripped line is the first one they match. Case-insensitive matching
# pairs some non-ASCII characters with ASCII letters ("ſ" with "s", "K" with "k"), so the tests
# by letter look only at ASCII text and let anything else through to the regex.
_FOOTER_RULE_FIRST = frozenset("_-=")
_SIG_DELIM_FIRST = frozenset("-_\u2014\u2013")
_RULE_FIRST = frozenset("-_=*~")
_UNSUBSCRIBE_FIRST = frozenset("tTuUyYrRvVaAiImM-")
_UNSUBSCRIBE_WORDS = (
    "to ", "unsubscribe", "you ", "---", "reply to", "view it", "uitschrijven", "afmelden",
    "abmelden", "if you", "manage your",
)  # fmt: skip
# the first letters and words of _MOBILE's phrases, and the brackets that may stand before them;
# its "<word> from mobile" alternative is tested apart
_MOBILE_FIRST = frozenset("(<[sSgGvVeEiIwWdDfFtT")
_SCAN_FIRST = _UNSUBSCRIBE_FIRST | _MOBILE_FIRST
# in ASCII text (lower-cased) every match of _UNSUBSCRIBE or _MOBILE holds one of these
_FOOTER_WORDS = (
    # _UNSUBSCRIBE
    "to unsubscribe", "unsubscribe:", "you received this", "to respond, reply to this email",
    "reply to this email directly", "view it on github", "you are receiving this because",
    "uitschrijven", "afmelden:", "abmelden:", "to stop receiving",
    "if you no longer wish to receive", "manage your subscription",
    # _MOBILE
    "sent from", "sent with", "sent via", "sent using", "sent by", "sent on ", "get outlook",
    "get [outlook", "verstuurd ", "verzonden ", "von mein", "gesendet von", "gesendet mit",
    "inviato da", "enviado de", "sendt fra", "diese nachricht", "from my ", " from mobile",
    "typed on ",
)  # fmt: skip
_HYPHEN_FIRST = frozenset("-\u2013\u2014~/")
_MOBILE_WORDS = (
    "sent", "sendt", "get", "ver", "von", "gesendet", "envoy", "inviato", "enviado", "skickat",
    "wys", "diese", "from", "typed",
)  # fmt: skip


def may_have_footer_lines(text: str) -> bool:
    """False where no line of ``text`` (nor a part of one) can be an unsubscribe or "Sent from my
    phone" line: a cheap test for a whole message before :func:`classify_run` on its runs."""
    return not text.isascii() or any(w in text.lower() for w in _FOOTER_WORDS)


def _may_be_unsubscribe(s: str) -> bool:
    """Whether a line (stripped: ``s``) may match _UNSUBSCRIBE."""
    c = s[0]
    if c >= "\x80":
        return True
    if c not in _UNSUBSCRIBE_FIRST:
        return False
    head = s[:16]
    return not head.isascii() or head.lower().startswith(_UNSUBSCRIBE_WORDS)


def _may_be_mobile(s: str, line: str, from_mobile: bool) -> bool:
    """Whether a line (stripped: ``s``) may match _MOBILE; ``from_mobile``: whether the run may
    hold its "<word> from mobile" alternative at all."""
    if from_mobile and (not line.isascii() or " from mobile" in line.lower()):
        return True
    c = s[0]
    if c >= "\x80":
        return True
    if c not in _MOBILE_FIRST:
        return False
    head = s.lstrip(" \t(<[")[:10]
    return not head.isascii() or head.lower().startswith(_MOBILE_WORDS)


def normalize_block(lines: Sequence[str]) -> str:
    return "\n".join(" ".join(x.split()) for x in lines if x.strip())


def classify_run(
    lines: Sequence[str],
    sender: Address | None = None,
    known_signatures: Sequence[str] = (),
    *,
    footers: bool = True,
) -> dict[int, SegmentKind]:
    """Kinds of the lines of one run of the sender's own text that are not authored.

    ``lines`` are the run's lines (blank ones included); keys of the result are indices into it.
    ``footers=False`` says that no line can be an unsubscribe or "Sent from my phone" line
    (:func:`may_have_footer_lines` is false for the text the lines come from).
    """
    out: dict[int, SegmentKind] = {}
    n = len(lines)
    strip = [x.strip() for x in lines]
    nonblank = [k for k in range(n) if strip[k]]
    if not nonblank:
        return out
    firsts = "".join([strip[k][0] for k in nonblank])  # the first character of each line
    joined = " ".join(strip)
    low = joined.lower()

    # mailing-list footers: a rule line followed by list words, to the end of the run
    if "_" in firsts or "-" in firsts or "=" in firsts:
        for pos, k in enumerate(nonblank):
            if strip[k][0] in _FOOTER_RULE_FIRST and _LIST_FOOTER_RULE.match(lines[k]):
                nxt = nonblank[pos + 1 : pos + 4]
                if nxt and any(_LIST_FOOTER_LINE.search(lines[x]) for x in nxt):
                    for x in nonblank[pos:]:
                        out[x] = BOIL
                    break
    # a free mail service's tagline near the end ("Do You Yahoo!?", "Get your FREE download of
    # MSN Explorer"), with the rule line above it, to the end of the run
    if any(w in low for w in _AD_WORDS):
        for pos in range(max(0, len(nonblank) - 6), len(nonblank)):
            k = nonblank[pos]
            if k in out or len(strip[k]) > 160 or not _AD_FOOTER.match(lines[k]):
                continue
            above = nonblank[pos - 1] if pos > 0 else -1
            if above >= 0 and (_RULE.match(lines[above]) or _SIG_DELIM.match(lines[above])):
                pos -= 1
            for x in nonblank[pos:]:
                out.setdefault(x, BOIL)
            break
    ascii_run = joined.isascii()
    from_mobile = not ascii_run or " from mobile" in low
    if not footers or (ascii_run and not any(w in low for w in _FOOTER_WORDS)):
        scan: list[int] = []  # no line of an ASCII run can match _UNSUBSCRIBE nor _MOBILE
    elif from_mobile:
        scan = nonblank
    else:
        scan = [k for k in nonblank if strip[k][0] in _SCAN_FIRST or strip[k][0] >= "\x80"]
    for k in scan:
        s = strip[k]
        unsub = _may_be_unsubscribe(s)
        mobile = _may_be_mobile(s, lines[k], from_mobile)
        if not unsub and not mobile:
            continue
        if k in out:
            continue
        line = lines[k]
        if unsub and _UNSUBSCRIBE.match(line) and (_LIST_FOOTER_LINE.search(line) or s == "—"):
            if s == "—":  # GitHub's "—\nReply to this email directly…" footer
                nxt = [x for x in nonblank if x > k][:1]
                if not nxt or not _LIST_FOOTER_LINE.search(lines[nxt[0]]):
                    continue
            out[k] = BOIL
        elif mobile and is_boilerplate_line(line):
            out[k] = BOIL
            # what follows a "Sent from my phone" line at the end is more of the same
            rest = [x for x in nonblank if x > k]
            if len(rest) <= 30 and all(len(strip[x]) <= 100 for x in rest):
                for x in rest:
                    out.setdefault(x, BOIL)
                break

    # disclaimers: whole paragraphs (a paragraph's text is a part of ``joined``: none has a hint
    # when the run has none)
    paras: list[list[int]] = []
    for h in _ALL_HINTS:
        if h in low:
            para: list[int] = []
            for k in range(n):  # a rule line ends a paragraph too ("… General Counsel\n*****")
                if strip[k] and not (strip[k][0] in _RULE_FIRST and _RULE.match(lines[k])):
                    para.append(k)
                elif para:
                    paras.append(para)
                    para = []
            if para:
                paras.append(para)
            break
    for at, p in enumerate(paras):
        body = " ".join([strip[k] for k in p])
        if len(body) < 60:
            continue
        low = body.lower()
        if any(h in low for h in _DISCLAIMER_HINTS) and (found := _DISCLAIMER.search(body)):
            # a long paragraph with a notice glued under its text: the notice from its line on
            for k in p if len(p) <= 20 else _from_offset(strip, p, found.start()):
                out.setdefault(k, DISC)
        elif any(h in low for h in _NOTICE_HINTS) and _notice(body, at == len(paras) - 1):
            for k in p:
                out.setdefault(k, DISC)

    if paras and any(v is DISC for v in out.values()):
        _banners(lines, nonblank, strip, out)
    remaining = [k for k in nonblank if k not in out]
    letterhead(lines, remaining, out)
    remaining = [k for k in remaining if k not in out]
    # rule lines at the very end (above a disclaimer, under a signature) close the text
    while (
        remaining and strip[remaining[-1]][0] in _RULE_FIRST and _RULE.match(lines[remaining[-1]])
    ):
        out[remaining.pop()] = SIG
    if not remaining:
        return out

    # known signatures (learned from repetition): match the trailing lines
    if known_signatures:
        norm_tail = [" ".join(lines[k].split()) for k in remaining]
        for sig in sorted(known_signatures, key=len, reverse=True):
            sig_lines = [x for x in sig.split("\n") if x.strip()]
            m = len(sig_lines)
            if 0 < m <= len(norm_tail):
                for start in range(len(norm_tail) - m, max(-1, len(norm_tail) - m - 4), -1):
                    if norm_tail[start : start + m] == sig_lines:
                        for k in remaining[start:]:
                            if k not in out:
                                out[k] = SIG
                        break
        remaining = [k for k in remaining if k not in out]
        if not remaining:
            return out

    # "-- " delimiter: the signature runs to the end of the run (unless it is a long text)
    for pos, k in enumerate(remaining if any(c in firsts for c in _SIG_DELIM_FIRST) else ()):
        if (
            strip[k][0] in _SIG_DELIM_FIRST
            and _SIG_DELIM.match(lines[k])
            and (pos > 0 or strip[k] in ("--", "-- "))
        ):
            tail = remaining[pos:]
            if len(tail) <= 20 and (strip[k] in ("--", "__") or len(tail) > 1):
                for x in tail:
                    out[x] = SIG
                remaining = remaining[:pos]
                break
    if not remaining:
        return out

    # a rule line ("----------------") above a block of short lines with contact details (logo,
    # name, title, phone, links) to the end of the run, even spread over blank lines
    for pos, k in enumerate(remaining[-16:] if any(c in firsts for c in _RULE_FIRST) else ()):
        if strip[k][0] not in _RULE_FIRST or not _RULE.match(lines[k]):
            continue
        at = len(remaining) - min(16, len(remaining)) + pos
        tail = remaining[at + 1 :]
        if (
            at > 0
            and 2 <= len(tail) <= 15
            and all(short(lines[x], 80) and not _SENTENCE_END.search(lines[x]) for x in tail)
            and sum(contact_line(lines[x]) for x in tail) >= 2
        ):
            for x in remaining[at:]:
                out[x] = SIG
            remaining = remaining[:at]
        break
    if not remaining:
        return out

    # a valediction and a name over a rule line, more text under it ("Best,\nJeff\n*****\n
    # Basics of Proposal …": the writer signed, then pasted a document)
    if any(c in firsts for c in _RULE_FIRST):
        signed_above_rule(lines, remaining, out)
        remaining = [k for k in remaining if k not in out]
    # a valediction followed by a short block to the end of the run (or at the very end)
    tail = remaining[-12:]
    for pos, k in enumerate(tail):
        line = lines[k]
        if not short(line, 60) or not _VALEDICTION.match(line):
            continue
        after = tail[pos + 1 :]
        before = [x for x in remaining if x < k]
        if not before:
            continue  # the whole message is a sign-off: keep it authored
        if any(not short(lines[x]) or (_SENTENCE_END.search(lines[x])
               and len(lines[x].strip()) > 40) for x in after):  # fmt: skip
            continue
        if len(after) > 6 and (
            len(after) > 10
            or not _BARE_VALEDICTION.match(line)
            or any(len(lines[x].split()) > 7 for x in after)  # a P.S. under "Sincerely,"
            or sum(contact_line(lines[x]) for x in after) < 2
        ):
            continue  # a longer block under "Best regards," holds a phone, a fax, an address
        if not after and not _CLOSING.match(line):
            # a bare "Thanks!" at the end is still the sender speaking; "Thanks," + nothing too;
            # a closing formula ("Best regards.") is not
            continue
        for x in [k, *after]:
            out[x] = SIG
        remaining = [x for x in remaining if x < k]
        if len(after) > 6:  # signed with a long block: what is above it is the text ("The
            # call-in details are as follows:" over numbers), not more of the signature
            signoffs_inside(lines, remaining, sender, out)
            return out
        break
    if not remaining:
        return out

    # "MESSAGE SENT ON BEHALF OF WES COLWELL:" over the text, "Wes Colwell" under it
    last = remaining[-1]
    if len(remaining) > 2 and signed_for(lines, remaining):
        out[last] = SIG
        remaining = remaining[:-1]
        last = remaining[-1]
    # a short contact block or a "-Name" line at the end
    if (
        strip[last][0] in _HYPHEN_FIRST
        and _HYPHEN_NAME.match(lines[last])
        and len(remaining) > 1
        and not is_attachment_line(lines[last])  # " - Bio-Stiles.doc" is no "-Name"
    ):
        out[last] = SIG
        remaining = remaining[:-1]
    else:
        contact_blocks(lines, remaining, sender, out)
    signoffs_inside(lines, [k for k in remaining if k not in out], sender, out)
    return out


def _trailing_blocks(body: str) -> list[str]:
    """Normalized trailing blocks of 2–8 non-blank lines of a body's own (unquoted) text."""
    raw = body.replace("\r\n", "\n").split("\n")
    own = len(raw)  # the own text ends before the first quoted or header-like line
    for k, line in enumerate(raw):
        s = line.strip()
        c = s[:1]
        if c == ">" or ((c in _HEADERISH_FIRST or c >= "\x80") and _HEADERISH.match(s)):
            own = k
            break
    # Only the last 9 kept lines matter (blocks of up to 8, and fewer than all lines): normalize
    # from the end and stop there.
    lines: list[str] = []
    for k in range(own - 1, -1, -1):
        x = " ".join(raw[k].split())
        if x and not _SIG_DELIM.match(x):
            lines.append(x)
            if len(lines) == 9:
                break
    lines.reverse()
    return ["\n".join(lines[-m:]) for m in range(2, min(8, len(lines) - 1) + 1)]


# Every match of _HEADERISH starts with one of these (non-ASCII first characters go to the regex).
_HEADERISH_FIRST = frozenset("-_oOfFvVdDaAlLbB")
_HEADERISH = re.compile(
    r"^(?:-{3,}|_{5,}|on .{0,200}wrote:?$|op .{0,200}(?:schreef|geschreven)|am .{0,200}schrieb|"
    r"le .{0,200}a écrit|from:|van:|von:|de ?:|begin forwarded)",
    re.IGNORECASE,
)


def learn_signatures(bodies: Sequence[str], min_count: int = 3) -> list[str]:
    """Trailing blocks (2–8 lines) that recur at the end of at least ``min_count`` bodies.

    Pass one sender's message bodies. Each result is a normalized block (lines joined with
    ``\\n``, inner whitespace collapsed); a longer block wins over the blocks it ends with.
    """
    counts: Counter[str] = Counter()
    for body in bodies:
        counts.update(set(_trailing_blocks(body)))
    found = [b for b, c in counts.items() if c >= min_count]
    found.sort(key=lambda b: (-b.count("\n"), b))
    out: list[str] = []
    for block in found:
        longer = [x for x in out if x.endswith("\n" + block)]
        # a shorter tail of a longer learned block: only keep it if it recurs on its own
        if longer and counts[block] <= max(counts[x] for x in longer):
            continue
        out.append(block)
    return out


def _from_offset(strip: list[str], para: list[int], offset: int) -> list[int]:
    """The lines of a paragraph (its text joined by single spaces) from the one that holds
    character ``offset`` on."""
    pos = 0
    for at, k in enumerate(para):
        pos += len(strip[k]) + 1
        if pos > offset:
            return para[at:]
    return []


def _notice(body: str, last: bool) -> bool:
    """Whether a paragraph is a copyright, virus-scan or company notice: no longer than a notice
    is (an article that opens or ends with its copyright line is an article), and short, or a
    notice opens it (after a rule line), or stands early in the last paragraph."""
    body = body.lstrip("-_=*~ \t")
    found = _NOTICE.search(body)
    if found is None or len(body) > 900:  # an article that ends with its copyright line
        return False
    return len(body) <= 250 or found.start() < (200 if last else 50)


def _banners(lines: Sequence[str], nonblank: list[int], strip: list[str],
             out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """A notice framed by two rule lines ("*****" / "This e-mail … is intended only for …" /
    "Further information about the firm …" / "*****") is one disclaimer: what the frame holds
    with a disclaimer paragraph in it is more of it."""
    rules = [
        pos
        for pos, k in enumerate(nonblank)
        if strip[k][0] in _RULE_FIRST and _RULE.match(lines[k])
    ]
    for top, bottom in pairwise(rules):
        inside = nonblank[top + 1 : bottom]
        if not 0 < len(inside) <= 25 or not any(out.get(k) is DISC for k in inside):
            continue
        paras: list[list[int]] = []
        for k in inside:
            if paras and k == paras[-1][-1] + 1:
                paras[-1].append(k)
            else:
                paras.append([k])
        # a notice and a line or two of the firm's ("Further information about the firm …"),
        # not an article that ends with a copyright line
        if len(paras) <= 4 and all(len(p) <= 3 or out.get(p[0]) is DISC for p in paras):
            for k in nonblank[top : bottom + 1]:
                out.setdefault(k, DISC)
