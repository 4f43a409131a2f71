"""Photo captions: a line of its own, wholly emphasised, without a finite verb.

A news page prints under each photo a line such as "*Nadia Whitcombe at the Kelsham depot.*",
"*Zwembad De Wielewaal aan de Kanaalweg, dinsdagmiddag.*" or "*The Crennick Foods factory at
Brackley Moss, photographed on Monday.*": a noun phrase with a place and a time, which names
what the picture shows and claims nothing. An emphasised line with a finite verb (a standfirst,
"*Lumen abandoned its promise ...*") stays a sentence to read; a participle after a comma
(", photographed on Monday") is no finite verb.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb
from onrecord.check.language.claim_text import words

__all__ = ["is_caption"]

_EMPHASIS_LINE = re.compile(r"^\s*([*_])(?![*_])(?P<inner>[^*_\n]{3,200})\1\s*$")
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+\w+(?:ed|en|d)\b[^,]*$")


def is_caption(body: str, a: int, b: int) -> bool:
    """The sentence ``body[a:b]`` is a whole emphasised line without a finite verb."""
    start = body.rfind("\n", 0, a) + 1
    end = body.find("\n", b)
    line = body[start : end if end >= 0 else len(body)]
    m = _EMPHASIS_LINE.match(line)
    if not m or body[a:b].strip(" *_") not in m["inner"]:
        return False
    inner = _PARTICIPLE_AFTER_COMMA.sub("", m["inner"].strip())
    if inner.count(". ") or not inner.rstrip(".").strip():
        return False  # two sentences: a note, not a caption
    ws = words(inner)
    return len(ws) >= 3 and not any(is_verb(w, None) for w in ws[1:] if w[:1].islower())
