"""Which entries of a person's record are their own position to be held to.

Two kinds of entry are on record for a person without saying what they hold:

- a sentence that names its own author by full name ("Marloes Veenstra founded the brewery in
  2014." in an interview under her name): the editor's or interviewer's words around the
  author's (:func:`names_itself`);
- the reasons around a proposal that the person approved ("The neighbours on the
  Zwartewaterdijk have complained three times since October …" above "I propose that we scrap
  the night shift on the slipway from 1 March.", answered "Akkoord."): the approval accepts the
  proposal; the complaints are the proposer's account (:func:`approved_proposals_only`). The
  endorsement itself stays as it is (search reads the whole mail a person agreed to); only the
  contradiction check leaves those reasons out. "I agree with Tom" agrees with the argument
  and keeps all of it (:func:`onrecord.text.proposals.approves`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from onrecord.text.proposals import approves, proposal_targets

__all__ = ["approved_proposals_only", "names_itself"]


def names_itself(text: str, name: str | None) -> bool:
    """The statement names its own author by full name: not the author's own words."""
    if not name or " " not in name.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", text) is not None


def approved_proposals_only(refs: Sequence[Any]) -> list[Any]:
    """``refs`` (:class:`onrecord.check.contradictions.find.StatementRef`) without the endorsed
    sentences an approval ("Akkoord.") covers besides the proposals it answers."""
    by_assent: dict[int, list[int]] = {}
    for k, r in enumerate(refs):
        if r.endorses is not None and r.statement_id is not None:
            by_assent.setdefault(r.statement_id, []).append(k)
    drop: set[int] = set()
    for ks in by_assent.values():
        if len(ks) < 2 or not approves(refs[ks[0]].endorses.get("assent") or ""):
            continue
        keep = {ks[i] for i in proposal_targets([refs[k].text for k in ks])}
        drop.update(k for k in ks if k not in keep)
    return [r for k, r in enumerate(refs) if k not in drop]
