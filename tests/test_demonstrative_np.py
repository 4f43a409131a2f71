"""A Dutch demonstrative noun phrase as the subject ("Dat rapport", "Die praktijk", "Voor dat
veld"): the name rules read "Dat" as a pronoun and left the claim about no one (three writers
of the held-out sets, h9-h13)."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.demonstrative import demonstrative_np


def _last_subject(body: str) -> str | None:
    claims = claims_from_text("---\nlang: nl\n---\n" + body + "\n")
    return claims[-1].subject


def test_a_demonstrative_noun_with_no_antecedent_noun_is_the_sentence_befores_subject() -> None:
    body = (
        "In 2023 liet Woonkring het adviesbureau Klimaatwerk onderzoek doen, dat in 47 van de "
        "112 woningen schimmel aantrof. Dat rapport is nooit met de huurders gedeeld."
    )
    assert _last_subject(body) == "Woonkring"


def test_a_demonstrative_noun_refers_to_the_noun_phrase_with_its_head() -> None:
    body = (
        "De gemeente heeft de club een nieuw veld aan de Rietkraag aangeboden. Voor dat veld "
        "is nog geen vergunning aangevraagd."
    )
    assert _last_subject(body) == "een nieuw veld aan de Rietkraag"
    body = (
        "Op 1 juli stopte zorgverzekeraar Zorgkring Noord met de vergoeding van de avondpraktijk "
        "in gezondheidscentrum De Molenwei. Die praktijk zag vorig jaar ruim 9.000 patiënten."
    )
    assert _last_subject(body) == "de avondpraktijk"  # the end of a compound


def test_a_demonstrative_pronoun_or_a_complementiser_is_left_alone() -> None:
    before = ["De zorggroep sloot de avondpost."]
    assert demonstrative_np("Dat is onjuist: niemand is gevraagd.", before, "de zorggroep") is None
    assert demonstrative_np("Dat klopt niet.", before, "de zorggroep") is None
    assert demonstrative_np("Die betaalt meer dan Lactavia.", before, "de zorggroep") is None
    assert demonstrative_np("Dat de zorggroep dit wist, staat vast.", before, None) is None
    # a noun the -t rule would read as a verb ("rapport", "besluit") still opens the phrase
    assert (
        demonstrative_np("Dat besluit viel op 15 december.", before, "Kempenlijn") == "Kempenlijn"
    )
    # the pronoun before a finite verb stays with demonstrative_subject
    body = (
        "Klaverstede verkoopt haar melk sinds 2019 aan de Duitse kaasmakerij Weissenried. Die "
        "betaalt gemiddeld 4 cent per liter meer dan Lactavia."
    )
    assert _last_subject(body) == "Weissenried"
