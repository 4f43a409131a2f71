"""A claim that joins two assertions is checked part by part (check/verdicts/conjuncts.py)."""

from __future__ import annotations

from onrecord.check.claims.extract import claims_from_args
from onrecord.check.language.claim_names import NameContext
from onrecord.check.verdicts.conjuncts import joined, parts, time_parts
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.part_verdicts import join_parts
from onrecord.check.verdicts.verify import Verdict
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


def split(text: str, lang: str) -> list[str]:
    [claim] = claims_from_args([text])
    claim.lang = lang
    return [p.text for p in parts(claim, NameContext([text], []))]


def test_two_periods_give_the_claim_once_per_period() -> None:
    assert time_parts(
        "Sluiter verzette zich zowel in 2019 als in 2021 tegen een hogere bijdrage."
    ) == [
        "Sluiter verzette zich in 2019 tegen een hogere bijdrage.",
        "Sluiter verzette zich in 2021 tegen een hogere bijdrage.",
    ]
    assert time_parts("Hoekstra opposed moving production to AWS both in 2019 and in 2021.") == [
        "Hoekstra opposed moving production to AWS in 2019.",
        "Hoekstra opposed moving production to AWS in 2021.",
    ]
    assert time_parts("Altena ruled it out in both 2018 and 2022.") == [
        "Altena ruled it out in 2018.",
        "Altena ruled it out in 2022.",
    ]
    one = "Dijkstra promised in March 2018 that no village line would disappear."
    assert time_parts(one) == [one]


def test_two_months_of_one_year_give_the_claim_once_per_month() -> None:
    assert time_parts(
        "Altena held firm on 45 million euros for the A39 in both September and October 2020."
    ) == [
        "Altena held firm on 45 million euros for the A39 in September 2020.",
        "Altena held firm on 45 million euros for the A39 in October 2020.",
    ]
    assert time_parts(
        "Altena hield zowel in september als in oktober 2020 vast aan 45 miljoen."
    ) == [
        "Altena hield in september 2020 vast aan 45 miljoen.",
        "Altena hield in oktober 2020 vast aan 45 miljoen.",
    ]
    one = "Altena hield in september en oktober vast aan 45 miljoen euro."
    assert time_parts(one) == [one]


def test_two_clauses_are_two_parts_with_their_subject() -> None:
    got = split(
        "Kloosterman promised in 2017 that the campus would stay open, and he resigned in 2019.",
        "en",
    )
    assert len(got) == 2
    assert got[0].startswith("Kloosterman promised in 2017")


def test_a_clause_that_repeats_the_act_takes_its_own_year() -> None:
    assert split(
        "Roozendaal hield in 2019 vast aan het plafond van 25.000 vluchten en deed dat in 2022 "
        "nog steeds.",
        "nl",
    ) == [
        "Roozendaal hield in 2019 vast aan het plafond van 25.000 vluchten.",
        "Roozendaal hield in 2022 vast aan het plafond van 25.000 vluchten.",
    ]
    # "and did so too": what was done lives in the first clause: the claim stays whole
    whole = "Van der Linden beloofde in 2018 de resultaten te publiceren en deed dat ook."
    assert split(whole, "nl") == [whole]


def test_a_single_assertion_stays_whole() -> None:
    text = "The members approved the sale of the club to Scaldis in March 2021."
    assert split(text, "en") == [text]


def test_the_parts_decide_together() -> None:
    assert joined(["supported", "supported"]) == "supported"
    assert joined(["supported", "contradicted"]) == "mixed"
    assert joined(["contradicted", "not_enough_info"]) == "contradicted"
    assert joined(["supported", "not_enough_info"]) == "not_enough_info"


def _verdict(verdict: str, confidence: float, probs: tuple[float, float, float], weight: float):
    hit = Hit(1, 1, None, "", "A statement.", "Van Lier", "v@ravenwijk.example", None, None,
              "body", "en", (0, 12), 1.0)  # fmt: skip
    p = dict(zip(("entailment", "neutral", "contradiction"), probs, strict=True))
    e = Evidence(OWN, hit, [], judgment=Judgment(max(p, key=lambda k: p[k]), p, "t"), weight=weight)
    e.decisive = verdict != "not_enough_info"
    [claim] = claims_from_args(["Van Lier approved the text."])
    return Verdict(claim, None, verdict, confidence, "t", [e])


def test_a_part_borne_out_by_no_statement_does_not_make_the_claim_mixed() -> None:
    """The verdict model may decide a part on many weak readings: where no statement bears the
    part out (``PART_EVIDENCE``), the whole keeps its verdict."""
    shown = _verdict("supported", 0.64, (0.77, 0.2, 0.03), 1.0)
    weak = _verdict("contradicted", 0.33, (0.02, 0.73, 0.25), 1.0)
    whole = _verdict("supported", 0.64, (0.77, 0.2, 0.03), 1.0)
    join_parts(whole, [shown, weak], lambda h: h.statement_id)
    assert whole.verdict == "supported"
    strong = _verdict("contradicted", 0.5, (0.05, 0.1, 0.85), 1.0)
    join_parts(whole, [shown, strong], lambda h: h.statement_id)
    assert whole.verdict == "mixed" and whole.confidence <= 0.5
    # weight counts: a statement read at a third of its weight does not bear the part out
    whole = _verdict("supported", 0.64, (0.77, 0.2, 0.03), 1.0)
    halved = _verdict("contradicted", 0.5, (0.05, 0.1, 0.85), 0.33)
    join_parts(whole, [shown, halved], lambda h: h.statement_id)
    assert whole.verdict == "supported"
