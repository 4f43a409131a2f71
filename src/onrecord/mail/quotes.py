"""Recognizers for the lines that introduce quoted mail: reply headers and header blocks.

Everything here works on single lines or on a few joined lines of bounded length, with regexes that
have no nested unbounded repetition, so that no input can make them backtrack catastrophically.

- :func:`match_reply_header`: "On … wrote:" and its siblings in other languages ("Op … schreef …:",
  "Op … heeft … het volgende geschreven:", "Am … schrieb …:", "Le … a écrit :" and more), wrapped
  over up to three lines.
- :func:`match_header_block`: a block of ``From: / Sent: / To: / Subject:`` fields as Outlook, Apple
  Mail and Gmail write above a quoted or forwarded message, in English, Dutch, German, French and
  several other languages; also ``*From:*`` (bold, from HTML) and ``De :`` (French spacing).
- :data:`ORIGINAL_MESSAGE`: the "-----Original Message-----" separator family.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from onrecord.mail.header_lines import RAW_FIELD, date_of, principal, subject_wrapped
from onrecord.mail.redaction import may_be_redacted, scrub
from onrecord.record.model import Address

__all__ = [
    "ORIGINAL_MESSAGE",
    "HeaderBlock",
    "QuoteHeader",
    "address_of",
    "date_of",
    "field_of",
    "match_header_block",
    "match_named_header",
    "match_reply_header",
    "quote_depth",
    "starts_like_header",
]

# ``>`` quoting at any depth, also ``> > >`` with spaces between the markers
_QUOTE_PREFIX = re.compile(r"[ \t]{0,8}(?:>[ \t]?)+")
EMAIL = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")

# the verb that ends a reply header, per language (the header must END with it and a colon)
_WROTE = (
    r"wrote|writes|schreef|geschreven|schrieb|geschrieben|a\s+écrit|a\s+ecrit|ha\s+scritto|"
    r"escribió|escribio|escreveu|napisał\(a\)|napisał|napisała|napisal|pisze|skrev|kirjoitti|"
    r"írta|пишет|пише|написал\(а\)|написал|написала|написав|napsal|yazdı|scrie|έγραψε|viết"
)
# a lookahead for the first letters of the verbs: one test where the alternation would try each
# verb in turn (same matches, found faster)
_WROTE_AHEAD = "(?=[" + "".join(sorted({v[0] for v in _WROTE.split("|")})) + "])"
_HEADER_END = re.compile(
    f"{_WROTE_AHEAD}(?:{_WROTE})"
    + r"\b[^\n]{0,150}[:：]\s*$|(?:写道|寫道|のメッセージ)\s*[:：]\s*$",
    re.IGNORECASE,
)
# the usual first words of a reply header: On / Op / Am / Le / El / Il giorno / Em / W dniu ...
_HEADER_START = re.compile(
    r"^\s*(?:On|Op|Am|Le|El|Il|Em|W\s+dniu|Dnia|Den|D\.|Ons|Pe|В|У|\d{1,4}[./-]|\w+\s+\d{1,2})\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# "---- John Smith wrote ----" (Android, Zoho): a verb line set off by dashes
_DASHED = re.compile(r"^-{2,}\s*(?P<inner>.{1,250}?\b(?:" + _WROTE + r"|sent))\s*:?\s*-{2,}$", re.I)
# "On … wrote" without the colon, "On … sent:": only with a date and an address
_LOOSE_END = re.compile(r"\b(?:" + _WROTE + r"|sent)\s*[:：]?\s*$", re.IGNORECASE)
# Gmail/Yandex/mail.ru style with no verb: "2016-10-24 15:36 GMT+02:00 Name <a@b>:",
# "26.06.2014, 14:41, "Name" <a@b>:", "11:00 AM, November 17, 2021, Name <a@b>:"
_DATE_LEAD = re.compile(r"^[^\n]{0,30}?\d{1,4}(?:[./:-]\d{1,4}|\s+\w{3,10}\.?,?\s+\d{2,4})")
# "On Mon, 1 Jan 2024 at 10:00, Name <email> wrote:" → the name before the email or the verb
_NAME_BEFORE = re.compile(
    r"(?:,|\bat\s+\d{1,2}[:.]\d{2}(?:\s*[AP]M)?|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*"
    r"(?:[A-Z]{2,5}|[+-]\d{4})?,?|\b(?:um|à|om|alle|às|o)\s+\d{1,2}[:.]\d{2})\s*"
    r"(?P<name>[^,<>\[\]()]{1,80}?)\s*(?:<|\[|\(|" + _WROTE_AHEAD + r"(?:" + _WROTE + r")\b)",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(  # "Le …, X a écrit", "Op … schreef X <x@y>:" (verb first)
    r"\b(?:schreef|schrieb|skrev)\s+(?P<name>[^<>:\[\]]{1,80}?)\s*(?:<[^>]{0,200}>)?\s*"
    r"(?:het\s+volgende\s+geschreven\s*)?:\s*$",
    re.IGNORECASE,
)
_NAME_HEEFT = re.compile(r"\bheeft\s+(?P<name>[^<>:]{1,80}?)\s*(?:<[^>]{0,200}>\s*)?het\s+volgende",
                         re.IGNORECASE)  # fmt: skip


def quote_depth(line: str) -> tuple[int, int]:
    """(number of ``>`` markers, length of the prefix) of a line; (0, 0) when not quoted."""
    if ">" not in line[:40]:
        return 0, 0
    m = _QUOTE_PREFIX.match(line)
    if not m or ">" not in m.group(0):
        return 0, 0
    return m.group(0).count(">"), m.end()


@dataclass(slots=True)
class QuoteHeader:
    lines: int  # how many physical lines the header spans
    author: Address
    date: datetime | None = None
    offset: int | None = None


def address_of(value: str) -> Address:
    """An Address from a header value like ``"Name" <a@b>``, ``Name [mailto:a@b]`` or ``a@b``."""
    value = value.replace("*", "").strip()
    if ">@" in value:  # Exchange's '"Name" <a@b.com>@ENRON': the gateway's domain is not a name
        value = re.sub(r">@[\w.-]{1,60}", ">", value)
    email_m = EMAIL.search(value)
    email = email_m.group(0).lower().strip(".'") if email_m else ""
    name = re.sub(r"<[^>]{0,300}>|\[mailto:[^\]]{0,300}\]|\([^)]{0,300}@[^)]{0,300}\)", "", value)
    name = name.replace("mailto:", "").strip(" \t\"'<>,;")
    if email_m and (name.lower() == email or EMAIL.fullmatch(name)):
        name = ""
    if len(name) > 100:
        name = ""
    if may_be_redacted(value):
        name, email = scrub(name, email)
    return Address(name=re.sub(r"\s+", " ", name), email=email)


_TIME_PREFIX = re.compile(
    r"^[^\n]{0,60}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:GMT|UTC)?[+-]?\d{0,4}(?::\d{2})?)?(?:\s+[A-Z]{2,5}\b)?\s*,?\s*"
)


def _header_author(header: str) -> Address:
    email_m = EMAIL.search(header)
    email = email_m.group(0).lower() if email_m else ""
    name = ""
    low = header.lower() if header.isascii() else None
    for pattern, word in ((_NAME_HEEFT, "heeft"), (_NAME_AFTER, ""), (_NAME_BEFORE, "")):
        if low is not None and word and word not in low:
            continue  # (ASCII text) the pattern needs the word
        m = pattern.search(header)
        if m:
            name = m.group("name").strip(" \t\"',")
            break
    if name:  # drop a date/time that the name pattern took along ("2024 at 9:12 PM Bob")
        name = _TIME_PREFIX.sub("", name).strip(" \t\"',")
        if _DIGIT.search(name) or EMAIL.fullmatch(name):
            name = ""
    if name.lower().startswith(("at ", "um ", "om ")):
        name = ""
    return Address(name=name, email=email)


_SECOND_PERSON = frozenset(("you", "u", "je", "jij", "jou", "du", "sie", "vous", "tu"))


def is_second_person(name: str) -> bool:
    """Whether a header's name is the reader ("On Tue, you wrote:", "Op di schreef u:")."""
    return name.strip().lower() in _SECOND_PERSON


