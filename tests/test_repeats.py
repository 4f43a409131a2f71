"""The same words by the same writer take one of a verdict's first places, not two."""

from __future__ import annotations

from onrecord.check.verdicts.evidence import Evidence
from onrecord.check.verdicts.repeats import repeats_last, said_key
from onrecord.index.hybrid import Endorsed, Hit

HOEKSTRA = ("Willemijn Hoekstra", "w.hoekstra@kunsthal.example")
KLINE = ("Deborah Kline", "d.kline@kline-law.example")


def _hit(sid: int, text: str, who: tuple[str, str], via: Endorsed | None = None) -> Hit:
    return Hit(
        statement_id=sid,
        message=sid,
        message_id=f"<{sid}@x>",
        subject="",
        text=text,
        author_name=who[0],
        author_email=who[1],
        date="2019-04-02T10:00:00Z",
        date_offset=None,
        kind="authored",
        lang="nl",
        span=(0, len(text)),
        score=0.0,
        via_endorsement=via,
    )


def _ev(sid: int, text: str, who: tuple[str, str], via: Endorsed | None = None) -> Evidence:
    return Evidence("own", _hit(sid, text, who, via), [])


def _yup(sid: int, text: str, who: tuple[str, str], target: int, endorsed: str) -> Evidence:
    via = Endorsed(target, "agree", endorsed, *KLINE, None, target, None, True)
    return _ev(sid, text, who, via)


OFFER = "Wel kunnen we de erven een vergoeding van 250.000 euro aanbieden."
RETURN = "My clients ask that the painting be returned to them."
NO_MONEY = "They do not seek any financial compensation from the museum."


def test_a_sentence_sent_twice_by_one_writer_moves_after_the_others() -> None:
    ev = [
        _ev(1, OFFER, HOEKSTRA),
        _ev(2, "Wel kunnen we de  erven een vergoeding van 250.000 euro aanbieden.", HOEKSTRA),
        _ev(3, NO_MONEY, KLINE),
        _ev(4, RETURN, KLINE),
    ]
    assert [e.hit.statement_id for e in repeats_last(ev)] == [1, 3, 4, 2]


def test_the_same_words_by_two_writers_both_stay_in_place() -> None:
    # Kline's words and Hoekstra quoting them verbatim are two pieces: who wrote them differs
    ev = [_ev(1, NO_MONEY, KLINE), _ev(2, NO_MONEY, HOEKSTRA), _ev(3, RETURN, KLINE)]
    assert [e.hit.statement_id for e in repeats_last(ev)] == [1, 2, 3]


def test_a_yup_counts_as_the_words_it_stands_behind() -> None:
    # two "Eens." of Hoekstra to the same sentence of Kline's are one piece shown; an "Eens."
    # to another sentence is not a repeat, nor is a different writer's "Eens." to the same one
    ev = [
        _yup(10, "Eens.", HOEKSTRA, 1, NO_MONEY),
        _yup(11, "Akkoord.", HOEKSTRA, 1, NO_MONEY),
        _yup(12, "Eens.", HOEKSTRA, 2, RETURN),
        _yup(13, "Eens.", ("Gerard Pauwels", "g.pauwels@kunsthal.example"), 1, NO_MONEY),
    ]
    assert said_key(ev[0].hit) == said_key(ev[1].hit)
    assert said_key(ev[0].hit) != said_key(ev[2].hit)
    assert [e.hit.statement_id for e in repeats_last(ev)] == [10, 12, 13, 11]


def test_nothing_is_dropped_and_an_order_without_repeats_is_kept() -> None:
    ev = [_ev(1, RETURN, KLINE), _ev(2, NO_MONEY, KLINE), _ev(3, OFFER, HOEKSTRA)]
    assert repeats_last(ev) == ev
    assert repeats_last([]) == []
