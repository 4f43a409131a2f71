"""Self-contradictions with judge v10 (branch contra6): the classes of false pairs and missed
pairs on the six cases (benchmarks/README.md, "Self-contradictions with judge v10"), each on
sentences of its own: a denial of an ending, a shortage, "without problems", a copula, a
schedule, no change, changes in other years, a percentage of a change, a need, none against
some, a pronoun for a matter, a denial of another act, opposite words the judge calls neutral,
a hedge after the main clause and a restatement the judge calls contradictory."""

from __future__ import annotations

import pytest

from _contradiction_cases import ref
from onrecord.check.contradictions.counterclaims import need_clash, none_against_some
from onrecord.check.contradictions.find import (
    MIN_RANK,
    OPPOSED_SCORE,
    RULE_SCORE,
    StatementRef,
    eligible,
    rate_pair,
    rule_score,
)
from onrecord.check.contradictions.opposition import (
    ANTONYM,
    NO_OPPOSITION,
    POLARITY,
    amount_clash,
    antonyms,
    hedged_side,
    negated,
    opposition,
    stance_factor,
)
from onrecord.check.contradictions.pair_rules import OTHER_ACT, anaphoric, other_act, pair_factor
from onrecord.check.figures.direction import direction, opposed

NEUTRAL = {"entailment": 0.03, "neutral": 0.95, "contradiction": 0.02}


def test_a_denied_ending_is_a_positive_stance() -> None:
    # "never wanted the library to close" wants it open: no opposition to "needs its library"
    kept = "Ik heb nooit gewild dat de bibliotheek in Oost zou sluiten."
    needed = "The east side needs its library six days a week."
    assert opposition(kept, needed, "nl", "en", ordered=True) is None
    # ... but it opposes a side that closes it, in either language
    closing = "We should close the library in Oost next spring."
    assert opposition(closing, kept, "en", "nl", ordered=True) == POLARITY
    assert opposition("No driver will lose their job.", "Four drivers had to leave.") == POLARITY
    # Dutch participles end things too: "geen buurtlijnen opgeheven" / "buurtlijnen geschrapt"
    kept = "Er zijn geen buurtlijnen opgeheven."
    assert opposition(kept, "De buurtlijnen zijn geschrapt.", "nl", "nl") == POLARITY
    assert opposition(kept, "Vier buurtlijnen rijden nu op afroep.", "nl", "nl") is None
    # an ending after a colon is not what the negation denies
    all_done = "All 30 laptops of the school were updated in the spring window."
    one_not = "LAP-07 was not: the library cancelled its slot on Friday."
    assert opposition(all_done, one_not, "en", "en", ordered=True) == POLARITY


def test_a_shortage_is_no_denial_of_what_was_done() -> None:
    hired = "We hired three new teachers for the evening classes."
    short = "We cannot find enough teachers for the evening classes."
    assert opposition(hired, short, "en", "en", ordered=True) is None
    enough = "We have enough teachers for the evening classes."
    assert opposition(enough, short, "en", "en", ordered=True) == POLARITY
    nl_hired = "We hebben drie nieuwe docenten aangenomen voor de avondlessen."
    nl_short = "We vinden niet genoeg docenten voor de avondlessen."
    assert opposition(nl_hired, nl_short, "nl", "nl", ordered=True) is None


def test_without_problems_is_no_negation() -> None:
    assert not negated("The new boiler has been running without problems since May.")
    assert not negated("De verhuizing verliep zonder vertraging.")
    assert negated("We did this without any help from the bank.")
    passed = "The inspection of the new boiler went well."
    smooth = "The new boiler has been running without problems since May."
    assert opposition(passed, smooth, "en", "en", ordered=True) is None


def test_stay_as_a_copula_is_no_staying() -> None:
    cheap = "The bus is how the villagers get to town, and it has to stay cheap."
    left = "With the new timetable we need fewer drivers, so three drivers had to leave."
    assert not antonyms(cheap, left)
    assert antonyms("The drivers will stay with us.", left)
    # "stay open" keeps its adjective: open against closing
    assert antonyms("The depot will stay open.", "We are closing the depot.")


def test_a_schedule_kept_against_one_missed() -> None:
    late = "The tunnel will open four months later than planned."
    on_time = "The tunnel opened exactly on schedule."
    assert opposition(late, on_time, "en", "en", ordered=True) == ANTONYM
    assert opposition("De tunnel gaat later open dan gepland.", on_time, "nl", "en") == ANTONYM
    assert opposition("The tunnel opened on time.", on_time, "en", "en") is None


def test_no_change_against_a_rise() -> None:
    rose = "Water rates went up by eight percent in 2021."
    same = "Water rates in Dalfsen have not changed since 2020."
    assert direction(same) == 0 and direction("De tarieven zijn nooit veranderd.") == 0
    assert opposed(rose, same, "en", "en")
    a, b = ref(rose, "2022-01-10T00:00:00Z"), ref(same, "2023-01-10T00:00:00Z")
    assert rule_score(a, b) == RULE_SCORE


