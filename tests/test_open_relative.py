"""A verb after "and"/"but" while a relative clause is still open belongs to that clause: it
does not share the sentence's subject."""

from __future__ import annotations

from onrecord.check.claims.clauses import split_compound
from onrecord.check.language.claim_names import NameContext

CTX = NameContext([])


def test_a_verb_inside_an_open_relative_keeps_the_sentence_whole() -> None:
    # not "We had nowhere to go." / "The council knew its faults."
    for s in (
        "We had 46 patients who were medically fit to go home but had nowhere to go.",
        "The council hired two engineers who had worked on the bridge and knew its faults.",
        "The trust bought a scanner which had failed twice and cost £2 million.",
    ):
        assert split_compound(s, "en", CTX) == [s]


def test_a_relative_closed_by_a_comma_leaves_the_split() -> None:
    s = "Mrs Maddox, who chairs the association, attended the meeting and spoke against the levy."
    assert split_compound(s, "en", CTX) == [
        "Mrs Maddox, who chairs the association, attended the meeting.",
        "Maddox spoke against the levy.",
    ]
    s = "Carter hired a lawyer and sued the council."
    assert split_compound(s, "en", CTX) == ["Carter hired a lawyer.", "Carter sued the council."]
