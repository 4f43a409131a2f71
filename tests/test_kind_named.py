"""A name right after a kind noun is an organisation's, not a person's ("windpark Hoge Akker":
"het park" is then Hoge Akker), and a description that names its body already ("de
gemeenteraad van Zwaanswijk") is not replaced by the body's name."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.name_swap import replace_phrase

WINDPARK = """---
title: Raad Draakdorp stemt nipt in met windpark Hoge Akker
author: Joost Bakker
lang: nl
---
DRAAKDORP - Na een debat van vier uur heeft de gemeenteraad van Draakdorp dinsdagavond ingestemd
met windpark Hoge Akker. Het voorstel werd aangenomen met 15 tegen 12 stemmen.

Wethouder Mila Vos verdedigde het plan. Volgens haar levert het park stroom voor 20.000
huishoudens.
"""


def test_the_park_is_the_park_named_after_its_kind() -> None:
    last = claims_from_text(WINDPARK)[-1]
    assert last.subject == "Hoge Akker"
    assert last.text.startswith("Hoge Akker levert stroom")


def test_a_description_naming_its_body_stays() -> None:
    clause = "Daarom heeft de gemeenteraad van Zwaanswijk ingestemd met het plan."
    assert replace_phrase(clause, "de gemeenteraad", "Zwaanswijk", "nl") == clause
    # without "van Zwaanswijk" the description is replaced as before
    assert replace_phrase("De gemeenteraad stemde in.", "De gemeenteraad", "Zwaanswijk", "nl") == (
        "Zwaanswijk stemde in."
    )


BLOG = """---
author: Ruth Calder
lang: en
---
*Posted by Ruth Calder on the Harbour Mums blog, 2 May 2025*

On Monday, a teacher sent me a letter. She has taught at the school since 2011.
"""


def test_a_publication_named_by_its_title_is_no_person() -> None:
    last = claims_from_text(BLOG)[-1]
    assert last.subject != "Harbour Mums"
    assert not last.text.startswith("Harbour Mums")
