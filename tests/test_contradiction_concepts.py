"""The classes fixed on the Skihal De Kruin case (contradictions-heldout10 as development): a
pledge denied against a state of being off, a change stated by its two amounts against a denied
rise, two sides denying one thing, the same figures restated beside a negation, and a denial
across languages of the act the other side reports, one matter by a bilingual concept."""

from __future__ import annotations

import numpy as np

from _contradiction_cases import ref
from onrecord.check.contradictions.concept_denial import concept_denied
from onrecord.check.contradictions.concepts import concepts
from onrecord.check.contradictions.cross_matter import shares_matter
from onrecord.check.contradictions.denial_pairs import denial_pairs
from onrecord.check.contradictions.find import RULE_SCORE, rule_score
from onrecord.check.contradictions.opposition import POLARITY, negated, opposition
from onrecord.check.contradictions.pair_rules import CONCEPT_BRIDGE, pair_factor
from onrecord.check.contradictions.same_amount import amount_restated
from onrecord.check.contradictions.shared_denial import denied_alike
from onrecord.check.figures.direction import direction, opposed
from onrecord.check.figures.price_matter import one_price
from onrecord.check.statements.clause_polarity import speech_polarity

PROMISE = "Wij beloven u dat de sneeuwkanonnen voortaan na 23.00 uur niet meer draaien."
NEVER_PROMISED = "Wij hebben de buurt nooit beloofd dat de sneeuwkanonnen 's nachts uit blijven."
RISE = "Per 1 oktober gaat de dagkaart van 34 naar 41 euro."
NOT_RAISED = "Sinds 2019 hebben wij de prijs van een dagkaart niet verhoogd."
DISMISSED = "This week we dismissed eleven of our own people, including two instructors."
NOBODY = "Tijdens corona is bij De Kruin niemand ontslagen."
LENT = "Without the 1.5 million euros the municipality lent us in 2020 we would not have survived."
NOT_LENT = "De gemeente heeft ons in 2020 geen euro geleend."
NEVER_ADD = "We will never put additives in our snow at De Kruin."
ADDED = "Sinds december voegen we Snomax toe aan het water van de sneeuwkanonnen."


def test_a_pledge_denied_against_a_state_of_being_off() -> None:
    assert speech_polarity(PROMISE, NEVER_PROMISED, negated)
    assert opposition(PROMISE, NEVER_PROMISED, "nl", "nl") == POLARITY
    # a restatement of the promise stays one
    again = "Wij beloven u nogmaals dat de sneeuwkanonnen 's nachts uit blijven."
    assert not speech_polarity(PROMISE, again, negated)


def test_a_change_stated_by_its_two_amounts() -> None:
    assert direction(RISE) == 1
    assert direction("The fare went from 2.50 to 2.20 in May.") == -1
    assert direction("We are open from 9 to 17.") is None  # no verb of going
    assert direction("The season goes from 2019 to 2022.") is None  # years
    assert opposed(RISE, NOT_RAISED, "nl", "nl")
    assert one_price(RISE, NOT_RAISED, "nl", "nl")
    a, b = ref(RISE, "2022-09-01", "nl"), ref(NOT_RAISED, "2024-05-01", "nl")
    assert rule_score(a, b, similarity=0.9) == RULE_SCORE


def test_two_sides_that_deny_one_thing() -> None:
    same = "Nothing but water and cold air has ever gone into our snow: no chemicals, no additives."
    assert denied_alike(NEVER_ADD, same)
    assert opposition(NEVER_ADD, same, "en", "en", ordered=True) is None
    sold = "We sold customer data to a broker in 2021."
    assert not denied_alike("We will never sell customer data.", sold)


def test_the_same_figures_beside_a_negation_are_a_restatement() -> None:
    assert amount_restated(
        "Het seizoensabonnement blijft 399 euro, zodat onze vaste skiërs niet de rekening betalen.",
        "Een seizoensabonnement kost nog altijd 399 euro.",
        "nl",
        "nl",
    )
    assert amount_restated(
        "The roof can carry 1,600 panels, not the 2,000 we planned.",
        "The last of the 1,600 panels went onto the roof on Friday.",
        "en",
        "en",
    )
    # the figure's clause negated, or a change each way of one figure: opposed
    borrowed, not_borrowed = "We borrowed 8 million euros.", "We did not borrow 8 million euros."
    assert not amount_restated(borrowed, not_borrowed, "en", "en")
    up = "Het budget voor 2020 is met tien procent verhoogd."
    down = "We hebben het budget voor 2020 met tien procent verlaagd."
    assert not amount_restated(up, down, "nl", "nl")


def test_concepts_of_acts_and_categories() -> None:
    assert concepts(DISMISSED) == concepts(NOBODY) == {"dismiss"}
    assert concepts(LENT) == concepts(NOT_LENT) == {"lend"}
    assert concepts(NEVER_ADD) == concepts(ADDED) == {"add"}
    assert concepts("Our contract with the Navy starts in May.") == {"military"}
    assert concepts("We sell to Albert Heijn.") == {"supermarket"}
    assert concepts("plus we went home early") == set()  # a chain only by its capital
    assert shares_matter(DISMISSED, NOBODY, "en", "nl")


def test_a_denial_across_languages_of_the_act_reported() -> None:
    assert concept_denied(DISMISSED, NOBODY)
    assert concept_denied(LENT, NOT_LENT)  # a past counterfactual reports the loan
    assert concept_denied(NEVER_ADD, ADDED)
    # a later pledge for the future, and a need denied, deny no act
    assert not concept_denied(
        "We dismissed eleven people in 2020.", "We will never dismiss anyone again."
    )
    assert not concept_denied(
        "Voor de panelen hebben we geen lening nodig.", "Zonder de lening kunnen we niet bouwen."
    )
    a, b = ref(DISMISSED, "2020-04-01"), ref(NOBODY, "2024-03-01", "nl")
    assert rule_score(a, b, similarity=0.79) == RULE_SCORE
    assert pair_factor(a, b) >= CONCEPT_BRIDGE


def test_a_denial_is_paired_with_the_act_of_its_concept() -> None:
    texts = [NOBODY, "We had a record season in the hall.", DISMISSED, "The snow was good."]
    vecs = np.asarray([[1.0, 0.0], [0.95, 0.31], [0.78, 0.63], [0.9, 0.44]], dtype=np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    pairs = denial_pairs(vecs, texts, [1, 2, 3, 4], ["nl", "en", "en", "en"], k=1, cross_k=1)
    assert (0, 2) in pairs  # the fourth-nearest, by the concept
    assert (0, 3) not in pairs
