"""A description of someone else is not the person named before: "a spokesperson", "the
trust's finance officer", "een woordvoerder" bring in a new person (check/subjects/coref), and a
thing described ("de brief van de inspectie") is no "hij". Also the phrases around them: a
possessive is no verb when a verb phrase is split off, "Volgens X" ends at X's verb, and "van"
belongs to the noun phrase it closes."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.language.claim_names import NameContext, token_spans
from onrecord.check.language.nl_order import det_np


def _claims(text: str, *names: str) -> list[tuple[str, str | None, str | None]]:
    """(text, claimant, subject) of each claim of a short news text after its first sentence
    (which, alone on the first line, may be read as a byline)."""
    got = claims_from_text(text, names=names)
    first = text.split(". ")[0]
    return [(c.text, c.claimant, c.subject) for c in got if not c.original.startswith(first)]


def test_an_owned_description_is_not_the_person_before_and_keeps_its_possessive() -> None:
    got = _claims(
        "Marta Lindqvist chairs the Elmfield Trust. The trust's finance officer reviewed the "
        "accounts and found no errors.",
        "Marta Lindqvist",
    )
    assert [c[0] for c in got] == [
        "The trust's finance officer reviewed the accounts.",
        "The trust's finance officer found no errors.",
    ]
    assert all(c[2] != "Marta Lindqvist" for c in got)


def test_an_unnamed_source_is_someone_new() -> None:
    got = _claims(
        "Marta Lindqvist chairs the Elmfield Trust. The accounts were in order, a trust "
        "spokesperson said.",
        "Marta Lindqvist",
    )
    assert got[0][:2] == ("The accounts were in order.", "a trust spokesperson")
    got = _claims(
        "Sanne Bakker leidt stichting De Linde. De subsidie is nooit aangevraagd, zegt een "
        "woordvoerder.",
        "Sanne Bakker",
    )
    assert got[0][:2] == ("De subsidie is nooit aangevraagd.", "een woordvoerder")


def test_volgens_ends_at_the_verb_before_a_parenthetical() -> None:
    got = _claims(
        "Wethouder Kees Dijkman kreeg vorige week het rapport. Volgens Dijkman lag de brief van "
        "de inspectie, over de lekkage in het zwembad, al in maart bij de gemeente.",
        "Kees Dijkman",
    )
    assert got[0][1] == "Dijkman"
    assert got[0][0].startswith("De brief van de inspectie lag, over de lekkage")


def test_van_closes_the_noun_phrase() -> None:
    toks = token_spans("de notitie van de toezichthouder lag op zijn bureau")
    assert det_np(toks) == 5
    assert det_np(token_spans("de raad van bestuur besloot")) == 4
    assert det_np(token_spans("het nieuwe bestuur besloot")) == 3


def test_a_thing_described_is_no_he() -> None:
    got = _claims(
        "Wethouder Kees Dijkman kreeg vorige week het rapport. De brief van de inspectie lag al "
        "in maart bij de gemeente. Hij zegt dat zijn ambtenaren de brief niet hadden "
        "doorgestuurd.",
        "Kees Dijkman",
    )
    assert got[1] == (
        "Zijn ambtenaren hadden de brief niet doorgestuurd.",
        "Kees Dijkman",
        "Kees Dijkman",
    )


def test_names_still_resolve() -> None:
    """What stays: a definite role after the person's name is that person."""
    ctx = NameContext(["Marta Lindqvist"])
    assert ctx.classify("Marta Lindqvist") == "person"
    got = _claims(
        "Marta Lindqvist chairs the Elmfield Trust. The chair said the accounts were in order.",
        "Marta Lindqvist",
    )
    assert got[0][1] == "Marta Lindqvist"


def test_an_owned_description_with_a_name_in_apposition_is_that_person() -> None:
    got = _claims(
        "Karel Dunn founded the gallery. The lease was signed by the gallery's chair, Ruth "
        "Abara, in May 2020.",
        "Karel Dunn",
        "Ruth Abara",
    )
    assert got[0][2] == "Ruth Abara"


def test_a_firm_of_partners_is_one_name() -> None:
    got = _claims(
        "We reported on the route. The firm, Harlow & Finch, said it has not yet been appointed."
    )
    assert got[0][:2] == ("Harlow & Finch has not yet been appointed.", "Harlow & Finch")
    assert NameContext([]).classify("Harlow & Finch") == "org"


def test_volgens_a_title_with_its_portfolio() -> None:
    got = _claims(
        "De raad nam een motie aan. Volgens wethouder Onderwijs Petra Kok kost renovatie van de "
        "school minimaal 9 miljoen euro.",
        "Petra Kok",
    )
    assert got[0][1] == "Petra Kok"


def test_according_to_a_description_and_its_name_is_the_named_person() -> None:
    got = _claims(
        "The port is busy. The ferry left on time, according to our harbour master, Colin "
        "Treharne.",
        "Colin Treharne",
    )
    assert got[0][:2] == ("The ferry left on time.", "Colin Treharne")
