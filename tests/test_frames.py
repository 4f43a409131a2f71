"""What the judge reads: speech frames off claims, the first person of mail as its writer."""

from __future__ import annotations

import pytest

from onrecord.check.verdicts.first_person import align_first_person
from onrecord.check.verdicts.frames import strip_frame


@pytest.mark.parametrize(
    ("claim", "content", "frame", "negated"),
    [
        (
            "Marcus Vale always insisted that Lumen share its science.",
            "Lumen should share its science.",
            "insisted",
            False,
        ),
        (
            "Vale never agreed that any of the science could be kept secret.",
            "Any of the science could be kept secret.",
            "agreed",
            True,
        ),
        (
            "Vale said the nonprofit could raise billions without a commercial partner.",
            "The nonprofit could raise billions without a commercial partner.",
            "said",
            False,
        ),
        ("Okafor denied that the lab was for sale.", "The lab was for sale.", "denied", True),
        (
            "In March 2018 Brandt told the team that Nordwind would never sell its data.",
            "Nordwind would never sell its data.",
            "told",
            False,
        ),
        (
            "Vale pledged to cover any funding shortfall.",
            "Vale will cover any funding shortfall.",
            "pledged",
            False,
        ),
        (
            "Vale promised the board to keep the lab open.",
            "Vale will keep the lab open.",
            "promised",
            False,
        ),
        (
            "Vale told Okafor that he would fund the compute.",
            "Vale would fund the compute.",
            "told",
            False,
        ),
        (
            "Vale zei dat Lumen zijn onderzoek moest delen.",
            "Lumen zijn onderzoek moest delen.",
            "zei",
            False,
        ),
        ("De Wit ontkende dat het zwembad dichtging.", "Het zwembad dichtging.", "ontkende", True),
        # an addressee, a particle, a surname with a lowercase particle, "according to"
        (
            "De Groot meldde Okafor dat Vale de financiering had toegezegd.",
            "Vale de financiering had toegezegd.",
            "meldde",
            False,
        ),
        (
            "Okafor schreef aan Vale dat de code geheim mocht blijven.",
            "De code geheim mocht blijven.",
            "schreef",
            False,
        ),
        (
            "Brandt wees de raad erop dat de begroting te laat was.",
            "De begroting te laat was.",
            "wees",
            False,
        ),
        (
            "Daan de Groot told Vale he would inform the team.",
            "Daan de Groot would inform the team.",
            "told",
            False,
        ),
        (
            "Perry Greenfield pointed out that numarray breaks compatibility.",
            "Numarray breaks compatibility.",
            "pointed out",
            False,
        ),
        (
            "Volgens Greenfield was de nieuwe versie nog niet rijp.",
            "De nieuwe versie was nog niet rijp.",
            "according to",
            False,
        ),
        (
            "According to Vale, the merger was off.",
            "The merger was off.",
            "according to",
            False,
        ),
        # whoever was told runs up to the first "that", a date and a longer noun phrase included
        (
            "Oosterhout told the council in 2016 that the new bridge would open in 2021.",
            "The new bridge would open in 2021.",
            "told",
            False,
        ),
        (
            "In March 2021 Brouwer told the chair of the editorial council that nothing had been "
            "decided yet.",
            "Nothing had been decided yet.",
            "told",
            False,
        ),
        (
            "Sluiter warned the executive board as early as 2018 that the campus could not be kept.",
            "The campus could not be kept.",
            "warned",
            False,
        ),
        # promised with no one named: the frame comes off as with "promised the members"
        (
            "Anna Peters never promised that the library would stay open.",
            "The library would stay open.",
            "promised",
            True,
        ),
        (
            "In 2019 Peters assured that the library would not be sold.",
            "The library would not be sold.",
            "assured",
            False,
        ),
        # Dutch verb-second after "Volgens X": the subject goes first, a date stays in front
        (
            "Volgens Ashworth telde Lindewolde in november 2017 1.150 studenten.",
            "Lindewolde telde in november 2017 1.150 studenten.",
            "according to",
            False,
        ),
        (
            "Volgens Okafor had in januari 2019 geen enkele patiënt een ernstige bijwerking.",
            "In januari 2019 had geen enkele patiënt een ernstige bijwerking.",
            "according to",
            False,
        ),
        # a date, an addressee or an adverb between the verb and "that"/"dat", in any order
        (
            "Ruth Alders reported in May 2021 that ticket sales had fallen by a third.",
            "Ticket sales had fallen by a third.",
            "reported",
            False,
        ),
        (
            "In 2020 Alders admitted to a member that the pledge had been too firm.",
            "The pledge had been too firm.",
            "admitted",
            False,
        ),
        (
            "Kees Alders estimated that the repairs would cost 4 million euros.",
            "The repairs would cost 4 million euros.",
            "estimated",
            False,
        ),
        (
            "Alders bevestigde in mei 2020 tegenover wethouder Smit dat de fusie werd besproken.",
            "De fusie werd besproken.",
            "bevestigde",
            False,
        ),
        (
            "Smit schreef het bestuur in maart 2021 dat ze de verkoop steunde.",
            "Smit de verkoop steunde.",
            "schreef",
            False,
        ),
        (
            "Smit rekende in 2019 voor dat de nieuwe lijn 2 miljoen euro per jaar zou kosten.",
            "De nieuwe lijn 2 miljoen euro per jaar zou kosten.",
            "rekende",
            False,
        ),
        (
            "Smit hield tot haar vertrek vol dat er niemand ontslagen zou worden.",
            "Er niemand ontslagen zou worden.",
            "hield",
            False,
        ),
        # Dutch verb-second after a fronted phrase: the subject follows the verb
        (
            "In april 2018 beloofde Smit de leden dat de huur niet zou stijgen en dat de hal "
            "open bleef.",
            "De huur niet zou stijgen en de hal open bleef.",
            "beloofde",
            False,
        ),
        (
            "Na de fusie van 2019 schreef Van der Berg aan de raad dat het plan was mislukt.",
            "Het plan was mislukt.",
            "schreef",
            False,
        ),
        # a surname that starts with "De" names the speaker a pronoun refers back to
        (
            "De Wit zei in 2019 dat hij de fabriek wilde sluiten.",
            "De Wit de fabriek wilde sluiten.",
            "zei",
            False,
        ),
        # a verb that says something only with its particle
        (
            "Smit deelde de raad mee dat hij de brief niet had gelezen.",
            "Smit de brief niet had gelezen.",
            "deelde",
            False,
        ),
        (
            "Ruth Alders alleged that the landlord ignored the damp reports.",
            "The landlord ignored the damp reports.",
            "alleged",
            False,
        ),
        # the Dutch perfect, negated: "heeft (de leden) nooit beloofd dat S"
        (
            "Smit heeft de leden van de club nooit beloofd dat het stadion bleef.",
            "Het stadion bleef.",
            "beloofd",
            True,
        ),
    ],
)
def test_frames_come_off(claim: str, content: str, frame: str, negated: bool) -> None:
    f = strip_frame(claim)
    assert (f.content, f.frame, f.negated) == (content, frame, negated)


