"""Self-contradictions on the fourth development case (Vlietland Zuivel,
benchmarks/data/contradictions-dev4) and the second and third: opposition the judge does not
see (clashing counts across languages, opposite changes, two places of origin), and pairs of two
matters (a third party's act against ours, money for two things, then against now)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from _contradiction_cases import case_records, find
from onrecord.check.contradictions.find import (
    OPPOSED_SCORE,
    RULE_SCORE,
    StatementRef,
    eligible,
    rate_pair,
    rule_score,
)
from onrecord.check.contradictions.opposition import (
    AMOUNT,
    ANTONYM,
    NO_OPPOSITION,
    alternatives,
    amount_clash,
    not_yet,
    opposition,
    other_agent,
    same_unit,
    stance_factor,
)
from onrecord.check.figures.direction import direction, opposed
from onrecord.check.statements.period import other_times

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
DEV4 = DATA / "contradictions-dev4"
NEUTRAL = {"entailment": 0.03, "neutral": 0.82, "contradiction": 0.15}
AGREE = {"entailment": 0.95, "neutral": 0.01, "contradiction": 0.04}


@pytest.fixture(scope="module")
def dev4(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[StatementRef]]:
    return case_records(tmp_path_factory, "contradictions-dev4")


def _ordered(a: StatementRef, b: StatementRef) -> tuple[StatementRef, StatementRef]:
    return (a, b) if (a.date or "") <= (b.date or "") else (b, a)


def test_dev4_gold_sides_eligible_chit_chat_not(dev4: dict) -> None:
    for g in json.loads((DEV4 / "gold.json").read_text())["pairs"]:
        refs = dev4[g["person"]]
        assert eligible(find(refs, g["a"])) and eligible(find(refs, g["b"])), g["id"]
    chatter = {
        "Tom Akkerman": ["Merry Christmas to you all"],
        "Marieke de Boer": ["Fijne feestdagen allemaal", "bij de tandarts"],
        "Priya Nair": ["board meeting on Thursday is moved"],
    }
    for name, parts in chatter.items():
        for part in parts:
            assert not eligible(find(dev4[name], part)), part


def test_counts_clash_across_languages_and_score_without_the_judge(dev4: dict) -> None:
    priya = dev4["Priya Nair"]
    a, b = find(priya, "end of 2020 our members kept"), find(priya, "twaalfduizend koeien")
    assert amount_clash(a.text, b.text, a.lang, b.lang) == "count"
    assert opposition(a.text, b.text, a.lang, b.lang) == AMOUNT
    # the builtin judge reads it as agreement both ways; the clash scores it anyway
    assert rule_score(a, b, AGREE, AGREE, 0.9) == RULE_SCORE
    assert rate_pair(a, b, AGREE, AGREE, 0.9) is not None
    # another year's count: both may be true
    c = find(priya, "end of 2019 our members kept")
    x, y = _ordered(c, b)
    assert other_times(x.text, x.date, y.text, y.date)
    assert rule_score(x, y, AGREE, AGREE, 0.9) is None
    assert stance_factor(x.text, y.text, x.lang, y.lang, True) == pytest.approx(NO_OPPOSITION)
    # the same class on the other cases: passengers/passagiers, members/leden
    assert amount_clash(
        "Last year we carried 120,000 passengers.",
        "In 2020 vervoerden we tachtigduizend passagiers, ongeveer de helft van een normaal jaar.",
        "en",
        "nl",
    )
    assert amount_clash(
        "At the end of 2020 the co-op had four hundred members.",
        "Eind 2020 telde de coöperatie tweehonderd leden.",
        "en",
        "nl",
    )
    assert same_unit("cow", "koei") and same_unit("passenger", "passagier")
    assert not same_unit("cow", "passenger")


def test_hedged_estimates_and_money_for_two_things_do_not_clash(dev4: dict) -> None:
    priya = dev4["Priya Nair"]
    est, cost = find(priya, "will cost about ten million"), find(priya, "cost 11.5 million")
    assert amount_clash(est.text, cost.text, est.lang, cost.lang) is None
    tower, press = find(priya, "borrowed eight million"), find(priya, "new cheese press")
    assert opposition(tower.text, press.text, tower.lang, press.lang) != AMOUNT


def test_opposite_changes_with_a_comparative(dev4: dict) -> None:
    tom = dev4["Tom Akkerman"]
    up, down = find(tom, "hogere melkprijs dan in 2020"), find(tom, "moeten verlagen")
    assert direction(up.text) == 1 and direction(down.text) == -1
    assert opposed(up.text, down.text, up.lang, down.lang)
    assert rule_score(up, down, NEUTRAL, NEUTRAL, 0.93) == RULE_SCORE
    assert direction("De kosten waren lager dan verwacht.") is None  # against a plan
    # two budgets that share only the word "budget": two things, no rule score
    cut = StatementRef(None, "The budget for maintenance was cut.", up.date, None, "authored")
    raised = StatementRef(None, "We raised the marketing budget.", down.date, None, "authored")
    cut.lang = raised.lang = "en"
    assert opposed(cut.text, raised.text, "en", "en")
    assert rule_score(cut, raised, NEUTRAL, NEUTRAL, 0.9) is None


def test_a_third_partys_act_is_not_ours(dev4: dict) -> None:
    priya = dev4["Priya Nair"]
    loan, province = find(priya, "borrowed eight million"), find(priya, "province never gave")
    assert other_agent(loan.text, province.text)
    assert stance_factor(loan.text, province.text, "en", "en") < 0.5
    # dev3: a bank loan against the municipality's promise; the same body on both sides is fine
    assert other_agent(
        "We hebben een lening van een miljoen euro afgesloten bij de Zeeuwse Bank voor de "
        "nieuwe steiger.",
        "De gemeente heeft nooit toegezegd mee te betalen aan de nieuwe steiger.",
    )
    assert not other_agent(
        "Good news: the municipality has agreed to pay half of the cost of the new pier.",
        "De gemeente heeft nooit toegezegd mee te betalen aan de nieuwe steiger.",
    )
    assert not other_agent(
        "We asked the municipality to pay for the pier.",
        "De gemeente heeft nooit toegezegd mee te betalen aan de nieuwe steiger.",
    )


def test_places_of_origin_are_exclusive(dev4: dict) -> None:
    marieke = dev4["Marieke de Boer"]
    own, belgium = find(marieke, "eigen fabriek in Leeuwarden"), find(marieke, "in Belgium")
    assert alternatives(own.text, belgium.text)
    assert alternatives(
        "Al onze zonnepanelen komen uit Duitsland.", "All of our panels were made in China."
    )
    assert not alternatives(
        "Al onze zonnepanelen komen uit Duitsland.", "Our panels are made in Germany."
    )


def test_opposed_pairs_the_judge_calls_neutral(dev4: dict) -> None:
    priya, marieke = dev4["Priya Nair"], dev4["Marieke de Boer"]
    loan, own = find(priya, "borrowed eight million"), find(priya, "did not borrow a cent")
    assert rule_score(loan, own, NEUTRAL, NEUTRAL, 0.86) == OPPOSED_SCORE
    # not when the judge sees agreement, nor on a loose neighbour
    assert rule_score(loan, own, AGREE, NEUTRAL, 0.86) is None
    assert rule_score(loan, own, NEUTRAL, NEUTRAL, 0.82) is None
    close, keep = find(marieke, "close the butter plant"), find(marieke, "keep our Dokkum")
    assert rule_score(close, keep, NEUTRAL, NEUTRAL, 0.87) == OPPOSED_SCORE


def test_contrast_and_now(dev4: dict) -> None:
    tom, marieke = dev4["Tom Akkerman"], dev4["Marieke de Boer"]
    # "…, not at the discounter" restates "belongs in cheese shops"
    a, b = find(tom, "premium product"), find(tom, "specialty shop, not at the")
    assert opposition(a.text, b.text, a.lang, b.lang) is None
    never = find(tom, "never sell our cheese")
    assert opposition(never.text, b.text, never.lang, b.lang) is None
    # butter from Dokkum (2019), "now" all butter from Leeuwarden (2023): then and now
    then, now = find(marieke, "boter komt uit"), find(marieke, "maakt nu ook al onze boter")
    assert other_times(then.text, then.date, now.text, now.date)
    assert not other_times(
        "We will never sell our cheese to discount supermarkets.",
        "2018-02-12T08:45:00Z",
        "Our Gouda is now at Aldi.",
        "2022-04-04T08:45:00Z",
    )


def test_not_yet_then_done_is_no_opposition() -> None:
    # Nordwind: a decision pending, then taken
    earlier = "Nobody has decided anything about Rotterdam yet."
    later = "De sluiting van de fabriek in Rotterdam was een moeilijk besluit."
    assert not_yet(earlier, later)
    assert opposition(earlier, later, "en", "nl", ordered=True) is None
    assert stance_factor(earlier, later, "en", "nl") == pytest.approx(NO_OPPOSITION)
    assert not_yet("Het contract is nog niet getekend.", "We hebben het contract getekend.")
    # a plain denial stays opposed
    assert not not_yet("I never signed the contract.", "I signed the contract myself.")
    assert opposition("I never signed it.", "I signed it myself.", ordered=True) is not None


def test_own_money_against_borrowed(dev4: dict) -> None:
    priya = dev4["Priya Nair"]
    loan, own = find(priya, "borrowed eight million"), find(priya, "paid entirely from our own")
    assert opposition(loan.text, own.text, "en", "en") is not None
    # dev2: paid from the members' deposits, then borrowed from the bank
    paid = "De panelen op de sporthal zijn volledig betaald met de inleg van de leden."
    lent = "Voor de panelen op de sporthal hebben we geld geleend bij de Regiobank."
    assert opposition(paid, lent, "nl", "nl") == ANTONYM
    # a denial of one of the pair and the other of the pair agree: no loan needed, paid from
    # the deposits; "against" is a negation and an opposite word at once, and counts once
    assert opposition("Voor de panelen hebben we geen lening nodig.", paid, "nl", "nl") is None
    assert opposition("I am against buying batteries.", "I am in favour of batteries.") is not None
    # both sources in one statement: no opposition with either
    both = "De steiger is betaald met een lening en met onze eigen reserves."
    assert opposition(both, lent, "nl", "nl") is None