def match_reply_header(lines: list[str], i: int) -> QuoteHeader | None:
    """A reply header starting at ``lines[i]`` (already stripped of quote markers), or None.

    It must end with the verb and a colon ("wrote:"), be at most three lines and 400 characters,
    and either start with a usual first word (On/Op/Am/Le…) or carry a date or an address.
    """
    first = lines[i]
    if not first.strip() or len(first) > 400:
        return None
    chunk = ""
    for n in range(3):
        if i + n >= len(lines):
            return None
        part = lines[i + n].strip()
        if not part:
            break
        chunk = f"{chunk} {part}" if chunk else part
        if len(chunk) > 400:
            return None
        found = _header_in(chunk, n)
        if found is not None:
            return found or None
        if n == 0 and not may_open_header(chunk):
            return None  # a wrapped header starts like one
    if i + 1 < len(lines) and lines[i + 1].strip():
        return None  # Polymail's header is broken up by blank lines
    return _polymail(lines, i)


# Netscape / Outlook Express: '"Shapiro, Richard" wrote:' with no date and no address
_NAMED_WROTE = re.compile(
    r"^[ \t]*(?P<name>\"[^\"\n]{2,80}\"|[A-Z][\w'.-]{0,30}(?:,? [A-Z][\w'.-]{0,30}){1,3})"
    r"[ \t]+(?:<[^<>\s]{1,100}@[^<>\s]{1,100}>[ \t]+)?wrote[ \t]*:[ \t]*$"
)


