"""Whom a sentence is about when its subject names no one: "hij" after the author's "ik", "de
raad" after "de gemeenteraad van X", a count of an organisation's people."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.subjects.author_voice import speaks_as_i

OPINIE = """---
author: Marit Hogenboom
lang: nl
---
*Marit Hogenboom is huisarts in Westerlage en lid van de huisartsenkring Lagewold.*

De huisartsenpost in Westerlage gaat 's nachts dicht, heeft Zorggroep Lagewold besloten.
Ik ben al zeventien jaar huisarts in Westerlage.
Onze eigen registratie telde in 2024 gemiddeld 4,3 patiënten per nacht.
Ik heb die cijfers op 14 januari naar bestuurder Casper Vlieghuis gestuurd.
Hij heeft nooit gereageerd.
Het aantal huisartsen in de regio daalde van 31 naar 24.
"""

VERSLAG = """---
author: Marlies Oudejans
lang: nl
---
ELZENDONK - De gemeenteraad van Elzendonk heeft donderdag ingestemd met de verkoop van grond.
Windcoöperatie Kraaienhorst betaalt 1,4 miljoen euro voor de grond.
Fractievoorzitter Thijs Arendsen stemde tegen.
Het geluidsrapport lag al sinds februari op het gemeentehuis.
De raad kreeg het pas op 9 mei, zes dagen voor de stemming.
Wethouder Jolanda Spekschoor noemde het besluit een kantelpunt.
"""


def test_the_author_who_says_ik_is_no_hij() -> None:
    got = {c.original: c for c in claims_from_text(OPINIE)}
    assert got["Hij heeft nooit gereageerd."].subject == "Casper Vlieghuis"


def test_speaks_as_i_outside_quotes() -> None:
    assert speaks_as_i(["Ik heb die cijfers gestuurd."])
    assert not speaks_as_i(['"Ik heb niets gezien," zegt Smit.', "The Claimant was dismissed."])


def test_the_council_is_the_one_named_with_van() -> None:
    got = {c.original: c for c in claims_from_text(VERSLAG)}
    assert got["De raad kreeg het pas op 9 mei, zes dagen voor de stemming."].subject == (
        "Elzendonk"
    )


def test_a_count_is_about_the_organisation_in_focus() -> None:
    text = VERSLAG + "Het aantal leden steeg van 400 naar 1.100.\n"
    got = {c.original: c for c in claims_from_text(text)}
    count = got["Het aantal leden steeg van 400 naar 1.100."]
    assert count.subject == "Windcoöperatie Kraaienhorst"


POST = """---
author: Ingeborg Slotboom
lang: nl
---
Sinds 1998 kunnen inwoners van Brugwaard terecht op de huisartsenpost aan de Dijkstraat.
Per 1 april wil zorgverzekeraar Zorgkring die post sluiten.
Ik vind dat onverantwoord.
Zorgkring stelt dat de post te weinig wordt gebruikt.
Dat klopt niet.
Onze registratie telde veertien patiënten per avond.
"""


def test_the_noun_after_a_demonstrative_is_no_kind_of_the_name_before() -> None:
    claims = claims_from_text(POST)
    used = next(c for c in claims if "te weinig" in c.text)
    assert used.subject != "Zorgkring" and used.text.startswith("De post")


def test_a_kind_opening_a_name_makes_it_an_organisation() -> None:
    from onrecord.check.language.claim_names import NameContext

    ctx = NameContext(["Stapelkamp leidde Theater De Kolk in Vennestein."])
    assert ctx.classify("Theater De Kolk") == "org"
    assert ctx.classify("Rogier Stapelkamp") == "person"
