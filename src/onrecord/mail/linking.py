"""The text work of the linker (:mod:`onrecord.record.linker`), handed to it by the engine: the
record layer stays below ``mail`` and the functions stay top-level, so a worker pool can run
them."""

from __future__ import annotations

from typing import Any

from onrecord.mail.analyze import reanalyze_mail
from onrecord.mail.analyze import statements_of as _statements_of
from onrecord.mail.signatures import learn_signatures
from onrecord.record.limits import Limits
from onrecord.record.linker import SIGNATURE_MIN_MESSAGES
from onrecord.record.model import MessageRecord, Segment, SegmentKind


def statements_of_quote(text: str) -> tuple[list[Any], str]:
    """The statements of a quotation's text as a message of its own (pure: runs in a worker)."""
    return _statements_of(text, [Segment(kind=SegmentKind.AUTHORED, start=0, end=len(text))])


def learn(bodies: list[str]) -> list[str]:
    """The signature blocks a sender's messages share."""
    return learn_signatures(bodies, min_count=SIGNATURE_MIN_MESSAGES)


def reanalyze(data: bytes, learned: list[str], limits: Limits) -> MessageRecord:
    """A message analyzed again with its sender's learned signatures."""
    return reanalyze_mail(data, learned, limits)