def test_changes_each_way_in_other_years_are_no_opposition() -> None:
    up = "Our ticket sales doubled in 2019."
    down = "In 2023 ticket sales fell for the first time."
    assert stance_factor(up, down, "en", "en", other_time=True) == NO_OPPOSITION
    assert stance_factor(up, "In 2019 ticket sales fell.", "en", "en") == 1.0


def test_a_percentage_of_a_change_is_no_share() -> None:
    share = "We should close a quarter of our branches next year."
    cut = "We hebben het onderhoudsbudget met vijf procent verlaagd."
    assert amount_clash(share, cut, "en", "nl") is None
    assert amount_clash(share, "We should close half of our branches next year.", "en", "en")
    # a share stays a share in a sentence about a rise: 4 % of the pupils against over 9 %
    few = "Bij 4 procent van de leerlingen stegen de cijfers tot boven de acht."
    many = "Bij meer dan negen procent van de leerlingen stegen de cijfers sterk."
    assert amount_clash(few, many, "nl", "nl")
    assert amount_clash("A rise of 1.5% for all members.", "A rise of 4% for all members.") is None


def test_a_need_denied_against_the_need() -> None:
    needed = "Without the bank's loan, the new hall cannot be built."
    assert not negated(needed)  # two negations state a need
    no_need = "De lening van de bank is niet nodig; we betalen de hal zelf."
    assert need_clash(no_need, needed)
    assert not need_clash(needed, "Zonder de lening kunnen we de hal niet bouwen.")
    a, b = ref(no_need, "2019-01-10T00:00:00Z", "nl"), ref(needed, "2021-01-10T00:00:00Z")
    assert rule_score(a, b, similarity=0.88) == RULE_SCORE
    assert rule_score(a, b, similarity=0.80) is None  # across languages: one matter by similarity


def test_none_against_some() -> None:
    none = "No tenant will lose their home, whatever happens to the block."
    some = "Because of the renovation, five tenants had to leave their homes."
    assert none_against_some(none, some, "en", "en")
    assert none_against_some("Geen enkele klant raakte gewond.", "Three customers were hurt.")
    assert not none_against_some("No tenant complained.", "We have five hundred tenants.")
    a, b = ref(none, "2019-01-10T00:00:00Z"), ref(some, "2021-01-10T00:00:00Z")
    assert rule_score(a, b, NEUTRAL, NEUTRAL, 0.86) == RULE_SCORE


def test_a_pronoun_for_the_matter_is_no_side() -> None:
    assert anaphoric("I first mentioned it to their chairman in June.")
    assert anaphoric("Dat heb ik in juni met hun voorzitter besproken.")
    assert not anaphoric("I mentioned the merger to their chairman in June.")
    assert not anaphoric("I said that the plan was too expensive.")
    assert not eligible(ref("We discussed this again yesterday.", "2020-01-01T00:00:00Z"))
    # Dutch "het" before a preposition is a pronoun; a reply to the addressee's view
    assert anaphoric("Ik zet het op de agenda.")
    assert not anaphoric("Ik zet het voorstel op de agenda.")
    assert anaphoric("Ik deel je standpunt niet.") and anaphoric("Hier ben ik het niet mee eens.")
    assert not anaphoric("I do not share your view on the merger, because it would cost jobs.")


def test_a_denial_of_another_act_on_one_thing() -> None:
    money = "We never received any money from the province for the new school."
    opened = "We opened the new school in September."
    assert other_act(money, opened, "en")
    a, b = ref(money, "2019-01-10T00:00:00Z"), ref(opened, "2019-10-10T00:00:00Z")
    assert pair_factor(a, b) == OTHER_ACT
    # the same act denied and done, a stance denied, endings both ways: one matter
    assert not other_act("We never sold the old mill.", "We sold the old mill in 2020.", "en")
    assert not other_act(
        "Ik was niet betrokken bij het besluit.", "Ik heb het besluit genomen.", "nl"
    )
    assert not other_act("Het museum gaat niet dicht.", "Het museum sluit in mei.", "nl")
    # a negation beside the main claim is no denial of an act
    beside = "We will keep the survey data in the lab, and we will not submit anything yet."
    assert not other_act("We publish every survey we run.", beside, "en")
    # an ending on the other side, and no money against an amount
    assert not other_act(
        "De grens van 300 bezoekers is niet onderhandelbaar.",
        "De grens van 300 bezoekers laten we los.",
        "nl",
    )
    assert not other_act(
        "Het bedrijf heeft geen cent uitgetrokken voor de sloop.",
        "Er ging 1,2 miljoen euro naar de sloop.",
        "nl",
    )


