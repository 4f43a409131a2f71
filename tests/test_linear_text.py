"""Text handling stays linear on hostile input (issue 12). The fuzz run found three regexes that
backtracked quadratically on long runs (60 KB: 2 to over 10 s), and the big-message class a
sentence splitter that scanned back to the paragraph's start for every period (2 MB: 7 s); each
was replaced by a linear equivalent. These tests check the equivalence, and that 1 MB runs finish inside an item's time
budget (the quadratic versions would take hours: the margin does not depend on the machine)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.engines.fence import analyze_fenced
from onrecord.mail import addresses, mime
from onrecord.record.limits import Limits
from onrecord.record.model import ItemKind, RawItem
from onrecord.text.lang import _drop_email_runs
from onrecord.text.sentences import _token_start

OLD_EMAIL_RUN = re.compile(r"(?<!\S)\S+@\S+\.\S+")
OLD_SPECIALS = re.compile(r'["(\\:;]|<[^>]*,')
OLD_TRAILING_WS = re.compile(r"[ \t\r\f\v]+(?=\n)")
EQUAL = settings(max_examples=300, deadline=None, database=None, derandomize=True)


@EQUAL
@given(st.text("a@. \n\t\u00a0x", max_size=40))
def test_email_runs_dropped_as_the_regex_did(text: str) -> None:
    assert _drop_email_runs(text) == OLD_EMAIL_RUN.sub(" ", text)


@EQUAL
@given(st.text('<>,a"(;:\\', max_size=30))
def test_address_specials_found_as_the_regex_did(text: str) -> None:
    assert bool(addresses._SPECIALS.search(text)) == bool(OLD_SPECIALS.search(text))


@EQUAL
@given(st.text("a \t\r\n\f\v\x00", max_size=40))
def test_trailing_blanks_dropped_as_the_regex_did(text: str) -> None:
    old = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    assert mime._normalize(text) == OLD_TRAILING_WS.sub("", old).rstrip()


@EQUAL
@given(st.text("ab. \n\t", max_size=200), st.data())
def test_sentence_token_start_found_as_rfind_did(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    s = data.draw(st.integers(a, len(text)))
    old = max(a - 1, text.rfind(" ", a, s), text.rfind("\n", a, s), text.rfind("\t", a, s)) + 1
    assert _token_start(text, a, s) == old


def test_megabyte_runs_finish_within_the_item_budget() -> None:
    head = b"From: a@example.org\nTo: b@example.org\nSubject: s\n\n"
    limits = Limits(item_seconds=60)
    for data in (
        head + b"\t" * 1_000_000,  # trailing blanks with no line break after them
        head + b"@" * 1_000_000,  # an e-mail-like run (language detection)
        head.replace(b"b@example.org", b"<" * 1_000_000),  # brackets in an address list
        head + b"Words go on and on. " * 100_000,  # 2 MB of prose without a line break
    ):
        item = RawItem(source="s", locator="", kind=ItemKind.MAIL, data=data)
        result = analyze_fenced(item, {}, limits)
        assert result.error is None, result.error
