"""Helpers of the Enron segmentation tests: a body segmented and spoken, and who wrote the
quoted or forwarded part that holds some words."""

from __future__ import annotations

from onrecord.mail.analyze import statements_of
from onrecord.mail.segment import segment_body
from onrecord.record.model import Address, Segment, SegmentKind

OTHERS = (SegmentKind.QUOTED, SegmentKind.FORWARDED)


def run(lines: list[str], sender: Address) -> tuple[str, list[Segment], list[str]]:
    """(text, its segments, its statements with whitespace folded)."""
    text = "\n".join(lines)
    segs = segment_body(text, sender, None)
    return text, segs, [" ".join(st.text.split()) for st in statements_of(text, segs)[0]]


def writer_of(text: str, segs: list[Segment], words: str) -> str:
    """The author (address, else name) of the quoted or forwarded segment holding ``words``."""
    for seg in segs:
        if seg.kind in OTHERS and words in text[seg.start : seg.end]:
            return seg.author_email or seg.author_name
    return ""
