"""Claim lists: the rows of a ``.jsonl`` or ``.csv``/``.tsv`` file of claims to check.

A reporter who already knows the claims gives them as a list instead of a document: one JSON
object per line (``{"claim": ..., "subject"?, "lang"?, "claimant"?, "kind"?}``) or a CSV with a
``claim`` column. Bad input raises :class:`ClaimsError` naming the file, the line and what is
wrong, so that the command line can show it with a hint instead of a traceback.
"""

from __future__ import annotations

import csv
import io
import json

__all__ = ["ClaimsError", "rows_csv", "rows_jsonl"]


class ClaimsError(ValueError):
    """Input that cannot be read as claims; the message says what is wrong and where."""


def rows_jsonl(text: str, where: str) -> list[dict[str, str | None]]:
    rows: list[dict[str, str | None]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ClaimsError(f"{where}:{n}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise ClaimsError(f'{where}:{n}: expected an object like {{"claim": "..."}}')
        claim = obj.get("claim", obj.get("text"))
        if not isinstance(claim, str) or not claim.strip():
            raise ClaimsError(f'{where}:{n}: no "claim" string')
        row: dict[str, str | None] = {"claim": claim}
        for key in ("subject", "lang", "claimant", "kind"):
            value = obj.get(key)
            if value is not None and not isinstance(value, str):
                raise ClaimsError(f'{where}:{n}: "{key}" must be a string')
            row[key] = value.strip() if isinstance(value, str) and value.strip() else None
        rows.append(row)
    return rows


def rows_csv(text: str, where: str) -> list[dict[str, str | None]]:
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if where.lower().endswith(".tsv") else csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader, None)
        if not header:
            raise ClaimsError(f"{where}: empty CSV file, expected a header with a 'claim' column")
        columns = [h.strip().lstrip("\ufeff").lower() for h in header]
        if "claim" not in columns:
            shown = ", ".join(repr(h) for h in header) or "none"
            raise ClaimsError(f"{where}: no 'claim' column in the CSV header (columns: {shown})")
        rows: list[dict[str, str | None]] = []
        for record in reader:
            cells = dict(zip(columns, record))
            claim = (cells.get("claim") or "").strip()
            if not claim:
                continue
            row: dict[str, str | None] = {"claim": claim}
            for key in ("subject", "lang", "claimant", "kind"):
                row[key] = (cells.get(key) or "").strip() or None
            rows.append(row)
    except csv.Error as exc:
        raise ClaimsError(f"{where}:{reader.line_num}: bad CSV ({exc})") from None
    return rows