def match_named_header(line: str) -> QuoteHeader | None:
    """A bare '"Name" wrote:' line (a name of two to four capitalised words, or quoted). Only a
    header where ``>`` lines follow it: the caller checks that."""
    if len(line) > 200 or not line.rstrip().endswith(":"):
        return None
    m = _NAMED_WROTE.match(line)
    if m is None:
        return None
    return QuoteHeader(lines=1, author=address_of(line[: line.rfind("wrote")]))


def may_open_header(first: str) -> bool:
    """Whether a (stripped) first line may open a reply header wrapped over more lines:
    :func:`match_reply_header` reads on past a first line only where this holds."""
    return bool(
        _HEADER_START.match(first)
        or ("@" in first and EMAIL.search(first))
        or _DATE_LEAD.match(first)
    )


def starts_like_header(line: str) -> bool:
    """Whether a line begins with one of the usual first words of a reply header."""
    return _HEADER_START.match(line) is not None


# In ASCII text, every match of _HEADER_END starts with one of these (lower-cased; "ı" of "yazdı"
# matches "i" case-insensitively), "a écrit" and "ha scritto" a few characters before theirs
_VERB_STEMS = (
    "wrote", "writes", "schreef", "geschreven", "schrieb", "geschrieben", "ecrit", "scritto",
    "escribio", "escreveu", "napisal", "pisze", "skrev", "kirjoitti", "napsal", "yazd", "scrie",
)  # fmt: skip


def _ends_with_verb(chunk: str) -> bool:
    tail = chunk[-170:]  # the verb is near the end: never scan the whole chunk
    if not tail.endswith((":", "：")):
        return False
    pos = 0
    if tail.isascii():  # find where a match can start with plain string searches first
        low = tail.lower()
        found = [i for i in (low.find(v) for v in _VERB_STEMS) if i >= 0]
        if not found:
            return False
        if "ecrit" not in low and "scritto" not in low:
            pos = min(found)
    return _HEADER_END.search(tail, pos) is not None


