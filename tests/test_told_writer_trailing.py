"""Speech told to the writer or the paper (``told_writer``), trailing speech frames
(``trailing_speech``) and "Volgens X" before a clause that will not reorder, on sentences of the
h10-h13 documents; and the sentences these frames must leave alone."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.claims.told_writer import told_paper_perfect, told_writer_end
from onrecord.check.claims.trailing_speech import trailing_speech
from onrecord.check.language.claim_names import NameContext

NAMES = ["Gerlinde Baarsma", "Malcolm Trevitt", "Rosamund Aitchison", "Yolanda Pettigrew"]


def _ctx(s: str) -> NameContext:
    return NameContext([s], NAMES, [])


def _frame(s: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(s, lang, _ctx(s), reported=True)


def test_zo_end_frame_told_to_the_writer_is_the_speakers_claim() -> None:
    s = (
        "Ook wethouder Gerlinde Baarsma heeft Zorgkring gevraagd het besluit terug te draaien, "
        "zo bevestigde zij mij."
    )
    assert told_writer_end(s) == (
        "zij",
        "Ook wethouder Gerlinde Baarsma heeft Zorgkring gevraagd het besluit terug te draaien.",
    )
    who, rest = _frame("Het bad sluit in juni, zo liet de wethouder ons desgevraagd weten.", "nl")
    assert who == "de wethouder" and rest == "Het bad sluit in juni."


def test_zo_end_frame_without_the_writer_is_left_to_the_other_frames() -> None:
    assert (
        told_writer_end("Het bedrijf heeft de subsidie terugbetaald, zo bevestigde de raad.")
        is None
    )


def test_told_this_programme_in_the_perfect_frames() -> None:
    s = (
        "Staff have told this programme that the chair, Geoffrey Tolland, wrote to trustees in "
        "December asking them to keep the plan confidential."
    )
    who, rest = _frame(s, "en")
    assert who == "Staff"
    assert rest.startswith("The chair, Geoffrey Tolland, wrote to trustees")


def test_told_someone_else_stays_a_claim_about_the_speech() -> None:
    s = "Residents have told the council that the bridge was closed for a week."
    assert told_paper_perfect(s) is None
    assert _frame(s, "en") == (None, s)


def test_trailing_participle_frames_with_the_main_clauses_subject() -> None:
    s = (
        'Rosamund Aitchison described that account as "difficult to accept", noting that '
        "Pettigrew had been copied into two of the three emails."
    )
    who, rest = _frame(s, "en")
    assert who == "Rosamund Aitchison"
    assert rest == "Pettigrew had been copied into two of the three emails."
    role = trailing_speech(s.replace("Rosamund Aitchison", "The judge"), _ctx(s))
    assert role is not None and role[0] == "The judge"


def test_trailing_relative_frames_with_the_person_it_hangs_on() -> None:
    s = (
        "That plan was challenged by Malcolm Trevitt, the cabinet member for finance, who said "
        "the council had already earmarked the depot sale to cover a shortfall in adult social "
        "care."
    )
    who, rest = _frame(s, "en")
    assert who == "Malcolm Trevitt"
    assert rest.startswith("The council had already earmarked the depot sale")


def test_trailing_frames_need_a_person() -> None:
    s = "The board published the report, which said the pool had lost money for three years."
    assert trailing_speech(s, _ctx(s)) is None
    s = "Costs rose sharply last year, noting that the figures were provisional."
    assert trailing_speech(s, _ctx(s)) is None


def test_volgens_before_a_clause_that_will_not_reorder() -> None:
    s = "Volgens de officier van justitie ging het om 812 adressen, verspreid over vier provincies."
    who, rest = _frame(s, "nl")
    assert who == "de officier van justitie" and rest == s


def test_past_lets_know_frames_after_a_fronted_adverb_and_a_statement() -> None:
    who, rest = _frame(
        "Wel liet de zorggroep in een persbericht weten dat de huisartsen zijn geraadpleegd.", "nl"
    )
    assert who == "de zorggroep" and rest == "De huisartsen zijn geraadpleegd."
    who, rest = _frame("De bond liet dinsdag weten dat de wedstrijd wordt overgespeeld.", "nl")
    assert who == "de bond" and rest.startswith("De wedstrijd wordt overgespeeld")


def test_past_lets_know_to_an_addressee_stays_a_claim_about_the_speech() -> None:
    s = "De wethouder liet de raad weten dat het bad in juni sluit."
    assert _frame(s, "nl") == (None, s)
