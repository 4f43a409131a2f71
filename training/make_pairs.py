"""Write the mail-register NLI pairs in training/pairs/ (English, Dutch and mixed).

Each frame is written by hand in both languages: a statement as it appears in mail (the premise,
attributed as the record attributes it) and claims about it (hypotheses) with their labels. The
script fills people, topics, dates and quantities and crosses languages (EN→EN, NL→NL, EN→NL,
NL→EN), so every label pattern is seen in every language pairing. The frames cover assent,
negation, modality (wanted / proposed / insisted / never), quantities, dates, and hard neutral
pairs: same people and topic, but a different event or time, which is not evidence either way.

    .venv/bin/python training/make_pairs.py      # deterministic (seed 13)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pairs"

PEOPLE = [
    "Anna de Vries",
    "Pieter Jansen",
    "Sanne Bakker",
    "Mark Visser",
    "Els van Dijk",
    "Jeroen Smit",
    "Fatima el Amrani",
    "Tom Mulder",
    "Linda Meijer",
    "Bram de Boer",
    "Sarah Collins",
    "James Turner",
    "Priya Shah",
    "David Brooks",
    "Emma Walsh",
    "Kees Hendriks",
    "Noor Peters",
    "Wouter Kok",
    "Laura Chen",
    "Michael O'Brien",
]
# (english, dutch) topic noun phrases, and a clearly different topic for unrelated pairs
TOPICS = [
    ("the budget for the new office", "het budget voor het nieuwe kantoor"),
    ("the contract with Acme", "het contract met Acme"),
    ("the product launch", "de productlancering"),
    ("the server migration", "de servermigratie"),
    ("the hiring plan", "het wervingsplan"),
    ("the marketing campaign", "de marketingcampagne"),
    ("the audit report", "het auditrapport"),
    ("the price increase", "de prijsverhoging"),
    ("the supplier agreement", "de leveranciersovereenkomst"),
    ("the reorganisation", "de reorganisatie"),
    ("the annual report", "het jaarverslag"),
    ("the software licence renewal", "de verlenging van de softwarelicentie"),
]
MONTHS = [
    ("January", "januari"),
    ("February", "februari"),
    ("March", "maart"),
    ("April", "april"),
    ("May", "mei"),
    ("June", "juni"),
    ("July", "juli"),
    ("September", "september"),
    ("October", "oktober"),
    ("November", "november"),
    ("December", "december"),
]
DAYS = [
    ("Monday", "maandag"),
    ("Tuesday", "dinsdag"),
    ("Wednesday", "woensdag"),
    ("Thursday", "donderdag"),
    ("Friday", "vrijdag"),
]
ITEMS = [
    ("laptops", "laptops"),
    ("licences", "licenties"),
    ("chairs", "stoelen"),
    ("servers", "servers"),
    ("phones", "telefoons"),
    ("desks", "bureaus"),
]
CITIES = ["Amsterdam", "Utrecht", "Rotterdam", "London", "Brussels", "Eindhoven", "Leiden"]

E, N, C = "entailment", "neutral", "contradiction"


def date(rng: random.Random, avoid: tuple[int, int] | None = None) -> tuple[int, int]:
    while True:
        d = (rng.randint(1, 28), rng.randrange(len(MONTHS)))
        if d != avoid:
            return d


def fmt_date(d: tuple[int, int], lang: str) -> str:
    day, m = d
    return f"{day} {MONTHS[m][0 if lang == 'en' else 1]}"


def other(rng: random.Random, seq: list, x):
    return rng.choice([y for y in seq if y != x])


def wrote(person: str, text: str, lang: str, rng: random.Random) -> str:
    """The premise as an attributed mail statement."""
    style = rng.random()
    if style < 0.5:
        return f'{person} {"wrote" if lang == "en" else "schreef"}: "{text}"'
    if style < 0.8:
        return f"{person}: {text}"
    first = person.split()[0]
    if lang == "en":
        text = re.sub(r"(^|(?<=[:;,] ))I (?!am )", first + " ", text).replace(" I ", f" {first} ")
        for verb in ("agree", "propose", "insist"):
            text = text.replace(f"{first} {verb} ", f"{first} {verb}s ")
    if re.search(r"\b(I|me|my|we|us|our|ik|mij|me|we|wij|ons|onze)\b", text, re.I):
        return f"{person}: {text}"  # first person left: attribution is needed
    return text


def frames(rng: random.Random):
    """Yield (premise_author, {lang: premise_text}, [( {lang: hyp}, label, kind )])."""
    a = rng.choice(PEOPLE)
    b = other(rng, PEOPLE, a)
    ti = rng.randrange(len(TOPICS))
    t = TOPICS[ti]
    t2 = TOPICS[(ti + rng.randint(1, len(TOPICS) - 1)) % len(TOPICS)]
    d1 = date(rng)
    d2 = date(rng, avoid=d1)
    day, day2 = rng.sample(DAYS, 2)
    n1 = rng.choice([3, 5, 8, 12, 15, 20, 25, 40, 50, 120])
    n2 = rng.choice([x for x in (2, 4, 6, 10, 14, 18, 30, 45, 60, 200) if x != n1])
    item = rng.choice(ITEMS)
    city, city2 = rng.sample(CITIES, 2)
    pct, pct2 = rng.sample([5, 10, 15, 20, 25, 30], 2)
    de1, dn1, de2, dn2 = (
        fmt_date(d1, "en"),
        fmt_date(d1, "nl"),
        fmt_date(d2, "en"),
        fmt_date(d2, "nl"),
    )
    fa = a.split()[0]

    kind = rng.randrange(12)
    if kind == 0:  # assent
        prem = {
            "en": f"I agree with {t[0]}, let's go ahead.",
            "nl": f"Ik ga akkoord met {t[1]}, laten we doorgaan.",
        }
        hyps = [
            ({"en": f"{a} agreed with {t[0]}.", "nl": f"{a} ging akkoord met {t[1]}."}, E),
            ({"en": f"{a} supported {t[0]}.", "nl": f"{a} steunde {t[1]}."}, E),
            ({"en": f"{a} rejected {t[0]}.", "nl": f"{a} wees {t[1]} af."}, C),
            ({"en": f"{a} objected to {t[0]}.", "nl": f"{a} maakte bezwaar tegen {t[1]}."}, C),
            ({"en": f"{a} agreed with {t2[0]}.", "nl": f"{a} ging akkoord met {t2[1]}."}, N),
            ({"en": f"{b} agreed with {t[0]}.", "nl": f"{b} ging akkoord met {t[1]}."}, N),
        ]
    elif kind == 1:  # negation / never
        prem = {
            "en": f"To be clear: I never approved {t[0]}.",
            "nl": f"Voor de duidelijkheid: ik heb {t[1]} nooit goedgekeurd.",
        }
        hyps = [
            ({"en": f"{a} approved {t[0]}.", "nl": f"{a} keurde {t[1]} goed."}, C),
            ({"en": f"{a} signed off on {t[0]}.", "nl": f"{a} gaf akkoord op {t[1]}."}, C),
            (
                {"en": f"{a} did not approve {t[0]}.", "nl": f"{a} heeft {t[1]} niet goedgekeurd."},
                E,
            ),
            (
                {
                    "en": f"{a} says {fa} never approved {t[0]}.",
                    "nl": f"{a} zegt dat {fa} {t[1]} nooit heeft goedgekeurd.",
                },
                E,
            ),
            ({"en": f"{a} approved {t2[0]}.", "nl": f"{a} keurde {t2[1]} goed."}, N),
            ({"en": f"{b} approved {t[0]}.", "nl": f"{b} keurde {t[1]} goed."}, N),
        ]
    elif kind == 2:  # modality: proposed is not done
        prem = {
            "en": f"I propose that we cut {t[0]} by {pct}%.",
            "nl": f"Ik stel voor dat we {t[1]} met {pct}% verlagen.",
        }
        hyps = [
            (
                {
                    "en": f"{a} proposed cutting {t[0]} by {pct}%.",
                    "nl": f"{a} stelde voor {t[1]} met {pct}% te verlagen.",
                },
                E,
            ),
            (
                {
                    "en": f"{a} suggested a cut of {pct}% to {t[0]}.",
                    "nl": f"{a} opperde een verlaging van {pct}% voor {t[1]}.",
                },
                E,
            ),
            (
                {
                    "en": f"{t[0][0].upper() + t[0][1:]} was cut by {pct}%.",
                    "nl": f"{t[1][0].upper() + t[1][1:]} is met {pct}% verlaagd.",
                },
                N,
            ),
            (
                {
                    "en": f"{a} proposed cutting {t[0]} by {pct2}%.",
                    "nl": f"{a} stelde voor {t[1]} met {pct2}% te verlagen.",
                },
                C,
            ),
            ({"en": f"{a} wanted to increase {t[0]}.", "nl": f"{a} wilde {t[1]} verhogen."}, C),
            (
                {
                    "en": f"{a} opposed any cut to {t[0]}.",
                    "nl": f"{a} was tegen elke verlaging van {t[1]}.",
                },
                C,
            ),
        ]
    elif kind == 3:  # modality: wanted is not did
        prem = {
            "en": f"I wanted to sign {t[0]} on {day[0]}, but legal has not finished the review.",
            "nl": f"Ik wilde {t[1]} op {day[1]} tekenen, maar juridische zaken is nog niet klaar met de controle.",
        }
        hyps = [
            (
                {
                    "en": f"{a} wanted to sign {t[0]} on {day[0]}.",
                    "nl": f"{a} wilde {t[1]} op {day[1]} tekenen.",
                },
                E,
            ),
            (
                {
                    "en": f"{t[0][0].upper() + t[0][1:]} has not been signed yet.",
                    "nl": f"{t[1][0].upper() + t[1][1:]} is nog niet getekend.",
                },
                E,
            ),
            (
                {"en": f"{a} signed {t[0]} on {day[0]}.", "nl": f"{a} tekende {t[1]} op {day[1]}."},
                C,
            ),
            (
                {
                    "en": f"Legal finished its review of {t[0]}.",
                    "nl": f"Juridische zaken heeft de controle van {t[1]} afgerond.",
                },
                C,
            ),
            (
                {
                    "en": f"{a} wanted to sign {t2[0]} on {day2[0]}.",
                    "nl": f"{a} wilde {t2[1]} op {day2[1]} tekenen.",
                },
                N,
            ),
            ({"en": f"{a} refused to sign {t[0]}.", "nl": f"{a} weigerde {t[1]} te tekenen."}, C),
        ]
    elif kind == 4:  # insisted
        prem = {
            "en": f"I insist that the invoice for {t[0]} is paid before {de1}.",
            "nl": f"Ik sta erop dat de factuur voor {t[1]} vóór {dn1} wordt betaald.",
        }
        hyps = [
            (
                {
                    "en": f"{a} demanded payment of the invoice for {t[0]} before {de1}.",
                    "nl": f"{a} eiste betaling van de factuur voor {t[1]} vóór {dn1}.",
                },
                E,
            ),
            (
                {
                    "en": f"{a} asked for the invoice to be paid before {de1}.",
                    "nl": f"{a} vroeg om de factuur vóór {dn1} te betalen.",
                },
                E,
            ),
            (
                {
                    "en": f"{a} said the invoice for {t[0]} could wait until after {de1}.",
                    "nl": f"{a} zei dat de factuur voor {t[1]} tot na {dn1} kon wachten.",
                },
                C,
            ),
            (
                {
                    "en": f"{a} insisted that the invoice be paid before {de2}.",
                    "nl": f"{a} stond erop dat de factuur vóór {dn2} werd betaald.",
                },
                C,
            ),
            (
                {
                    "en": f"The invoice for {t[0]} was paid on time.",
                    "nl": f"De factuur voor {t[1]} is op tijd betaald.",
                },
                N,
            ),
            ({"en": f"{b} insisted on early payment.", "nl": f"{b} stond op vroege betaling."}, N),
        ]
    elif kind == 5:  # quantities
        prem = {
            "en": f"We ordered {n1} {item[0]} for the team in {city}.",
            "nl": f"We hebben {n1} {item[1]} besteld voor het team in {city}.",
        }
        lo, hi = min(n1, n2), max(n1, n2)
        more = {
            "en": f"More than {lo} {item[0]} were ordered for {city}.",
            "nl": f"Er zijn meer dan {lo} {item[1]} besteld voor {city}.",
        }
        fewer = {
            "en": f"Fewer than {hi} {item[0]} were ordered for {city}.",
            "nl": f"Er zijn minder dan {hi} {item[1]} besteld voor {city}.",
        }
        hyps = [
            ({"en": f"{a} ordered {n1} {item[0]}.", "nl": f"{a} bestelde {n1} {item[1]}."}, E),
            (
                {
                    "en": f"{a} ordered {n2} {item[0]} for the team in {city}.",
                    "nl": f"{a} bestelde {n2} {item[1]} voor het team in {city}.",
                },
                C,
            ),
            (more, E if n1 > lo else C),
            (fewer, E if n1 < hi else C),
            (
                {
                    "en": f"{a} ordered {n1} {item[0]} for the team in {city2}.",
                    "nl": f"{a} bestelde {n1} {item[1]} voor het team in {city2}.",
                },
                C,
            ),
            (
                {
                    "en": f"The {item[0]} for {city} were delivered on {de1}.",
                    "nl": f"De {item[1]} voor {city} zijn op {dn1} geleverd.",
                },
                N,
            ),
        ]
    elif kind == 6:  # dates
        prem = {
            "en": f"The meeting about {t[0]} is moved to {day[0]} {de1} in {city}.",
            "nl": f"Het overleg over {t[1]} is verplaatst naar {day[1]} {dn1} in {city}.",
        }
        hyps = [
            (
                {
                    "en": f"The meeting about {t[0]} takes place on {de1}.",
                    "nl": f"Het overleg over {t[1]} vindt plaats op {dn1}.",
                },
                E,
            ),
            (
                {
                    "en": f"The meeting about {t[0]} takes place on {de2}.",
                    "nl": f"Het overleg over {t[1]} vindt plaats op {dn2}.",
                },
                C,
            ),
            (
                {
                    "en": f"The meeting about {t[0]} will be held in {city2}.",
                    "nl": f"Het overleg over {t[1]} wordt gehouden in {city2}.",
                },
                C,
            ),
            (
                {
                    "en": f"The meeting about {t[0]} was rescheduled.",
                    "nl": f"Het overleg over {t[1]} is verzet.",
                },
                E,
            ),
            (
                {
                    "en": f"The meeting about {t2[0]} takes place on {de2}.",
                    "nl": f"Het overleg over {t2[1]} vindt plaats op {dn2}.",
                },
                N,
            ),
            (
                {
                    "en": f"{b} will chair the meeting about {t[0]}.",
                    "nl": f"{b} zit het overleg over {t[1]} voor.",
                },
                N,
            ),
        ]
    elif kind == 7:  # hard neutral: same people & topic, different event/time
        prem = {
            "en": f"On {de1} I met {b} in {city} to discuss {t[0]}.",
            "nl": f"Op {dn1} heb ik {b} in {city} gesproken over {t[1]}.",
        }
        hyps = [
            ({"en": f"{a} met {b} on {de1}.", "nl": f"{a} sprak {b} op {dn1}."}, E),
            (
                {
                    "en": f"{a} and {b} discussed {t[0]} in {city}.",
                    "nl": f"{a} en {b} bespraken {t[1]} in {city}.",
                },
                E,
            ),
            (
                {
                    "en": f"{a} met {b} on {de2} to discuss {t[0]}.",
                    "nl": f"{a} sprak {b} op {dn2} over {t[1]}.",
                },
                N,
            ),
            (
                {
                    "en": f"{a} and {b} disagreed about {t[0]}.",
                    "nl": f"{a} en {b} waren het oneens over {t[1]}.",
                },
                N,
            ),
            (
                {"en": f"{b} approved {t[0]} on {de2}.", "nl": f"{b} keurde {t[1]} goed op {dn2}."},
                N,
            ),
            ({"en": f"{a} has never met {b}.", "nl": f"{a} heeft {b} nooit ontmoet."}, C),
        ]
    elif kind == 8:  # decision with time: earlier/later decision is a different event
        prem = {
            "en": f"In {MONTHS[d1[1]][0]} we decided to postpone {t[0]}.",
            "nl": f"In {MONTHS[d1[1]][1]} hebben we besloten {t[1]} uit te stellen.",
        }
        hyps = [
            (
                {
                    "en": f"{t[0][0].upper() + t[0][1:]} was postponed in {MONTHS[d1[1]][0]}.",
                    "nl": f"{t[1][0].upper() + t[1][1:]} werd in {MONTHS[d1[1]][1]} uitgesteld.",
                },
                E,
            ),
            (
                {
                    "en": f"In {MONTHS[d1[1]][0]} it was decided to go ahead with {t[0]} immediately.",
                    "nl": f"In {MONTHS[d1[1]][1]} werd besloten direct door te gaan met {t[1]}.",
                },
                C,
            ),
            (
                {
                    "en": f"{t[0][0].upper() + t[0][1:]} was cancelled the following year.",
                    "nl": f"{t[1][0].upper() + t[1][1:]} werd het jaar daarna geschrapt.",
                },
                N,
            ),
            (
                {
                    "en": f"{a} was against postponing {t[0]}.",
                    "nl": f"{a} was tegen het uitstellen van {t[1]}.",
                },
                N,
            ),
            (
                {
                    "en": f"{t2[0][0].upper() + t2[0][1:]} was postponed.",
                    "nl": f"{t2[1][0].upper() + t2[1][1:]} werd uitgesteld.",
                },
                N,
            ),
        ]
    elif kind == 9:  # refusal
        prem = {
            "en": f"I told {b} that we will not accept {t[0]} in its current form.",
            "nl": f"Ik heb {b} laten weten dat we {t[1]} in deze vorm niet accepteren.",
        }
        hyps = [
            (
                {
                    "en": f"{a} rejected {t[0]} in its current form.",
                    "nl": f"{a} wees {t[1]} in de huidige vorm af.",
                },
                E,
            ),
            (
                {
                    "en": f"{a} informed {b} about the decision on {t[0]}.",
                    "nl": f"{a} bracht {b} op de hoogte van het besluit over {t[1]}.",
                },
                E,
            ),
            (
                {
                    "en": f"{a} accepted {t[0]} as it was.",
                    "nl": f"{a} accepteerde {t[1]} zoals het was.",
                },
                C,
            ),
            (
                {
                    "en": f"{a} told {b} that {t[0]} was fine.",
                    "nl": f"{a} zei tegen {b} dat {t[1]} prima was.",
                },
                C,
            ),
            ({"en": f"{b} wrote {t[0]}.", "nl": f"{b} heeft {t[1]} geschreven."}, N),
            (
                {
                    "en": f"{a} will accept a revised version of {t[0]}.",
                    "nl": f"{a} accepteert een herziene versie van {t[1]}.",
                },
                N,
            ),
        ]
    elif kind == 10:  # deadline / completion with amounts of money
        amt, amt2 = rng.sample([1500, 2500, 4000, 7500, 12000, 25000, 40000], 2)
        ae, an = f"€{amt:,}", f"€ {amt:,}".replace(",", ".")
        ae2, an2 = f"€{amt2:,}", f"€ {amt2:,}".replace(",", ".")
        prem = {
            "en": f"The quote for {t[0]} came in at {ae}, which is within budget.",
            "nl": f"De offerte voor {t[1]} kwam uit op {an}, dat past binnen het budget.",
        }
        hyps = [
            (
                {
                    "en": f"The quote for {t[0]} was {ae}.",
                    "nl": f"De offerte voor {t[1]} bedroeg {an}.",
                },
                E,
            ),
            (
                {
                    "en": f"The quote for {t[0]} was {ae2}.",
                    "nl": f"De offerte voor {t[1]} bedroeg {an2}.",
                },
                C,
            ),
            (
                {
                    "en": f"The quote for {t[0]} exceeded the budget.",
                    "nl": f"De offerte voor {t[1]} ging over het budget heen.",
                },
                C,
            ),
            (
                {
                    "en": f"The quote for {t[0]} fit within the budget.",
                    "nl": f"De offerte voor {t[1]} paste binnen het budget.",
                },
                E,
            ),
            (
                {
                    "en": f"The quote for {t2[0]} was {ae2}.",
                    "nl": f"De offerte voor {t2[1]} bedroeg {an2}.",
                },
                N,
            ),
            (
                {
                    "en": f"{b} accepted the quote for {t[0]}.",
                    "nl": f"{b} accepteerde de offerte voor {t[1]}.",
                },
                N,
            ),
        ]
    else:  # report of someone else's position (attribution matters)
        prem = {
            "en": f"{b} told me she is against {t[0]}; I am still in favour.",
            "nl": f"{b} vertelde me dat ze tegen {t[1]} is; ik ben nog steeds voor.",
        }
        hyps = [
            ({"en": f"{a} is in favour of {t[0]}.", "nl": f"{a} is voor {t[1]}."}, E),
            ({"en": f"{b} opposes {t[0]}.", "nl": f"{b} is tegen {t[1]}."}, E),
            ({"en": f"{a} is against {t[0]}.", "nl": f"{a} is tegen {t[1]}."}, C),
            ({"en": f"{b} supports {t[0]}.", "nl": f"{b} steunt {t[1]}."}, C),
            ({"en": f"{b} is against {t2[0]}.", "nl": f"{b} is tegen {t2[1]}."}, N),
            (
                {
                    "en": f"{a} will vote on {t[0]} on {de1}.",
                    "nl": f"{a} stemt op {dn1} over {t[1]}.",
                },
                N,
            ),
        ]
    return a, prem, hyps, kind


# ---------------------------------------------------------------------------------------------
# v2: endorsement frames ("X agreed with Y: <proposition A>") and cross-lingual pairs
#
# Premises in the form onrecord's verifier builds them (``check/verdicts/verify.py``: "X wrote: …",
# "X agreed with Y: …", "X disagreed with Y: …"; the frame in English, the quoted text in the
# mail's language), optionally dated ("On 4 Mar 2019, …"), or framed in Dutch. Hypotheses about
# the same people and project: the endorsed proposition (entailment), its rejection
# (contradiction), and hard neutrals: another proposition of the same project ("X wanted <B>",
# "X agreed with the proposal to <B>"), what X wanted for themself, or a third person's assent.
# Languages of premise text and hypothesis are crossed, mixed pairs weighted up.

PROJECTS = ["Orion", "Atlas", "Nova", "Helix", "Vega", "Polaris", "Quartz", "Delta", "Kestrel"]
YEARS = list(range(2012, 2024))
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Sep", "Oct", "Nov", "Dec"]
MON_ABBR_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "sep", "okt", "nov", "dec"]

# (statement EN, "to …" EN, statement NL, "om … te …" NL, "wilde …" NL); {p} = project
PROPS = [
    (
        "It's fine to postpone the {p} launch until the autumn.",
        "postpone the {p} launch until the autumn",
        "Het is prima om de lancering van {p} uit te stellen tot het najaar.",
        "de lancering van {p} tot het najaar uit te stellen",
        "de lancering van {p} tot het najaar uitstellen",
    ),
    (
        "We should keep the test results of {p} to ourselves for now.",
        "keep the test results of {p} to themselves for now",
        "We moeten de testresultaten van {p} voorlopig voor onszelf houden.",
        "de testresultaten van {p} voorlopig niet te delen",
        "de testresultaten van {p} voorlopig niet delen",
    ),
    (
        "Let's move the {p} team to Utrecht.",
        "move the {p} team to Utrecht",
        "Laten we het {p}-team naar Utrecht verhuizen.",
        "het {p}-team naar Utrecht te verhuizen",
        "het {p}-team naar Utrecht verhuizen",
    ),
    (
        "There is no need to hire more engineers for {p} this year.",
        "stop hiring engineers for {p} this year",
        "Het is niet nodig om dit jaar meer engineers voor {p} aan te nemen.",
        "dit jaar geen engineers meer voor {p} aan te nemen",
        "dit jaar geen engineers meer voor {p} aannemen",
    ),
    (
        "We can sell {p} to a larger company.",
        "sell {p} to a larger company",
        "We kunnen {p} verkopen aan een groter bedrijf.",
        "{p} aan een groter bedrijf te verkopen",
        "{p} aan een groter bedrijf verkopen",
    ),
    (
        "It's OK to raise the price of {p} by ten percent.",
        "raise the price of {p} by ten percent",
        "Het is goed om de prijs van {p} met tien procent te verhogen.",
        "de prijs van {p} met tien procent te verhogen",
        "de prijs van {p} met tien procent verhogen",
    ),
    (
        "We should publish the {p} source code under an open licence.",
        "publish the {p} source code under an open licence",
        "We moeten de broncode van {p} onder een open licentie publiceren.",
        "de broncode van {p} onder een open licentie te publiceren",
        "de broncode van {p} onder een open licentie publiceren",
    ),
    (
        "Let's close the {p} office in London.",
        "close the {p} office in London",
        "Laten we het kantoor van {p} in Londen sluiten.",
        "het kantoor van {p} in Londen te sluiten",
        "het kantoor van {p} in Londen sluiten",
    ),
    (
        "We should end the partnership with Acme on {p}.",
        "end the partnership with Acme on {p}",
        "We moeten de samenwerking met Acme rond {p} beëindigen.",
        "de samenwerking met Acme rond {p} te beëindigen",
        "de samenwerking met Acme rond {p} beëindigen",
    ),
    (
        "Fine to give the {p} investors a seat on the board.",
        "give the {p} investors a seat on the board",
        "Prima om de investeerders van {p} een zetel in het bestuur te geven.",
        "de investeerders van {p} een zetel in het bestuur te geven",
        "de investeerders van {p} een zetel in het bestuur geven",
    ),
    (
        "We don't need to tell the customers about the {p} delay yet.",
        "not tell the customers about the {p} delay yet",
        "We hoeven de klanten nog niet over de vertraging van {p} te vertellen.",
        "de klanten nog niet over de vertraging van {p} te vertellen",
        "de klanten nog niet over de vertraging van {p} vertellen",
    ),
    (
        "Let's double the marketing budget for {p}.",
        "double the marketing budget for {p}",
        "Laten we het marketingbudget voor {p} verdubbelen.",
        "het marketingbudget voor {p} te verdubbelen",
        "het marketingbudget voor {p} verdubbelen",
    ),
    (
        "We can drop the free version of {p}.",
        "drop the free version of {p}",
        "We kunnen de gratis versie van {p} schrappen.",
        "de gratis versie van {p} te schrappen",
        "de gratis versie van {p} schrappen",
    ),
    (
        "It's fine to let the {p} team work from home.",
        "let the {p} team work from home",
        "Het is prima om het {p}-team thuis te laten werken.",
        "het {p}-team thuis te laten werken",
        "het {p}-team thuis laten werken",
    ),
]
# what a person wanted for themself or for the project: another proposition, never evidence
# for or against an assent to a PROPS item ({a} the person, {b} another, {p} the project)
WANTS = [
    ("{a} wanted to run {p} alone.", "{a} wilde {p} alleen leiden."),
    ("{a} wanted a majority stake in {p}.", "{a} wilde een meerderheidsbelang in {p}."),
    ("{a} wanted to become chief executive of {p}.", "{a} wilde directeur van {p} worden."),
    ("{a} wanted {b} to leave {p}.", "{a} wilde dat {b} {p} zou verlaten."),
    ("{a} wanted more money for {p}.", "{a} wilde meer geld voor {p}."),
    ("{a} wanted to be paid a bonus for {p}.", "{a} wilde een bonus voor {p}."),
    ("{a} wanted to leave {p} in {y}.", "{a} wilde {p} in {y} verlaten."),
]


def endorse_frame(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """One endorsement frame: [(premise, hypothesis, label, lang)] in crossed languages."""
    a, b, c = rng.sample(PEOPLE, 3)
    p = rng.choice(PROJECTS)
    ia, ib = rng.sample(range(len(PROPS)), 2)
    A = [x.format(p=p) for x in PROPS[ia]]
    B = [x.format(p=p) for x in PROPS[ib]]
    y = rng.choice(YEARS)
    dd, mi = rng.randint(1, 28), rng.randrange(len(MON_ABBR))
    stance = rng.choices(["agree", "disagree", "wrote"], weights=[0.6, 0.2, 0.2])[0]
    dated = rng.random() < 0.5
    pl = rng.choice(["en", "nl"])  # language of the mail text
    text = A[0] if pl == "en" else A[2]
    frame_nl = pl == "nl" and rng.random() < 0.3  # else the verifier's English frame
    if frame_nl:
        verb = {"agree": "was het eens met", "disagree": "was het oneens met"}.get(stance)
        head = f"{a} {verb} {b}" if verb else f"{a} schreef"
        if dated:
            head = f"Op {dd} {MON_ABBR_NL[mi]} {y} " + (
                f"was {a} het {'eens' if stance == 'agree' else 'oneens'} met {b}"
                if verb
                else f"schreef {a}"
            )
    else:
        verb = {"agree": "agreed with", "disagree": "disagreed with"}.get(stance)
        head = f"{a} {verb} {b}" if verb else f"{a} wrote"
        if dated:
            head = f"On {dd} {MON_ABBR[mi]} {y}, " + head
    premise = f"{head}: {text}"

    def agree_with(x, yr=None):  # "a agreed (in y) with the proposal to x"
        en = f"{a} agreed {'in ' + str(yr) + ' ' if yr else ''}to the proposal to {x[1]}."
        nl = f"{a} stemde {'in ' + str(yr) + ' ' if yr else ''}in met het voorstel om {x[3]}."
        return en, nl

    pos = [  # the person's assent to A
        agree_with(A),
        (f"{a} was in favour of the plan to {A[1]}.", f"{a} was voor het plan om {A[3]}."),
        (f"{a} supported the idea to {A[1]}.", f"{a} steunde het idee om {A[3]}."),
    ]
    if dated:
        pos.append(agree_with(A, y))
        pos.append(
            (
                f"In {y}, {a} was in favour of the plan to {A[1]}.",
                f"In {y} was {a} voor het plan om {A[3]}.",
            )
        )
    neg = [  # the person's rejection of A
        (f"{a} rejected the proposal to {A[1]}.", f"{a} wees het voorstel om {A[3]} af."),
        (f"{a} was against the plan to {A[1]}.", f"{a} was tegen het plan om {A[3]}."),
        (f"{a} opposed the idea to {A[1]}.", f"{a} verzette zich tegen het idee om {A[3]}."),
    ]
    w = rng.choice(WANTS)
    neutral = [  # same people and project, another proposition
        (f"{a} wanted to {B[1]}.", f"{a} wilde {B[4]}."),
        agree_with(B),
        (f"{a} was against the plan to {B[1]}.", f"{a} was tegen het plan om {B[3]}."),
        (w[0].format(a=a, b=b, p=p, y=y), w[1].format(a=a, b=b, p=p, y=y)),
        (f"{c} agreed to the proposal to {A[1]}.", f"{c} stemde in met het voorstel om {A[3]}."),
    ]
    if stance == "disagree":
        pos, neg = neg, pos
    hyps = [(h, E) for h in rng.sample(pos, 2)] + [(h, C) for h in rng.sample(neg, 2)]
    hyps += [(h, N) for h in rng.sample(neutral, 3)]
    out = []
    for (en, nl), label in hyps:
        r = rng.random()  # hypothesis language: mixed pairs weighted up (60 %)
        hl = ("nl" if pl == "en" else "en") if r < 0.6 else pl
        out.append((premise, en if hl == "en" else nl, label, f"{pl}-{hl}"))
    return out


def main_v2() -> None:
    """pairs/v2_*.jsonl: endorsement frames + v1 frames re-drawn cross-lingual only (seed 14)."""
    rng = random.Random(14)
    rows: dict[str, list[dict]] = {"v2_endorse": [], "v2_cross": []}
    seen: set[tuple[str, str]] = set()
    for path in sorted(OUT.glob("mail_*.jsonl")):  # never repeat a v1 pair
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            seen.add((r["premise"], r["hypothesis"]))
    for _ in range(1300):
        for premise, hyp, label, lang in endorse_frame(rng):
            if (premise, hyp) not in seen:
                seen.add((premise, hyp))
                rows["v2_endorse"].append(
                    {
                        "premise": premise,
                        "hypothesis": hyp,
                        "label": label,
                        "frame": "endorse",
                        "lang": lang,
                    }
                )
    for _ in range(700):  # v1 frames, English premise / Dutch hypothesis and vice versa only
        a, prem, hyps, kind = frames(rng)
        for hyp, label in hyps:
            pl = rng.choice(["en", "nl"])
            hl = "nl" if pl == "en" else "en"
            premise = wrote(a, prem[pl], pl, rng)
            if (premise, hyp[hl]) in seen:
                continue
            seen.add((premise, hyp[hl]))
            rows["v2_cross"].append(pair_row(premise, hyp[hl], label, kind, pl, hl))
    write_sets(rows)


def pair_row(premise: str, hypothesis: str, label: str, frame: str, pl: str, hl: str) -> dict:
    return {"premise": premise, "hypothesis": hypothesis, "label": label, "frame": frame,
            "lang": f"{pl}-{hl}"}  # fmt: skip


def write_sets(rows: dict[str, list[dict]]) -> None:
    """Each named set as ``pairs/NAME.jsonl``, one pair a line."""
    for name, items in rows.items():
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in items:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(items))


def main() -> None:
    rng = random.Random(13)
    OUT.mkdir(exist_ok=True)
    rows: dict[str, list[dict]] = {"mail_en": [], "mail_nl": [], "mail_mixed": []}
    seen = set()
    for _ in range(1700):
        a, prem, hyps, kind = frames(rng)
        for hyp, label in hyps:
            r = rng.random()
            pl, hl = (
                ("en", "en")
                if r < 0.35
                else ("nl", "nl")
                if r < 0.6
                else ("en", "nl")
                if r < 0.85
                else ("nl", "en")
            )
            premise = wrote(a, prem[pl], pl, rng)
            key = (premise, hyp[hl])
            if key in seen:
                continue
            seen.add(key)
            name = (
                "mail_en" if pl == hl == "en" else "mail_nl" if pl == hl == "nl" else "mail_mixed"
            )
            rows[name].append(pair_row(premise, hyp[hl], label, kind, pl, hl))
    write_sets(rows)


if __name__ == "__main__":
    main()
    main_v2()
