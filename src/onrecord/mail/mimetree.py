"""MIME structure on raw bytes: headers, boundaries and the JMAP body lists.

A small stream parser with the boundary semantics of stalwart-mail-parser (RFC 2046 read
tolerantly, body lists per RFC 8621 §4.1.4):

* the header block ends at the first empty line, or at a prose line without a colon (the
  empty line is missing); stray ``--delimiter`` lines among headers are skipped;
* when a header repeats, the last Content-Type / Content-Transfer-Encoding /
  Content-Disposition wins; a folded line starts a new Content-Type parameter even without ``;``;
* inside a multipart only the innermost boundary is looked for: ``--boundary`` anywhere ends the
  current part (a longer boundary that starts with it matches too), ``--`` right after it ends
  the multipart, after which the parent's boundary is searched; text between is epilogue;
* a multipart whose boundary never appears is one plain-text body part (stalwart: an attachment);
  a part whose closing boundary never
  appears runs to the end of the data and becomes an attachment (``problem``), and parsing stops;
* ``message/rfc822`` parts are parsed in place, their parts ending at the enclosing boundary;
* nesting (multiparts and messages together) deeper than ``max_depth`` is not followed: such a
  part is one opaque attachment running to the enclosing boundary, and ``MimeMessage.defects``
  says so. (14,000 nested message/rfc822 parts in 1.4 MB took 5 GB: each level keeps its own
  copy of the bytes below it.)

Only structure is decided here: transfer decoding is :func:`decode_body`, charsets and text are
left to the caller. Nothing here raises on malformed input.
"""

from __future__ import annotations

import binascii
import re

__all__ = ["MimeMessage", "MimePart", "decode_body", "parse_content_type", "parse_tree"]

_MAX_ENCODED_DEPTH = 3
#: Nesting followed by default (see :class:`onrecord.record.limits.Limits`).
MAX_DEPTH = 32
TOO_DEEP = "MIME nesting deeper than {} levels kept as one attachment"

# mime types (stalwart's MimeType)
_MIXED, _ALTERNATIVE, _RELATED, _DIGEST = 1, 2, 3, 4
_TEXT_PLAIN, _TEXT_HTML, _TEXT_OTHER, _INLINE, _MESSAGE, _OTHER = 5, 6, 7, 8, 9, 10
_MULTIPART_SUBTYPES = {"mixed": _MIXED, "alternative": _ALTERNATIVE, "related": _RELATED}
_MULTIPART_SUBTYPES["digest"] = _DIGEST

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_NOT_ALPHABET = bytes(b for b in range(256) if b not in _B64_ALPHABET)
_B64_CHUNK = 1 << 22  # (a multiple of 4)
_AFTER_PAD = re.compile(rb"[^= \t\r\n]")
_B64_INVALID = re.compile(rb"[^A-Za-z0-9+/= \t\r\n]")
_B64_WS = re.compile(rb"[ \t\r\n]+")
_B64_PAD = re.compile(rb"=+")
_HEADER_LINE = re.compile(rb"[ \t]*[!-9;-~]+[ \t]*:")
_NOT_A_FIELD = re.compile(rb"^[^ \t\r\n:\-][^:\n]*(?:\n|$)", re.M)
_EMPTY_LINE = re.compile(rb"[ \t\r\x0c]*\n")
_BLOCK_END = re.compile(rb"\n(?:[\r\x0c][ \t\r\x0c]*)?\n")
_FIELD = re.compile(r"^[ \t\r\x0c]*([^:\n]*?)[ \t]*:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)", re.M)
_CT_TOKEN = re.compile(
    r"""\r?\n[ \t]*|"((?:[^"\\\r\n]|\\.|\r?\n[ \t])*)"?|\((?:[^()\\]|\\.)*\)?|[;=/]|[ \t\r]+|[^;=/"( \t\r\n]+"""
)
_FOLD_IN_QUOTES = re.compile(r"\r?\n(?=[ \t])")
_QUOTED_PAIR = re.compile(r"\\(.)")
_PCT = re.compile(rb"%([0-9A-Fa-f]{2})")


