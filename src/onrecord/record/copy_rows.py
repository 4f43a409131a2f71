"""The rows :mod:`onrecord.record.copies` works on: printed mails, the originals they may be
copies of, and the links between them."""

from __future__ import annotations

import sqlite3

from onrecord.record.connection import StoreBase


class CopyRows(StoreBase):
    """The part of :class:`onrecord.record.store.Store` for printed copies of mails."""

    def printed_unlinked(self) -> list[sqlite3.Row]:
        """Printed mails (reconstructed 'exhibit') not yet known as a copy of an original."""
        return self.db.execute(
            "SELECT id, from_name, from_email, date, date_offset FROM messages m "
            "WHERE reconstructed = 'exhibit' AND date IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = m.id) ORDER BY id"
        ).fetchall()

    def copy_candidates(self, email: str, name: str, lo: str, hi: str) -> list[int]:
        """Original mails by ``email`` (or, without one, by ``name``) dated in [lo, hi]."""
        who, arg = ("from_email = ?", email) if email else ("lower(from_name) = lower(?)", name)
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM messages WHERE kind = 'mail' AND reconstructed IS NULL "
                f"AND container_id IS NULL AND date BETWEEN ? AND ? AND {who} ORDER BY date",
                (lo, hi, arg),
            )
        ]

    def authored_texts(self, message: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT text FROM statements WHERE message = ? AND kind = 'authored' ORDER BY id",
                (message,),
            )
        ]

    def printed_mails(self) -> list[sqlite3.Row]:
        """Every printed mail, in order: its id, the page's source path and locator, and the
        Message-ID of the original it is a copy of (NULL when none)."""
        return self.db.execute(
            "SELECT m.id, s.path, i.locator, o.message_id AS original FROM messages m "
            "JOIN items i ON i.message = m.document_id AND i.outcome = 'ingested' "
            "JOIN sources s ON s.id = i.source_id LEFT JOIN copies c ON c.copy = m.id "
            "LEFT JOIN messages o ON o.id = c.original WHERE m.reconstructed = 'exhibit' "
            "ORDER BY m.id"
        ).fetchall()

    def link_copy(self, copy: int, original: int, how: str = "printed") -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO copies(copy, original, how) VALUES (?, ?, ?)",
            (copy, original, how),
        )
