"""Classes of extraction failure seen with a new writer (h13) that recur across writers: a
fronted time before a Dutch verb-second subject, an apposition that names a description's
person, speech frames with an adverb, a statement or an audience between speaker and claim,
reporting notes (meta), the writer's own feelings (commentary) and scheduled steps."""

from onrecord.check.claims.checkworthy import skip_reason
from onrecord.check.claims.clauses import split_assertions
from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext
from onrecord.check.subjects.subject_np import subject_phrase


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
    # "and had them inspected" leans on the first predicate: one claim (leaning_part)
    want = "Quenby Logistics had cleared the fire exits at Brackwater and had them inspected"
    assert (f"{want} in March 2024.", "Quenby Logistics") in got
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


def _subjects(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.claimant, c.subject) for c in claims_from_text(text, lang=lang)]


def test_volgens_a_one_word_name_then_a_verb_by_its_form() -> None:
    got = _subjects(
        '"Dit is een grote stap," zegt algemeen directeur Geertje Oudemans. Volgens Oudemans '
        "stoot de nieuwe vloot jaarlijks 21.000 ton minder CO2 uit dan de huidige bussen.",
        "nl",
    )
    assert got[-1][:2] == (
        "De nieuwe vloot stoot jaarlijks 21.000 ton minder CO2 uit dan de huidige bussen.",
        "Oudemans",
    )


def test_a_legal_form_with_dots_is_an_organisation() -> None:
    ctx = NameContext(["Veldlijn B.V. wint de concessie."])
    assert ctx.classify("Veldlijn B.V.") == "org"
    assert ctx.classify("Corbeck Homes Ltd.") == "org"


def test_a_dateline_line_without_a_year_names_a_place_not_a_person() -> None:
    text = (
        "---\nlang: nl\n---\nHAVERBROEK, 9 oktober\n\nWethouder Marjet Hulsebosch heeft een "
        "motie overleefd. Fractievoorzitter Sjoerd Vellinga van Lokaal Haverbroek verweet de "
        "wethouder dat zij de raad te laat had ingelicht. Volgens hem wist zij al in februari "
        "van de overschrijding.\n"
    )
    skipped: list = []
    got = [(c.text, c.subject) for c in claims_from_text(text, skipped=skipped)]
    assert any(s.reason == "dateline" and "HAVERBROEK" in s.original for s in skipped)
    assert all(subject != "Haverbroek" for _, subject in got)
    assert ctx_mentions("Fractievoorzitter Sjoerd Vellinga van Lokaal Haverbroek verweet") == [
        "Sjoerd Vellinga",
        "Lokaal Haverbroek",
    ]
    assert ctx_mentions("Burgemeester Jan van Zanen zei dat.") == ["Jan van Zanen"]


def ctx_mentions(sentence: str) -> list[str]:
    return [m.text for m in NameContext([sentence]).mentions(sentence)]


def test_our_in_an_officers_op_ed_is_the_writers_organisation() -> None:
    text = (
        "---\nauthor: Reinout Kostelijk\nlang: nl\n---\n*Reinout Kostelijk is voorzitter van "
        "hockeyclub HC De Wadkant in Sluisveen.*\n\nOp 4 maart besloot het college van "
        "Sluisveen om sportpark De Wadkant te verkopen. Onze club speelt daar sinds 1974 en "
        "heeft 640 leden, van wie de helft jonger is dan achttien.\n\nOnze leden hebben in twee "
        "weken 4.200 handtekeningen opgehaald tegen de verkoop.\n"
    )
    got = [(c.text, c.subject) for c in claims_from_text(text)]
    assert ("HC De Wadkant speelt daar sinds 1974.", "HC De Wadkant") in got
    assert got[-1][1] == "HC De Wadkant"


def test_a_relative_named_in_an_apposition_is_that_person_later() -> None:
    text = (
        "---\nauthor: Gerda Vonhof\nlang: nl\n---\nMijn moeder, Truus Vonhof, is 88 en woont "
        "alleen in haar flat. Mijn moeder is in december twee keer gevallen.\n"
    )
    got = [(c.text, c.subject) for c in claims_from_text(text)]
    # the letter's author shares the surname: the first name alone tells her mother apart
    assert got[-1] == ("Truus is in december twee keer gevallen.", "Truus")