# Gmail's localized header with the address lost (e.g. stripped as an HTML tag):
# "2016-03-03 17:21 GMT+01:00 Some One" or "… Some One:" on a line of its own
_GMAIL_NO_ADDRESS = re.compile(
    r"^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2} GMT[+-]\d{1,2}(?::\d{2})? (?P<name>[^\d<>@:()]{1,80}?)\s*:?$"
)


def _header_in(chunk: str, n: int) -> QuoteHeader | bool | None:
    """The header in ``chunk`` (n + 1 lines), False when it cannot be one, None to read on."""
    if n == 0 and chunk[:1].isdigit() and "GMT" in chunk:
        gm = _GMAIL_NO_ADDRESS.match(chunk)
        if gm:
            return QuoteHeader(lines=1, author=Address(name=gm.group("name").strip(), email=""))
    if chunk.startswith("--"):
        dashed = _DASHED.match(chunk)
        if dashed:
            return QuoteHeader(lines=n + 1, author=_header_author(dashed.group("inner") + ":"))
    email_m = EMAIL.search(chunk) if "@" in chunk else None
    verb = _ends_with_verb(chunk)
    if verb:
        if not (_DIGIT.search(chunk) or email_m):
            return False
        # "I wrote:" / "As John wrote:" in prose: a header is not a short sentence
        if len(chunk) < 25 and not email_m:
            return False
        return QuoteHeader(lines=n + 1, author=_header_author(chunk))
    if email_m is None:
        return None
    if (
        len(chunk) < 250
        and (chunk.endswith((":", "：")) or (chunk.endswith(">") and n == 0))
        and _DATE_LEAD.match(chunk)
    ):
        name = chunk[: email_m.start()].rstrip(' <("[')
        name = re.split(
            r",\s*|\s(?:GMT[+-]?[\d:]*|от|пользователь|\d{1,2}:\d{2}(?:\s*[AP]M)?)\s", name
        )[-1]
        return QuoteHeader(lines=n + 1, author=Address(
            name=name.strip(" \"'") if not _DIGIT.search(name) else "",
            email=email_m.group(0).lower()))  # fmt: skip
    if _DIGIT.search(chunk) and _HEADER_START.match(chunk) and _LOOSE_END.search(chunk[-40:]):
        return QuoteHeader(lines=n + 1, author=_header_author(chunk + ":"))
    return None


def _polymail(lines: list[str], i: int) -> QuoteHeader | None:
    """ "On <date> Name" + blank lines + "<" + "mailto:Name <a@b>" + "> wrote:" (Polymail)."""
    first = lines[i].strip()
    if not (first.lower().startswith("on ") and _DIGIT.search(first)) or len(first) > 200:
        return None
    parts = [first]
    for k in range(i + 1, min(i + 7, len(lines))):
        part = lines[k].strip()
        if not part:
            continue
        parts.append(part)
        chunk = " ".join(parts)
        if len(chunk) > 400:
            return None
        if _HEADER_END.search(chunk):
            return (
                QuoteHeader(lines=k - i + 1, author=_header_author(chunk))
                if EMAIL.search(chunk)
                else None
            )
    return None


# --- header blocks: From / Sent / To / Subject ------------------------------------------------

