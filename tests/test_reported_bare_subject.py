"""Reporting frames the rules missed: an apposition speaker before a bare-noun clause and
"replied that"."""

from __future__ import annotations

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.claims.clauses import split_assertions
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.bare_np import bare_np_before_aux

CTX = NameContext([])


def test_apposition_speaker_before_a_bare_noun_subject() -> None:
    s = "The club secretary, Lorna Keating, says planning permission was granted in March 2023."
    assert strip_framing(s, "en", CTX, reported=True) == (
        "Lorna Keating",
        "Planning permission was granted in March 2023.",
    )


def test_replied_that_frames() -> None:
    s = "Aspley replied that the Coastal Heritage Fund had turned down the application in 2023."
    who, rest = strip_framing(s, "en", CTX, reported=True)
    assert who == "Aspley" and rest.startswith("The Coastal Heritage Fund had turned down")
    # "replied to" is no frame
    assert (
        strip_framing("Aspley replied to the letter in May.", "en", CTX, reported=True)[0] is None
    )


def test_bare_subject_is_repeated_in_a_split() -> None:
    texts = ["Planning permission was granted in March 2023 but lapsed in May.", *["x."] * 6]
    ctx = NameContext(texts)  # a document: "Planning" is no name in it
    got = [c for c, _ in split_assertions(texts[0], "en", ctx)]
    assert got == [
        "Planning permission was granted in March 2023.",
        "Planning permission lapsed in May.",
    ]
    assert bare_np_before_aux(["said", "goodbye", "to"], "en") == 0
    assert bare_np_before_aux(["staff", "were", "told"], "en") == 1


def test_a_short_prepositional_phrase_before_the_auxiliary() -> None:
    s = "Calderbrook Fire and Rescue says the sprinklers in that bay were switched off."
    assert strip_framing(s, "en", CTX, reported=True) == (
        "Calderbrook Fire and Rescue",
        "The sprinklers in that bay were switched off.",
    )
    # an object after "said" stays: no auxiliary follows it
    s = "Vale said goodbye to the staff in Leeds on Friday."
    assert strip_framing(s, "en", CTX, reported=True)[0] is None
