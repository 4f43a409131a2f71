"""A quotation of two sentences whose speaker is named after the second: both are the
speaker's."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.quote_ahead import quote_ahead
from onrecord.check.language.claim_names import NameContext

CTX = NameContext(["Annelies de Bruijn"])
SENTENCES = [
    '"We wisten hier niets van.',
    'Niemand binnen de raad heeft ooit een signaal ontvangen," aldus De Bruijn.',
]


def test_the_speaker_named_after_the_quotation_closes() -> None:
    assert quote_ahead(SENTENCES, 0, "nl", CTX) == ("De Bruijn", "We wisten hier niets van.")
    assert quote_ahead(SENTENCES, 1, "nl", CTX) is None  # it does not open a quotation
    assert quote_ahead(['"Dat klopt.', '"Nee," zei Vos.'], 0, "nl", CTX) is None


def test_the_first_sentence_is_the_speakers_claim() -> None:
    text = (
        "Voorzitter Annelies de Bruijn van de raad van toezicht zei vrijdag dat de raad "
        '"geschokt" is. "We wisten hier niets van sinds maart. Niemand binnen de raad heeft '
        'ooit een signaal ontvangen," aldus De Bruijn.'
    )
    claims = claims_from_text(text, lang="nl", names=["Annelies de Bruijn"], worthiness=False)
    first = next(c for c in claims if "niets van" in c.text)
    assert first.claimant == "De Bruijn"
    assert not first.text.startswith('"')
