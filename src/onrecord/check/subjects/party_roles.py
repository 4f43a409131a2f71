"""The parties a document introduces by their legal role, so that a later bare "gedaagde",
"eiseres", "the claimant" or "respondent" stands for them: "Eiseres, Dewi Rijkaart (52),
werkte ...", "Gedaagde, het familiebedrijf Bakkerij Van Oostveen, heeft ...", "Dewi Rijkaart
(eiseres)", "Harbourline Ferries (hierna: gedaagde)", "The claimant, Ms Priya Shah, ...".

The role stands before the name with a comma and at most an article and a few lower-case words
between ("het familiebedrijf"), or in brackets right after the name. A role inside a phrase
("De advocaat van gedaagde, mr. Lotte Verhoeckx") introduces nobody: the words before the role
must be nothing or an article."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import ROLE_GROUPS
from onrecord.check.language.claim_names import NameContext

__all__ = ["party_roles"]

#: The legal roles of the parties, each with its canonical name (as in ``ROLE_GROUPS``).
_PARTY: dict[str, str] = {
    syn: group[0]
    for group in ROLE_GROUPS
    if group[0] in ("plaintiff", "defendant")
    for syn in group
}
_ROLE = "|".join(sorted(map(re.escape, _PARTY), key=len, reverse=True))
#: "Eiseres, ", "De gedaagde, ", "The claimant, " at the start of a sentence, then nothing or
#: an article and a short lower-case description ("het familiebedrijf") before the name; not a
#: relative clause ("Plaintiff, who chaired Lumen's board, ...")
_BEFORE = re.compile(
    rf"(?i)^\s*(?:(?:de|het|the)\s+)?(?P<role>{_ROLE})\s*,\s*"
    r"(?P<desc>(?-i:(?:(?:de|het|een|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2})?))"
)
_AFTER = re.compile(rf"(?i)^\s*\((?:hierna\s*:?\s*|hereafter\s*:?\s*)?(?P<role>{_ROLE})\)")


def party_roles(text: str, ctx: NameContext) -> list[tuple[str, str]]:
    """The (canonical role, name) pairs ``text`` introduces: ("plaintiff", "Dewi Rijkaart")."""
    out: list[tuple[str, str]] = []
    mentions = [m for m in ctx.mentions(text) if m.kind != "other"]
    m = _BEFORE.match(text)
    if m and mentions:
        first = next((n for n in mentions if n.start >= m.start("desc")), None)
        lead = text[m.end() : first.start] if first is not None else ","
        # "het familiebedrijf Bakkerij Van Oostveen": capitalised words before the name it
        # found are part of the name
        if first is not None and re.fullmatch(r"(?:[A-Z][\w'’-]*\s+){0,2}", lead):
            name = text[m.end() : first.end]
            out.append((_PARTY[m["role"].lower()], " ".join(name.split())))
    for n in mentions:
        after = _AFTER.match(text[n.end :])
        if after:
            out.append((_PARTY[after["role"].lower()], " ".join(n.text.split())))
    return out
