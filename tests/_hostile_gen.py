"""Hypothesis generators of hostile mail and documents, by class (issue 12).

Each class is a strategy of ``(file name, bytes)``: the name picks the reader as a user's file
would (``.eml``, ``.mbox``, ``.mbox.gz``, ``.md``). ``tests/test_fuzz.py`` runs a few examples of
each in the test suite; ``benchmarks/fuzz.py`` runs thousands and reports per class. Inputs stay
small (kilobytes): what they test is structure, not size (sizes are ``benchmarks/fuzz.py
--big``'s job).
"""

from __future__ import annotations

import base64
import gzip
import quopri

from hypothesis import strategies as st

Input = tuple[str, bytes]

GOOD = (
    b"From: Ann Example <ann@example.org>\r\nTo: Bob <bob@example.org>, carol@example.org\r\n"
    b"Subject: Budget\r\nDate: Mon, 3 Feb 2020 10:00:00 +0100\r\nMessage-ID: <b1@example.org>\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"We agreed the budget is 40,000 euros.\r\n\r\nOn Sun, Bob wrote:\r\n> Is it final?\r\n"
)

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=200)
_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
_BYTES = st.binary(max_size=300)
_CHARSETS = st.sampled_from(
    [
        "utf-8", "us-ascii", "iso-8859-1", "windows-1252", "koi8-r", "gb2312", "shift_jis",
        "utf-16", "utf-7", "x-unknown", "", "utf8''", "\"utf-8\"", "iso-2022-jp", "big5",
    ]
)  # fmt: skip
_BOUNDARY = st.text("abcXYZ019'()+_,-./:=? ", min_size=1, max_size=20)


def _header(name: str, value: bytes) -> bytes:
    return name.encode() + b": " + value + b"\r\n"


def _message(headers: bytes, body: bytes) -> bytes:
    return headers + b"\r\n" + body


@st.composite
def mime_structure(draw: st.DrawFn, depth: int = 0) -> bytes:
    """A random MIME tree: multiparts (with boundaries that may prefix each other, or never
    close), message/rfc822 parts, leaves of any type."""
    kind = draw(st.sampled_from(["leaf", "multi", "rfc822"] if depth < 6 else ["leaf"]))
    if kind == "leaf":
        ctype = draw(st.sampled_from(["text/plain", "text/html", "application/pdf", "image/png"]))
        return _message(_header("Content-Type", ctype.encode()), draw(_BYTES))
    if kind == "rfc822":
        inner = draw(mime_structure(depth + 1))
        return _message(
            _header("Content-Type", b"message/rfc822"), GOOD.split(b"\r\n\r\n")[0] + b"\r\n" + inner
        )
    boundary = draw(_BOUNDARY).encode()
    sub = draw(st.sampled_from(["mixed", "alternative", "related", "digest", "x"]))
    head = _header("Content-Type", b'multipart/%s; boundary="%s"' % (sub.encode(), boundary))
    parts = draw(st.lists(mime_structure(depth + 1), max_size=4))
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts)
    if draw(st.booleans()):
        body += b"--" + boundary + b"--\r\n"
    return _message(head, draw(st.sampled_from([b"", b"preamble\r\n"])) + body)


def _mail_with_root(root: bytes) -> bytes:
    headers = b"From: a@example.org\r\nSubject: fuzz\r\nMessage-ID: <f@x>\r\nMIME-Version: 1.0\r\n"
    return headers + root