@pytest.mark.parametrize(
    "claim",
    [
        "Vale never proposed a merger between Lumen and Vale Motors.",  # a nominal object
        "Vale wilde de volledige controle over Lumen.",
        "Vale stemde in 2016 in met het voorstel om de wetenschap niet te delen.",
        "Lumen abandoned that promise in 2016.",
        "Vale said no.",  # too short to be a clause
        # a directive or a gerund has no clause to judge: read whole, not cut into a fragment
        "In February 2020 Hoogeveen told Lotte van Rijn to stop quoting the 90 percent figure.",
        "Okafor wrote to Brouwer in April 2021 asking for the cases to be included.",
        "Ellen Hoogeveen committed to keeping the well programme in Malawi going.",
        # an object after a bare "wrote", not a clause (the adjective in -ed is no verb)
        "Brandt wrote the revised evacuation plan himself.",
        # "that" after a noun is a relative pronoun, not a frame's clause; knowing is no saying
        "Alders confirmed the figures that the auditor had sent in March.",
        "Smit wist al in 2020 dat de back-ups niet werkten.",
        "Toen Smit in 2020 zei dat er geen gesprekken waren, liep de verkoop al.",
        "Smit hield er in 2022 rekening mee dat de bouw pas in september klaar zou zijn.",
        "Volgens het voorstel van september 2019 wilde Brennan elk manuscript inzien.",
    ],
)
def test_claims_without_a_clause_frame_are_read_whole(claim: str) -> None:
    f = strip_frame(claim)
    assert f.frame is None and f.content == claim and not f.negated


