"""The schema (``schema.sql``) as the store reads it: its version, its tables, its indexes."""

from __future__ import annotations

import re
from importlib import resources

SCHEMA_VERSION = 1
APP_ID = "onrecord"


def schema_sql() -> str:
    return resources.files("onrecord.record").joinpath("schema.sql").read_text()


def schema_tables() -> set[str]:
    return set(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", schema_sql()))


def schema_indexes() -> set[str]:
    return set(re.findall(r"CREATE INDEX IF NOT EXISTS (\w+)", schema_sql()))


def schema_index_statements() -> list[str]:
    """Each ``CREATE [UNIQUE] INDEX`` statement of the schema, as written there."""
    sql = re.sub(r"--[^\n]*", "", schema_sql())
    return [
        stmt.strip() for stmt in sql.split(";") if re.match(r"\s*CREATE (?:UNIQUE )?INDEX", stmt)
    ]
