"""Reading messages: one by reference, its thread, segments, statements, addresses,
attachments, sources and raw bytes, and the endorsements made in it or of it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from onrecord.record.connection import StoreBase, row_id


class MessageReads(StoreBase):
    """The part of :class:`onrecord.record.store.Store` that reads messages."""

    def message_row(self, ref: str) -> sqlite3.Row | None:
        """A message by row id, by Message-ID (with or without <>), or by unique id prefix."""
        ref = ref.strip()
        mid = row_id(ref)
        if mid is not None:
            row = self.db.execute("SELECT * FROM messages WHERE id = ?", (mid,)).fetchone()
            if row:
                return row
        return self.db.execute(
            "SELECT * FROM messages WHERE message_id = ? ORDER BY id LIMIT 1", (ref.strip("<>"),)
        ).fetchone()

    def thread_rows(self, thread_id: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT id, message_id, parent_id, subject, from_name, from_email, date "
            "FROM messages WHERE thread_id = ? AND container_id IS NULL ORDER BY date, id",
            (thread_id,),
        ).fetchall()

    def segments_of(self, message: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT * FROM segments WHERE message = ? ORDER BY start", (message,)
        ).fetchall()

    def statements_of(self, message: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT * FROM statements WHERE message = ? ORDER BY start", (message,)
        ).fetchall()

    def endorsements_of(self, message: int) -> list[sqlite3.Row]:
        """The endorsements made in a message, with the statements they endorse."""
        return self.db.execute(
            "SELECT e.statement, e.stance, e.date, t.id AS target, t.text, t.author_name, "
            "t.author_email, t.date AS target_date, t.message AS target_message, t.kind "
            "FROM endorsements e LEFT JOIN statements t ON t.id = e.target "
            "WHERE e.message = ? ORDER BY e.id",
            (message,),
        ).fetchall()

    def endorsers_of(self, message: int) -> list[sqlite3.Row]:
        """Endorsements made elsewhere of this message's statements ("Yup" replies to it)."""
        return self.db.execute(
            "SELECT e.statement, e.message, e.stance, e.endorser_name, e.endorser_email, e.date, "
            "e.target, t.text FROM endorsements e JOIN statements t ON t.id = e.target "
            "WHERE t.message = ? ORDER BY e.date, e.id",
            (message,),
        ).fetchall()

    def sources_of(self, message: int) -> list[dict[str, Any]]:
        """The input items of a message, then those of the pages that print a copy of it
        (outcome ``copy``)."""
        own = [
            dict(r)
            for r in self.db.execute(
                "SELECT s.path, i.locator, i.outcome, i.flags, i.blob_hash FROM items i "
                "JOIN sources s ON s.id = i.source_id WHERE i.message = ? ORDER BY i.id",
                (message,),
            )
        ]
        return own + [
            dict(r)
            for r in self.db.execute(
                "SELECT s.path, i.locator, 'copy' AS outcome, i.flags, i.blob_hash FROM copies c "
                "JOIN messages m ON m.id = c.copy JOIN items i ON i.message = m.document_id "
                "JOIN sources s ON s.id = i.source_id WHERE c.original = ? ORDER BY c.copy, i.id",
                (message,),
            )
        ]

    def addresses_of(self, message: int) -> list[sqlite3.Row]:
        """A message's addresses (role from, to or cc), in header order."""
        return self.db.execute(
            "SELECT role, name, email FROM addresses WHERE message = ? ORDER BY rowid", (message,)
        ).fetchall()

    def attachments_of(self, message: int) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT id, filename, content_type, blob_hash, document FROM attachments "
            "WHERE message = ? ORDER BY id",
            (message,),
        ).fetchall()

    def blob(self, digest: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM blobs WHERE hash = ?", (digest,)).fetchone()
        return bytes(row[0]) if row else None

    def message_kinds(self, ids: Iterable[int]) -> dict[int, str]:
        """``{message id: kind}`` (mail | document | attachment) for the given messages."""
        ids = sorted(set(ids))
        out: dict[int, str] = {}
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            marks = ",".join("?" * len(chunk))
            out.update(
                self.db.execute(f"SELECT id, kind FROM messages WHERE id IN ({marks})", chunk)
            )
        return out

    def preceding_statements(self, ids: Iterable[int]) -> dict[int, tuple[str, bool]]:
        """``{statement id: (text of the statement right before it in its message, same
        author)}`` (quoted text included: the line a reply answers), where there is one."""
        out: dict[int, tuple[str, bool]] = {}
        for sid in sorted(set(ids)):
            row = self.db.execute(
                "SELECT p.text, p.author_email = s.author_email AND p.author_name = s.author_name "
                "FROM statements s JOIN statements p ON p.message = s.message "
                "AND p.start < s.start WHERE s.id = ? ORDER BY p.start DESC LIMIT 1",
                (sid,),
            ).fetchone()
            if row:
                out[sid] = (row[0], bool(row[1]))
        return out

    def statement_ids_from_source(self, path: str) -> list[int]:
        """Statements of the messages an input file (by its resolved path) yielded."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT st.id FROM statements st JOIN items i ON i.message = st.message "
                "JOIN sources s ON s.id = i.source_id WHERE s.path = ?",
                (path,),
            )
        ]

    def latest_messages(self, limit: int = 20) -> list[sqlite3.Row]:
        """The newest messages (not attachments), newest first."""
        return self.db.execute(
            "SELECT id, subject, from_name, from_email, date, thread_id, reconstructed "
            "FROM messages WHERE container_id IS NULL ORDER BY date DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
