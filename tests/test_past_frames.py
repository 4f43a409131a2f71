"""Reporting-past speech frames (``check/claims/past_frames.py``) on sentences of the h9 documents."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext

NAMES = [
    "Marjan Hoefnagel",
    "Bas Overdijk",
    "Victor Langridge",
    "Idris Penwarden",
    "Martin Kessock",
]


def _frame(s: str, lang: str) -> tuple[str | None, str]:
    return strip_framing(s, lang, NameContext([s], NAMES, []), reported=True)


def test_english_past_frames_make_the_speakers_claim() -> None:
    who, rest = _frame(
        'Mr Langridge claimed that Harwood had agreed a fee of £3 million with Saltmarsh "in '
        'principle" on 17 August.',
        "en",
    )
    assert who == "Langridge" and rest.startswith("Harwood had agreed a fee")
    who, rest = _frame(
        "Chief Technology Officer Idris Penwarden added that the evening slowdowns in Leedham "
        "and Carrow were caused by a faulty switch, which was replaced on 3 December.",
        "en",
    )
    assert who == "Idris Penwarden" and rest.startswith("The evening slowdowns")
    who, rest = _frame(
        "In a statement, its chief executive, Martin Kessock, said every positive result had "
        'been "investigated, re-tested and reported as the law requires".',
        "en",
    )
    assert who == "Martin Kessock" and rest.startswith("Every positive result had been")


def test_dutch_past_frames_reorder_the_reported_clause() -> None:
    who, rest = _frame(
        "Raadslid Bas Overdijk (Groen Brakelstein) betoogde dat de wethouder de raad "
        "onvolledig had geïnformeerd.",
        "nl",
    )
    assert who == "Raadslid Bas Overdijk"
    assert rest == "De wethouder had de raad onvolledig geïnformeerd."
    who, _ = _frame(
        "Hoefnagel zei daarover dat de energierekening van het bad sinds 2022 is verdrievoudigd.",
        "nl",
    )
    assert who == "Hoefnagel"
    who, rest = _frame("Het ontslag was daarom niet zorgvuldig, oordeelt de kantonrechter.", "nl")
    assert who == "de kantonrechter" and rest == "Het ontslag was daarom niet zorgvuldig."


def test_a_medium_addressee_or_letter_keeps_a_claim_about_speech() -> None:
    # "zei tegen deze omroep", "zei in de krant", "In a letter ..., X said": what was said
    s = "Een woordvoerder zei vorige week tegen deze omroep dat Kempenlijn een boete riskeert."
    assert _frame(s, "nl")[0] is None
    s = "Hij zei in de krant dat er niets werd uitgesteld."
    assert _frame(s, "nl")[0] is None
    s = "In a letter to drivers dated 14 January, Fenwick said the changes were necessary."
    assert _frame(s, "en")[0] is None


def test_a_transcript_label_the_document_repeats_is_a_speaker_and_the_asker_the_document() -> None:
    from onrecord.check.claims.transcript import speaker_labels

    body = (
        "**Kerkhoven:** Sinds 5 januari rijdt Kempenlijn elf buslijnen minder. Waarom?\n\n"
        "**Sturkenboom:** We hebben simpelweg te weinig chauffeurs.\n\n"
        "**Kerkhoven:** Wanneer rijden de lijnen weer?\n\n"
        "**Sturkenboom:** Vanaf 1 maart komen lijn 62 en lijn 64 terug.\n"
    )
    starts = [body.index(p) for p in ("**Kerkhoven:** Sinds", "**Sturkenboom:** We")]
    spans = [(a, body.index("\n\n", a)) for a in starts]
    ctx = NameContext([body], [], [])
    (asker, cut_a), (speaker, cut_s) = speaker_labels(body, spans, ctx, "Omroep Peelrand")
    assert asker == "Omroep Peelrand" and cut_a > 0
    assert speaker == "Sturkenboom" and cut_s > 0


def test_a_kind_before_an_organisation_name_still_gives_the_affiliation() -> None:
    from onrecord.check.subjects.affiliation import stated_affiliations

    text = "Presentator Ruud Kerkhoven spreekt met Evelien Sturkenboom, directeur van busbedrijf "
    text += "Kempenlijn, dat het streekvervoer rijdt."
    found = stated_affiliations(text, lambda s: None, lambda s: None)
    assert ("Evelien Sturkenboom", "Kempenlijn") in found


def test_confirming_its_own_act_is_the_speakers_claim_vouching_for_another_is_not() -> None:
    # h10-ambleworth and h9-harwood (two writers) against dev's brightwater statement
    got = _frame("Hollinside Homes confirmed that it had signed the agreement.", "en")
    assert got[0] == "Hollinside Homes"
    got = _frame("The league confirmed on Friday that it had received the complaint.", "en")
    assert got[0] == "the league"
    s = "The Dutch engineering firm Vandermeer confirmed that the dam is safe."
    assert _frame(s, "en")[0] is None


def test_a_spokesperson_for_an_organisation_gives_the_organisation() -> None:
    s = "A spokesperson for Stonecrop Maintenance said after the broadcast that the company "
    s += '"fulfilled every obligation in its contract".'
    assert _frame(s, "en")[0] == "Stonecrop Maintenance"


def test_wees_erop_and_a_trailing_stelt_with_where_it_was_said() -> None:
    s = "Ze wees erop dat de coöperatie een subsidie misloopt als de grond niet is verkocht."
    framer, rest = _frame(s, "nl")
    assert framer == "Ze" and rest.startswith("De coöperatie")
    s = "De verkoop levert geen financieel risico op, stelt de gemeente in hetzelfde voorstel."
    framer, rest = _frame(s, "nl")
    assert framer == "de gemeente" and rest == "De verkoop levert geen financieel risico op."
