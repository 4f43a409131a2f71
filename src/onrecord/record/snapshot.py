"""Every row of a store, for comparing two databases: a re-run with nothing new must leave every
table as it was, and an ingest killed and resumed must end equal to one uninterrupted run.

Each table is read whole, its id columns included. The full-text index is read as its (term,
statement, offset) rows: its own tables store the same index in segments whose layout depends on
how it was built (in one go, or in chunks across a kill), which is no difference to a reader.
``exact`` reads those tables as stored, and every table's implicit rowid too (a row deleted and
inserted again under a new rowid is then a change): what a run that adds nothing must leave as
it was. The indexes are compared by name and definition."""

from __future__ import annotations

import sqlite3
from typing import Any

FULLTEXT = "statements_fts"

Rows = list[tuple[Any, ...]]


def tables(db: sqlite3.Connection) -> list[str]:
    """The store's tables, the full-text index's own tables included."""
    return [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]


def _rows(db: sqlite3.Connection, table: str, exact: bool) -> Rows:
    if exact:
        try:  # with the implicit rowid too, which SELECT * leaves out
            return [tuple(r) for r in db.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')]
        except sqlite3.OperationalError:  # a WITHOUT ROWID table: its primary key is its id
            pass
    columns = len(db.execute(f'PRAGMA table_info("{table}")').fetchall())
    order = ", ".join(str(i) for i in range(1, columns + 1))
    return [tuple(r) for r in db.execute(f'SELECT * FROM "{table}" ORDER BY {order}')]


def _fulltext(db: sqlite3.Connection) -> Rows:
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.snapshot_vocab "
        f"USING fts5vocab(main, {FULLTEXT}, instance)"
    )
    try:
        rows = db.execute(
            "SELECT term, doc, col, offset FROM temp.snapshot_vocab ORDER BY term, doc, offset"
        ).fetchall()
    finally:
        db.execute("DROP TABLE temp.snapshot_vocab")
    return [tuple(r) for r in rows]


def snapshot(db: sqlite3.Connection, exact: bool = False) -> dict[str, Rows]:
    """Every table's rows by name, plus ``"indexes"`` (name, definition)."""
    out: dict[str, Rows] = {}
    names = tables(db)
    for table in names:
        if table == FULLTEXT or (not exact and table.startswith(FULLTEXT + "_")):
            continue
        out[table] = _rows(db, table, exact)
    if FULLTEXT in names:
        out[FULLTEXT] = _fulltext(db)
    out["indexes"] = [
        tuple(r)
        for r in db.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        )
    ]
    return out


def differences(before: dict[str, Rows], after: dict[str, Rows]) -> dict[str, tuple[int, int]]:
    """The tables whose rows differ: name -> (rows before, rows after)."""
    return {
        name: (len(before.get(name, [])), len(after.get(name, [])))
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name)
    }