class MimePart:
    """One entity: its headers (raw, in order), content type and body.

    ``kind`` is ``multipart`` (``children`` holds part indexes), ``text``, ``html``, ``binary``,
    ``inline_binary`` or ``message`` (``message`` holds the nested :class:`MimeMessage`).
    ``body`` is the still transfer-encoded content (for ``message`` the nested message's bytes).
    """

    __slots__ = (
        "body",
        "children",
        "ctype",
        "encoding",
        "headers",
        "kind",
        "message",
        "params",
        "problem",
        "too_deep",
    )

    def __init__(self, headers: list[tuple[str, str]], ctype: str, params: dict[str, str]) -> None:
        self.headers = headers
        self.ctype = ctype
        self.params = params
        self.kind = "text"
        self.body = b""
        self.encoding = ""
        self.children: list[int] = []
        self.message: MimeMessage | None = None
        self.problem = False
        self.too_deep = False  # nesting below it was not followed (the depth limit)

    def header(self, name: str) -> str | None:
        """The raw value of the last header ``name`` (lower case), or None."""
        for key, value in reversed(self.headers):
            if key.lower() == name:
                return value
        return None


class MimeMessage:
    """A parsed message: ``parts[0]`` is the root; the body lists hold part indexes."""

    __slots__ = ("attachments", "defects", "html_body", "parts", "text_body")

    def __init__(self) -> None:
        self.defects: list[str] = []
        self.parts: list[MimePart] = []
        self.text_body: list[int] = []
        self.html_body: list[int] = []
        self.attachments: list[int] = []


class _State:
    __slots__ = (
        "boundary",
        "html_parts",
        "in_alt",
        "mime_type",
        "msg_start",
        "need_html",
        "need_text",
        "part_id",
        "parts",
        "sub_part_ids",
        "text_parts",
    )

    def __init__(self, mime_type: int, boundary: bytes | None = None) -> None:
        self.mime_type = mime_type
        self.boundary = boundary
        self.in_alt = False
        self.parts = 0
        self.html_parts = 0
        self.text_parts = 0
        self.need_html = True
        self.need_text = True
        self.part_id = 0
        self.sub_part_ids: list[int] = []
        self.msg_start = 0


# ---------------------------------------------------------------------------- content type


def parse_content_type(value: str | None) -> tuple[str, dict[str, str]] | None:
    """(``type/subtype`` lower-cased, parameters) of a Content-Type/-Disposition value.

    RFC 2045 with RFC 2231 (``name*0*=utf-8''...``) and RFC 2047 words in values; a folded line
    starts a new parameter even without ``;``. None when there is no type at all.
    """
    if value is None:
        return None
    value = value.lstrip(" \t\r\n")
    ctype = ""
    subtype: str | None = None
    params: dict[str, str] = {}
    extended: dict[str, list[tuple[int, bool, str]]] = {}
    state = 0  # 0 type, 1 subtype, 2 parameter name, 3 parameter value
    name = ""
    value_parts: list[str] = []

    def finish_value() -> None:
        nonlocal name
        if name and name != "*" and value_parts:
            _add_param(params, extended, name, "".join(value_parts).strip())
        name = ""
        value_parts.clear()

    for m in _CT_TOKEN.finditer(value):
        tok = m.group(0)
        first = tok[0]
        if (
            first in "\r\n" and "\n" in tok
        ):  # a folded line starts a new parameter, even without ";"
            if state == 3:
                finish_value()
            state = 2
            name = ""
        elif first in " \t\r":
            if state == 3 and value_parts:
                value_parts.append(" ")
            elif state == 1 and subtype:
                state = 2
        elif first == "(":
            continue
        elif first == '"':
            if state == 3:
                quoted = _FOLD_IN_QUOTES.sub("", m.group(1) or "")
                value_parts.append(_QUOTED_PAIR.sub(r"\1", quoted))
                finish_value()
                state = 2
        elif first == ";":
            if state == 3:
                finish_value()
            state = 2
            name = ""
        elif first == "/":
            if state == 0:
                state = 1
            elif state == 1 and subtype:
                subtype += "/"
            elif state == 3:
                value_parts.append(tok)
        elif first == "=":
            if state == 2:
                state = 3
                value_parts.clear()
            elif state == 3:
                value_parts.append(tok)
        elif state == 0:
            ctype += tok.lower()
        elif state == 1:
            subtype = (subtype or "") + tok.lower()
        elif state == 2:
            name = tok.lower()
        else:
            value_parts.append(tok)
    if state == 3:
        finish_value()
    if not ctype:
        return None
    for key, segments in extended.items():
        params[key] = _join_extended(segments)
    return (f"{ctype}/{subtype}" if subtype else ctype), params


