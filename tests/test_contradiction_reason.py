"""A contradiction needs a reason to show: negation or refusal on one side only, opposite words,
amounts, years or a status that clash; each side read in its own language."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import FACT, Claim
from onrecord.check.verdicts.contradiction_reason import reason, same_amounts
from onrecord.check.verdicts.evidence import OWN, Evidence, unreasoned
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment


@pytest.mark.parametrize(
    ("statement", "claim", "lang_s", "lang_c", "why"),
    [
        # a negation on one side only, across languages
        ("We will not raise the fares this year.", "De ticketprijzen werden dit jaar verhoogd.",
         "en", "nl", "polarity"),
        ("Ik sta achter dit besluit, hoe pijnlijk het ook is voor Lindewolde.",
         "Sluiter stond in 2021 niet achter het besluit om de campus in Lindewolde te sluiten.",
         "nl", "nl", "polarity"),
        # "nooit beloofd dat … niet": two negations are none
        ("Zolang ik voorzitter ben, wordt het Polderpark niet verkocht.",
         "Gerrit Manders never promised that the Polderpark would not be sold.", "nl", "en",
         "polarity"),
        # a refusal on one side, the other side firm
        ("I propose that the association sells 70 per cent of the shares to Scaldis.",
         "Van Lier wees in februari 2021 het voorstel af om de aandelen aan Scaldis te verkopen.",
         "en", "nl", "refusal"),
        ("Onjuist: in mei 2020 stuurde Okafor het bod zelf door aan Verschoor.",
         "De vestingregeling werd Okafor door Verschoor opgelegd.", "nl", "nl", "refusal"),
        # opposite words
        ("Verloskunde gaat gewoon door, in Havenstad en in Oudmeer.",
         "Verloskunde in Oudmeer stopte voorlopig door de coronacrisis.", "nl", "nl", "antonym"),
        ("The final invoice is 470,000 euros, which is 20,000 over budget.",
         "The new hybrid pitch was delivered under budget.", "en", "en", "antonym"),
        ("De huren zijn met 2 procent verlaagd.", "The rents were raised by 2 percent.", "nl", "en",
         "antonym"),
        ("Ook in 2019 houden we vast aan het plafond van 25.000 vluchten.",
         "Roozendaal liet in 2019 het plafond van 25.000 vluchten los.", "nl", "nl", "antonym"),
        ("As long as De Klimop has more than 60 pupils, closing it is out of the question.",
         "Vermeulen schreef dat sluiting van De Klimop ook met meer dan 60 leerlingen "
         "bespreekbaar was.", "en", "nl", "antonym"),
        ("Brightwater betaalde 25 miljoen euro, en de club kan het Polderpark na tien jaar "
         "terugkopen.", "The club gave up any right ever to buy back the Polderpark.", "nl", "en",
         "refusal"),
        # amounts that differ, in either language's notation
        ("With the current design, 9 of the 34 trees would have to be felled.",
         "12 of the 34 lime trees would have to be felled under the current design.", "en", "en",
         "amount"),
        ("Ook houden we ons aan een plafond van 25.000 vliegbewegingen per jaar.",
         "Roozendaal set a cap of 30,000 flights a year for the airport.", "nl", "en", "amount"),
        # small exact numbers take no rounding slack: 118 is not 120
        ("In totaal hebben 118 patiënten aan de studie meegedaan.",
         "Aan HELIOS-2 hebben uiteindelijk 120 patiënten meegedaan.", "nl", "nl", "amount"),
        # another month, another year
        ("Since Zeef went live on 1 February, the 12 of us handle the appeals.",
         "Murmel's automated filter Zeef went live on 1 January.", "en", "en", "time"),
        ("In 2018 our emissions still rose slightly.", "De uitstoot steeg in 2020.", "en", "nl",
         "time"),
    ],
)  # fmt: skip
def test_a_contradiction_with_a_reason(
    statement: str, claim: str, lang_s: str, lang_c: str, why: str
) -> None:
    assert reason(statement, claim, lang_s, lang_c) == why


@pytest.mark.parametrize(
    ("statement", "claim", "lang_s", "lang_c"),
    [
        # paraphrases the judge read as contradictions (0.87, 0.82, 0.69)
        ("If we sell, Ravenwijk becomes a feeder club for a Belgian second-tier side.",
         "De Graaf opposed the sale, warning that Ravenwijk would end up supplying players to a "
         "Belgian second-tier side.", "en", "en"),
        ("The auditors are right, this is serious.",
         "Jansen gaf de auditors gelijk dat de audit een ernstig probleem aan het licht had "
         "gebracht.", "en", "nl"),
        ("Brouwer Participaties is prepared to invest €400,000 for a 25% stake",
         "Brouwer Participaties kreeg een belang van 25 procent voor 400.000 euro.", "en", "nl"),
        # an endorsement of the promise, and the promise
        ("De Hoeve blijft een familiebedrijf, en ons bier wordt in Wolderdam gebrouwen.",
         "Koen de Wit schaarde zich achter de belofte dat De Hoeve een familiebedrijf zou "
         "blijven.", "nl", "nl"),
        # a negation only in what follows a colon is not the statement's polarity
        ("The audit found one serious problem: two failed safety tests were not recorded.",
         "Jansen agreed with the auditors that the audit had found a serious problem.", "en",
         "en"),
        # a refusal on one side and a negation on the other say no alike
        ("Er is geen enkel plan om verloskunde in Oudmeer te sluiten.",
         "In 2019 wees Dijkstra een sluiting van verloskunde in Oudmeer nog af.", "nl", "nl"),
        ("I did not sign the contract.", "Okafor refused to sign the contract.", "en", "en"),
    ],
)  # fmt: skip
def test_no_reason_to_show(statement: str, claim: str, lang_s: str, lang_c: str) -> None:
    assert reason(statement, claim, lang_s, lang_c) is None


def test_amounts_that_agree_across_languages() -> None:
    assert same_amounts(
        "Brouwer Participaties is prepared to invest €400,000 for a 25% stake",
        "Brouwer Participaties kreeg een belang van 25 procent voor 400.000 euro.",
        "en",
        "nl",
    )
    assert not same_amounts(
        "Marlowe can lend €3.8 million over 25 years.",
        "Marlowe will lend the cooperative €3.8 million over 30 years.",
        "en",
        "en",
    )


def _judged(statement: str, lang: str, claim: str, probs: dict[str, float]) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Anna Peters", "anna@example.org", None, None,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    label = max(probs, key=lambda k: probs[k])
    e = Evidence(OWN, hit, [(statement, claim)], judgment=Judgment(label, probs, "test"))
    c = Claim(claim, claim, "nl", None, None, None, None, FACT)
    unreasoned(e, c, strip_frame(claim))
    return e


def test_an_unreasoned_contradiction_is_not_read_as_one() -> None:
    e = _judged(
        "The auditors are right, this is serious.",
        "en",
        "Jansen gaf de auditors gelijk dat de audit een ernstig probleem aan het licht had "
        "gebracht.",
        {"entailment": 0.15, "neutral": 0.03, "contradiction": 0.82},
    )
    assert e.stance == "neutral"
    assert "no reason to show" in e.note


def test_an_unreasoned_contradiction_whose_amounts_agree_supports() -> None:
    e = _judged(
        "Brouwer Participaties is prepared to invest €400,000 for a 25% stake",
        "en",
        "Brouwer Participaties kreeg een belang van 25 procent voor 400.000 euro.",
        {"entailment": 0.29, "neutral": 0.02, "contradiction": 0.69},
    )
    assert e.stance == "supports"


def test_a_reasoned_contradiction_stays() -> None:
    e = _judged(
        "We will not raise the fares this year.",
        "en",
        "De ticketprijzen werden dit jaar verhoogd.",
        {"entailment": 0.05, "neutral": 0.05, "contradiction": 0.9},
    )
    assert e.stance == "contradicts"
    assert e.judgment is not None and e.judgment.probs["contradiction"] == 0.9


def test_large_amounts_keep_their_rounding_slack() -> None:
    # "1,15 miljoen" and "1,148,000" are one amount; "118" and "120" are two
    assert same_amounts("De club ontving 1,15 miljoen euro.", "The club received 1,148,000 euros.",
                        "nl", "en")  # fmt: skip
    assert not same_amounts("We hebben nu 118 patiënten.", "Er doen 120 patiënten mee.", "nl", "nl")
