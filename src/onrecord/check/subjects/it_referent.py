"""What "it" (and "its") stands for: the organisation speaking, else the subject before.

"Greystone Environmental has said that its bid was submitted on time": in what an
organisation is reported to say, "it" is that organisation, not the thing the sentence before
was about ("The deadline for bids was 14 November"). Otherwise "it" is the organisation or
thing that was the subject before, else the organisation last a subject.
"""

from __future__ import annotations

from typing import Any

__all__ = ["it_referent"]


def it_referent(disc: Any) -> str | None:
    """The referent of a non-expletive "it" in the sentence ``disc`` (a
    :class:`onrecord.check.subjects.coref.Discourse`) is reading; None when none is known."""
    if disc.speaker and disc.is_org(disc.speaker):
        return disc.speaker
    if disc.prev_subject and disc.prev_subject in disc.org_subjects + disc.things:
        return disc.prev_subject
    return disc.org_subjects[-1] if disc.org_subjects else None
