"""A claim whose clause names nobody: the affairs of whoever speaks for an organisation.

The gold convention (``benchmarks/articles/README.md``, round three) makes a thing in a
person's words the organisation the person speaks for, and a thing in an organisation's own
release that organisation ("The 36 turbines", "In de concessie staat inderdaad een
boeteclausule" from the bus company's director). When every rule before found no subject at
all ("Op dit moment staan er 64 vacatures open", "Bij de boterafdeling in Hornweer verdwenen
elf banen"), the claim went out with none, which no reading of the text supports; the
speaker's organisation, else the organisation that wrote the document, is the one the
convention names. A document by a person with no speaker leaves the subject open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from onrecord.check.subjects.speakers import own_org, speaker_org

if TYPE_CHECKING:
    from onrecord.check.subjects.coref import Discourse

__all__ = ["unnamed_affairs"]


def unnamed_affairs(disc: Discourse, speaker: str | None) -> str | None:
    """The organisation a clause without any subject is about: ``speaker``'s, else the
    organisation author's; None in a person's own document."""
    if speaker:
        return speaker_org(disc, speaker)
    return own_org(disc)
