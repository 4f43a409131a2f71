"""The direction of a change a sentence reports or denies."""

from __future__ import annotations

from onrecord.check.figures.direction import denied, direction, opposed


def test_a_trailing_correction_of_the_figure_denies_no_change() -> None:
    said = "De uitstoot van de hele vloot is sinds 2016 met 12% gedaald, niet met 28%."
    claim = "Volgens Hoekstra is de uitstoot van de vloot tussen 2016 en 2022 met 12% gedaald."
    assert not opposed(said, claim, "nl", "nl")
    assert direction("Emissions fell by 12%, not 28%.") == -1
    assert denied("Emissions fell by 12%, not 28%.") is None
    assert (
        denied("Eind 2019 rijden er 52 elektrische bussen, niet de 60 uit het vlootplan.") is None
    )


def test_a_negation_of_the_change_itself_still_denies_it() -> None:
    assert denied("Onze prijzen gaan dit jaar niet omhoog.") == 1
    assert opposed(
        "Onze prijzen gaan dit jaar niet omhoog.",
        "De prijzen werden dit jaar verhoogd.",
        "nl",
        "nl",
    )