def test_a_capitalised_kind_compound_is_not_part_of_the_name() -> None:
    s = "Coalitiepartij Samen Haverbroek stemde tegen de motie van wantrouwen."
    assert _subject(s, "nl") == "Samen Haverbroek"
    s = "Huurdersvereniging De Plataan meldde de klachten op 12 mei 2021."
    assert _subject(s, "nl") == "Huurdersvereniging De Plataan"


def test_a_pronoun_teaches_the_persons_gender() -> None:
    text = (
        "---\nlang: nl\n---\nHiske Boersema heeft een boerderij. Eerder dit jaar stapte ze op "
        "als voorzitter van de coöperatie. Haar opvolger, Jurre Wagenvoort, wil een kaasmakerij "
        "bouwen. Hij heeft de leden in juni een investering van 6 miljoen euro voorgesteld.\n"
    )
    got = [(c.text, c.subject) for c in claims_from_text(text)]
    assert got[-1][1] == "Jurre Wagenvoort"


def test_a_formal_title_lets_the_role_stand_for_the_person() -> None:
    text = (
        "Cruikshank told the tribunal that he had never received the emails. Employment Judge "
        "Rosamund Aitchison found that he had. The depot's own server logs showed all three "
        "messages being opened on the day they were sent, the judge said."
    )
    got = _subjects(text, "en")
    assert got[-1][1] == "Rosamund Aitchison"


def test_a_dutch_demonstrative_subject_is_the_party_named_last() -> None:
    text = (
        "---\nlang: nl\n---\nKlaverstede verkoopt haar melk sinds 2019 aan de Duitse "
        "kaasmakerij Weissenried. Die betaalt volgens het jaarverslag van de coöperatie "
        "gemiddeld 4 cent per liter meer dan Lactavia.\n"
    )
    got = [(c.text, c.subject) for c in claims_from_text(text)]
    assert got[-1][1] == "Weissenried"


def test_a_relative_on_the_last_name_through_an_apposition_or_a_particle() -> None:
    ctx = NameContext(["Teodora Haverly chairs Hollinfold Community Energy."])
    s = (
        "Teodora Haverly chairs Hollinfold Community Energy, the co-operative that built two "
        "wind turbines on Cragg Moor in 2022."
    )
    assert split_assertions(s, "en", ctx) == [
        ("Teodora Haverly chairs Hollinfold Community Energy.", False),
        ("Hollinfold Community Energy built two wind turbines on Cragg Moor in 2022.", False),
    ]
    s = "In 2018 richtte zij met elf andere boeren de coöperatie Klaverstede op, die inmiddels 64 leden telt."
    assert split_assertions(s, "nl", ctx)[-1] == ("Klaverstede telt inmiddels 64 leden.", False)
    # no name right before the relative: one claim
    s = "She resigned in March, which surprised the board."
    assert len(split_assertions(s, "en", ctx)) == 1


def test_a_forms_field_an_unnamed_source_and_a_rejected_explanation_are_no_claims() -> None:
    body = (
        "**Complainant:** Larchfield Court Residents' Association, on behalf of 46 households"
        "\n**Landlord:** Corbeck Homes Ltd\n"
    )
    line = body.split("\n")[0]
    clean = line.replace("**", "")
    assert skip_reason(line, clean, body, 0, len(line)) == "markup"
    # a speaker's label in a transcript is no form field
    said = "**Meijer:** Er zijn te weinig aannemers."
    assert skip_reason(said, said.replace("**", ""), said, 0, len(said)) != "markup"
    assert _skip("The surveyor was not named.") == "meta"
    assert _skip("We do not accept that explanation.") == "commentary"
    assert _skip("Wij accepteren die uitleg niet.") == "commentary"


def test_a_courts_finding_at_the_end_frames_the_sentence() -> None:
    got = _claims(
        "A warehouse supervisor at Quenby Logistics was unfairly dismissed after she complained "
        "about blocked fire exits, an employment tribunal in Brackwater has ruled.",
        "en",
    )
    assert got[0][1] is not None and "tribunal" in got[0][1]
    assert got[0][0].endswith("complained about blocked fire exits.")
