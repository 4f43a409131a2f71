"""Generate a large, realistic mail archive by varying the real corpora.

The real messages in ``/work/shared/corpora`` (notmuch-corpora, the bigbang and perceval mbox
archives, cpython-email-data and the stalwart-mail-parser .eml files) are read once with the
stdlib ``email`` package and cut into pools: sentences, verbatim paragraphs, ``>``-quoted blocks,
``On ... wrote:`` lines, subjects, mailer headers and MIME skeletons (the real multipart trees
with their text slots left open and their attachments kept byte for byte). Each output message
then gets a fresh Message-ID, a date spread over the years with a realistic UTC offset, senders
and recipients from a pool of synthetic people (with name variants, several addresses each and
some role addresses), a body shuffled from the pools and, for about 60% of messages, a place in
a thread: a reply to a recent message, quoting it (bottom-posted, top-posted, Outlook
``-----Original Message-----`` or interleaved), with ``Re:`` subjects and In-Reply-To/References
(some replies carry only the ``Re:`` subject). About 2% of the files are exact duplicates (the
same bytes again, in another folder) and about 0.5% are broken (truncated, binary junk, empty,
NUL bytes, headers without a body).

Output is a tree of Maildir folders (``part-0000/{cur,new,tmp}``, at most 50,000 files each,
``cur/`` names end in ``:2,S``; duplicates go to ``copies-NNNN``) or of mbox files
(``part-0000.mbox``...). Generation streams: memory stays flat whatever ``--messages`` is
(only a window of recent messages is kept for threading). The same seed gives the same bytes.

    python benchmarks/generate_archive.py --messages 100000 --out /tmp/arch [--format mbox]
"""

from __future__ import annotations

import argparse
import base64
import bisect
import json
import random
import re
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_people import DOMAIN_WORDS, TZ_MINUTES, Person, make_people
from archive_pools import _PREFIX_RE, Pools, build_pools, load_raw_messages
from archive_render import (
    _encode_word,
    encode_text,
    fmt_addr,
    fmt_date,
    quote,
    to_html,
    wrap,
)

FOLDER_LIMIT = 50_000
REPLY_RATE = 0.60
DUPLICATE_RATE = 0.02
BROKEN_RATE = 0.005
WINDOW = 4000  # recent messages kept as possible reply parents
DUP_WINDOW = 500  # recent message bytes kept as duplicate sources


@dataclass
class Sent:
    """What a later reply needs to know about a generated message."""

    msgid: str
    refs: tuple[str, ...]
    subject: str
    sender: int
    sender_name: str
    sender_addr: str
    to: tuple[int, ...]
    date: datetime
    body: str
    list_id: str


