"""Name forms that mail systems write instead of an RFC 5322 display name.

Corporate archives of the Lotus Notes and Exchange era carry a person's name outside the
``From``/``To``/``Cc`` addresses, which often hold a bare ``first.last@corp.com``:

* ``X-From``/``X-To``/``X-cc`` (the Enron corpus and other maildir exports) list the display
  names the mail client showed, in the order of the address headers: ``Sara Shackleton``,
  ``Taylor, Mark E (Legal) </O=ENRON/OU=NA/CN=RECIPIENTS/CN=MTAYLO1>`` (an Exchange directory
  name in the brackets), ``Mark Taylor <Mark Taylor/HOU/ECT@ECT>`` (a Notes name in them).
* Lotus Notes hierarchical names: ``Sara Shackleton/HOU/ECT@ECT``, ``David Leboe/Enron@EnronXGate``
  (name, organisational units, then ``@`` and the Notes domain, which is no mail domain).
* Exchange "on behalf of": ``Dernehl, Ginger On Behalf Of Shapiro, Richard`` was typed by
  Ginger Dernehl.

Without these, a sender is only an address, and a quoted writer named the Notes way is a
stranger to the person with that address. :func:`display_name` turns each form into a plain
display name ("Sara Shackleton", "Taylor, Mark E (Legal)"); the name rules of
:mod:`onrecord.mail.identity` then read "Last, First" and drop "(Legal)".
:func:`with_x_names` fills in the names of addresses that have none, pairing an ``X-`` header's
entries with the addresses in order, and only where both lists have the same length and each
name could be the address's owner (a ``first.last`` local part must hold the name's surname or
first name), because a wrong pairing would glue one person's name onto another's address.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from onrecord.record.model import Address

__all__ = [
    "display_name",
    "formal_first_name",
    "notes_name",
    "person_part",
    "split_x_header",
    "with_x_names",
]

#: ``Name/OU/ORG@DOMAIN`` or ``Name/ORG`` or ``Name@DOMAIN`` (a Notes domain has no dot).
_NOTES_RE = re.compile(
    r"^\s*(?P<name>[^/@<>,\"]*?[^\W\d_][^/@<>,\"]*?)\s*"
    r"(?:(?:/[\w&.' -]+)+(?:@[\w&-]+)?|@[A-Za-z][\w&-]*)\s*$"
)
_EXCHANGE_DN_RE = re.compile(r"\s*<\s*/O=[^>]*>?\s*$", re.IGNORECASE)
_ANGLE_RE = re.compile(r"^(?P<name>[^<]*)<(?P<inner>[^>]*)>?(?P<rest>.*)$")
_EMAIL_RE = re.compile(r"^[\w.+'%=!#$&*/?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+$")
_QUOTES = "\"'` "


#: What a quoting line or a forwarding header leaves after the writer's name: "Mark Taylor@ECT on
#: 08/22/2000 06:50 PM", "Mark Taylor Date: May 11, 2001", "X On Behalf Of Y" (X typed it).
_TAIL_RE = re.compile(
    r"\s+(?:on\s+(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s)"
    r"|date:\s|sent:\s|on\s+behalf\s+of\s).*$",
    re.IGNORECASE,
)

#: Short forms of English first names that mail shows for one person ("Rick Shapiro" on the
#: address of "Richard Shapiro", "Jim Steffes" for "James D Steffes"): read as the formal name.
_NICKNAMES = {
    "rick": "richard",
    "rich": "richard",
    "dick": "richard",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "steve": "steven",
    "dave": "david",
    "tom": "thomas",
    "joe": "joseph",
    "chris": "christopher",
    "dan": "daniel",
    "danny": "daniel",
    "ken": "kenneth",
    "jeff": "jeffrey",
    "greg": "gregory",
    "tim": "timothy",
    "pat": "patrick",
    "sue": "susan",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kathy": "katherine",
    "cathy": "catherine",
    "jen": "jennifer",
    "jenny": "jennifer",
    "andy": "andrew",
    "tony": "anthony",
    "matt": "matthew",
    "nick": "nicholas",
    "sam": "samuel",
    "ed": "edward",
    "ted": "edward",
    "don": "donald",
    "ron": "ronald",
    "larry": "lawrence",
    "charlie": "charles",
    "chuck": "charles",
    "fred": "frederick",
    "doug": "douglas",
    "phil": "philip",
    "pete": "peter",
    "ben": "benjamin",
    "mitch": "mitchell",
}


def formal_first_name(first: str) -> str:
    """The formal form of a lower-cased first name ("rick" -> "richard"), else ``first``."""
    return _NICKNAMES.get(first, first)


def person_part(text: str) -> str:
    """A writer's name without what a quoting or forwarding line put after it (see _TAIL_RE).

    ``"Mark Taylor@ECT on 08/22/2000 06:50 PM"`` -> ``"Mark Taylor@ECT"``.
    """
    return _TAIL_RE.sub("", text) if " " in text else text


def notes_name(text: str) -> str:
    """The person's name of a Lotus Notes hierarchical name, or ``text`` unchanged.

    ``"Sara Shackleton/HOU/ECT@ECT"`` -> ``"Sara Shackleton"``; ``"Mark Taylor@ECT"`` ->
    ``"Mark Taylor"``; an SMTP address (``a@b.com``) is not a Notes name and stays as it is.
    """
    if "/" not in text and "@" not in text:
        return text
    if _EMAIL_RE.match(text.strip().strip(_QUOTES)):
        return text
    m = _NOTES_RE.match(text)
    return m.group("name").strip() if m else text


def display_name(entry: str) -> str:
    """A plain display name from one entry of an address-like header, or ``""``.

    Drops Exchange directory names (``</O=ENRON/...>``), Notes routing (``/HOU/ECT@ECT``), the
    "On Behalf Of" tail and wrapping quotes; an entry that is only an address gives ``""``.
    """
    s = " ".join(entry.split()).strip(_QUOTES + ",;")
    if not s:
        return ""
    s = _EXCHANGE_DN_RE.sub("", s)
    m = _ANGLE_RE.match(s)
    if m:  # "Name <inner>": the name outside; else a Notes name inside ("<Mark Taylor/HOU/ECT>")
        outside = (m.group("name") + " " + m.group("rest")).strip(_QUOTES + ",;@")
        outside = " ".join(outside.split())
        s = outside if outside else m.group("inner").strip(_QUOTES)
    s = person_part(s).strip(_QUOTES)
    s = notes_name(s).strip(_QUOTES)
    if not s or "@" in s or "/" in s or not any(c.isalpha() for c in s):
        return ""  # an address, or routing we cannot read
    return s


def split_x_header(value: str) -> list[str]:
    """The entries of an ``X-To``-style list of display names.

    Commas separate entries, except inside quotes and angle brackets, and except the comma of
    an Exchange "Last, First </O=...>" entry (a bare word or two before an entry carrying an
    Exchange directory name is its surname).
    """
    parts: list[str] = []
    buf: list[str] = []
    quote = False
    angle = 0
    for ch in value:
        if ch == '"':
            quote = not quote
        elif not quote and ch == "<":
            angle += 1
        elif not quote and ch == ">":
            angle = max(0, angle - 1)
        elif ch == "," and not quote and angle == 0:
            parts.append("".join(buf).strip())
            buf = []
            continue
        buf.append(ch)
    parts.append("".join(buf).strip())
    parts = [p for p in parts if p]
    out: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else ""
        if "<" not in p and "@" not in p and "</o=" in nxt.lower() and len(p.split()) <= 3:
            out.append(f"{p}, {nxt}")
            i += 2
            continue
        out.append(p)
        i += 1
    return out


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() or c.isspace()).lower()


def _name_tokens(name: str) -> list[str]:
    """Words of a display name that could appear in a local part ("Taylor, Mark E" ->
    ["taylor", "mark"]): two letters or more, brackets dropped."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return [t for t in _fold(name.replace(",", " ").replace(".", " ")).split() if len(t) >= 2]


