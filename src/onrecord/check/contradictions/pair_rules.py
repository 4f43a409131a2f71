"""What a pair of one person's statements is about, for ranking a self-contradiction, and the
pairs whose opposition needs no judge.

:func:`pair_factor` ranks a pair lower when its sides are about different years or share no
content word; :func:`rule_score` scores a pair the builtin judge does not call contradictory
when the opposition is plain without it (:mod:`onrecord.check.contradictions.opposition`): counts of one thing
that clash, changes in opposite directions, an opposed pair on one matter read as neutral.
A side is anything with ``text``, ``lang`` and ``date`` (a
:class:`onrecord.check.contradictions.find.StatementRef`).
"""

from __future__ import annotations

import re
from typing import Any

from onrecord.check.contradictions.acknowledged import ACKNOWLEDGED, acknowledged_change
from onrecord.check.contradictions.appeals import APPEAL, appeal
from onrecord.check.contradictions.concept_denial import concept_denied
from onrecord.check.contradictions.continuity import UNCHANGED, restated
from onrecord.check.contradictions.counterclaims import ending_denied, need_clash, none_against_some
from onrecord.check.contradictions.cross_matter import OTHER_LANGUAGE_MATTER, shares_matter
from onrecord.check.contradictions.never_done import never_then_done
from onrecord.check.contradictions.opposition import (
    ALTERNATIVE_SIMILARITY,
    ANTONYM,
    POLARITY,
    alternatives,
    amount_clash,
    ends,
    hedged_side,
    negated,
    opposition,
    other_agent,
    reported,
    same_object,
)
from onrecord.check.contradictions.plan_kept import PLAN_KEPT, plan_kept
from onrecord.check.contradictions.same_amount import SAME_AMOUNT, amount_restated
from onrecord.check.contradictions.stance_pairs import stance_clash
from onrecord.check.contradictions.state_times import begun_after, counted_states_apart
from onrecord.check.figures.direction import direction, opposed
from onrecord.check.figures.price_matter import one_price
from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import COUNT, DURATION, MONEY, PERCENT
from onrecord.check.statements.clause_polarity import speech_polarity
from onrecord.check.statements.modality import retrospective
from onrecord.check.statements.period import other_times
from onrecord.check.statements.salience_words import STOP, STOP_ANY

__all__ = [
    "ALTERNATIVE_SIMILARITY", "ONE_WORD", "OPPOSED_SCORE", "OTHER_ACT", "OTHER_MATTER", "OTHER_TIME",
    "RULE_SCORE", "anaphoric", "apart_in_time", "matter_words", "other_act", "pair_factor", "rule_score", "shared_words",
]  # fmt: skip

_WORD = re.compile(r"\w+")
Side = Any  # StatementRef: text, lang, date


#: Rank factor of a pair about different years ("At the end of 2019 we had 300 members" and
#: "At the end of 2020 we had 400"; "The fee stays at fifty euros this year" in 2018 and "The
#: fee is now sixty euros" in 2022): both may be true (:func:`onrecord.check.statements.period.other_times`).
OTHER_TIME = 0.3
#: Rank factor of a pair in one language that shares no content word: two matters the judge
#: read as one ("Installation starts in spring." and "We are closing the plant."). Across
#: languages words cannot be compared ("lay off support staff" and "personeel ontslaan").
OTHER_MATTER = 0.3
#: ... and of a pair in one language that shares one content word only: often just the subject
#: ("De raad moet het plan nog goedkeuren." and "De raad wilde minder uitgeven.").
ONE_WORD = 0.7
#: Content words are compared by their first letters ("batteries" and "battery", "sell" and
#: "selling"): equal, one the other's prefix, or this many letters in common.
STEM = 5


def apart_in_time(a: Side, b: Side) -> bool:
    """The two sides are about different times: different years
    (:func:`onrecord.check.statements.period.other_times`), counts of a state each in the present of its
    own date (:func:`onrecord.check.contradictions.state_times.counted_states_apart`) or a state the later side
    says began after the earlier was written (:func:`onrecord.check.contradictions.state_times.begun_after`)."""
    return (
        other_times(a.text, a.date, b.text, b.date)
        or counted_states_apart(a.text, a.date, b.text, b.date, a.lang, b.lang)
        or begun_after(a.text, a.date, b.text, b.date)
    )


