"""claim_matter.on_matter: a statement speaks of the claim's matter, not only of its topic."""

from __future__ import annotations

import pytest

from onrecord.check.verdicts.claim_matter import on_matter


@pytest.mark.parametrize(
    ("statement", "claim", "lang_s", "lang_c"),
    [
        # one company, two payments: only the name, the money words and the figures' kind shared
        (
            "Redstone investeert de komende drie jaar 5 miljoen euro in onze digitale producten.",
            "Redstone betaalde bij de overname in 2018 meer dan 20 miljoen euro voor Lindeveld "
            "Media.",
            "nl",
            "nl",
        ),
        (
            "Het drukken en bezorgen van de krant kost ons 3,2 miljoen euro per jaar.",
            "Redstone betaalde bij de overname in 2018 meer dan 20 miljoen euro voor Lindeveld "
            "Media.",
            "nl",
            "nl",
        ),
        # one person, two acts, across languages
        (
            "Oppositieraadslid Ilse Bakker van Stadsbelang overweegt een motie van wantrouwen.",
            "Ilse Bakker voted against the Vaartbrug budget in 2016.",
            "nl",
            "en",
        ),
        (
            "Ten derde vervallen buitenlandse tournees tot en met 2022.",
            "Kamphuis's plan saved 1.2 million euros a year from 2020.",
            "nl",
            "en",
        ),
        # one year shared is no matter shared
        (
            "Moderation cost us 2.4 million euros in 2019.",
            "Northgate Ventures investeerde in 2019 tien miljoen euro in Murmel.",
            "en",
            "nl",
        ),
    ],
)
def test_a_sentence_of_the_topic_is_not_of_the_claims_matter(
    statement: str, claim: str, lang_s: str, lang_c: str
) -> None:
    assert not on_matter(statement, claim, lang_s, lang_c)


@pytest.mark.parametrize(
    ("statement", "claim", "lang_s", "lang_c"),
    [
        # a word in common
        (
            "Melkvaart's member council approved the merger in December 2019 by 52 votes to 41.",
            "Jan Wiersma voted against the merger in December 2019.",
            "en",
            "en",
        ),
        # a capital at the sentence's start makes no name
        (
            "Reflagging is still off the table: Kroonvaart is a Dutch-flag company.",
            "In May 2019 Ashdown told investors that reflagging part of the fleet was now an "
            "option.",
            "en",
            "en",
        ),
        # a word of one origin inside a compound with a name
        (
            "Ik wil dat we de uitzending van de Westduin-documentaire uitstellen tot na de zomer.",
            "Roodenburg never asked for the Westduin documentary to be postponed.",
            "nl",
            "en",
        ),
        # a figure in common (not a year)
        (
            "Het budget van 48 miljoen euro wordt niet overschreden.",
            "Oosterhout hoorde pas in mei 2022 dat de Vaartbrug meer dan 48 miljoen euro zou "
            "kosten.",
            "nl",
            "nl",
        ),
        # a word and its translation; a synonym in one language
        (
            "Groei betekent banen, en Brakelveen heeft banen nodig.",
            "In 2016 alderman Kamphuis was against any growth of the airport.",
            "nl",
            "en",
        ),
        (
            "Zolang ik CEO ben, beslist geen machine wat er op Murmel verwijderd wordt.",
            "Hofstede was in 2019 al voorstander van een filter dat zelf bepaalt welke berichten "
            "van Murmel verdwijnen.",
            "nl",
            "nl",
        ),
        # one act of money, however short its word or whatever its form
        (
            "Datamark will pay Nordwind 1.2 million euros a year for three years.",
            "Datamark betaalt Nordwind volgens het contract twee miljoen euro per jaar.",
            "en",
            "nl",
        ),
        (
            "De verbouwing heeft 1,4 miljoen euro gekost, iets minder dan begroot.",
            "The four new delivery rooms ended up costing 1.8 million euros.",
            "nl",
            "en",
        ),
        (
            "Henk and I propose to buy your shares for €1.1 million.",
            "Verschoor verwachtte dat haar medeoprichter zich tegen een verkoop zou verzetten.",
            "en",
            "nl",
        ),
        # a concept across languages
        (
            "This week we dismissed eleven of our own people.",
            "Tijdens corona is bij De Kruin niemand ontslagen.",
            "en",
            "nl",
        ),
    ],
)
def test_a_sentence_of_the_claims_matter(
    statement: str, claim: str, lang_s: str, lang_c: str
) -> None:
    assert on_matter(statement, claim, lang_s, lang_c)
