"""Sentences with no claim of the writer's (heldout4, heldout8): never a side of a pair."""

from onrecord.check.contradictions import StatementRef, eligible
from onrecord.check.non_claims import FRAGMENT, SYMPATHY, non_claim
from onrecord.check.pair_rules import anaphoric


def _ref(text: str, lang: str) -> StatementRef:
    return StatementRef(
        statement_id=1, text=text, date=None, message_id=1, kind="document", lang=lang
    )


def test_a_bare_dependent_clause_answering_a_question_is_a_fragment() -> None:
    # heldout4: an interview answer whose main clause is the interviewer's question
    answer = "Dat ik begrijp dat het voor sommige mensen wennen is."
    assert non_claim(answer) == FRAGMENT
    assert not eligible(_ref(answer, "nl"))
    assert non_claim("Dat is de beste keuze voor de werf.") is None  # "dat" as a demonstrative
    assert non_claim("Dat we de werf sluiten, is een gerucht.") is None  # a main clause follows


def test_a_word_of_sympathy_is_no_claim() -> None:
    sympathy = "I know this is not what they want to hear."  # heldout4, a mail
    assert non_claim(sympathy) == SYMPATHY
    assert not eligible(_ref(sympathy, "en"))
    assert non_claim("Ik begrijp de teleurstelling bij de omwonenden.") == SYMPATHY
    # the matter after a "but" is a claim
    assert non_claim("I understand the concerns, but the runway stays open at night.") is None
    assert eligible(_ref("Een tweede helling is voor deze werf niet nodig.", "nl"))


def test_het_before_a_participle_that_ends_the_clause_is_a_pronoun() -> None:
    # heldout8: "Ik heb het afgeslagen" against "Ik heb het bod afgeslagen."
    assert anaphoric("Ik heb het afgeslagen en daar heb ik geen seconde spijt van.")
    assert not anaphoric("Ik heb het bod afgeslagen.")
    assert not anaphoric("Wij hebben het nieuwe contract getekend.")
    assert not anaphoric("Ik heb het verleden achter me gelaten.")
