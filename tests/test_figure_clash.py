"""One figure of one matter read wider: bounds, concepts across languages, profit against loss."""

from __future__ import annotations

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.figures.figure_clash import clash, months_apart, sign_clash
from onrecord.check.statements.period import Period, claim_period, long_after
from onrecord.check.verdicts.amount_evidence import amounts
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

# (statement, its language, claim, the claim's language): another figure of the claim's matter
CLASH = [
    # a rate across languages, the year an agreement runs to is not the figure's time
    (
        "Kestrel has offered to extend the agreement to 2026 at 450,000 euros a year.",
        "en",
        "Kestrel bood in 2022 aan de samenwerking te verlengen voor 400.000 euro per jaar.",
        "nl",
    ),
    # "save" / "besparen"
    (
        "In totaal besparen we 6,9 miljoen euro.",
        "nl",
        "The cost-cutting plan Oosterhout endorsed in 2021 was meant to save 9.6 million euros.",
        "en",
    ),
    # "bespaart" / "besparen" in one language
    (
        "Dat bespaart 2,7 miljoen euro per jaar, iets meer dan de korting.",
        "nl",
        "De nieuwe dienstregeling moest 1,5 miljoen euro per jaar besparen.",
        "nl",
    ),
    # "committed" / "draagt bij", "province" / "provincie"
    (
        "De provincie draagt jaarlijks 38,5 miljoen euro bij aan de exploitatie.",
        "nl",
        "When the concession was awarded in 2018, the province committed 40.5 million euros a "
        "year to running the buses.",
        "en",
    ),
    # a lower bound against an exact total
    (
        "Noorderbank heeft sinds 2017 in totaal 1.035.000 euro aan het NSO betaald.",
        "nl",
        "Noorderbank's sponsorship brought the orchestra more than 1.5 million euros.",
        "en",
    ),
    # two limits of one direction: "niet overschreden" is at most 48
    (
        "Het budget van 48 miljoen euro wordt niet overschreden.",
        "nl",
        "In 2016 Oosterhout promised that the Vaartbrug would cost no more than 45 million euros.",
        "en",
    ),
    # both measured against the same year
    (
        "Lindewolde expects 780 students in September, 32 percent fewer than in 2017.",
        "en",
        "Volgens Ashworth verwachtte Lindewolde in september 2020 870 studenten, 24 procent "
        "minder dan in 2017.",
        "nl",
    ),
    # a length of time, bounds on both sides
    (
        "I expect it to take about a year.",
        "en",
        "Hoekstra verwachtte in 2015 dat het herkomstonderzoek ongeveer drie jaar zou duren.",
        "nl",
    ),
    # a share: "voor de helft" against "three quarters of"
    (
        "Het lab draait inmiddels voor de helft op hun geld.",
        "nl",
        "In 2021 Dijkhuis said Brennan paid for three quarters of the lab.",
        "en",
    ),
]

# must not fire: two things, two periods, a pledge against the price paid, the number elsewhere
NO_CLASH = [
    # a guaranteed minimum is not the price paid
    (
        "The average milk price we paid members in 2020 came to 32.4 cents per kilo, the lowest "
        "since 2016.",
        "en",
        "In March 2016 Bosma signed off on a member letter guaranteeing a milk price of at least "
        "35 cents per kilo through 2020.",
        "en",
    ),
    # two periods
    (
        "In 2017 hadden we een tekort van 1,1 miljoen euro.",
        "nl",
        "In 2019 the school closed the year with a deficit of 1.3 million euros.",
        "en",
    ),
    # a loss is no equity
    (
        "The club's negative equity stood at 3.8 million euros.",
        "en",
        "The club made a loss of 1.3 million euros.",
        "en",
    ),
    # nothing in common next to the amounts
    (
        "We paid 640,000 euros for agency nurses.",
        "en",
        "De verbouwing van de kamers kostte 1,8 miljoen euro.",
        "nl",
    ),
    # the claim's number is named elsewhere in the statement
    (
        "Van de 186 bussen rijden er 41 elektrisch.",
        "nl",
        "Lijnmaat rijdt met 186 bussen.",
        "nl",
    ),
    # the statement's figure is measured against another time than the claim's
    (
        "We have 12 moderators, four fewer than in 2019.",
        "en",
        "Murmel had 16 moderators in 2021.",
        "en",
    ),
    # one item of a list is a part of the whole plan's figure
    (
        "Ten tweede gebruiken we een standaardleuning in plaats van de ontworpen bronzen leuning, "
        "wat 0,9 miljoen euro bespaart.",
        "nl",
        "The cost-cutting plan Oosterhout endorsed in 2021 was meant to save 9.6 million euros.",
        "en",
    ),
    # two sums of money in the statement: which is the claim's is not clear
    (
        "Een dagkaart kost nu 41 euro, 7 euro meer dan vorig jaar.",
        "nl",
        "The park promised a family ticket of no more than 30 euros.",
        "en",
    ),
    # a further purchase is another figure than the first
    (
        "The group will buy a further 10 percent of the shares for 2 million euros.",
        "en",
        "De groep betaalde 9 miljoen euro voor haar belang.",
        "nl",
    ),
    # a month of the writer's year is not the end of the claim's year
    (
        "The funding ratio stood at 96.8 percent at the end of September.",
        "en",
        "At the end of 2022 the fund's coverage ratio was 97.5 percent.",
        "en",
    ),
    # rounding: "ruim een miljoen" holds 1.2 million
    (
        "The cut is 1.2 million euros a year from 2020.",
        "en",
        "Vanaf 2020 ging er ruim een miljoen euro per jaar af van het geld voor de omroep.",
        "nl",
    ),
]


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang"), CLASH)
def test_another_figure_of_one_matter_clashes(
    said: str, lang: str, claim: str, claim_lang: str
) -> None:
    assert clash(said, claim, lang, claim_lang) is not None