def matter_words(text: str, lang: str | None) -> set[str]:
    """The content words of a statement, cut to :data:`STEM` letters: no stop words, numbers
    or words of fewer than three letters."""
    stop = STOP.get(lang or "", STOP_ANY)
    return {
        w[:STEM]
        for w in _WORD.findall(text.casefold())
        if len(w) >= 3 and not w.isdigit() and w not in stop and w not in STOP_ANY
    }


def shared_words(a: Side, b: Side) -> int | None:
    """How many content words of ``a`` are also in ``b`` (by :data:`STEM`); None across
    languages, where words cannot be compared."""
    if not a.lang or a.lang != b.lang:
        return None
    wb = matter_words(b.text, b.lang)
    return sum(
        any(x.startswith(y) or y.startswith(x) for y in wb) for x in matter_words(a.text, a.lang)
    )


def pair_factor(a: Side, b: Side) -> float:
    """The rank factor from what the two statements are about: :data:`OTHER_TIME` for other
    years, times :data:`OTHER_MATTER` (no content word shared) or :data:`ONE_WORD` (one), or
    across languages :data:`~onrecord.check.contradictions.cross_matter.OTHER_LANGUAGE_MATTER` for no word
    shared even in translation, times
    :data:`OTHER_ACT` for a denial of one act against a report of another, times
    :data:`onrecord.check.contradictions.acknowledged.ACKNOWLEDGED` when the later side (``b``) announces the
    change from the earlier one ("… is postponed: it will not open in 2021"), times
    :data:`onrecord.check.contradictions.continuity.UNCHANGED` when a side says nothing changes and opposes
    in nothing else (:func:`onrecord.check.contradictions.continuity.restated`), times
    :data:`onrecord.check.contradictions.same_amount.SAME_AMOUNT` for the same figures on both sides in
    clauses without a negation (:func:`onrecord.check.contradictions.same_amount.amount_restated`), times
    :data:`onrecord.check.contradictions.never_done.NEVER_DONE` for "never" then done on one matter
    (:func:`onrecord.check.contradictions.never_done.never_then_done`), where no factor above applies, and
    :data:`CONCEPT_BRIDGE` for a denial across languages of the act the other side reports
    (:func:`onrecord.check.contradictions.concept_denial.concept_denied`)."""
    f = OTHER_TIME if apart_in_time(a, b) else 1.0
    shared = shared_words(a, b)
    if shared is not None and shared < 2:
        f *= ONE_WORD if shared else OTHER_MATTER
    if shared is None and a.lang and b.lang and not shares_matter(a.text, b.text, a.lang, b.lang):
        f *= OTHER_LANGUAGE_MATTER
    if shared is not None and other_act(a.text, b.text, a.lang):
        f *= OTHER_ACT
    if acknowledged_change(a.text, b.text, a.lang, b.lang, shared):
        f *= ACKNOWLEDGED
    if restated(a.text, b.text, a.lang, b.lang):
        f *= UNCHANGED
    if appeal(a.text) != appeal(b.text):
        f *= APPEAL
    if plan_kept(a.text, b.text, a.lang, b.lang):
        f *= PLAN_KEPT
    if amount_restated(a.text, b.text, a.lang, b.lang):
        f *= SAME_AMOUNT
    # the bonus only for a pair on one matter at one time that nothing above ranked lower
    f = f * never_then_done(a.text, b.text) if f == 1.0 else f
    # across languages e5 places a denial and the act it denies at 0.75-0.80, where closeness
    # is near nothing; a concept both name says they are of one matter
    if shared is None and concept_denied(a.text, b.text):
        f *= CONCEPT_BRIDGE
    return f


