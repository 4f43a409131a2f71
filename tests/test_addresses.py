from __future__ import annotations

import pytest

from onrecord.mail.addresses import decode_words, parse_address_list
from onrecord.record.model import Address


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"Vale, Marcus" <M.Vale@X.com>', [Address("Vale, Marcus", "m.vale@x.com")]),
        ("m@x.org (Marcus Vale)", [Address("Marcus Vale", "m@x.org")]),
        ("Marcus Vale <m at x.com>", [Address("Marcus Vale", "m@x.com")]),
        ("jgb at gsyc.es (Jesus M. Gonzalez)", [Address("Jesus M. Gonzalez", "jgb@gsyc.es")]),
        ("Vale, Marcus <m@x.org>", [Address("Vale, Marcus", "m@x.org")]),
        ("=?utf-8?q?Vale=2C_Marcus?= <m@x.org>", [Address("Vale, Marcus", "m@x.org")]),
        ("Tomas =?utf-8?q?Toftg=C3=A5rd?= <t@e.com>", [Address("Tomas Toftgård", "t@e.com")]),
        ("Marcus Vale <m@x.org", [Address("Marcus Vale", "m@x.org")]),
        ("abdul rasheed rasheed@motorola.com", [Address("abdul rasheed", "rasheed@motorola.com")]),
        ("Undisclosed recipients:;", []),
        (
            "Team: a@b.org, C <c@d.org>;, e@f.org",
            [Address("", "a@b.org"), Address("C", "c@d.org"), Address("", "e@f.org")],
        ),
        ("Whomever", [Address("Whomever", "")]),
        (
            "John Doe <jdoe@machine(comment).  example>",
            [Address("John Doe (comment)", "jdoe@machine.example")],
        ),
        ("jdoe@test  . example", [Address("", "jdoe@test.example")]),
        ("root (Cron Daemon)", [Address("Cron Daemon", "root")]),
        ("", []),
    ],
)
def test_parse_address_list(value: str, expected: list[Address]) -> None:
    assert parse_address_list(value) == expected


def test_decode_words_adjacent_and_split_multibyte() -> None:
    assert decode_words("=?utf-8?q?a?==?utf-8?q?b?=") == "ab"
    assert decode_words("=?utf-8?b?w6k=?= =?utf-8?b?w6k?=") == "éé"  # missing padding
    assert decode_words("=?utf-8?b?4oK=?= =?utf-8?b?rA==?=") == "€"  # € split over two words
    assert decode_words("=?ISO-8859-1?Q?Andr=E9?= Pirard") == "André Pirard"
    assert decode_words("=?x-unknown?q?caf=C3=A9?=") == "café"


def test_never_raises_on_garbage() -> None:
    for value in ['"unterminated', "<<<>>>", "(((", '\\"\\', "a@b@c, ,,; :"]:
        assert isinstance(parse_address_list(value), list)
