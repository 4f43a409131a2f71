"""A non-restrictive "which"-clause after a described thing is a claim about that thing."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text


def _texts(text: str) -> list[str]:
    return [c.text for c in claims_from_text(text, lang="en")]


def test_which_after_an_indefinite_thing() -> None:
    got = _texts(
        "The evening slowdowns in Leedham and Carrow were caused by a faulty switch, which was "
        "replaced on 3 December."
    )
    assert got == [
        "The evening slowdowns in Leedham and Carrow were caused by a faulty switch.",
        "The faulty switch was replaced on 3 December.",
    ]


def test_time_phrase_after_the_antecedent() -> None:
    got = _texts(
        "Wierzbicki signed a new four-year contract in January 2025, which contains no release "
        "clause."
    )
    assert got[-1] == "The new four-year contract contains no release clause."


def test_name_in_apposition_is_the_antecedent() -> None:
    got = _texts(
        "In November 2024 the Respondent engaged an external adviser, Lindgate Actuarial, which "
        "confirmed a shortfall of £186,400."
    )
    assert got[-1] == "Lindgate Actuarial confirmed a shortfall of £186,400."


def test_plural_verb_the_lists_lack() -> None:
    got = _texts(
        "The authority's findings also object to our cancellation terms, which require 30 days' "
        "notice."
    )
    assert got[-1] == "Our cancellation terms require 30 days' notice."


def test_which_for_the_whole_clause_stays() -> None:
    assert (
        len(_texts("The council cut the library budget, which means two branches will close.")) == 1
    )


def test_object_relative_stays() -> None:
    got = _texts(
        "Last year the average member saved 14 percent, which we reported at the annual meeting "
        "in November."
    )
    assert len(got) == 1


def test_a_verb_that_does_not_agree_with_the_plural_stands_for_the_clause() -> None:
    # "points" cannot have "the particles" as its subject: the relative is the writer's
    # inference from the whole clause, not a claim about the particles
    assert _texts(
        "Fibres made up 71 percent of the particles, which points to synthetic clothing as a major "
        "source."
    ) == [
        "Fibres made up 71 percent of the particles, which points to synthetic clothing as a "
        "major source."
    ]
    assert _texts("The trust hired the consultants, which was a mistake.") == [
        "The trust hired the consultants, which was a mistake."
    ]


def test_a_plural_verb_after_the_plural_still_splits() -> None:
    assert _texts("The firm signed the supply contracts, which run until 2030.") == [
        "The firm signed the supply contracts.",
        "The supply contracts run until 2030.",
    ]


def test_a_relative_closed_before_the_main_verb_gives_the_verb_back() -> None:
    # not "The court ruled that the contract." / "The contract ran until 2030, was void."
    assert _texts("The court ruled that the contract, which ran until 2030, was void.") == [
        "The court ruled that the contract was void.",
        "The contract ran until 2030.",
    ]
    got = _texts(
        "The judge found that the March email, which was copied to the board's legal adviser, "
        "amounted to a binding assurance."
    )
    assert got == [
        "The judge found that the March email amounted to a binding assurance.",
        "The March email was copied to the board's legal adviser.",
    ]