_FROM = r"from|van|von|de|da|od|fra|från|от|lähettäjä|feladó|afzender|absender|expéditeur"
_DATE = (
    r"sent|date|verzonden|datum|gesendet|envoyé le|envoyé|envoye|message du|inviato|data|enviado|enviada|fecha|"
    r"sendt|skickat|wysłano|отправлено|дата|lähetetty|verstuurd|sent at"
)
_TO = r"to|aan|an|à|a|para|til|till|do|кому|vastaanottaja|címzett|destinataire"
_CC = r"cc|bcc|kopie|copie à|copie|kopia|копия|reply-to|antwoord aan|risposta|antwort an|répondre à"
_SUBJECT = (
    r"subject|onderwerp|betreff|objet|oggetto|asunto|assunto|emne|ämne|temat|тема|aihe|tárgy|sujet"
)
# fields that Outlook and Notes print in a block and that name nobody
_OTHER = r"importance|priority|prioriteit|urgentie|wichtigkeit|priorität|priorité|sensitivity"
_FIELD = re.compile(
    r"^\t{0,3}[ \t]{0,8}[*_]{0,2}(?P<key>"
    + "|".join((_FROM, _DATE, _TO, _CC, _SUBJECT, _OTHER))
    + r")[*_]{0,2}"
    r"[ \t\u00a0]?[:：][*_]{0,2}[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
)
_FROM_KEY = re.compile(r"^(?:" + _FROM + r")$", re.IGNORECASE)
_DATE_KEY = re.compile(r"^(?:" + _DATE + r")$", re.IGNORECASE)
_TO_KEY = re.compile(r"^(?:" + _TO + "|" + _CC + r")$", re.IGNORECASE)
_SUBJECT_KEY = re.compile(r"^(?:" + _SUBJECT + r")$", re.IGNORECASE)

