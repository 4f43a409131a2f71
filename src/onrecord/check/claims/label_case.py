"""Speaker labels written in capitals ("**ROSALIND HEBDEN:**", "**IMRAN DALE (host):**").

A broadcast transcript prints each turn's speaker in capitals. Read as written, "TAMSIN ROURKE"
is an acronym (an organisation) to the name rules, so the speaker of the turn is no person, her
"we" is not her organisation's, and the label's name is put in for the pronouns of the turn. The
document text is rewritten, before anything reads it, with each such label in the case a name is
written in ("Tamsin Rourke"): the same length, so every span still indexes the original.
"""

from __future__ import annotations

import re

__all__ = ["ROLE_NOTE", "name_case_labels"]

#: a role written after the name in a label: "IMRAN DALE (host):", "JO PRICE (presenter):"
ROLE_NOTE = r"(?:\s*\([^()\n]{1,30}\))?"

_CAPS_LABEL_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:\*\*|__)?[ \t]*)"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3})"
    r"(?=" + ROLE_NOTE + r"[ \t]*(?:\*\*|__)?[ \t]*:)"
)

#: all-capital words that open a paragraph with a colon but name no speaker
_NOT_NAMES = frozenset({"Q", "A", "NB", "PS", "UPDATE", "NOTE", "EDITOR", "CORRECTION"})


def _name_case(word: str) -> str:
    """ "HEBDEN" -> "Hebden", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones"."""
    return re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def name_case_labels(body: str) -> str:
    """``body`` with every all-capital speaker label at a line's start in a name's case. A label
    of one word is a name only as the surname of a longer label ("ROSALIND HEBDEN" ...
    "HEBDEN") or when the text writes it so ("Rosalind Hebden, why ..."): "KPN:" is an
    organisation's acronym, "NOTE:" no name."""
    surnames = {
        m["name"].split()[-1] for m in _CAPS_LABEL_RE.finditer(body) if " " in m["name"].strip()
    }

    def fix(m: re.Match[str]) -> str:
        name = " ".join(m["name"].split())
        if name != m["name"] or name in _NOT_NAMES or len(name) < 3:
            return m.group()
        cased = " ".join(_name_case(w) for w in name.split())
        if (
            " " not in name
            and name not in surnames
            and not re.search(rf"\b{re.escape(cased)}\b", body)
        ):
            return m.group()
        return m["lead"] + cased

    out = _CAPS_LABEL_RE.sub(fix, body)
    return out if len(out) == len(body) else body
