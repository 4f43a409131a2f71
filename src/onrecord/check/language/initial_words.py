"""Words capitalised only because they open a sentence: "Zeventien jaar lang ...", "Twelve of
them ...", "Asked about the emails, ...", "Aanleiding is ...", "Renovatie zou ...".

A name is written with a capital wherever it stands; a document that names someone or something
almost always does so inside a sentence too ("... said Malcolm Trevitt", "bij Corrigan
Aggregates"). A single capitalised word that opens sentences but is never capitalised inside one
is a common word (a number, a participle, a noun the lexicon lacks), and taken for a name it
became the subject of the claim. Only a document of some length tells: a lone sentence (a claim
typed on the command line) keeps the old reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.check.language.name_form import norm_name

__all__ = ["inner_capitals"]

_TOKEN = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
#: a capital after these is a sentence's (or a quotation's, a list item's) first word
_OPENERS = re.compile(r"""[.!?:;"'‘’“”(\[*•–—-]\s*$""")
#: fewer sentences than this and the document says too little about its names
MIN_SENTENCES = 6


def inner_capitals(texts: Sequence[str]) -> set[str] | None:
    """Case-free forms of the words ``texts`` write capitalised inside a sentence (after a
    word, not after a quotation mark or a colon); None for a text too short to tell."""
    if len(texts) < MIN_SENTENCES:
        return None
    out: set[str] = set()
    for text in texts:
        for m in _TOKEN.finditer(text):
            w = m.group()
            if not w[:1].isupper():
                continue
            before = text[: m.start()]
            if not re.search(r"\w", before) or _OPENERS.search(before):
                continue
            out.add(_key(w))
    return out


def _key(word: str) -> str:
    return norm_name(word).replace(" ", "")
