"""Spoken quotes that only voice their speaker (held-out writers h9, h10, h11, h12, h13) are
commentary; quotes that report, with a past, a figure, a judgement of truth or in writing, stay
claims (dev and held-out sentences)."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import _has_past, skip_reason
from onrecord.check.claims.spoken_quote import quote_content, voices_only


def _reason(s: str) -> str | None:
    return skip_reason(s, s, s, 0, len(s))


def test_remarks_and_states_of_mind_are_commentary() -> None:
    for s in (
        '"Riders are not a cost to be minimised," she says.',
        '"Safety is not something we compromise on, and we are acting out of an abundance of '
        'caution," said Marianne Tolchard, chief executive of Tidewell Energy.',
        '"Nobody makes me do anything."',
        '"It would not pay for the plasterer," she said.',
        '"It feels like the heart has been ripped out of the village," said one member.',
        '"Nobody in this room wanted to be here tonight," he said.',
        '"Ze dachten dat we het wel zouden slikken," zegt Boersema.',
        '"Ik heb nooit een lege zaal gezien als mislukking," zegt hij.',
        'Outside the hearing, she said: "I only ever wanted someone to move the pallets."',
    ):
        assert voices_only(s, _has_past), s
        assert _reason(s) == "commentary", s


def test_quotes_that_report_stay_claims() -> None:
    for s in (
        '"Ik heb de taxatie nooit gezien," zegt ze.',
        "'Ik heb niets achtergehouden,' aldus de wethouder.",
        "'Daarna heb ik het op papier gezet.'",
        "'De metingen van de provincie kloppen niet.'",
        '"Every animal in our care sees a vet within 48 hours," said director Paula Greaves.',
        '"We acted the day we had a positive test," she said.',
        '"We are well over and I would not want to be the one explaining it," Rudge wrote.',
        '"I was told it was commercially sensitive," she said.',
        '"She wanted the report buried," he said.',
        '"I never saw the valuation," she says.',
        '"Ik heb elk contract laten aftekenen door twee bestuursleden," zegt Bouzid.',
        "'Er is geen vis doodgegaan.'",
    ):
        assert not voices_only(s, _has_past), s
        assert _reason(s) is None, s


def test_a_quote_is_spoken_only_with_a_verb_of_speaking() -> None:
    assert quote_content('"We never discussed a sale," Reeve said on Wednesday.') == (
        "We never discussed a sale,"
    )
    assert quote_content('"Keep the results off the log," Brayshaw wrote.') is None
    assert quote_content("The board met on Monday.") is None


def test_a_quoted_question_with_its_asker_is_a_question() -> None:
    assert _reason('"Waarom moest dit zo snel?", vroeg Arendsen.') == "question"
    assert (
        _reason(
            '"Hoe kan een directeur niet weten waar zijn eigen ploegen aan het werk zijn?", '
            "vroeg de rechter."
        )
        == "question"
    )
    assert _reason('"Why now?" asked one member of the committee.') == "question"
    # an answer after the question is a claim of its own sentence
    assert _reason("Asked why the pool closed, Vale said the roof was unsafe.") is None
