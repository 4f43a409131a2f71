"""A quote told to the writer ("'S,' he told me in his office.") is the speaker's claim S, as
"'S,' she said." is (`claimant.strip_framing`; h11's profile)."""

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext

_CTX = NameContext([])


def _frame(s: str) -> tuple[str | None, str]:
    return strip_framing(s, "en", _CTX, reported=True)


def test_told_me_with_a_place() -> None:
    s = '"We chose to pause it," he told me in his office above the club shop.'
    assert _frame(s) == ("he", "We chose to pause it.")
    assert _frame('"We chose to pause it," he told me.') == ("he", "We chose to pause it.")


def test_left_as_written() -> None:
    # a relative clause after the frame is a claim of its own: not cut off with the frame
    s = (
        '"She treated dissent as disloyalty," Aldane told me by phone from Lisbon, where he '
        "now runs a coffee business."
    )
    assert _frame(s)[0] is None
    # told a party, not the writer: a claim about what was said
    s = '"We chose to pause it," he told the trust in a letter.'
    assert _frame(s)[0] is None
