"""Negations on both sides of a pair: a pledge denied, a shared "without", a consequence after a
colon; a denied ending; denial candidate pairs; a cost paid is no need (real case sentences)."""

from __future__ import annotations

import numpy as np

from onrecord.check.contradictions.counterclaims import ending_denied
from onrecord.check.contradictions.denial_pairs import denial_pairs
from onrecord.check.contradictions.opposition import (
    ANTONYM,
    POLARITY,
    amount_clash,
    negated,
    opposition,
)
from onrecord.check.quantities import quantities
from onrecord.check.statements.clause_polarity import drop_shared_weak, main_part, speech_polarity

PLEDGE = (
    "I have promised the residents that no aircraft will land here after 23:00, starting 1 April."
)
DENIED = "Ik heb de omwonenden nooit beloofd dat er na elf uur 's avonds geen vliegtuigen meer zouden landen."


def test_a_pledge_and_its_denial_are_opposed():
    assert speech_polarity(PLEDGE, DENIED, negated)
    assert opposition(PLEDGE, DENIED, "en", "nl", ordered=True) == POLARITY


def test_a_pledge_restated_is_not_opposed_by_the_speech_rule():
    again = "Ik heb de omwonenden beloofd dat er na elf uur geen vliegtuigen meer landen."
    assert not speech_polarity(PLEDGE, again, negated)


def test_a_shared_without_is_no_denial():
    a = "Yesterday at 16:42 a fuel truck crossed the runway without clearance."
    b = "Op Hoogeveld is nog nooit een voertuig zonder toestemming de baan op gereden."
    wa, wb = drop_shared_weak(a, b)
    assert not negated(wa) and negated(wb)
    assert opposition(a, b, "en", "nl", ordered=True) == POLARITY


def test_a_consequence_after_a_colon_is_not_the_claim():
    b = (
        "Vanaf mei krijgen jouw cafés in Apeldoorn ons bier in plastic fusten: dan hoeven we "
        "de lege fusten niet meer op te halen."
    )
    assert not negated(main_part(b))
    assert main_part("As for the cafés: we will never switch to plastic kegs.").startswith("As")
    a = "As for the cafés: we will never switch to plastic kegs."
    assert opposition(a, b, "en", "nl", ordered=True) == POLARITY


def test_one_measure_judged_right_and_nonsense():
    a = "Frankly, I think the council is right to ban beer bikes from the old town."
    b = "Ik vind het verbod op bierfietsen in de binnenstad onzin."
    assert opposition(a, b, "en", "nl", ordered=True) == ANTONYM
    assert opposition(a, "The council wants to ban beer bikes.", "en", "en") is None


def test_a_denied_ending_against_the_ending():
    assert ending_denied(
        "Het zwembad in Noord gaat niet dicht.", "Het zwembad in Noord sluit eind dit jaar."
    )
    wish = "Ik heb nooit gewild dat de winterdienst zou stoppen."
    assert not ending_denied(wish, "De winterdienst stopt per 1 januari.")
    assert not ending_denied("We will not close the plant.", "We are hiring ten people.")


def test_a_cost_paid_is_firm_and_clashes():
    b = "De baanrenovatie kostte 8 miljoen euro, precies wat we hadden begroot."
    assert not quantities(b, "nl")[0].need
    a = "De baanrenovatie heeft in totaal 11,4 miljoen euro gekost, 3,4 miljoen meer dan begroot."
    assert amount_clash(a, b, "nl", "nl") == "money"


def test_denials_are_paired_with_their_nearest_reports():
    texts = [
        "None of the Tripel batches was infected.",
        "We had to pour away three batches of Tripel.",
        "Our Tripel won a prize.",
        "We did not win anything.",
    ]
    v = np.asarray([[1.0, 0.0], [0.78, 0.626], [0.3, 0.954], [0.0, 1.0]], dtype=np.float32)
    pairs = denial_pairs(v, texts, [1, 2, 3, 4], k=1)
    assert (0, 1) in pairs and (2, 3) in pairs
    assert (0, 3) not in pairs  # two denials are never paired here
    assert denial_pairs(v, texts, [1, 1, 3, 4], k=1).get((0, 1)) is None  # one message
