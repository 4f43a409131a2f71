"""Rules for the classes of the fourth round (branch ``articles4``), found on the held-out
split's errors and developed on six new dev documents (Ferrant, Zuiderhaven, De Vonk, Marlow,
Pemberton, Noordwarmte); each test uses sentences of those documents."""

from __future__ import annotations

from _articles import by_text, doc
from onrecord.check.claims.extract import Skipped, claims_from_text


def _skips(text: str, names: list[str]) -> dict[str, str]:
    skipped: list[Skipped] = []
    claims_from_text(text, names=names, skipped=skipped)
    return {" ".join(s.original.split()): s.reason for s in skipped}


FERRANT = doc(
    "Megan Shaw",
    "en",
    "CAMBRIDGE, 13 May 2025 - Omar Bakri, a former researcher at the Ferrant Institute, told an "
    "employment tribunal on Tuesday that the lab had kept the results of a failed mouse study "
    "from its funders.\n\n"
    "Lawyers for the institute argued that Bakri was dismissed because the funding for his post "
    "had ended. The study, they said, had been reported to the funders in full.\n\n"
    "The tribunal heard that director Helena Frith wrote to the head of finance, Colin Tate, in "
    'March 2022 that the results "should stay in the drawer for now".\n\n'
    "Ruth Ingram, the institute's ethics officer, testified that she had never received a "
    "complaint from Bakri.\n\n"
    "Frith declined to comment. The Scot, who has led the institute since 2016, did not attend "
    "the hearing.\n\n"
    "The tribunal is expected to give its decision in July. Ferrant said it would comment after "
    "the ruling.",
)
FERRANT_NAMES = ["Helena Frith", "Omar Bakri", "Colin Tate", "Ruth Ingram"]


def test_speech_in_court_frames_in_the_past_tense() -> None:
    claims = claims_from_text(FERRANT, names=FERRANT_NAMES)
    # "told an employment tribunal on Tuesday that S": the audience is a court
    assert by_text(claims, "failed mouse study").claimant == "Omar Bakri"
    # a lawyer's argument and a witness's testimony are their claims, about S's subject
    dismissed = by_text(claims, "funding for his post")
    assert dismissed.claimant == "Lawyers for the institute"
    assert dismissed.subject in ("Bakri", "Omar Bakri")
    assert dismissed.text.startswith("Bakri was dismissed")
    assert by_text(claims, "never received a complaint").claimant == "Ruth Ingram"
    # "The study, they said, ...": "they" are the lawyers of the sentence before
    assert by_text(claims, "reported to the funders").claimant == "Lawyers for the institute"
    # "The tribunal heard that X wrote ...": the article's own account of a mail
    wrote = by_text(claims, "should stay in the drawer")
    assert wrote.claimant == "Megan Shaw" and wrote.subject == "Helena Frith"


def test_an_argument_in_a_mail_stays_a_claim_about_what_was_written() -> None:
    text = doc(
        "Anna Smith",
        "en",
        "In a January 2016 email, Okafor argued that Lumen should become less open as its "
        "systems grew more powerful.",
    )
    claim = claims_from_text(text, names=["Ilse Okafor"])[0]
    assert claim.claimant == "Anna Smith" and claim.subject in ("Okafor", "Ilse Okafor")


def test_an_epithet_is_the_person_named_last() -> None:
    claims = claims_from_text(FERRANT, names=FERRANT_NAMES)
    # "Frith declined to comment. The Scot, ...": Frith, though the sentence is skipped
    assert by_text(claims, "did not attend the hearing").subject in ("Frith", "Helena Frith")
    assert by_text(claims, "since 2016").subject in ("Frith", "Helena Frith")
    text = doc(
        "Rik Janssen",
        "nl",
        "Wethouder Linda Kramer van Zuiderhaven wist al in 2022 van het asbest.\n\n"
        "Raadslid Ahmed Yilmaz van de SP diende in januari een motie van wantrouwen in.\n\n"
        "De Rotterdamse, die sinds 2018 wethouder is, wil niet aftreden.",
    )
    claims = claims_from_text(text, names=["Linda Kramer"])
    # "De Rotterdamse" is a woman: Kramer, not Yilmaz who was named last
    assert by_text(claims, "sinds 2018 wethouder").subject == "Linda Kramer"


