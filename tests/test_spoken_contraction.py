"""A speaker's "That's" is the "That is" of a judgement of what was just said (h10's interview),
and the speaker's own "I" is no name that makes it a report (`checkworthy.is_opinion`)."""

from onrecord.check.claims.checkworthy import is_opinion


def test_contracted_judgement_is_commentary() -> None:
    line = "That's a distinction, I accept, that won't mean much to the residents."
    assert is_opinion(line)
    assert is_opinion(line.replace("That's", "That is"))


def test_reports_stay() -> None:
    assert not is_opinion("It's 40 years since Harwood Athletic last won the cup.")
    assert not is_opinion("That's when Elliot Marchbank resigned from the board.")
    assert not is_opinion("I accept that the letter arrived two weeks late.")
    assert not is_opinion("It's the third fire at the Tarnfield plant since 2021.")
