"""Tests for onrecord.mail.names: Notes, Exchange and X-header name forms (Enron-era mail)."""

from __future__ import annotations

import pytest

from onrecord.mail.names import (
    display_name,
    formal_first_name,
    notes_name,
    person_part,
    plausible_owner,
    split_x_header,
    with_x_names,
)
from onrecord.record.model import Address


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sara Shackleton/HOU/ECT@ECT", "Sara Shackleton"),
        ("David Leboe/Enron@EnronXGate", "David Leboe"),
        ("Richard B Sanders/Enron@enronXgate", "Richard B Sanders"),
        ("Mark Taylor@ECT", "Mark Taylor"),
        ("Steven J Kean/NA/Enron", "Steven J Kean"),
        ("sara.shackleton@enron.com", "sara.shackleton@enron.com"),  # SMTP: not a Notes name
        ("Sara Shackleton", "Sara Shackleton"),
    ],
)
def test_notes_name(raw: str, expected: str) -> None:
    assert notes_name(raw) == expected


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Taylor, Mark E (Legal) </O=ENRON/OU=NA/CN=RECIPIENTS/CN=MTAYLO1>",
            "Taylor, Mark E (Legal)",
        ),
        ("Mark Taylor <Mark Taylor/HOU/ECT@ECT>", "Mark Taylor"),
        ("Exchange Information <Marketing@NYMEX.com>@ENRON", "Exchange Information"),
        ("'mcgovernw@sec.gov'", ""),
        ("\"'GDERNEHL@ENRON.COM'\" <GDERNEHL@ENRON.COM>", ""),
        ("Dernehl, Ginger On Behalf Of Shapiro, Richard", "Dernehl, Ginger"),
        ("Sara Shackleton/HOU/ECT@ECT", "Sara Shackleton"),
        ("", ""),
    ],
)
def test_display_name(entry: str, expected: str) -> None:
    assert display_name(entry) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mark Taylor@ECT on 08/22/2000 06:50 PM", "Mark Taylor@ECT"),
        ("Tana Jones on 09/29/2000 08:48 AM", "Tana Jones"),
        ("Mark Taylor Date: May 11, 2001", "Mark Taylor"),
        ("Keiser, Holly On Behalf Of Taylor, Mark E (Legal)", "Keiser, Holly"),
        ("Jon Ono", "Jon Ono"),  # "on" inside a name is not a tail
        ("Simon Onderdonk", "Simon Onderdonk"),
    ],
)
def test_person_part(raw: str, expected: str) -> None:
    assert person_part(raw) == expected


def test_split_x_header_keeps_exchange_last_first_together() -> None:
    value = (
        "Steffes, James D. </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Jsteffe>, "
        "Shapiro, Richard </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Rshapiro>"
    )
    assert split_x_header(value) == [
        "Steffes, James D. </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Jsteffe>",
        "Shapiro, Richard </O=ENRON/OU=NA/CN=RECIPIENTS/CN=Rshapiro>",
    ]
    assert split_x_header("Steven J Kean, Richard Shapiro, Linda Robertson") == [
        "Steven J Kean",
        "Richard Shapiro",
        "Linda Robertson",
    ]


@pytest.mark.parametrize(
    ("name", "email", "ok"),
    [
        ("Sara Shackleton", "sara.shackleton@enron.com", True),
        ("Richard Shapiro", "rshapiro@enron.com", True),
        ("Jeff Dasovich", "jdasovic@enron.com", True),  # Exchange cut the local part at 8
        ("Jane Carlin", "jcarl@ms.com", True),
        ("Taylor, Mark E (Legal)", ".taylor@enron.com", True),
        ("Mark Taylor", "tana.jones@enron.com", False),  # a list whose order drifted
        ("Exchange Information", "marketing@nymex.com", False),
        ("Jim Derrick.", "no.address@enron.com", False),
    ],
)
def test_plausible_owner(name: str, email: str, ok: bool) -> None:
    assert plausible_owner(name, email) is ok


def test_with_x_names_fills_missing_names_in_order() -> None:
    to = [Address("", "richard.shapiro@enron.com"), Address("", "james.steffes@enron.com")]
    got = with_x_names(to, "Richard Shapiro, James D Steffes")
    assert [a.name for a in got] == ["Richard Shapiro", "James D Steffes"]
    # the sender of a sent item: "legal <.taylor@enron.com>" is a mailbox label, not a name
    sender = [Address("legal", ".taylor@enron.com")]
    x_from = "Taylor, Mark E (Legal) </O=ENRON/OU=NA/CN=RECIPIENTS/CN=MTAYLO1>"
    assert with_x_names(sender, x_from)[0].name == "Taylor, Mark E (Legal)"


def test_with_x_names_refuses_what_it_cannot_pair() -> None:
    to = [Address("", "richard.shapiro@enron.com"), Address("", "james.steffes@enron.com")]
    assert with_x_names(to, "Richard Shapiro") == to  # counts differ: no pairing at all
    swapped = with_x_names(to, "James D Steffes, Richard Shapiro")
    assert [a.name for a in swapped] == ["", ""]  # names that do not fit their address
    named = [Address("Rick Shapiro", "rshapiro@enron.com")]
    assert with_x_names(named, "Richard Shapiro") == named  # a name of its own is kept


def test_formal_first_name() -> None:
    assert formal_first_name("rick") == "richard"
    assert formal_first_name("jim") == "james"
    assert formal_first_name("sara") == "sara"


def test_notes_names_with_spaced_or_worded_organisations() -> None:
    """Writers as Notes prints them in quote headers: the organisation after "@" with spaces,
    an organisation of two words, or GroupWise's "at Org_unit"."""
    assert notes_name("Yvette Parker @ Enron") == "Yvette Parker"
    assert notes_name("Scott Bolton@enron Communications") == "Scott Bolton"
    assert notes_name("Scott Neal At Enron_development") == "Scott Neal"
    assert notes_name("Pat at Home") == "Pat at Home"
    assert notes_name("a@b.com") == "a@b.com"