@pytest.mark.parametrize(
    ("text", "lang", "aligned"),
    [
        (
            "I will cover whatever anyone else does not provide.",
            "en",
            "Vale will cover whatever anyone else does not provide.",
        ),
        (
            "I think we should merge, and I'm sure my board agrees with me.",
            "en",
            "Vale thinks we should merge, and Vale is sure Vale's board agrees with Vale.",
        ),
        (
            "I've said so before; I don't want a merger.",
            "en",
            "Vale has said so before; Vale doesn't want a merger.",
        ),
        ("Ik vind dat we alles moeten delen.", "nl", "Vale vindt dat we alles moeten delen."),
        ("Dat vind ik lastig.", "nl", "Dat vindt Vale lastig."),
        ("Mijn voorstel: ik betaal de rest.", "nl", "Vales voorstel: Vale betaalt de rest."),
        ("We keep the code closed.", "en", "We keep the code closed."),
        ("Is this the iPhone I ordered?", "en", "Is this the iPhone Vale ordered?"),
        # the verb after an adverb, any Dutch stem where the verb stands, a clause-final verb,
        # a reflexive "me", and words that are no verb left alone
        ("I also propose that we stop.", "en", "Vale also proposes that we stop."),
        ("Ik adviseer variant B.", "nl", "Vale adviseert variant B."),
        ("Zoals gevraagd stuur ik de cijfers.", "nl", "Zoals gevraagd stuurt Vale de cijfers."),
        (
            "Zolang ik voorzitter ben, blijft de club van de leden.",
            "nl",
            "Zolang Vale voorzitter is, blijft de club van de leden.",
        ),
        ("Ik sluit me aan bij Tom.", "nl", "Vale sluit zich aan bij Tom."),
        ("Omdat ik dat wil, doen we het.", "nl", "Omdat Vale dat wil, doen we het."),
        ("Ik ook niet.", "nl", "Vale ook niet."),
    ],
)
def test_first_person_becomes_the_writer(text: str, lang: str, aligned: str) -> None:
    assert align_first_person(text, "Vale", lang) == aligned


def test_the_dutch_possessive_of_a_name() -> None:
    # an apostrophe after a long vowel, only "'" after a sibilant, none otherwise
    for name, possessive in [
        ("Hoekstra", "Hoekstra's"),
        ("Bosma", "Bosma's"),
        ("Kees", "Kees'"),
        ("Jansen", "Jansens"),
    ]:
        assert align_first_person("Mijn woord geldt.", name, "nl") == f"{possessive} woord geldt."


def test_let_me_is_an_idiom_not_the_writer_as_object() -> None:
    kept = "Let me be clear that the plan costs money."
    assert align_first_person(kept, "Whitfield", "en") == kept
    assert align_first_person("Call me tomorrow.", "Whitfield", "en") == "Call Whitfield tomorrow."


def test_a_bare_noun_phrase_after_volgens_goes_before_its_verb() -> None:
    framed = strip_frame(
        "Volgens Oliver Prentice was private equity in mei gegroeid tot 14 procent."
    )
    assert framed.content == "Private equity was in mei gegroeid tot 14 procent."


@pytest.mark.parametrize(
    ("claim", "content"),
    [
        # the noun ends the phrase: a particle and a subordinate clause stay after the verb
        (
            "Volgens Sinclair liep de kelder onder doordat de conciërge de pomp had uitgezet.",
            "De kelder liep onder doordat de conciërge de pomp had uitgezet.",
        ),
        # "van" and a second noun phrase belong to the subject
        (
            "Volgens Brightwell kan de helft van de oudere leden niet meer mee.",
            "De helft van de oudere leden kan niet meer mee.",
        ),
        (
            "Volgens Jansen was de nieuwe versie nog niet rijp.",
            "De nieuwe versie was nog niet rijp.",
        ),
    ],
)
def test_a_dutch_noun_phrase_after_volgens_ends_at_its_noun(claim: str, content: str) -> None:
    framed = strip_frame(claim)
    assert framed.frame == "according to" and framed.content == content