def plausible_owner(name: str, email: str) -> bool:
    """Whether ``name`` could be the owner of ``email``.

    The local part must hold one of the name's words (``sara.shackleton``, ``rshapiro``), or
    its first seven letters (Exchange cut local parts to eight: ``jdasovic`` for Dasovich), or
    the first four of a longer one (``jcarl`` for Jane Carlin); a local part of four letters
    or fewer that spells no ``first.last`` is too short to tell and passes. This is the guard
    against lists whose order drifted: ``X-To: Mark Taylor`` paired with ``tana.jones@``.
    """
    local = email.partition("@")[0].lower()
    letters = re.sub(r"[^a-z]", "", local)
    tokens = _name_tokens(name)
    if not tokens:
        return False
    if any(t[:7] in letters for t in tokens):  # Exchange cut local parts at 8: "jdasovic"
        return True
    if any(len(t) >= 5 and t[:4] in letters for t in tokens):  # "jcarl" for "Jane Carlin"
        return True
    return len(letters) <= 4 and not re.search(r"[a-z]{2,}[._-][a-z]{2,}", local)


def _needs_name(addr: Address) -> bool:
    """An address whose own display name is missing, is the address again, or is one word
    such as ``legal <.taylor@enron.com>`` (a mailbox label, not a person's name)."""
    name = addr.name.strip().strip(_QUOTES)
    if not name or name.lower() == addr.email or "@" in name:
        return True
    return " " not in name and "," not in name


def with_x_names(addresses: Sequence[Address], x_value: str | None) -> list[Address]:
    """``addresses`` with names from the matching ``X-From``/``X-To``/``X-cc`` header filled in
    where an address has none (see the module docstring for when a pairing is trusted)."""
    out = list(addresses)
    if not x_value or not out or not any(_needs_name(a) for a in out):
        return out
    entries = split_x_header(" ".join(x_value.split()))
    if len(entries) != len(out):
        return out
    for i, (addr, entry) in enumerate(zip(out, entries, strict=True)):
        if not addr.email or not _needs_name(addr):
            continue
        name = display_name(entry)
        if name and plausible_owner(name, addr.email):
            out[i] = Address(name=name, email=addr.email)
    return out
