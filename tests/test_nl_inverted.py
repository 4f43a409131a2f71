"""The Dutch subject behind a fronted adjunct when it has no article and no name, on sentences
of the read documents (h11 oosterdal, h13 veldlijn, dev marsveen and datalux), and sentences
whose subject must stay as it was."""

from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.nl_inverted import bare_subject_end, date_pp_end, plural_noun
from onrecord.check.subjects.behind_front import bare_plural_subject, behind_front
from onrecord.check.subjects.subject_np import subject_phrase

SENTENCES = [
    # h11-oosterdal-opinie: a fronted adverb, the verb, a bare plural
    "Sindsdien moeten patiënten na vijf uur 's middags naar de huisartsenpost in Marnewoude, "
    "38 kilometer verderop.",
    # dev marsveen-stort: "Volgens X", the verb, a bare plural
    "Volgens de Marsveense dorpsraad hebben omwonenden sinds 2022 zeker veertig klachten "
    "ingediend.",
    # dev datalux-klacht: a fronted date, the verb, a possessive phrase
    "Op 2 november 2024 werd mijn contract niet verlengd.",
    # h13-veldlijn-persbericht: a date between the verb and the subject
    "Met de ondernemingsraad van Noordpijl is op 9 mei een overgangsregeling afgesproken.",
    # must keep their subject: a fronted name that is the subject, a name after the verb,
    # a subject-first sentence with a bare plural object, no subject after the verb
    "De Groot schreef op 3 maart een brief aan de wethouder.",
    "Sinds 5 januari rijdt Kempenlijn elf buslijnen minder in de Peelrand.",
    "Dat bedrag staat nergens in de stukken die de zorggroep aan de gemeenteraad heeft gestuurd.",
    "Op die brief is volgens de wethouder nooit gereageerd.",
    "In september hebben wij de provincie gemeld dat het krap werd.",
]
CTX = NameContext(
    [*SENTENCES, "Daan de Groot is directeur.", "Busbedrijf Kempenlijn rijdt in Peelland."], []
)


def test_bare_plural_after_the_verb() -> None:
    assert subject_phrase(SENTENCES[0], CTX, "nl") == "patiënten"
    assert subject_phrase(SENTENCES[1], CTX, "nl") == "omwonenden"


def test_possessive_after_the_verb() -> None:
    assert subject_phrase(SENTENCES[2], CTX, "nl") == "mijn contract"


def test_subject_behind_a_date_after_the_verb() -> None:
    assert subject_phrase(SENTENCES[3], CTX, "nl") == "een overgangsregeling"
    assert date_pp_end("op 9 mei een", 0) == len("op 9 mei ")
    assert date_pp_end("op de post", 0) == 0


def test_subjects_that_stay() -> None:
    assert subject_phrase(SENTENCES[4], CTX, "nl") == "De Groot"
    assert subject_phrase(SENTENCES[5], CTX, "nl") == "Kempenlijn"
    assert subject_phrase(SENTENCES[6], CTX, "nl") != "nergens"
    assert subject_phrase(SENTENCES[7], CTX, "nl") is None  # no subject of its own
    assert subject_phrase(SENTENCES[8], CTX, "nl") == "wij"


def test_plural_nouns_not_participles() -> None:
    assert plural_noun("patiënten") and plural_noun("omwonenden") and plural_noun("bewoners")
    assert not plural_noun("besloten") and not plural_noun("gebleken")
    assert not plural_noun("nergens") and not plural_noun("anders")
    toks = [("werd", 0, 4), ("besloten", 5, 13), ("om", 14, 16)]
    assert bare_subject_end(toks, 1) is None  # "Toen werd besloten om ...": no subject


def test_names_in_the_fronted_phrase_left_out() -> None:
    # the clause has its own subject: "Noordpijl" in the fronted phrase is no fallback
    own = behind_front(SENTENCES[3], "een overgangsregeling", CTX)
    assert "Noordpijl" not in own and own.endswith("een overgangsregeling afgesproken.")
    # a subject at the start, or a front without a name, leaves the clause as it is
    assert behind_front(SENTENCES[4], "De Groot", CTX) == SENTENCES[4]
    assert behind_front(SENTENCES[0], "patiënten", CTX) == SENTENCES[0]
    assert bare_plural_subject("omwonenden") == "omwonenden"
    assert bare_plural_subject("they") is None and bare_plural_subject("gedaagde") is None
