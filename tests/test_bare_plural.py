"""Subjects an article writes without a name: a bare plural that opens the sentence ("Local
swimmers have asked X ...": the swimmers, not X), a facility named by its noun when a campaign
is named after it ("The pool closed": Brackwater Pool, not "Save Brackwater Pool"), a speaker's
apposition with an acronym in its role ("retired GP surgeon Mina Daley"), and a quoted headline
whose first word is capitalised only for opening it."""

from __future__ import annotations

from onrecord.check.claims.extract import Claim, claims_from_text

EN = """---
author: Sam Okafor
lang: en
---
Fenmoor District Council voted on Tuesday to close Brackwater Pool. Council leader Alan Pryce
proposed the closure in March. The pool costs £900,000 a year to run, according to the council.
The campaign group Save Brackwater Pool collected 3,100 signatures. Its chair, retired GP surgeon
Mina Daley, says the vote was "a stitch-up". The pool closed on 30 June. Local swimmers have asked
Alan Pryce for a public meeting. A council spokesperson said the decision was final.
"""

NL = """---
author: Eva de Wit
lang: nl
---
De gemeenteraad van Ossendam stemde dinsdag in met de sluiting van het zwembad. Wethouder Joris
Kamp stelde de sluiting in maart voor. Het zwembad kost volgens de gemeente 900.000 euro per jaar.
Een actiegroep verzamelde 3.100 handtekeningen. Het zwembad sloot op 30 juni. Boze huurders
hebben wethouder Joris Kamp om een gesprek gevraagd. Een woordvoerder van de gemeente zegt dat
het besluit vaststaat.
"""

HEADLINE = """---
author: Oliver Grant
lang: en
---
Declan Morrow resigned as chief executive of Lantern Rail on Tuesday. This is a follow-up to our
report of 14 April, "Rail boss asked ministry to sit on brake report". In his letter, Morrow wrote
that he regretted the delay. The board accepted his resignation the same afternoon. The rail
union has called for an inquiry. Lantern Rail carries about 90,000 passengers a day.
"""


def _claim(claims: list[Claim], part: str) -> Claim:
    return next(c for c in claims if part in c.text)


def test_a_bare_plural_opening_the_sentence_is_its_subject() -> None:
    en, nl = claims_from_text(EN), claims_from_text(NL)
    assert _claim(en, "public meeting").subject == "Local swimmers"
    assert _claim(nl, "om een gesprek").subject == "Boze huurders"


def test_the_facility_not_the_campaign_named_after_it() -> None:
    closed = _claim(claims_from_text(EN), "closed on 30 June")
    assert closed.subject == "Brackwater Pool"
    assert closed.text == "Brackwater Pool closed on 30 June."


def test_the_name_ends_an_apposition_with_an_acronym_in_the_role() -> None:
    assert _claim(claims_from_text(EN), "stitch-up").claimant == "Mina Daley"


def test_a_quoted_headline_opens_with_no_name() -> None:
    claims = claims_from_text(HEADLINE)
    assert all(c.subject != "Rail" and c.claimant != "Rail" for c in claims)
    assert _claim(claims, "accepted his resignation").subject == "Lantern Rail"


def test_a_possessive_is_no_bare_plural() -> None:
    text = EN.replace("The pool closed", "Swimmers' own counts showed that the pool closed")
    closed = _claim(claims_from_text(text), "closed on 30 June")
    assert closed.subject != "Swimmers' own counts"


def test_a_dutch_plural_in_den_before_an_auxiliary_is_no_past() -> None:
    text = NL.replace("Boze huurders\nhebben", "Boze omwonenden hebben").replace(
        "Boze huurders hebben", "Boze omwonenden hebben"
    )
    assert "Boze omwonenden" in text
    assert _claim(claims_from_text(text), "om een gesprek").subject == "Boze omwonenden"
