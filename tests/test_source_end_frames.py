"""A source named at the end of a sentence frames it: a record that shows or records S
("..., the judgment records.", "..., the auditor's report showed."), a body that makes S known
("..., maakte de gemeente bekend."), Dutch plural and past speech verbs ("..., stellen de
omwonenden.", "..., stelden de raadsleden."). Sentences written for these tests; what must stay
a claim of the article is beside them."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.claims.unnamed_source import lets_know_end
from onrecord.check.language.claim_names import NameContext


def _frame(s: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(s, lang, NameContext([s], [], []), reported=True)


def test_a_record_at_the_end_frames_the_sentence() -> None:
    assert _frame("The contractor missed the deadline by six weeks, the ruling records.", "en") == (
        "the ruling",
        "The contractor missed the deadline by six weeks.",
    )
    who, rest = _frame("Two directors voted against the merger, the auditor's report showed.", "en")
    assert who == "the auditor's report" and rest == "Two directors voted against the merger."
    # minutes and records the writer saw are the article's own sources: no claimant
    who, rest = _frame("Two directors voted against the merger, the board minutes showed.", "en")
    assert who is None and rest == "Two directors voted against the merger."


def test_dutch_plural_and_past_speech_at_the_end_frame() -> None:
    who, rest = _frame("De fabriek loosde jarenlang te veel zink, stellen de omwonenden.", "nl")
    assert who == "de omwonenden" and rest == "De fabriek loosde jarenlang te veel zink."
    who, rest = _frame("Het rapport was al in maart klaar, stelden de raadsleden.", "nl")
    assert who == "de raadsleden" and rest == "Het rapport was al in maart klaar."
    # "schreef X" stays a claim about what X wrote (the record has the mail)
    who, _ = _frame("Het rapport was al in maart klaar, schreef de wethouder.", "nl")
    assert who is None


def test_a_party_that_makes_it_known() -> None:
    assert lets_know_end("Het zwembad gaat per 1 januari dicht, maakte de gemeente bekend.") == (
        "de gemeente",
        "Het zwembad gaat per 1 januari dicht.",
    )
    # a document it stands in is the article's own source
    assert lets_know_end("De huur stijgt met 4 procent, staat in de brief aan de huurders.") is None
    who, rest = _frame("De directeur vertrekt in april, maakte het bestuur dinsdag bekend.", "nl")
    assert who == "het bestuur" and rest == "De directeur vertrekt in april."


def test_what_is_no_source_at_the_end_is_left() -> None:
    # a verb inside the phrase: a clause, not a source
    assert lets_know_end("De huur stijgt, maakte de gemeente die het besloot bekend.") is None
    # "maakte ... bekend" inside the sentence frames nothing at its end
    assert lets_know_end("De gemeente maakte het besluit bekend in een brief.") is None
    # the article's own source keeps no claimant
    who, _ = _frame("Het aantal klachten steeg met 20 procent, blijkt uit interne stukken.", "nl")
    assert who is None


def test_zij_before_an_organisations_end_frame_is_the_woman_named_before() -> None:
    from onrecord.check.claims.extract import claims_from_text

    text = (
        "Zuivelgroep Dravenhorst neemt zuivelbedrijf Vlierhoeve over. Vlierhoeve-directeur Carla "
        'Mensink noemt het bod "de beste uitkomst". Zij wordt na de overname lid van de raad van '
        "bestuur van Dravenhorst, aldus het zuivelconcern."
    )
    last = claims_from_text(text)[-1]
    assert last.subject == "Carla Mensink" and last.text.startswith("Carla Mensink wordt")
    # an organisation that says "zij" of itself after its name stays itself
    text = (
        "De woningcorporatie Thuishaven kreeg vorig jaar klachten. Thuishaven zegt dat zij de "
        "klachten binnen een week heeft behandeld."
    )
    assert claims_from_text(text)[-1].subject == "Thuishaven"
