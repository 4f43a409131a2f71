"""Sentences with no claim of the writer's (heldout4, heldout8): never a side of a pair."""

from onrecord.check.contradictions.find import StatementRef, eligible
from onrecord.check.contradictions.non_claims import FRAGMENT, SYMPATHY, non_claim
from onrecord.check.contradictions.pair_rules import anaphoric


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


def test_thanks_to_a_person_for_what_they_did_is_chatter() -> None:
    from onrecord.check.statements.salience import chatter_reason

    # heldout8: paired with "we will pay the full train pass" at the top
    assert chatter_reason("Dank aan Sanne, die drie weken lang dozen heeft geteld.", "nl")
    assert chatter_reason("Dank voor het aanbod, maar ik verkoop het stadion niet.", "nl") is None


def test_a_day_of_the_week_is_in_the_year_of_writing() -> None:
    from onrecord.check.statements.period import other_times, statement_years

    # heldout8: Saturday's visitors in 2018 against "last year's" in a 2023 speech
    saturday = "First figures of Saturday: 2,400 visitors, so not quite the 2,500 we hoped for."
    last_year = "Vorig jaar kwamen er 2.900 bezoekers, uit Haarlem en ver daarbuiten."
    assert statement_years(saturday, "2018-09-24T08:15:00Z") == {2018}
    assert other_times(saturday, "2018-09-24T08:15:00Z", last_year, "2023-03-15T00:00:00Z")
    assert not other_times(saturday, "2018-09-24T08:15:00Z", last_year, "2019-03-15T00:00:00Z")


def test_an_ellipsis_leaves_its_matter_to_the_sentence_before() -> None:
    # heldout8: the two sides of a false pair at the top, both without a matter of their own
    assert non_claim("Our books don't have to be.") == FRAGMENT
    assert non_claim("Our readers care about it, the booksellers care about it, and so do I.")
    assert non_claim("We will pay what we have to.") is None  # says what is paid
    assert non_claim("We don't have to sell the building to pay the debt.") is None
    assert non_claim("Our debts are not as high as they used to be.") is None


def test_a_plan_whose_amount_is_reported_later_was_kept() -> None:
    from onrecord.check.contradictions.plan_kept import plan_kept

    # heldout8: the refusal ("can't pay 40,000") is of another amount than the one paid
    offer = (
        "I will offer 25,000 euros for Het Wad; we can't pay 40,000 again, whatever De Zoutweg "
        "did, because a second novel rarely sells like a first."
    )
    paid = "Voor zijn tweede roman, Het Wad, hebben we 25.000 euro betaald, omdat hij inmiddels een naam heeft."
    assert plan_kept(offer, paid, "en", "nl")
    assert not plan_kept(
        "We will not pay 25,000 euros for it.", "We paid 25,000 euros.", "en", "en"
    )
    assert not plan_kept("We will pay 30,000 euros for it.", "We paid 25,000 euros.", "en", "en")


def test_nog_geen_before_an_amount_is_less_than_it() -> None:
    from onrecord.check.contradictions.opposition import negated, opposition

    # heldout7: a forecast of a need against the purchase, read as a denial
    need = "Ik denk dat we over een jaar of twee een nieuwe brander nodig hebben."
    bought = (
        "De nieuwe brander die we in 2021 kochten, heeft ons nog geen 250.000 euro gekost; met "
        "dat bedrag hadden we ook in Deventer kunnen blijven."
    )
    assert not negated(bought)
    assert opposition(need, bought, "nl", "nl", ordered=True) is None
    assert negated("We hebben nog geen besluit genomen.")
