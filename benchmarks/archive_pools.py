"""Real messages of the corpora read once and cut into pools (sentences, paragraphs, quoted
blocks, attribution lines, subjects, mailer headers, MIME skeletons) for ``generate_archive.py``."""

from __future__ import annotations

import email
import email.policy
import os
import re
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path

CORPORA = Path(os.environ.get("ONRECORD_CORPORA", "/work/shared/corpora"))
MAX_SKELETON_BYTES = 256 * 1024

# ------------------------------------------------------------------------------ loading


def _split_mbox(data: bytes) -> list[bytes]:
    """Split an mbox on ``From `` separator lines (bytes, so odd separators never fail)."""
    out: list[bytes] = []
    starts = [m.start() for m in re.finditer(rb"(?:^|(?<=\n))From [^\n]*\n", data)]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(data)
        chunk = data[start:end]
        chunk = chunk[chunk.index(b"\n") + 1 :]  # drop the separator line
        chunk = re.sub(rb"(?m)^>(>*From )", rb"\1", chunk)
        if chunk.strip():
            out.append(chunk)
    return out


def _is_mbox(data: bytes) -> bool:
    return data.startswith(b"From ") and b"\n" in data[:2000]


def load_raw_messages(root: Path = CORPORA) -> list[tuple[str, bytes]]:
    """(origin, raw bytes) for every real message, in a fixed order."""
    found: list[tuple[str, bytes]] = []

    def add_file(path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError:
            return
        if _is_mbox(data) or path.suffix in (".mbox",):
            for i, chunk in enumerate(_split_mbox(data)):
                found.append((f"{path}#{i}", chunk))
        elif data.strip():
            found.append((str(path), data))

    notmuch = root / "notmuch-corpora"
    for path in sorted(p for p in notmuch.rglob("*") if p.is_file()):
        if path.name in ("README", "SOURCE.md"):
            continue
        add_file(path)
    for sub in ("bigbang-mailing-lists", "perceval-mbox"):
        for path in sorted((root / sub).rglob("*")):
            if path.is_file() and (path.suffix == ".mbox" or path.name.endswith("November.txt")):
                add_file(path)
    cpy = root / "cpython-email-data"
    for path in sorted(cpy.glob("msg_*.txt")) + sorted(cpy.glob("*.mbox")):
        add_file(path)
    stalwart = root / "stalwart-mail-parser"
    for path in sorted(stalwart.rglob("*")):
        if path.is_file() and (path.suffix == ".eml" or path.parent.name in ("cur", "new")):
            add_file(path)
    return found


# ------------------------------------------------------------------------------ pools

_ATTRIB_RE = re.compile(r"^\s*(On\b.*\bwrote:|.*\bwrote:|.*\bschrieb:|Le .* a écrit\s*:)\s*$")
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_PREFIX_RE = re.compile(
    r"^\s*((re|fwd?|aw|sv|antw|tr|wg)\s*(\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.I
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("latin-1")


@dataclass
class Slot:
    kind: str  # "plain" or "html"
    extra: str  # part headers other than Content-Type / Content-Transfer-Encoding


@dataclass
class Skeleton:
    """A real MIME tree: its root headers and a list of bytes chunks and text slots."""

    content_type: str
    chunks: list[bytes | Slot]
    origin: str


@dataclass
class Pools:
    sentences: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    attributions: list[str] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    mailers: list[tuple[str, str]] = field(default_factory=list)
    skeletons: list[Skeleton] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    messages: int = 0


def _cut_body(text: str, pools: Pools) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Outlook-style original message blocks: keep only what comes before
    for marker in ("-----Original Message-----", "________________________________"):
        pos = text.find(marker)
        if pos > 0:
            text = text[:pos]
    sig_pos = text.find("\n-- \n")
    if sig_pos >= 0:
        sig = text[sig_pos + 5 :].strip("\n")
        if 0 < len(sig) < 400:
            pools.signatures.append(sig)
        text = text[:sig_pos]
    lines = text.split("\n")
    i = 0
    para: list[str] = []

    def flush() -> None:
        if not para:
            return
        block = "\n".join(para).strip("\n")
        para.clear()
        if not block.strip():
            return
        letters = sum(c.isalpha() for c in block)
        codeish = "\t" in block or any(
            ln[:1] in ("+", "-", "@", "|", "#") or ln.startswith("    ") for ln in block.split("\n")
        )
        if codeish or letters < 0.5 * len(block.replace(" ", "")) or len(block) > 3000:
            if 40 < len(block) < 1500:
                pools.paragraphs.append(block)  # code, patches, tables: verbatim
            return
        if len(block) < 1200:
            pools.paragraphs.append(block)
        flat = " ".join(s.strip() for s in block.split("\n"))
        for sent in _SENT_SPLIT.split(flat):
            sent = sent.strip()
            if 20 <= len(sent) <= 300 and sum(c.isalpha() for c in sent) > 0.6 * len(sent):
                pools.sentences.append(sent)

    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and (lines[i].startswith(">") or lines[i].strip() == ">"):
                quote.append(lines[i])
                i += 1
            if 1 <= len(quote) <= 40:
                pools.quotes.append("\n".join(quote))
            continue
        if _ATTRIB_RE.match(line) and len(line) < 200:
            flush()
            pools.attributions.append(line.strip())
        elif not line.strip():
            flush()
        else:
            para.append(line)
        i += 1
    flush()


def _skeleton(msg: Message, origin: str) -> Skeleton | None:
    """The message's MIME tree as chunks, text parts left open as slots; None when not useful."""
    chunks: list[bytes | Slot] = []
    slots = 0

    def extra_headers(part: Message) -> str:
        keep = []
        for name, value in part.items():
            low = name.lower()
            if low in ("content-disposition", "content-id", "content-description"):
                keep.append(f"{name}: {value}\n")
        return "".join(keep)

    def walk(part: Message, root: bool) -> None:
        nonlocal slots
        ctype = part.get_content_type()
        if part.is_multipart() and ctype.startswith("multipart/"):
            boundary = part.get_boundary()
            if not boundary:
                raise ValueError("multipart without boundary")
            if not root:
                chunks.append(f'Content-Type: {ctype}; boundary="{boundary}"\n'.encode())
                chunks.append(extra_headers(part).encode() + b"\n")
            if part.preamble:
                chunks.append(part.preamble.encode("utf-8", "surrogateescape") + b"\n")
            for sub in part.get_payload():
                chunks.append(f"--{boundary}\n".encode())
                walk(sub, False)
                chunks.append(b"\n")
            chunks.append(f"--{boundary}--\n".encode())
            return
        if ctype in ("text/plain", "text/html") and not part.get_filename():
            kind = "plain" if ctype == "text/plain" else "html"
            chunks.append(Slot(kind, "" if root else extra_headers(part)))
            slots += 1
            return
        if root:
            raise ValueError("single non-text part")
        raw = part.as_bytes(policy=email.policy.compat32)
        chunks.append(raw.rstrip(b"\n") + b"\n")

    try:
        walk(msg, True)
    except Exception:
        return None
    if not slots:
        return None
    size = sum(len(c) for c in chunks if isinstance(c, bytes))
    if size > MAX_SKELETON_BYTES:
        return None
    ctype = msg.get_content_type()
    if msg.is_multipart():
        ctype = f'{ctype}; boundary="{msg.get_boundary()}"'
        for key, value in msg.get_params() or []:
            if key.lower() in ("type", "protocol", "micalg", "report-type"):
                ctype += f'; {key}="{value}"'
    # merge adjacent bytes chunks
    merged: list[bytes | Slot] = []
    for c in chunks:
        if isinstance(c, bytes) and merged and isinstance(merged[-1], bytes):
            merged[-1] = merged[-1] + c
        else:
            merged.append(c)
    return Skeleton(ctype, merged, origin)


def build_pools(raw: list[tuple[str, bytes]]) -> Pools:
    pools = Pools()
    mailers: dict[tuple[str, str], None] = {}
    subjects: dict[str, None] = {}
    for origin, data in raw:
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception:
            continue
        pools.messages += 1
        subj = msg.get("Subject")
        if subj:
            try:
                text = str(email.header.make_header(email.header.decode_header(str(subj))))
            except Exception:
                text = str(subj)
            text = " ".join(_PREFIX_RE.sub("", text).split())
            if 3 <= len(text) <= 120:
                subjects[text] = None
        for hdr in ("User-Agent", "X-Mailer"):
            val = msg.get(hdr)
            if val and len(str(val)) < 150 and "\n" not in str(val):
                mailers[(hdr, str(val))] = None
        try:
            parts = list(msg.walk())
        except Exception:
            parts = [msg]
        for part in parts:
            if part.is_multipart() or part.get_content_type() != "text/plain":
                continue
            if part.get_filename():
                continue
            try:
                _cut_body(_part_text(part), pools)
            except Exception:
                continue
        if (msg.is_multipart() or msg.get_content_type() == "text/html") and len(data) < 400_000:
            sk = _skeleton(msg, origin)
            if sk is not None:
                pools.skeletons.append(sk)
    pools.subjects = list(subjects)
    pools.mailers = list(mailers)
    pools.sentences = list(dict.fromkeys(pools.sentences))
    pools.paragraphs = list(dict.fromkeys(pools.paragraphs))
    pools.quotes = list(dict.fromkeys(pools.quotes))
    pools.attributions = list(dict.fromkeys(pools.attributions))
    pools.signatures = list(dict.fromkeys(pools.signatures))
    words: dict[str, None] = {}
    for s in pools.sentences[:20000]:
        for w in _WORD_RE.findall(s):
            if 4 <= len(w) <= 12:
                words[w.lower()] = None
    pools.words = list(words)
    if not pools.sentences or not pools.subjects:
        raise SystemExit(f"no usable messages found under {CORPORA}")
    return pools
