"""The "A:" of a transcript's answer is layout, not the statement (heldout7's interview)."""

from onrecord.check.claims.transcript import without_answer_label
from onrecord.check.statements.modality import retrospective


def test_answer_label_is_left_off() -> None:
    text = "A: We never promised our growers a minimum price."
    assert not retrospective(text)  # the label hides the account of one's past
    assert without_answer_label(text) == "We never promised our growers a minimum price."
    assert retrospective(without_answer_label(text))
    assert without_answer_label("**A:** We have always roasted in Deventer.") == (
        "We have always roasted in Deventer."
    )
    assert without_answer_label("Antwoord: Dat klopt niet.") == "Dat klopt niet."


def test_a_sentence_opening_with_a_is_kept() -> None:
    assert (
        without_answer_label("A roaster needs its own cafés.") == "A roaster needs its own cafés."
    )
    assert without_answer_label("A: ") == "A: "
