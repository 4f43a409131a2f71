""" "The board" is the body the article introduced by a description ("the ferry board", "de
gemeenteraad") when no organisation is named by that noun, not the company named last; a body
named by its organisation's kind ("the trust board") is that organisation's."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import claims_from_text


def _last(text: str, lang: str) -> tuple[str | None, str]:
    claim = claims_from_text(text, lang=lang)[-1]
    return claim.subject, claim.text


@pytest.mark.parametrize(
    ("text", "lang", "subject", "opening"),
    [
        (
            "Councillor Mair Pryce chairs the ferry board. The contract went to Tidal Works Ltd "
            "for £2 million. The board approved the contract in May.",
            "en",
            "the ferry board",
            "The ferry board approved",
        ),
        (
            "Wethouder Kees Bos legde het plan in april aan de gemeenteraad voor. Aannemer "
            "Bouwmij Noord kreeg de opdracht van 3 miljoen euro. De raad stemde in mei in met "
            "het plan.",
            "nl",
            "de gemeenteraad",
            "De gemeenteraad stemde",
        ),
        (
            "Directeur Pim Smit van zorggroep Lindehof stapte dinsdag op na een ruzie met de raad "
            "van toezicht. Aannemer Bouwmij Noord kreeg de opdracht. De raad wilde eerst een "
            "nieuw onderzoek.",
            "nl",
            "de raad van toezicht",
            "De raad van toezicht wilde",
        ),
        (
            "Zorggroep Lindehof sluit de locatie in Velp. De centrale cliëntenraad is boos. "
            "Volgens voorzitter Anja Bos is de raad pas woensdag ingelicht.",
            "nl",
            "De centrale cliëntenraad",
            "De centrale cliëntenraad is pas woensdag ingelicht",
        ),
        (
            "Ashcombe Schools Trust runs four schools. On Monday, a parent governor sent me a "
            "letter. The trust board agreed to close the pool.",
            "en",
            "Ashcombe Schools Trust",
            "Ashcombe Schools Trust agreed",
        ),
    ],
)
def test_the_board_is_the_body_introduced(text: str, lang: str, subject: str, opening: str) -> None:
    got_subject, got_text = _last(text, lang)
    assert got_subject == subject
    assert got_text.startswith(opening)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # an organisation named by the noun wins
        (
            "Fenwick County Council cut the library budget by £2 million. Tidal Works Ltd won "
            "the contract. The council approved the contract in May.",
            "Fenwick County Council",
        ),
        # "the same board" introduces no body of its own
        (
            "Bryn Hale sits on the same board as Tidal Works Ltd. The board approved the "
            "contract in May.",
            "Tidal Works Ltd",
        ),
        # the body's person stays the person
        (
            "Residents complained to the district council in March. The council's monitoring "
            "officer looked into the complaint.",
            "The council's monitoring officer",
        ),
        # a body named by its organisation's kind
        (
            "Fenbridge Rowing Trust bought two boats in May. Harlow Marine built them. The "
            "trust board approved the purchase in April.",
            "Fenbridge Rowing Trust",
        ),
    ],
)
def test_guards(text: str, subject: str) -> None:
    assert _last(text, "en")[0] == subject
