"""The writer setting the scene ("It was a long and bad-tempered evening") is commentary."""

from __future__ import annotations

from onrecord.check.claims.checkworthy import skip_reason


def _reason(s: str) -> str | None:
    return skip_reason(s, s, s, 0, len(s))


def test_scene_setting_is_commentary() -> None:
    assert _reason("It was a long and, at times, bad-tempered evening in the council chamber.") == (
        "commentary"
    )
    assert _reason(
        "It was the longest cabinet meeting anyone in the town hall could remember."
    ) == ("commentary")
    assert _reason("Het was een lange en emotionele avond in het gemeentehuis.") == "commentary"


def test_a_fact_about_a_meeting_stays() -> None:
    assert _reason("It was the first meeting at which the board discussed the sale.") is None
    assert _reason("The meeting on 3 May lasted six hours.") is None


def test_a_feeling_is_commentary() -> None:
    s = '"Dit doet ons ontzettend veel pijn, ook voor alle kunstenaars," zegt Roos Ellerbroek.'
    assert _reason(s) == "commentary"
    assert _reason("We are heartbroken by the decision.") == "commentary"
    assert _reason("De patiënt had pijn op de borst en werd naar Ommelinge gebracht.") is None


def test_a_scene_a_portrait_and_a_framing_are_commentary() -> None:
    """Held-out writers h10, h11, h12 (module scene)."""
    for s in (
        "In het trappenhuis van nummer 40 ruikt het naar natte kranten.",
        "Wie hem op een dinsdagmiddag in de foyer spreekt, ziet hem eerst de kopjes opruimen.",
        "Hij is geen man van grote woorden.",
        "Voor een oudere patiënt zonder auto is dat geen ritje, maar een expeditie.",
        "Het is niet de eerste keer dat isolatiesubsidies in opspraak raken.",
        "Inside the flat it smells of bleach and damp plaster.",
    ):
        assert _reason(s) == "commentary", s


def test_a_named_smell_a_visit_and_a_role_stay_claims() -> None:
    for s in (
        "De slaapkamer ruikt al sinds maart naar schimmel.",
        "Wie de rekening betaalde, is nooit vastgesteld door de gemeente.",
        "Hij is geen lid van de raad van toezicht meer sinds 2023.",
        "It was the first time that the board had discussed the sale.",
    ):
        assert _reason(s) is None, s
