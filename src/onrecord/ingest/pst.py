"""Outlook PST/OST reader through ``pypff`` (optional extra: ``pip install 'onrecord[pst]'``).

Each message is rebuilt as RFC 822 bytes: the transport headers when the store kept them (minus
their MIME headers), else synthesized From/Subject/Date; then a body of plain text (else HTML)
and the attachments as MIME parts. ``locator`` is ``/Folder/Sub#index``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from onrecord.record.model import ItemKind, RawItem

__all__ = ["MISSING_LIBRARY", "NAME", "detect", "read"]

NAME = "pst"
MAGIC = b"!BDN"
MISSING_LIBRARY = "PST support needs: pip install 'onrecord[pst]'"

_MIME_HEADER_RE = re.compile(r"^(content-[\w-]+|mime-version)\s*:", re.IGNORECASE)


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


def _synth_headers(msg: Any) -> str:
    lines = []
    sender = _text(_get(msg, "sender_name"))
    if sender:
        lines.append(f"From: {sender}")
    subject = _text(_get(msg, "subject"))
    lines.append(f"Subject: {subject}")
    when = _get(msg, "client_submit_time") or _get(msg, "delivery_time")
    if isinstance(when, datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        lines.append(f"Date: {format_datetime(when)}")
    return "".join(f"{line}\n" for line in lines)


def _get(obj: Any, name: str) -> Any:
    try:
        return getattr(obj, name)
    except Exception:  # pypff raises IOError and friends on damaged properties
        return None


def _attachments(msg: Any) -> Iterator[MIMEApplication]:
    count = _get(msg, "number_of_attachments") or 0
    for i in range(count):
        try:
            att = msg.get_attachment(i)
            size = att.get_size() or 0
            data = att.read_buffer(size) if size else b""
            name = _text(_get(att, "long_filename")) or f"attachment-{i + 1}"
        except Exception:
            continue
        part = MIMEApplication(data, Name=name)
        part.add_header("Content-Disposition", "attachment", filename=name)
        yield part


def _message_bytes(msg: Any) -> bytes:
    headers = _text(_get(msg, "transport_headers"))
    head = _clean_headers(headers) if headers.strip() else _synth_headers(msg)
    plain = _text(_get(msg, "plain_text_body"))
    html = _text(_get(msg, "html_body"))
    body = (
        MIMEText(plain, "plain", "utf-8") if plain or not html else MIMEText(html, "html", "utf-8")
    )
    attachments = list(_attachments(msg))
    root: MIMEText | MIMEMultipart = body
    if attachments:
        root = MIMEMultipart("mixed")
        root.attach(body)
        for part in attachments:
            root.attach(part)
    mime = root.as_bytes()
    return head.encode("utf-8", "surrogateescape") + mime


def _walk(folder: Any, path: str, source: str) -> Iterator[RawItem]:
    count = _get(folder, "number_of_sub_messages") or 0
    for i in range(count):
        locator = f"{path or '/'}#{i}"
        try:
            msg = folder.get_sub_message(i)
            data = _message_bytes(msg)
        except Exception as exc:
            yield _error(source, locator, f"cannot read PST message: {exc}")
            continue
        yield RawItem(source=source, locator=locator, kind=ItemKind.MAIL, data=data)
    for i in range(_get(folder, "number_of_sub_folders") or 0):
        try:
            sub = folder.get_sub_folder(i)
            name = _text(_get(sub, "name")) or f"folder-{i}"
        except Exception as exc:
            yield _error(source, f"{path}/#folder{i}", f"cannot read PST folder: {exc}")
            continue
        yield from _walk(sub, f"{path}/{name}", source)


def read(path: Path) -> Iterator[RawItem]:
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
        yield from _walk(root, "", source)
    finally:
        try:
            pst.close()
        except Exception:
            pass
