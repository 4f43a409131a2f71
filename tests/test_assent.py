"""Assent: a bare "Yup" or "Akkoord" stands for what it answers; quotes and forwards link to
their originals, or reconstruct them."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.mail.assent import AGREE, DISAGREE, classify


@pytest.mark.parametrize(
    "text",
    [
        "Yup",
        "Yup.",
        "yes!",
        "Agreed.",
        "+1",
        "👍",
        "Sounds good, thanks!",
        "Akkoord.",
        "Eens",
        "Helemaal mee eens!",
        "Prima, Daan",
        "Hi Ilse, agreed. Marcus",
        "LGTM",
        "Klopt.",
        "Einverstanden",
        "D'accord.",
    ],
)
def test_agreement(text: str) -> None:
    assert classify(text, ["Daan de Groot", "Marcus Vale"]) == AGREE


@pytest.mark.parametrize(
    "text",
    ["No", "Nope.", "Disagree", "-1", "👎", "Oneens.", "Niet mee eens", "Nee hoor", "I disagree."],
)
def test_disagreement(text: str) -> None:
    assert classify(text) == DISAGREE


@pytest.mark.parametrize(
    "text",
    [
        "Yes, but only if the board approves the budget first and the lawyers agree.",
        "No idea what you mean.",
        "I will think about it.",
        "Ok so what about the other plan?",
        "Akkoord met de eerste twee punten, niet met het derde.",
        "",
        "Thanks!",
    ],
)
def test_not_a_bare_assent(text: str) -> None:
    assert classify(text) is None


def _endorsed(shown: dict) -> list[tuple[str, str, str]]:
    return [
        (st["text"], e["stance"], e["author"]["email"] + " | " + e["text"])
        for st in shown["statements"]
        for e in st["endorses"]
    ]


def test_yup_endorses_the_quoted_argument(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    shown = cli.json("show", "yup-3@valemotors.example")
    endorsed = _endorsed(shown)
    assert [e[0] for e in endorsed] == ["Yup", "Yup"]
    assert all(e[1] == "agree" for e in endorsed)
    assert any(
        "ilse@lumenlabs.example | " in e[2] and "not share the science" in e[2] for e in endorsed
    )
    # the endorsed statements are Ilse's own, in her message, not the quoted copy
    targets = [e for st in shown["statements"] for e in st["endorses"]]
    original = cli.json("show", "open-science-2@lumenlabs.example")["id"]
    assert {t["message"] for t in targets} == {original}
    assert {t["kind"] for t in targets} == {"authored"}


def test_dutch_akkoord(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    shown = cli.json("show", "akkoord-5@lumenlabs.example")
    endorsed = _endorsed(shown)
    assert endorsed == [
        (
            "Akkoord.",
            "agree",
            "daan@lumenlabs.example | Zonder extra kapitaal "
            "halen we de achterstand op de grote labs niet in.",
        )
    ]


def test_endorsed_forward_reaches_the_original_author(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    shown = cli.json("show", "agreed-7@valemotors.example")
    endorsed = [e for st in shown["statements"] for e in st["endorses"]]
    daan = [e for e in endorsed if e["author"]["email"] == "daan@lumenlabs.example"]
    assert any("cash cow" in e["text"] for e in daan)
    reconstructed = cli.json("show", str(daan[0]["message"]))
    assert reconstructed["reconstructed"] == "forward"
    assert reconstructed["from"]["email"] == "daan@lumenlabs.example"
    assert reconstructed["date"] == "2017-01-18T16:20:00Z"


def test_assent_without_quote_endorses_the_parent(cli, tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_text(
        "From: Ilse <ilse@x.example>\nTo: Daan <daan@x.example>\nSubject: Plan\n"
        "Date: Mon, 01 Feb 2016 10:00:00 +0100\nMessage-ID: <p1@x>\n\n"
        "We should publish the model weights in March.\n"
    )
    (tmp_path / "b.eml").write_text(
        "From: Daan <daan@x.example>\nTo: Ilse <ilse@x.example>\nSubject: Re: Plan\n"
        "Date: Mon, 01 Feb 2016 11:00:00 +0100\nMessage-ID: <p2@x>\nIn-Reply-To: <p1@x>\n\n"
        "Oneens.\n"
    )
    cli("ingest", str(tmp_path / "b.eml"))  # the reply arrives first
    cli("ingest", str(tmp_path / "a.eml"))
    shown = cli.json("show", "p2@x")
    assert _endorsed(shown) == [
        ("Oneens.", "disagree", "ilse@x.example | We should publish the model weights in March.")
    ]


def test_contained_messages_flagged(cli, sample: Path) -> None:
    cli("ingest", str(sample / "archive.mbox"))
    # Ilse's forward is quoted in full by Marcus's reply: a reader can skip it
    forward = cli.json("show", "fwd-6@lumenlabs.example")
    assert forward["contained_in"] == cli.json("show", "agreed-7@valemotors.example")["id"]
    # Marcus's mission mail is quoted only in part ("I will fund the first year" is not)
    assert cli.json("show", "mission-1@valemotors.example")["contained_in"] is None
    assert cli.json("show", "yup-3@valemotors.example")["contained_in"] is None


# --------------------------------------------------------------------------- plain words (issue 14)


def _reply_stance(text: str) -> str | None:
    """The stance ingest gives a reply whose own text is ``text``."""
    from onrecord.mail.analyze import statements_of
    from onrecord.mail.assent import find_assents
    from onrecord.record.model import Segment, SegmentKind

    segments = [Segment(kind=SegmentKind.AUTHORED, start=0, end=len(text))]
    statements, _ = statements_of(text, segments)
    found = find_assents(segments, statements, text)
    return found[0].stance if found else None


@pytest.mark.parametrize(
    "text",
    [
        "That's fine.",
        "Good point.",
        "OK with me.",
        "Sounds good to me.",
        "Any day of the week works for me.",
        "I have O.K.ed the letter.",
        "Looks fine by me.",
        "Chris,\n\nI am fine with this.",
        "Mark, I have reviewed and approve the attached products.",
        "Sorry for the delay -- these look fine to me.",
        "That's fine with me - I've booked it.  Just let me know if you need to change the time.",
        "No objection.",
        "prima, doen we",
        "Lijkt me goed.",
        "Vind ik prima!",
        "Ik ga akkoord met het voorstel.",
        "Ziet er goed uit.",
    ],
)
def test_plain_assent(text: str) -> None:
    assert _reply_stance(text) == AGREE


@pytest.mark.parametrize(
    "text",
    [
        "not OK",
        "I can't agree.",
        "No, that won't work.",
        "I have a huge problem with this - he can terminate the agreement.",
        "Niet akkoord.",
        "Dat vind ik geen goed idee.",
    ],
)
def test_plain_refusal(text: str) -> None:
    assert _reply_stance(text) == DISAGREE


@pytest.mark.parametrize(
    "text",
    [
        "OK?",
        "Akkoord?",
        "Is that fine with you?",
        "Fine if legal signs off first.",
        "OK, but only if the price stays under $40.",
        "Fine with me so long as it doesn't interfere with the pot roast day at Treebeards.",
        "As long as this remains an internal only document, I do not have any problems with it.",
        "Looks fine. But only if Legal agrees to the new clause.",
        "Prima als de baas het goedkeurt.",
        "Goed, mits we het budget halen.",
        "I hope you are not stranded somewhere. We are fine.",
        "I'm in London.",
        "This would be a good presentation for one of our quarterly meetings.",
        "Het is goed weer vandaag.",
    ],
)
def test_not_plain_assent(text: str) -> None:
    assert _reply_stance(text) is None


def test_couldnt_agree_more_is_agreement() -> None:
    from onrecord.mail.stance import sentence_stance

    assert sentence_stance("I couldn't agree more.") == AGREE
    assert sentence_stance("I can't agree.") == DISAGREE


def test_labelled_replies_precision() -> None:
    """benchmarks/assent_eval.py on its labelled replies (committed, real Enron ones included):
    precision at least 95 % on the held-out part, recall at least 80 % over all."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "assent_eval.py"
    spec = importlib.util.spec_from_file_location("assent_eval_t", path)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    replies = bench.read_replies()
    assert len(replies) >= 100
    assert {r.lang for r in replies} == {"en", "nl"}
    pred = {r.id: bench.predict(r.text) for r in replies}
    held = [(r.label, pred[r.id]) for r in replies if r.split == "heldout"]
    precision, _, n_pred, _ = bench.scores(held)
    assert n_pred >= 20 and precision >= 0.95
    _, recall, _, _ = bench.scores((r.label, pred[r.id]) for r in replies)
    assert recall >= 0.80


@pytest.mark.parametrize(
    "text",
    [
        # an appointment accepted, a doubt about the rest: no endorsement of the quoted mail
        "Sounds good, Friday at 12:30 works for me.\n\nNot so sure about the bikes, though. "
        "They bring us a lot of groups on Saturdays.",
        "Prima, dinsdag om tien uur kan ik.",
        "Works for me, 9.30 at the station.",
        "Agreed. I am not convinced about the second point, though.",
        "Eens. Over de begroting twijfel ik nog.",
        "Fine with me. The budget part is wrong, however.",
    ],
)
def test_partial_assent_endorses_nothing(text: str) -> None:
    assert _reply_stance(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Agreed. I will tell the team on Monday.",
        "Akkoord. Ik bel Joost morgen.",
        "Yup",
    ],
)
def test_assent_then_news_still_agrees(text: str) -> None:
    assert _reply_stance(text) == AGREE
