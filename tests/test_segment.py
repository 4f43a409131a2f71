from __future__ import annotations

import importlib.util
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from onrecord.mail.segment import learn_signatures, segment_body
from onrecord.record.model import Address, Segment, SegmentKind
from onrecord.text.html import html_to_text

K = SegmentKind
ME = Address("Anna de Vries", "anna@example.nl")
WHEN = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def _seg(text: str, **kw) -> list[tuple[str, str, str]]:
    return [
        (s.kind.value, text[s.start : s.end], s.author_email)
        for s in segment_body(text, ME, WHEN, **kw)
    ]


def _check_cover(text: str, segs: list[Segment]) -> None:
    """Segments are in order, do not overlap, and cover every non-blank character."""
    pos = 0
    for s in segs:
        assert s.start >= pos and s.end > s.start
        assert not text[pos : s.start].strip()
        pos = s.end
    assert not text[pos:].strip()


def test_yup_above_quoted_argument_en() -> None:
    text = (
        "Yup\n\n"
        "On Mon, Mar 4, 2024 at 9:12 PM Bob Jansen <bob@example.com> wrote:\n"
        "> We should move the launch to April, the vendor is late.\n"
        "> The budget allows it.\n"
    )
    segs = segment_body(text, ME, WHEN)
    _check_cover(text, segs)
    assert [s.kind for s in segs] == [K.AUTHORED, K.QUOTED]
    assert text[segs[0].start : segs[0].end] == "Yup"
    assert segs[0].author_email == ME.email and segs[0].date == WHEN
    quoted = segs[1]
    assert text[quoted.start : quoted.end].startswith("On Mon, Mar 4")  # the header belongs to it
    assert (quoted.author_name, quoted.author_email, quoted.depth) == (
        "Bob Jansen",
        "bob@example.com",
        1,
    )


def test_dutch_quote_header_wrapped() -> None:
    text = (
        "Akkoord.\n\n"
        "Op di 5 mrt. 2024 om 09:12 schreef Bob Jansen <\n"
        "bob@example.com>:\n\n"
        "> Zullen we de lancering naar april verplaatsen?\n"
    )
    segs = segment_body(text, ME, WHEN)
    assert [s.kind for s in segs] == [K.AUTHORED, K.QUOTED]
    assert segs[1].author_email == "bob@example.com"
    assert text[segs[1].start :].startswith("Op di 5 mrt.")


def test_forward_with_comment() -> None:
    text = (
        "Zie hieronder, dit is wat Piet toezegde.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Piet Bakker <piet@bakker.nl>\n"
        "Date: Tue, 27 Feb 2024 14:03:00 +0100\n"
        "Subject: Levering\n"
        "To: Anna de Vries <anna@example.nl>\n\n"
        "We leveren uiterlijk 1 april.\n"
    )
    segs = segment_body(text, ME, WHEN)
    _check_cover(text, segs)
    assert [s.kind for s in segs] == [K.AUTHORED, K.FORWARDED]
    assert segs[0].author_email == ME.email
    fwd = segs[1]
    assert (fwd.author_name, fwd.author_email) == ("Piet Bakker", "piet@bakker.nl")
    assert fwd.date == datetime(2024, 2, 27, 13, 3, tzinfo=UTC)
    assert fwd.date_offset_min == 60
    assert text[fwd.start : fwd.end].startswith("---------- Forwarded message")
    assert text[fwd.start : fwd.end].endswith("We leveren uiterlijk 1 april.")


def test_apple_forward_nl() -> None:
    text = (
        "Ter info.\n\nBegin doorgestuurd bericht:\n\n"
        "Van: Piet Bakker <piet@bakker.nl>\nOnderwerp: Levering\n"
        "Datum: 27 februari 2024 om 14:03:00 CET\nAan: Anna <anna@example.nl>\n\n"
        "We leveren uiterlijk 1 april.\n"
    )
    segs = segment_body(text, ME, WHEN)
    assert [s.kind for s in segs] == [K.AUTHORED, K.FORWARDED]
    assert segs[1].author_email == "piet@bakker.nl"


def test_interleaved_reply_exact_spans() -> None:
    text = (
        "On Dec 15, 2024, at 2:00 PM, Jane Doe <jane@example.com> wrote:\n"
        "> What about option A?\n\n"
        "Option A is great.\n\n"
        "> And option B?\n"
        "> It is cheaper.\n\n"
        "Option B has drawbacks.\n"
    )
    got = _seg(text)
    assert got == [
        ("quoted", "On Dec 15, 2024, at 2:00 PM, Jane Doe <jane@example.com> wrote:\n> What about option A?",
         "jane@example.com"),
        ("authored", "Option A is great.", ME.email),
        ("quoted", "> And option B?\n> It is cheaper.", "jane@example.com"),
        ("authored", "Option B has drawbacks.", ME.email),
    ]  # fmt: skip


