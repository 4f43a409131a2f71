"""Names in article text (``check/language/claim_names.py``): what makes a capitalised word a name."""

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext


def test_a_bare_domain_does_not_make_an_organisation_name_a_common_word() -> None:
    # h10-tidewell: "at tidewell.example/recall" made "Tidewell" a lower-case word, and every
    # "Tidewell has ..." lost its subject
    texts = [
        "Customers can check whether their unit is affected at tidewell.example/recall.",
        "Tidewell employs 240 people at its plant in Portavon.",
    ]
    ctx = NameContext(texts, [])
    assert [m.text for m in ctx.mentions(texts[1])][:1] == ["Tidewell"]


def test_a_lower_case_word_seen_in_running_text_is_still_no_name() -> None:
    texts = ["The report was late.", "Report writers were not consulted."]
    ctx = NameContext(texts, [])
    assert ctx.mentions(texts[1]) == []


def test_a_portfolio_between_title_and_name_is_no_part_of_the_name() -> None:
    """ "wethouder Financiën Bart Mulder": the portfolio goes, a first word that is a first
    name stays ("wethouder Jan de Vries"), with and without the record's names."""
    for ctx in (NameContext([]), NameContext([], ["Ingrid Scholten"])):
        got = [m.text for m in ctx.mentions("Wethouder Duurzaamheid Ingrid Scholten sprak.")]
        assert got == ["Ingrid Scholten"]
        got = [m.text for m in ctx.mentions("Volgens wethouder Financiën Bart Mulder kost het.")]
        assert got == ["Bart Mulder"]
        got = [m.text for m in ctx.mentions("Wethouder Jan de Vries sprak.")]
        assert got == ["Jan de Vries"]


def test_mp_is_a_title_before_the_name() -> None:
    got = [m.text for m in NameContext([]).mentions("Local MP Alison Garth called it a blow.")]
    assert "Alison Garth" in got and not any("MP" in g for g in got)


def test_a_temperature_unit_is_no_name() -> None:
    ctx = NameContext([])
    assert ctx.mentions("The water was below 55°C on Monday.") == []
    assert [m.text for m in ctx.mentions("The water was 40 °F, Hanna Brink said.")] == [
        "Hanna Brink"
    ]


def test_a_number_word_that_opens_a_sentence_counts_people_and_names_nobody() -> None:
    """ "Twelve residents", "Vijfentwintig huurders": a count and its noun, the subject; a
    number word before a capitalised word may be part of a name ("Eleven Labs")."""

    def subject(text: str, lang: str) -> str | None:
        (claim,) = claims_from_text(text, lang=lang)
        return claim.subject

    assert subject("Twelve residents filed a complaint with the ombudsman.", "en") == (
        "Twelve residents"
    )
    assert subject("Forty-two drivers filed a claim on Monday.", "en") == "Forty-two drivers"
    assert subject("Vijfentwintig huurders dienden een klacht in.", "nl") == (
        "Vijfentwintig huurders"
    )
    assert subject("Eleven Labs raised its prices in May.", "en") == "Eleven Labs"
