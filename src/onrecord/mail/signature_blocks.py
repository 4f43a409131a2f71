"""The writer's name and contact block at the end of a run of text: "Jeff" over "Jeff Dasovich /
Enron / 415.782.7822", a name line under the last sentence, attachment placeholders below it.
Used by :func:`onrecord.mail.signatures.classify_run` once rule lines, valedictions and
disclaimers are placed; also the letterhead above the text and the sign-offs that other text
follows (over a rule line) or that name someone else (the text is sent on their behalf).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.mail.footers import BARE_VALEDICTION, VALEDICTION
from onrecord.mail.signoff import is_signoff_name
from onrecord.record.model import Address, SegmentKind

__all__ = [
    "SENTENCE_END",
    "contact_blocks",
    "contact_line",
    "is_attachment_line",
    "name_line",
    "short",
    "signed_above_rule",
    "signed_for",
    "signoffs_inside",
]

SIG = SegmentKind.SIGNATURE
_VALEDICTION = VALEDICTION
# a phone number, or a label and one: a one-letter label ("T: 212-735-2637", "p: (212) …") only
# with a number of seven digits or more after it ("Mark T. 06/15/00" is no phone line)
_PHONE = re.compile(r"(?:\+|\b0)\d[\d ().\-/]{6,}\d|\(?\b\d{3}\)?[ .\-/]?\d{3}[ .\-]\d{4}\b|"
                    r"\b(?:tel|phone|mob(?:ile|iel|il)?|fax|cell)\b\.?\s*[:.]?\s*\+?\d|"
                    r"\b[mtfp]\b\.?\s*[:.]?\s*\+?\(?(?:\d[ ().\-/]{0,2}){7,}",
                    re.IGNORECASE)  # fmt: skip
_URLISH = re.compile(r"https?://|www\.|\b[\w.-]+\.(?:com|org|net|nl|de|fr|io|eu|be)\b|@",
                     re.IGNORECASE)  # fmt: skip
SENTENCE_END = re.compile(r"[.?!:;]\s*$")
# Notes / Exchange attachment placeholders: "<<draft2.doc>>", " - Brief of Enron.pdf",
# "(See attached file: GSS Services.doc)" (a title in brackets before it or not), "<Embedded
# StdOleLink>", "Redline.doc  ( Word Document )"
_ATTACHMENT_FIRST = frozenset("-<(")
_ATTACHMENT = re.compile(
    r"^[ \t]*(?:(?:<<[^<>\n]{1,200}>>[ \t]*)+|-[ \t]+[^\n<]{1,150}\.\w{2,4}"
    r"(?:[ \t]+<<[^<>\n]{1,200}>>)?|"  # " - x.doc << File: x.doc >>"
    r"(?:\([^()\n]{1,150}\)[ \t]*)?\(See attached file: [^)\n]{1,200}\)|"
    r"[^\s<>()][^\n<>()]{0,150}\.\w{2,4}[ \t]+\([ \t]*(?:[\w-]+ ){0,3}"
    r"(?:Document|Worksheet|Spreadsheet|Presentation|Image|File)[ \t]*\)|"
    r"<Embedded [^>\n]{0,80}>)[ \t]*$"
)
_FULL_NAME = re.compile(r"^[ \t]*[A-Z][\w'-]+(?: [A-Z][\w'.-]*){1,3}[ \t]*$")


_DIGIT = re.compile(r"\d")


def is_attachment_line(line: str) -> bool:
    """Whether a line is only an attachment placeholder that Notes or Exchange left in the text
    ("<<draft2.doc>>", " - Brief of Enron.pdf", "(See attached file: x.doc)")."""
    return len(line) < 400 and _ATTACHMENT.match(line) is not None


def short(line: str, limit: int = 72) -> bool:
    return len(line.strip()) <= limit


def name_line(line: str, sender: Address | None) -> bool:
    s = line.strip().strip("-–—~/*_ ")
    if not s or len(s) > 60:
        return False
    if sender and sender.name:
        parts = [p for p in re.split(r"[\s,]+", sender.name.lower()) if len(p) > 1]
        low = s.lower()
        if parts and any(p in low.split() for p in parts) and len(s.split()) <= 5:
            return True
    return is_signoff_name(s, sender)


def contact_line(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 80:
        return False
    # _URLISH needs ":", "." or "@"; _PHONE needs a digit
    if ("." in s or "@" in s or ":" in s) and _URLISH.search(s) is not None:
        return True
    return _DIGIT.search(s) is not None and _PHONE.search(s) is not None


def _paragraphs_from_end(remaining: list[int], limit: int) -> list[list[int]]:
    """The last ``limit`` paragraphs (runs of adjacent lines) of ``remaining``, last first."""
    blocks: list[list[int]] = []
    for k in reversed(remaining):
        if blocks and k == blocks[-1][-1] - 1:
            blocks[-1].append(k)
        elif len(blocks) < limit:
            blocks.append([k])
        else:
            break
    return [list(reversed(b)) for b in blocks]


_WEB_LINE = re.compile(
    r"^[ \t]*(?:https?://|www\.)\S+[ \t]*$|^[ \t]*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+[ \t]*$"
)


def contact_blocks(lines: Sequence[str], remaining: list[int], sender: Address | None,
                   out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """Trailing paragraphs that are the writer's name and contact details ("Jeff" over "Jeff
    Dasovich / Enron / 415.782.7822"), last first, while each one is such a block; the last
    paragraph may also carry its text above the name ("… the previous data.\nJim Parks\nPH
    512 239-2544"). A web or mail address on its own under the block ("www.frontier-economics.
    com" a blank line below the phone numbers) is more of it."""
    web = 0
    while (
        web < min(2, len(remaining) - 1)
        and (web == 0 or remaining[-1 - web] == remaining[-web] - 1)  # the last paragraph
        and _WEB_LINE.match(lines[remaining[-1 - web]])
    ):
        web += 1
    if web and remaining[-1 - web] < remaining[-web] - 1:  # its own paragraph
        _contact_blocks(lines, remaining[:-web], sender, out)
        if remaining[-1 - web] in out:
            for k in remaining[-web:]:
                out[k] = SIG
        return
    _contact_blocks(lines, remaining, sender, out)


def _contact_blocks(lines: Sequence[str], remaining: list[int], sender: Address | None,
                    out: dict[int, SegmentKind]) -> None:  # fmt: skip
    last = lines[remaining[-1]]
    if not short(last) and last.lstrip()[:1] not in _ATTACHMENT_FIRST:
        return  # every rule below ends on a short line
    blocks = _paragraphs_from_end(remaining, 12)
    while blocks:
        if all(
            lines[k].lstrip()[:1] in _ATTACHMENT_FIRST and _ATTACHMENT.match(lines[k])
            for k in blocks[0]
        ):
            pass  # attachment lines below a signature
        elif all(_RULE_LINE.match(lines[k]) for k in blocks[0]):
            for k in blocks[0]:  # a rule line between a signature and a disclaimer
                out[k] = SIG
        else:
            break
        remaining = remaining[: -len(blocks[0])]
        blocks = blocks[1:]
    if not blocks:
        return
    blocks = _double_spaced(lines, blocks)
    signed: Address | None = None  # the name a signature block below opens with
    for pos, block in enumerate(blocks):
        if pos > 0 and _valediction_block(lines, block):
            for k in block:  # "Best regards." or "Best regards,\nKathy" over the block below
                out[k] = SIG
            return
        whole = pos == len(blocks) - 1 and len(block) == len(remaining) - sum(
            map(len, blocks[:pos])
        )
        if not (1 <= len(block) <= 10 and all(short(lines[k]) for k in block)):
            if pos == 0:
                _name_inside(lines, block, sender, out)
            return
        named = name_line(lines[block[0]], sender) or (
            pos > 0 and signed is not None and name_line(lines[block[0]], signed)
        )
        contacts = 0  # counted up to 2, as far as the tests below need
        if not (named and len(block) <= 3):
            for k in block:
                if contact_line(lines[k]):
                    contacts += 1
                    if contacts >= 2 or (named and len(block) <= 8):
                        break
        if pos > 0 and not named:
            return  # above a signature block, only a name line ("Jeff") is more of it
        if not ((named and (len(block) <= 3 or contacts >= 1 or pos > 0)) or contacts >= 2) or (
            whole and not (named and (contacts or pos > 0))
        ):
            # the whole text: a bare name or contact lines alone stay the sender's; a name
            # under the text of the same paragraph ("mark:\nFYI.\ncarol") does not
            if pos == 0:
                _name_inside(lines, block, sender, out)
            return
        if (
            named
            and not contacts
            and any(SENTENCE_END.search(lines[k]) and len(lines[k].split()) > 3 for k in block[1:])
        ):
            return  # "Priya,\nWe move the launch to October.": a salutation over text
        if len(block) > 8 and contacts < 2:
            return
        if not named and any(len(lines[k].split()) > 7 for k in block):
            if pos == 0:  # "To RSVP, please call 713-303-3966": a sentence with a number in it
                _name_inside(lines, block, sender, out)
            return
        for k in block:
            out[k] = SIG
        if pos == 0 and _FULL_NAME.match(lines[block[0]]):
            signed = Address(name=lines[block[0]].strip(), email="")  # "Samantha" above it


_NAMEISH = re.compile(r"^[ \t]*[A-Z][^:\d]{1,58}$")


def _double_spaced(lines: Sequence[str], blocks: list[list[int]]) -> list[list[int]]:
    """Blocks (last first) where a signature converted from HTML has a blank line between each
    of its lines ("Michael B. Dunn, Esq." / "" / "Milbank, Tweed …" / "" / "Telephone: …"): the
    trailing single short lines one blank line apart, three or more, become one block."""
    m = 0
    while (
        m < len(blocks)
        and len(blocks[m]) == 1
        and short(lines[blocks[m][0]], 60)
        and len(lines[blocks[m][0]].split()) <= 6  # a sentence above is the text
        and not _ATTACHMENT.match(lines[blocks[m][0]])
        and (m == 0 or blocks[m - 1][0] - blocks[m][0] == 2)
    ):
        m += 1
    # the block opens with a name or a firm ("Michael B. Dunn, Esq."), not with a lead-in or a
    # "Field: value" line ("Again, the call in-information is:" over dial-in numbers)
    while m >= 3 and not _NAMEISH.match(lines[blocks[m - 1][0]]):
        m -= 1
    if m < 3:
        return blocks
    return [[b[0] for b in reversed(blocks[:m])], *blocks[m:]]


def _valediction_block(lines: Sequence[str], block: list[int]) -> bool:
    """A valediction alone or over a name of up to four words ("Best regards,\nKathy")."""
    if len(block) > 3 or not _VALEDICTION.match(lines[block[0]]):
        return False
    return all(
        short(lines[k], 40) and len(lines[k].split()) <= 4 and not SENTENCE_END.search(lines[k])
        for k in block[1:]
    )


def _name_inside(lines: Sequence[str], block: list[int], sender: Address | None,
                 out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """The writer's name line inside the last paragraph, under its text and over 1-5 short
    contact lines: from the name on it is a signature."""
    first = len(block)
    while first > max(1, len(block) - 6) and short(lines[block[first - 1]]):
        first -= 1  # the tail can only be short lines
    for at in range(first, len(block)):
        tail = block[at:]
        if len(tail) == 1 and (
            len(lines[tail[0]].split()) == 1
            and lines[block[at - 1]].rstrip().endswith((".", ",", "!", "?"))
            and name_line(lines[tail[0]], sender)
        ):
            out[tail[0]] = SIG  # "… with Credit.\nCarol"
            return
        if (
            name_line(lines[tail[0]], sender)
            and all(short(lines[k]) for k in tail)
            and len(tail) >= 2
            and sum(contact_line(lines[k]) for k in tail) >= 1
        ):
            for k in tail:
                out[k] = SIG
            return


_RULE_LINE = re.compile(r"^[ \t]*[-_=*~]{3,80}[ \t]*$")
_ORG = re.compile(
    r"\b(?:inc|corp|corporation|association|llp|llc|l\.l\.c|ltd|limited|company|group|"
    r"associates|partners|chambers)\b\.?",
    re.IGNORECASE,
)


def letterhead(lines: Sequence[str], remaining: list[int], out: dict[int, SegmentKind]) -> None:
    """A letterhead above the text: the first paragraph of the run, 3-12 short lines with an
    organisation's name in its first two, two or more contact lines (address, phone, fax,
    e-mail, web site) and no sentence ("ISDA International Swaps and Derivatives Association,
    Inc / 600 Fifth Avenue / … / Phone: (212) 332-1200"), with the text under it."""
    head = [remaining[0]] if remaining else []
    for k in remaining[1:13]:
        if k != head[-1] + 1:
            break
        head.append(k)
    if not 3 <= len(head) <= 12 or len(head) == len(remaining):
        return
    if not any(_ORG.search(lines[k]) for k in head[:2]):
        return
    for k in head:
        line = lines[k]
        if not short(line, 80) or (SENTENCE_END.search(line) and len(line.split()) > 2):
            return
    if sum(contact_line(lines[k]) for k in head) >= 2:
        for k in head:
            out[k] = SIG


_ON_BEHALF_OF = re.compile(
    r"\bon behalf of[ \t]+(?P<name>[^\W\d][\w.' -]{2,40}?)[ \t]*[:,.]?[ \t]*$", re.I
)


def signed_for(lines: Sequence[str], remaining: list[int]) -> bool:
    """Whether the last line is the name of the person the text says it is sent on behalf of
    (an assistant sending for her principal)."""
    last = " ".join(lines[remaining[-1]].split()).casefold()
    if not last or len(last) > 40:
        return False
    for k in remaining[:3]:
        m = _ON_BEHALF_OF.search(lines[k]) if len(lines[k]) < 200 else None
        if m and " ".join(m.group("name").split()).casefold() == last:
            return True
    return False


def signed_above_rule(lines: Sequence[str], remaining: list[int],
                       out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """A valediction over one or two short name lines right above a rule line, with text both
    above the valediction and under the rule: the valediction and the name sign off."""
    for pos in range(1, len(remaining) - 2):
        k = remaining[pos]
        if not short(lines[k], 40) or not _VALEDICTION.match(lines[k]):
            continue
        for width in (1, 2):
            names = remaining[pos + 1 : pos + 1 + width]
            rule = pos + 1 + width
            if (
                rule < len(remaining) - 1
                and names[-1] == k + width  # adjacent lines
                and all(len(lines[x].split()) <= 3 and short(lines[x], 30) for x in names)
                and remaining[rule] <= names[-1] + 2
                and _RULE_LINE.match(lines[remaining[rule]])
            ):
                for x in [k, *names]:
                    out[x] = SIG
                return


# a name as people sign under a valediction: capitalized words, initials, "and" between two
# ("Leslie", "Mark S.", "Peter C.M. Keohane", "Maggy and Geriann"); no digits, no sentence
_SIGNED_NAME = re.compile(r"^[ \t]*[A-Z][\w'-]*\.?(?:[ \t]+(?:[A-Z][\w'.-]*|and|&)){0,3}[ \t]*$")
# one-word replies that a name pattern would take: they stay the writer's words
_REPLY_WORDS = frozenset((
    "yes", "yeah", "yep", "yup", "no", "nope", "ok", "okay", "agreed", "agree", "sure", "done",
    "fine", "great", "good", "cool", "right", "correct", "absolutely", "thanks", "noted",
    "understood", "perfect", "akkoord", "prima", "goed", "ja", "nee", "klopt",
))  # fmt: skip
_TEXT_END = re.compile(r"[.!?;)\"']\s*$")


def _closes(lines: Sequence[str], k: int, out: dict[int, SegmentKind]) -> bool:
    """Whether line ``k`` ends its paragraph: a blank line, the end, a line already placed (a
    disclaimer), a rule line or an attachment placeholder under it."""
    nxt = k + 1
    return (
        nxt >= len(lines)
        or not lines[nxt].strip()
        or nxt in out
        or _RULE_LINE.match(lines[nxt]) is not None
        or is_attachment_line(lines[nxt])
    )


def _above(lines: Sequence[str], k: int) -> int:
    """The nearest non-blank line above ``k`` (-1 when none)."""
    k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k


def signoffs_inside(lines: Sequence[str], remaining: list[int], sender: Address | None,
                    out: dict[int, SegmentKind]) -> None:  # fmt: skip
    """Sign-offs with more text under them: the writer's name closing a paragraph, alone or
    under a valediction, before a P.S., a pasted document, attachment lines or a notice
    ("… makes sense to you.\n\nMark\n\nP.S. -- …", "Best,\nJeff\n\nP.S. …", "Sincerely,\n\n
    Julie Morgan\n\n=====\nContacts: …"). The name is the writer's (a short form, initials), or
    any name under a valediction; text must stand above it, so a one-word reply ("Yes",
    "Agreed") or a salutation opening the text is never one."""
    for pos in range(1, len(remaining)):
        k = remaining[pos]
        if k in out or not short(lines[k], 40) or not _closes(lines, k, out):
            continue
        s = lines[k].strip()
        up = _above(lines, k)
        if up < 0 or up in out:
            continue
        if s.strip(" .!").lower() in _REPLY_WORDS:
            continue
        if BARE_VALEDICTION.match(lines[up]) and (
            _SIGNED_NAME.match(s) or is_signoff_name(s, sender)
        ):
            before = _above(lines, up)
            if before >= 0 and before not in out and k - up <= 2:
                out[up] = out[k] = SIG  # "Thanks,\nLeslie", "All the best,\n\nGabriela Elizondo"
            continue
        if not (_only_names(s, sender) or _signed_valediction(s, sender)):
            continue
        text = lines[up].rstrip()
        if up == k - 1:  # "In response to your questions.\nSheila": a one-word name under text
            if len(s.split()) == 1 and _TEXT_END.search(text):
                out[k] = SIG
        elif not text.endswith((":", ",")):  # "Jeff:\n\nMark" is a list, not a sign-off
            out[k] = SIG


_NAME_CHARS = re.compile(r"^[^\W\d_][\w.' -]*$")


def _only_names(line: str, sender: Address | None) -> bool:
    """The writer's name and nothing else: one word that names them ("Kal", "Steve", "B"), or
    words that each do ("Seabron Adamson"), not a heading that shares a word with a sender's
    name ("Enron India" from Enron Announcements)."""
    bare = line.strip().strip("-–—~/*_ ,")
    if not _NAME_CHARS.match(bare):
        return False  # "@ENRON" under a header's "On Behalf Of …" line
    words = bare.split()
    if len(words) == 1:
        return is_signoff_name(line, sender)
    named = [w for w in words if len(w.strip(".")) > 1]
    return bool(named) and all(
        is_signoff_name(w, sender) if len(w.strip(".")) > 1 else w.strip(".").isalpha()
        for w in words
    )


def _signed_valediction(line: str, sender: Address | None) -> bool:
    """A valediction and the writer's name on one line ("Regards,  David")."""
    head, sep, name = line.partition(",")
    return bool(sep) and BARE_VALEDICTION.match(head) is not None and is_signoff_name(name, sender)