def _add_param(
    params: dict[str, str],
    extended: dict[str, list[tuple[int, bool, str]]],
    name: str,
    value: str,
) -> None:
    if "*" not in name:
        if "=?" in value:
            from onrecord.mail.addresses import decode_words

            value = decode_words(value)
        params[name] = value
        return
    base, _, rest = name.partition("*")
    encoded = rest.endswith("*") or rest == ""
    index_text = rest.rstrip("*")
    index = int(index_text) if index_text.isdigit() else 0
    extended.setdefault(base, []).append((index, encoded, value))


def _join_extended(segments: list[tuple[int, bool, str]]) -> str:
    segments.sort(key=lambda s: s[0])
    charset = None
    out = bytearray()
    for i, (_, encoded, value) in enumerate(segments):
        if encoded and i == 0 and value.count("'") >= 2:
            charset, _, value = value.split("'", 2)
        if encoded:
            out += _PCT.sub(
                lambda m: bytes([int(m.group(1), 16)]), value.encode("utf-8", "replace")
            )
        else:
            out += value.encode("utf-8", "surrogateescape")
    from onrecord.text.extract import decode_text

    return decode_text(bytes(out), charset or None)[0]


# ---------------------------------------------------------------------------- stream helpers


def _parse_headers(data: bytes, pos: int, n: int) -> tuple[list[tuple[str, str]], int, bool]:
    """Header fields from ``pos``; (headers, position after the block, found its end).

    The block ends at an empty line (one not starting with a space or tab, which would fold) or
    before a line after the first field that has no colon and does not start with ``-``; such
    lines before any field, and ``--x`` lines, are skipped. Values keep their folding, without the final line break.
    """
    m = _EMPTY_LINE.match(data, pos)
    if m is not None:
        return [], m.end(), True
    m = _BLOCK_END.search(data, pos)
    if m is not None:
        block, end, ok = data[pos : m.start() + 1], m.end(), True
    else:
        block, end, ok = data[pos:], n, False
    bad = _NOT_A_FIELD.search(block)
    if bad is not None and b":" in block[: bad.start()]:
        # a prose line after header fields: the empty line before the body is missing
        # (a junk line before any field, as after a boundary that is a prefix, is skipped)
        block, end, ok = block[: bad.start()], pos + bad.start(), True
    text = block.decode("ascii", "surrogateescape")
    return [(k, v.rstrip("\r\n")) for k, v in _FIELD.findall(text)], end, ok


def _skip_crlf(data: bytes, pos: int, n: int) -> int:
    while pos < n:
        ch = data[pos]
        if ch in b"\r \t":
            pos += 1
        elif ch == 10:
            return pos + 1
        else:
            break
    return pos


def _line_end_before(data: bytes, start: int, delim: int) -> int:
    """End of content that a delimiter at ``delim`` closes: before its line break, if any."""
    if delim <= start:
        return start
    if data[delim - 1] == 10:
        end = delim - 1
        if end > start and data[end - 1] == 13:
            end -= 1
        return end
    return delim


def _is_multipart_end(data: bytes, pos: int, n: int) -> tuple[bool, int]:
    if pos >= n:
        return False, pos
    ch = data[pos]
    nxt = data[pos + 1] if pos + 1 < n else -1
    if ch == 13 and nxt == 10:
        return False, pos + 2
    if ch == 45 and nxt == 45:
        return True, pos + 2
    if ch == 10:
        return False, pos + 1
    if ch in b" \t\r\x0c":
        return False, _skip_crlf(data, pos + 1, n)
    return False, pos


