"""Outlook PST/OST reader through ``pypff`` (optional extra: ``pip install 'onrecord[pst]'``).

Every item of every folder is yielded once; ``locator`` is ``/Folder/Sub#index`` (the folder
path is kept). Which kind of item it is comes from its MAPI message class (``PR_MESSAGE_CLASS``):

* mail (``IPM.Note*``, meeting requests and responses ``IPM.Schedule.Meeting.*``, posts,
  delivery reports, any class not listed below): rebuilt as RFC 822 bytes, the transport
  headers when the store kept them (minus their MIME headers), else headers synthesized from
  the MAPI properties (From with the sender's SMTP address where the store has one, To/Cc from
  the recipient table, Date, Subject, Message-ID); then a body of plain text, else HTML, else
  the RTF body as text, and the attachments as MIME parts (their text becomes child documents
  like any mail attachment).
* calendar items, tasks, notes and journal entries: what their author wrote, so they are
  ingested the same way, marked ``X-Outlook-Message-Class`` and with their own time:
  an appointment's ``Date`` is its start (``PR_START_DATE``), so the same holiday in two years
  stays two records, not a duplicate; start and end are kept as ``X-Outlook-Start``/``-End``.
* contacts, distribution lists and configuration items are not messages: each is counted as
  failed with the reason ``not an email: Outlook contact (IPM.Contact)`` and the like.

Every item yields a ``RawItem`` (an unreadable one with ``error`` set), so every item in the
file is counted: ingested, duplicate, or failed with a reason.

Sizes are checked before pypff reads what they measure (it reads a body or an attachment whole):
an item whose store-recorded size (``PR_MESSAGE_SIZE``) is over the limit is failed unread, and
so is one whose attachments add up past it (each attachment's size is known before its data is
read); a body is measured once read, the attachments then being left unread when body and
attachments together are over the limit. The reason is the limit's (``too large: ... MB, over
the limit of ... MB (--max-message-mb)``).
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

from onrecord.record.limits import DEFAULT_LIMITS, LimitExceeded, Limits
from onrecord.record.model import ItemKind, RawItem

__all__ = ["MISSING_LIBRARY", "NAME", "detect", "read", "rtf_to_text"]

NAME = "pst"
MAGIC = b"!BDN"
MISSING_LIBRARY = "PST support needs: pip install 'onrecord[pst]'"

_MIME_HEADER_RE = re.compile(r"^(content-[\w-]+|mime-version)\s*:", re.IGNORECASE)

# MAPI property tags (MS-OXPROPS)
PR_MESSAGE_CLASS = 0x001A
PR_START_DATE = 0x0060
PR_END_DATE = 0x0061
PR_SENDER_NAME = 0x0C1A
PR_SENDER_ADDRTYPE = 0x0C1E
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_SENT_REPRESENTING_NAME = 0x0042
PR_SENT_REPRESENTING_ADDRTYPE = 0x0064
PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065
PR_SENDER_SMTP_ADDRESS = 0x5D01
PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02
PR_INTERNET_MESSAGE_ID = 0x1035
PR_RECIPIENT_TYPE = 0x0C15
PR_DISPLAY_NAME = 0x3001
PR_ADDRTYPE = 0x3002
PR_EMAIL_ADDRESS = 0x3003
PR_SMTP_ADDRESS = 0x39FE
PR_ATTACH_MIME_TAG = 0x370E
PR_MESSAGE_SIZE = 0x0E08

# Item classes that are not mail. Those that hold what someone wrote are ingested (marked with
# their class); the others are counted as failed with the reason.
_WRITTEN = {
    "ipm.appointment": "appointment",
    "ipm.task": "task",
    "ipm.stickynote": "note",
    "ipm.activity": "journal entry",
}
_NOT_MESSAGES = {
    "ipm.contact": "contact",
    "ipm.distlist": "distribution list",
    "ipm.configuration": "configuration item",
    "ipm.microsoft": "configuration item",
    "ipm.extendedrule": "rule",
    "ipm.rule": "rule",
    "ipm.aggregation": "configuration item",
}


def detect(path: Path, head: bytes) -> int:
    if head.startswith(MAGIC):
        return 100
    return 0


def _error(source: str, locator: str, reason: str) -> RawItem:
    return RawItem(source=source, locator=locator, kind=ItemKind.MAIL, data=b"", error=reason)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        for enc in ("utf-8", "cp1252"):
            try:
                return value.decode(enc).rstrip("\x00")
            except UnicodeDecodeError:
                continue
        return value.decode("latin-1").rstrip("\x00")
    return str(value)


def _get(obj: Any, name: str) -> Any:
    try:
        return getattr(obj, name)
    except Exception:  # pypff raises IOError and friends on damaged properties
        return None


def _props(obj: Any) -> dict[int, Any]:
    """The item's MAPI properties by tag (the first record set: the item's own)."""
    out: dict[int, Any] = {}
    try:
        if not obj.number_of_record_sets:
            return out
        for entry in obj.get_record_set(0).entries:
            out.setdefault(entry.entry_type, entry)
    except Exception:
        pass
    return out


def _str(props: dict[int, Any], tag: int) -> str:
    entry = props.get(tag)
    if entry is None:
        return ""
    try:
        return (entry.get_data_as_string() or "").strip().rstrip("\x00")
    except Exception:
        return ""


def _int(props: dict[int, Any], tag: int) -> int | None:
    entry = props.get(tag)
    try:
        return int(entry.get_data_as_integer()) if entry is not None else None
    except Exception:
        return None


def _time(props: dict[int, Any], tag: int) -> datetime | None:
    entry = props.get(tag)
    try:
        when = entry.get_data_as_datetime() if entry is not None else None
    except Exception:
        return None
    return _aware(when)


def _aware(when: Any) -> datetime | None:
    if not isinstance(when, datetime) or when.year < 1601 or when.year > 9000:
        return None  # FILETIME 0 or "never" (4501-01-01 in some stores)
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def _header_value(text: str) -> str:
    return " ".join(text.split())


def _address(name: str, smtp: str) -> str:
    name, smtp = _header_value(name), smtp.strip()
    if not smtp and "@" in name and " " not in name:  # a bare address in the name property
        name, smtp = "", name
    if smtp and "@" in smtp:
        return formataddr((name, smtp)) if name and name != smtp else smtp
    return formataddr((name, "")).strip() if name else ""


def _sender(props: dict[int, Any]) -> str:
    name = _str(props, PR_SENDER_NAME) or _str(props, PR_SENT_REPRESENTING_NAME)
    smtp = _str(props, PR_SENDER_SMTP_ADDRESS) or _str(props, PR_SENT_REPRESENTING_SMTP_ADDRESS)
    if not smtp:
        for kind_tag, addr_tag in (
            (PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL_ADDRESS),
            (PR_SENT_REPRESENTING_ADDRTYPE, PR_SENT_REPRESENTING_EMAIL_ADDRESS),
        ):
            if _str(props, kind_tag).upper() == "SMTP" and "@" in _str(props, addr_tag):
                smtp = _str(props, addr_tag)
                break
    return _address(name, smtp)


def _recipients(msg: Any) -> dict[str, list[str]]:
    """To/Cc/Bcc from the recipient table (PR_RECIPIENT_TYPE 1, 2, 3)."""
    out: dict[str, list[str]] = {"To": [], "Cc": [], "Bcc": []}
    table = _get(msg, "recipients")
    if table is None:
        return out
    try:
        count = table.number_of_record_sets
    except Exception:
        return out
    for i in range(count):
        try:
            props = {e.entry_type: e for e in table.get_record_set(i).entries}
        except Exception:
            continue
        field = {1: "To", 2: "Cc", 3: "Bcc"}.get(_int(props, PR_RECIPIENT_TYPE) or 1, "To")
        smtp = _str(props, PR_SMTP_ADDRESS)
        if not smtp and _str(props, PR_ADDRTYPE).upper() == "SMTP":
            smtp = _str(props, PR_EMAIL_ADDRESS)
        value = _address(_str(props, PR_DISPLAY_NAME), smtp)
        if value:
            out[field].append(value)
    return out


def _clean_headers(headers: str) -> str:
    """Transport headers without their MIME headers (the body is rebuilt), LF line endings."""
    out: list[str] = []
    skipping = False
    for line in headers.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if out:
                break
            continue
        if line[0] in " \t":
            if not skipping and out:
                out.append(line)
            continue
        skipping = bool(_MIME_HEADER_RE.match(line))
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n" if out else ""


def _synth_headers(msg: Any, props: dict[int, Any], when: datetime | None) -> str:
    lines = []
    sender = _sender(props) or _address(_text(_get(msg, "sender_name")), "")
    if sender:
        lines.append(f"From: {sender}")
    for field, values in _recipients(msg).items():
        if values:
            lines.append(f"{field}: {', '.join(values)}")
    lines.append(f"Subject: {_header_value(_text(_get(msg, 'subject')))}")
    if when is not None:
        lines.append(f"Date: {format_datetime(when)}")
    message_id = _str(props, PR_INTERNET_MESSAGE_ID)
    if message_id:
        lines.append(f"Message-ID: {_header_value(message_id)}")
    return "".join(f"{line}\n" for line in lines)


def _attachment_sizes(msg: Any) -> list[int | Exception]:
    """Each attachment's size as the store records it (or why it cannot be read), unread."""
    sizes: list[int | Exception] = []
    for i in range(_get(msg, "number_of_attachments") or 0):
        try:
            sizes.append(msg.get_attachment(i).get_size() or 0)
        except Exception as exc:
            sizes.append(exc)
    return sizes


