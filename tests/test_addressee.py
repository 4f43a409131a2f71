"""The "u" and "you" of a letter are its addressee (check/subjects/addressee)."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.addressee import letter_addressee, second_person

CTX = NameContext([])

DECISION = """\
---
title: Besluit handhaving
date: 2026-03-02
lang: nl
---
# Gemeente Eemwoude

**Aan:** Bakkerij Kroes B.V., t.a.v. de directie, Dorpsstraat 4, Eemwoude

Geachte directie,

U heeft op 4 januari 2026 een vergunning aangevraagd voor een tweede oven. Uw bouwtekening \
voldoet niet aan de brandveiligheidseisen. Daarom weigeren wij de vergunning.
"""

OPEN_LETTER = """\
To: Dr Hannah Levitt, Chief Executive, Corrimore Foods plc

Dear Dr Levitt,

On 3 March you announced the closure of the Ashby plant. The works council was not consulted.
"""


def test_the_header_and_the_salutation_name_the_addressee() -> None:
    assert letter_addressee(DECISION, CTX) == "Bakkerij Kroes B.V"
    assert letter_addressee(OPEN_LETTER, CTX) == "Hannah Levitt"
    # a salutation to a group or a role names no one; an article has no addressee
    assert letter_addressee("Dear fellow shareholders,\n\nWe grew by 4 percent.", CTX) is None
    assert letter_addressee("Corrimore closed its Ashby plant on Monday.", CTX) is None


def test_second_person_subjects() -> None:
    assert second_person("U", "U heeft een vergunning aangevraagd.")
    assert second_person(None, "On 3 March you announced the closure.")
    # "you" as the object of another subject is not the subject
    assert not second_person("The council", "The council asks you to wait.")


def test_the_letter_s_you_is_the_addressee() -> None:
    claims = claims_from_text(DECISION, worthiness=False)
    asked = next(c for c in claims if "4 januari" in c.text)
    assert asked.subject is not None and asked.subject.startswith("Bakkerij Kroes")
    drawing = next(c for c in claims if "bouwtekening" in c.text)
    assert drawing.subject is not None and drawing.subject.startswith("Bakkerij Kroes")
    claims = claims_from_text(OPEN_LETTER, worthiness=False)
    announced = next(c for c in claims if "Ashby plant" in c.text)
    assert announced.subject == "Hannah Levitt"


def test_the_sender_s_own_kind_is_not_the_addressee() -> None:
    """After "Uw ... " made the addressee the subject, "de omgevingsdienst" is still the
    service ("dienst" is a kind of organisation), not the addressee."""
    text = DECISION.replace(
        "Daarom weigeren wij de vergunning.",
        "Eerder heeft de omgevingsdienst u een waarschuwing gestuurd.",
    )
    warned = next(c for c in claims_from_text(text, worthiness=False) if "waarschuwing" in c.text)
    assert warned.subject is None or not warned.subject.startswith("Bakkerij Kroes")
