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
from dataclasses import dataclass
from email.header import decode_header, make_header

from onrecord.record.model import Address

__all__ = [
    "EMAIL_EXTRACT_RE",
    "PARTICLES",
    "ROLE_NAME_RE",
    "Name",
    "analyze_name",
    "case_score",
    "clean_name",
    "decode_name",
    "display_name",
    "fold_name",
    "formal_first_name",
    "normalize_name",
    "notes_name",
    "person_part",
    "smart_title",
    "split_x_header",
    "with_x_names",
]

#: ``Name/OU/ORG@DOMAIN`` or ``Name/ORG`` or ``Name@DOMAIN`` (a Notes domain has no dot).
_NOTES_RE = re.compile(
    r"^\s*(?P<name>[^/@<>,\"]*?[^\W\d_][^/@<>,\"]*?)\s*"
    r"(?:(?:/[\w&.' -]+)+(?:@[\w&-]+)?|\s?@\s?[A-Za-z][\w&-]*(?:\s[A-Za-z][\w&-]*)?"
    r"|\s[Aa][Tt]\s[A-Za-z]+_[\w-]+)\s*$"
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

    ``"Sara Shackleton/HOU/ECT@ECT"`` -> ``"Sara Shackleton"``; ``"Mark Taylor@ECT"``, ``"Mark
    Taylor @ ENRON"``, ``"Scott Bolton@enron Communications"`` and ``"Scott Neal at
    Enron_development"`` -> the name before the organisation; an SMTP address (``a@b.com``) is not a Notes name and stays as it is.
    """
    if "/" not in text and "@" not in text and "_" not in text:
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


def _letters(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() or c.isspace()).lower()


def _name_tokens(name: str) -> list[str]:
    """Words of a display name that could appear in a local part ("Taylor, Mark E" ->
    ["taylor", "mark"]): two letters or more, brackets dropped."""
    name = re.sub(r"\([^)]*\)", " ", name)
    return [t for t in _letters(name.replace(",", " ").replace(".", " ")).split() if len(t) >= 2]


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


# --------------------------------------------------------------------------- name analysis
# What identity matching reads in a display name: first name, initials, surname (with its
# particles), and whether it is a person's name at all.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Surname particles (Dutch tussenvoegsels and friends). They belong to the surname.
PARTICLES = _words(
    "van de der den het ter ten te 't 's op in 'in aan bij uit voor von zu zum zur vom "
    "di da del della dei degli dos das do du le la les el al bin ibn bint ben mac st"
)

# Titles stripped from the front of a name. Those in _TITLES_DOT only with a full stop,
# because without one they may be real names ("Ing", "Ir").
_TITLES = _words(
    "dr drs dhr mr mrs ms miss mevr mw mevrouw meneer prof professor sir madam herr frau mme "
    "mlle monsieur madame dott sig sra sr"
)
_TITLES_DOT = _words("ir ing fr hr rev mag dipl lic bc ds")

# Suffixes stripped from the end of a name ("Todd Pitts, Ph.D.").
_SUFFIX_RE = re.compile(
    r"(?:,\s*|\s+)(?:jr|sr|ph\.?\s?d|phd|m\.?d|esq|ii|iii|iv|m\.?sc|b\.?sc|mba|ma|ba|llm|"
    r"msc|bsc|ra|rc|cpa|mphil|dphil)\.?\s*$",
    re.IGNORECASE,
)

_SUFFIX_BEFORE_COMMA_RE = re.compile(r"\s+(?:jr|sr|ii|iii|iv)\.?(?=\s*,)", re.IGNORECASE)

# Words that make a display name generic (a team, a role, an organisation).
_GENERIC_WORDS = _words(
    """
    admin administrator administratie support team info information office sales help
    helpdesk service services desk customer customers klantenservice noreply no-reply
    reply donotreply list lists mailing mailinglist group groups committee commissie
    department dept afdeling secretariaat secretariat secretary redactie bestuur board
    webmaster postmaster hostmaster notifications notification notify billing account
    accounts accounting finance mailer daemon system systems newsletter nieuwsbrief news
    bot robot automated automatic alert alerts marketing hr staff receptie reception
    digest owner owners moderator moderators delivery subsystem mail email e-mail
    foundation stichting vereniging inc ltd llc bv nv gmbh ag vzw corp corporation company
    co university universiteit gemeente school community unknown undisclosed recipients
    recipient everyone all members user users discussion announce announcements contact
    """
)

ROLE_NAME_RE = re.compile(
    r"(?:\s|^\(|\()via\s|\bmailing\s*list\b|\bno[-_ ]?reply\b|\bdo[-_ ]?not[-_ ]?reply\b|"
    r"\bmailer[-_ ]daemon\b|\bmail delivery (?:sub)?system\b|\bpostmaster\b",
    re.IGNORECASE,
)


_FOLD_MAP = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "TH",
        "ð": "d",
        "ı": "i",
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
    }
)

_EMAIL_IN_NAME_RE = re.compile(
    r"<?\s*[\w.+'%=!#$&*/?^`{|}~-]+\s*(?:@|\s+at\s+)\s*[\w-]+(?:\.[\w-]+)+\.*\s*>?",
    re.IGNORECASE,
)
EMAIL_EXTRACT_RE = re.compile(
    r"([\w.+'%=!#$&*/?^`{|}~-]+)\s*(?:@|\s+at\s+)\s*([\w-]+(?:\.[\w-]+)+)", re.IGNORECASE
)
_VIA_PAREN_RE = re.compile(r"\(\s*via\b[^)]*\)", re.IGNORECASE)
_VIA_TAIL_RE = re.compile(r"\s+via\s+.*$", re.IGNORECASE | re.DOTALL)
_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>")
_INNER_QUOTED_RE = re.compile(r"\s\"[^\"]*\"(?=\s)|\s'[^']{2,}'(?=\s)")
_QUOTES = "\"'`"
_SPACE_RE = re.compile(r"\s+")
_NONWORD_RE = re.compile(r"[^\w\s'-]+|_")
_WORD_TOKEN_RE = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")
_SIMPLE_NAME_RE = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)*$")


def decode_name(name: str) -> str:
    if "=?" not in name:
        return name
    try:
        return str(make_header(decode_header(name)))
    except Exception:  # malformed encoded word: keep the raw text
        return name


def _strip_quotes(s: str) -> str:
    s = s.strip()
    while len(s) >= 2 and s[0] == s[-1] and s[0] in _QUOTES:
        s = s[1:-1].strip()
    return s.strip('"` ')


def _strip_titles(s: str) -> str:
    while True:
        head, _, rest = s.partition(" ")
        if not rest:
            return s
        bare = head.rstrip(".").lower()
        if bare in _TITLES or (head.endswith(".") and bare in _TITLES_DOT):
            s = rest.lstrip()
            continue
        return s


def clean_name(name: str) -> str:
    """Structural clean-up that keeps case and accents ("Vale, Dr. Marcus" -> "Marcus Vale")."""
    s = decode_name(name).translate(_FOLD_MAP)
    s = _SPACE_RE.sub(" ", s).strip()
    if not s:
        return ""
    s = person_part(s)  # "Mark Taylor@ECT on 08/22/2000", "Dernehl, Ginger On Behalf Of …"
    if "/" in s or "@" in s:  # Lotus Notes: "Sara Shackleton/HOU/ECT@ECT"
        s = notes_name(s)
    if _SIMPLE_NAME_RE.match(s) and " via " not in s.lower():  # fast path: "First Last"
        return _strip_titles(s)
    s = _strip_quotes(s)
    low = s.lower()
    if "via" in low:
        s = _VIA_PAREN_RE.sub(" ", s)
        s = _VIA_TAIL_RE.sub("", s)
    if "@" in s or " at " in low:
        s = _EMAIL_IN_NAME_RE.sub(" ", s)
    if any(c in s for c in "([{<"):
        s = _BRACKETS_RE.sub(" ", s)
    s = _strip_quotes(_SPACE_RE.sub(" ", s).strip(" ,;:/|-"))
    if '"' in s or "'" in s:
        s = _INNER_QUOTED_RE.sub(" ", f" {s} ")
        s = _SPACE_RE.sub(" ", s).strip(" ,;:/|-")
    for _ in range(3):
        stripped = _SUFFIX_RE.sub("", s).strip(" ,")
        if stripped == s or not stripped:
            break
        s = stripped
    if "," in s:
        s = _SUFFIX_BEFORE_COMMA_RE.sub("", s)  # "Baughman Jr., Don" -> "Baughman, Don"
        before, _, after = s.partition(",")
        after = after.split(",", 1)[0]
        before, after = before.strip(), after.strip()
        b_tokens = before.split()
        core = [t for t in b_tokens if t.lower() not in PARTICLES]
        if after and len(core) == 1 and 1 <= len(after.split()) <= 4:
            s = f"{_strip_titles(after)} {before}"  # "Vale, Marcus" / "Vries, Jan de"
        else:
            s = before or after
    s = _strip_titles(s)
    return _SPACE_RE.sub(" ", s).strip(" ,;:")


def fold_name(s: str) -> str:
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _NONWORD_RE.sub(" ", s.lower().replace(".", " "))
    tokens = [t.strip("-") for t in s.split()]
    tokens = [t if t in ("'t", "'s") else t.strip("'") for t in tokens]
    return " ".join(t for t in tokens if t)


def normalize_name(name: str) -> str:
    """Normalize a display name for matching.

    ``"Vale, Marcus"`` -> ``"marcus vale"``; strips quotes, titles (Dr., Dhr., Mr.),
    suffixes (Ph.D., Jr.), ``(via Google Groups)``, ``via List``, addresses inside the
    name, parenthesised remarks and nicknames; folds accents and case; turns full stops
    into spaces (``"R.M.Everson"`` -> ``"r m everson"``). Returns ``""`` when nothing
    name-like is left (e.g. the name was just an address).
    """
    return fold_name(clean_name(name))


@dataclass(frozen=True, slots=True)
class Name:
    clean: str  # cased display form
    norm: str  # normalize_name()
    kind: int  # 3 full person name, 2 initial form, 1 single token, 0 generic/unusable
    role_cue: bool  # the name marks a list/machine sender ("X via List", "Mail Delivery")
    first: str = ""  # full first name, nicknames in their formal form ("" for an initial form)
    initials: tuple[str, ...] = ()  # first initial + middle initials
    surname: str = ""  # with particles, space separated ("de vries")
    surname_core: str = ""  # without particles ("vries")
    spoken: str = ""  # the first name as written ("rick" for first "richard")

    @property
    def person_key(self) -> tuple[str, str]:
        return (self.first, self.surname)


def analyze_name(raw: str) -> Name:
    clean = clean_name(raw)
    norm = fold_name(clean)
    cue = bool(ROLE_NAME_RE.search(decode_name(raw)))
    if not norm:
        return Name(clean, norm, 0, cue)
    tokens = norm.split()
    if any(t in _GENERIC_WORDS for t in tokens):
        return Name(clean, norm, 0, cue)
    if len(tokens) == 1:
        return Name(clean, norm, 1 if _WORD_TOKEN_RE.match(tokens[0]) else 0, cue)
    if len(tokens) > 6 or not all(t in PARTICLES or _WORD_TOKEN_RE.match(t) for t in tokens):
        return Name(clean, norm, 0, cue)
    # Surname: last token plus the particles right before it (not the first token).
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1] in PARTICLES:
        i -= 1
    given = tokens[:i]
    surname_tokens = tokens[i:]
    if len(surname_tokens[-1]) == 1:  # "Marcus V." -- no usable surname
        return Name(clean, norm, 1, cue)
    surname = " ".join(surname_tokens)
    core = surname_tokens[-1]
    initials = tuple(t[0] for t in given)
    first = given[0]
    if len(first) == 1:  # "M. Vale", "R M Everson", "J. de Vries"
        if any(len(t) > 1 for t in given):
            return Name(clean, norm, 1, cue)  # "M. Marcus Vale"-style oddities: not used
        return Name(clean, norm, 2, cue, "", initials, surname, core)
    formal = formal_first_name(first)
    if formal != first:  # "Rick Shapiro" is a "Richard Shapiro"; initials follow the formal name
        initials = (formal[0], *initials[1:])
    return Name(clean, norm, 3, cue, formal, initials, surname, core, first)


def case_score(s: str) -> int:
    """1 when every word looks properly capitalised ("Jan de Vries", "McDonald")."""
    for k, word in enumerate(s.split()):
        if k > 0 and word in PARTICLES:
            continue
        if not word[:1].isupper() or (len(word) > 2 and word[1:].isupper()):
            return 0
    return 1


def smart_title(s: str) -> str:
    words = s.split()
    out = []
    for k, w in enumerate(words):
        if k > 0 and w.lower() in PARTICLES:
            out.append(w.lower())
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)
