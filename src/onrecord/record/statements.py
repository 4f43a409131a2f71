"""Statements by who said them: full-text search with filters, and a person's statements and
endorsements (by address, or by name where no address is known)."""

from __future__ import annotations

import sqlite3
from typing import Any

from onrecord.record.connection import StoreBase


class Statements(StoreBase):
    """The part of :class:`onrecord.record.store.Store` that reads statements by author."""

    def search(
        self,
        match: str,
        emails: list[str] | None = None,
        names: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        kinds: tuple[str, ...] = ("authored",),
        limit: int = 20,
    ) -> list[sqlite3.Row]:
        # a printed copy of a message the record holds counts once: as the original
        where = [
            "statements_fts MATCH ?",
            "NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = s.message)",
        ]
        args: list[Any] = [match]
        if kinds:
            where.append(f"s.kind IN ({','.join('?' * len(kinds))})")
            args += list(kinds)
        if emails is not None or names is not None:
            ors = []
            if emails:
                ors.append(f"s.author_email IN ({','.join('?' * len(emails))})")
                args += emails
            if names:
                ors.append(
                    f"(s.author_email = '' AND s.author_name IN ({','.join('?' * len(names))}))"
                )
                args += names
            where.append("(" + (" OR ".join(ors) or "0") + ")")
        if since:
            where.append("s.date >= ?")
            args.append(since)
        if until:
            where.append("s.date < ?")
            args.append(until)
        sql = (
            'SELECT s.id, s.message, s.kind, s.start, s."end", s.text, s.lang, s.author_name, '
            "s.author_email, s.date, s.date_offset, m.message_id, m.subject, "
            "snippet(statements_fts, 0, '\x02', '\x03', '…', 24) AS snippet, "
            "bm25(statements_fts) AS score "
            "FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid "
            "JOIN messages m ON m.id = s.message "
            f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?"
        )
        args.append(limit)
        return self.db.execute(sql, args).fetchall()

    def statements_of_person(
        self, emails: list[str], names: list[str], limit: int = 100
    ) -> list[sqlite3.Row]:
        """A person's authored statements, newest first, with their message's subject."""
        where, args = self._by("s", emails, names)
        return self.db.execute(
            'SELECT s.id, s.message, s.text, s.lang, s.date, s.start, s."end", m.subject '
            "FROM statements s JOIN messages m ON m.id = s.message "
            f"WHERE s.kind = 'authored' AND {where} ORDER BY s.date DESC, s.id LIMIT ?",
            [*args, limit],
        ).fetchall()

    def endorsements_made(self, emails: list[str], limit: int = 100) -> list[sqlite3.Row]:
        """Endorsements a person made, newest first, with the text they stand behind."""
        if not emails:
            return []
        return self.db.execute(
            "SELECT e.statement, e.message, e.stance, e.date, t.id AS target, t.text, "
            "t.author_name, t.author_email, t.message AS target_message FROM endorsements e "
            "LEFT JOIN statements t ON t.id = e.target "
            f"WHERE e.endorser_email IN ({','.join('?' * len(emails))}) "
            "ORDER BY e.date DESC, e.id LIMIT ?",
            [*emails, limit],
        ).fetchall()

    @staticmethod
    def _by(alias: str, emails: list[str], names: list[str]) -> tuple[str, list[Any]]:
        """WHERE on authorship: these addresses, or these names where no address is known
        (documents, printed mail)."""
        ors, args = [], []
        if emails:
            ors.append(f"{alias}.author_email IN ({','.join('?' * len(emails))})")
            args += list(emails)
        if names:
            ors.append(
                f"({alias}.author_email = '' AND {alias}.author_name IN "
                f"({','.join('?' * len(names))}))"
            )
            args += list(names)
        return "(" + (" OR ".join(ors) or "0") + ")", args

    def statements_by(self, emails: list[str], names: list[str]) -> list[sqlite3.Row]:
        """What a person wrote: their authored statements in mail (reconstructed and printed
        mail included) and in documents, oldest first. Assents ("Yup") are left out: they stand
        for what they endorse (:meth:`endorsements_by`). Quoted and forwarded copies are never
        included, whoever wrote them."""
        who, args = self._by("s", emails, names)
        return self.db.execute(
            'SELECT s.id, s.message, s.start, s."end", s.text, s.lang, s.author_name, '
            "s.author_email, s.date, m.kind AS message_kind, m.message_id, m.reconstructed, "
            "m.subject "
            "FROM statements s JOIN messages m ON m.id = s.message "
            f"WHERE s.kind = 'authored' AND {who} "
            "AND NOT EXISTS (SELECT 1 FROM endorsements e WHERE e.statement = s.id) "
            "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = s.message) "
            "ORDER BY s.date, s.id",
            args,
        ).fetchall()

    def endorsements_by(self, emails: list[str], names: list[str]) -> list[sqlite3.Row]:
        """A person's assents with what they endorse: one row per endorsed statement, dated at
        the reply (``date``), the endorsed text and its author (``t_*``), oldest first."""
        who, args = self._by("y", emails, names)
        return self.db.execute(
            "SELECT e.statement, e.message, e.stance, e.date, y.text AS assent, y.start, "
            'y."end", y.author_name, y.author_email, m.message_id, '
            "t.id AS t_id, t.text AS t_text, t.lang AS t_lang, t.author_name AS t_author_name, "
            "t.author_email AS t_author_email, t.date AS t_date, t.message AS t_message "
            "FROM endorsements e JOIN statements y ON y.id = e.statement "
            "JOIN statements t ON t.id = e.target JOIN messages m ON m.id = e.message "
            f"WHERE {who} ORDER BY e.date, e.id",
            args,
        ).fetchall()
