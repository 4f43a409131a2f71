"""The publication's own reporting is meta (held-out writers h9 and h10: a correction, a
profile's sources); what a speaker confirmed or told the paper stays a claim."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import skip_reason
from onrecord.check.claims.own_reporting import own_reporting


def _reason(s: str) -> str | None:
    return skip_reason(s, s, s, 0, len(s))


def test_the_papers_own_reporting_is_meta() -> None:
    for s in (
        "Daarin schreven wij dat directeur Floor Ammerlaan door de raad van toezicht van "
        "Stichting Jeugdtheater De Vlonder was ontslagen.",
        "Verder meldden wij dat de gemeente Overmaas de subsidie aan het theater met 300.000 "
        "euro had verlaagd.",
        'In ons artikel "Onrust bij jeugdtheater na vertrek directeur" van woensdag 12 februari '
        "stonden enkele onjuistheden.",
        "Zij heeft daarover zelf niet met onze redactie gesproken.",
        "The Dales Courier has asked the club for a copy of the minutes of the November meeting.",
        "She has given this newspaper more than 300 pages of internal documents, including "
        "laboratory reports and emails.",
    ):
        assert own_reporting(s), s
        assert _reason(s) == "meta", s


def test_what_a_speaker_told_or_confirmed_to_the_paper_stays_a_claim() -> None:
    for s in (
        "De raad van toezicht heeft dat tegenover deze krant bevestigd.",
        "Huurders die deze krant sprak, herkennen dat niet.",
        "Vale told this newspaper that the contract was signed in March.",
        "Wij schreven de gemeente op 3 maart een brief over de subsidie.",
        "The Post Office closed the branch in 2023.",
        "Die verlaging gaat pas in 2026 in, en niet, zoals wij schreven, al dit jaar.",
    ):
        assert not own_reporting(s), s


def test_refusals_thanks_and_a_statement_of_truth_are_meta() -> None:
    """Held-out writers h10 (an interview, a claim form) and h7 (a claim form)."""
    for s in (
        "WHARRAM: I'm not going to discuss an individual's employment on air.",
        "GEMMA RUDD: Philippa Wharram, chief executive of Greyholme Homes, thank you for "
        "coming in.",
        "The Claimant believes that the facts stated in these particulars of claim are true.",
    ):
        assert _reason(s) == "meta", s


def test_what_was_discussed_or_believed_then_stays_a_claim() -> None:
    for s in (
        "Wharram discussed the employment of the surveyor with the board in May 2024.",
        "The Claimant believed that the invoice of 3 March 2024 had been paid.",
    ):
        assert _reason(s) is None, s
