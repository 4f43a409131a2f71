"""An announced change: the later statement itself says that the earlier plan, date or amount
changed, so the pair shows the record changing, not the person contradicting themselves.

"The extension opens in 2021." and later "The terminal extension is postponed: it will not
open in 2021, we now aim for 2023."; "We pay 6 euros." and later "We lower the contribution to
4 euros, down from 6."; "De bijdrage is verlaagd van 6 naar 4 euro." The judge reads such pairs
as contradictions (a negation, two amounts), yet the writer acknowledges the other side.

:func:`acknowledged_change` asks for structure besides the word: the marker is in the *later*
statement, and that statement is about the earlier one's matter (content words in common, or,
for a changed amount, an amount of the same kind and unit on the earlier side). A pair that also
shows a real self-contradiction keeps its rank: "always"/"never" on either side ("I never
said it would open in 2021 …"), the writer's account of their own past ("I was not involved
in the decision to delay the audit"), or a denial of an earlier act ("We signed …" / "We did not
sign …, the signing is postponed"). A pledge broken with a change ("We will not raise the
fares" / "… verhoogd van vier naar vijf euro") is not acknowledged: the earlier side states no
amount that the change starts from. Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.opposition import negated, same_unit
from onrecord.check.figures.direction import denied
from onrecord.check.quantities import quantities
from onrecord.check.quantities.types import DATE, YEAR
from onrecord.check.statements.modality import prospective, retrospective, universal

__all__ = ["ACKNOWLEDGED", "acknowledged_change", "change_marker"]

#: Rank factor of a pair whose later side announces the change from the earlier one: it should
#: leave the top of the list (a plan and its execution ranks at ``NO_OPPOSITION * PLAN_DONE``).
ACKNOWLEDGED = 0.2
#: Content words (by :data:`onrecord.check.contradictions.pair_rules.STEM`) a pair in one language must share
#: for the change to be about the earlier statement's matter: one is often just the subject.
SAME_MATTER_WORDS = 2

_NUM = (
    r"(?:[€$£]\s*)?\d[\d.,]*(?:\s*(?:%|procent|percent|euros?|dollars?|cents?|uur|hours?))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|"
    r"vijftig|honderd|hundred"
)
# a changed amount: "from 6 to 4 euros", "down from 6", "van vier naar vijf euro", "instead of
# 250", "in plaats van 6 euro"
_AMOUNT_CHANGE = re.compile(
    rf"\b(?:from\s+(?:{_NUM})\s+(?:to|into)\b|(?:down|up)\s+from\s+(?:{_NUM})|"
    rf"instead\s+of\s+(?:the\s+)?(?:{_NUM})|van\s+(?:{_NUM})\s+(?:naar|tot|op)\b|"
    rf"in\s+plaats\s+van\s+(?:de\s+)?(?:{_NUM}))",
    re.I,
)
# a span of years is a period, no changed amount: "in de winter van 2022 op 2023", "from 2019 to
# 2021"
_YEAR_SPAN = re.compile(
    r"\b(?:from|van)\s+(?:19|20)\d\d\s+(?:to|until|till|tot|op|naar|t/m)\s+(?:19|20)\d\d\b", re.I
)
# a changed plan, date or decision
_PLAN_CHANGE = re.compile(
    r"\b(?:postpone[ds]?|postponing|postponement|delayed|deferred|rescheduled|pushed\s+back|"
    r"put\s+back|moved\s+(?:back\s+|forward\s+)?to|no\s+longer|not\s+any\s?more|instead\s+of|"
    r"revised?|revising|revision|after\s+all|changed\s+(?:our|my|the)\s+(?:plans?|minds?|date|"
    r"schedule|target|decision)|change\s+of\s+plans?|(?:we|I)\s+now\s+(?:aim|expect|plan|hope|"
    r"intend|want)|new\s+(?:date|deadline|target|schedule|planning)|"
    r"(?:later|earlier|sooner|more|less|higher|lower)\s+than\s+(?:planned|announced|promised|"
    r"scheduled|foreseen|we\s+(?:said|announced|promised|planned))|cancell?ed|scrapped|"
    r"called\s+off|reconsidered|"
    r"verschoven|verschuift|verschuiven|uitgesteld|uitstel|in\s+plaats\s+van|niet\s+langer|"
    r"niet\s+meer(?!\s+dan)|herzien|herziening|bijgesteld|bijstellen|alsnog|"
    r"(?:later|eerder|meer|minder|hoger|lager)\s+dan\s+(?:gepland|aangekondigd|beloofd|"
    r"voorzien|we\s+(?:zeiden|dachten|hadden\s+gepland))|nieuwe\s+(?:datum|planning|deadline)|"
    r"(?:we|wij|ik)\s+(?:mikken|gaan|rekenen)\s+nu|gaat\s+niet\s+door|afgeblazen|geschrapt|"
    r"geannuleerd|teruggedraaid|heroverwogen|op\s+andere\s+gedachten|van\s+gedachten\s+veranderd|"
    r"anders\s+besloten)\b",
    re.I,
)
_NEGATING_MARKER = re.compile(
    r"\b(?:no\s+longer|not\s+any\s?more|niet\s+langer|niet\s+meer(?!\s+dan))\b", re.I
)
# a statement of the writer's own: "We …", "I …", "Wij …", "Ik …"
_FIRST = re.compile(r"^\s*(?:(?:but|and|maar|en),?\s+)?(?:i|we|ik|wij)\b", re.I)
# an act reported in the past ("We signed", "we have paid", "Wij hebben … betaald")
_PAST_ACT = re.compile(
    r"\b(?:did|was|were|had|has|have|(?!(?:need|feed|seed|speed|indeed|proceed|exceed|succeed|"
    r"embed|shed|bed|red|hundred)\b)\w{2,}ed|heb|hebben|heeft|had|hadden|was|waren|werd|werden|"
    r"kocht\w*|betaalde\w*|tekende\w*)\b",
    re.I,
)


def change_marker(text: str) -> str | None:
    """``"amount"`` when the statement changes an amount from a stated one ("from 6 to 4
    euros", "down from 6", "van vier naar vijf euro"), ``"plan"`` when it says a plan, date or
    decision changed ("postponed", "no longer", "in plaats van", "alsnog"), else None."""
    if _AMOUNT_CHANGE.search(_YEAR_SPAN.sub(" ", text)):
        return "amount"
    if _PLAN_CHANGE.search(text):
        return "plan"
    return None


def _same_amount_kind(earlier: str, later: str, lang_e: str | None, lang_l: str | None) -> bool:
    """The earlier statement states an amount of a kind and unit the later one states too."""
    qe = [q for q in quantities(earlier, lang_e) if not q.mention]
    ql = quantities(later, lang_l)
    return any(p.kind == q.kind and same_unit(p.unit, q.unit) for p in qe for q in ql)


def _same_time_kind(earlier: str, later: str, lang_e: str | None, lang_l: str | None) -> bool:
    """Both statements name a year or date: a changed date across languages."""
    kinds = (YEAR, DATE)
    return any(q.kind in kinds for q in quantities(earlier, lang_e)) and any(
        q.kind in kinds for q in quantities(later, lang_l)
    )


def _contradiction_besides(earlier: str, later: str) -> bool:
    """Something that is a self-contradiction whatever change is announced: "always"/"never",
    an account of one's own past, or a denial of an act the earlier side reports."""
    # "always"/"never" against the record: a claim over all time is no announced change
    if universal(earlier) or universal(later) or retrospective(later):
        return True
    if denied(earlier) is not None:
        return True  # a pledge against a change ("Onze prijzen gaan niet omhoog.")
    # the marker's own negation ("no longer", "niet meer") denies nothing of the earlier side
    rest = _NEGATING_MARKER.sub(" ", later)
    return (
        negated(rest)
        and not negated(earlier)
        and not prospective(earlier)
        and _FIRST.search(earlier) is not None
        and _PAST_ACT.search(earlier) is not None
    )


def acknowledged_change(
    earlier: str,
    later: str,
    lang_e: str | None,
    lang_l: str | None,
    shared: int | None,
) -> bool:
    """The later statement announces the change from the earlier one (see the module):
    a change marker in ``later``, about the earlier side's matter (``shared`` content words in
    one language, None across languages), and no contradiction besides."""
    kind = change_marker(later)
    if kind is None:
        return False
    if kind == "amount":
        # the earlier figure: a pledge about the change ("We will not raise the fares") states
        # none, and shares words with "we raised the fare from 4 to 5 euros" all the same
        same = _same_amount_kind(earlier, later, lang_e, lang_l)
    elif shared is not None:
        same = shared >= SAME_MATTER_WORDS
    else:
        same = _same_amount_kind(earlier, later, lang_e, lang_l) or _same_time_kind(
            earlier, later, lang_e, lang_l
        )
    return same and not _contradiction_besides(earlier, later)