# "I first raised it with their CFO in January.", "We discussed this again yesterday.", "Dat
# heb ik in januari met hun CFO besproken.": the matter is a pronoun whose noun is elsewhere
_ANAPHORIC = re.compile(
    r"^(?:(?:and|but|so|en|maar)\s+)?(?:I|we)\s+(?:[\w'’]+\s+){0,2}?(?:\w+ed|did|said|told|took|"
    r"brought|made|put|gave|got|saw|heard|wrote|sent|left)\s+(?:it|this|that)"
    r"(?=\s+(?:with|to|at|in|on|for|from|before|after|again|up|back|last|yesterday|today|"
    r"myself|ourselves)\b|\s*[.!]?\s*$)|"
    r"^(?:dat|dit|het)\s+(?:heb|hebben|had|hadden|deed|deden|zei|zeiden)\s+(?:ik|we|wij)\b|"
    # "Ik zet het op de agenda.": "het" before a preposition or adverb is a pronoun, not "the";
    # so is "het" before an article or possessive ("Ik vertel het de nachtploeg vrijdag zelf.")
    r"^(?:ik|wij|we)\s+\w+\s+(?:het|dit|dat)\s+(?:op|in|aan|met|naar|voor|bij|door|morgen|"
    r"vandaag|straks|nog|ook|wel|graag|even|zelf|meteen|direct|de|een|onze|mijn|hun|jullie)\b|"
    # "Ik heb het afgeslagen en …": "het" before a participle that ends the clause is a pronoun
    r"^(?:ik|wij|we)\s+(?:heb|hebben|had|hadden)\s+(?:het|dit|dat)\s+"
    r"(?:\w*ge\w+|be\w+|ver\w+|ont\w+|her\w+)(?:d|t|en)(?=\s*(?:$|[.,;!]|\s(?:en|maar|and|but)\b))|"
    # a reply to the addressee's view: "Ik deel je standpunt niet.", "I agree with you."
    r"^(?:(?:hier|daar)\s+)?(?:ik|I)\s+(?:(?:do\s+not|don't)\s+)?(?:deel|share|ben\s+het|agree)\b"
    r"(?:\s+\w+){0,3}?\s+(?:je|jouw|uw|your|you|mee|eens|that\s+view)\b[^,;:]{0,25}$|"
    r"^(?:hier|daar)\s+ben\s+ik\s+het\s+(?:\w+\s+){0,3}?(?:mee\s+)?eens\b[^,;:]{0,25}$",
    re.I,
)


def anaphoric(text: str) -> bool:
    """The statement's matter is only a pronoun ("I first raised it with their CFO in
    January."): it says nothing one can oppose without the sentence before it."""
    return _ANAPHORIC.search(text.strip()) is not None


#: Rank factor of a pair in one language of which one side denies an act and the other reports
#: another act on the same thing ("We never received any money from the city for the new
#: wing." / "We opened the new wing on time."; "We will never sell customer data …" /
#: "… before we use their data for research"): shared words, two matters.
OTHER_ACT = 0.6
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|\w+n't|niet|nooit|geen)\b", re.I)
# words between a negation and what it denies: auxiliaries, adverbs, determiners
_SKIP = {
    "be", "been", "being", "have", "has", "had", "ever", "any", "yet", "even", "once", "again",
    "really", "actually", "a", "an", "the", "to", "do", "did", "does", "will", "would", "we",
    "i", "it", "all", "meer", "ooit", "nog", "eens", "echt", "een", "de", "het", "te", "ik", "zijn", "hebben", "worden", "wordt", "is", "was", "were", "are", "om",
}  # fmt: skip
# denials that are themselves the claim, with no act to match: involvement, a stance or what
# one said or wanted ("Vale never proposed a merger" against "attach Lumen to Vale Motors"), a
# change, a need
_OWN_DENIAL = re.compile(
    r"\b(?:involved|betrokken|consulted|geraadpleegd|told|aware|against|tegen|opposed|"
    r"proposed|suggested|said|promised|wanted|agreed|supported|considered|planned|intended|"
    r"voorgesteld|gezegd|beloofd|gewild|overwogen|gepland|gesteund|ingestemd|toegezegd|"
    r"omhoog|omlaag|up|down|changed|veranderd|gewijzigd|need|needed|nodig|hoeven|hoeft)\b",
    re.I,
)


_MONEY = {
    "cent",
    "cents",
    "penny",
    "euro",
    "euros",
    "dollar",
    "dollars",
    "money",
    "geld",
    "stuiver",
}
_AND_CLAUSE = re.compile(r",?\s+(?:and|en)\s+", re.I)


def _denied_word(text: str, lang: str | None) -> str | None:
    """The first content word after the first negation: what the statement denies."""
    m = _NEGATION.search(text)
    if m is None:
        return None
    stop = STOP.get(lang or "", STOP_ANY)
    for w in _WORD.findall(re.split(r"[:;]", text[m.end() :], maxsplit=1)[0].casefold()):
        if w not in _SKIP and w not in stop and w not in STOP_ANY and not w.isdigit():
            return w
    return None


