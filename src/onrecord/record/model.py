"""The vocabulary of onrecord: every stage speaks in these types.

Data flows one way: ingest yields :class:`RawItem` (bytes and where they came from), ``mail``
turns them into :class:`ParsedMail` / :class:`ParsedDocument` and then :class:`Segment` and
:class:`Statement`, and ``record.store`` persists them. Only the store speaks SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class ItemKind(StrEnum):
    MAIL = "mail"
    DOCUMENT = "document"


class SegmentKind(StrEnum):
    AUTHORED = "authored"
    QUOTED = "quoted"
    FORWARDED = "forwarded"
    SIGNATURE = "signature"
    DISCLAIMER = "disclaimer"
    BOILERPLATE = "boilerplate"


class Outcome(StrEnum):
    """What became of one input message: the three counts always add up."""

    INGESTED = "ingested"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(slots=True)
class RawItem:
    """One message or document as found in an input file, before any parsing.

    ``locator`` says where inside ``source`` the bytes were (``"offset:123"`` in an mbox, a Maildir
    file name, a PST folder path); together they point back to the original bytes. A reader that
    finds something it cannot read yields an item with ``error`` set instead of raising.
    """

    source: str
    locator: str
    kind: ItemKind
    data: bytes
    flags: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    error: str | None = None


@dataclass(slots=True, frozen=True)
class Address:
    name: str
    email: str  # lower-cased addr-spec, "" when the header held only a name

    def __str__(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name


@dataclass(slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    text: str | None = None  # extracted text for PDF/HTML/text attachments


@dataclass(slots=True)
class ParsedMail:
    """One email, decoded: headers as text, one readable body, attachments as bytes."""

    message_id: str | None
    subject: str
    from_: list[Address]
    to: list[Address]
    cc: list[Address]
    date: datetime | None  # timezone-aware, UTC
    date_offset_min: int | None  # the original UTC offset, in minutes
    in_reply_to: list[str]
    references: list[str]
    body_text: str  # the text that segmentation and statements index into
    body_html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    list_id: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    # set by the HTML path: char spans of quote containers (gmail_quote, blockquote type=cite...)
    html_quote_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class ParsedDocument:
    """A document that is not an email (PDF, HTML page, Markdown/text), with its metadata."""

    text: str
    title: str = ""
    author: str = ""
    date: datetime | None = None
    date_offset_min: int | None = None
    lang: str = ""
    content_type: str = "text/plain"
    # spans of the page's blocks that set printed text apart (HTML blockquote/pre, hr as empty)
    blocks: list[tuple[int, int]] = field(default_factory=list)
    # what was wrong with it and left out (front matter refused...), as for a message
    defects: list[str] = field(default_factory=list)
    # the byline and dateline paragraphs (nobody's statements)
    byline_spans: list[tuple[int, int]] = field(default_factory=list)
    # an interview: its interviewer (when named), and the paragraphs set wholly in bold or
    # italics (where a Q/A layout puts the questions)
    interview: bool = False
    interviewer: str = ""
    emphasised: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Segment:
    """A span of a message's text with a kind and an author.

    ``author_*`` names who wrote the text: the sender for authored text, the quoted or forwarded
    person otherwise. ``original_message_id`` links a quote or forward to the message it came from
    when the archive holds it.
    """

    kind: SegmentKind
    start: int
    end: int
    author_name: str = ""
    author_email: str = ""
    date: datetime | None = None
    original_message_id: str | None = None
    depth: int = 0
    date_offset_min: int | None = None  # the author's UTC offset where known
    question: bool = False  # an interviewer's question in a Q/A document (not stored)


@dataclass(slots=True)
class Statement:
    """A sentence of a segment: the unit that search, checking and contradiction work on."""

    text: str
    start: int  # character span in the message's body_text
    end: int
    lang: str
    kind: SegmentKind = SegmentKind.AUTHORED
    segment: int = 0  # index into the message's segments


@dataclass(slots=True)
class Person:
    id: int
    name: str
    emails: list[str]
    names: list[str]
    is_role: bool
    message_count: int = 0


@dataclass(slots=True)
class Assent:
    """A short reply that agrees or disagrees with what it answers."""

    statement: int  # index of the assent statement in the message's statements
    stance: str  # agree | disagree
    targets: list[int]  # indices of the statements it answers (quoted, in this message)


@dataclass(slots=True)
class MessageRecord:
    """One analyzed message or document, ready for the store (the output of ``mail.analyze``)."""

    kind: str  # mail | document | attachment
    blob_hash: str
    data: bytes
    content_hash: str
    message_id: str | None
    subject: str
    sender: Address | None
    to: list[Address]
    cc: list[Address]
    date: datetime | None
    date_offset_min: int | None
    in_reply_to: list[str]
    references: list[str]
    list_id: str | None
    lang: str
    body_text: str
    body_html: str | None
    defects: list[str]
    segments: list[Segment]
    statements: list[Statement]
    attachments: list[StoredAttachment] = field(default_factory=list)
    assents: list[Assent] = field(default_factory=list)
    printed: list[MessageRecord] = field(default_factory=list)  # mails printed in a document


@dataclass(slots=True)
class StoredAttachment:
    filename: str
    content_type: str
    blob_hash: str
    data: bytes
    document: MessageRecord | None = None  # the extracted text as a child document


@dataclass(slots=True)
class Analyzed:
    """What became of one RawItem: a record, or the reason it failed."""

    source: str
    locator: str
    flags: str
    blob_hash: str
    record: MessageRecord | None
    error: str | None = None
    data: bytes = b""
