"""Threading as messages arrive: Message-IDs to threads (union-find in SQL), parents found and
re-parented, and a subject fallback for replies that carry no headers to go by."""

from __future__ import annotations

from datetime import datetime

from onrecord.record.connection import StoreBase, iso
from onrecord.record.model import MessageRecord


class Threading(StoreBase):
    """The part of :class:`onrecord.record.store.Store` that threads each new message."""

    def _thread(
        self,
        mid: int,
        rec: MessageRecord,
        parent_ref: str | None,
        subject_norm: str,
        is_reply: bool,
    ) -> None:
        """JWZ-style threading, incremental: every Message-ID a message carries or mentions maps
        to a thread (union-find in SQL), the parent is the nearest ancestor present in the
        archive, and children that arrived first are re-parented when their parent arrives."""
        ids = [i for i in [*rec.references, *rec.in_reply_to, rec.message_id] if i]
        thread_id: int | None = None
        if ids:
            marks = ",".join("?" * len(ids))
            found = {
                r[0]
                for r in self.db.execute(
                    f"SELECT DISTINCT thread_id FROM thread_ids WHERE msgid IN ({marks})", ids
                )
            }
            if found:
                thread_id = min(found)
                others = sorted(found - {thread_id})
                if others:
                    omarks = ",".join("?" * len(others))
                    self.db.execute(
                        f"UPDATE thread_ids SET thread_id = ? WHERE thread_id IN ({omarks})",
                        [thread_id, *others],
                    )
                    self.db.execute(
                        f"UPDATE messages SET thread_id = ? WHERE thread_id IN ({omarks})",
                        [thread_id, *others],
                    )
        parent_id = None
        ancestors = [*rec.references, *rec.in_reply_to]
        for ref in reversed(ancestors):
            if ref == rec.message_id:
                continue
            row = self.db.execute(
                "SELECT id FROM messages WHERE message_id = ? AND container_id IS NULL AND id != ? "
                "ORDER BY id LIMIT 1",
                (ref, mid),
            ).fetchone()
            if row:
                parent_id = int(row[0])
                break
        if thread_id is None and not ancestors and is_reply and subject_norm:
            # No headers to go by: a "Re:" joins the latest earlier message with the same subject
            # among the same people, within 60 days.
            thread_id, parent_id = self._subject_fallback(mid, rec, subject_norm)
        if thread_id is None:
            thread_id = mid
        if ids:
            self.db.executemany(
                "INSERT OR REPLACE INTO thread_ids(msgid, thread_id) VALUES (?, ?)",
                [(i, thread_id) for i in dict.fromkeys(ids)],
            )
        self.db.execute(
            "UPDATE messages SET thread_id = ?, parent_id = ? WHERE id = ?",
            (thread_id, parent_id, mid),
        )
        if rec.message_id:
            self.db.execute(
                "UPDATE messages SET parent_id = ? WHERE parent_ref = ? AND id != ? "
                "AND container_id IS NULL",
                (mid, rec.message_id, mid),
            )

    def _subject_fallback(
        self, mid: int, rec: MessageRecord, subject_norm: str
    ) -> tuple[int | None, int | None]:
        people = {a.email for a in [rec.sender, *rec.to, *rec.cc] if a and a.email}
        date = iso(rec.date)
        for row in self.db.execute(
            "SELECT id, thread_id, date FROM messages WHERE subject_norm = ? AND id != ? "
            "AND container_id IS NULL ORDER BY date DESC LIMIT 50",
            (subject_norm, mid),
        ):
            if (
                date
                and row["date"]
                and (row["date"] > date or not _within_days(row["date"], date, 60))
            ):
                continue
            others = {
                r[0]
                for r in self.db.execute(
                    "SELECT email FROM addresses WHERE message = ?", (row["id"],)
                )
            }
            if people & others:
                return int(row["thread_id"] or row["id"]), int(row["id"])
        return None, None


def close_dates(a: str | None, b: str | None, hours: int = 48) -> bool:
    """Whether two ISO dates lie within ``hours`` of each other (a missing one: yes)."""
    if not a or not b:
        return True
    da = datetime.fromisoformat(a.replace("Z", "+00:00"))
    db = datetime.fromisoformat(b.replace("Z", "+00:00"))
    return abs((da - db).total_seconds()) <= hours * 3600


def _within_days(a: str, b: str, days: int) -> bool:
    return close_dates(a, b, hours=days * 24)