def test_opposite_words_the_judge_calls_neutral() -> None:
    keep = "The council will keep the harbour office open on Sundays."
    close = "From April the harbour office will close on Sundays."
    a, b = ref(keep, "2020-01-10T00:00:00Z"), ref(close, "2021-01-10T00:00:00Z")
    assert rule_score(a, b, NEUTRAL, NEUTRAL, 0.92) == OPPOSED_SCORE
    # across languages: opposite words from the similarity of one matter
    nl = ref("Het havenkantoor is op zondag altijd open gebleven.", "2022-01-10T00:00:00Z", "nl")
    assert rule_score(b, nl, NEUTRAL, NEUTRAL, 0.86) == OPPOSED_SCORE
    assert rule_score(b, nl, NEUTRAL, NEUTRAL, 0.80) is None
    # a negation alone across languages needs an account of one's past
    plan = ref("We will not renew the contract with the caterer.", "2020-01-10T00:00:00Z")
    renewed = ref("Het contract met de cateraar is verlengd.", "2021-01-10T00:00:00Z", "nl")
    assert rule_score(plan, renewed, NEUTRAL, NEUTRAL, 0.88) is None


def test_a_hedge_after_the_main_clause_and_an_imagined_consequence() -> None:
    assert not hedged_side("De tunnel gaat later open dan gepland, waarschijnlijk pas in 2025.")
    assert hedged_side("We may need a second crane, but I cannot say that yet.")
    assert hedged_side("Yes, we might close the depot.")
    assert hedged_side("So a new crane would also mean a stronger quay.")
    assert not hedged_side("The province would pay for the quay, and we would run it.")


def test_a_restatement_the_judge_calls_contradictory_is_not_reported() -> None:
    a = ref("The ferry to the island has been running since March 2019.", "2020-01-10T00:00:00Z")
    b = ref("The ferry to the island started in March 2019.", "2022-01-10T00:00:00Z")
    ab = {"entailment": 0.95, "neutral": 0.01, "contradiction": 0.04}
    ba = {"entailment": 0.08, "neutral": 0.06, "contradiction": 0.86}
    assert opposition(a.text, b.text, "en", "en", ordered=True) is None
    assert rate_pair(a, b, ab, ba, 0.98) is None  # ranked under MIN_RANK
    assert MIN_RANK > 0.86 * NO_OPPOSITION * 1.25 * 1.3


def test_two_places_across_languages_need_one_matter() -> None:
    butter = "De kaas komt uit onze fabriek in Zwolle."
    wine = "In 2019 all our butter was made for us by a partner in France."
    assert stance_factor(butter, wine, "nl", "en", similarity=0.81) == NO_OPPOSITION
    assert stance_factor(butter, wine, "nl", "en", similarity=0.86) == 1.0


def test_a_baseline_year_is_not_the_year_a_figure_is_about() -> None:
    from onrecord.check.statements.period import other_times, statement_years

    a = "In 2018 we shipped 9.000 crates, a fifth more than in 2017."
    b = "In 2019 we shipped 11.000 crates, compared with 2018 a good step up."
    assert statement_years(a) == frozenset({2018})
    assert other_times(a, None, b, None)
    # a year on its own after "dan" is still the year the statement is about
    assert statement_years("Meer dan in 2016 kan het niet.") == frozenset({2016})


def test_a_measure_is_the_unit_of_a_count() -> None:
    from onrecord.check.contradictions.opposition import AMOUNT, opposition

    a = "In 2021 hebben we 5.300 hectoliter gebrouwen, meer dan ooit."
    b = "In 2021 brouwden we maar 3.900 hectoliter bier."
    assert opposition(a, b, "nl", "nl") == AMOUNT
    assert (
        opposition("We sold 800 barrels in 2020.", "In 2020 we sold 1,400 barrels.", "en", "en")
        == AMOUNT
    )


def test_a_statement_naming_its_own_author_is_not_their_word() -> None:
    from onrecord.check.contradictions.find import eligible

    intro = StatementRef(
        statement_id=1,
        text="Joke Dekker founded the bakery in Zwolle in 2011.",
        date=None,
        message_id=1,
        kind="document",
        author={"name": "Joke Dekker", "email": ""},
    )
    own = StatementRef(
        statement_id=2,
        text="We have never sold our bread to supermarkets.",
        date=None,
        message_id=1,
        kind="document",
        author={"name": "Joke Dekker", "email": ""},
    )
    assert not eligible(intro)
    assert eligible(own)


@pytest.mark.parametrize(
    "text",
    [
        "De kerstborrel is op vrijdag 20 december om vier uur in het proeflokaal.",
        "De nieuwjaarsreceptie is op dinsdag 7 januari om 17.00 uur.",
        "Het personeelsfeest is zaterdag in de brouwerij.",
    ],
)
def test_a_compound_event_announcement_is_chatter(text: str) -> None:
    from onrecord.check.statements.salience import is_chatter

    assert is_chatter(text, "nl")


def test_an_event_with_a_figure_or_a_decision_is_no_chatter() -> None:
    from onrecord.check.statements.salience import is_chatter

    assert not is_chatter("Het bedrijfsfeest kostte vorig jaar 40.000 euro.", "nl")
    assert not is_chatter(
        "De gemeenteraad vergadert donderdag over het verbod op bierfietsen.", "nl"
    )