ORIGINAL_MESSAGE = re.compile(
    r"^[ \t]*\.?[-_=*]{2,}[ \t]*(?:original message|original-nachricht|ursprüngliche nachricht|"
    r"oorspronkelijk bericht|origineel bericht|message d'origine|message original|"
    r"messaggio originale|mensaje original|mensagem original|oprindelig meddelelse|"
    r"opprinnelig melding|ursprungligt meddelande|alkuperäinen viesti|wiadomość oryginalna|"
    r"исходное сообщение|reply message|antwort nachricht|oprindelig besked|original)"
    r"[ \t]*[-_=*]{2,}[ \t]*$"
    # Tobit David writes a line of its own above the original's (colon-less) header lines
    r"|^[ \t]*original message processed by [\w®.-]{1,30}[ \t]*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class HeaderBlock:
    end: int  # index of the last line of the block (inclusive)
    author: Address
    date: datetime | None
    offset: int | None
    subject: str
    fields: int


def field_of(line: str) -> tuple[str, str] | None:
    """(``"from"``, ``"date"``, ``"to"``, ``"subject"`` or ``"other"``, value) of a header field
    line in any of the languages above (cc and bcc count as ``"to"``, Importance as ``"other"``),
    or None: the one list of header words,
    shared with the Lotus Notes forms (:mod:`onrecord.mail.notes`)."""
    m = _FIELD.match(line) if len(line) < 10000 else None
    if m is None:
        return None
    key = m.group("key")
    for name, pattern in (("from", _FROM_KEY), ("date", _DATE_KEY), ("to", _TO_KEY),
                          ("subject", _SUBJECT_KEY)):  # fmt: skip
        if pattern.match(key):
            return name, m.group("value")
    return "other", m.group("value")


def is_subject_line(line: str) -> bool:
    """A "Subject: …" header line (Thunderbird puts it first in a forward's header block)."""
    m = _FIELD.match(line)
    return m is not None and _SUBJECT_KEY.match(m.group("key")) is not None


_MAILTO = re.compile(r"\[mailto:[^\]]{0,2000}\]?")
_NOTES_ON = re.compile(
    r"^(?P<who>\S[^\n]{0,200}?)[ \t]+on[ \t]+(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
    r"(?:[ \t]+\d{1,2}[:.]\d{2}[^\n]{0,20})?)[ \t]*$",
    re.IGNORECASE,
)
_EXCHANGE_CN = re.compile(r"/CN=([\w.-]{2,40})>?[ \t]*$", re.IGNORECASE)


def match_header_block(lines: list[str], i: int, *, need: int = 2) -> HeaderBlock | None:
    """A From-led header block at ``lines[i]``: From plus at least ``need`` - 1 other fields.

    Fields may be separated by single blank lines (HTML conversions) and values may wrap onto an
    indented continuation line. Returns None unless line ``i`` is a From field.
    """
    m = _FIELD.match(lines[i])
    if not m:
        return None
    key0 = m.group("key")
    date: datetime | None = None
    offset: int | None = None
    if _FROM_KEY.match(key0):
        value = m.group("value")
        notes = _NOTES_ON.match(value) if " on " in value and len(value) < 300 else None
        if notes is not None:  # Notes' "From: NAME on DATE": the date is no part of the name
            value = notes.group("who")
            date, offset = date_of(notes.group("date"))
        author = address_of(principal(value))
        if not (author.email or author.name):  # an Exchange directory name: "</O=ENRON/…/CN=X>"
            dn = _EXCHANGE_CN.search(value)
            author = Address(dn.group(1), "") if dn else author
        redacted = may_be_redacted(value)  # a withheld sender is still a From line
        bare = _MAILTO.sub("", value) if "[mailto:" in value else value  # Exchange's long tail
        if not (author.email or author.name or redacted) or len(bare) > 200:
            return None
        seen = {"from"}
    elif _DATE_KEY.match(key0) and len(m.group("value")) < 100:
        author = Address("", "")
        seen = {"date"}
        date, offset = date_of(m.group("value"))
    else:
        return None
    subject = ""
    end = i
    j = i + 1
    blanks = 0
    wrapped = 0  # wrapped value lines do not count against the window of 16 field lines
    last = "from" if "from" in seen else ""  # the field of the line above
    while j < len(lines) and j < i + 16 + wrapped:
        line = lines[j]
        if not line.strip():
            blanks += 1
            # an HTML conversion may leave two blank lines between fields ("[mailto:…]" wrapped
            # under From, a blank line, two, then Sent)
            if blanks > 2 or (
                blanks == 2 and not _FIELD.match(lines[j + 1] if j + 1 < len(lines) else "")
            ):
                break
            j += 1
            continue
        fm = _FIELD.match(line)
        if fm is None:
            # a wrapped value (an indented line, or a long To: list) right after a field, or
            # Exchange's "[mailto:IMCEANOTES-…]" wrapped over two lines under From, or the
            # rest of a long Subject wrapped at 78 columns over the blank line under the block
            nxt = lines[j + 1] if j + 1 < len(lines) else ""
            mailto = line.startswith("[mailto:") and last == "from" and blanks <= 1
            if (
                (blanks == 0 or mailto)
                and end == j - 1 - blanks
                and len(line) < 300
                and (
                    line[:1] in " \t"
                    or "@" in line
                    or line.startswith("[mailto:")
                    or _FIELD.match(nxt)
                    or (last == "subject" and subject_wrapped(lines[j - 1], line, nxt))
                    or (last == "to" and (lines[j - 1].rstrip()[-1:] in ",;" or ";" in line))
                    or RAW_FIELD.match(line) is not None
                )
            ):
                if line.startswith("[mailto:") and last == "from" and not author.email:
                    author = Address(author.name, address_of(line[8:].rstrip("]")).email)
                end = j
                wrapped = min(wrapped + 1, 200)
                blanks = 0
                j += 1
                continue
            break
        blanks = 0
        key = fm.group("key").lower()
        value = fm.group("value")
        last = (
            "subject"
            if _SUBJECT_KEY.match(key)
            else "from"
            if _FROM_KEY.match(key)
            else "to"
            if _TO_KEY.match(key)
            else ""
        )
        if _DATE_KEY.match(key):
            seen.add("date")
            if date is None:
                date, offset = date_of(value)
        elif _SUBJECT_KEY.match(key):
            seen.add("subject")
            subject = value.strip()
        elif _TO_KEY.match(key):
            seen.add("to")
        elif _FROM_KEY.match(key):
            if "from" in seen:
                break  # the next block
            seen.add("from")
            author = address_of(principal(value))
        end = j
        j += 1
    if len(seen) < need:
        return None
    return HeaderBlock(end=end, author=author, date=date, offset=offset, subject=subject,
                       fields=len(seen))  # fmt: skip
