"""One raw item in, one analyzed record out: parse, segment, split into statements.

Pure and picklable, so it runs in worker processes; the store then writes the results in order.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import datetime

from onrecord.ingest.documents import MARKDOWN, parse_document
from onrecord.mail.assent import find_assents
from onrecord.mail.exhibits import (
    PrintedMail,
    is_page_furniture,
    looks_like_exhibit,
    split_printed_mail,
)
from onrecord.mail.interview import attribute, find_turns, guest_of
from onrecord.mail.machinery import lead, trim
from onrecord.mail.mime import NotAMessage, parse_mail
from onrecord.mail.printed_bounds import end_at_structure
from onrecord.mail.printed_prose import end_at_prose, without_paragraph_numbers
from onrecord.mail.segment import segment_body
from onrecord.mail.spoken_quotes import spoken_quotes
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import (
    Address,
    Analyzed,
    ItemKind,
    MessageRecord,
    ParsedDocument,
    ParsedMail,
    RawItem,
    Segment,
    SegmentKind,
    Statement,
    StoredAttachment,
)
from onrecord.text.lang import detect_langs, detect_message_langs
from onrecord.text.markdown import editorial_spans, lead_end
from onrecord.text.sentences import split_sentences
from onrecord.text.subjects import normalize_subject

#: Segment kinds whose sentences become statements (signatures and boilerplate never do).
STATEMENT_KINDS = (SegmentKind.AUTHORED, SegmentKind.QUOTED, SegmentKind.FORWARDED)

_QUOTE_MARKS = re.compile(r"^([ \t]*>[> \t]*)", re.MULTILINE)
# Sentences that are the machinery of mail, not anybody's statement: quote headers ("On … wrote:"),
# printed header blocks ("From: … Sent: … To: …") and separator lines.
_NOT_A_STATEMENT = re.compile(
    r"^(?:(?:On|Op|Am|Le|El|Il)\b.{0,300}(?:wrote|schreef|geschreven|schrieb|écrit|escribió|scritto)"
    r"\s*:?|(?:-{2,}[^\n]{0,60}-{2,}\s*)?(?:From|Van|Von|De|Sent|Date|Verzonden|Datum|Gesendet|Envoyé)\s*:.*"
    r"(?:\b(?:To|Aan|An|À|Subject|Onderwerp|Betreff|Objet|Sent|Verzonden|Gesendet|Date|Datum)\s*:.*)"
    r"|-{2,}[^\n]{0,60}-{2,}|_{5,}|Begin forwarded message:|Début du message réexpédié\s*:)$",
    re.IGNORECASE | re.DOTALL,
)


# Every match of _NOT_A_STATEMENT starts with one of these ASCII characters (On/Op, Am, Le, El,
# Il, From, Van/Von/Verzonden, De/Date/Datum/Début, Sent, Gesendet, Envoyé, Begin, rules).
_NOT_A_STATEMENT_FIRST = frozenset("oOaAlLeEiIfFvVdDsSgGbB-_")


def _may_not_be_a_statement(text: str) -> bool:
    """A cheap test before _NOT_A_STATEMENT (non-ASCII first characters go to the regex: case
    folding maps a few of them to ASCII letters)."""
    c = text[0]
    return c in _NOT_A_STATEMENT_FIRST or c >= "\x80"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def failed(item: RawItem, reason: str) -> Analyzed:
    """``item`` counted as failed with ``reason`` (its bytes kept, as for any failed item)."""
    return Analyzed(
        source=item.source,
        locator=item.locator,
        flags=item.flags,
        blob_hash=sha256(item.data),
        record=None,
        error=reason,
        data=item.data,
    )


def analyze(
    item: RawItem, defaults: dict[str, str] | None = None, limits: Limits = DEFAULT_LIMITS
) -> Analyzed:
    """Never raises: a problem becomes an ``Analyzed`` with ``error`` set. ``limits`` bound the
    work on one item (its size here; nesting, headers and text in :func:`parse_mail`)."""
    if item.error:
        return failed(item, item.error)
    if len(item.data) > limits.max_message_bytes:  # (a reader that streams stops earlier)
        return failed(item, limits.too_big(len(item.data)))
    digest = sha256(item.data)
    base = {
        "source": item.source,
        "locator": item.locator,
        "flags": item.flags,
        "blob_hash": digest,
    }
    try:
        if item.kind == ItemKind.DOCUMENT:
            record = _document(item, digest, defaults or {})
        else:
            record = _mail(item.data, digest, limits=limits)
    except NotAMessage as exc:
        return Analyzed(**base, record=None, error=f"not an email: {exc}", data=item.data)
    except Exception as exc:  # a bug or a truly unreadable file: count it, never abort the run
        return Analyzed(
            **base, record=None, error=f"{type(exc).__name__}: {exc}"[:300], data=item.data
        )
    return Analyzed(**base, record=record)


def content_hash(sender: str, date: datetime | None, subject: str, body: str) -> str:
    """Equal for the same message stored in two mailboxes (headers added in transit differ)."""
    key = "\x1f".join(
        [
            sender.lower(),
            date.isoformat() if date else "",
            " ".join(subject.split()).lower(),  # == collapsing \s+ (same whitespace set)
            " ".join(body.split()),
        ]
    )
    return sha256(key.encode("utf-8", "surrogatepass"))


def reanalyze_mail(
    data: bytes, known_signatures: list[str], limits: Limits = DEFAULT_LIMITS
) -> MessageRecord:
    """Analyze a stored mail again, now knowing its sender's learned signatures (under the same
    ``limits`` as the first time, so that what was cut is cut again)."""
    return _mail(data, sha256(data), known_signatures, limits)


def _mail(
    data: bytes,
    digest: str,
    known_signatures: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> MessageRecord:
    mail = parse_mail(data, limits)
    sender = mail.from_[0] if mail.from_ else None
    segments = segment_body(
        mail.body_text,
        sender,
        mail.date,
        mail.html_quote_spans,
        known_signatures=known_signatures or (),
        date_offset_min=mail.date_offset_min,
        addressees=mail.to,
    )
    statements, lang = statements_of(mail.body_text, segments)
    record = MessageRecord(
        kind="mail",
        blob_hash=digest,
        data=data,
        content_hash=content_hash(
            sender.email if sender else "", mail.date, mail.subject, mail.body_text
        ),
        message_id=mail.message_id,
        subject=mail.subject,
        sender=sender,
        to=mail.to,
        cc=mail.cc,
        date=mail.date,
        date_offset_min=mail.date_offset_min,
        in_reply_to=mail.in_reply_to,
        references=mail.references,
        list_id=mail.list_id,
        lang=lang,
        body_text=mail.body_text,
        body_html=mail.body_html,
        defects=mail.defects,
        segments=segments,
        statements=statements,
    )
    record.attachments = _attachments(mail, sender, record)
    record.assents = find_assents(
        segments, statements, mail.body_text, sender.name if sender else ""
    )
    return record


def _attachments(
    mail: ParsedMail, sender: Address | None, parent: MessageRecord
) -> list[StoredAttachment]:
    out = []
    for index, att in enumerate(mail.attachments):
        digest = sha256(att.data)
        doc = None
        if att.text and att.text.strip():
            doc = _text_record(
                "attachment",
                att.text,
                digest,
                b"",
                title=att.filename,
                author=sender,
                date=mail.date,
                offset=mail.date_offset_min,
                key=f"{parent.content_hash}:{index}:{digest}",
            )
        out.append(StoredAttachment(att.filename, att.content_type, digest, att.data, doc))
    return out


def _document(item: RawItem, digest: str, defaults: dict[str, str]) -> MessageRecord:
    doc = parse_document(item, defaults)
    author = Address(name=doc.author, email="") if doc.author else None
    record = _text_record(
        "document",
        doc.text,
        digest,
        item.data,
        title=doc.title,
        author=author,
        date=doc.date,
        offset=doc.date_offset_min,
        key=digest,
        lang_hint=doc.lang,
    )
    record.defects = list(doc.defects)
    speakers = interview_segments(doc, record) or spoken_segments(doc, record)
    if speakers:
        record.segments = speakers
        record.statements, _ = statements_of(doc.text, speakers, record.lang or None)
    if doc.byline_spans:
        record.statements = [
            st
            for st in record.statements
            if not any(a <= st.start and st.end <= b for a, b in doc.byline_spans)
        ]
    if doc.content_type == MARKDOWN:
        record.statements = without_editorial(doc.text, record.statements, record.segments)
    if looks_like_exhibit(doc.text):
        mails = end_at_structure(doc.text, split_printed_mail(doc.text), doc.blocks)
        mails = end_at_prose(doc.text, mails, doc.blocks)
        if mails:
            _carve_out(record, mails)
            record.printed = _printed(doc.text, mails, digest)
    return record


def without_editorial(
    text: str, statements: list[Statement], segments: list[Segment] | None = None
) -> list[Statement]:
    """A Markdown document's statements less its headings and emphasised paragraphs (the
    editor's words: headline, lede, caption), each starting after an emphasised dateline. An
    interviewer's question (a segment of a named interviewer) stays: it is the interviewer's."""
    spans = editorial_spans(text)
    out = []
    for st in statements:
        seg = segments[st.segment] if segments is not None else None
        asked = seg is not None and seg.question and bool(seg.author_name)
        if not asked and any(a <= st.start and st.end <= b for a, b in spans):
            continue
        cut = lead_end(st.text)
        if cut:
            rest = st.text[cut:]
            skip = cut + len(rest) - len(rest.lstrip())
            st = replace(st, text=st.text[skip:], start=st.start + skip)
        out.append(st)
    return out


def interview_segments(doc: ParsedDocument, record: MessageRecord) -> list[Segment]:
    """A Q/A document's segments, one per introduction, question and answer, each with its
    speaker (:mod:`onrecord.mail.interview`); [] when the document has no Q/A layout. Text
    by nobody known (an unnamed interviewer's questions) has no author: nobody's statements."""
    author = record.sender.name if record.sender else ""
    turns = find_turns(doc.text, doc.emphasised, doc.interview, (author, doc.interviewer))
    if not turns:
        return []
    interviewer, interview = doc.interviewer, doc.interview
    guest = "" if (interview or interviewer) else guest_of(doc.text, turns, author, doc.title)
    if guest:  # the byline named the writer, the introduction the guest who answers
        author, interviewer, interview = guest, author, True
    return [
        Segment(
            SegmentKind.AUTHORED,
            piece.start,
            piece.end,
            piece.author,
            "",
            record.date,
            date_offset_min=record.date_offset_min,
            question=piece.question,
        )
        for piece in attribute(doc.text, turns, author, interviewer, interview)
    ]


#: what is left between a quotation and the text around it: its marks and a comma
_MARKS = ' \t\n,"“”„'


def spoken_segments(doc: ParsedDocument, record: MessageRecord) -> list[Segment]:
    """The document's segments with each quotation of a named speaker cut out as that speaker's
    (:mod:`onrecord.mail.spoken_quotes`); [] where it quotes nobody by name."""
    spoken = spoken_quotes(doc.text, record.sender.name if record.sender else "")
    if not spoken:
        return []
    text, out = doc.text, []

    def rest(seg: Segment, a: int, b: int) -> None:
        while a < b and text[a] in _MARKS:
            a += 1
        while b > a and text[b - 1] in _MARKS:
            b -= 1
        if a < b:
            out.append(replace(seg, start=a, end=b))

    for seg in record.segments:
        pos = seg.start
        for q in spoken:
            if seg.start <= q.start and q.end <= seg.end:
                rest(seg, pos, q.start)
                said = replace(seg, start=q.start, end=q.end, author_name=q.speaker)
                out.append(replace(said, author_email=""))
                pos = q.end
        rest(seg, pos, seg.end)
    return out


def _carve_out(record: MessageRecord, mails: list[PrintedMail]) -> None:
    """The printed mails are not the document author's words: they become quoted segments of
    the document (their statements live in the printed messages); the rest stays authored."""
    text, author, segments = record.body_text, record.sender, []
    pos = 0
    for pm in [*mails, None]:
        stop = pm.start if pm else len(text)
        piece = text[pos:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            segments.append(
                Segment(
                    SegmentKind.AUTHORED,
                    pos + lead,
                    pos + len(piece.rstrip()),
                    author.name if author else "",
                    "",
                    record.date,
                    date_offset_min=record.date_offset_min,
                )
            )
        if pm:
            who = pm.sender
            segments.append(
                Segment(
                    SegmentKind.QUOTED,
                    pm.start,
                    pm.end,
                    who.name if who else "",
                    who.email if who else "",
                    pm.date,
                    depth=1,
                    date_offset_min=pm.date_offset_min,
                )
            )
            pos = pm.end
    statements, _ = statements_of(text, segments, record.lang or None)
    record.segments = segments
    record.statements = without_paragraph_numbers(
        text,
        [
            st
            for st in statements
            if st.kind == SegmentKind.AUTHORED and not is_page_furniture(text[st.start : st.end])
        ],
    )


def _printed(text: str, mails: list[PrintedMail], digest: str) -> list[MessageRecord]:
    """Each printed mail as a message of its own, threaded newest-first as printed."""
    ids = [f"exhibit.{digest[:16]}.{i}@onrecord.invalid" for i in range(len(mails))]
    out = []
    for i, pm in enumerate(mails):
        body = text[pm.body_start : pm.body_end]
        segments = segment_body(body, pm.sender, pm.date)
        for seg in segments:
            if seg.depth == 0 and seg.kind in (SegmentKind.AUTHORED, SegmentKind.SIGNATURE):
                seg.date_offset_min = pm.date_offset_min
        noise = [(a - pm.body_start, b - pm.body_start) for a, b in pm.noise]
        statements, lang = statements_of(body, segments)
        statements = [
            st for st in statements if not any(a < st.end and st.start < b for a, b in noise)
        ]
        older = mails[i + 1] if i + 1 < len(mails) else None
        replies_to = (
            [ids[i + 1]]
            if older and normalize_subject(older.subject)[0] == normalize_subject(pm.subject)[0]
            else []
        )
        rec = MessageRecord(
            kind="mail",
            blob_hash=digest,
            data=b"",
            content_hash=sha256(f"exhibit:{digest}:{i}".encode()),
            message_id=ids[i],
            subject=pm.subject,
            sender=pm.sender,
            to=pm.to,
            cc=pm.cc,
            date=pm.date,
            date_offset_min=pm.date_offset_min,
            in_reply_to=replies_to,
            references=replies_to,
            list_id=None,
            lang=lang,
            body_text=body,
            body_html=None,
            defects=["sender redacted"] if pm.sender_redacted else [],
            segments=segments,
            statements=statements,
        )
        rec.assents = find_assents(segments, statements, body, pm.sender.name if pm.sender else "")
        out.append(rec)
    return out


def _text_record(
    kind: str,
    text: str,
    digest: str,
    data: bytes,
    *,
    title: str,
    author: Address | None,
    date: datetime | None,
    offset: int | None,
    key: str,
    lang_hint: str = "",
) -> MessageRecord:
    segments = []
    stripped = text.strip()
    if stripped:
        start = text.index(stripped[0])
        segments.append(
            Segment(
                kind=SegmentKind.AUTHORED,
                start=start,
                end=start + len(stripped),
                author_name=author.name if author else "",
                author_email=author.email if author else "",
                date=date,
            )
        )
    statements, lang = statements_of(text, segments, lang_hint or None)
    return MessageRecord(
        kind=kind,
        blob_hash=digest,
        data=data,
        content_hash=sha256(f"{kind}:{key}".encode()),
        message_id=None,
        subject=title,
        sender=author,
        to=[],
        cc=[],
        date=date,
        date_offset_min=offset,
        in_reply_to=[],
        references=[],
        list_id=None,
        lang=lang_hint or lang,
        body_text=text,
        body_html=None,
        defects=[],
        segments=segments,
        statements=statements,
    )


def statements_of(
    text: str, segments: list[Segment], hint: str | None = None
) -> tuple[list[Statement], str]:
    """Split the statement-bearing segments into sentences and detect their languages.

    Quote marks (``>``) are blanked to spaces first, so spans stay exact in the original text.
    Returns the statements and the dominant language of the message.
    """
    found: list[tuple[int, int, int, SegmentKind]] = []
    for index, seg in enumerate(segments):
        if seg.kind not in STATEMENT_KINDS:
            continue
        chunk = text[seg.start : seg.end]
        if seg.depth and ">" in chunk:  # (_QUOTE_MARKS needs a ">")
            chunk = _QUOTE_MARKS.sub(lambda m: " " * len(m.group(1)), chunk)
        if seg.kind is not SegmentKind.AUTHORED:  # its header lines are not sentences
            skip = lead(chunk)
            chunk = " " * skip + chunk[skip:]
        for s, e in split_sentences(chunk):
            a, b = trim(chunk[s:e])  # header, separator, salutation and sign-off lines off
            if a < b:
                found.append((seg.start + s + a, seg.start + s + b, index, seg.kind))
    if not found:
        return [], hint or ""
    texts = []
    for s, e, index, _ in found:
        raw = text[s:e]
        if segments[index].depth and ">" in raw:
            raw = _QUOTE_MARKS.sub(" ", raw)
        texts.append(" ".join(raw.split()))
    if hint:
        message_lang, langs = hint, detect_langs(texts, hint=hint)
    else:
        message_lang, langs = detect_message_langs(texts)
    statements = [
        Statement(text=t, start=s, end=e, lang=lang, kind=kind, segment=index)
        for t, (s, e, index, kind), lang in zip(texts, found, langs)
        if t and not (_may_not_be_a_statement(t) and _NOT_A_STATEMENT.match(t))
    ]
    return statements, message_lang
