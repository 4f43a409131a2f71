"""Persons: the addresses and names observed, the clustering stored with stable ids, manual
corrections, and persons looked up by id, address or name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from onrecord.record.connection import StoreBase, like_escape, row_id

#: The meta key holding the newest message id the persons were last computed over.
PERSONS_THROUGH = "persons_through"


class Persons(StoreBase):
    """The part of :class:`onrecord.record.store.Store` that keeps persons."""

    def observed_addresses(self) -> Iterator[tuple[str, str, int, bool, int]]:
        """Every distinct (email, name) seen, with how often it sent mail, whether it is a
        list's own address, and in how many From/To/Cc entries it appeared at all (which name an
        address mostly goes by: in corporate mail most names are seen on recipients). Streams in
        email order (the index does the grouping), so memory holds one address's names at a
        time however large the archive."""
        rows = self.db.execute(
            "SELECT a.email, a.name, a.role, m.list_id FROM addresses a "
            "JOIN messages m ON m.id = a.message ORDER BY a.email"
        )
        current: str | None = None
        names: dict[str, list[int]] = {}
        for email, name, role, list_id in rows:
            if email != current:
                for nm, (sent, listed, seen) in names.items():
                    yield current or "", nm, sent, bool(listed), seen
                current, names = email, {}
            acc = names.get(name or "")
            if acc is None:
                acc = names[name or ""] = [0, 0, 0]
            acc[2] += 1
            if role == "from":
                acc[0] += 1
            elif role == "to" and list_id and email.replace("@", ".") in list_id:
                acc[1] = 1
        for nm, (sent, listed, seen) in names.items():
            yield current or "", nm, sent, bool(listed), seen

    def quoted_writers(self) -> Iterator[tuple[str, int]]:
        """Names of the writers of quoted and forwarded text known by name only ("Richard B
        Sanders", "Sara Shackleton/HOU/ECT@ECT"), and of a document's words said by someone
        other than its author (an interview's guest, a person its quotation marks name), with
        in how many segments: identity links them to the person with an address where the name
        is unambiguous, else they are persons of their own."""
        yield from self.db.execute(
            "SELECT g.author_name, COUNT(*) FROM segments g JOIN messages m ON m.id = g.message "
            "WHERE g.author_email = '' AND g.author_name != '' AND (g.kind IN ('quoted', "
            "'forwarded') OR (g.kind = 'authored' AND g.author_name != m.from_name)) "
            "GROUP BY g.author_name"
        )

    def corrections(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.db.execute("SELECT op, a, b FROM corrections ORDER BY id")]

    def add_correction(self, op: str, a: str, b: str = "") -> None:
        self.db.execute("INSERT INTO corrections(op, a, b) VALUES (?, ?, ?)", (op, a, b))

    def persons_behind(self) -> bool:
        """Whether messages came in after the persons were last computed, other than the quotes
        and forwards the linker rebuilt (what the linker adds is for the persons after it)."""
        mark = int(self.meta(PERSONS_THROUGH, "0"))
        return bool(
            self.db.execute(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE id > ? "
                "AND (reconstructed IS NULL OR reconstructed NOT IN ('quote', 'forward')))",
                (mark,),
            ).fetchone()[0]
        )

    def replace_persons(self, identities: Iterable[Any]) -> None:
        """Replace the person tables with a new clustering, keeping person ids stable: an
        identity keeps the id of the old person its key or most of its addresses belonged to.
        Marks the newest message it covered (:meth:`persons_behind`)."""
        top = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM messages").fetchone()[0]
        self.set_meta(PERSONS_THROUGH, str(top))
        old_keys = dict(self.db.execute("SELECT key, id FROM persons").fetchall())
        old_email = dict(self.db.execute("SELECT email, person FROM person_emails").fetchall())
        next_id = max(old_keys.values(), default=0) + 1
        self.db.execute("DELETE FROM person_emails")
        self.db.execute("DELETE FROM person_names")
        self.db.execute("DELETE FROM persons")
        rows, emails, names, taken = [], [], [], set()
        for ident in identities:
            pid = old_keys.get(ident.key)
            if pid is None or pid in taken:
                votes = Counter(old_email[e] for e in ident.emails if e in old_email)
                pid = next((p for p, _ in votes.most_common() if p not in taken), None)
            if pid is None:
                pid, next_id = next_id, next_id + 1
            taken.add(pid)
            rows.append((pid, ident.key, ident.display_name, int(ident.is_role)))
            emails += [(e, pid) for e in ident.emails if e]
            names += [(n, pid) for n in ident.names if n]
        self.db.executemany("INSERT INTO persons(id, key, name, is_role) VALUES (?,?,?,?)", rows)
        self.db.executemany(
            "INSERT OR IGNORE INTO person_emails(email, person) VALUES (?,?)", emails
        )
        self.db.executemany("INSERT OR IGNORE INTO person_names(name, person) VALUES (?,?)", names)

    def person_display_names(self) -> list[str]:
        """The name of every person who is no role address, in id order: what the claim
        reader needs to tell persons in a claim, without the message counts of :meth:`persons`
        (seconds on an archive of 100,000 messages)."""
        return [
            r[0] for r in self.db.execute("SELECT name FROM persons WHERE NOT is_role ORDER BY id")
        ]

    def persons(self, ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """Persons (all, or those with these ids) with their addresses, names and message
        counts, most active first."""
        if ids is not None and not ids:
            return []
        only, args = "", []
        if ids is not None:
            only, args = f" WHERE {{col}} IN ({','.join('?' * len(ids))})", [int(i) for i in ids]
        counts = dict(
            self.db.execute(
                "SELECT pe.person, COUNT(DISTINCT m.id) FROM person_emails pe "
                "JOIN messages m ON m.from_email = pe.email AND m.container_id IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = m.id)"
                + only.format(col="pe.person")
                + " GROUP BY pe.person",
                args,
            ).fetchall()
        )
        # addresses and names in one query each, not two per person (3,700 persons of the
        # 100k archive: 3.1 s as per-person queries)
        emails = self._by_person("person_emails", "email", only, args)
        names = self._by_person("person_names", "name", only, args)
        out = [
            {
                "id": r["id"],
                "name": r["name"],
                "emails": emails.get(r["id"], []),
                "names": names.get(r["id"], []),
                "is_role": bool(r["is_role"]),
                "messages": counts.get(r["id"], 0),
            }
            for r in self.db.execute(
                "SELECT id, key, name, is_role FROM persons"
                + only.format(col="id")
                + " ORDER BY id",
                args,
            )
        ]
        out.sort(key=lambda p: (-p["messages"], p["id"]))
        return out

    def _by_person(
        self, table: str, column: str, only: str, args: list[int]
    ) -> dict[int, list[str]]:
        """``column`` of ``table`` (person_emails.email, person_names.name) per person, sorted."""
        out: dict[int, list[str]] = {}
        for pid, value in self.db.execute(
            f"SELECT person, {column} FROM {table}"
            + only.format(col="person")
            + f" ORDER BY person, {column}",
            args,
        ):
            out.setdefault(pid, []).append(value)
        return out

    def find_person(self, query: str) -> list[dict[str, Any]]:
        """Persons matching an email, an id, or a name (substring, case-insensitive)."""
        q = query.strip().lower()
        if q.isdigit():
            pid = row_id(q)
            ids = [pid] if pid is not None else []
        else:
            like = f"%{like_escape(q)}%"  # "%" and "_" typed are themselves, not wildcards
            ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT person FROM person_emails WHERE email = ? "
                    "UNION SELECT id FROM persons WHERE lower(name) LIKE ? ESCAPE '\\' "
                    "UNION SELECT DISTINCT person FROM person_names "
                    "WHERE lower(name) LIKE ? ESCAPE '\\'",
                    (q, like, like),
                )
            ]
        if len(ids) > 5000:  # a very broad match: one pass over all persons is cheaper
            wanted = set(ids)
            return [p for p in self.persons() if p["id"] in wanted]
        return self.persons(ids)

    def person_by_id(self, pid: int) -> dict[str, Any] | None:
        """One person (as in `persons`), by id."""
        found = self.persons([pid])
        return found[0] if found else None

    def top_persons(self, limit: int, roles: bool = False) -> list[dict[str, Any]]:
        """The persons who sent the most messages (as in `persons`), reading only those."""
        rows = self.db.execute(
            "SELECT p.id, COUNT(DISTINCT m.id) AS n FROM persons p "
            "LEFT JOIN person_emails pe ON pe.person = p.id "
            "LEFT JOIN messages m ON m.from_email = pe.email AND m.container_id IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM copies c WHERE c.copy = m.id) "
            f"WHERE {'1' if roles else 'p.is_role = 0'} GROUP BY p.id ORDER BY n DESC, p.id "
            "LIMIT ?",
            (limit,),
        ).fetchall()
        return self.persons([r["id"] for r in rows])

    def persons_of(self, emails: Iterable[str], names: Iterable[str] = ()) -> dict[str, Any]:
        """``{email or lower-cased name: (person id, person name)}`` for the given addresses, and
        for names: a name any one person goes by (a quoted writer's "Sara Shackleton/HOU/ECT@ECT"
        is a name of the person with her address); a name two persons share links to neither."""
        out: dict[str, Any] = {}
        emails, names = sorted(set(emails)), sorted({n.lower() for n in names})
        for i in range(0, len(emails), 500):
            part = emails[i : i + 500]
            for r in self.db.execute(
                "SELECT pe.email, p.id, p.name FROM person_emails pe JOIN persons p "
                f"ON p.id = pe.person WHERE pe.email IN ({','.join('?' * len(part))})",
                part,
            ):
                out[r[0]] = (r[1], r[2])
        for i in range(0, len(names), 500):
            part = names[i : i + 500]
            for r in self.db.execute(
                "SELECT lower(pn.name), MIN(p.id), MIN(p.name) FROM person_names pn "
                "JOIN persons p ON p.id = pn.person "
                f"WHERE lower(pn.name) IN ({','.join('?' * len(part))}) "
                "GROUP BY lower(pn.name) HAVING COUNT(DISTINCT p.id) = 1",
                part,
            ):
                out[r[0]] = (r[1], r[2])
        return out

    def has_address(self, email: str) -> bool:
        """Whether ``email`` is an address of a person of the record."""
        row = self.db.execute("SELECT 1 FROM person_emails WHERE email = ? LIMIT 1", (email,))
        return row.fetchone() is not None

    def emails_of(self, person_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT email FROM person_emails WHERE person = ?", (person_id,)
            )
        ]

    def names_of(self, person_id: int) -> list[str]:
        return [
            r[0]
            for r in self.db.execute("SELECT name FROM person_names WHERE person = ?", (person_id,))
        ]