def test_outlook_dutch_block() -> None:
    text = (
        "Prima, doen we.\n\n"
        "________________________________\n"
        "Van: Bob Jansen <bob@example.com>\n"
        "Verzonden: dinsdag 5 maart 2024 09:12\n"
        "Aan: Anna de Vries <anna@example.nl>\n"
        "Onderwerp: RE: planning\n\n"
        "Kunnen we de oplevering een week uitstellen?\n"
    )
    segs = segment_body(text, ME, WHEN)
    _check_cover(text, segs)
    assert [s.kind for s in segs] == [K.AUTHORED, K.QUOTED]
    assert text[segs[0].start : segs[0].end] == "Prima, doen we."
    assert segs[1].author_email == "bob@example.com" and segs[1].author_name == "Bob Jansen"
    assert text[segs[1].start :].startswith("_____")  # the separator goes with the header block


def test_outlook_original_message_german() -> None:
    text = (
        "Passt.\n\n-----Ursprüngliche Nachricht-----\nVon: Max Muster <max@muster.de>\n"
        "Gesendet: Montag, 4. März 2024 10:00\nAn: Anna\nBetreff: Termin\n\nGeht Dienstag?\n"
    )
    segs = segment_body(text, ME, WHEN)
    assert [s.kind for s in segs] == [K.AUTHORED, K.QUOTED]
    assert segs[1].author_email == "max@muster.de"


def test_nested_quotes_depth_and_authors() -> None:
    text = (
        "Agreed.\n\n"
        "On Dec 15, 2024, at 2:00 PM, Jane Doe <jane@example.com> wrote:\n"
        "> Fine by me.\n>\n"
        "> On Dec 14, 2024, at 10:00 AM, Bob Smith <bob@example.com> wrote:\n"
        "> > Let us ship on Friday.\n"
    )
    segs = segment_body(text, ME, WHEN)
    assert [(s.kind, s.depth, s.author_email) for s in segs] == [
        (K.AUTHORED, 0, ME.email),
        (K.QUOTED, 1, "jane@example.com"),
        (K.QUOTED, 2, "bob@example.com"),
    ]


def test_signature_learned_from_repetition() -> None:
    sig = "Anna de Vries\nProjectleider | Gemeente Voorbeeld\n+31 6 1234 5678"
    bodies = [f"Bericht nummer {i}, over iets anders.\n\n{sig}\n" for i in range(4)]
    learned = learn_signatures(bodies)
    assert learned and learned[0] == sig
    text = f"De vergunning is verleend.\n\n{sig}\n"
    got = _seg(text, known_signatures=learned)
    assert got[0] == ("authored", "De vergunning is verleend.", ME.email)
    assert got[1][0] == "signature" and got[1][1] == sig
    assert learn_signatures(bodies[:2]) == []  # fewer than 3 messages: nothing learned


def test_dash_signature_and_signoff() -> None:
    text = "Ik kom morgen.\n\nMet vriendelijke groet,\nAnna de Vries\n06-12345678\n"
    got = _seg(text)
    assert got[0] == ("authored", "Ik kom morgen.", ME.email)
    assert got[1][0] == "signature" and got[1][1].startswith("Met vriendelijke groet,")
    text = "See you.\n\n-- \nAnna\nhttps://example.nl\n"
    assert [g[0] for g in _seg(text)] == ["authored", "signature"]


def test_disclaimer() -> None:
    text = (
        "The figures are attached.\n\n"
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
        "onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken.\n\n"
        "This email and any attachments are confidential and intended solely for the use of "
        "the individual to whom it is addressed.\n"
    )
    got = _seg(text)
    assert got[0] == ("authored", "The figures are attached.", ME.email)
    assert [g[0] for g in got[1:]] == ["disclaimer"]


def test_mailing_list_footer_and_mobile_lines() -> None:
    text = (
        "I second that proposal.\n\n"
        "Verstuurd vanaf mijn iPhone\n\n"
        "_______________________________________________\n"
        "Foo mailing list\n"
        "Foo@lists.example.org\n"
        "https://lists.example.org/mailman/listinfo/foo\n"
    )
    got = _seg(text)
    assert got[0] == ("authored", "I second that proposal.", ME.email)
    assert all(g[0] == "boilerplate" for g in got[1:])
    assert "Verstuurd vanaf mijn iPhone" in got[1][1]
    text = "Here is another email\n\nSent from my iPhone"
    assert _seg(text)[1][0] == "boilerplate"
    text = "Here is another email\n\nSent from my desk, is much easier than my mobile phone."
    assert [g[0] for g in _seg(text)] == ["authored"]


def test_no_false_positive_in_prose() -> None:
    text = (
        "Last week I wrote: the plan is fine.\n"
        "On the other hand, Bob wrote: we need more time.\n"
        "On average, this works.\n\n"
        "From: our database, not From: external sources.\n"
    )
    assert [g[0] for g in _seg(text)] == ["authored"]


def test_html_quote_spans() -> None:
    html = (
        "<div>Sounds good.</div><div class=gmail_quote><div>On Mon, Mar 4, 2024 at 9:12 PM "
        "Bob Jansen &lt;bob@example.com&gt; wrote:</div>"
        "<blockquote class=gmail_quote>Shall we meet?</blockquote></div>"
    )
    text, spans = html_to_text(html)
    segs = segment_body(text, ME, WHEN, spans)
    assert [s.kind for s in segs] == [K.AUTHORED, K.QUOTED]
    assert segs[1].author_email == "bob@example.com"
    assert text[segs[0].start : segs[0].end] == "Sounds good."


