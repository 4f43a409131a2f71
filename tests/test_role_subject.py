"""Subjects named by a role or a negated quantifier (``check/subjects/role_subject.py``), on sentences of
h9 and h10 (two writers), English and Dutch."""

from onrecord.check.claims.extract import claims_from_text

WARMDAK = """---
title: "Directeur WarmDak ontkent subsidiefraude"
lang: nl
---
Het Openbaar Ministerie verdenkt isolatiebedrijf WarmDak uit Almerveld van subsidiefraude.
De officier van justitie eiste twee jaar cel, waarvan acht maanden voorwaardelijk.
"""

KANTON = """---
title: "Ontslag verkoopster vernietigd"
lang: nl
---
De kantonrechter van de rechtbank Noord-Kempen heeft het ontslag op staande voet van een
verkoopster van Bakkerij Van Oostveen vernietigd.
"""

GREYHOLME = """---
title: "Greyholme Homes under pressure"
lang: en
---
Greyholme Homes manages 9,000 homes in the valley.
The housing ombudsman found against Greyholme twice last year.
Nobody at Greyholme saw them until a resident wrote to her councillor.
"""

LINDESCHOT = """---
title: "Zorgkring laat mijn moeder in de steek"
lang: nl
---
Sinds haar heupoperatie in 2023 krijgt zij elke ochtend thuiszorg van Zorgkring Lindeschot.
Niemand van de zorgkring is bij die herindicatie bij mijn moeder thuis geweest.
"""


def _subjects(doc: str) -> dict[str, str | None]:
    return {c.text[:20]: c.subject for c in claims_from_text(doc)}


def test_an_unnamed_official_is_the_subject_not_the_topic() -> None:
    assert _subjects(WARMDAK)["De officier van just"] == "De officier van justitie"
    got = _subjects(KANTON)["De kantonrechter van"]
    assert got is not None and got.startswith("De kantonrechter")  # not "Noord-Kempen"
    assert _subjects(GREYHOLME)["The housing ombudsma"] == "The housing ombudsman"


def test_nobody_at_an_organisation_is_about_the_organisation() -> None:
    assert (_subjects(GREYHOLME)["Nobody at Greyholme "] or "").startswith("Greyholme")
    assert _subjects(LINDESCHOT)["Niemand van de zorgk"] == "Zorgkring Lindeschot"


def test_a_role_resolved_to_a_person_stays_that_person() -> None:
    doc = WARMDAK.replace("Het Openbaar", "Officier van justitie Anke Dros zei dat het Openbaar")
    got = _subjects(doc)["De officier van just"]
    assert got in ("Anke Dros", "De officier van justitie")


def test_any_officer_is_not_the_prosecutor() -> None:
    doc = WARMDAK.replace("De officier van justitie eiste", "De officier eiste")
    assert _subjects(doc)["De officier eiste tw"] != "De officier"


HARWOOD = """---
title: "Club statement"
author: Harwood Athletic Football Club
lang: en
---
We have today lodged a formal complaint with the Northern Counties League about an approach by
Saltmarsh United. The league confirmed on Friday that it had received the complaint.
"""


def test_it_in_an_organisations_own_words_is_that_organisation() -> None:
    got = [c.subject for c in claims_from_text(HARWOOD) if "received the complaint" in c.text]
    assert len(got) == 1 and "league" in (got[0] or "").lower()  # not Saltmarsh United


def test_it_in_the_words_of_several_people_is_not_theirs() -> None:
    doc = HARWOOD.replace("The league confirmed on Friday", "Two former players said")
    got = [c for c in claims_from_text(doc) if "received the complaint" in c.text]
    assert all(c.subject != "Two former players" for c in got)


ZWEMCLUB = """---
title: Afscheid van de voorzitter
author: Dagblad Noord
lang: nl
---
Na negen jaar stopt Marloes Jansen als voorzitter van zwemclub De Dolfijn.

**Waarom stopt u nu?**

Jansen: Omdat ik er geen zin meer in heb. Het bestuur besloot in juni geen rechtszaak te beginnen.

**Waar gaat het conflict over?**

Jansen: De gemeente beloofde in 2023 de helft van het nieuwe bad te betalen. In mei trok de wethouder die belofte in.
"""


def test_a_role_in_the_speakers_own_words_is_someone_else() -> None:
    # of herself Jansen says "ik": "de wethouder" in her answer is not her
    last = claims_from_text(ZWEMCLUB)[-1]
    assert last.claimant == "Marloes Jansen"
    assert last.text == "In mei trok de wethouder die belofte in."
    assert last.subject == "de wethouder"
    # nor is "the director" the one who reports what the director said
    told = claims_from_text(
        "The harbour master, Tom Hale, wrote to the director in May that the crane was unsafe. "
        "According to Hale, the director replied a week later that there was no budget for "
        "repairs."
    )[-1]
    assert told.claimant == "Hale"
    assert told.text.startswith("The director replied a week later")


def test_a_bylines_desk_is_no_person_to_stand_for_a_role() -> None:
    text = """---
title: Ferry sailings cut
author: Rhiannon Cole
lang: en
---
By Rhiannon Cole, Islands Correspondent

The safety manager, Callum Reidy, wrote to the operations director in October that the ferry had
a fault. According to Reidy, the director replied two days later that there was no money for
repairs.
"""
    last = claims_from_text(text)[-1]
    assert last.claimant == "Reidy"
    assert last.text.startswith("The director replied two days later")
