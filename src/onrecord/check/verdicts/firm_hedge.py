"""A firm claim against a hedged statement of one matter: the hedge is what the claim gets wrong.

"Chen voorspelde in 2019 met zekerheid dat Nordwind klanten zou verliezen" against Chen's "If
this becomes public, we might lose customers."; "Verbeek kondigde in februari 2018 aan dat de
afdeling die zomer 's nachts dicht zou gaan" against her "Als dit zo doorgaat, moeten we
misschien deze zomer de afdeling 's nachts sluiten."; "Bosma promised Hoekstra that Haskerdam
would stay open" against "Als het aan mij ligt, blijft Haskerdam open.". The judge reads such
pairs as neutral (0.47-0.71): the content is the same and it does not weigh the hedge. A reader
of the record does: what the mail says with "might", "misschien", "if" is the record showing
that it was *not* announced, promised or predicted with certainty, and the cases' gold reads
these as contradicted. :func:`against_firm` tells when a statement is such a hedge of the
claim's own matter; :func:`onrecord.check.verdicts.evidence.modality` then gives it at least
:data:`HEDGE_CONTRADICTION` of contradiction.

Not a hedge of the writer's own:

* a request ("Could you confirm that all data stays within the EU?"): the question is the act;
* "zou" in a report of speech ("Ik heb de deelnemers beloofd dat er niet gekort zou worden",
  "Je had me beloofd dat het budget gelijk zou blijven"): the future of the past, the promise
  itself.

Not a firm claim of a hedged matter: a claim whose content is itself conditional ("told the
heirs' lawyer that the museum would return the painting if the research confirmed the claim",
"zou teruggeven als het onderzoek de claim bevestigde") is what a conditional statement says.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.cross_matter import cognates
from onrecord.check.statements.modality import certain, firm, hedged
from onrecord.check.statements.period import claim_period, in_period
from onrecord.check.statements.salience_words import STOP, STOP_ANY
from onrecord.check.statements.status import request
from onrecord.text.months import MONTHS

__all__ = [
    "HEDGE_CONTRADICTION", "SIMILAR", "SIMILAR_ACROSS", "against_firm", "certain_claim",
    "conditional", "firm_claim", "matter_words", "of_the_time", "one_matter", "own_hedge",
    "shared_words",
]  # fmt: skip

#: The contradiction a hedged statement of one matter gives a firm claim (at least): as much
#: as an amount conflict of one matter (``amount_evidence.QUANTITY_CONFLICT``), a rule that can show why.
HEDGE_CONTRADICTION = 0.85
#: One matter from this dense similarity (multilingual-e5-small, statement to claim): the gold
#: hedges of the training and development cases lie at 0.84-0.87, statements of other matters
#: that carry a hedge word at 0.77-0.83.
SIMILAR = 0.84
#: ... or, in one language, from this many content words shared.
SHARED = 2

# a verb of speech or promise before "dat"/"that": what follows is reported, "zou" its future
_REPORTED = re.compile(
    r"\b(?:beloofd|beloofde|beloofden|belooft|gezegd|zei|zeiden|schreef|geschreven|verteld|"
    r"vertelde|toegezegd|zegde|aangekondigd|kondigde|verzekerd|verzekerde|gemeld|meldde|"
    r"promised|said|told|wrote|written|announced|assured|pledged|dacht|dachten|gedacht|"
    r"verwachtte|hoopte|geloofde|thought|expected|hoped|believed)\b(?:\s+\S+){0,6}?\s+"
    r"(?:dat|that)\b",
    re.I,
)
# a condition inside the claim's content: "if", "unless", "tenzij", "als het onderzoek …"
_CONDITION = re.compile(
    r"\b(?:if|unless|provided\s+that|as\s+long\s+as|on\s+condition|indien|tenzij|mits|zolang|"
    r"op\s+voorwaarde|als\s+(?:het|de|er|ze|zij|hij|we|wij|die|dit|dat|men)\b)",
    re.I,
)
_WORDS = re.compile(r"\w+")
# a doubt said in words the hedge list of :mod:`onrecord.check.statements.modality` does not hold: "it is
# possible that", "I doubt it", "not sure", "het kan zijn dat", "ik betwijfel"
_DOUBT = re.compile(
    r"\b(?:(?:it\s+is|it's|is\s+it)\s+(?:\w+\s+)?possible|i\s+doubt|doubtful|not\s+(?:\w+\s+)?sure|"
    r"het\s+kan\s+(?:goed\s+)?zijn\s+dat|ik\s+betwijfel|twijfel\w*|niet\s+(?:\w+\s+)?zeker)\b",
    re.I,
)
# a claim that something was established as fact: "stelde vast", "concluded", "established"
_ESTABLISHED = re.compile(
    r"\b(?:established|concluded|determined|found\s+that|stelde\w*\s+(?:\S+\s+){0,6}?vast|"
    r"vastgesteld|concludeerde\w*|geconcludeerd)\b",
    re.I,
)
#: Across languages, a name or a word of one origin in common and this similarity.
SIMILAR_ACROSS = 0.82
#: Content words are compared by this many first letters.
STEM = 5
_MONTHS = frozenset(k for k in MONTHS if len(k) > 3 or k == "mei")


def matter_words(text: str, lang: str | None) -> set[str]:
    """The content words of ``text``, cut to :data:`STEM` letters: no stop words, numbers, month
    names or words under three letters."""
    stop = STOP.get(lang or "", STOP_ANY)
    return {
        w[:STEM]
        for w in _WORDS.findall(text.casefold())
        if len(w) >= 3 and not w.isdigit() and w not in stop and w not in STOP_ANY
        and w not in _MONTHS
    }  # fmt: skip


def shared_words(a: str, b: str, lang: str | None) -> int:
    """How many content words of ``b`` are also in ``a`` (one language, by :data:`STEM`)."""
    wa = matter_words(a, lang)
    return sum(any(x.startswith(y) or y.startswith(x) for y in wa) for x in matter_words(b, lang))


def own_hedge(said: str) -> bool:
    """``said`` hedges what its writer says: hedged or conditional
    (:func:`onrecord.check.statements.modality.hedged`), not a request, "zou" in a report of speech not
    counted."""
    if request(said):
        return False
    return hedged(said, reported=_REPORTED.search(said) is not None) or bool(_DOUBT.search(said))


def firm_claim(claim: str) -> bool:
    """A claim of a commitment, a decision or certainty (:func:`onrecord.check.statements.modality.firm`),
    or that something was established as fact ("stelde vast dat", "concluded that")."""
    return firm(claim) or _ESTABLISHED.search(claim) is not None


def certain_claim(claim: str) -> bool:
    """A claim of certainty (:func:`onrecord.check.statements.modality.certain`) or of a fact established."""
    return certain(claim) or _ESTABLISHED.search(claim) is not None


def of_the_time(claim: str, date: str | None) -> bool:
    """The statement (written on ``date``) is of the time the claim names, or the claim names
    none: a hedge of 2021 does not show how firm a decision of September 2022 was."""
    period = claim_period(claim)
    return period is None or in_period(date, period) is not False


def conditional(content: str) -> bool:
    """The claim's content is itself conditional ("would return the painting if the research
    confirmed the claim")."""
    return _CONDITION.search(content) is not None


def one_matter(
    said: str, content: str, lang_said: str | None, lang_claim: str | None, similarity: float | None
) -> bool:
    """``said`` and the claim's ``content`` are of one matter: a dense similarity of at least
    :data:`SIMILAR`, or in one language :data:`SHARED` content words in common, or across
    languages a name or word of one origin in common and a similarity of
    :data:`SIMILAR_ACROSS`."""
    if similarity is not None and similarity >= SIMILAR:
        return True
    if not lang_said or not lang_claim:
        return False
    if lang_said != lang_claim:  # "De Klimop" in both, close in the embedder
        return (
            similarity is not None
            and similarity >= SIMILAR_ACROSS
            and bool(cognates(said, lang_said) & cognates(content, lang_claim))
        )
    return shared_words(said, content, lang_said) >= SHARED


def against_firm(said: str, content: str) -> bool:
    """``said`` is its writer's hedge and the firm claim's ``content`` states no hedge or
    condition of its own (the caller checks that the claim is firm and that the two are of
    :func:`one_matter`): the record shows it was not firm."""
    return own_hedge(said) and not conditional(content) and not hedged(content, reported=True)
