"""A broadcast transcript: speaker labels in capitals, the guest's organisation from the title."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.label_case import name_case_labels
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.interviewee import title_org

TRANSCRIPT = """---
title: "Nobody was hurt, and that matters": Cellwright's founder on the Tarnfield fire
author: The Circuit podcast, episode 212 (transcript)
lang: en
---
**IMRAN DALE (host):** Tamsin Rourke, you founded Cellwright in 2018 to recycle lithium \
batteries. What happened that night?

**TAMSIN ROURKE:** A pallet of returned e-bike batteries caught fire in the intake bay. We had \
the whole site evacuated within eleven minutes, and nobody was hurt.

**DALE:** Did you tell your insurer?

**ROURKE:** I wrote to our insurer, Morrow Mutual, on the Tuesday.

**DALE:** Morrow Mutual told us this week that it has no record of that letter. Why not?

**ROURKE:** Then somebody at Morrow has mislaid it. Since the fire we have fitted thermal \
cameras in every bay.
"""


def test_capital_labels_get_a_names_case_and_keep_their_length() -> None:
    body = "**ROSALIND HEBDEN:** Because we cannot staff them.\n\n**HEBDEN:** Yes.\n\nNOTE: x"
    out = name_case_labels(body)
    assert out.startswith("**Rosalind Hebden:**")
    assert "**Hebden:** Yes." in out
    assert out.endswith("NOTE: x")  # no speaker
    assert len(out) == len(body)
    # a lone acronym the text never writes as a name is an organisation's: left alone
    assert name_case_labels("**KPN:** Wij betwisten dat.") == "**KPN:** Wij betwisten dat."


def test_title_names_the_guests_organisation() -> None:
    ctx = NameContext(["Saltreach Hospice closed six beds."])
    assert title_org('"We had no choice": Saltreach Hospice chief on the bed closures', ctx) == (
        "Saltreach Hospice"
    )
    ctx = NameContext(["Rosalind Hebden runs it."])
    assert title_org("Rosalind Hebden on the bed closures", ctx) is None


def test_guest_we_is_the_organisation_in_the_title() -> None:
    claims = claims_from_text(TRANSCRIPT)
    by_text = {c.text: c for c in claims}
    evac = next(c for t, c in by_text.items() if "evacuated" in t)
    assert evac.subject == "Cellwright"
    assert evac.claimant == "Tamsin Rourke"
    cams = next(c for t, c in by_text.items() if "thermal cameras" in t)
    assert cams.subject == "Cellwright"  # not the insurer named in the turn before
    assert not any("IMRAN" in c.text or "ROURKE" in c.text for c in claims)
