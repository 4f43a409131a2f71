"""Dutch verb-second by the verb's form, on sentences of the h9 documents."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.verb_second import nl_finite_form
from onrecord.check.subjects.subject_np import subject_phrase

SENTENCES = [
    "Sinds 5 januari rijdt Kempenlijn elf buslijnen minder in de Peelrand.",
    "Op 14 oktober 2025 ontsloeg gedaagde haar op staande voet.",
    "Daarnaast moet gedaagde 2.480 euro aan proceskosten vergoeden.",
    "In september hebben wij de provincie gemeld dat het krap werd.",
    "Volgens de wethouder kost het verouderde bad de gemeente jaarlijks 640.000 euro.",
    "Volgens de advocaat van gedaagde heeft de bakkerij niets verkeerd gedaan.",
]
CTX = NameContext(SENTENCES, [])


def test_finite_by_form() -> None:
    assert nl_finite_form("rijdt") and nl_finite_form("kost") and nl_finite_form("riskeert")
    assert not nl_finite_form("niet") and not nl_finite_form("Kempenlijn")


def test_subject_after_fronted_adjunct() -> None:
    assert subject_phrase(SENTENCES[0], CTX, "nl") == "Kempenlijn"
    assert subject_phrase(SENTENCES[1], CTX, "nl") == "gedaagde"
    assert subject_phrase(SENTENCES[2], CTX, "nl") == "gedaagde"
    assert subject_phrase(SENTENCES[3], CTX, "nl") == "wij"


def test_volgens_with_a_verb_the_lists_lack() -> None:
    framer, rest = strip_framing(SENTENCES[4], "nl", CTX)
    assert framer == "de wethouder"
    assert rest.startswith("Het verouderde bad kost")


def test_noun_in_t_after_article_is_no_verb() -> None:
    # "advocaat" ends in -t but follows an article: the frame is the whole noun phrase
    framer, rest = strip_framing(SENTENCES[5], "nl", CTX)
    assert framer == "de advocaat van gedaagde"
    assert rest.startswith("De bakkerij heeft")


def test_english_fronted_time_adverb_and_parenthetical() -> None:
    sentences = [
        "Today the company runs 230 bikes in nine cities and employs 410 riders.",
        "Last year, though, the company lost £6.2 million on revenue of £19 million.",
    ]
    ctx = NameContext(sentences, [])
    assert [subject_phrase(s, ctx, "en") for s in sentences] == ["the company", "the company"]


def test_no_finite_verb_right_after_an_article() -> None:
    """Plural nouns in -den/-ten look like a weak past ("woonden"), but an article is never
    followed by a finite verb: the noun is the subject's."""
    ctx = NameContext([], [])
    for clause, subject in [
        ("De omwonenden dienden bezwaar in bij de provincie.", "De omwonenden"),
        ("De gedupeerden kregen hun geld pas in maart terug.", "De gedupeerden"),
        ("De studenten bezetten twee dagen het bestuursgebouw.", "De studenten"),
    ]:
        assert subject_phrase(clause, ctx, "nl") == subject
