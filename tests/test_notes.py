"""Lotus Notes, GroupWise and Outlook 97-2003 reply and forward forms (issue 14).

Inline fixtures cover the forms in English, Dutch, German and French; the corpus tests read real
Enron mail from ``../shared/corpora/enron-mbox`` (skipped without it) and the hand-labelled sample
of ``benchmarks/enron_segments.py``.
"""

from __future__ import annotations

import importlib.util
import mailbox
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from _corpora import corpora_dir
from onrecord.mail.analyze import reanalyze_mail, statements_of
from onrecord.mail.notes import match_notes_forward, match_notes_header
from onrecord.mail.segment import segment_body
from onrecord.record.model import Address, Segment, SegmentKind

K = SegmentKind
ME = Address("Sara Shackleton", "sara.shackleton@enron.com")
WHEN = datetime(2000, 1, 31, 15, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[1]


def _segs(text: str) -> list[Segment]:
    return segment_body(text, ME, WHEN)


def _spoken(text: str, segs: list[Segment]) -> list[str]:
    return [st.text for st in statements_of(text, segs)[0]]


def _others(segs: list[Segment]) -> list[Segment]:
    return [s for s in segs if s.kind in (K.QUOTED, K.FORWARDED)]


NOTES_FORWARD = (
    "Could this be an alternative to our recording issue?\n"
    "---------------------- Forwarded by Sara Shackleton/HOU/ECT on 01/31/2000\n"
    "08:53 AM ---------------------------\n"
    "\n\n"
    "Richard B Sanders\n"
    "01/31/2000 04:59 AM\n"
    "To: Sara Shackleton/HOU/ECT@ECT\n"
    "cc:\n"
    "Subject: Re: Admissability of tapes into evidence\n"
    "\n"
    "In theory, there may be some jurisdictions that do not allow tapes to be\n"
    "admissable. I would suggest the following language.\n"
)


def test_notes_forward_is_the_original_writers() -> None:
    segs = _segs(NOTES_FORWARD)
    assert segs[0].kind is K.AUTHORED and segs[0].author_email == ME.email
    fwd = [s for s in segs if s.kind is K.FORWARDED]
    assert len(fwd) == 1
    assert fwd[0].author_name == "Richard B Sanders" and fwd[0].depth == 1
    assert NOTES_FORWARD[fwd[0].start :].startswith("In theory")
    assert fwd[0].date == datetime(2000, 1, 31, 4, 59, tzinfo=UTC)
    # the marker and the header block are machinery of the forwarded part, not anybody's words
    machinery = [s for s in segs if s.kind is K.BOILERPLATE]
    assert NOTES_FORWARD[machinery[0].start :].startswith("-----")
    spoken = _spoken(NOTES_FORWARD, segs)
    assert spoken[0] == "Could this be an alternative to our recording issue?"
    assert not [t for t in spoken if "Forwarded by" in t or "To:" in t or "Subject:" in t]


@pytest.mark.parametrize(
    ("marker", "header", "writer"),
    [
        (  # Dutch Notes
            "----- Doorgestuurd door Anna de Vries/NL/Acme op 12-03-2001 09:15 -----",
            "Jan Jansen\n12-03-2001 08:40\nAan: Anna de Vries/NL/Acme@Acme\nKopie:\n"
            "Onderwerp: Begroting",
            "Jan Jansen",
        ),
        (  # German Notes
            "----- Weitergeleitet von Hans Müller/DE/Acme am 12.03.2001 09:15 -----",
            "Petra Schmidt\n12.03.2001 08:40\nAn: Hans Müller/DE/Acme@Acme\nKopie:\n"
            "Betreff: Budget",
            "Petra Schmidt",
        ),
        (  # French Notes
            "----- Transféré par Marie Dupont/FR/Acme le 12/03/2001 09:15 -----",
            "Jean Martin\n12/03/2001 08:40\nA: Marie Dupont/FR/Acme@Acme\nCc:\nObjet: Budget",
            "Jean Martin",
        ),
        (  # an Outlook block under a Notes marker, Dutch words
            "----- Doorgestuurd door Anna de Vries/NL/Acme op 12-03-2001 09:15 -----",
            "Van: Jan Jansen [mailto:jan@acme.nl]\nVerzonden: maandag 12 maart 2001 08:40\n"
            "Aan: Anna de Vries\nOnderwerp: Begroting",
            "jan@acme.nl",
        ),
    ],
)
def test_notes_forward_other_languages(marker: str, header: str, writer: str) -> None:
    text = f"Zie hieronder.\n{marker}\n\n{header}\n\nDe begroting is rond. We tekenen vrijdag.\n"
    segs = _segs(text)
    fwd = [s for s in segs if s.kind is K.FORWARDED]
    assert len(fwd) == 1
    assert writer in (fwd[0].author_name, fwd[0].author_email)
    assert text[fwd[0].start :].startswith("De begroting is rond.")
    spoken = _spoken(text, segs)
    assert spoken == ["Zie hieronder.", "De begroting is rond.", "We tekenen vrijdag."]


def test_notes_reply_header_forms() -> None:
    text = (
        "Can we arrange the call for Monday?\n\n\n\n"
        '"Seabron Adamson" <seabron.adamson@frontiereconomics.com> on 06/05/2001\n'
        "08:29:53 AM\n"
        "Please respond to <seabron.adamson@frontier-economics.com>\n"
        "To: <Richard.Shapiro@enron.com>\n"
        "cc:\n\n"
        "Subject: White paper/RTOs\n\n\n"
        "Rick: I have a large set of comments on the full paper.\n\n\n\n"
        "From: Jeff Dasovich on 05/10/2001 04:02 PM\n"
        "Sent by: Jeff Dasovich\n"
        "To: James D Steffes/NA/Enron@Enron, Robert\n"
        "Neustaedter/ENRON_DEVELOPMENT@ENRON_DEVELOPMENT\n"
        "cc:\n"
        "Subject: SCE\n\n"
        "Edison has told folks today that they will pay.\n"
    )
    segs = _segs(text)
    quoted = _others(segs)
    assert [(s.author_name, s.author_email, s.depth) for s in quoted] == [
        ("Seabron Adamson", "seabron.adamson@frontiereconomics.com", 1),
        ("Jeff Dasovich", "", 2),
    ]
    assert quoted[0].date == datetime(2001, 6, 5, 8, 29, 53, tzinfo=UTC)
    spoken = _spoken(text, segs)
    assert spoken == [
        "Can we arrange the call for Monday?",
        "Rick: I have a large set of comments on the full paper.",
        "Edison has told folks today that they will pay.",
    ]


def test_hierarchical_and_one_line_headers() -> None:
    text = (
        "Are you going to talk to Lavorato?\n\n\n"
        "\tRichard Shapiro@ENRON 07/06/2001 11:32 AM \t  To: Aleck Dadson/TOR/ECT@ECT  cc:"
        "   Subject: Re: Draft\n\n"
        "Yes, tomorrow.\n\n"
        "\tFrom:  Mark Powell\\CAL\\ECT                           09/13/2000 05:25 PM\n\n"
        "To: Alan Aronowitz/HOU/ECT@ECT\n"
        "cc:\n"
        "Subject: Blue Range\n\n"
        "Please see the attached memo.\n"
    )
    quoted = _others(_segs(text))
    assert [s.author_name for s in quoted] == ["Richard Shapiro@ENRON", "Mark Powell\\CAL\\ECT"]


def test_message_from_marker_and_letterhead_line() -> None:
    text = (
        "See below.\n\n"
        '----- Message from "Tracey Bradley" <tbradley@bracepatt.com> on Fri, 18 May\n'
        "2001 08:12:38 -0500 -----\n"
        'To:\t"Justin Long" <jlong@bracepatt.com>\n'
        "Subject:\tEnron\n\n"
        "FYI - in case you didn't see this on Friday.\n\n"
        "---------------------- Forwarded by Louise Kitchen/LON/ECT on 01/23/2000\n"
        "06:11 PM ---------------------------\n\n"
        "\tEnron Capital & Trade Resources Corp.\n\n"
        '\tFrom:  "Dave Krunnfusz" <dkrunnfusz@agency.com>\n'
        "11/17/99 06:26 PM\n\n\n"
        "Please respond to dkrunnfusz@agency.com\n"
        "To: lkitchen@enron.co.uk\n"
        "cc:  (bcc: Louise Kitchen/LON/ECT)\n\n"
        "Subject: New phone numbers\n\n"
        "We are moving our offices in Chicago.\n"
    )
    segs = _segs(text)
    others = _others(segs)
    assert [(s.kind, s.author_email) for s in others] == [
        (K.QUOTED, "tbradley@bracepatt.com"),
        (K.FORWARDED, "dkrunnfusz@agency.com"),
    ]
    assert _spoken(text, segs) == [
        "See below.",
        "FYI - in case you didn't see this on Friday.",
        "We are moving our offices in Chicago.",
    ]


def test_groupwise_arrows_are_a_header_not_quoting() -> None:
    text = (
        "Let me know if this data fits the bill.\n\n"
        '>>> "Taylor, Michael E" <Michael.E.Taylor@ENRON.com> 09/25/01 01:37PM\n'
        ">>>\n"
        "Jim,\n\n"
        "I wanted to know how I would find this data.\n"
    )
    segs = _segs(text)
    quoted = _others(segs)
    assert len(quoted) == 1 and quoted[0].author_email == "michael.e.taylor@enron.com"
    assert text[quoted[0].start :].startswith("Jim,")
    assert "GroupWise" not in " ".join(_spoken(text, segs))
    assert not [t for t in _spoken(text, segs) if ">>>" in t]


def test_outlook_block_lines_are_never_statements() -> None:
    text = (
        "Thx ss\n\n"
        " -----Original Message-----\n"
        "From: \tTheriot, Kim S.\n"
        "Sent:\tTuesday, September 18, 2001 12:30 PM\n"
        "To:\tShackleton, Sara\n"
        "Cc:\tCordes, Kathryn; Taylor, Mark E (Legal); Greenberg, Mark\n"
        "Subject:\tConfirmLogic Target Customer List\n"
        "Importance:\tHigh\n\n"
        "See attached spreadsheet.\n"
    )
    segs = _segs(text)
    assert _others(segs)[0].author_name == "Theriot, Kim S."
    assert _spoken(text, segs) == ["Thx ss", "See attached spreadsheet."]


def test_a_name_and_a_date_without_to_is_not_a_header() -> None:
    text = (
        "The filing is due then.\n\n"
        "John Smith\n"
        "05/16/2001 07:19 PM\n\n"
        "Please call me about the filing, it matters.\n"
    )
    assert [s.kind for s in _segs(text)] == [K.AUTHORED] * len(_segs(text))
    assert not _others(_segs(text))


def test_a_memo_typed_into_a_mail_stays_the_senders() -> None:
    text = "To: All staff\nSubject: Holiday\n\nThe office will be closed on Friday.\n"
    assert [s.kind for s in _segs(text)] == [K.AUTHORED]
    lost = "Lost sender lines above:\n\nTo: Dale Neuner/HOU/ECT@ECT\ncc:\nSubject: Index\n\nFine.\n"
    quoted = _others(_segs(lost))
    assert len(quoted) == 1 and (quoted[0].author_name, quoted[0].author_email) == ("", "")


def test_matchers_on_their_own() -> None:
    lines = ["----- Forwarded by Jeff Dasovich/NA/Enron on 05/15/2001 07:19 PM -----"]
    found = match_notes_forward(lines, 0)
    assert found is not None and found.author.name == "Jeff Dasovich/NA/Enron"
    assert match_notes_forward(["----- Forwarded message -----"], 0) is None
    header = ["\tLisa Yoho@ENRON", "\t05/08/2001 10:47 AM", "", "\t\t To: Julia Murray/HOU/ECT@ECT"]
    found = match_notes_header([*header, "\t\t cc:", "\t\t Subject: Importer of Record"], 0)
    assert found is not None and found.end == 5 and found.author.name == "Lisa Yoho@ENRON"
    assert match_notes_header(["Lisa Yoho", "05/08/2001 10:47 AM", "", "Text."], 0) is None


# --- real Enron mail ------------------------------------------------------------------------


def _enron(folder: str, message_id: str) -> bytes:
    path = corpora_dir("enron-mbox") / folder
    for msg in mailbox.mbox(str(path), create=False):
        if (msg["Message-ID"] or "").strip() == message_id:
            return msg.as_bytes()
    raise AssertionError(f"{message_id} not in {folder}")


def test_enron_shackleton_forward_is_sanders_advice() -> None:
    rec = reanalyze_mail(
        _enron("enron.taylor-m.archive.1_00", "<13140195.1075860215604.JavaMail.evans@thyme>"), []
    )
    own = [st for st in rec.statements if st.kind is K.AUTHORED]
    assert [st.text for st in own] == ["Could this be an alternative to our recording issue?"]
    fwd = [s for s in rec.segments if s.kind is K.FORWARDED]
    assert [s.author_name for s in fwd] == ["Richard B Sanders"]
    texts = [st.text for st in rec.statements]
    assert any(t.startswith("I would suggest the following language") for t in texts)
    assert not [t for t in texts if "Forwarded by" in t or "To:" in t or "Subject:" in t]


@pytest.mark.parametrize(
    ("folder", "message_id", "writers"),
    [
        (  # indented Notes header, then '"Name" <addr> on DATE' wrapped, "Please respond to"
            "enron.shapiro-r.notes_inbox",
            "<20104587.1075844263670.JavaMail.evans@thyme>",
            ["Richard Shapiro", "seabron.adamson@frontiereconomics.com"],
        ),
        (  # GroupWise >>> headers between Outlook blocks
            "enron.taylor-m.inbox.tnrcc",
            "<33472303.1075862095043.JavaMail.evans@thyme>",
            ["michael.e.taylor@enron.com", "jparks@tnrcc.state.tx.us"],
        ),
        (  # a one-line Notes header and 'From: NAME@ORG on DATE'
            "enron.shapiro-r.canada",
            "<9098259.1075858710863.JavaMail.evans@thyme>",
            ["Richard Shapiro@ENRON", "Aleck Dadson@ECT"],
        ),
        (  # a two-column Notes header with the address cut by the column
            "enron.taylor-m.archive.7_00",
            "<9615781.1075860224131.JavaMail.evans@thyme>",
            ["alove@talisman-energy.com", "carol.st.clair@enron.com"],
        ),
        (  # a raw header pasted above the forwarded text
            "enron.shapiro-r.discussion_threads",
            "<30100430.1075844224487.JavaMail.evans@thyme>",
            ["ffisch@fdic.gov"],
        ),
    ],
)
def test_enron_forms(folder: str, message_id: str, writers: list[str]) -> None:
    rec = reanalyze_mail(_enron(folder, message_id), [])
    seen = []
    for seg in _others(rec.segments):
        who = seg.author_email or seg.author_name
        if who and who not in seen:
            seen.append(who)
    assert seen[: len(writers)] == writers
    header = [st.text for st in rec.statements if "To:" in st.text and "Subject" in st.text]
    assert header == []


def _benchmark():
    path = ROOT / "benchmarks" / "enron_segments.py"
    spec = importlib.util.spec_from_file_location("enron_segments", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_enron_labelled_sample_does_not_regress() -> None:
    """The hand-labelled sample (548 messages): floors a little under today's scores; no
    header line is spoken."""
    corpus = corpora_dir("enron-mbox")
    bench = _benchmark()
    tallies = bench.score(corpus)[0]
    tally = tallies["all"]
    assert tallies["dev"]["messages"]["total"] >= 383  # the round-7 labels are scored
    assert tallies["dev"]["header"]["spoken"] == 0
    assert tallies["dev"]["authors"]["right"] >= 0.98 * tallies["dev"]["authors"]["total"]

    def rate(name: str) -> float:
        return tally[name]["right"] / tally[name]["total"]

    assert tally["segments"]["total"] > 1300
    assert rate("segments") >= 0.96
    assert rate("authors") >= 0.98
    assert tally["header"]["spoken"] <= 5
