"""Names typed as an organisation's by the evidence the article gives (read sentences of h9-h13
and dev), and names that must keep a person's type."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.org_names import author_org, kind_apposition, org_by_words


def _kinds(texts: list[str], names: tuple[str, ...] = ()) -> dict[str, str]:
    ctx = NameContext(texts, list(names))
    return {" ".join(m.text.split()): m.kind for t in texts for m in ctx.mentions(t)}


def test_a_name_ending_in_its_kind_is_an_organisations() -> None:
    got = _kinds(
        [
            "Planning permission lapsed after the club failed to pay a £600,000 deposit to the "
            "builder, Corrant Construction.",
            "Its main sponsor, Braemore Ales, pulled out.",
            "Harwood Athletic FC have not forgotten that.",
            "Saltreach Hospice wrote to every family with a relative on the ward on 14 April.",
        ]
    )
    assert got["Corrant Construction"] == "org"
    assert got["Braemore Ales"] == "org"
    assert got["Harwood Athletic FC"] == "org"
    assert got["Saltreach Hospice"] == "org"


def test_dutch_kind_first_or_compound_last() -> None:
    assert org_by_words("Festival Lichtval")
    assert org_by_words("Bakkerij Van Oostveen")
    assert org_by_words("Nationaal Energiefonds")
    assert org_by_words("Sluisveense Courant")
    got = _kinds(["Het Nationaal Energiefonds keerde de subsidie uit aan WarmDak."])
    assert got["Nationaal Energiefonds"] == "org"


def test_persons_keep_their_type() -> None:
    # a first name opens it, or nothing in it is a kind: a person's, as before
    assert not org_by_words("Grace Hospice")
    assert not org_by_words("Gideon Farrant")
    assert not org_by_words("Tamsin Rourke")
    assert not org_by_words("Frank van Oostveen")
    got = _kinds(
        [
            "Gideon Farrant likes to tell visitors that he first stood on the terraces at six.",
            "Directeur Frank van Oostveen laat weten dat het bedrijf in hoger beroep gaat.",
            "De voorzitter van de club, Wouter Brandsen, zei dat de baan dicht gaat.",
        ]
    )
    assert got["Gideon Farrant"] == "person"
    assert got["Frank van Oostveen"] == "person"
    assert got["Wouter Brandsen"] == "person"


def test_a_kind_in_apposition_types_the_name_after_it() -> None:
    assert kind_apposition("I wrote to our insurer, ")
    assert kind_apposition("Veldlijn heeft alle 430 chauffeurs van de huidige vervoerder, ")
    assert kind_apposition("the club failed to pay a deposit to the builder, ")
    # the chairman of the club is the name, not the club
    assert not kind_apposition("De voorzitter van de club, ")
    assert not kind_apposition("She spoke to her lawyer, ")
    got = _kinds(
        [
            "Veldlijn heeft alle 430 chauffeurs van de huidige vervoerder, Noordpijl, een baan "
            "aangeboden.",
            "Met de ondernemingsraad van Noordpijl is op 9 mei een overgangsregeling afgesproken.",
        ]
    )
    assert got["Noordpijl"] == "org"


def test_a_known_person_inside_an_organisations_name_does_not_split_it() -> None:
    # the record knows a Gethin Morrow and a Frank van Oostveen
    got = _kinds(
        [
            "Morrow Mutual told us this week that it has no record of that letter.",
            "Gedaagde, het familiebedrijf Bakkerij Van Oostveen, heeft vier winkels.",
        ],
        names=("Gethin Morrow", "Frank van Oostveen"),
    )
    assert got["Morrow Mutual"] == "org"
    assert got["Bakkerij Van Oostveen"] == "org"
    plain = _kinds(["Gethin Morrow said no."], names=("Gethin Morrow",))
    assert plain["Gethin Morrow"] == "person"


def test_an_author_line_that_names_an_organisation() -> None:
    is_org = NameContext().classify

    assert author_org("Veldlijn B.V.", is_org) == "Veldlijn B.V."
    assert author_org("Tidewell Energy press office", is_org) == "Tidewell Energy"
    assert author_org("Zuivelcoöperatie Noorderweide", is_org) == "Zuivelcoöperatie Noorderweide"
    # a newsroom's or a person's author line stays as it was
    assert author_org("Redactie Omroep Haverbroek", is_org) is None
    assert author_org("Valley Radio", is_org) is None
    assert author_org("Wirenews staff", is_org) is None
    assert author_org("Oliver Brandreth, counsel for the Claimant", is_org) is None
    assert author_org("Marlies Oudejans", is_org) is None


def test_press_release_author_is_no_person() -> None:
    text = (
        "---\nauthor: Veldlijn B.V.\nlang: nl\n---\n"
        "Veldlijn heeft de concessie voor het busvervoer in de Eemgaarden gewonnen. Veldlijn "
        "investeert daarvoor 47 miljoen euro in 112 nieuwe bussen."
    )
    claims = claims_from_text(text, lang="nl")
    assert claims and all(c.subject == "Veldlijn" for c in claims)


def test_a_trade_papers_article_is_not_about_the_paper() -> None:
    """A paper's or a trade magazine's name is an organisation's ("Loaf & Ladle Weekly"), but
    its articles report others' affairs: "The bakery" is not the paper."""
    text = (
        "---\nauthor: Loaf & Ladle Weekly\nlang: en\n---\n"
        "The bakery closed two of its five shops in the spring. "
        "The shops were sold to a chain of cafés."
    )
    claims = claims_from_text(text, lang="en")
    assert [c.subject for c in claims] == ["The bakery", "The shops"]
    is_org = NameContext().classify
    assert author_org("Loaf & Ladle Weekly", is_org) is None
    assert author_org("Vakblad Bakkerswereld", is_org) is None