def test_commentary_meta_and_announcements_without_a_marker_word() -> None:
    skips = _skips(FERRANT, FERRANT_NAMES)
    assert skips["The tribunal is expected to give its decision in July."] == "announcement"
    assert skips["Ferrant said it would comment after the ruling."] == "announcement"
    text = doc(
        "Willemijn de Boer",
        "nl",
        "Lezers van de klantenbrief van directeur Bart Visscher kunnen de indruk krijgen dat het "
        "warmtenet door pech is vastgelopen. Zo eenvoudig ligt het niet.\n\n"
        "Een jaar later verhoogde hij de prijs met 40 procent. Dat blijkt uit zijn eigen e-mails."
        "\n\nOok het onderhoud is een heikel punt.\n\n"
        "De toezichthouder beslist naar verwachting in het najaar.\n\n"
        "De klanten van Noordwarmte verdienen openheid.",
    )
    skips = _skips(text, ["Bart Visscher"])
    for start, reason in (
        ("Lezers van de klantenbrief", "commentary"),
        ("Zo eenvoudig ligt het niet", "commentary"),
        ("Ook het onderhoud is een heikel punt", "commentary"),
        ("De toezichthouder beslist naar verwachting", "announcement"),
        ("De klanten van Noordwarmte verdienen openheid", "commentary"),
    ):
        got = [r for s, r in skips.items() if s.startswith(start)]
        assert got == [reason], (start, skips)
    profile = doc(
        "Hannah Reid",
        "en",
        "Nadia Kovac has run the Pemberton Battery Lab in Sheffield since 2018.\n\n"
        "Her former deputy remembers it differently.\n\n"
        '"We might have found another investor," Kovac admits, "but not in time."\n\n'
        "She would not say what she will do next.\n\n"
        "This article was amended on 3 June to correct the size of the lab.",
    )
    skips = _skips(profile, ["Nadia Kovac"])
    reasons = sorted(skips.values())
    assert reasons == ["commentary", "commentary", "meta", "meta"], skips


ZUIDERHAVEN = doc(
    "Rik Janssen",
    "nl",
    "ZUIDERHAVEN - Wethouder Linda Kramer van Zuiderhaven wist al in het voorjaar van 2022 dat "
    "er asbest in het zwembad zat.\n\n"
    "In april 2022 stuurde projectleider Eline Jacobs haar een rapport van een ingenieursbureau. "
    "Daarin waarschuwde Jacobs dat het dak 'op korte termijn' gesaneerd moest worden. Twee dagen "
    "later antwoordde de wethouder dat het rapport 'voorlopig intern' moest blijven.\n\n"
    "Kramer zegt nu dat zij het rapport nooit heeft gelezen. Zij had de bijlage volgens eigen "
    "zeggen niet geopend.",
)


def test_a_fronted_adverbial_is_no_subject() -> None:
    claims = claims_from_text(ZUIDERHAVEN, names=["Linda Kramer", "Eline Jacobs"])
    # "Daarin" (a pronominal adverb) and "Twee dagen later" (a time) before the verb
    assert by_text(claims, "Daarin waarschuwde").subject in ("Jacobs", "Eline Jacobs")
    # "de wethouder dat ...": "dat" after the verb opens what was said, no relative clause
    answered = by_text(claims, "voorlopig intern")
    assert answered.subject == "Linda Kramer"
    # "volgens eigen zeggen": the subject's own claim
    attachment = by_text(claims, "bijlage")
    assert attachment.claimant in ("Kramer", "Linda Kramer")
    assert "eigen zeggen" not in attachment.text


