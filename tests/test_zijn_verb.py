"""Dutch "zijn" after a fronted adverb is the verb when an article follows ("Toen zijn de
huurders verhuisd"), never the possessive "his" a name replaces."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.name_swap import replace_phrase
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.subject_np import subject_phrase


def test_zijn_before_an_article_is_the_verb() -> None:
    s = "Toen zijn de bewoners verhuisd."
    assert subject_phrase(s, NameContext([s]), "nl") == "de bewoners"
    # the possessive stays one: "zijn bedrijf" is his company
    s = "Daarna ging zijn bedrijf failliet."
    assert subject_phrase(s, NameContext([s]), "nl") == "zijn bedrijf"


def test_no_name_is_written_into_the_verb() -> None:
    clause = "Sindsdien zijn de wachttijden gehalveerd."
    assert replace_phrase(clause, "zijn de wachttijden", "Pieter Smit", "nl") == clause
    text = (
        "Pieter Smit leidt sinds 2023 de polikliniek in Emmen. "
        "Sindsdien zijn de wachttijden gehalveerd."
    )
    got = [c.text for c in claims_from_text(text, lang="nl")]
    assert "Sindsdien zijn de wachttijden gehalveerd." in got
    assert not any("Smits de" in t or "Smit's de" in t for t in got)
