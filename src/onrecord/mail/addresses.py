"""Header-level decoding: RFC 2047 encoded words, raw 8-bit header bytes, address lists.

``parse_address_list`` is tolerant: quoted names with commas, ``addr (Name)`` comments, groups,
missing angle brackets, pipermail's ``user at domain.com`` obfuscation and encoded words all
parse; it never raises.
"""

from __future__ import annotations

import binascii
import re
from functools import lru_cache

from onrecord.mail.redaction import may_be_redacted, scrub
from onrecord.record.model import Address
from onrecord.text.extract import decode_text, normalize_charset

__all__ = ["decode_raw_header", "decode_words", "parse_address_list", "unfold"]

_EW = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_B64_JUNK = re.compile(r"[^A-Za-z0-9+/]")
_FOLD = re.compile(r"\r?\n[ \t]*")
_WS = re.compile(r"\s+")
#: "jane at example dot org". Tried only on text up to _OBFUSCATED_MAX long, and a match starts
#: only at a word's start, with a local part up to 64 characters: on a long name without '@' the
#: search stays linear (it once backtracked for minutes on a 100 KB name).
_OBFUSCATED = re.compile(
    r"(?<![^\s@<>()\",;:])([^\s@<>()\",;:]{1,64})\s+(?:at|AT)\s+"
    r"([A-Za-z0-9\-]+(?:\s*(?:\.|\bdot\b)\s*[A-Za-z0-9\-]+)+)"
)
_OBFUSCATED_MAX = 320
_LOCAL_ONLY = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+")
_OBS_DOT = re.compile(r"(@[\w.\-]+)(?:\s+\.\s*|\.\s+)(?=[\w\-])")
_ADDR_TOKEN = re.compile(r"^[^\s@<>()\",;]+@[^\s@<>()\",;]+$")


def unfold(value: str) -> str:
    """Join folded header lines; tabs and line breaks become single spaces."""
    if "\n" in value:
        value = _FOLD.sub(" ", value)
    return value.replace("\t", " ").strip()


def decode_raw_header(value: str, fallback: str | None = None) -> str:
    """Undo ``surrogateescape``d 8-bit bytes from the stdlib parser: UTF-8, else ``fallback``."""
    if value.isascii():
        return value
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return value
    text, _ = decode_text(raw, fallback)
    return text


def _b_decode(payload: str) -> bytes:
    data = _B64_JUNK.sub("", payload.split("=", 1)[0])
    if len(data) % 4 == 1:
        data = data[:-1]
    data += "=" * (-len(data) % 4)
    try:
        return binascii.a2b_base64(data)
    except (binascii.Error, ValueError):
        return b""


def _q_decode(payload: str) -> bytes:
    return binascii.a2b_qp(payload.encode("utf-8", "surrogateescape"), header=True)


def _bytes_to_str(data: bytes, charset: str) -> str:
    codec = normalize_charset(charset)
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_text(data, None)[0]


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words (also adjacent ones, split multi-byte chars, bad padding)."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pending_cs: str | None = None
    pending = bytearray()
    pos = 0
    for m in _EW.finditer(value):
        gap = value[pos : m.start()]
        if gap and not (pending_cs is not None and gap.isspace()):
            if pending_cs is not None:
                out.append(_bytes_to_str(bytes(pending), pending_cs))
                pending_cs, pending = None, bytearray()
            out.append(gap)
        charset = m.group(1).split("*", 1)[0].lower()
        enc = m.group(2).lower()
        data = _b_decode(m.group(3)) if enc == "b" else _q_decode(m.group(3))
        if pending_cs is not None and charset != pending_cs:
            out.append(_bytes_to_str(bytes(pending), pending_cs))
            pending = bytearray()
        pending_cs = charset
        pending += data
        pos = m.end()
    if pending_cs is not None:
        out.append(_bytes_to_str(bytes(pending), pending_cs))
    out.append(value[pos:])
    return "".join(out)


