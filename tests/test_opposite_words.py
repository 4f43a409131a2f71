"""Opposite acts or states the judge reads as agreement (check/verdicts/opposite_words.py,
check/verdicts/opposite_read.py): sentences from the training cases, English and Dutch, each side in its
own language, and the pairs the rule must leave alone."""

from __future__ import annotations

from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.frames import strip_frame
from onrecord.check.verdicts.opposite_read import OPPOSITE_NOTE, opposite_read
from onrecord.check.verdicts.opposite_words import opposite_words, positive_part
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment


def test_approve_against_reject_across_languages() -> None:
    assert (
        opposite_words(
            "The board approved the plan this morning, unanimously.",
            "het bestuur het plan had verworpen",
        )
        == "approve/reject"
    )
    # a separable Dutch verb: "keurde … goed" against "rejected"
    assert opposite_words(
        "De raad keurde het voorstel van de wethouder gisteren goed.",
        "The council rejected the alderman's proposal.",
    )


def test_before_against_after_a_named_moment() -> None:
    assert (
        opposite_words(
            "I recommend that the college informs the council before the summer recess.",
            "Kaya adviseerde in 2019 om de raad pas na de zomer te informeren.",
        )
        == "before/after"
    )
    # "vooraf" is no named moment: another matter than "uitstellen tot na de zomer"
    assert (
        opposite_words(
            "Ik wil dat we de uitzending van de documentaire uitstellen tot na de zomer.",
            "Roodenburg wilde dat de sponsor de tekst van de documentaire vooraf te zien kreeg.",
        )
        is None
    )


def test_postpone_hold_on_hire_sufficient() -> None:
    assert (
        opposite_words(
            "Ik stel voor dat we de start van de renovatie uitstellen tot 2020.",
            "Pieter van Dam stelde voor om de start van de renovatie naar voren te halen.",
        )
        == "postpone/bring forward"
    )
    assert (
        opposite_words(
            "Vervelend, maar we houden vast aan 2022.",
            "In december 2019 liet Dijkstra het doel van een volledig uitstootvrije vloot in "
            "2022 los.",
        )
        == "hold on/let go"
    )
    assert (
        opposite_words(
            "In 2019 nemen we twee nieuwe verslaggevers aan voor de regioredactie.",
            "er zouden twee verslaggevers van de regioredactie verdwijnen",
        )
        == "hire/cut jobs"
    )
    assert (
        opposite_words(
            "The quality of education at De Klimop is sufficient.",
            "de onderwijskwaliteit op De Klimop onvoldoende was",
        )
        == "sufficient/insufficient"
    )


def test_a_contrast_counts_by_its_positive_part() -> None:
    nl = "Ten tweede: de 312 woningen in de Rozemarijnflats worden gerenoveerd, niet gesloopt."
    assert "gesloopt" not in positive_part(nl)
    assert (
        opposite_words(nl, "The 312 Rozemarijn homes would be demolished, not renovated.")
        == "demolish/renovate"
    )
    # the same contrast on both sides agrees
    assert opposite_words(nl, "The 312 homes would be renovated, not demolished.") is None


def test_a_no_on_one_side_only_makes_the_pair_agree() -> None:
    # "ruled out knocking down" is "renovated, not demolished" in other words
    assert (
        opposite_words(
            "Ten tweede: de 312 woningen in de Rozemarijnflats worden gerenoveerd, niet gesloopt.",
            "In 2017 Brouwer ruled out knocking down the Rozemarijn blocks.",
        )
        is None
    )
    # a negation on one side: "did not approve" is a rejection
    assert (
        opposite_words("The board did not approve the plan.", "het bestuur had het plan verworpen")
        is None
    )


def test_an_exclusive_condition_leaves_the_pair_undecided() -> None:
    assert (
        opposite_words(
            "We will only keep the painting if the research shows that the sale in 1941 was "
            "voluntary.",
            "The museum would return the painting if the provenance research confirmed the claim.",
        )
        is None
    )
    assert opposite_words(
        "Mijn lijn is eenvoudig: als het herkomstonderzoek de claim bevestigt, geven we het "
        "schilderij terug.",
        "The museum would keep the painting even if the research confirmed the claim.",
    )


def _evidence(text: str, lang: str, e: float, c: float, stance: str | None = None) -> Evidence:
    endorses = (
        None
        if stance is None
        else Endorsed(2, stance, text, "Jan", "j@example.org", "2021-03-01", 1, None, True)
    )
    hit = Hit(1, 1, None, "", text, "Femke Altena", "x@example.org", "2021-03-01", 0, "authored",
              lang, (0, len(text)), 1.0, via_endorsement=endorses)  # fmt: skip
    p = {"entailment": e, "neutral": round(1 - e - c, 4), "contradiction": c}
    j = Judgment(max(p, key=lambda k: p[k]), p, "test")
    return Evidence(OWN, hit, [(text, "claim")], judgment=j)


def test_an_agreement_read_across_opposite_words_is_turned_round() -> None:
    claim = "Ashford meldde op 1 maart 2021 dat het bestuur het plan had verworpen."
    e = _evidence("The board approved the plan this morning, unanimously.", "en", 0.90, 0.09)
    opposite_read(e, strip_frame(claim))
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert abs(e.judgment.probs["contradiction"] - 0.90) < 1e-9
    assert OPPOSITE_NOTE in e.note


def test_left_alone_a_weak_reading_a_disagreement_or_no_opposite() -> None:
    claim = "Ashford meldde op 1 maart 2021 dat het bestuur het plan had verworpen."
    weak = _evidence("The board approved the plan this morning.", "en", 0.40, 0.10)
    opposite_read(weak, strip_frame(claim))
    assert weak.judgment is not None and weak.judgment.label == "neutral" and not weak.note
    # a reply that disagrees with the approval already reads it the other way round
    disagreed = _evidence("The board approved the plan this morning.", "en", 0.90, 0.05, "disagree")
    opposite_read(disagreed, strip_frame(claim))
    assert disagreed.judgment is not None and disagreed.judgment.label == "entailment"
    same = _evidence("Het bestuur heeft het plan vanochtend verworpen.", "nl", 0.95, 0.02)
    opposite_read(same, strip_frame(claim))
    assert same.judgment is not None and same.judgment.label == "entailment"


def test_a_negated_frame_is_turned_back() -> None:
    # "never said that the plan was rejected": the judge's reading of the content was turned
    # already; the approval supports the claim
    framed = strip_frame("Ashford never said that the board had rejected the plan.")
    assert framed.negated
    e = _evidence("The board approved the plan this morning.", "en", 0.05, 0.90)
    opposite_read(e, framed)
    assert e.judgment is not None and e.judgment.label == "entailment"


def test_a_higher_against_a_lower_figure_across_languages() -> None:
    assert (
        opposite_words("Their board wants a higher price for the shares.",
                       "Het bestuur wilde een lagere prijs voor de aandelen.")
        == "higher/lower"
    )  # fmt: skip
    assert opposite_words("De kaart werd goedkoper.", "The ticket became cheaper.") is None
