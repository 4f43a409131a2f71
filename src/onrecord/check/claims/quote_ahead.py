"""A quotation of several sentences whose speaker is named after its last one: '"We wisten hier
niets van. Niemand binnen de raad heeft ooit een signaal ontvangen," aldus De Bruijn.'

The first sentence opens the quotation and does not close it; the sentence that closes it
carries the frame ("aldus X", "said X", "zegt X"). Every sentence of the quotation is the
speaker's, as if the frame followed each: its "we" is the speaker's, not the article's.
"""

from __future__ import annotations

from collections.abc import Sequence

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext

__all__ = ["quote_ahead"]

_OPEN = '"“„'
_CLOSE = '"”'
#: how many sentences further the quotation may close
_AHEAD = 3


def _opens(s: str) -> bool:
    """``s`` opens a quotation it does not close."""
    s = s.strip()
    return bool(s) and s[0] in _OPEN and not any(c in _CLOSE for c in s[1:])


def quote_ahead(
    sentences: Sequence[str], index: int, lang: str | None, ctx: NameContext
) -> tuple[str, str] | None:
    """(the speaker, the sentence without its opening mark) when sentence ``index`` opens a
    quotation that a later sentence, within three, closes with a frame; else None."""
    if not _opens(sentences[index]):
        return None
    for s in sentences[index + 1 : index + 1 + _AHEAD]:
        if s.strip()[:1] and s.strip()[0] in _OPEN:
            return None  # another quotation opens first
        if any(c in _CLOSE for c in s):
            speaker = strip_framing(s, lang, ctx, reported=True)[0]
            return (speaker, sentences[index].strip()[1:].lstrip()) if speaker else None
    return None