class Generator:
    def __init__(
        self,
        pools: Pools,
        seed: int,
        total: int,
        people: int = 3000,
        start: datetime = datetime(2009, 1, 1, tzinfo=UTC),
        years: float = 14.0,
    ) -> None:
        self.p = pools
        self.rng = random.Random(seed)
        self.total = max(1, total)
        self.people, self.cum = make_people(self.rng, people)
        self.start = start
        self.span = years * 365.25 * 86400
        self.recent: deque[Sent] = deque(maxlen=WINDOW)
        self.counter = 0
        self.lists = [
            (f"{w}-{kind}@lists.{rng_dom}", f"{w}-{kind}.lists.{rng_dom}")
            for w, kind, rng_dom in (
                (self.rng.choice(DOMAIN_WORDS), k, self.rng.choice(DOMAIN_WORDS) + ".org")
                for k in ("dev", "users", "announce", "discuss", "board", "dev", "users", "general")
            )
        ]
        self.stats = {"replies": 0, "replies_no_headers": 0, "mime_templates": 0, "html": 0}

    # -- picks
    def person(self) -> int:
        return bisect.bisect_left(self.cum, self.rng.random() * self.cum[-1])

    def sentences(self, n: int) -> str:
        s = self.p.sentences
        return " ".join(s[int(self.rng.random() * len(s))] for _ in range(n))

    def msgid(self, domain: str, when: datetime) -> str:
        rng = self.rng
        n = self.counter
        r = rng.random()
        if r < 0.35:
            tail = base64.b64encode(rng.randbytes(24), b"-_").decode().rstrip("=")
            return f"<CA{tail}{n:x}@mail.gmail.com>"
        if r < 0.55:
            return f"<{int(when.timestamp())}.{n}.{rng.randint(1000, 99999)}@{domain}>"
        if r < 0.75:
            h = rng.randbytes(16).hex().upper()
            return f"<{h[:4]}PR{n:06X}{h[4:]}@{rng.choice(('EURPRD', 'NAMPRD', 'APCPRD'))}{rng.randint(1, 9):02d}.prod.outlook.com>"
        return f"<{rng.randbytes(8).hex()}.{n:x}@{domain}>"

    def subject(self) -> str:
        rng = self.rng
        if rng.random() < 0.55:
            return rng.choice(self.p.subjects)
        words = (
            [rng.choice(self.p.words) for _ in range(rng.randint(2, 6))]
            if self.p.words
            else ["update"]
        )
        words[0] = words[0].capitalize()
        return " ".join(words) + rng.choice(("", "", "", "?", " (draft)", " - proposal", " v2"))

    # -- body
    def own_blocks(self, sender: Person, name: str, to_first: str) -> list[tuple[str, str]]:
        rng = self.rng
        blocks: list[tuple[str, str]] = []
        if to_first and rng.random() < 0.45:
            blocks.append(
                ("p", rng.choice(("Hi", "Hello", "Dear", "Hey", "Hi all,\n\nHi")) + f" {to_first},")
            )
        npara = 1 + min(7, int(rng.expovariate(0.55)))
        for _ in range(npara):
            r = rng.random()
            if r < 0.12 and self.p.paragraphs:
                blocks.append(("p", rng.choice(self.p.paragraphs)))
            else:
                text = self.sentences(1 + min(7, int(rng.expovariate(0.45))))
                blocks.append(("p", wrap(text) if rng.random() < 0.7 else text))
        r = rng.random()
        if sender.role:
            blocks.append(("p", f"This message was sent by {sender.company}. Please do not reply."))
        elif r < 0.25:
            blocks.append(
                (
                    "p",
                    rng.choice(
                        (
                            "Thanks,",
                            "Cheers,",
                            "Best,",
                            "Regards,",
                            "Best regards,",
                            "Thanks in advance,",
                            "--",
                        )
                    )
                    + f"\n{sender.first}",
                )
            )
        elif r < 0.45:
            sig = f"{sender.first} {sender.last}\n{sender.title}, {sender.company}"
            blocks.append(("sig", sig))
        elif r < 0.50 and self.p.signatures:
            blocks.append(("p", f"Best regards,\n{name or sender.first}"))
            blocks.append(("sig", rng.choice(self.p.signatures)))
        return blocks

    def body_blocks(
        self, sender: Person, name: str, parent: Sent | None, to_first: str
    ) -> list[tuple[str, str]]:
        rng = self.rng
        own = self.own_blocks(sender, name, to_first)
        if parent is None:
            if rng.random() < 0.06 and self.p.quotes:  # a real quoted block, as forwarded context
                pos = rng.randint(0, len(own))
                if rng.random() < 0.5 and self.p.attributions:
                    own.insert(pos, ("attrib", rng.choice(self.p.attributions)))
                    pos += 1
                own.insert(pos, ("quote", rng.choice(self.p.quotes)))
            return own
        pdate = fmt_date(parent.date, self.people[parent.sender].tz, rng)
        pname = parent.sender_name or parent.sender_addr
        body = parent.body
        r = rng.random()
        if r < 0.40:  # bottom-post: attribution, quote, answer
            attrib = rng.choice(
                (
                    f"On {pdate}, {pname} wrote:",
                    f"On {pdate} {pname} <{parent.sender_addr}> wrote:",
                    f"{pname} wrote:",
                    f"Am {pdate} schrieb {pname}:",
                    f"Le {pdate}, {pname} a écrit :",
                    f"* {pname} <{parent.sender_addr}> [{parent.date:%Y-%m-%d %H:%M}]:",
                )
            )
            return [("attrib", attrib), ("quote", quote(body)), *own]
        if r < 0.72:  # top-post
            attrib = f"On {pdate}, {pname} <{parent.sender_addr}> wrote:"
            return [*own, ("attrib", attrib), ("quote", quote(body))]
        if r < 0.87:  # Outlook
            to_names = "; ".join(
                self.people[i].first + " " + self.people[i].last for i in parent.to[:3]
            )
            header = (
                f"-----Original Message-----\nFrom: {pname} <{parent.sender_addr}>\n"
                f"Sent: {parent.date:%A, %B %d, %Y %I:%M %p}\nTo: {to_names}\n"
                f"Subject: {parent.subject}\n"
            )
            return [*own, ("p", header + "\n" + body)]
        # interleaved: answer between quoted chunks of the parent
        paras = [x for x in body.split("\n\n") if x.strip()][:5] or [body]
        out: list[tuple[str, str]] = [("attrib", f"On {pdate}, {pname} wrote:")]
        for para in paras:
            out.append(("quote", quote(para)))
            if rng.random() < 0.7:
                out.append(("p", wrap(self.sentences(rng.randint(1, 3)))))
        out.extend(own[-1:])
        return out

    # -- one message
    def message(self) -> tuple[bytes, datetime]:
        rng = self.rng
        n = self.counter
        self.counter += 1
        clock = self.start + timedelta(seconds=self.span * n / self.total + rng.uniform(0, 3600))
        parent: Sent | None = None
        if self.recent and rng.random() < REPLY_RATE:
            back = min(len(self.recent) - 1, int(rng.expovariate(1 / 40)))
            parent = self.recent[-1 - back]
        if parent is not None:
            sender_i = (
                self.person() if rng.random() < 0.35 else rng.choice(parent.to or (self.person(),))
            )
            if sender_i == parent.sender:
                sender_i = self.person()
            when = max(clock, parent.date + timedelta(seconds=60 + rng.expovariate(1 / 20000)))
            to_ids = (parent.sender, *[t for t in parent.to if t != sender_i][: rng.randint(0, 3)])
        else:
            sender_i = self.person()
            when = clock
            to_ids = tuple(self.person() for _ in range(1 + min(4, int(rng.expovariate(1.2)))))
        sender = self.people[sender_i]
        name = sender.display(rng)
        addr = sender.addresses[0] if rng.random() < 0.7 else rng.choice(sender.addresses)
        domain = addr.split("@", 1)[1]
        tz = sender.tz if rng.random() < 0.9 else rng.choice(TZ_MINUTES)
        list_id = (
            parent.list_id if parent else (rng.choice(self.lists)[0] if rng.random() < 0.3 else "")
        )
        msgid = self.msgid(domain, when)

        headers: list[str] = []
        if rng.random() < 0.5:
            headers.append(f"Return-Path: <{addr}>")
        for hop in range(rng.choice((0, 1, 1, 2))):
            ip = f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            hdate = fmt_date(when + timedelta(seconds=hop * 2 + rng.random() * 5), 0, rng)
            headers.append(
                f"Received: from mail.{domain} (mail.{domain} [{ip}])\n\tby mx{hop + 1}."
                f"{rng.choice(DOMAIN_WORDS)}.net with ESMTPS id {rng.randbytes(6).hex()};\n\t{hdate}"
            )
        from_h = fmt_addr(name, addr, rng)
        to_people = [self.people[i] for i in to_ids]
        if list_id and rng.random() < 0.8:
            to_h = list_id
            cc_h = (
                ", ".join(fmt_addr(p.display(rng), p.addresses[0], rng) for p in to_people[:2])
                if parent
                else ""
            )
        else:
            to_h = ", ".join(
                fmt_addr(p.display(rng), rng.choice(p.addresses), rng) for p in to_people[:3]
            )
            cc_h = ", ".join(fmt_addr(p.display(rng), p.addresses[0], rng) for p in to_people[3:])
        if parent is not None:
            base = parent.subject
            r = rng.random()
            if r < 0.8:
                subject = base if _PREFIX_RE.match(base) and rng.random() < 0.7 else f"Re: {base}"
            else:
                subject = (
                    rng.choice(("RE: ", "AW: ", "Re: Re: ", "SV: ", "Re[2]: ", "Antw: ")) + base
                )
            refs = (*parent.refs[-11:], parent.msgid)
        else:
            subject = self.subject()
            if rng.random() < 0.03:
                subject = "Fwd: " + subject
            refs = ()
        if list_id and parent is None and rng.random() < 0.5:
            subject = f"[{list_id.split('@')[0]}] {subject}"
        no_thread_headers = parent is not None and rng.random() < 0.10
        headers.append(f"Date: {fmt_date(when, tz, rng)}")
        headers.append(f"From: {from_h}")
        headers.append(f"To: {to_h or 'undisclosed-recipients:;'}")
        if cc_h:
            headers.append(f"Cc: {cc_h}")
        headers.append(
            f"Subject: {_encode_word(subject, rng) if rng.random() < 0.7 else subject}"
            if not subject.isascii()
            else f"Subject: {subject}"
        )
        headers.append(f"Message-ID: {msgid}")
        if parent is not None:
            self.stats["replies"] += 1
            if no_thread_headers:
                self.stats["replies_no_headers"] += 1
            else:
                r = rng.random()
                if r < 0.88:
                    headers.append(f"In-Reply-To: {parent.msgid}")
                if r > 0.08:
                    headers.append("References: " + "\n\t".join(refs))
        if list_id:
            headers.append(f"List-Id: <{list_id.replace('@', '.')}>")
            if rng.random() < 0.5:
                headers.append(f"List-Post: <mailto:{list_id}>")
        if self.p.mailers and rng.random() < 0.7:
            hn, hv = rng.choice(self.p.mailers)
            headers.append(f"{hn}: {hv}")

        to_first = to_people[0].first if to_people and not to_people[0].role else ""
        blocks = self.body_blocks(sender, name, parent, to_first)
        text = "\n\n".join(t if k != "sig" else "-- \n" + t for k, t in blocks) + "\n"
        own_text = "\n\n".join(t for k, t in blocks if k not in ("quote", "attrib"))
        remember = text if len(text) < 3000 else own_text[:3000].rsplit("\n", 1)[0]

        body: bytes
        r = rng.random()
        if r < 0.22 and self.p.skeletons:
            sk = rng.choice(self.p.skeletons)
            self.stats["mime_templates"] += 1
            headers.append("MIME-Version: 1.0")
            chunks: list[bytes] = []
            root_single = len(sk.chunks) == 1
            for c in sk.chunks:
                if isinstance(c, bytes):
                    chunks.append(c)
                    continue
                if c.kind == "html":
                    self.stats["html"] += 1
                content = to_html(blocks) if c.kind == "html" else text
                ctype, cte, data = encode_text(content, c.kind, rng)
                if root_single:
                    headers.append(f"Content-Type: {ctype}")
                    headers.append(f"Content-Transfer-Encoding: {cte}")
                    chunks.append(data)
                else:
                    chunks.append(
                        f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n{c.extra}\n".encode()
                    )
                    chunks.append(data)
            if not root_single:
                headers.append(f"Content-Type: {sk.content_type}")
            body = b"".join(chunks)
        elif r < 0.30:  # generated multipart/alternative
            self.stats["html"] += 1
            bnd = f"----=_Part_{n}_{rng.randbytes(5).hex()}"
            headers.append("MIME-Version: 1.0")
            headers.append(f'Content-Type: multipart/alternative; boundary="{bnd}"')
            c1, e1, d1 = encode_text(text, "plain", rng)
            c2, e2, d2 = encode_text(to_html(blocks), "html", rng)
            body = (
                f"--{bnd}\nContent-Type: {c1}\nContent-Transfer-Encoding: {e1}\n\n".encode()
                + d1
                + f"\n--{bnd}\nContent-Type: {c2}\nContent-Transfer-Encoding: {e2}\n\n".encode()
                + d2
                + f"\n--{bnd}--\n".encode()
            )
        else:
            ctype, cte, data = encode_text(text, "plain", rng)
            if rng.random() < 0.85 or not text.isascii():
                headers.append("MIME-Version: 1.0")
                headers.append(f"Content-Type: {ctype}")
                headers.append(f"Content-Transfer-Encoding: {cte}")
            body = data
        raw = "\n".join(headers).encode("utf-8", "surrogateescape") + b"\n\n" + body
        if rng.random() < 0.02:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        self.recent.append(
            Sent(msgid, refs, subject, sender_i, name, addr, to_ids, when, remember, list_id)
        )
        return raw, when

    def broken(self, good: bytes) -> bytes:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return good[: rng.randint(1, max(2, len(good) * 2 // 3))]  # truncated
        if r < 0.60:
            return rng.randbytes(rng.randint(16, 6000))  # binary junk
        if r < 0.70:
            return b""
        if r < 0.85:
            pos = rng.randint(0, len(good))
            return good[:pos] + b"\x00" * rng.randint(1, 2000) + good[pos:]
        head = good.split(b"\n\n", 1)[0]
        return head if rng.random() < 0.5 else b"\n".join(ln[::-1] for ln in head.split(b"\n"))


# ------------------------------------------------------------------------------ output


class MaildirOut:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders: dict[str, tuple[Path, int]] = {}
        self.seq = 0

    def _folder(self, group: str) -> Path:
        path, count = self.folders.get(group, (Path(), FOLDER_LIMIT))
        if count >= FOLDER_LIMIT:
            idx = int(path.name.rsplit("-", 1)[1]) + 1 if group in self.folders else 0
            path = self.root / f"{group}-{idx:04d}"
            for sub in ("cur", "new", "tmp"):
                (path / sub).mkdir(parents=True, exist_ok=True)
            count = 0
        self.folders[group] = (path, count + 1)
        return path

    def write(self, data: bytes, when: datetime, group: str, rng: random.Random) -> None:
        self.seq += 1
        folder = self._folder(group)
        base = f"{int(when.timestamp())}.M{self.seq % 1_000_000}P{4000 + self.seq % 9000}Q{self.seq}.onrecord-gen"
        cur = rng.random() < 0.9
        path = folder / "cur" / f"{base}:2,S" if cur else folder / "new" / base
        with open(path, "wb") as fh:
            fh.write(data)

    def close(self) -> None:
        pass


_FROM_LINE = re.compile(rb"(?m)^(>*From )")


class MboxOut:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.files: dict[str, tuple[object, int, int]] = {}

    def write(self, data: bytes, when: datetime, group: str, rng: random.Random) -> None:
        fh, count, idx = self.files.get(group, (None, FOLDER_LIMIT, -1))
        if count >= FOLDER_LIMIT:
            if fh is not None:
                fh.close()  # type: ignore[attr-defined]
            idx += 1
            fh = open(self.root / f"{group}-{idx:04d}.mbox", "wb")  # noqa: SIM115
            count = 0
        self.files[group] = (fh, count + 1, idx)
        sep = f"From MAILER-DAEMON {when:%a %b %d %H:%M:%S %Y}\n".encode()
        body = _FROM_LINE.sub(rb">\1", data)
        if not body.endswith(b"\n"):
            body += b"\n"
        fh.write(sep + body + b"\n")  # type: ignore[attr-defined]

    def close(self) -> None:
        for fh, _, _ in self.files.values():
            fh.close()  # type: ignore[attr-defined]


@dataclass
class Result:
    messages: int = 0
    unique: int = 0
    duplicates: int = 0
    broken: int = 0
    bytes: int = 0
    seconds: float = 0.0
    load_seconds: float = 0.0
    real_messages: int = 0
    stats: dict[str, int] = field(default_factory=dict)


def iter_messages(gen: Generator, count: int) -> Iterator[tuple[str, bytes, datetime]]:
    """(kind, bytes, date) for ``count`` files: "msg", "dup" or "broken"."""
    rng = gen.rng
    recent_bytes: deque[tuple[bytes, datetime]] = deque(maxlen=DUP_WINDOW)
    for _ in range(count):
        r = rng.random()
        if r < DUPLICATE_RATE and recent_bytes:
            data, when = recent_bytes[int(rng.random() * len(recent_bytes))]
            yield "dup", data, when
        elif r < DUPLICATE_RATE + BROKEN_RATE:
            good, when = gen.message()
            gen.recent.pop()  # a broken message is never replied to
            yield "broken", gen.broken(good), when
        else:
            data, when = gen.message()
            recent_bytes.append((data, when))
            yield "msg", data, when


def generate(
    count: int,
    out: Path,
    fmt: str = "maildir",
    seed: int = 0,
    people: int = 3000,
    quiet: bool = False,
) -> Result:
    t0 = time.perf_counter()
    raw = load_raw_messages()
    pools = build_pools(raw)
    del raw
    res = Result(real_messages=pools.messages)
    res.load_seconds = time.perf_counter() - t0
    if not quiet:
        print(
            f"loaded {pools.messages} real messages: {len(pools.sentences)} sentences, "
            f"{len(pools.paragraphs)} paragraphs, {len(pools.quotes)} quote blocks, "
            f"{len(pools.attributions)} attribution lines, {len(pools.subjects)} subjects, "
            f"{len(pools.skeletons)} MIME templates ({res.load_seconds:.1f}s)",
            file=sys.stderr,
        )
    out.mkdir(parents=True, exist_ok=True)
    writer: MaildirOut | MboxOut = MaildirOut(out) if fmt == "maildir" else MboxOut(out)
    gen = Generator(pools, seed, count, people=people)
    wrng = random.Random(seed + 1)
    step = max(1, count // 20)
    for i, (kind, data, when) in enumerate(iter_messages(gen, count), 1):
        writer.write(data, when, "copies" if kind == "dup" else "part", wrng)
        res.messages += 1
        res.bytes += len(data)
        if kind == "dup":
            res.duplicates += 1
        elif kind == "broken":
            res.broken += 1
        else:
            res.unique += 1
        if not quiet and i % step == 0:
            el = time.perf_counter() - t0
            print(
                f"  {i:,}/{count:,} ({i / max(el - res.load_seconds, 1e-9):,.0f}/s)",
                file=sys.stderr,
            )
    writer.close()
    res.seconds = time.perf_counter() - t0
    res.stats = dict(gen.stats)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, required=True, help="number of files to write")
    ap.add_argument("--out", type=Path, required=True, help="output folder (created)")
    ap.add_argument("--format", choices=("maildir", "mbox"), default="maildir")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--people", type=int, default=3000, help="size of the synthetic people pool")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        ap.error(f"{args.out} exists and is not empty")
    res = generate(args.messages, args.out, args.format, args.seed, args.people, args.quiet)
    if args.json:
        print(json.dumps(res.__dict__, indent=2))
    else:
        print(
            f"wrote {res.messages:,} messages ({res.unique:,} unique, {res.duplicates:,} "
            f"duplicates, {res.broken:,} broken), {res.bytes:,} bytes "
            f"({res.bytes / 1e6:,.1f} MB) in {res.seconds:.1f}s "
            f"({res.messages / max(res.seconds, 1e-9):,.0f} msg/s) to {args.out} [{args.format}]"
        )
        st = res.stats
        print(
            f"  replies {st.get('replies', 0):,} (without thread headers "
            f"{st.get('replies_no_headers', 0):,}), real MIME templates "
            f"{st.get('mime_templates', 0):,}, with HTML {st.get('html', 0):,}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
