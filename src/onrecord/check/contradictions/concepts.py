"""A small bilingual list of acts and categories: the words in English and Dutch that name one
matter where the statements share no visible word and the embedder does not help.

"This week we dismissed eleven of our own people" / "Tijdens corona is bij De Kruin niemand
ontslagen"; "the 1.5 million euros the municipality lent us" / "De gemeente heeft ons in 2020
geen euro geleend"; "We will never put additives in our snow" / "Sinds december voegen we
Snomax toe aan het water": e5 places the two sides of each at 0.79-0.89, behind nearer
neighbours, and its word vectors put "ontslagen" as near "corona" (0.84) as "dismissed" (0.85).
A category and its members count as one concept ("never ... military" / "a contract with the
Navy"; "supermarkets" / "Albert Heijn"). Used to pair a denial with the act it denies
(:mod:`onrecord.check.contradictions.denial_pairs`), to count two languages as one matter
(:mod:`onrecord.check.contradictions.cross_matter`) and to read a denial undone (:mod:`onrecord.check.contradictions.concept_denial`).
"""

from __future__ import annotations

import re

__all__ = ["CONCEPTS", "concepts"]

_C = r"[\w'’]+\s+"
#: concept -> one pattern over both languages (whole words, case-insensitive)
CONCEPTS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"\b(?:{pattern})\b", re.I)
    for name, pattern in {
        # letting staff go
        "dismiss": r"dismiss(?:ed|es|ing|al|als)?|fired|lay(?:ing)?\s+off|laid\s+off|layoffs?|"
        r"redundanc(?:y|ies)|made\s+redundant|ontslaan|ontslagen|ontslag|ontsloeg(?:en)?|"
        r"ontslaat|gedwongen\s+ontslag(?:en)?",
        # lending and borrowing money
        "lend": r"lend(?:s|ing)?|lent|loans?|borrow(?:s|ed|ing)?|lenen|leent|leende(?:n)?|"
        r"geleend|lening(?:en)?|leningen",
        # adding something to a product
        "add": r"add|adds|added|adding|additives?|toevoegen|toevoeging(?:en)?|toegevoegd|"
        rf"voeg(?:en|t|de|den)?\s+(?:{_C}){{0,6}}?toe",
        # the armed forces, a category and its members
        "military": r"military|militair(?:e)?|army|navy|air\s+force|armed\s+forces|defen[cs]e|"
        r"leger|marine|luchtmacht|krijgsmacht|defensie",
        # supermarkets and the chains that are supermarkets
        "supermarket": r"supermarkets?|supermarkt(?:en)?|grocery\s+chains?|"
        r"(?-i:Albert\s+Heijn|Jumbo|Lidl|Aldi|Tesco|Sainsbury'?s|Carrefour|Delhaize|Plus|Dirk|"
        r"Spar|Coop|Hoogvliet|Edeka|Rewe)",  # the chains by their capital only
    }.items()
}


def concepts(text: str) -> set[str]:
    """The concepts a text names."""
    return {name for name, pattern in CONCEPTS.items() if pattern.search(text)}