# ("<[^<>,]*," finds the same commas inside brackets as "<[^>]*," in linear time: that one
# scanned to the end from every "<", 60 KB of them took 2 s)
_SPECIALS = re.compile(r'["(\\:;]|<[^<>,]*,')


def _split_entries(value: str) -> list[str]:
    """Split an address list at top-level commas/semicolons, dropping group names."""
    if not _SPECIALS.search(value):  # fast path: no quotes, comments, groups or odd brackets
        return _merge_split_names([e for e in (x.strip() for x in value.split(",")) if e])
    entries: list[str] = []
    buf: list[str] = []
    quote = esc = False
    angle = paren = 0
    for ch in value:
        if esc:
            esc = False
        elif ch == "\\" and (quote or paren):
            esc = True
        elif quote:
            quote = ch != '"'
        elif paren:
            paren += 1 if ch == "(" else -1 if ch == ")" else 0
        elif ch == '"':
            quote = True
        elif ch == "(":
            paren = 1
        elif ch == "<":
            angle += 1
        elif ch == ">":
            angle = max(0, angle - 1)
        elif angle == 0 and ch in ",;":
            entries.append("".join(buf))
            buf = []
            continue
        elif angle == 0 and ch == ":" and not _looks_like_addr("".join(buf)):
            buf = []  # a group name ("Friends:", "Undisclosed recipients:")
            continue
        buf.append(ch)
    entries.append("".join(buf))
    return _merge_split_names([e for e in (x.strip() for x in entries) if e])


def _merge_split_names(entries: list[str]) -> list[str]:
    """``Vale, Marcus <m@x>`` without quotes: glue a bare name onto the next named entry."""
    out: list[str] = []
    carry = ""
    for i, e in enumerate(entries):
        bare_name = "@" not in e and "<" not in e and "(" not in e and " at " not in e
        nxt = entries[i + 1] if i + 1 < len(entries) else ""
        if bare_name and nxt and "<" in nxt and not nxt.startswith("<"):
            carry += e + ", "
            continue
        out.append(carry + e)
        carry = ""
    return out


def _looks_like_addr(buf: str) -> bool:
    return "@" in buf or "<" in buf or bool(re.search(r"(?:https?|ftp|mailto)$", buf.strip()))


def _strip_comments(s: str) -> tuple[str, list[str]]:
    """Remove (comments) outside quoted strings; return the rest and the comments' text."""
    if "(" not in s:
        return s, []
    rest: list[str] = []
    comments: list[str] = []
    cur: list[str] = []
    quote = esc = False
    depth = 0
    for ch in s:
        if depth:
            if esc:
                esc = False
                cur.append(ch)
            elif ch == "\\":
                esc = True
            elif ch == "(":
                depth += 1
                cur.append(ch)
            elif ch == ")":
                depth -= 1
                if depth:
                    cur.append(ch)
                else:
                    comments.append("".join(cur).strip())
                    cur = []
                    rest.append(" ")
            else:
                cur.append(ch)
            continue
        if esc:
            esc = False
        elif ch == "\\" and quote:
            esc = True
        elif ch == '"':
            quote = not quote
        elif ch == "(" and not quote:
            depth = 1
            continue
        rest.append(ch)
    if cur:
        comments.append("".join(cur).strip())
    return "".join(rest), [c for c in comments if c]


def _unquote_phrase(phrase: str) -> str:
    """Quoted strings lose their quotes and escapes; encoded words are decoded."""
    if '"' in phrase:
        phrase = re.sub(
            r'"((?:[^"\\]|\\.)*)"?', lambda m: re.sub(r"\\(.)", r"\1", m.group(1)), phrase
        )
    phrase = decode_words(phrase)
    return _WS.sub(" ", phrase).strip().strip("'").strip()


def _clean_email(addr: str) -> str:
    addr = _WS.sub(" ", addr).strip().strip("'\"")
    if " " in addr:
        m = _OBFUSCATED.fullmatch(addr) if len(addr) <= _OBFUSCATED_MAX else None
        if m:
            return _deobfuscate(m)
        addr = addr.replace(" ", "")
    if addr.startswith("@") and ":" in addr:  # obsolete source route: <@relay:user@host>
        addr = addr.split(":", 1)[1]
    if any(c in addr for c in '<>"') or not addr:
        return ""
    return addr.lower()