def _attachments(msg: Any, sizes: list[int | Exception]) -> Iterator[MIMEBase]:
    for i, size in enumerate(sizes):
        try:
            if isinstance(size, Exception):
                raise size
            att = msg.get_attachment(i)
            data = att.read_buffer(size) if size else b""
            name = _text(_get(att, "long_filename")) or f"attachment-{i + 1}"
            ctype = _str(_props(att), PR_ATTACH_MIME_TAG).lower()
        except Exception as exc:  # keep a trace of it rather than drop it silently
            part = MIMEText(f"attachment {i + 1} could not be read: {exc}", "plain", "utf-8")
            part.add_header(
                "Content-Disposition", "attachment", filename=f"unreadable-attachment-{i + 1}.txt"
            )
            yield part
            continue
        if "/" not in ctype:
            ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, _, subtype = ctype.partition("/")
        part = MIMEBase(maintype, subtype, name=name)
        part.set_payload(data)
        encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename=name)
        yield part


def _check_size(size: int, limits: Limits) -> None:
    if size > limits.max_message_bytes:
        raise LimitExceeded(limits.too_big(size))


def _body(msg: Any) -> MIMEText:
    plain = _text(_get(msg, "plain_text_body"))
    if plain.strip():
        return MIMEText(plain, "plain", "utf-8")
    html = _text(_get(msg, "html_body"))
    if html.strip():
        return MIMEText(html, "html", "utf-8")
    rtf = _get(msg, "rtf_body")
    return MIMEText(rtf_to_text(rtf) if rtf else plain, "plain", "utf-8")