@pytest.mark.parametrize(("said", "lang", "claim", "claim_lang"), NO_CLASH)
def test_two_things_or_one_figure_do_not_clash(
    said: str, lang: str, claim: str, claim_lang: str
) -> None:
    assert clash(said, claim, lang, claim_lang) is None


def test_profit_against_loss() -> None:
    assert sign_clash(
        "The airport made a loss of 1.2 million euros.",
        "In 2016 Brakelveen Airport made a profit of 1.2 million euros.",
        "en",
        "en",
    )
    assert sign_clash(
        "Brouwerij De Hoeve sloot 2018 af met een verlies van 1,3 miljoen euro.",
        "In 2018 the brewery made a profit of 1.3 million euros.",
        "nl",
        "en",
    )
    # one sign on both sides, or another year: no sign clash
    assert not sign_clash(
        "We made a profit of 1.2 million euros.", "Winst: 1,2 miljoen euro.", "en", "nl"
    )
    assert not sign_clash(
        "In 2015 we made a loss of 1.2 million euros.",
        "In 2016 the airport made a profit of 1.2 million euros.",
        "en",
        "en",
    )


def _judged(statement: str, lang: str) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Pieter Jansen", "pieter@kunsthal.example", None, None,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    probs = {"entailment": 0.9, "neutral": 0.05, "contradiction": 0.05}
    return Evidence(OWN, hit, [], judgment=Judgment("entailment", probs, "test"))


def test_the_clash_overrules_the_judges_entailment() -> None:
    said, lang, claim, claim_lang = CLASH[0]
    e = _judged(said, lang)
    amounts(e, Claim(claim, claim, claim_lang, "Hoekstra", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert "one figure" in e.note


def test_a_share_of_another_month_does_not_overrule_the_judge() -> None:
    """A share clashes against the judge's entailment (``OVERRIDE_KINDS``), but not one dated by
    another month than the claim's: a quarterly figure is not the year-end one."""
    said = "The funding ratio stood at 96.8 percent at the end of September."
    e = _judged(said, "en")
    claim = "At the end of 2022 the fund's coverage ratio was 97.5 percent."
    amounts(e, Claim(claim, claim, "en", "the fund", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "entailment", e.note
    e = _judged(said.replace("September", "December"), "en")
    amounts(e, Claim(claim, claim, "en", "the fund", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "contradiction"


def test_months_apart() -> None:
    assert months_apart("Eind september stond de dekkingsgraad op 96,8 procent.", "eind 2022")
    assert not months_apart("At the end of December it was 96.8 percent.", "at the end of 2022")
    assert not months_apart("It may reach 97 percent.", "at the end of 2022")  # the verb
    assert not months_apart("In September 2022 it was 96.8 percent.", "at the end of 2022")
    # the month of an act dates the act, not its figure
    assert not months_apart("The rise of 3.9% starts on 1 July.", "In June 2020 she proposed 1.3%.")


def _neutral_on(statement: str, lang: str, date: str) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Femke Roozendaal", "f@brakelveen.example", date, 0,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    probs = {"entailment": 0.3, "neutral": 0.5, "contradiction": 0.2}
    return Evidence(OWN, hit, [], judgment=Judgment("neutral", probs, "test"))


def test_a_figure_written_long_after_the_claims_time_is_of_its_own_time() -> None:
    """ "tien per week", written in 2022 and naming no time, is the number of 2022: it does not
    refute the request of November 2019 for four a week; written in the period, or naming the
    time it is about, it does."""
    claim = "NordLift Cargo vroeg in november 2019 om vier nachtslots per week."
    said = "Met NordLift hebben we afgesproken dat het aantal nachtslots naar tien per week gaat."
    c = Claim(claim, claim, "nl", "NordLift Cargo", None, None, None, "fact")
    when = claim_period(claim)
    assert when == Period(2019, 11)
    e = _neutral_on(said, "nl", "2022-02-14T09:00:00Z")
    amounts(e, c, None, when)
    assert e.judgment is not None and e.judgment.label == "neutral" and not e.note
    e = _neutral_on(said, "nl", "2019-11-20T09:00:00Z")
    amounts(e, c, None, when)
    assert e.judgment is not None and e.judgment.label == "contradiction"
    e = _neutral_on(said.replace("gaat", "ging in november 2019"), "nl", "2022-02-14T09:00:00Z")
    amounts(e, c, None, when)
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert long_after("2022-02-14T09:00:00Z", when, said)
    assert not long_after("2020-11-20T09:00:00Z", when, said)  # within the year after
    assert not long_after(None, when, said)