def test_dutch_zij_after_an_organisation_is_the_organisation() -> None:
    text = (
        "Zuivelcoöperatie Noorderweide ontstond in 1971 uit een fusie van vier zuivelfabrieken. "
        "De coöperatie telt 1.180 leden-melkveehouders in het noorden van het land. Daarnaast "
        "verwerkt zij melk van 35 biologische bedrijven onder het merk Klaverzoom."
    )
    got = {c.text: c.subject for c in claims_from_text(text, lang="nl")}
    last = next(t for t in got if "biologische" in t)
    assert got[last] == "Zuivelcoöperatie Noorderweide"


def test_dutch_zij_of_a_person_or_framer_stays_hers() -> None:
    text = (
        "Burgemeester Hendrikje Wassink noemt het besluit van Stichting Lichtval begrijpelijk. "
        "Zij heeft toegezegd dat de gemeente het bedrag voor 2026 gereserveerd houdt."
    )
    got = [c.subject for c in claims_from_text(text, lang="nl") if "toegezegd" in c.original]
    assert got == ["Hendrikje Wassink"]
    text = (
        "Eiseres, Dewi Rijkaart (52), werkte sinds 2009 in de winkel van gedaagde. Gedaagde, het "
        "familiebedrijf Bakkerij Van Oostveen, heeft vier winkels en 38 werknemers. Volgens "
        "gedaagde blijkt dat uit camerabeelden van 9 en 11 oktober. Eiseres stelt dat zij het "
        "brood mocht meenemen, omdat het aan het eind van de dag anders werd weggegooid."
    )
    got = [c.subject for c in claims_from_text(text, lang="nl") if "brood" in c.original]
    assert got == ["Dewi Rijkaart"]


def test_the_clubs_affairs_are_not_the_leagues() -> None:
    # h11: once "Marches League" is an organisation, the league fined the club just before
    text = (
        "Penmoor Rovers have played at Quarry End since 1921. Last month the Marches League "
        "fined Penmoor £12,000 for paying wages late. The club's 2024 accounts show a loss of "
        "£410,000."
    )
    got = [c.subject for c in claims_from_text(text, lang="en") if "accounts" in c.text]
    assert got == ["Penmoor Rovers"]


def test_a_firm_of_partners_keeps_its_name_when_the_record_knows_a_partner() -> None:
    """ "Garrow & Daughters" is the firm, though the record knows a Moira Garrow: her surname
    inside the firm's name is no mention of her."""
    s = "The family brewery Garrow & Daughters has sold its Leith site to Caskline Drinks."
    ctx = NameContext([s], ["Moira Garrow"])
    assert next((m.text, m.kind) for m in ctx.mentions(s)) == ("Garrow & Daughters", "org")
    claims = claims_from_text(s + " The deal closed in May.", lang="en", names=["Moira Garrow"])
    assert claims[0].subject == "Garrow & Daughters"


def test_a_name_with_of_after_its_head_noun_is_one_organisation() -> None:
    """ "of" joins a name whose head noun comes right before it, wherever the name starts: "the
    Dunmore Chamber of Commerce", "the Port of Hull Authority" are one organisation each."""
    s = "Ms Lyle chairs the Dunmore Chamber of Commerce and sits on the Port of Hull Authority."
    got = [(m.text, m.kind) for m in NameContext([s]).mentions(s)]
    assert ("Dunmore Chamber of Commerce", "org") in got
    assert ("Port of Hull Authority", "org") in got
    # a person's name stays a person's: no head noun before "of"
    t = "Anna Wren of Leeds wrote to the board."
    assert ("Anna Wren", "person") in [(m.text, m.kind) for m in NameContext([t]).mentions(t)]


def test_a_press_offices_we_is_its_organisation() -> None:
    """A release signed by "Brantwood Water press office": its "we" and "the company" are
    Brantwood Water, not the desk that wrote it."""
    text = (
        "---\nauthor: Brantwood Water press office\nlang: en\n---\n"
        "Brantwood Water today confirmed a leak at its Hollin reservoir. "
        "We informed the regulator on 9 January. "
        "The company's engineers repaired the main within six hours."
    )
    claims = claims_from_text(text, lang="en")
    assert [c.subject for c in claims[1:]] == ["Brantwood Water", "Brantwood Water"]
    assert "press office" not in claims[1].text
