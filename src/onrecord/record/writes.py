"""The write path of ingest: sources and their items, raw bytes, messages with their addresses,
segments, statements, endorsements and attachments, duplicates recognized on the way in.

Writes happen in batches inside the caller's transaction; :meth:`Writes.add` with ``safe`` rolls
back just the message that failed, which is then counted as failed with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from onrecord.record.bulk import FTS_PENDING, BulkLoad
from onrecord.record.connection import iso
from onrecord.record.failures import STORE_ERRORS, printable, store_failure_reason
from onrecord.record.model import Analyzed, MessageRecord, Outcome, SegmentKind
from onrecord.record.threads import Threading, close_dates
from onrecord.text.subjects import normalize_subject


@dataclass(slots=True)
class SourceState:
    id: int
    complete: bool
    size: int


class Writes(BulkLoad, Threading):
    """The part of :class:`onrecord.record.store.Store` that ingest writes through."""

    def source(self, path: str, fmt: str, size: int) -> SourceState:
        row = self.db.execute(
            "SELECT id, complete, size FROM sources WHERE path = ?", (path,)
        ).fetchone()
        if row:
            if row["size"] != size:
                self.db.execute(
                    "UPDATE sources SET size = ?, complete = 0 WHERE id = ?", (size, row["id"])
                )
                return SourceState(row["id"], False, size)
            return SourceState(row["id"], bool(row["complete"]), size)
        cur = self.db.execute(
            "INSERT INTO sources(path, format, size) VALUES (?, ?, ?)", (path, fmt, size)
        )
        return SourceState(int(cur.lastrowid or 0), False, size)

    def mark_complete(self, source_id: int) -> None:
        self.db.execute("UPDATE sources SET complete = 1 WHERE id = ?", (source_id,))

    def item_count(self, source_id: int) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM items WHERE source_id = ?", (source_id,)
            ).fetchone()[0]
        )

    def has_item(self, source_id: int, locator: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM items WHERE source_id = ? AND locator = ?", (source_id, locator)
            ).fetchone()
            is not None
        )

    def add_failed(self, source_id: int, locator: str, reason: str, data: bytes = b"") -> None:
        blob = self.put_blob(data) if data else None
        self.db.execute(
            "INSERT OR IGNORE INTO items(source_id, locator, outcome, blob_hash, reason) "
            "VALUES (?, ?, 'failed', ?, ?)",
            (source_id, locator, blob, printable(reason[:500])),
        )

    def put_blob(self, data: bytes, digest: str | None = None) -> str:
        import hashlib

        digest = digest or hashlib.sha256(data).hexdigest()
        self.db.execute(
            "INSERT OR IGNORE INTO blobs(hash, size, data) VALUES (?, ?, ?)",
            (digest, len(data), data),
        )
        return digest

    def add(self, source_id: int, item: Analyzed, safe: bool = True) -> Outcome:
        """Store one analyzed item; returns whether it was new, a duplicate or failed.

        With ``safe``, a database error on one message rolls back just that message, which is
        then counted as failed with the reason: one bad message never aborts a run. Without it
        (the fast path for whole batches) the error propagates and the caller retries safely."""
        if not safe:
            return self._add(source_id, item)
        self.db.execute("SAVEPOINT item")
        saved, pending = dict(self._id_cache), self._fts_pending
        try:
            outcome = self._add(source_id, item)
        except STORE_ERRORS as exc:
            self.db.execute("ROLLBACK TO item")
            self.db.execute("RELEASE item")
            self._id_cache, self._fts_pending = saved, pending
            item.error = store_failure_reason(exc)
            item.record = None
            self.add_failed(source_id, item.locator, item.error, item.data)
            return Outcome.FAILED
        self.db.execute("RELEASE item")
        return outcome

    def _add(self, source_id: int, item: Analyzed) -> Outcome:
        if item.record is None:
            self.add_failed(source_id, item.locator, item.error or "unreadable", item.data)
            return Outcome.FAILED
        rec = item.record
        self.put_blob(rec.data, rec.blob_hash)
        existing = self._find_duplicate(rec)
        if existing is not None:
            self.db.execute(
                "INSERT OR IGNORE INTO items(source_id, locator, outcome, message, blob_hash, flags) "
                "VALUES (?, ?, 'duplicate', ?, ?, ?)",
                (source_id, item.locator, existing, rec.blob_hash, item.flags),
            )
            return Outcome.DUPLICATE
        mid = self._insert_message(rec)
        for printed in rec.printed:
            if self._find_duplicate(printed) is None:
                pid = self.insert_reconstructed(printed, "exhibit", None, threaded=True)
                self.db.execute("UPDATE messages SET document_id = ? WHERE id = ?", (mid, pid))
        self.db.execute(
            "INSERT OR IGNORE INTO items(source_id, locator, outcome, message, blob_hash, flags) "
            "VALUES (?, ?, 'ingested', ?, ?, ?)",
            (source_id, item.locator, mid, rec.blob_hash, item.flags),
        )
        return Outcome.INGESTED

    def _find_duplicate(self, rec: MessageRecord) -> int | None:
        row = self.db.execute(
            "SELECT id FROM messages WHERE content_hash = ?", (rec.content_hash,)
        ).fetchone()
        if row:
            return int(row[0])
        if not rec.message_id:
            return None
        # Same Message-ID: the same message unless the two disagree on who sent it and when
        # (then the id is a collision and the content hash decides).
        sender = rec.sender.email if rec.sender else ""
        for row in self.db.execute(
            "SELECT id, from_email, date, subject_norm FROM messages "
            "WHERE message_id = ? AND container_id IS NULL",
            (rec.message_id,),
        ):
            same_sender = not sender or not row["from_email"] or row["from_email"] == sender
            same_date = not rec.date or not row["date"] or close_dates(iso(rec.date), row["date"])
            same_subject = normalize_subject(rec.subject)[0] == row["subject_norm"]
            if same_sender and same_date and same_subject:
                return int(row["id"])
        return None

    def insert_reconstructed(
        self, rec: MessageRecord, how: str, thread_id: int | None, threaded: bool = False
    ) -> int:
        """A message that survives only as a quotation, forward or printed exhibit. Printed
        mails are threaded like real mail (``threaded``); quotes join the quoting thread."""
        mid = self._insert_message(rec, thread=threaded)
        self.db.execute("UPDATE messages SET reconstructed = ? WHERE id = ?", (how, mid))
        if not threaded:
            self.db.execute(
                "UPDATE messages SET thread_id = ? WHERE id = ?",
                (thread_id if thread_id is not None else mid, mid),
            )
        return mid

    def _insert_message(
        self, rec: MessageRecord, container: int | None = None, thread: bool = True
    ) -> int:
        subject_norm, is_reply = normalize_subject(rec.subject)
        parent_ref = (
            rec.in_reply_to[-1]
            if rec.in_reply_to
            else (rec.references[-1] if rec.references else None)
        )
        sender = rec.sender
        cur = self.db.execute(
            "INSERT INTO messages(kind, blob_hash, message_id, content_hash, subject, subject_norm, "
            "from_name, from_email, date, date_offset, list_id, parent_ref, refs, container_id, "
            "lang, body_text, body_html, defects) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rec.kind,
                rec.blob_hash,
                rec.message_id,
                rec.content_hash,
                rec.subject,
                subject_norm,
                sender.name if sender else "",
                sender.email if sender else "",
                iso(rec.date),
                rec.date_offset_min,
                rec.list_id,
                parent_ref,
                " ".join(rec.references),
                container,
                rec.lang,
                rec.body_text,
                rec.body_html,
                "; ".join(rec.defects),
            ),
        )
        mid = int(cur.lastrowid or 0)
        if container is None and thread:
            self._thread(mid, rec, parent_ref, subject_norm, is_reply)
        addresses = []
        if sender:
            addresses.append((mid, "from", sender.name, sender.email))
        addresses += [(mid, "to", a.name, a.email) for a in rec.to]
        addresses += [(mid, "cc", a.name, a.email) for a in rec.cc]
        if addresses:
            self.db.executemany(
                "INSERT INTO addresses(message, role, name, email) VALUES (?,?,?,?)", addresses
            )
        self._insert_segments(mid, rec)
        for att in rec.attachments:
            self.put_blob(att.data, att.blob_hash)
            doc_id = None
            if att.document is not None:
                doc_id = self._insert_message(att.document, container=mid)
            self.db.execute(
                "INSERT INTO attachments(message, filename, content_type, blob_hash, document) "
                "VALUES (?,?,?,?,?)",
                (mid, att.filename, att.content_type, att.blob_hash, doc_id),
            )
        return mid

    def replace_analysis(self, mid: int, rec: MessageRecord) -> None:
        """Replace a message's segments, statements and endorsements with a new analysis."""
        if self.defer_fulltext:  # statements not in the full-text index yet have nothing there
            pending = self._pending_fulltext()
        else:
            self._fulltext_ready()
            pending = None
        for sid, text in self.db.execute(
            "SELECT id, text FROM statements WHERE message = ?", (mid,)
        ).fetchall():
            if pending is not None and sid >= pending:
                continue
            self.db.execute(
                "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', ?, ?)",
                (sid, text),
            )
        self.db.execute("DELETE FROM endorsements WHERE message = ?", (mid,))
        self.db.execute("DELETE FROM statements WHERE message = ?", (mid,))
        self.db.execute("DELETE FROM segments WHERE message = ?", (mid,))
        self._insert_segments(mid, rec)

    def _insert_segments(self, mid: int, rec: MessageRecord) -> None:
        if not self.defer_fulltext and rec.statements:
            self._fulltext_ready()  # before this message's statements exist
        seg0 = self._next_ids("segments", len(rec.segments))
        # Per segment, what its statements repeat: author, date and offset (computed once).
        authored = [
            (seg.author_name, seg.author_email, iso(seg.date), _offset(seg, rec))
            for seg in rec.segments
        ]
        self.db.executemany(
            'INSERT INTO segments(id, message, kind, start, "end", author_name, author_email, date, '
            "date_offset, original_message_id, depth, linked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    seg0 + k,
                    mid,
                    str(seg.kind),
                    seg.start,
                    seg.end,
                    *authored[k],
                    seg.original_message_id,
                    seg.depth,
                    0 if seg.kind in (SegmentKind.QUOTED, SegmentKind.FORWARDED) else 1,
                )
                for k, seg in enumerate(rec.segments)
            ],
        )
        st0 = self._next_ids("statements", len(rec.statements))
        st_ids = [st0 + k for k in range(len(rec.statements))]
        rows = [
            (st0 + k, mid, seg0 + st.segment, str(st.kind), st.start, st.end, st.text, st.lang)
            + authored[st.segment]
            for k, st in enumerate(rec.statements)
        ]
        self.db.executemany(
            'INSERT INTO statements(id, message, segment, kind, start, "end", text, lang, '
            "author_name, author_email, date, date_offset) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if rows:
            if self.defer_fulltext:
                if self._pending_fulltext() is None:
                    self.set_meta(FTS_PENDING, str(st0))
                    self._fts_pending = st0
            else:
                self.db.executemany(
                    "INSERT INTO statements_fts(rowid, text) VALUES (?, ?)",
                    [(r[0], r[6]) for r in rows],
                )
        sender = rec.sender
        for assent in rec.assents:
            rows = [(st_ids[t], st_ids[t]) for t in assent.targets] or [(None, None)]
            self.db.executemany(
                "INSERT INTO endorsements(statement, message, stance, target, quoted, "
                "endorser_name, endorser_email, date, date_offset) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        st_ids[assent.statement],
                        mid,
                        assent.stance,
                        target,
                        quoted,
                        sender.name if sender else "",
                        sender.email if sender else "",
                        iso(rec.date),
                        rec.date_offset_min,
                    )
                    for target, quoted in rows
                ],
            )


def _offset(seg: Any, rec: MessageRecord) -> int | None:
    """The author's UTC offset: the segment's own, else the message's for its sender's text."""
    if seg.date_offset_min is not None:
        return int(seg.date_offset_min)
    return rec.date_offset_min if seg.date is not None and seg.date == rec.date else None
