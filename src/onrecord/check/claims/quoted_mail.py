"""A mail quoted whole in a document: a blog or an article that prints the e-mail it is about as
a Markdown block quote ("> From: Alistair Brennan", "> Van: Karin Boelens", a forwarded
message's marker).

Its header lines, its salutation ("Dear heads,", "Collega's,") and its sign-off ("Alistair",
"Groet, Karin") are markup, no claims; what its body says is the sender's, as if ", wrote
Brennan" followed each sentence, so its "I" and "we" are the sender's and not the document
author's. The quote marks are blanked (same length, so every span still indexes the document)
and a blank quoted line ("> ") parts the paragraphs as an empty line does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.mail.courtesy import is_courtesy
from onrecord.mail.forwards import is_forward_marker
from onrecord.mail.header_lines import principal
from onrecord.mail.quotes import address_of, field_of

__all__ = ["QuotedMail", "in_mail_markup", "mail_blocks", "sender_labels", "unquote_mail"]

_QUOTED_LINE = re.compile(r"(?m)^[ \t]{0,3}>[^\n]*(?:\n|$)")


@dataclass(frozen=True)
class QuotedMail:
    """One quoted mail: ``span`` its lines in the document, ``sender`` the name its From/Van
    line gives (None without one), ``markup`` the spans of its header, salutation and
    sign-off lines."""

    span: tuple[int, int]
    sender: str | None
    markup: tuple[tuple[int, int], ...]

    def holds(self, a: int, b: int) -> bool:
        return self.span[0] <= a and b <= self.span[1]

    def in_markup(self, a: int, b: int) -> bool:
        return any(x <= a < y or x < b <= y for x, y in self.markup)


def _blocks(body: str) -> list[list[tuple[int, int]]]:
    """Runs of quoted lines: each line's (start, end) without its newline."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _QUOTED_LINE.finditer(body):
        line = (m.start(), m.end() - (1 if m.group().endswith("\n") else 0))
        if runs and m.start() == last_end:
            runs[-1].append(line)
        else:
            runs.append([line])
        last_end = m.end()
    return runs


def _text(body: str, line: tuple[int, int]) -> str:
    return body[line[0] : line[1]].lstrip(" \t").removeprefix(">").strip()


def _header(text: str) -> bool:
    """A header line of a printed mail, in any language the mail reader knows ("From:",
    "Onderwerp:", "Verzonden:"), or a forwarded message's marker."""
    return is_forward_marker(text) or field_of(text) is not None


def _sender(text: str) -> str | None:
    """The sender's name on a From/Van line, without the address."""
    field = field_of(text)
    if not field or field[0] != "from":
        return None
    return address_of(principal(field[1])).name or None


def mail_blocks(body: str) -> list[QuotedMail]:
    """The quoted mails of ``body``: block quotes whose first lines are a mail's header (a From
    or Van line, or a forwarded message's marker)."""
    out: list[QuotedMail] = []
    for lines in _blocks(body):
        texts = [_text(body, line) for line in lines]
        head = []  # the header: its first lines, up to the first that is no field
        for i, t in enumerate(texts[:16]):
            if t and not _header(t):
                break
            head += [i] if t else []
        senders = [name for i in head if (name := _sender(texts[i]))]
        if not senders and not any(is_forward_marker(texts[i]) for i in head):
            continue
        sender = senders[0] if senders else None
        markup = [lines[i] for i in head]
        filled = [i for i, t in enumerate(texts) if t and i > max(head)]
        if filled and _salutes(texts[filled[0]]):
            markup.append(lines[filled[0]])
            filled = filled[1:]
        if len(filled) > 1 and _signs(texts[filled[-1]], sender):
            markup.append(lines[filled[-1]])
        out.append(QuotedMail((lines[0][0], lines[-1][1]), sender, tuple(markup)))
    return out


def _salutes(text: str) -> bool:
    """The body's first line greets: a courtesy line of the mail reader's ("Collega's,", "Hi
    all,"), or any short line ending in a comma there ("Dear heads,")."""
    return is_courtesy(text) or (text.endswith(",") and len(text.split()) <= 4)


def _signs(text: str, sender: str | None) -> bool:
    """The mail's last line signs it: a courtesy line of the mail reader's ("Groet, Karin") or
    the sender's name alone ("Alistair"); a last "Yup" or "Agreed." is said, not signed."""
    if is_courtesy(text):
        return True
    words = {w.lower() for w in re.findall(r"[\w'’-]+", sender or "")}
    said = re.findall(r"[\w'’-]+", text)
    return bool(said) and not re.search(r"[.!?]$", text) and all(w.lower() in words for w in said)


def unquote_mail(body: str, blocks: list[QuotedMail]) -> str:
    """``body`` with the quote marks of ``blocks`` blanked: the same length, and a quoted empty
    line an empty line."""
    chars = list(body)
    for block in blocks:
        for m in _QUOTED_LINE.finditer(body, block.span[0], block.span[1] + 1):
            mark = body.index(">", m.start())
            chars[mark] = " "
            if not body[mark + 1 : m.end()].strip():  # "> " alone: a paragraph break
                for i in range(m.start(), m.end()):
                    chars[i] = chars[i] if chars[i] == "\n" else " "
    return "".join(chars)


def sender_labels(
    mails: list[QuotedMail], spans: list[tuple[int, int]], labels: list[tuple[str | None, int]]
) -> list[tuple[str | None, int]]:
    """Per sentence, the speaker label (as :func:`transcript.speaker_labels`): a quoted mail's
    sender for the sentences of its body."""
    out = []
    for (a, b), label in zip(spans, labels):
        mail = next((m for m in mails if m.holds(a, b) and m.sender), None)
        out.append((mail.sender, 0) if mail else label)
    return out


def in_mail_markup(mails: list[QuotedMail], a: int, b: int) -> bool:
    """The sentence at ``a:b`` is a quoted mail's header, salutation or sign-off."""
    return any(m.holds(a, b) and m.in_markup(a, b) for m in mails)
