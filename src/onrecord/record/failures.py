"""Why an item could not be stored, in words a user can act on (never raw exception text)."""

from __future__ import annotations

import sqlite3

#: What storing one item may raise because of its content: the item fails, the run goes on.
#: (UnicodeEncodeError, a ValueError, comes from text holding lone surrogates, which is how
#: Python keeps raw 8-bit bytes it could not decode; OverflowError from integers SQLite cannot
#: hold.)
STORE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, ValueError, OverflowError)


def store_failure_reason(exc: BaseException) -> str:
    """A short human reason for an item the database would not take."""
    if isinstance(exc, UnicodeError):
        what = "it holds raw bytes that are not text in any declared charset (in a header?)"
    elif isinstance(exc, OverflowError):
        what = "it holds a number too large to store"
    elif isinstance(exc, sqlite3.IntegrityError):
        what = "it conflicts with something already stored"
    elif isinstance(exc, sqlite3.DatabaseError):
        what = f"the database refused it ({printable(str(exc))[:200]})"
    else:
        what = "it holds a value that cannot be stored"
    return f"could not store: {what}"


def printable(text: str) -> str:
    """``text`` with anything that cannot be written as UTF-8 (lone surrogates) replaced."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
