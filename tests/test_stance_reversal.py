"""For and against one course, in words of judgement and belief (heldout7 B2, heldout6 K6)."""

from onrecord.check.contradictions.opposition import POLARITY, negated, opposition
from onrecord.check.contradictions.stance_pairs import stance_clash, stance_of

MISTAKE = (
    "I am convinced that running our own cafés would be a mistake: we are roasters, not "
    "baristas, and our customers are the cafés."
)
NEEDS = "I have always believed that a roaster needs its own cafés."


def test_a_mistake_against_a_belief_that_it_is_needed() -> None:
    assert stance_of(MISTAKE) == "against"  # the "not" after the colon is the reason
    assert stance_of(NEEDS) == "for"
    assert stance_clash(MISTAKE, NEEDS)
    assert opposition(MISTAKE, NEEDS, "en", "en", ordered=True) == POLARITY
    assert stance_of("Dat zou een grote vergissing zijn, zeg ik je.") == "against"


def test_a_negation_in_the_stance_clause_turns_it() -> None:
    assert stance_of("I was never against it: we agreed on it in 2019.") is None
    assert stance_of("I do not believe that a roaster needs its own cafés.") is None


def test_no_as_an_answer_is_no_negation() -> None:
    assert not negated("No, that was Olivia Hart, our sales director.")
    assert negated("No, we never sold to supermarkets.")
    assert negated("No customer complained.")


def test_what_someone_else_heard_is_reported() -> None:
    from onrecord.check.contradictions.opposition import reported

    # heldout5: a colleague's hearsay, not the writer's claim
    assert reported("Joost hoorde dat er bij twee mensen iets mis ging met de januarirun.")
    assert not reported("Renova heard our concerns.")
    assert not reported("We heard that the plant closes.")
