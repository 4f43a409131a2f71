"""A sentence that calls what was just said untrue ("Dat klopt niet.", "That is simply
untrue.") claims the opposite of the claim right before: "Niet waar: <that claim>", by the
document's author, about that claim's subject; the verdict reads it as a negated frame."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Skipped, claims_from_text
from onrecord.check.claims.rebuttal import is_denial
from onrecord.check.verdicts.frames import strip_frame


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The complaint alleges that Norrow Haulage dumped waste at the quarry in 2023. "
            "That is simply untrue.",
            "en",
            "Not true: Norrow Haulage dumped waste at the quarry in 2023.",
        ),
        (
            "Our earlier story said that the trust closed the ward in May. That was wrong.",
            "en",
            "Not true: The trust closed the ward in May.",
        ),
        (  # the frame taken off, the Dutch clause in main-clause order
            "Wij schreven vorige week dat de woningbouwvereniging de huurders niet heeft "
            "ingelicht. Dat klopt niet.",
            "nl",
            "Niet waar: De woningbouwvereniging heeft de huurders niet ingelicht.",
        ),
        (
            "Volgens de raad heeft Kees Bos de subsidie te laat aangevraagd. Dat is onjuist.",
            "nl",
            "Niet waar:",
        ),
    ],
)
def test_a_denial_claims_the_opposite_of_the_claim_before(text: str, lang: str, want: str) -> None:
    claims = claims_from_text(text, lang=lang, author="Hanna Vos")
    assert len(claims) == 2
    earlier, denial = claims
    assert denial.text.startswith(want)
    assert denial.claimant == "Hanna Vos"  # the document's author denies it
    assert not denial.attributed
    assert denial.subject == earlier.subject
    assert (
        text[denial.span[0] : denial.span[1]]
        .strip()
        .rstrip(".")
        .endswith(denial.original.strip().rstrip(".").split()[-1])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dat klopt niet.",  # nothing before it to deny
        "The council met on Monday. Was that fair? That is untrue.",  # no claim right before
        "Het rapport noemt 40 procent. Dat getal klopt niet.",  # a named thing is judged
    ],
)
def test_no_denial_without_a_claim_right_before(text: str) -> None:
    skipped: list[Skipped] = []
    claims = claims_from_text(text, skipped=skipped)
    assert not any(c.text.startswith(("Not true", "Niet waar")) for c in claims)


@pytest.mark.parametrize(
    ("sentence", "denies"),
    [
        ("Dat klopt niet.", True),
        ("Dat is gewoon niet waar.", True),
        ("That is categorically untrue.", True),
        ("This is not the case.", True),
        ("Dat is niet het geval.", True),
        ("That is true.", False),
        ("Dat klopt.", False),
        ("Dat is niet de eerste keer.", False),
        ("That was not enough for the union.", False),
    ],
)
def test_what_a_denial_is(sentence: str, denies: bool) -> None:
    assert is_denial(sentence) is denies


def test_the_judge_reads_a_denial_as_a_negated_frame() -> None:
    framed = strip_frame("Niet waar: Bosman heeft alle betrokkenen tijdig geïnformeerd.")
    assert framed.negated
    assert framed.content == "Bosman heeft alle betrokkenen tijdig geïnformeerd."
    twice = strip_frame("Not true: Kim never said that the robot arm was ready.")
    assert not twice.negated  # denying a denial


def test_a_denial_has_the_subject_candidates_of_the_claim_it_denies() -> None:
    """Every claim gets its subject candidates (``sites``, what the subject ranker learns
    from), the denial too: it had none, and the ranker's training stopped on such a file."""
    sites: list = []
    claims = claims_from_text(
        "The complaint alleges that Norrow Haulage dumped waste at the quarry in 2023. "
        "That is simply untrue.",
        sites=sites,
    )
    assert [c.text for c in claims][-1].startswith("Not true:")
    assert len(sites) == len(claims)
    assert sites[-1] is sites[-2]