def _message_bytes(
    msg: Any, props: dict[int, Any], item_class: str, limits: Limits = DEFAULT_LIMITS
) -> bytes:
    """The item as RFC 822 bytes; LimitExceeded (before the part over it is read) when its
    recorded size, its attachments' sizes, or its body and attachments together are over
    ``limits.max_message_bytes``."""
    _check_size(_int(props, PR_MESSAGE_SIZE) or 0, limits)
    sizes = _attachment_sizes(msg)
    attached = sum(size for size in sizes if isinstance(size, int))
    _check_size(attached, limits)
    written = _WRITTEN.get(_class_key(item_class))
    headers = "" if written else _text(_get(msg, "transport_headers"))
    if headers.strip():
        head = _clean_headers(headers)
    else:
        when = _aware(_get(msg, "client_submit_time")) or _aware(_get(msg, "delivery_time"))
        start, end = _time(props, PR_START_DATE), _time(props, PR_END_DATE)
        if written == "appointment" and start is not None:
            when = start
        when = when or _aware(_get(msg, "creation_time"))
        head = _synth_headers(msg, props, when)
        if written:
            if start is not None:
                head += f"X-Outlook-Start: {format_datetime(start)}\n"
            if end is not None:
                head += f"X-Outlook-End: {format_datetime(end)}\n"
    if item_class:
        head += f"X-Outlook-Message-Class: {_header_value(item_class)}\n"
    body = _body(msg)
    _check_size(len(head) + len(body.get_payload()) + attached, limits)
    attachments = list(_attachments(msg, sizes))
    root: MIMEBase = body
    if attachments:
        root = MIMEMultipart("mixed")
        root.attach(body)
        for part in attachments:
            root.attach(part)
    return head.encode("utf-8", "surrogateescape") + root.as_bytes()


def _class_key(item_class: str) -> str:
    """``IPM.Appointment.Foo`` -> ``ipm.appointment`` (the first two parts, lower case)."""
    return ".".join(item_class.lower().split(".")[:2])


def _walk(
    folder: Any, path: str, source: str, limits: Limits = DEFAULT_LIMITS
) -> Iterator[RawItem]:
    count = _get(folder, "number_of_sub_messages") or 0
    for i in range(count):
        locator = f"{path or '/'}#{i}"
        try:
            msg = folder.get_sub_message(i)
            props = _props(msg)
            item_class = _str(props, PR_MESSAGE_CLASS)
            what = _NOT_MESSAGES.get(_class_key(item_class))
            if what:
                yield _error(source, locator, f"not an email: Outlook {what} ({item_class})")
                continue
            data = _message_bytes(msg, props, item_class, limits)
        except LimitExceeded as exc:
            yield _error(source, locator, str(exc))
            continue
        except Exception as exc:
            yield _error(source, locator, f"cannot read PST message: {exc}")
            continue
        yield RawItem(source=source, locator=locator, kind=ItemKind.MAIL, data=data)
    names: set[str] = set()
    for i in range(_get(folder, "number_of_sub_folders") or 0):
        try:
            sub = folder.get_sub_folder(i)
            name = _text(_get(sub, "name")).replace("#", "_") or f"folder-{i}"
        except Exception as exc:
            yield _error(source, f"{path}/#folder{i}", f"cannot read PST folder: {exc}")
            continue
        if name in names:  # two sibling folders of one name: keep their locators apart
            name = f"{name} [{i}]"
        names.add(name)
        yield from _walk(sub, f"{path}/{name}", source, limits)