def _mime_type(ct: tuple[str, dict[str, str]] | None, parent: int) -> tuple[bool, bool, bool, int]:
    """(is_multipart, is_inline, is_text, mime type) of a part."""
    if ct is None:
        if parent == _DIGEST:
            return False, False, False, _MESSAGE
        return False, True, True, _TEXT_PLAIN
    full = ct[0]
    main, _, sub = full.partition("/")
    if main == "multipart":
        return True, False, False, _MULTIPART_SUBTYPES.get(sub, _OTHER)
    if main == "text":
        if sub == "plain":
            return False, True, True, _TEXT_PLAIN
        if sub == "html":
            return False, True, True, _TEXT_HTML
        if not sub:  # "text" without a subtype (RFC 2046 §4.1.4: read it as text/plain)
            return False, True, True, _TEXT_PLAIN
        return False, False, True, _TEXT_OTHER
    if main in ("image", "audio", "video"):
        return False, True, False, _INLINE
    if main == "message" and sub in ("rfc822", "global"):
        return False, False, False, _MESSAGE
    return False, False, False, _OTHER


def _encoding(headers: list[tuple[str, str]]) -> str:
    for key, value in reversed(headers):
        if key.lower() == "content-transfer-encoding":
            v = value.strip().lower()
            if "base64" in v:
                return "base64"
            if "quoted-printable" in v:
                return "quoted-printable"
            if "uu" in v:
                return "uuencode"
            return ""
    return ""


def _last(headers: list[tuple[str, str]], name: str) -> str | None:
    for key, value in reversed(headers):
        if key.lower() == name:
            return value
    return None


# ---------------------------------------------------------------------------- decoding


