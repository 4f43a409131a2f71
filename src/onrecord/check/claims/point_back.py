"""A claim that only points back gets the content it points to.

"Keating says planning permission lapsed after the club failed to pay the deposit. Farrant
disputes that.": judged alone, "Farrant disputes that" says nothing a mail could confirm or
contradict. A sentence whose whole object is a demonstrative pronoun ("that", "this", "it",
"dat", "dit", "het") after a verb that takes a stance on what was said (dispute, contest,
contradict, reject, confirm, acknowledge; "betwisten", "tegenspreken", "bevestigen", "erkennen",
"(niet) herkennen") carries the claim of the sentence before. A bare "X denies this" / "X
ontkent dat" stays as written: the dev gold keeps it so (README, session 15b), and the held-out
writers differ on it. The claim is
rewritten as "<sentence without the pronoun>: <earlier claim>" ("Farrant disputes: planning
permission lapsed after ...", "De raad van toezicht heeft tegenover deze krant bevestigd:
Ammerlaan heeft ... ingediend"): the stance verb keeps the polarity, so nothing needs to be
negated by rule, and the words of the earlier claim are what the verdict judge checks. Its
claimant is the one who takes the stance, its subject the earlier claim's subject; its span
stays its own sentence. Without a claim in the sentence right before, the claim is left as it
is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from onrecord.check.claims.np_owner import with_full_name, with_owner

__all__ = ["points_back", "with_pointed"]

C = TypeVar("C", bound=Any)

#: English stance verbs, finite or after an auxiliary ("has denied", "did not dispute")
_EN_VERBS = (
    r"disput(?:e|es|ed)|contest(?:s|ed)?|contradict(?:s|ed)?"
    r"|reject(?:s|ed)?|reb(?:ut|uts|utted)|confirm(?:s|ed)?|acknowledg(?:e|es|ed)"
    r"|admit(?:s|ted)?|recogni[sz](?:e|es|ed)"
)
#: Dutch stance verbs: finite forms, and the participles of a perfect ("heeft dat ontkend")
_NL_FINITE = (
    r"betwist(?:te|ten|en)?|bevestig(?:t|de|den|en)"
    r"|erken(?:t|de|den|nen)|herken(?:t|de|den|nen)|weerspre(?:ekt|ken|eken)"
    r"|weersprak(?:en)?|spre(?:ekt|ken)|sprak(?:en)?"
)
_NL_PARTICIPLE = r"betwist|bevestigd|erkend|herkend|weersproken|tegengesproken"
_NL_AUX = r"heeft|hebben|had|hadden"
_PRONOUN_EN = r"that|this|it"
_PRONOUN_NL = r"dat|dit|het"
#: at most a few words after the pronoun: a time, "to this newspaper", "tegenover deze
#: krant", "niet", "ook", a separable particle ("tegen"); never a clause of its own
_TAIL = r"(?:\s+[\w'’-]+){0,5}?"
_END = r"\s*[.!]?\s*$"
_EN = re.compile(
    rf"(?i)^(?P<who>.+?)\s+(?:(?:has|have|had|did|does|do)\s+(?:not\s+)?)?"
    rf"(?P<verb>{_EN_VERBS})\s+(?P<pro>{_PRONOUN_EN})(?P<tail>{_TAIL}){_END}"
)
_NL_FIN = re.compile(
    rf"(?i)^(?P<who>.+?)\s+(?P<verb>{_NL_FINITE})\s+(?P<pro>{_PRONOUN_NL})(?P<tail>{_TAIL}){_END}"
)
_NL_PERF = re.compile(
    rf"(?i)^(?P<who>.+?)\s+(?P<verb>{_NL_AUX})\s+(?P<pro>{_PRONOUN_NL})"
    rf"(?P<tail>{_TAIL}\s+(?:{_NL_PARTICIPLE})){_END}"
)
#: the verbs that confirm what was said (the others contest it)
_CONFIRM = re.compile(r"(?i)\b(?:confirm|acknowledg|admit|recogni|bevestig|erken)")
#: "spreekt dat tegen" needs its particle; "herkent dat niet" its negation
_NEEDS = {"spre": r"\btegen\W*$", "sprak": r"\btegen\W*$", "herken": r"\bniet\b"}
#: how the few words after the pronoun may begin: a preposition, an adverb, a negation or a
#: particle; anything else makes the pronoun a determiner or a conjunction ("confirmed that
#: the letter had arrived", "disputes that account", "bevestigt dat hij ...")
_TAIL_START = frozenset(
    {
        "to", "on", "in", "at", "during", "before", "after", "again", "too", "also", "firmly",
        "strongly", "flatly", "publicly", "today", "yesterday", "tegenover", "aan", "bij", "op",
        "ook", "niet", "nog", "wel", "tegen", "gisteren", "vandaag", "uitdrukkelijk",
        "stellig", "desgevraagd", "nooit", "never", "not", "inmiddels", "schriftelijk",
    }
)  # fmt: skip


def points_back(text: str) -> re.Match[str] | None:
    """The match of a sentence whose only object is a pronoun for what was said before
    ("Woonkring ontkent dat.", "Farrant disputes that."), or None."""
    clean = text.strip()
    for pattern in (_EN, _NL_PERF, _NL_FIN):
        m = pattern.match(clean)
        tail = m.group("tail").split() if m else []
        if not m or (tail and tail[0].lower() not in _TAIL_START and pattern is not _NL_PERF):
            continue
        if pattern is _NL_PERF and len(tail) > 1 and tail[0].lower() not in _TAIL_START:
            continue
        verb = m.group("verb").lower()
        need = next((v for k, v in _NEEDS.items() if verb.startswith(k)), None)
        if need and not re.search(need, m.group("tail")):
            continue
        if len(m.group("who").split()) > 20:
            continue
        return m
    return None


def _content(text: str) -> str:
    """An earlier claim's text as the content after a colon: no closing stop."""
    return text.strip().rstrip(".!;: ")


