"""The writer setting the scene ("It was a long and bad-tempered evening") is commentary."""

from __future__ import annotations

from onrecord.check.checkworthy import skip_reason


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
