"""A name built on a place noun is a place, not a person (``check/language/place_names.py``): "Quarry End"
(h11 Penmoor), "Lantern Walk" (h12 Saltreach), "Brook Lane" (h10 Ambleworth); a first name or a
court of law keeps its kind."""

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext


def test_place_nouns_end_a_place_name() -> None:
    ctx = NameContext([])
    for name in ("Quarry End", "Lantern Walk", "Brook Lane", "Fellgate Library", "Hoofdstraat"):
        assert ctx.classify(name) != "person", name
    assert ctx.classify("Emma Park") == "person"  # a first name: a person
    assert ctx.classify("Brackwater Crown Court") == "org"  # a court of law


SALTREACH = """---
title: "We had no choice": Saltreach Hospice chief on the bed closures
author: Coastline Radio
date: 2025-05-07
lang: en
---
*This is an edited transcript of Tuesday's Coastline Breakfast interview. It has been shortened
for length.*

**OWAIN LLEDROD:** Rosalind Hebden, why is Saltreach Hospice closing six of its twelve beds?

**ROSALIND HEBDEN:** Because we cannot staff them. We lost nine nurses to the new NHS unit in
Porthallow last year, and we have been unable to recruit a single one since January.

**LLEDROD:** Your trustees were told in November that the closures were coming, weren't they?

**HEBDEN:** The board discussed staffing in November, yes. No decision was taken until March.

**LLEDROD:** Staff have told this programme that the chair, Geoffrey Tolland, wrote to trustees in
December asking them to keep the plan confidential.

**HEBDEN:** Geoffrey asked for discretion while we spoke to the nurses first. That is ordinary good
practice.

**LLEDROD:** How much does the hospice get from the integrated care board?

**HEBDEN:** About 28 percent of our costs, roughly £1.9 million this year. The rest comes from our
shops, from legacies and from the Lantern Walk, which raised £310,000 in September.
"""


def test_a_fundraising_walk_is_no_subject() -> None:
    subjects = [c.subject for c in claims_from_text(SALTREACH) if "Lantern" in c.original]
    # the hospice's income, not "Lantern Walk"; the walk's own claim (its "which raised ...")
    # is the hospice's affair too
    assert subjects and set(subjects) == {"Saltreach Hospice"}