def other_act(a: str, b: str, lang: str | None) -> bool:
    """One side (only) is negated, and what it denies is no word of the other side (by its
    first four letters), no opposite pair, change, ending on the other side, need, stance,
    involvement, or money against an amount: a denial of one act against another act on one
    thing."""
    from onrecord.check.contradictions.opposition import antonyms, ends, negated

    if negated(a) == negated(b) or antonyms(a, b) or opposed(a, b, lang, lang):
        return False
    denial, other = (a, b) if negated(a) else (b, a)
    if ends(other):  # "gaat niet dicht" / "sluit eind dit jaar"; "niet te onderhandelen" /
        return False  # "het plafond laten we los": an ending opposes any denial of a change
    if not negated(_AND_CLAUSE.split(denial)[0]):
        return False  # the denial is in a clause beside the main claim
    word = _denied_word(denial, lang)
    if word is None or _OWN_DENIAL.search(denial):
        return False
    if word in _MONEY and any(q.kind == MONEY for q in quantities(other, lang)):
        return False  # "geen cent uitgetrokken" / "2,1 miljoen voor het sociaal plan"
    stem = word[:4]
    return not any(w[:4] == stem for w in _WORD.findall(other.casefold()))


#: The score of a pair the judge does not call contradictory whose sides state clashing counts
#: of one thing ("Last year we carried 120,000 passengers." / "In 2020 vervoerden we
#: tachtigduizend passagiers.") or changes of one thing in opposite directions, at one time:
#: the builtin judge reads such pairs as agreement (same words, a number).
RULE_SCORE = 0.6
#: The score of a pair in one language on one matter (similarity at least
#: :data:`OPPOSED_SIMILARITY`, :data:`OPPOSED_WORDS` content words shared) with one side negated
#: or a pair of opposite words, that the judge reads as neutral both ways (entailment under
#: :data:`OPPOSED_ENTAILMENT`, contradiction at least :data:`OPPOSED_CONTRADICTION`): "We
#: borrowed eight million euros from the bank to build the new drying tower." / "... the drying
#: tower was paid entirely from our own reserves, and we did not borrow a cent for it."
OPPOSED_SCORE = 0.4
#: A denial and the act it denies, one concept (:mod:`onrecord.check.contradictions.concepts`), count from
#: this similarity (the denial pairing's floor).
CONCEPT_SIMILARITY = 0.75
#: Rank factor of a pair in two languages whose one side denies an act the other reports, one
#: concept (e5's similarity understates how close they are).
CONCEPT_BRIDGE = 1.5
OPPOSED_SIMILARITY = 0.85
OPPOSED_WORDS = 2
OPPOSED_ENTAILMENT = 0.3
OPPOSED_CONTRADICTION = 0.1
# "without problems", "zonder subsidie": a negation too weak to stand without the judge
_WEAK_NEGATION = re.compile(r"\b(?:without|zonder)\b", re.I)


def _two_ways(a: str, b: str) -> bool:
    da, db = direction(a), direction(b)
    return da is not None and db is not None and da != db


