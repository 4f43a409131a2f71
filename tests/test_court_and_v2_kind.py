"""A court deciding is the subject of its decision; in Dutch verb-second a kind noun before the
name ("stopte zorgverzekeraar Zorgkring Noord") does not hide the name."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.subject_np import subject_phrase

VONNIS = """---
author: Redactie
lang: nl
---
De rechtbank in Harderbroek heeft de voormalige penningmeester van VV Zeldervoort, Marcel \
Udink, donderdag veroordeeld tot een werkstraf van 180 uur.
De rechtbank hield er rekening mee dat Udink sinds augustus 2023 in therapie is.
"""


def test_the_court_decides() -> None:
    got = {c.original.split(",")[0]: c.subject for c in claims_from_text(VONNIS)}
    assert got[
        "De rechtbank in Harderbroek heeft de voormalige penningmeester van VV Zeldervoort"
    ] == ("De rechtbank in Harderbroek")
    # what the court took into account is about the one it names
    assert all(s != "De rechtbank" for k, s in got.items() if "rekening" in k)


def test_kind_noun_before_the_name_after_the_verb() -> None:
    ctx = NameContext([])
    s = "Op 1 juli stopte zorgverzekeraar Zorgkring Noord met de vergoeding."
    assert subject_phrase(s, ctx, "nl") == "Zorgkring Noord"
    s = "Vorig jaar verhoogde woningcorporatie Woonstede de huur."
    assert subject_phrase(s, ctx, "nl") == "Woonstede"
