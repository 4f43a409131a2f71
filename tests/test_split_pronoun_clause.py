"""A clause after ", and" that opens with a subject pronoun or "nobody" is a claim of its own."""

from __future__ import annotations

from onrecord.check.claims.clauses import split_compound
from onrecord.check.language.claim_names import NameContext

CTX = NameContext([])


def test_pronoun_and_nobody_open_a_clause() -> None:
    s = "We had the whole site evacuated within eleven minutes, and nobody was hurt."
    assert split_compound(s, "en", CTX) == [
        "We had the whole site evacuated within eleven minutes.",
        "Nobody was hurt.",
    ]
    s = "Hexley had isolated them on the Monday, and they were due back in service on the Friday."
    assert split_compound(s, "en", CTX)[1] == "They were due back in service on the Friday."


def test_a_list_of_objects_stays_whole() -> None:
    s = "She met the chair and him in May."  # "him": an object, no clause
    assert split_compound(s, "en", CTX) == [s]


def test_an_adverb_may_stand_between_the_pronoun_and_its_verb() -> None:
    s = "Dekker wrote to the treasurer, Anne Holt, in March, and she never answered."
    assert split_compound(s, "en", CTX) == [
        "Dekker wrote to the treasurer, Anne Holt, in March.",
        "She never answered.",
    ]


def test_a_quantifier_opens_a_clause_of_its_own() -> None:
    s = "About forty tenants attended the meeting, and several walked out before the vote."
    assert split_compound(s, "en", CTX)[1] == "Several walked out before the vote."
    s = "The firm hired twelve drivers in May, and most of them left within a year."
    assert split_compound(s, "en", CTX)[1] == "Most of them left within a year."
    s = "De vereniging telt 300 leden, en velen kwamen naar de vergadering."
    assert split_compound(s, "nl", CTX)[1] == "Velen kwamen naar de vergadering."


def test_a_count_of_the_group_opens_a_clause_of_its_own() -> None:
    s = "The trust hired nine nurses in March, and about four of them left in May."
    assert split_compound(s, "en", CTX)[1] == "About four of them left in May."
    s = "De school nam vijf docenten aan, en twee van hen vertrokken na een jaar."
    assert split_compound(s, "nl", CTX)[1] == "Twee van hen vertrokken na een jaar."
    # a count of a group named inside the clause is an object's, no subject of its own
    s = "She met twelve tenants and two of the wardens in May."
    assert split_compound(s, "en", CTX) == [s]


def test_a_verb_after_a_comma_continues_the_first_clause() -> None:
    s = (
        "Marten Bos sold his shares in the firm in 2019, three years before the tender, and "
        "reported the sale to the council that spring."
    )
    parts = split_compound(s, "en", CTX)
    assert len(parts) == 2
    assert parts[1].endswith("reported the sale to the council that spring.")
    assert "Bos" in parts[1].split(" reported")[0]
    # names listed after a comma are no clause
    s = "Three directors, Ruth Pell, Sam Ode, and Ian Rook, signed the letter."
    assert split_compound(s, "en", CTX) == [s]


def test_a_pronoun_in_the_second_clause_may_be_a_person_the_first_named() -> None:
    from onrecord.check.claims.extract import claims_from_text

    claims = claims_from_text(
        "Paul Dekker wrote to the treasurer, Anne Holt, in March, and she never answered.",
        lang="en",
    )
    assert [c.subject for c in claims] == ["Paul Dekker", "Anne Holt"]
    # "she" in a speaker's own "I wrote ..." is someone else than the speaker
    claims = claims_from_text(
        'Ruth Pell ran the depot until 2023. Kate Moss joined in 2020. "I wrote to the board in '
        'April, and she never replied," Pell said.',
        lang="en",
    )
    assert claims[-1].subject == "Kate Moss"
    assert claims[-1].claimant == "Pell"


def test_a_dutch_second_object_and_participle_share_subject_and_auxiliary() -> None:
    """ "De provincie heeft de subsidie ingetrokken en de weg afgesloten": the second half
    is the same subject's act, never the broken "De weg afgesloten."."""
    s = "De provincie heeft de subsidie ingetrokken en de weg afgesloten."
    assert split_compound(s, "nl", CTX) == [
        "De provincie heeft de subsidie ingetrokken.",
        "De provincie heeft de weg afgesloten.",
    ]
    # a clause of its own with its own auxiliary stays as written
    s = "De raad heeft ingestemd en de wethouder is vertrokken."
    assert split_compound(s, "nl", CTX)[1] == "De wethouder is vertrokken."


def test_an_adverb_between_the_name_and_its_verb() -> None:
    """ "Pemble now works ... and says ...": the first part has its verb after an adverb, the
    second part is the same person's, without the adverb."""
    s = "Tamsin Hale now works for a charity in Leeds and says she was pushed out."
    assert split_compound(s, "en", CTX) == [
        "Tamsin Hale now works for a charity in Leeds.",
        "Tamsin Hale says she was pushed out.",
    ]


def test_a_fronted_adverbial_before_the_subject_of_a_split_sentence() -> None:
    s = "As a result, the bakery lost a third of its orders and closed its Hull depot."
    assert split_compound(s, "en", NameContext([s]))[1] == "The bakery closed its Hull depot."
    s = "Despite the warnings, the trust sold the depot and closed the line in May."
    assert split_compound(s, "en", NameContext([s]))[1] == "The trust closed the line in May."


def test_a_dutch_participle_tail_without_an_auxiliary_before_it() -> None:
    """No auxiliary in the first clause to share: the sentence stays whole (it had raised a
    TypeError)."""
    s = "De weg bleef maandenlang dicht en het terrein gesloten."
    assert split_compound(s, "nl", NameContext([s])) == [s]


def test_i_and_we_are_the_subject_a_second_verb_shares() -> None:
    ctx = NameContext(["Alison Thorne"])
    s = "I wrote to Alison Thorne on 5 September and asked for a meeting within a fortnight."
    assert split_compound(s, "en", ctx) == [
        "I wrote to Alison Thorne on 5 September.",
        "I asked for a meeting within a fortnight.",  # not "Alison Thorne asked ..."
    ]
    s = "Ik schreef op 5 september aan Alison Thorne en vroeg om een gesprek."
    assert split_compound(s, "nl", ctx)[1] == "Ik vroeg om een gesprek."


def test_a_plural_noun_before_a_comma_is_no_verb_after_and() -> None:
    s = (
        "Mr Justice Aldous Penhale ordered the board to pay Skerry Line £1.84 million in damages "
        "and costs, a fraction of the £6.2 million the operator had sought."
    )
    assert split_compound(s, "en", CTX) == [s]  # not "... Penhale costs, a fraction of ..."
    s = "Halden Ferries runs the island service and employs 820 people."
    assert split_compound(s, "en", CTX)[1] == "Halden Ferries employs 820 people."