def rule_score(
    a: Side,
    b: Side,
    ab: dict[str, float] | None = None,
    ba: dict[str, float] | None = None,
    similarity: float = 0.0,
) -> float | None:
    """The score of a pair whose opposition needs no judge's contradiction, or None:
    :data:`RULE_SCORE` for clashing counts or opposite changes, :data:`OPPOSED_SCORE` for an
    opposed pair the judge calls neutral (see there)."""
    if apart_in_time(a, b):
        return None
    if any(reported(t) or hedged_side(t) for t in (a.text, b.text)):
        return None
    if other_agent(a.text, b.text):
        return None
    # in one language the two sides must share two words besides the amounts: "we hired four
    # doctors" and "we have twelve doctors" count one thing in two roles
    # durations too, in one unit ("two and a half hours" / "veertig minuten")
    kinds = (COUNT, DURATION, PERCENT)
    if amount_clash(a.text, b.text, a.lang, b.lang, kinds=kinds) and same_object(
        a.text, b.text, a.lang, b.lang
    ):
        return RULE_SCORE
    # a change of one thing: in one language two content words in common (not just "the
    # budget" of "the budget for maintenance was cut" and "we raised the marketing budget")
    shared = shared_words(a, b)
    # (a price word against an amount of money is the second word: "de dagkaart van 34 naar 41
    # euro" / "de prijs van een dagkaart niet verhoogd")
    if opposed(a.text, b.text, a.lang, b.lang) and (
        shared is None or shared >= 2 or (shared == 1 and one_price(a.text, b.text, a.lang, b.lang))
    ):
        return RULE_SCORE
    # two places one thing is made in ("Dit jaar wordt al onze kaas in Leeuwarden gemaakt." /
    # "In 2019 all our cheese was made by a partner dairy in Belgium."): the judge reads them
    # as neutral; one matter by two shared words, or across languages by similarity
    if alternatives(a.text, b.text) and (
        (shared is None and similarity >= ALTERNATIVE_SIMILARITY) or (shared or 0) >= 2
    ):
        return RULE_SCORE
    # across languages a change each way ("Our emissions went down by 20 percent in 2019." /
    # "In 2019 is onze uitstoot gestegen.") and a need denied and stated are of one thing by
    # similarity; in one language by two shared words
    one_matter = (shared is None and similarity >= OPPOSED_SIMILARITY) or (shared or 0) >= 2
    # a denied ending against the ending ("gaat niet dicht" / "sluit eind dit jaar") likewise
    if one_matter and (
        need_clash(a.text, b.text) or _two_ways(a.text, b.text) or ending_denied(a.text, b.text)
    ):
        return RULE_SCORE
    # none of a thing against a count of it ("No crew member will lose their job" / "six crew
    # members had to leave"): in one language the two must also say one thing of it (two
    # verbs of ending or losing, or a third shared word), not "No customer complained" / "We
    # have 300 customers"
    if none_against_some(a.text, b.text, a.lang, b.lang) and (
        (shared is None and similarity >= OPPOSED_SIMILARITY)
        or (shared or 0) >= 3
        or ((shared or 0) >= 2 and ends(a.text) and ends(b.text))
    ):
        return RULE_SCORE
    # a denial of an act against its report, one matter by a concept where words differ
    # ("niemand ontslagen" / "we dismissed eleven of our own people")
    # (across languages only: in one language the words are compared, and a category named on
    # both sides is often no act on one: "customers who first found us in the supermarket")
    if shared is None and similarity >= CONCEPT_SIMILARITY and concept_denied(a.text, b.text):
        return RULE_SCORE
    # a pledge and its denial ("I promise you that nobody will lose their job" / "Ik heb nooit
    # beloofd dat de machine geen banen zou kosten"): what was promised is the same on both
    # sides, so the judge reads agreement
    if one_matter and speech_polarity(a.text, b.text, negated):
        return RULE_SCORE
    # for and against one course of action ("I propose that we sell the crematorium" / "I was
    # against selling our pet crematorium"): neither side states a fact, so the judge reads
    # neutral; across languages one matter from the similarity of two places of origin
    if stance_clash(a.text, b.text) and (
        (shared is None and similarity >= ALTERNATIVE_SIMILARITY) or (shared or 0) >= 2
    ):
        return RULE_SCORE
    if ab is None or ba is None or similarity < OPPOSED_SIMILARITY:
        return None
    if max(ab["entailment"], ba["entailment"]) >= OPPOSED_ENTAILMENT:
        return None
    if any(_WEAK_NEGATION.search(t) for t in (a.text, b.text)):
        return None
    opp = opposition(a.text, b.text, a.lang, b.lang, ordered=True)
    if opp not in (POLARITY, ANTONYM):
        return None
    if shared is None:
        # across languages one matter by similarity alone; a negation alone only in an account
        # of one's past against the record ("I propose that we stop selling through Decathlon"
        # / "Ik ben er altijd tegen geweest om met Decathlon te stoppen.")
        if opp == ANTONYM or retrospective(a.text) != retrospective(b.text):
            return OPPOSED_SCORE
        return None
    if shared < OPPOSED_WORDS:
        return None
    # a pair of opposite words on one matter ("will keep its emergency department open at
    # night" / "the emergency department will close at night") stands even where the judge
    # gives contradiction next to nothing; a negation alone needs the judge's doubt
    if opp == POLARITY and max(ab["contradiction"], ba["contradiction"]) < OPPOSED_CONTRADICTION:
        return None
    return OPPOSED_SCORE