VONK = doc(
    "Mirjam Kok",
    "nl",
    "UTRECHT - De kantonrechter in Utrecht heeft hockeyclub De Vonk donderdag bevolen alle "
    "e-mails over het ontslag van hoofdtrainer Mehmet Aydin over te leggen.\n\n"
    "De advocaat van de club, Wouter Brandsen, betoogde dat Aydin herhaaldelijk te laat op "
    "trainingen verscheen. Volgens hem kreeg Aydin daarover drie schriftelijke waarschuwingen."
    "\n\nVoorzitter Gerard Timmer heeft donderdag in de rechtszaal herhaald dat de club nooit een "
    "klacht van Aydin over het veld heeft ontvangen.\n\n"
    "Penningmeester Saskia Hoek schreef in augustus 2024 aan het bestuur dat het veld 'niet meer "
    "veilig' was.\n\n"
    "Jeugdcoördinator Iris Dekker verklaarde dat zij van de waarschuwingen nooit iets had gezien.",
)
VONK_NAMES = ["Mehmet Aydin", "Gerard Timmer", "Saskia Hoek", "Iris Dekker"]


def test_dutch_court_speech_and_titles_before_a_name() -> None:
    claims = claims_from_text(VONK, names=VONK_NAMES)
    late = by_text(claims, "te laat op trainingen")
    assert late.claimant == "Wouter Brandsen" and late.subject in ("Aydin", "Mehmet Aydin")
    # "Volgens hem" at the start: the lawyer before, not Aydin whom the claim names
    assert by_text(claims, "drie schriftelijke").claimant == "Wouter Brandsen"
    # "heeft donderdag in de rechtszaal herhaald dat": said in court
    field = by_text(claims, "nooit een klacht")
    assert field.claimant == "Gerard Timmer"
    assert field.subject == "De Vonk"  # "de club" after "hockeyclub De Vonk", not "Utrecht"
    # "Penningmeester", "Jeugdcoördinator": titles, whatever the title list says
    assert by_text(claims, "niet meer").subject == "Saskia Hoek"
    witness = by_text(claims, "waarschuwingen nooit iets")
    assert witness.claimant == "Iris Dekker" and witness.subject in ("Dekker", "Iris Dekker")


def test_a_title_with_its_modifier_is_a_different_person() -> None:
    text = doc(
        "Willemijn de Boer",
        "nl",
        "Lezers van de klantenbrief van directeur Bart Visscher kunnen de indruk krijgen dat het "
        "warmtenet door pech is vastgelopen.\n\n"
        "Financieel directeur Marleen Pauw waarschuwde hem daar in een memo voor.\n\n"
        "In 2023 liet de directeur het onderhoud van twee pompstations uitstellen.",
    )
    claims = claims_from_text(text, names=["Bart Visscher", "Marleen Pauw"])
    assert by_text(claims, "pompstations").subject == "Bart Visscher"


MARLOW = doc(
    "Marlow Freight",
    "en",
    "**FOR IMMEDIATE RELEASE**\n\n"
    "LIVERPOOL, 3 March 2025 - Marlow Freight today responds to the publication of internal "
    "emails by the Liverpool Echo.\n\n"
    '"Our operations director, Rosa Quinn, never instructed captains to switch off their '
    'transponders," said chief executive Alistair Moore. "She wrote to the fleet on 14 March '
    "2023 that all ships must follow the port authority's rules.\"\n\n"
    "The company has cooperated fully with the Maritime and Coastguard Agency.\n\n"
    "## About Marlow Freight\n\n"
    "Marlow Freight was founded in 1974.",
)


def test_a_press_release_author_known_by_its_about_section() -> None:
    skipped: list[Skipped] = []
    claims = claims_from_text(MARLOW, names=["Rosa Quinn", "Alistair Moore"], skipped=skipped)
    assert {s.reason for s in skipped if "today responds" in s.original} == {"meta"}
    # "said chief executive Alistair Moore": a titled speaker after the verb; his quote goes on
    assert by_text(claims, "transponders").claimant == "Alistair Moore"
    assert by_text(claims, "wrote to the fleet").claimant == "Alistair Moore"
    # "The company" in Marlow Freight's own release is Marlow Freight
    assert by_text(claims, "cooperated fully").subject == "Marlow Freight"