def read(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawItem]:
    """The messages of a PST file. An item over ``limits.max_message_bytes`` is failed before
    its body or attachments are read where the store records their sizes (see the module
    docstring); the analysis checks the bytes built again."""
    source = str(path)
    try:
        import pypff  # optional dependency
    except ImportError:
        yield _error(source, "", MISSING_LIBRARY)
        return
    pst = pypff.file()
    try:
        pst.open(str(path))
    except Exception as exc:
        yield _error(source, "", f"cannot open PST file: {exc}")
        return
    try:
        try:
            root = pst.get_root_folder()
        except Exception as exc:
            yield _error(source, "", f"cannot read PST folders: {exc}")
            return
        yield from _walk(root, "", source, limits)
    finally:
        try:
            pst.close()
        except Exception:
            pass


# --- RTF body to text (Outlook stores some bodies only as compressed RTF; pypff inflates it) ---

_RTF_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
_RTF_SKIP = {
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header", b"footer",
    b"listtable", b"listoverridetable", b"rsidtbl", b"generator", b"xmlnstbl", b"themedata",
}  # fmt: skip
_RTF_CHARS = {b"par": "\n", b"line": "\n", b"tab": "\t", b"emdash": "\u2014", b"endash": "\u2013",
              b"lquote": "\u2018", b"rquote": "\u2019", b"ldblquote": "\u201c",
              b"rdblquote": "\u201d", b"bullet": "\u2022", b"sect": "\n\n", b"page": "\n\n",
              b"row": "\n", b"cell": "\t"}  # fmt: skip


def rtf_to_text(rtf: bytes | str) -> str:
    """Visible text of an RTF document: groups such as the font table, ``\\*`` destinations and
    (in HTML encapsulated as RTF) the ``\\htmlrtf`` spans are left out."""
    data = rtf.encode("latin-1", "replace") if isinstance(rtf, str) else bytes(rtf)
    data = data.rstrip(b"\x00")
    out: list[str] = []
    stack: list[tuple[bool, bool, int]] = []
    skip, htmlrtf, uc, pending_skip = False, False, 1, 0
    charset = "cp1252"
    group_start = False
    for m in _RTF_TOKEN.finditer(data):
        word, arg, hexchar, sym, brace, text = m.groups()
        if brace == b"{":
            stack.append((skip, htmlrtf, uc))
            group_start = True
            continue
        if brace == b"}":
            if stack:
                skip, htmlrtf, uc = stack.pop()
            group_start = False
            continue
        first, group_start = group_start, False
        if sym == b"*" and first:
            skip = True
            continue
        if word is not None:
            if first and word in _RTF_SKIP:
                skip = True
            elif word == b"htmlrtf":
                htmlrtf = arg != b"0"
            elif word == b"uc" and arg:
                uc = int(arg)
            elif word == b"ansicpg" and arg:
                charset = f"cp{int(arg)}"
            elif word == b"u" and arg is not None:
                if not (skip or htmlrtf):
                    code = int(arg)
                    out.append(chr(code + 65536 if code < 0 else code))
                pending_skip = uc
            elif not (skip or htmlrtf) and word in _RTF_CHARS:
                out.append(_RTF_CHARS[word])
            continue
        if pending_skip and (hexchar or text):
            if hexchar:
                pending_skip -= 1
                continue
            cut = min(pending_skip, len(text))
            text, pending_skip = text[cut:], pending_skip - cut
        if skip or htmlrtf:
            continue
        if hexchar:
            try:
                out.append(bytes([int(hexchar, 16)]).decode(charset, "replace"))
            except LookupError:
                out.append(bytes([int(hexchar, 16)]).decode("cp1252", "replace"))
        elif sym in (b"\\", b"{", b"}"):
            out.append(sym.decode())
        elif sym == b"~":
            out.append("\u00a0")
        elif text:
            out.append(text.decode(charset, "replace") if charset else text.decode("latin-1"))
    return "".join(out).strip("\n") + "\n" if out else ""
