"""The speaker of a frame without the words around them that are no part of them: an adverb after
the speaker ("He also claimed that S", "The company today confirmed that S"), the particle of a
Dutch separable verb ("..., zo stelt het hof vast."), and whom a speaker acts for before them
("Defending Fairweather, Richard Osei KC said S"). Sentences written for these tests."""

import pytest

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.framer import tidy_framer


def _claims(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(c.claimant, c.text) for c in claims_from_text(text, lang=lang)]


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("He also", "He"),
        ("Solenne Energy plc today", "Solenne Energy plc"),
        ("het hof vast", "het hof"),
        ("de wethouder ook nog", "de wethouder"),
        ("Kees Toe", "Kees Toe"),  # a capitalised word is a name
        ("also", "also"),  # nothing would be left
    ],
)
def test_words_after_the_speaker_are_dropped(phrase: str, speaker: str) -> None:
    assert tidy_framer(phrase) == speaker


def test_an_adverb_after_a_pronoun_still_resolves_it() -> None:
    text = (
        "In the letter, Neil Pennick wrote that a sale would end the bakery. He also claimed "
        "that Hearthstone intended to move the bun line to its plant in Swindon."
    )
    assert (
        "Neil Pennick",
        "Hearthstone intended to move the bun line to its plant in Swindon.",
    ) in (_claims(text, "en"))


def test_a_company_speaking_today() -> None:
    text = "Solenne Energy plc today confirmed that it will close its battery plant by September."
    [(who, _)] = _claims(text, "en")
    assert who == "Solenne Energy plc"


def test_a_dutch_separable_verb_at_the_end() -> None:
    text = (
        "Roelofs heeft na 8 april nog drie keer over de betaling geappt, zonder het bedrag ter "
        "discussie te stellen, zo stelt het hof vast."
    )
    [(who, _)] = _claims(text, "nl")
    assert who == "het hof"


def test_whom_the_speaker_acts_for_is_no_speaker() -> None:
    text = (
        "Defending Fairweather, Richard Osei KC said the messages were banter between old "
        "friends. He told the court the £22,000 was a loan for a kitchen extension."
    )
    got = _claims(text, "en")
    assert got == [
        ("Richard Osei KC", "The messages were banter between old friends."),
        ("Richard Osei KC", "The £22,000 was a loan for a kitchen extension."),
    ]