def with_pointed(made: list[C], before: Sequence[C]) -> list[C]:
    """``made`` (the claims of one sentence) with a claim that only points back rewritten to
    carry the main claim of ``before`` (the claims of the sentence right before); a relative
    clause's claim beside it ("Tjalsma, die sinds 2020 ... staat, spreekt dat tegen") stays."""
    if not before:
        return made
    earlier = max(before, key=lambda c: len(c.text))  # the main clause, not its relative
    return [_owned(_pointed(claim, earlier), before) for claim in made]


def _owned(claim: C, before: Sequence[C]) -> C:
    """``claim`` with "Die motie" owned by whoever brought it in just before (np_owner)."""
    for earlier in reversed(before):
        if (owned := with_owner(claim, earlier)) is not claim:
            return owned
        if (named := with_full_name(claim, earlier)) is not claim:
            return named  # "The compressor" after "the Chamber 3 compressor"
    return claim


def _pointed(claim: C, earlier: C) -> C:
    m = points_back(claim.text)
    if m is None:
        return claim
    head = claim.text.strip()
    head = (head[: m.start("pro")].rstrip() + head[m.end("pro") :]).strip().rstrip(".!")
    text = f"{head}: {_content(earlier.text)}."
    # the stance verb stays in the text, so the claim is still about the stance: its
    # claimant and subject stay those of the sentence ("De zorggroep spreekt tegen: ...");
    # a stance-taker that is no party ("Huurders die deze krant sprak") gives the claim to the
    # earlier claim's subject, told by those who take the stance
    if claim.subject is None and earlier.subject is not None:
        who = m.group("who").strip(" ,")
        return dataclasses.replace(
            claim, text=text, claimant=who, subject=earlier.subject, attributed=True
        )
    return dataclasses.replace(claim, text=text)