def test_crlf_and_spans_exact() -> None:
    text = "Yes\r\n\r\nOn Mon, 4 Mar 2024, Bob <bob@example.com> wrote:\r\n> no?\r\n"
    segs = segment_body(text, ME, WHEN)
    assert [text[s.start : s.end] for s in segs] == [
        "Yes",
        "On Mon, 4 Mar 2024, Bob <bob@example.com> wrote:\r\n> no?",
    ]


def test_pathological_inputs() -> None:
    # inputs that make naive regexes backtrack; their speed is printed by
    # benchmarks/reply_segmentation.py, here only the result is pinned
    texts = [
        "On " + "a, " * 5000 + "\n> x\n",
        ("> " * 200 + "x\n") * 200,
        "From: a@b.c\n" * 3000,
        "x" * 200_000,
        ("On Mon, Bob wrote:\n" * 2000),
    ]
    for text in texts:
        segs = segment_body(text, ME, WHEN)
        _check_cover(text, segs)


def _bench():
    path = ROOT / "benchmarks" / "reply_segmentation.py"
    spec = importlib.util.spec_from_file_location("reply_segmentation", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not CORPORA.is_dir(), reason="fixture corpora not available")
def test_benchmark_rates_do_not_regress() -> None:
    rates = _bench().score(CORPORA)
    assert rates["trap_false_positives"] == 0
    assert rates["overall"] >= 0.93


def test_quoted_signoff_is_the_quoted_authors_signature() -> None:
    text = (
        "Hej Peter,\n\nTak.\n\n"
        "Den 24. nov. 2025 kl. 10.00 skrev Peter Petersen <peter@example.com>:\n\n"
        "> Hej Anders,\n>\n> Hvordan går det med projektet?\n>\n> Mvh\n> Peter\n"
    )
    segs = segment_body(text, ME, WHEN)
    _check_cover(text, segs)
    sig = [s for s in segs if s.kind is K.SIGNATURE]
    assert [text[s.start : s.end] for s in sig] == ["> Mvh\n> Peter"]
    assert sig[0].depth == 1 and sig[0].author_email == "peter@example.com"
    assert any(s.kind is K.QUOTED and "Hvordan" in text[s.start : s.end] for s in segs)


def test_reply_and_header_share_a_line() -> None:
    text = "reply--- On Wed, Apr 4, 2012 at 3:59 PM, me@domain.com wrote:\n> Hi\n"
    segs = segment_body(text, ME, WHEN)
    _check_cover(text, segs)
    assert (segs[0].kind, text[segs[0].start : segs[0].end]) == (K.AUTHORED, "reply")
    assert segs[1].kind is K.QUOTED and text[segs[1].start :].startswith("--- On Wed")
    assert all(s.kind is K.QUOTED for s in segs[1:])


def test_header_with_address_needs_no_blank_line_above() -> None:
    text = (
        "Lorem\nDen 14 september, 2015 02:23:18, Valentino Rudy (valentino@rudy.be) skrev:\n\n"
        "Veniam laborum.\n"
    )
    assert _seg(text) == [
        ("authored", "Lorem", "anna@example.nl"),
        ("quoted", text[6:].strip(), "valentino@rudy.be"),
    ]


def test_wrapped_link_stays_in_the_quote() -> None:
    text = (
        "Blah\n\nOn Monday, 24 September, 2012 at 3:46 PM, bob wrote:\n\n"
        "> View ticket (http://example.com/action\n_nonce=3dd518)\n>\n"
    )
    kinds = [k for k, _, _ in _seg(text)]
    assert kinds == ["authored", "quoted"]


def test_arrows_are_not_quoting() -> None:
    text = "Visit us now\n>>> >>>  http://www.domain.com <<<\nVisit our site\n"
    assert [k for k, _, _ in _seg(text)] == ["authored"]


def test_rule_above_sparse_contact_block_is_a_signature() -> None:
    text = (
        "Here is the report you asked for; the numbers are in the second table.\n\n"
        "----------------\n\nLOGO\n\nJohn Doe\n\nt. 555-931-0702\n\nhttp://example.com/\n"
    )
    segs = segment_body(text, ME, WHEN)
    assert [s.kind for s in segs] == [K.AUTHORED, K.SIGNATURE]
    assert text[segs[1].start :].startswith("----")


def test_gmail_header_without_address_and_danish_original() -> None:
    assert [k for k, _, _ in _seg("Before\n\n2016-03-03 17:21 GMT+01:00 Some One\n\nAfter")] == [
        "authored",
        "quoted",
    ]
    text = "Tak.\n\n-------- Oprindelig besked --------\nFra: A <a@b.dk>\nDato: 1. maj\n\nHej"
    assert [k for k, _, _ in _seg(text)] == ["authored", "quoted"]
