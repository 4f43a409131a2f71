"""A denial of an act against a report of that act, one matter by a concept of
:mod:`onrecord.check.contradictions.concepts` where no word is shared: "Tijdens corona is bij De Kruin niemand
ontslagen." / "This week we dismissed eleven of our own people"; "De gemeente heeft ons in 2020
geen euro geleend." / "Without the 1.5 million euros the municipality lent us in 2020 we would
not have survived."; "We will never put additives in our snow" / "Sinds december voegen we
Snomax toe aan het water".

Across languages the builtin judge reads such pairs as neutral or even as entailment (the
content matches, the negation is lost), and the word rules cannot compare the words. Here the
denial is the side whose clause naming the concept is negated; the other side names the same
concept and reports it (not negated, not a plan or a hedge; a past counterfactual "without X
we would not have ..." reports that X happened). A later denial must deny the past, not pledge
the future ("we did X" then "we will never do X again" is no contradiction), and a need denied
("Voor de panelen hebben we geen lening nodig") denies no act.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.concepts import concepts
from onrecord.check.contradictions.opposition import negated
from onrecord.check.statements.clause_polarity import counterfactual, main_part
from onrecord.check.statements.modality import hedged, prospective

__all__ = ["concept_denied"]

_CLAUSE = re.compile(r"[,;:]|\s(?:and|but|en|maar)\s", re.I)
# a need denied ("geen lening nodig", "we don't need a loan") denies no act
_NEED = re.compile(r"\b(?:nodig|need|needs|needed|hoeven|hoeft|hoefden)\b", re.I)


def _denied_concepts(text: str) -> set[str]:
    """The concepts named in a negated clause of the main part."""
    out: set[str] = set()
    for clause in _CLAUSE.split(main_part(counterfactual(text))):
        if negated(clause) and not _NEED.search(clause):
            out |= concepts(clause)
    return out


def _reports(text: str) -> set[str]:
    """The concepts a statement reports: its main part not negated, no plan, no hedge (a past
    counterfactual counts as a report)."""
    plain = counterfactual(text)
    main = main_part(plain)
    if negated(main) or hedged(text):
        return set()
    if plain == text and prospective(text):
        return set()
    return concepts(main)


def concept_denied(a: str, b: str) -> bool:
    """``a`` (the earlier) or ``b`` denies an act the other reports, one matter by a concept
    (see the module)."""
    if _denied_concepts(a) & _reports(b):
        return True
    return bool(_denied_concepts(b) & _reports(a)) and not prospective(b)
