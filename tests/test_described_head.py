"""A name hung on a clause's opening description is not the clause's subject."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.described_head import (
    hung_on_opening,
    masked_opening,
    opening_description,
)

PROFIEL = """---
author: Anke Terlouw
lang: nl
---
Rogier Stapelkamp was twaalf jaar artistiek leider van Theater De Kolk in Brugwaard.
Directeur Anke Vos zegt dat het theater onder Stapelkamp geen enkel jaar met verlies afsloot.
"""

INTERVIEW = """---
author: Valley Radio
lang: en
---
Hollinfold Community Energy runs two turbines on Hollin Moor.
"We followed the rules," said Colin Haverly, its chair.
"The contract with Moorside Planning went through a tender with three bids," Haverly said.
"""


def _at(clause: str, name: str) -> int:
    return clause.index(name)


def test_a_name_in_a_phrase_on_the_opening_description() -> None:
    c = "The contract with Moorside Planning went through a tender with three bids."
    assert hung_on_opening(c, _at(c, "Moorside"))
    c = "The loan agreement, which he showed to the Courier, set a repayment date."
    assert hung_on_opening(c, _at(c, "Courier"))  # the relative clause's verb is not the clause's
    c = "Het theater onder Stapelkamp geen enkel jaar met verlies afsloot."
    assert hung_on_opening(c, _at(c, "Stapelkamp"))
    assert opening_description(c) == "Het theater"
    assert opening_description("The loan agreement, which he showed to the Courier, set") == (
        "The loan agreement"
    )


def test_what_it_must_not_touch() -> None:
    c = (
        "The documents show that 11 of those results were never entered into the log that "
        "inspectors from Lunesdale District Council check."
    )
    assert not hung_on_opening(c, _at(c, "Lunesdale"))  # after the clause's verb
    c = "The Askerby Ferry Company kept its car ferry in service."
    assert not hung_on_opening(c, _at(c, "Askerby"))  # a name opens it, no description
    ctx = NameContext([c])
    # "The club's annual accounts, filed in January, show ...": no name hung on it
    assert masked_opening(ctx, "The club's annual accounts, filed in January, show a loss.") is None


def test_the_subject_is_the_description_not_the_place() -> None:
    got = {c.original: c.subject for c in claims_from_text(PROFIEL)}
    line = next(k for k in got if "onder Stapelkamp" in k)
    assert got[line] == "Theater De Kolk"  # "Het theater", resolved; not the person under it
    got = {c.original: c.subject for c in claims_from_text(INTERVIEW)}
    line = next(k for k in got if "Moorside" in k)
    assert got[line] != "Moorside Planning"


def test_a_body_that_opens_the_clause_acts_in_it() -> None:
    """A party's noun after "the"/"de" is the subject, not a person the clause names after
    its verb; a thing's noun leaves it to the rules before."""

    def subject(text: str, lang: str = "en") -> str | None:
        (claim,) = claims_from_text(text, lang=lang)
        return claim.subject

    c = "The harbour committee summoned Ingrid Polwarth to explain the dredging bill."
    assert subject(c) == "The harbour committee"
    c = "The licensing board has refused Tobias Wren a second hearing."
    assert subject(c) == "The licensing board"
    c = "De gemeente heeft de vergunning van Jorien Smeulders nooit laten toetsen."
    assert subject(c, "nl") == "De gemeente"
    assert subject("The dredging bill was sent to Ingrid Polwarth in March.") == ("Ingrid Polwarth")
