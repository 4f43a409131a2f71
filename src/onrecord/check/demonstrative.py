"""A Dutch demonstrative pronoun as a subject ("Klaverstede verkoopt haar melk aan de Duitse
kaasmakerij Weissenried. Die betaalt ... meer dan Lactavia."): "Die"/"Deze" points to the
party the sentence before named last, not to its subject (that would be "zij", "het"). The
name rules find no subject in "Die betaalt" and fall back to a name inside the clause."""

from __future__ import annotations

import re

from onrecord.check.verb_second import nl_finite_form

__all__ = ["demonstrative_subject"]

_DEMONSTRATIVE = re.compile(r"^\s*(?:Die|Deze)\s+(\w+)")


def demonstrative_subject(clause: str, last_persons: list[str], orgs: list[str]) -> str | None:
    """The party "Die"/"Deze" at the start of ``clause`` stands for: the person the sentence
    before named last, else the organisation named last; None when the clause does not open
    with a demonstrative and a finite verb."""
    m = _DEMONSTRATIVE.match(clause)
    if not m or not nl_finite_form(m.group(1)):
        return None
    if last_persons:
        return last_persons[-1]
    return orgs[-1] if orgs else None
