"""After each ingest: link quotes and forwards to the messages they came from.

- A quoted or forwarded segment is linked to its original message when the archive holds it (the
  parent for a quote, the message with the same sender and date for a forward); otherwise the
  original is reconstructed from the quotation as a message of its own, flagged as such, so
  what survives only as a quote is still on record under its real author.
- Endorsements ("Yup" above a quote) are pointed at the original author's own statements; an
  assent that quotes nothing endorses the authored statements of the message it replies to.
- A mail printed in a page that the archive also holds as the original is linked to it as a
  copy (:mod:`onrecord.record.copies`): one message, counted once, with both sources.
- Messages whose authored text is fully quoted by a later message of the thread are flagged
  (``contained_in``), so a reader can skip them.

It works on what is not linked yet, so re-running it adds nothing. It is part of the record
layer because it is about the store's rows; the text work it needs (statements of a quote,
learned signatures, a message analyzed again) is handed to it by the engine
(:mod:`onrecord.mail.linking`), so this layer never imports ``mail``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from onrecord.record.copies import link_copies
from onrecord.record.limits import DEFAULT_LIMITS, Limits
from onrecord.record.model import Address, MessageRecord, Segment, SegmentKind
from onrecord.record.store import Store

_QUOTE_MARKS = re.compile(r"^[ \t]*>[> \t]?", re.MULTILINE)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
FORWARD_WINDOW_S = 15 * 60
SIGNATURE_MIN_MESSAGES = 3
SIGNATURE_SENDERS_AT_ONCE = 32
# A sender's own mail, which their signature is learned from: not attachments, not rebuilt.
_OWN_MAIL = "kind = 'mail' AND container_id IS NULL AND reconstructed IS NULL"


def norm(text: str) -> str:
    """Text compared across copies: quote marks, punctuation, case and spacing ignored."""
    if ">" in text:  # (_QUOTE_MARKS needs one)
        text = _QUOTE_MARKS.sub("", text)
    return _NON_WORD.sub(" ", text.lower()).strip()


@dataclass
class LinkReport:
    signatures: int = 0
    linked: int = 0
    reconstructed: int = 0
    endorsements: int = 0
    contained: int = 0
    copies: int = 0


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


class Linker:
    def __init__(
        self, store: Store, text: Any, pool: Any = None, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        """``text``: the text work, a module with ``statements_of_quote``, ``learn`` and
        ``reanalyze`` (:mod:`onrecord.mail.linking`). ``pool``: a multiprocessing pool for it
        (signatures, the statements of reconstructed quotes); the database work stays here, in
        order. ``limits``: the ingest's, so that a message analyzed again is cut as it was the
        first time."""
        self.store = store
        self.text = text
        self.db = store.db
        self.pool = pool
        self.limits = limits
        self.report = LinkReport()

    def _map(self, fn: Any, items: list[Any]) -> list[Any]:
        if self.pool is None or len(items) < 8:
            return [fn(x) for x in items]
        return self.pool.map(fn, items, chunksize=max(1, min(64, len(items) // 8)))

    def run(self) -> LinkReport:
        """Link in chunks, one transaction each: memory stays flat however many quotes there
        are, and a run killed midway resumes with the segments not linked yet."""
        with self.store.transaction():
            self._learn_signatures()
        while True:
            with self.store.transaction():
                if not self._link_chunk():
                    break
        with self.store.transaction():  # printed copies of mails the archive holds
            self.report.copies += link_copies(self.store)
        after = 0
        while True:  # endorsements too, a chunk per transaction
            with self.store.transaction():
                after = self._endorsements(after)
            if after < 0:
                break
        return self.report

    def _link_chunk(self, size: int = 2000) -> bool:
        rows = self.db.execute(
            "SELECT s.*, m.parent_id, m.thread_id, m.subject FROM segments s "
            "JOIN messages m ON m.id = s.message WHERE s.linked = 0 "
            "AND s.kind IN ('quoted', 'forwarded') AND m.container_id IS NULL "
            "ORDER BY s.id LIMIT ?",
            (size,),
        ).fetchall()
        if not rows:
            return False
        self.quoted_by: dict[int, set[int]] = {}
        self._updates: list[tuple[int, str, str, int]] = []
        # Where each segment came from, as far as the archive says; the text work for the
        # quotes to reconstruct (in the pool, when there is one); then the writes, in order.
        # (What is written below never changes these lookups: reconstructed messages have no
        # Message-ID and are not candidates for forwards, and the rows were read above.)
        originals = [self._find_original(seg) for seg in rows]
        quotes: dict[int, tuple[str, str]] = {}
        for i, (seg, original) in enumerate(zip(rows, originals, strict=True)):
            if (
                original is None
                and seg["depth"] <= 1
                and (seg["author_email"] or seg["author_name"])
            ):
                quote = self._quote_text(seg)
                if quote is not None:
                    quotes[i] = quote
        texts = sorted({text for _, text in quotes.values()})
        analyzed = dict(zip(texts, self._map(self.text.statements_of_quote, texts), strict=True))
        for i, (seg, original) in enumerate(zip(rows, originals, strict=True)):
            if original is None and i in quotes:
                body, text = quotes[i]
                original = self._reconstruct(seg, body, text, analyzed[text])
            self._link(seg, original)
        self.db.executemany(
            "UPDATE segments SET original = ?, author_name = ?, author_email = ? WHERE id = ?",
            self._updates,
        )
        self.db.executemany(
            "UPDATE statements SET author_name = ?, author_email = ? WHERE segment = ?",
            [(name, email, sid) for _, name, email, sid in self._updates],
        )
        self.db.executemany(
            "UPDATE segments SET linked = 1 WHERE id = ?", [(seg["id"],) for seg in rows]
        )
        self._texts: dict[tuple[int, tuple[str, ...]], str] = {}  # statements stay put below
        for original in sorted(self.quoted_by):
            self._contained(original, sorted(self.quoted_by[original]))
        self._texts = {}
        return True

    # ------------------------------------------------------------------ signatures
    def _learn_signatures(self) -> None:
        """Learn each new sender's signature from repetition across their messages, and
        re-segment their messages that end with it (the signature is then not a statement)."""
        since = int(self.store.meta("signatures_through", "0"))
        # The mark is the newest message this reads: the mail the linker rebuilds later is
        # never read here, so a run with nothing new leaves the mark (and the store) as it was.
        top = self.db.execute(
            f"SELECT COALESCE(MAX(id), ?) FROM messages WHERE id > ? AND {_OWN_MAIL}",
            (since, since),
        ).fetchone()[0]
        senders = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT from_email FROM messages WHERE id > ? AND from_email != '' "
                f"AND {_OWN_MAIL} ORDER BY from_email",
                (since,),
            )
        ]
        # A few senders at a time: their texts read here, the signatures learned in the pool
        # (one sender's re-segmented messages are never another sender's texts).
        for k in range(0, len(senders), SIGNATURE_SENDERS_AT_ONCE):
            group = []
            for email in senders[k : k + SIGNATURE_SENDERS_AT_ONCE]:
                rows = self.db.execute(
                    "SELECT id, blob_hash, body_text FROM messages WHERE from_email = ? "
                    f"AND {_OWN_MAIL} ORDER BY id DESC LIMIT 200",
                    (email,),
                ).fetchall()
                if len(rows) < SIGNATURE_MIN_MESSAGES:
                    continue
                authored = {r["id"]: self._authored_text(r["id"], r["body_text"]) for r in rows}
                group.append((rows, authored))
            found = self._map(self.text.learn, [list(authored.values()) for _, authored in group])
            for (rows, authored), learned in zip(group, found, strict=True):
                if learned:
                    self._resegment(rows, authored, learned)
        self.store.set_meta("signatures_through", str(top))

    def _resegment(self, rows: list[Any], authored: dict[int, str], learned: list[str]) -> None:
        """Analyze again the messages that end with one of their sender's learned signatures."""
        tails = [norm(block) for block in learned]
        for r in rows:
            if not any(norm(authored[r["id"]]).endswith(t) for t in tails):
                continue
            data = self.store.blob(r["blob_hash"])
            if data:
                record = self.text.reanalyze(data, learned, self.limits)
                self.store.replace_analysis(r["id"], record)
                self.report.signatures += 1

    def _authored_text(self, message: int, body: str) -> str:
        return "\n".join(
            body[r[0] : r[1]]
            for r in self.db.execute(
                "SELECT start, \"end\" FROM segments WHERE message = ? AND kind = 'authored' "
                "ORDER BY start",
                (message,),
            )
        )

    # ------------------------------------------------------------------ quotes and forwards
    def _find_original(self, seg: Any) -> int | None:
        """The message a quoted or forwarded segment came from, where the archive holds it."""
        original = None
        if seg["original_message_id"]:
            original = self._message_by_id(seg["original_message_id"])
        if original is None and seg["kind"] == "quoted" and seg["depth"] <= 1 and seg["parent_id"]:
            parent = self.db.execute(
                "SELECT id, from_name, from_email FROM messages WHERE id = ?", (seg["parent_id"],)
            ).fetchone()
            if parent and self._same_author(seg, parent):
                original = parent["id"]
        if original is None and seg["kind"] == "forwarded":
            original = self._forwarded_original(seg)
        return original

    def _link(self, seg: Any, original: int | None) -> None:
        if original is None:
            return
        self.report.linked += 1
        self.quoted_by.setdefault(original, set()).add(seg["message"])
        author = self.db.execute(
            "SELECT from_name, from_email FROM messages WHERE id = ?", (original,)
        ).fetchone()
        name = seg["author_name"] or author["from_name"]
        email = seg["author_email"] or author["from_email"]
        self._updates.append((original, name, email, seg["id"]))

    def _message_by_id(self, message_id: str) -> int | None:
        row = self.db.execute(
            "SELECT id FROM messages WHERE message_id = ? AND container_id IS NULL ORDER BY id",
            (message_id,),
        ).fetchone()
        return int(row[0]) if row else None

    def _same_author(self, seg: Any, parent: Any) -> bool:
        if seg["author_email"]:
            if seg["author_email"] == parent["from_email"]:
                return True
            same = self.db.execute(
                "SELECT 1 FROM person_emails a JOIN person_emails b ON a.person = b.person "
                "WHERE a.email = ? AND b.email = ?",
                (seg["author_email"], parent["from_email"]),
            ).fetchone()
            return same is not None
        if seg["author_name"]:
            return norm(seg["author_name"]) in norm(
                parent["from_name"] + " " + parent["from_email"]
            )
        return True  # an unnamed quote in a reply quotes the message it replies to

    def _forwarded_original(self, seg: Any) -> int | None:
        when = _dt(seg["date"])
        if not when or not (seg["author_email"] or seg["author_name"]):
            return None
        column, value = (
            ("from_email", seg["author_email"])
            if seg["author_email"]
            else ("from_name", seg["author_name"])
        )
        for row in self.db.execute(
            "SELECT id, date FROM messages WHERE container_id IS NULL AND reconstructed IS NULL "
            f"AND {column} = ? AND date IS NOT NULL ORDER BY id",
            (value,),
        ):
            other = _dt(row["date"])
            if other and abs((other - when).total_seconds()) <= FORWARD_WINDOW_S:
                return int(row["id"])
        return None

    def _quote_text(self, seg: Any) -> tuple[str, str] | None:
        """A quoted segment's raw span and its text without header lines and quote marks."""
        full = self.db.execute(
            "SELECT body_text FROM messages WHERE id = ?", (seg["message"],)
        ).fetchone()[0]
        body = full[seg["start"] : seg["end"]]
        first = self.db.execute(
            "SELECT start FROM statements WHERE segment = ? ORDER BY start LIMIT 1", (seg["id"],)
        ).fetchone()
        if first is None:
            return None
        text = _QUOTE_MARKS.sub("", full[first[0] : seg["end"]]).strip()
        return (body, text) if text else None

    def _reconstruct(
        self, seg: Any, body: str, text: str, analyzed: tuple[list[Any], str]
    ) -> int | None:
        author = Address(name=seg["author_name"], email=seg["author_email"])
        digest = hashlib.sha256(
            f"reconstructed\x1f{author.email or author.name.lower()}\x1f{norm(text)}".encode()
        ).hexdigest()
        row = self.db.execute(
            "SELECT id FROM messages WHERE content_hash = ?", (digest,)
        ).fetchone()
        if row:
            return int(row[0])
        date = _dt(seg["date"])
        segment = Segment(
            kind=SegmentKind.AUTHORED,
            start=0,
            end=len(text),
            author_name=author.name,
            author_email=author.email,
            date=date,
            date_offset_min=seg["date_offset"],
        )
        found = [replace(st) for st in analyzed[0]]  # (a text quoted twice: fresh objects)
        lang = analyzed[1]
        record = MessageRecord(
            kind="mail",
            blob_hash=self.store.put_blob(body.encode("utf-8", "surrogatepass")),
            data=b"",
            content_hash=digest,
            message_id=None,
            subject=_original_subject(seg["subject"]),
            sender=author,
            to=[],
            cc=[],
            date=date,
            date_offset_min=seg["date_offset"],
            in_reply_to=[],
            references=[],
            list_id=None,
            lang=lang,
            body_text=text,
            body_html=None,
            defects=[],
            segments=[segment],
            statements=found,
        )
        mid = self.store.insert_reconstructed(
            record, "quote" if seg["kind"] == "quoted" else "forward", seg["thread_id"]
        )
        if seg["kind"] == "quoted" and seg["parent_id"] is None:
            self.db.execute("UPDATE messages SET parent_id = ? WHERE id = ?", (mid, seg["message"]))
        self.report.reconstructed += 1
        return mid

    # ------------------------------------------------------------------ endorsements
    def _endorsements(self, after: int, size: int = 2000) -> int:
        """Re-point the endorsements with ids in the next chunk after ``after``; returns the
        last id handled, or -1 when none are left."""
        upto = self.db.execute(
            "SELECT MAX(id) FROM (SELECT id FROM endorsements WHERE id > ? ORDER BY id LIMIT ?)",
            (after, size),
        ).fetchone()[0]
        if upto is None:
            return -1
        # the quoted copy → the original author's own statement
        for row in self.db.execute(
            "SELECT e.id, q.text, sg.original FROM endorsements e "
            "JOIN statements q ON q.id = e.quoted JOIN segments sg ON sg.id = q.segment "
            "WHERE e.id > ? AND e.id <= ? AND e.target = e.quoted AND sg.original IS NOT NULL",
            (after, upto),
        ).fetchall():
            target = self._matching_statement(row["original"], row["text"])
            if target is not None:
                self.db.execute(
                    "UPDATE endorsements SET target = ? WHERE id = ?", (target, row["id"])
                )
                self.report.endorsements += 1
        # an assent that quotes nothing endorses what it replies to
        for row in self.db.execute(
            "SELECT e.*, m.parent_id FROM endorsements e JOIN messages m ON m.id = e.message "
            "WHERE e.id > ? AND e.id <= ? AND e.target IS NULL AND m.parent_id IS NOT NULL",
            (after, upto),
        ).fetchall():
            targets = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM statements WHERE message = ? AND kind = 'authored' ORDER BY start",
                    (row["parent_id"],),
                )
            ]
            if not targets:
                continue
            self.db.execute(
                "UPDATE endorsements SET target = ? WHERE id = ?", (targets[0], row["id"])
            )
            self.db.executemany(
                "INSERT INTO endorsements(statement, message, stance, target, quoted, endorser_name, "
                "endorser_email, date, date_offset) VALUES (?,?,?,?,NULL,?,?,?,?)",
                [
                    (
                        row["statement"],
                        row["message"],
                        row["stance"],
                        t,
                        row["endorser_name"],
                        row["endorser_email"],
                        row["date"],
                        row["date_offset"],
                    )
                    for t in targets[1:]
                ],
            )
            self.report.endorsements += len(targets)
        return int(upto)

    def _matching_statement(self, message: int, text: str, hops: int = 2) -> int | None:
        """The statement of ``message`` that ``text`` copies; a forwarded or quoted copy there is
        followed on to its own original, so an endorsement lands on the real author's words."""
        want = norm(text)
        exact = partial = None
        for row in self.db.execute(
            "SELECT s.id, s.text, s.kind, g.original FROM statements s "
            "JOIN segments g ON g.id = s.segment WHERE s.message = ? ORDER BY s.start",
            (message,),
        ):
            have = norm(row["text"])
            if have == want:
                exact = row
                break
            close = want and (want in have or have in want) and min(len(want), len(have)) > 12
            if partial is None and close:
                partial = row
        found = exact or partial
        if found is None:
            return None
        if found["kind"] != "authored" and found["original"] and hops > 0:
            deeper = self._matching_statement(found["original"], found["text"], hops - 1)
            if deeper is not None:
                return deeper
        return int(found["id"])

    # ------------------------------------------------------------------ inclusive messages
    def _contained(self, original: int, quoting: list[int]) -> None:
        """Flag ``original`` when one of the messages quoting it quotes all it wrote."""
        mine = self._text(original, ("authored",))
        if not mine:
            return
        for later in quoting:  # in id order: the first such message
            if later != original and mine in self._text(later, ("quoted", "forwarded")):
                self.db.execute(
                    "UPDATE messages SET contained_in = ? WHERE id = ? AND contained_in IS NULL",
                    (later, original),
                )
                self.report.contained += 1
                return

    def _text(self, message: int, kinds: tuple[str, ...]) -> str:
        """The normalized text of a message's statements of ``kinds``; a message quoting
        several others is read once per chunk (memo set up by :meth:`_link_chunk`)."""
        memo = getattr(self, "_texts", None)
        if memo is None:
            return self._read_text(message, kinds)
        key = (message, kinds)
        text = memo.get(key)
        if text is None:
            text = memo[key] = self._read_text(message, kinds)
        return text

    def _read_text(self, message: int, kinds: tuple[str, ...]) -> str:
        marks = ",".join("?" * len(kinds))
        return norm(
            " ".join(
                r[0]
                for r in self.db.execute(
                    f"SELECT text FROM statements WHERE message = ? AND kind IN ({marks}) "
                    "ORDER BY start",
                    (message, *kinds),
                )
            )
        )


def _original_subject(subject: str) -> str:
    stripped = re.sub(r"^\s*((re|fw|fwd|aw|wg|antw|doorst)\s*:\s*)+", "", subject or "", flags=re.I)
    return stripped.strip()
