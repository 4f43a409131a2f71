"""An object pronoun in a quote or an interview answer gets the thing named before it
(`check/claims/quote_object.py`), on sentences of h10, h11, h12 and h13; what it must leave."""

from onrecord.check.claims.extract import claims_from_text
from onrecord.check.claims.quote_object import with_object_referent

_ROURKE = (
    "Elliot wanted to raise £20 million from Crestline Capital to build a second plant in "
    "Hollin Vale, and I voted against it."
)


def test_it_after_a_clause_of_the_same_sentence() -> None:
    assert with_object_referent(
        "Rourke voted against it.", _ROURKE, "Was that about the fire?"
    ) == ("Rourke voted against £20 million from Crestline Capital.")


def test_them_in_an_answer_is_the_plural_thing_of_the_question() -> None:
    question = (
        "OWAIN LLEDROD: Rosalind Hebden, why is Saltreach Hospice closing six of its twelve beds?"
    )
    got = with_object_referent(
        "Because we cannot staff them.", "ROSALIND HEBDEN: Because we cannot staff them.", question
    )
    assert got == "Because we cannot staff six of its twelve beds."


def test_it_is_the_thing_the_answer_named_before() -> None:
    before = (
        "The contract with Moorside Planning, which is my brother's firm, went through a tender "
        "with three bids."
    )
    got = with_object_referent(
        "Haverly left the room when the board voted on it.",
        "I left the room when the board voted on it.",
        before,
    )
    assert (
        got == "Haverly left the room when the board voted on the contract with Moorside Planning."
    )


def test_dutch_pronominal_adverb() -> None:
    before = "Het voorstel om de kantine te verkopen kwam in maart op tafel."
    got = with_object_referent("Ik heb ertegen gestemd.", "Ik heb ertegen gestemd.", before)
    assert got == "Ik heb tegen het voorstel gestemd."


def test_left_alone() -> None:
    # the sentence's own earlier part is what "them" points to ("customers"): no phrase to take
    quillon = "Where customers fell short, we refunded them, and we will keep doing so."
    assert with_object_referent(
        "Where customers fell short, Quillon refunded them.", quillon, "x"
    ) == ("Where customers fell short, Quillon refunded them.")
    # a time is never the thing ("this week"); "that letter" is not taken either
    morrow = "DALE: Morrow Mutual told us this week that it has no record of that letter."
    line = "Then somebody at Morrow has mislaid it."
    assert with_object_referent(line, line, morrow) == line
    # an idiom and a subject "it" stay
    assert with_object_referent("We will make it.", "We will make it.", "The plan was late.") == (
        "We will make it."
    )
    assert with_object_referent("Nobody knew that it.", "x", "The plan was late.") == (
        "Nobody knew that it."
    )


def test_in_a_transcript_but_not_in_the_writer_s_own_sentences() -> None:
    interview = (
        "**IMRAN DALE (host):** Tamsin Rourke, you founded Cellwright in 2018. What happened?\n\n"
        "**TAMSIN ROURKE:** A pallet of batteries caught fire in the intake bay on 11 July.\n\n"
        "**DALE:** Elliot Marchbank resigned from the board on 4 August. Was that about the fire?"
        "\n\n**ROURKE:** It had nothing to do with the fire. " + _ROURKE + "\n"
    )
    texts = [c.text for c in claims_from_text(interview, author="The Circuit podcast", lang="en")]
    assert "Rourke voted against £20 million from Crestline Capital." in texts
    # the complaint's own words (h-dev "stratmore-complaint") keep their pronoun
    complaint = (
        "The Respondent dismissed the Claimant on 3 March 2024. Ms Hart did not state any reason "
        "for it.\n"
    )
    texts = [c.text for c in claims_from_text(complaint, author="Adaeze Okonkwo", lang="en")]
    assert any(t.endswith("any reason for it.") for t in texts)


def test_a_clause_of_two_parts_names_the_thing_in_its_first() -> None:
    """ "I raised the insurance twice in writing and both times I was told to drop it": "it" is
    the insurance, not what the sentence before named; the phrase ends before "twice"."""
    before = "Pemble now works for a heritage charity in Bristol."
    clause = "I raised the valuation twice in writing and both times I was told to drop it."
    got = with_object_referent(clause, clause, before)
    assert got == (
        "I raised the valuation twice in writing and both times I was told to drop the valuation."
    )