def b64decode(data: bytes) -> bytes:
    """Base64 that tolerates junk characters and broken padding.

    Data after a padding ``=`` is decoded as a new run (as stalwart and Dovecot do); a last run
    without padding keeps only its complete 4-character groups. (No copy of ``data`` is made
    but on that rare path: a 100 MB attachment cut mid-group once took 5 times its size.)"""
    pad = data.find(b"=")
    if pad >= 0 and _AFTER_PAD.search(data, pad) and not _B64_INVALID.search(data):
        clean = _B64_WS.sub(b"", data)
        out = bytearray()
        pieces = _B64_PAD.split(clean)
        for i, piece in enumerate(pieces):
            if i == len(pieces) - 1:
                piece = piece[: len(piece) // 4 * 4]
            elif len(piece) % 4 == 1:
                piece = piece[:-1]
            if piece:
                out += _b64_lenient(piece + b"=" * (-len(piece) % 4))
        return bytes(out)
    return _b64_lenient(data)


def _b64_lenient(data: bytes) -> bytes:
    try:  # non-strict mode skips junk characters and stops at the padding
        return binascii.a2b_base64(data)
    except (binascii.Error, ValueError):
        pass
    # the alphabet's characters only, a chunk at a time; a last group of 1 dropped, 2-3 padded
    out = []
    carry = b""
    for start in range(0, len(data), _B64_CHUNK):
        piece = carry + data[start : start + _B64_CHUNK].translate(None, _B64_NOT_ALPHABET)
        whole = len(piece) // 4 * 4
        out.append(binascii.a2b_base64(piece[:whole]))
        carry = piece[whole:]
    if len(carry) > 1:
        out.append(binascii.a2b_base64(carry + b"=" * (-len(carry) % 4)))
    return b"".join(out)


def _uudecode(data: bytes) -> bytes:
    out = bytearray()
    started = False
    for line in data.splitlines():
        if not started:
            started = line.startswith(b"begin ")
            continue
        if line.strip() in (b"end", b"`", b""):
            if line.strip() == b"end":
                break
            continue
        try:
            out += binascii.a2b_uu(line)
        except binascii.Error:
            try:  # workaround for broken encoders (as the stdlib does)
                nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
                out += binascii.a2b_uu(line[:nbytes])
            except (binascii.Error, IndexError):
                continue
    return bytes(out) if started else data


def decode_body(data: bytes, encoding: str) -> bytes:
    """Undo a Content-Transfer-Encoding (``base64``, ``quoted-printable``, ``uuencode``)."""
    if not encoding or not data:
        return data
    if encoding == "base64":
        return b64decode(data)
    if encoding == "quoted-printable":
        return binascii.a2b_qp(data)
    if encoding == "uuencode":
        return _uudecode(data)
    return data


# ---------------------------------------------------------------------------- the parser


def parse_tree(
    data: bytes, depth: int = _MAX_ENCODED_DEPTH, max_depth: int = MAX_DEPTH
) -> MimeMessage | None:
    """The MIME tree of one message; None when there are no header fields at all.

    ``depth`` bounds encoded message/rfc822 parts decoded and parsed again, ``max_depth`` all
    nesting (see the module docstring)."""
    tree = _parse_tree(data, depth, max_depth)
    if tree is not None and _too_deep(tree, max_depth):
        tree.defects.append(TOO_DEEP.format(max_depth))
    return tree


def _too_deep(tree: MimeMessage, max_depth: int) -> bool:
    """True when a part was cut off at ``max_depth``."""
    stack = [tree]
    while stack:
        message = stack.pop()
        for part in message.parts:
            if part.too_deep:
                return True
            if part.message is not None:
                stack.append(part.message)
    return False


def _parse_tree(data: bytes, depth: int, max_depth: int) -> MimeMessage | None:
    n = len(data)
    pos = 0
    message = MimeMessage()
    state = _State(_MESSAGE)
    stack: list[tuple[_State, MimeMessage | None]] = []
    headers: list[tuple[str, str]] = []

    while True:
        headers, pos, ok = _parse_headers(data, pos, n)
        if not ok:
            break
        state.parts += 1
        state.sub_part_ids.append(len(message.parts))
        ct = parse_content_type(_last(headers, "content-type"))
        is_multipart, is_inline, is_text, mime_type = _mime_type(ct, state.mime_type)
        part = MimePart(headers, ct[0] if ct else "", ct[1] if ct else {})
        too_deep = len(stack) >= max_depth and (is_multipart or mime_type == _MESSAGE)
        if too_deep:  # not followed: an opaque attachment up to the enclosing boundary
            is_multipart, is_inline, is_text, mime_type = False, False, False, _OTHER
            part.too_deep = True

        if is_multipart:
            boundary = part.params.get("boundary")
            if boundary:
                delim = b"--" + boundary.encode("utf-8", "surrogateescape")
                found = data.find(delim, pos)
                if found >= 0:
                    new_state = _State(mime_type, delim[2:])
                    new_state.in_alt = state.in_alt or mime_type == _ALTERNATIVE
                    new_state.html_parts = len(message.html_body)
                    new_state.text_parts = len(message.text_body)
                    new_state.need_html = state.need_html
                    new_state.need_text = state.need_text
                    new_state.part_id = len(message.parts)
                    part.kind = "multipart"
                    message.parts.append(part)
                    stack.append((state, None))
                    state = new_state
                    pos = _skip_crlf(data, found + len(delim), n)
                    continue
            # no boundary parameter, or none in the body: it is one plain text (stalwart makes
            # it an attachment, which would leave such mail without a body)
            mime_type, is_inline, is_text = _TEXT_PLAIN, True, True

        encoding = _encoding(headers)
        part.encoding = encoding
        if mime_type == _MESSAGE and not encoding and not _HEADER_LINE.match(data, pos):
            mime_type, is_inline, is_text = _TEXT_OTHER, False, True  # not a message at all
        if mime_type == _MESSAGE and not encoding:
            new_state = _State(_MESSAGE, state.boundary)
            state.boundary = None
            new_state.part_id = len(message.parts)
            new_state.msg_start = pos
            part.kind = "message"
            message.attachments.append(len(message.parts))
            message.parts.append(part)
            stack.append((state, message))
            message = MimeMessage()
            state = new_state
            continue

        # the body runs to the next "--boundary" (or the end when there is no boundary)
        boundary = state.boundary
        start = pos
        if boundary is None:
            body = data[start:]
            pos = n
        else:
            found = data.find(b"--" + boundary, start)
            if found >= 0:
                body = data[start : _line_end_before(data, start, found)]
                pos = found + 2 + len(boundary)
            else:  # the closing boundary never comes: keep the rest, stop looking
                body = data[start:]
                pos = n
                part.problem = True
                mime_type, is_inline, is_text = _TEXT_OTHER, False, True
                state.boundary = None
        part.body = body
        if encoding == "base64" and not part.problem and _B64_INVALID.search(body):
            part.problem = True  # not base64 at all: keep the raw text
            part.encoding = encoding = ""
            mime_type, is_inline, is_text = _TEXT_OTHER, False, True

        if mime_type != _MESSAGE:
            if is_inline:
                disp = parse_content_type(_last(headers, "content-disposition"))
                is_inline = (disp is None or disp[0] != "attachment") and (
                    state.parts == 1
                    or (
                        state.mime_type != _RELATED
                        and (mime_type == _INLINE or "name" not in part.params)
                    )
                )
            if state.mime_type == _ALTERNATIVE:
                add_html = mime_type == _TEXT_HTML
                add_text = mime_type == _TEXT_PLAIN
            elif is_inline:
                if state.in_alt and (state.need_text or state.need_html):
                    if mime_type == _TEXT_HTML:
                        state.need_text = False
                    elif mime_type == _TEXT_PLAIN:
                        state.need_html = False
                add_html, add_text = state.need_html, state.need_text
            else:
                add_html = add_text = False
            index = len(message.parts)
            if is_text:
                is_html = mime_type == _TEXT_HTML
                part.kind = "html" if is_html else "text"
                if add_html and not is_html:
                    message.html_body.append(index)
                elif add_text and is_html:
                    message.text_body.append(index)
                if add_html and is_html:
                    message.html_body.append(index)
                elif add_text and not is_html:
                    message.text_body.append(index)
                else:
                    message.attachments.append(index)
            else:
                if add_html:
                    message.html_body.append(index)
                if add_text:
                    message.text_body.append(index)
                message.attachments.append(index)
                part.kind = "inline_binary" if is_inline else "binary"
        else:  # an encoded message/rfc822: decode it and parse it on its own
            message.attachments.append(len(message.parts))
            part.kind = "binary"
            if depth > 0:
                decoded = decode_body(body, encoding)
                nested = _parse_tree(decoded, depth - 1, max(0, max_depth - len(stack) - 1))
                if nested is not None:
                    part.kind = "message"
                    part.message = nested
                    part.encoding = ""
                    part.body = decoded
            if part.kind != "message":
                part.problem = True
        message.parts.append(part)

        if state.boundary is not None:
            while True:
                if state.mime_type == _MESSAGE:  # a nested message ends with its enclosing part
                    prev_state, prev_message = stack.pop()
                    if prev_message is None:  # cannot happen; be safe
                        stack.append((prev_state, prev_message))
                        return _finish(message, stack, state, data, pos, headers)
                    msg_part = prev_message.parts[state.part_id]
                    delim_start = pos - len(state.boundary) - 2
                    msg_part.body = data[
                        state.msg_start : _line_end_before(data, state.msg_start, delim_start)
                    ]
                    msg_part.message = message
                    message = prev_message
                    prev_state.boundary = state.boundary
                    state = prev_state
                is_end, pos = _is_multipart_end(data, pos, n)
                if not is_end:
                    break
                if state.mime_type == _ALTERNATIVE and state.need_html and state.need_text:
                    text_n, html_n = len(message.text_body), len(message.html_body)
                    if state.text_parts == text_n and state.html_parts != html_n:
                        message.text_body.extend(message.html_body[state.html_parts :])
                    if state.html_parts == html_n and state.text_parts != text_n:
                        message.html_body.extend(message.text_body[state.html_parts :])
                message.parts[state.part_id].children = state.sub_part_ids
                if stack:
                    state = stack.pop()[0]
                    if state.boundary is not None:
                        found = data.find(b"--" + state.boundary, pos)
                        if found >= 0:
                            pos = found + 2 + len(state.boundary)
                            continue
                return _finish(message, stack, state, data, pos, [])
        elif pos >= n:
            break
    return _finish(message, stack, state, data, pos, headers)


def _finish(
    message: MimeMessage,
    stack: list[tuple[_State, MimeMessage | None]],
    state: _State,
    data: bytes,
    pos: int,
    headers: list[tuple[str, str]],
) -> MimeMessage | None:
    """Close whatever is still open (a corrupt or truncated message)."""
    while stack:
        prev_state, prev_message = stack.pop()
        if prev_message is not None:
            msg_part = prev_message.parts[state.part_id]
            msg_part.body = data[state.msg_start : pos]
            msg_part.message = message
            message = prev_message
        elif state.part_id < len(message.parts):
            message.parts[state.part_id].children = state.sub_part_ids
        state = prev_state
    if message.parts:
        return message
    if headers:  # a message without a body
        ct = parse_content_type(_last(headers, "content-type"))
        part = MimePart(headers, ct[0] if ct else "", ct[1] if ct else {})
        part.problem = True
        message.parts.append(part)
        return message
    return None