@st.composite
def headers(draw: st.DrawFn) -> bytes:
    """Random header blocks: odd names, folding, raw 8-bit bytes, NULs, missing colons."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        name = draw(st.sampled_from([b"From", b"To", b"Cc", b"Subject", b"Date", b"Content-Type",
                                     b"Message-ID", b"References", b"X-" + b"a" * 70, b"From ",
                                     b"", b"\xe9t\xe9"]))  # fmt: skip
        value = draw(st.one_of(_TEXT.map(lambda t: t.encode("utf-8")), _BYTES))
        fold = draw(st.sampled_from([b"", b"\r\n ", b"\n\t", b"\r\n\r\n"]))
        lines.append(name + b":" + value[:50] + fold + value[50:] + b"\r\n")
    return b"".join(lines) + b"\r\n" + draw(_BYTES)


@st.composite
def charsets(draw: st.DrawFn) -> bytes:
    """Text in one charset declared as another (or as none, or as nonsense)."""
    text = draw(_TEXT)
    real = draw(st.sampled_from(["utf-8", "latin-1", "cp1252", "utf-16", "koi8-r", "shift_jis"]))
    data = text.encode(real, "replace")
    declared = draw(_CHARSETS).encode()
    subject = b"=?" + declared + b"?B?" + base64.b64encode(data[:60]) + b"?="
    return (
        GOOD.replace(b"Subject: Budget", b"Subject: " + subject)
        .replace(b"charset=utf-8", b"charset=" + declared)
        .split(b"\r\n\r\n")[0]
        + b"\r\n\r\n"
        + data
    )


@st.composite
def encodings(draw: st.DrawFn) -> bytes:
    """Transfer encodings, right or broken: base64 with junk and bad padding, quoted-printable
    with soft breaks cut, uuencode without end, a name that is none of them."""
    payload = draw(_BYTES)
    cte = draw(st.sampled_from(["base64", "quoted-printable", "x-uuencode", "8bit", "bogus"]))
    if cte == "base64":
        body = base64.encodebytes(payload)
    elif cte == "quoted-printable":
        body = quopri.encodestring(payload)
    elif cte == "x-uuencode":
        body = b"begin 644 f\n" + b"".join(
            __import__("binascii").b2a_uu(payload[i : i + 45]) for i in range(0, len(payload), 45)
        )
    else:
        body = payload
    cut = draw(st.integers(0, len(body)))
    junk = draw(st.sampled_from([b"", b"=", b"==", b"!!", b"\x00", b"=\r\n", b"=4"]))
    body = body[:cut] + junk + body[cut:]
    ctype = draw(st.sampled_from([b"text/plain", b"text/html", b"application/octet-stream"]))
    head = b"Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n" % (ctype, cte.encode())
    return _mail_with_root(head + b"\r\n" + body)


_ODD_DATES = [
    "Fri, 31 Dec 9999 23:59:59 -0500", "Mon, 1 Jan 0001 00:00:00 +0000", "0",
    "Wed, Jan 18, 2017 at 4:20 PM", "2017-01-18T16:20:00Z", "32 Foo 2020 25:61:61 +9999",
    "Tue, 1 Jan 2030 10:00:00 CEST+2", "yesterday", "9" * 400, "-1 Jan -1 -1:-1",
]  # fmt: skip
_DATES = st.one_of(
    st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000")),
    st.sampled_from(_ODD_DATES),
    _TEXT,
)


@st.composite
def dates(draw: st.DrawFn) -> bytes:
    value = draw(_DATES).encode("utf-8", "surrogateescape")
    received = b"Received: from x by y; " + draw(_DATES).encode("utf-8", "surrogateescape")
    return GOOD.replace(b"Mon, 3 Feb 2020 10:00:00 +0100", value).replace(
        b"MIME-Version", received + b"\r\nMIME-Version"
    )


_TAGS = st.sampled_from(
    ["<script>", "</script>", "<style>", "<!--", "-->", "<p>", "</p>", "<br>", "<", ">", "&amp;",
     "&#x110000;", "&#99999999999;", "<blockquote>", "</blockquote>", "<div class=gmail_quote>",
     "<a href='", "'>", "<![CDATA[", "]]>", "<table><tr><td>", "<!DOCTYPE", "<?xml", "&"]
)  # fmt: skip


@st.composite
def html(draw: st.DrawFn) -> bytes:
    """Tag soup: unclosed comments and scripts, entities out of range, nested quotes."""
    pieces = draw(st.lists(st.one_of(_TAGS, _WORD), max_size=80))
    body = "".join(pieces).encode("utf-8")
    return _mail_with_root(b"Content-Type: text/html; charset=utf-8\r\n\r\n" + body)


@st.composite
def addresses(draw: st.DrawFn) -> bytes:
    """Address lists: quotes, comments, groups, obfuscation, no '@', many recipients."""
    atoms = st.sampled_from(
        ['"Doe, Jane" <jane@example.org>', "jane at example dot org", "(comment) j@x.org",
         "Group: a@x.org, b@x.org;", "<>", "<<a@b>>", '"unclosed <x@y.org>', "@", ",,,",
         "=?utf-8?B?SmFuZQ==?= <j@x.org>", "a@b@c", "x" * 300, "j@[127.0.0.1]", '"\\"" <q@x.org>']
    )  # fmt: skip
    items = draw(st.lists(st.one_of(atoms, _WORD), max_size=40))
    value = ", ".join(items).encode("utf-8")
    return GOOD.replace(b"Bob <bob@example.org>, carol@example.org", value).replace(
        b"Ann Example <ann@example.org>", value[:200] or b"<>"
    )


@st.composite
def encoded_words(draw: st.DrawFn) -> bytes:
    """RFC 2047 words, right and broken, and RFC 2231 parameters."""
    charset = draw(_CHARSETS)
    enc = draw(st.sampled_from(["B", "Q", "b", "q", "X", ""]))
    text = draw(_BYTES)
    payload = base64.b64encode(text).decode() if enc in "Bb" else quopri.encodestring(text).decode()
    word = f"=?{charset}?{enc}?{payload[: draw(st.integers(0, 200))]}?="
    param = f"name*0*={charset}''{draw(_WORD)}%E9%; name*1={draw(_WORD)}; name*x=1"
    head = (
        f"Subject: {word} {word}\r\nContent-Type: text/plain; {param}\r\n"
        f"Content-Disposition: attachment; filename*={charset}'en'%FF%00{draw(_WORD)}\r\n"
    )
    return _mail_with_root(head.encode("utf-8", "surrogateescape") + b"\r\nbody\r\n")


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    """A real-looking message with bytes flipped, inserted, deleted or cut off."""
    data = bytearray(GOOD)
    for _ in range(draw(st.integers(1, 10))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["flip", "insert", "delete", "cut"]))
        if op == "flip" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 20))]
        elif op == "cut":
            del data[pos:]
    return bytes(data)


@st.composite
def binary_junk(draw: st.DrawFn) -> bytes:
    """Mostly not mail: random bytes, NULs, control characters, behind a header or two."""
    junk = draw(st.binary(max_size=600))
    return draw(st.sampled_from([b"", b"From: a@b\r\n", b"Subject: x\r\n\r\n"])) + junk


@st.composite
def deep_nesting(draw: st.DrawFn) -> bytes:
    """Nested message/rfc822 and multipart far past any sane depth."""
    levels = draw(st.integers(1, 200))
    out = [b"From: a@example.org\r\nSubject: deep\r\n"]
    for i in range(levels):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
        if draw(st.booleans()):
            out.append(b"Content-Type: message/rfc822\r\n\r\nSubject: in\r\n")
    out.append(b"Content-Type: text/plain\r\n\r\nbottom\r\n")
    if draw(st.booleans()):
        out += [b"--b%d--\r\n" % i for i in reversed(range(levels))]
    return b"".join(out)


@st.composite
def long_lines(draw: st.DrawFn) -> bytes:
    """Long header values, long lines without a break, a body of one line."""
    n = draw(st.integers(1, 60_000))
    fill = draw(st.sampled_from([b"x", b"a ", b"<", b"=", b"@", b"\t", b",", b"a at "]))
    where = draw(st.sampled_from(["subject", "from", "to", "body", "nobreak"]))
    line = (fill * n)[:n]
    if where == "nobreak":
        return b"From: a@example.org Subject: " + line
    if where == "body":
        return GOOD + line
    return GOOD.replace(
        {
            "subject": b"Budget",
            "from": b"Ann Example <ann@example.org>",
            "to": b"carol@example.org",
        }[where],
        line,
    )


_SEP = b"From sender@example.org Mon Feb  3 10:00:00 2020\n"


@st.composite
def mbox_files(draw: st.DrawFn) -> bytes:
    """mbox files: separators at odd places, ``>From`` escapes, blank lines missing, CRLF,
    no final newline, messages of any class above."""
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        sep = draw(st.sampled_from([_SEP, b"From x Mon Feb  3 10:00 2020\r\n", b"From \n", b""]))
        msg = draw(st.one_of(st.just(GOOD), mutations(), headers(), st.just(b">From here\n")))
        parts.append(sep + msg + draw(st.sampled_from([b"\n", b"", b"\n\n", b"\r\n"])))
    return b"".join(parts)


@st.composite
def gzip_files(draw: st.DrawFn) -> bytes:
    """gzip'd mbox files: whole, cut short, with junk after, or inflating a lot."""
    data = gzip.compress(_SEP + draw(mbox_files()) + draw(st.sampled_from([b"", b"\0" * 100_000])))
    cut = draw(st.sampled_from([len(data), len(data) // 2, 12]))
    return data[:cut] + draw(st.sampled_from([b"", b"junk", b"\x1f\x8b"]))


@st.composite
def front_matter(draw: st.DrawFn) -> bytes:
    """Markdown documents whose YAML front matter is odd: aliases (a small bomb), tags, types,
    unclosed blocks."""
    yaml_body = draw(
        st.sampled_from(
            [
                "author: Ann\ndate: 2020-02-03\n",
                "a: &a [x,x,x]\nb: &b [*a,*a,*a]\nc: &c [*b,*b,*b]\nauthor: *c\n",
                "author: !!python/object:os.system ls\n",
                "author: [1, {2: 3}]\ndate: 99999-99-99\ntitle: ~\n",
                "author: 'unclosed\n",
                "- a list\n- not a mapping\n",
                "author: " + "x" * 5000 + "\n",
                "? complex\n: key\n",
            ]
        )
    )
    end = draw(st.sampled_from(["---\n", "...\n", ""]))
    return f"---\n{yaml_body}{end}".encode() + draw(_TEXT).encode("utf-8")


def _eml(strategy: st.SearchStrategy[bytes]) -> st.SearchStrategy[Input]:
    return strategy.map(lambda data: ("fuzz.eml", data))


#: The classes: name -> strategy of (file name, bytes).
CLASSES: dict[str, st.SearchStrategy[Input]] = {
    "mime_structure": _eml(mime_structure().map(_mail_with_root)),
    "headers": _eml(headers()),
    "charsets": _eml(charsets()),
    "encodings": _eml(encodings()),
    "dates": _eml(dates()),
    "html": _eml(html()),
    "addresses": _eml(addresses()),
    "encoded_words": _eml(encoded_words()),
    "mutations": _eml(mutations()),
    "binary_junk": _eml(binary_junk()),
    "deep_nesting": _eml(deep_nesting()),
    "long_lines": _eml(long_lines()),
    "mbox": mbox_files().map(lambda d: ("fuzz.mbox", d)),
    "gzip": gzip_files().map(lambda d: ("fuzz.mbox.gz", d)),
    "front_matter": front_matter().map(lambda d: ("fuzz.md", d)),
}


def format_of(name: str) -> str:
    """The format the registry would pick for a class's file name."""
    return "document" if name.endswith(".md") else "mbox" if ".mbox" in name else "eml"
