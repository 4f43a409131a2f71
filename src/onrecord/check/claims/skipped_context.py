"""What a skipped sentence still tells the claims after it.

A sentence skipped as commentary is no claim, but its quote has a speaker and its subject may be
the organisation the next quotes speak for ("'Our record speaks for itself,' said X. 'We have had
no recall.'"). Claim extraction keeps both for the sentences that follow.
"""

from __future__ import annotations

from onrecord.check.claims.claimant import SELF, strip_framing
from onrecord.check.language.claim_text import QUOTES
from onrecord.check.subjects.coref import Discourse, is_description, subject_phrase

__all__ = ["after_skipped"]


def after_skipped(
    disc: Discourse, clean: str, reason: str, lang: str | None
) -> tuple[str | None, str | None]:
    """What a skipped commentary sentence still tells the sentences after it: the speaker of
    its quote ("'Our record speaks for itself,' said X. 'We have had no recall.'": the second
    quote is X's too) and the organisation it is about ("Woningcorporatie Woonstede ligt onder
    vuur." before "'Wij hebben ...'"). Returns (speaker, organisation)."""
    if reason != "commentary":
        return None, None
    speaker = None
    if clean[:1] in QUOTES:
        framer, _ = strip_framing(clean, lang, disc.ctx, reported=True)
        if framer and framer != SELF:
            speaker = framer if disc.ctx.mentions(framer) else disc.resolve(framer, clean)
    phrase = subject_phrase(clean, disc.ctx, lang)
    subject = disc.resolve(phrase, clean) if phrase and not speaker else None
    org = subject if subject and disc.is_org(subject) and not is_description(subject) else None
    if subject and not org:
        # a person it is about is the latest one named: "The Claimant contends that her
        # disclosures were protected ..." before "Her salary ... was £58,000"
        known = [p for p in disc.persons if disc.ctx.same_person(p, subject)]
        if known:
            disc.persons = [p for p in disc.persons if p not in known] + known[-1:]
    return speaker, org
