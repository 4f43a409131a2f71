"""Classes of extraction failure seen with a new writer (h13) that recur across writers: a
fronted time before a Dutch verb-second subject, an apposition that names a description's
person, speech frames with an adverb, a statement or an audience between speaker and claim,
reporting notes (meta), the writer's own feelings (commentary) and scheduled steps."""

from onrecord.check.checkworthy import skip_reason
from onrecord.check.claim_names import NameContext
from onrecord.check.claims import claims_from_text
from onrecord.check.subject_np import subject_phrase


def _subject(sentence: str, lang: str, doc: str = "") -> str | None:
    return subject_phrase(sentence, NameContext([doc or sentence]), lang)


def test_a_fronted_deictic_time_is_never_the_subject() -> None:
    s = "Eerder dit jaar had de raad al 600.000 euro extra vrijgemaakt voor asbestsanering."
    assert _subject(s, "nl") == "de raad"
    s = "Eerder dit jaar stapte ze op als voorzitter van de coöperatie."
    assert _subject(s, "nl") == "ze"
    s = "Vorige week stuurde Hulsebosch de raad een brief."
    assert _subject(s, "nl") == "Hulsebosch"
    # no time in front: the subject as before
    assert _subject("De raad stemde dit jaar in met het plan.", "nl") == "De raad"


def test_dutch_verb_second_after_a_sentence_adverb_by_the_verbs_form() -> None:
    s = "Daarnaast bouwt het bedrijf in Marwoude een laadstation voor zestig bussen."
    assert _subject(s, "nl") == "het bedrijf"


def test_an_apposition_names_the_descriptions_person() -> None:
    doc = "Olaf Brinkerink is directeur. Hoornblad Vastgoed kocht het sportpark."
    s = "De directeur van Hoornblad, Olaf Brinkerink, zat tot 2022 in de gemeenteraad."
    assert _subject(s, "nl", doc + " " + s) == "Olaf Brinkerink"


def test_a_verb_second_description_keeps_its_owner() -> None:
    s = "Op 4 maart besloot het college van Sluisveen om het sportpark te verkopen."
    assert _subject(s, "nl") == "het college van Sluisveen"


def _skip(sentence: str) -> str | None:
    """The skip reason of ``sentence`` inside a paragraph (not alone on a line: no heading)."""
    body = f"The first sentence stands here. {sentence} The last sentence follows here."
    a = body.index(sentence)
    return skip_reason(sentence, sentence, body, a, a + len(sentence))


def _claims(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.claimant) for c in claims_from_text(text, lang=lang)]


def test_speech_frames_with_an_adverb_a_statement_or_an_audience_in_between() -> None:
    got = _claims(
        "Quenby Logistics, which operates six depots in the north of England, denied that the "
        "dismissal was connected to the complaints. In a statement after the ruling, the firm "
        'said it was "disappointed" and was considering an appeal. It also said it had '
        "cleared the fire exits at Brackwater and had them inspected in March 2024.",
        "en",
    )
    assert ("Quenby Logistics had cleared the fire exits at Brackwater.", "Quenby Logistics") in got
    got = _claims(
        "Yolanda Pettigrew was the HR director. Pettigrew said in evidence that she had not "
        "known about the fire-exit emails.",
        "en",
    )
    assert got[-1] == ("Pettigrew had not known about the fire-exit emails.", "Pettigrew")
    got = _claims(
        "Olaf Brinkerink is directeur van Hoornblad. Brinkerink zei vorige week tegen de "
        "Sluisveense Courant dat hij met niemand van de gemeente had gesproken.",
        "nl",
    )
    assert got[-1][1] == "Brinkerink"
    assert got[-1][0].startswith("Brinkerink had met niemand van de gemeente")


def test_reporting_notes_are_meta() -> None:
    for s in (
        "Lachlan Ravenscroft was invited to respond but had not replied by the time of broadcast.",
        "De hele vergadering is terug te kijken via de website van de gemeente.",
        "De volledige vergadering is terug te kijken op de site van de gemeente.",
        "Copies of the correspondence referred to above are attached as Annexes A to F.",
        "In een eerdere versie van dit profiel stond dat Klaverstede in 2016 werd opgericht.",
        "Rectificatie: in een eerdere versie van dit artikel stond dat het windpark 12 "
        "turbines telt.",
        "Onze excuses daarvoor.",
    ):
        assert _skip(s) == "meta", s
    assert _skip("She has not replied to the letter.") is None  # no formula


def test_the_writers_own_feeling_is_commentary_and_a_scheduled_step_an_announcement() -> None:
    for s in (
        "Ik ben boos, en ik ben niet de enige.",
        "Honestly, I think the moor can take it.",
        "Dat valt te controleren, en ik nodig de raad uit dat te doen.",
        "The case raises uncomfortable questions for an industry that relies on staff.",
        "Five months is a very long time to hold a ramp together with a temporary fix.",
    ):
        assert _skip(s) == "commentary", s
    for s in (
        "Volgend voorjaar stemmen de leden over het plan.",
        "De renovatie moet in het voorjaar van 2026 klaar zijn.",
    ):
        assert _skip(s) == "announcement", s
    assert _skip("De renovatie was in het voorjaar van 2024 klaar.") is None
