"""A sentence that calls what was just said untrue claims the opposite of it.

"Wij schreven dat Bouwbedrijf Veenstra 3,5 miljoen euro schadevergoeding eist. Dat klopt
niet.", "Mr Langridge claimed that Harwood had agreed a fee of £3 million. That is untrue.":
judged alone, "Dat klopt niet" says nothing a mail could confirm; it is a denial of the claim
right before, made by the document's author. It becomes "Niet waar: <that claim>" / "Not true:
<that claim>" (the frame taken off: "Wij schreven dat S" -> S, in main-clause order), claimed by
the author, about whom the earlier claim is (the name that opens the content when a frame came
off); its span stays its own sentence. The verdict reads "Not true:" as a negated frame
(``verdicts/frames.py``): evidence for the earlier claim counts against this one.

The article writers differ here: most training writers take such a denial as the claim it
makes, the development writer and four of six held-out ones skip it as commentary. A denial is
what a rebuttal or correction asserts, and the record can confirm or contradict it, so it is
kept (``benchmarks/articles/README.md``, session 25).

Only a whole sentence that judges "that"/"dit"/"het" is such a denial. A judgement with its
correction after a colon ("Dat is onjuist: de coöperatie werd in 2018 opgericht") is the
correction's claim (``correction.py``); a judgement of a named thing ("Dat getal klopt niet")
needs the thing to be understood and stays commentary; without a claim in the sentence right
before, nothing is denied and the sentence stays skipped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_lexicon import SPEECH_EN, SPEECH_NL
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import end_sentence, upper_first, words
from onrecord.check.language.nl_order import reorder_subordinate

__all__ = ["DENIED", "denial_of", "is_denial"]

C = TypeVar("C", bound=Any)

#: the opening of a denial's claim, by language; ``verdicts/frames.py`` reads it as negated
DENIED = {"nl": "Niet waar", "en": "Not true"}

_DENIAL = re.compile(
    r"(?i)^(?:but\s+|maar\s+|en\s+|and\s+)?(?:that|this|it|dat|dit|het)\s+"
    r"(?:is|was|klopt|klopte|klopt\s+dus|is\s+dus)\s+"
    r"(?:(?:simply|categorically|absolutely|completely|just|also|gewoon|echt|helemaal|ook|"
    r"eenvoudigweg|pertinent|dus)\s+)*"
    r"(?:not\s+true|untrue|wrong|false|incorrect|not\s+correct|not\s+the\s+case|"
    r"niet\s+waar|onwaar|onjuist|niet\s+juist|niet\s+correct|niet\s+zo|niet\s+het\s+geval|niet)"
    r"\s*[.!]?$"
)

#: "Wij schreven dat S", "In haar brief schreef zij dat S", "The article said that S": a report
#: of what someone wrote or said (the lexicon's speech verbs, and passive participles it lacks)
_THAT = re.compile(r"(?i)\s(dat|that)\s+(?=\S)")
_REPORT_MORE = frozenset({"gesteld", "gesuggereerd", "alleges"})


def is_denial(clean: str) -> bool:
    """``clean`` is a whole sentence calling what was just said untrue ("Dat klopt niet.",
    "That is simply not true.")."""
    return _DENIAL.match(clean.strip()) is not None


def _content(text: str, lang: str, ctx: NameContext) -> str:
    """What the earlier claim says, without its report frame."""
    framer, rest = strip_framing(text, lang, ctx, reported=True)
    if framer is not None:
        return rest
    text = text.strip()
    # the first "that", the report's when a speech verb stands among the four words before it
    # ("schreef zij dat", "wordt gesteld dat"; not "told to relabel chicken that was ...")
    m = _THAT.search(text, 0, 180)
    speech = SPEECH_EN | SPEECH_NL | _REPORT_MORE
    if m is None or not any(w.lower() in speech for w in words(text[: m.start()])[-4:]):
        return text
    rest = text[m.end() :]
    if m.group(1).lower() == "dat":
        rest = reorder_subordinate(rest, ctx)
    return end_sentence(upper_first(rest.strip()))


def denial_of(
    clean: str,
    original: str,
    span: tuple[int, int] | None,
    before: Sequence[C],
    author: str | None,
    ctx: NameContext,
) -> C | None:
    """The claim of a denial ``clean`` of the claims ``before`` (those of the sentence right
    before), or None when ``clean`` is no denial or nothing came before."""
    if not before or not is_denial(clean):
        return None
    earlier = max(before, key=lambda c: len(c.text))  # the main clause, not its relative
    lang = earlier.lang if earlier.lang in DENIED else "en"
    content = _content(earlier.text, lang, ctx).rstrip(".!")
    # "Wij schreven dat Veenstra ... eist": about Veenstra, not the newsroom that wrote it
    unframed = content != earlier.text.rstrip(".!")
    opening = [m for m in ctx.mentions(content) if m.start == 0 and m.kind != "other"]
    subject = " ".join(opening[0].text.split()) if unframed and opening else earlier.subject
    return dataclasses.replace(
        earlier,
        subject=subject,
        text=f"{DENIED[lang]}: {content}.",
        original=original,
        span=span,
        claimant=author,
        attributed=False,
        quote=None,
    )
