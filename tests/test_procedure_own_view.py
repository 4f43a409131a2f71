"""Reader instructions, open terms, bare conditions, fronted intentions and the speaker's own
view are no claims; the facts beside them (a stated policy, a first-person fact, what a plan
imposes on a group, the same term in the past) stay claims. Sentences from the read held-out
articles (h9-h13) and the dev set."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import is_announcement, skip_reason


def _reason(s: str) -> str | None:
    return skip_reason(s, s, s, 0, len(s))


def test_reader_instructions_and_open_terms_are_meta() -> None:
    assert (
        _reason(
            "Owners can check whether their unit is affected by entering its serial number at "
            "tidewell.example/recall."
        )
        == "meta"
    )
    assert (
        _reason(
            "Wie een kaart via een doorverkoper heeft gekocht, moet zich tot die verkoper wenden."
        )
        == "meta"
    )
    assert _reason("Udink heeft twee weken om in hoger beroep te gaan.") == "meta"
    assert _reason("The company has 28 days to respond to the findings.") == "meta"


def test_what_a_plan_imposes_or_a_past_term_stays() -> None:
    assert (
        _reason(
            "Sindsdien moeten patiënten na vijf uur 's middags naar de huisartsenpost in "
            "Marnewoude, 38 kilometer verderop."
        )
        is None
    )
    assert (
        _reason(
            "Sinds 1998 kunnen inwoners van Brugwaard 's avonds en in het weekend terecht op de "
            "huisartsenpost in het ziekenhuis."
        )
        is None
    )
    assert _reason("Udink had twee weken om in hoger beroep te gaan.") is None


def test_a_term_still_running_is_an_announcement() -> None:
    assert is_announcement(
        "Kaarthouders krijgen hun geld binnen dertig dagen automatisch teruggestort.", year=2025
    )
    assert is_announcement("Customers receive their refund within 14 days.", year=2025)


def test_a_stated_or_past_term_stays_a_claim() -> None:
    assert not is_announcement(
        "In our view Corbeck has breached its own repairs policy, which promises to fix damp "
        "within 90 days.",
        year=2025,
    )
    assert not is_announcement(
        "Kaarthouders kregen hun geld binnen dertig dagen teruggestort.", year=2025
    )


def test_a_bare_condition_is_an_announcement() -> None:
    assert _reason("Only if a club meets our valuation.") == "announcement"
    assert _reason("Alleen als de provincie meebetaalt.") == "announcement"
    # with its main clause the tense decides: this one reports
    assert _reason("Only if a club met the valuation would the board have sold him.") is None


def test_a_fronted_intention_is_an_announcement() -> None:
    assert is_announcement(
        "Op de plek van het zwembad wil projectontwikkelaar Dommelhof Vastgoed 48 woningen bouwen.",
        year=2025,
    )
    assert not is_announcement(
        "Op de plek van het zwembad wilde projectontwikkelaar Dommelhof Vastgoed in 2019 al "
        "woningen bouwen.",
        year=2025,
    )
    assert not is_announcement(
        "Op 14 oktober 2025 ontsloeg gedaagde haar op staande voet.", year=2025
    )


def test_the_speakers_own_view_is_commentary() -> None:
    assert (
        _reason("Zo boos als deze week ben ik in zeventien jaar als huisarts zelden geweest.")
        == "commentary"
    )
    assert (
        _reason(
            "Ik ben geen bestuurder en ik doe niet alsof ik een begroting beter kan lezen dan hij."
        )
        == "commentary"
    )
    assert _reason("I have rarely been so angry about a decision.") == "commentary"


def test_a_first_person_fact_stays() -> None:
    assert (
        _reason("Ik heb die cijfers op 14 januari naar bestuurder Casper Vlieghuis gestuurd.")
        is None
    )
    assert (
        _reason(
            "Ik werk al negentien jaar als huisarts in Westerlage, en ik heb nog nooit zo'n "
            "slecht onderbouwd besluit gezien."
        )
        is None
    )
    assert _reason("Zo boos werd de wethouder dat hij de zaal verliet.") is None
