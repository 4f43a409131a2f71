"""The record's counts (``onrecord stats``): per source and in all, and what failed and why."""

from __future__ import annotations

from typing import Any

from onrecord.record.connection import StoreBase


class Counts(StoreBase):
    """The part of :class:`onrecord.record.store.Store` that counts."""

    def stats(self) -> dict[str, Any]:
        q = self.db.execute
        outcomes = dict(q("SELECT outcome, COUNT(*) FROM items GROUP BY outcome").fetchall())
        reasons = [
            {"reason": r[0], "count": r[1]}
            for r in q(
                "SELECT reason, COUNT(*) c FROM items WHERE outcome='failed' GROUP BY reason "
                "ORDER BY c DESC LIMIT 20"
            )
        ]
        sources = [
            dict(r)
            for r in q(
                "SELECT s.path, s.format, s.complete, "
                "SUM(i.outcome='ingested') ingested, SUM(i.outcome='duplicate') duplicate, "
                "SUM(i.outcome='failed') failed, COUNT(i.id) seen "
                "FROM sources s LEFT JOIN items i ON i.source_id = s.id GROUP BY s.id ORDER BY s.path"
            )
        ]
        for s in sources:
            for k in ("ingested", "duplicate", "failed"):
                s[k] = s[k] or 0
            s["complete"] = bool(s["complete"])
        seen = sum(outcomes.values())
        return {
            "sources": len(sources),
            "seen": seen,
            "ingested": outcomes.get("ingested", 0),
            "duplicate": outcomes.get("duplicate", 0),
            "failed": outcomes.get("failed", 0),
            "failure_reasons": reasons,
            "messages": q(
                "SELECT COUNT(*) FROM messages WHERE container_id IS NULL AND reconstructed IS NULL"
            ).fetchone()[0],
            "reconstructed_messages": q(
                "SELECT COUNT(*) FROM messages WHERE reconstructed IS NOT NULL"
            ).fetchone()[0],
            "endorsements": q("SELECT COUNT(DISTINCT statement) FROM endorsements").fetchone()[0],
            "contained_messages": q(
                "SELECT COUNT(*) FROM messages WHERE contained_in IS NOT NULL"
            ).fetchone()[0],
            "copies_linked": q("SELECT COUNT(*) FROM copies").fetchone()[0],
            "attachment_documents": q(
                "SELECT COUNT(*) FROM messages WHERE container_id IS NOT NULL"
            ).fetchone()[0],
            "threads": q(
                "SELECT COUNT(DISTINCT thread_id) FROM messages WHERE container_id IS NULL"
            ).fetchone()[0],
            "statements": q("SELECT COUNT(*) FROM statements").fetchone()[0],
            "authored_statements": q(
                "SELECT COUNT(*) FROM statements WHERE kind = 'authored'"
            ).fetchone()[0],
            "persons": q("SELECT COUNT(*) FROM persons WHERE is_role = 0").fetchone()[0],
            "role_addresses": q("SELECT COUNT(*) FROM persons WHERE is_role = 1").fetchone()[0],
            "per_source": sources,
        }
