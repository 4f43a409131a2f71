"""Unnamed sources as claimants (``claims/unnamed_source``, ``subjects/unnamed_speaker``), on
sentences of dev (pellworth-wire, marsveen-stort, auralis-profile), h10 (ambleworth-cricket) and
h11 (hesselo-schimmel); and the phrases and sentences they must leave alone."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.unnamed_source import counted_source, lets_know_end
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.unnamed_speaker import continues_unnamed, introduced_unnamed


def _frame(s: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(s, lang, NameContext([s], [], []), reported=True)


def test_counted_source_keeps_what_qualifies_it() -> None:
    assert counted_source("three members", "en") == "three members"
    assert counted_source("two people familiar with the matter", "en") == (
        "two people familiar with the matter"
    )
    assert counted_source("twee oud-chauffeurs van het bedrijf", "nl") == (
        "twee oud-chauffeurs van het bedrijf"
    )


def test_counted_source_is_no_name_amount_or_clause() -> None:
    assert counted_source("Two Rivers Trust", "en") is None  # a name
    assert counted_source("about 300 people", "en") is None  # an amount
    assert counted_source("two of them had left", "en") is None  # a clause
    assert counted_source("three years after the fire", "en") is None
    assert counted_source("Skelding", "en") is None


def test_counted_source_at_the_end_frames_the_sentence() -> None:
    who, rest = _frame(
        "The club did not tell members about the agreement until a special general meeting "
        "in November, three members said.",
        "en",
    )
    assert who == "three members"
    assert rest.endswith("until a special general meeting in November.")
    who, rest = _frame(
        "Directeur Harm Wolters wist daarvan, aldus twee oud-chauffeurs van het bedrijf.", "nl"
    )
    assert (
        who == "twee oud-chauffeurs van het bedrijf"
        and rest == "Directeur Harm Wolters wist daarvan."
    )
    who, rest = _frame("Brandauer was the best man at her wedding, a friend of both recalls.", "en")
    assert who == "a friend of both" and rest == "Brandauer was the best man at her wedding."


def test_a_count_that_is_no_source_does_not_frame() -> None:
    s = "The plant closed in 2019, two years after it had opened."
    assert _frame(s, "en") == (None, s)


def test_zo_liet_weten_at_the_end_frames() -> None:
    s = (
        "Wethouder Femke Roos van de gemeente Marsveen wist al in 2023 van de klachten van "
        "omwonenden, zo liet een woordvoerder van de provincie weten."
    )
    who, rest = _frame(s, "nl")
    assert who == "een woordvoerder van de provincie"
    assert rest.endswith("van de klachten van omwonenden.")
    assert lets_know_end("De brug gaat dicht, zo liet de gemeente dinsdag weten.") == (
        "de gemeente",
        "De brug gaat dicht.",
    )
    # told to the writer: still the told_writer frame's
    who, rest = _frame("Het bad sluit in juni, zo liet de wethouder ons desgevraagd weten.", "nl")
    assert who == "de wethouder" and rest == "Het bad sluit in juni."
    assert lets_know_end("Zo liet de gemeente weten dat de brug dichtgaat.") is None


def test_counted_source_stays_as_written_and_they_continue_it() -> None:
    text = (
        "The company's chief operating officer, Jonas Ekberg, ordered new pumps for the shaft "
        "last year, two people familiar with the matter said. Ekberg cancelled the order in "
        "January, they said."
    )
    got = [c.claimant for c in claims_from_text(text, lang="en")]
    assert got == ["two people familiar with the matter"] * 2
    text = (
        "Afvalbedrijf Reinbo stortte jarenlang 's nachts. Directeur Harm Wolters wist daarvan, "
        "aldus twee oud-chauffeurs van het bedrijf. Harm Wolters gaf volgens hen zelf opdracht "
        "om 's nachts te storten."
    )
    got = [c.claimant for c in claims_from_text(text, lang="nl")][1:]
    assert got == ["twee oud-chauffeurs van het bedrijf"] * 2


HESSELO = (
    "Dat rapport is nooit met de huurders gedeeld, zegt voorzitter Kemal Durmaz van De Plataan. "
    "„We hoorden er pas vorig najaar van, via een klokkenluider,” zegt hij. Volgens de "
    "klokkenluider, een oud-medewerker van de afdeling onderhoud, besloot de directie van "
    "Woonkring in 2023 om de renovatie van de flats twee jaar uit te stellen. Het vrijgekomen "
    "geld ging volgens hem naar nieuwbouw in de wijk Esdonk."
)


def test_a_source_brought_in_unnamed_is_not_the_speaker_before() -> None:
    got = [c.claimant for c in claims_from_text(HESSELO, lang="nl")]
    assert got[-2:] == ["de klokkenluider", "de klokkenluider"]
    assert "Durmaz" in (got[0] or "")


def test_introduced_unnamed_only_for_a_person_brought_in_without_a_name() -> None:
    before = "„We hoorden er pas vorig najaar van, via een klokkenluider,” zegt hij."
    assert introduced_unnamed("de klokkenluider", before)
    assert introduced_unnamed("the whistleblower", "A whistleblower came forward in May.")
    # named when brought in: the resolver's
    assert not introduced_unnamed("de klokkenluider", "via een klokkenluider, Jan Smit, die")
    # never brought in indefinitely
    assert not introduced_unnamed("de klokkenluider", "Durmaz sprak met de huurders.")
    # a thing, not a person ("Auralis' report ... the company")
    assert not introduced_unnamed("the company", "Voss joined a company in Munich.")
    assert continues_unnamed("hem", "de klokkenluider", before)
    assert not continues_unnamed("hem", "Kemal Durmaz", before)
