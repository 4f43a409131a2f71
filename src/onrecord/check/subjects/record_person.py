"""The person of the record a claim's subject names.

A claim names its subject as the article or the user wrote it ("Vale", "Marcus Vale", "Okafor");
the record knows persons by their names and addresses. Checking a claim and looking for a
person's self-contradictions both start here.
"""

from __future__ import annotations

from typing import Any

from onrecord.record.store import Store

__all__ = ["person_names", "resolve_subject"]


def resolve_subject(store: Store, name: str | None) -> dict[str, Any] | None:
    """The person of the record a name in a claim refers to: an exact full name, else a unique
    surname or name-token match among persons (role addresses excluded)."""
    if not name:
        return None
    wanted = name.strip().lower()
    persons = [p for p in store.find_person(wanted) if not p["is_role"]]
    if not persons:
        token = wanted.split()[-1]
        persons = [p for p in store.find_person(token) if not p["is_role"]]
    exact = [p for p in persons if p["name"].lower() == wanted]
    if len(exact) == 1:
        return exact[0]
    tokens = set(wanted.split())
    close = [p for p in persons if tokens <= set(p["name"].lower().replace(",", " ").split())]
    if len(close) == 1:
        return close[0]
    return persons[0] if len(persons) == 1 else None


def person_names(store: Store) -> list[str]:
    return [p["name"] for p in store.persons() if not p["is_role"]]
