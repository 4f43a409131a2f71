"""Classes of missed self-contradictions found on a new case, tested on sentences written for
these tests: a pledge denied with a long "to whom", a total next to a margin of one unit, a
Dutch past tense the chatter filter did not count as a verb, a denial paired across languages
under the cross-language threshold."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from onrecord.check.contradictions.denial_pairs import denial_pairs
from onrecord.check.contradictions.opposition import (
    AMOUNT,
    POLARITY,
    amount_clash,
    negated,
    opposition,
)
from onrecord.check.contradictions.pair_rules import RULE_SCORE, rule_score
from onrecord.check.figures.margins import margin
from onrecord.check.quantities import quantities
from onrecord.check.statements.clause_polarity import speech_polarity
from onrecord.check.statements.salience import chatter_reason

AGREE = {"entailment": 0.6, "neutral": 0.1, "contradiction": 0.3}


def _side(text: str, lang: str, date: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, lang=lang, date=date)


# ---------------------------------------------------------------- a pledge denied, long head
PROMISE_NL = "Ik beloof de chauffeurs van het depot dat niemand zijn bus kwijtraakt door de fusie."
DENIAL_EN = (
    "I never promised the drivers at the Zuid depot that the merger would not cost any buses."
)


def test_a_denied_pledge_to_many_words_of_people_is_read():
    assert speech_polarity(PROMISE_NL, DENIAL_EN, negated)
    a = "I promise every nurse on the night shift that no ward will close this winter."
    b = "Ik heb de verpleegkundigen van de nachtdienst nooit beloofd dat er geen afdeling dichtging."
    assert speech_polarity(a, b, negated)


def test_a_pledge_repeated_to_many_people_is_no_denial():
    again = "I promised the drivers at the Zuid depot again that the merger would cost no buses."
    assert not speech_polarity(PROMISE_NL, again, negated)


def test_a_denied_pledge_scores_though_the_judge_reads_agreement():
    a = _side(PROMISE_NL, "nl", "2019-03-01T10:00:00Z")
    b = _side(DENIAL_EN, "en", "2022-05-01T10:00:00Z")
    assert rule_score(a, b, AGREE, AGREE, 0.88) == RULE_SCORE
    assert rule_score(a, b, AGREE, AGREE, 0.78) is None  # not one matter by similarity
    said = _side("Ruud said that nobody at the depot would lose their bus.", "en", a.date)
    assert rule_score(said, b, AGREE, AGREE, 0.88) is None  # someone else's words


# ---------------------------------------------------------------- a margin is no total
def _margins(text: str, lang: str) -> list[bool]:
    return [margin(text, q) for q in quantities(text, lang) if q.kind == "money"]


def test_an_amount_under_budget_is_a_margin():
    assert _margins(
        "We paid 80,000 euros for the new roof, and the job came in 5,000 euros under budget.", "en"
    ) == [False, True]
    assert _margins("Het dak kostte 90.000 euro, 12.000 euro meer dan begroot.", "nl") == [
        False,
        True,
    ]
    assert _margins("Er is een tekort van 20.000 euro op de kantine.", "nl") == [True]
    assert _margins("We paid 80,000 euros for the new roof.", "en") == [False]


def test_a_total_beside_a_margin_clashes_with_another_total():
    a = "We paid 80,000 euros for the new roof, and the job came in 5,000 euros under budget."
    b = "Voor het nieuwe dak hebben we 120.000 euro betaald."
    assert amount_clash(a, b, "en", "nl") == "money"
    assert opposition(a, b, "en", "nl", ordered=True) == AMOUNT
    same = "Voor het nieuwe dak hebben we 80.000 euro betaald."
    assert amount_clash(a, same, "en", "nl") is None


# ---------------------------------------------------------------- a Dutch past tense
def test_a_dutch_past_tense_of_a_stop_verb_makes_a_claim():
    assert (
        chatter_reason("Tot vorig jaar kreeg elke chauffeur in het depot een kerstpakket.", "nl")
        is None
    )
    assert chatter_reason("Vorig jaar gaven we alle monteurs een loonsverhoging.", "nl") is None
    assert chatter_reason("Ik kreeg je mail.", "nl") == "fragment"


# ---------------------------------------------------------------- denials across languages
def test_a_denial_is_paired_with_its_nearest_act_in_another_language():
    texts = [
        "We will never close the depot in Zuid.",  # 0: the denial
        "The depot in Zuid has forty buses.",  # 1: same language, nearer
        "We are proud of the depot in Zuid.",  # 2: same language, nearer
        "Het depot in Zuid gaat in juni dicht.",  # 3: the act, another language
    ]
    v = np.asarray([[1.0, 0.0], [0.9, 0.436], [0.85, 0.527], [0.76, 0.65]], dtype=np.float32)
    langs = ["en", "en", "en", "nl"]
    assert (0, 3) not in denial_pairs(v, texts, [1, 2, 3, 4])
    pairs = denial_pairs(v, texts, [1, 2, 3, 4], langs)
    assert (0, 3) in pairs and abs(pairs[(0, 3)] - 0.76) < 1e-3
    assert (0, 3) not in denial_pairs(v, texts, [1, 2, 3, 4], langs, threshold=0.8)


# ---------------------------------------------------------------- no denial after all
def test_a_counterfactual_without_is_no_denial():
    a = "The province gave us 2 million euros for the new bridge."
    b = "Zonder de 2 miljoen euro van de provincie was de nieuwe brug er nooit gekomen."
    assert opposition(a, b, "en", "nl", ordered=True) is None
    c = "Without the bridge money from the province we would never have started building."
    d = "De provincie heeft ons geen cent gegeven voor de brug."
    # the counterfactual affirms the money; a denial of the money is opposed to it
    assert opposition(c, d, "en", "nl", ordered=True) == POLARITY
    # a need ("cannot go ahead") keeps its negation: opposed to a denied need
    need = "Without the bridge money from the province, the project cannot go ahead."
    assert opposition("Het geld van de provincie is niet nodig.", need, "nl", "en") == POLARITY


def test_a_label_before_a_colon_is_no_clause():
    a = "Let me be clear about one thing: we never sell our buses to other operators."
    b = "We never sell our buses to other operators; we run them until they are scrapped."
    assert opposition(a, b, "en", "en", ordered=True) is None
    c = "Een belangrijk punt om te onthouden: we kopen nooit tweedehands bussen."
    d = "We kopen nooit tweedehands bussen, ook niet als ze goedkoop zijn."
    assert opposition(c, d, "nl", "nl", ordered=True) is None
    # a full clause before the colon is still the claim
    e = "Vanaf volgend jaar rijden al onze bussen op waterstof: diesel tanken we niet meer."
    f = "Onze bussen rijden niet op waterstof."
    assert opposition(e, f, "nl", "nl", ordered=True) is not None


# ---------------------------------------------------------------- a feeling about "that"
def test_a_feeling_about_that_is_no_affirmation():
    a = "I am against moving the depot to Zuid, whatever it costs."
    b = "I am very proud of that, and the city pays half of the new roof."
    assert opposition(a, b, "en", "en", ordered=True) is None
    c = "Wij zijn tegen een nieuwe busbaan door het park."
    d = "Daar ben ik echt blij mee, en de gemeente betaalt de helft."
    assert opposition(c, d, "nl", "nl", ordered=True) is None
    # a feeling about a named matter is a position
    e = "We are proud of the new bus lane through the park."
    assert opposition(c, e, "nl", "en", ordered=True) is not None