def _deobfuscate(m: re.Match[str]) -> str:
    domain = re.sub(r"\s*(?:\.|\bdot\b)\s*", ".", m.group(2))
    return f"{m.group(1)}@{domain}".lower()


def _angle_part(s: str) -> tuple[str, str] | None:
    """(address inside the last <...> that looks like one, the text outside it)."""
    quote = esc = False
    spans: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(s):
        if esc:
            esc = False
        elif ch == "\\" and quote:
            esc = True
        elif ch == '"':
            quote = not quote
        elif quote:
            continue
        elif ch == "<":
            start = i
        elif ch == ">" and start >= 0:
            spans.append((start, i))
            start = -1
    if start >= 0:  # unterminated: "Name <a@b"
        spans.append((start, len(s)))
    if not spans:
        return None
    for a, b in reversed(spans):
        inner = s[a + 1 : b].strip()
        if "@" in inner or " at " in inner or not spans[:-1]:
            return inner, s[:a] + " " + s[b + 1 :]
    a, b = spans[-1]
    return s[a + 1 : b].strip(), s[:a] + " " + s[b + 1 :]


def _parse_entry(entry: str) -> Address | None:
    """One mailbox. RFC 5322 comments become the name when there is none (``a@b (Name)``), and
    are kept after it otherwise (``John Doe (comment)``), as stalwart and JMAP clients show them.
    """
    text, comments = _strip_comments(entry)
    angle = _angle_part(text)
    if angle is not None:
        email = _clean_email(angle[0])
        name = _unquote_phrase(angle[1])
    else:
        email, name = _bare_entry(text)
        if not email and comments and name and _LOCAL_ONLY.fullmatch(text.strip()):
            email, name = name.lower(), ""  # "root (Cron Daemon)": a local-only address
    if comments:
        comment = _unquote_phrase(" ".join(comments))
        name = f"{name} ({comment})" if name else comment
    if may_be_redacted(entry):  # "Name <[REDACTED]>": no address; "[REDACTED]": nobody
        name, email = scrub(name, email)
    if not name and not email:
        return None
    return Address(name=name, email=email)


def _bare_entry(text: str) -> tuple[str, str]:
    """An entry without <...>: ``a@b``, ``Name a@b``, ``a at b.com``, or just a name."""
    if "@" in text and (" ." in text or ". " in text):  # obsolete "jdoe@test . example"
        prev = None
        while prev != text:
            prev, text = text, _OBS_DOT.sub(r"\1.", text)
    m = _OBFUSCATED.search(text) if len(text) <= _OBFUSCATED_MAX and "@" not in text else None
    if m:
        rest = text[: m.start()] + " " + text[m.end() :]
        return _deobfuscate(m), _unquote_phrase(rest)
    email = ""
    name_tokens: list[str] = []
    for token in text.split():
        bare = token.strip("'\"")
        if "@" in bare and _ADDR_TOKEN.match(bare) and not bare.startswith("=?"):
            email = email or bare.lower()
        else:
            name_tokens.append(token)
    if not email:
        return "", _unquote_phrase(text)
    return email, _unquote_phrase(" ".join(name_tokens))


def parse_address_list(value: str) -> list[Address]:
    """All addresses of a From/To/Cc-style header value (groups flattened); never raises."""
    if not value:
        return []
    return list(_parse_address_list(value))


@lru_cache(maxsize=8192)
def _parse_address_list(value: str) -> tuple[Address, ...]:
    """Cached: the same correspondents' headers recur throughout an archive (Address is
    frozen, and the caller gets a list of its own)."""
    return tuple(_parse_addresses(value))


def _parse_addresses(value: str) -> list[Address]:
    value = unfold(re.split(r"\r?\n\r?\n", value, maxsplit=1)[0])
    try:
        result = [_parse_entry(e) for e in _split_entries(value)]
    except Exception:
        return []
    return [a for a in result if a is not None]
