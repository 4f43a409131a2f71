"""Write training/pairs/v3_mail.jsonl: mail-domain NLI pairs in English and Dutch (v3).

The pairs are written the way onrecord's checker presents evidence to the judge: the premise is
one sentence from a mail with the writer's first person replaced by the writer's surname (or full
name) and the verb agreeing ("I will pay" -> "Berg will pay", "Ik betaal" -> "Berg betaalt"),
"we" / "us" / "our" left as they are, about a quarter dated with the checker's English prefix
("On 13 Jan 2019, "), endorsements as "Berg agreed with Jansen: <Jansen's sentence>". The
hypothesis is a claim as a journalist writes it: mostly a plain proposition (speech frames
stripped), about a fifth with the frame kept ("Berg pledged to ...", "Berg stelde voor om ...").

Every frame below is written by hand in parallel English and Dutch (no machine translation), with
slot lexicons (actions, quantities, storylines, people); languages are crossed (about 35 % en-en,
25 % nl-nl, 40 % en-nl / nl-en) and labels drawn to about 30 % E / 40 % N / 30 % C. Categories
(the ``frame`` field): pledge, proposal, agreement, quantity, negation, hedge, paraphrase,
related-neutral (same people and topic, another proposition; chit-chat), second-person,
speech-frame, condition.

    .venv/bin/python training/make_pairs_v3.py      # deterministic (random.Random(31))
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent / "pairs" / "v3_mail.jsonl"
SEED = 31
TOTAL = 5200  # rows written (the pool is larger; quotas pick from it)

E, N, C = "entailment", "neutral", "contradiction"
# neutral only because another person is named: kept only where the premise names its writer
N_OTHER = "neutral-other"
LANGS = ("en-en", "nl-nl", "en-nl", "nl-en")
LANG_SHARE = {"en-en": 0.35, "nl-nl": 0.25, "en-nl": 0.20, "nl-en": 0.20}
# share of all rows per category, and the label mix inside each category
CAT_SHARE = {
    "related-neutral": 0.28,
    "pledge": 0.075,
    "proposal": 0.075,
    "agreement": 0.075,
    "quantity": 0.08,
    "negation": 0.065,
    "hedge": 0.065,
    "paraphrase": 0.065,
    "second-person": 0.06,
    "speech-frame": 0.07,
    "condition": 0.065,
}
# related-neutral: 84 % N (its E / C are anchors on the same premise); others: 40 / 22 / 38
REL_LABELS = {E: 0.08, N: 0.84, C: 0.08}
OTHER_LABELS = {E: 0.385, N: 0.22, C: 0.395}

# Sample-case names and topics that must never appear in generated data.
BANNED = ["Lumen", "Vale", "Okafor", "de Groot", "Marcus", "Ilse", "Daan", "Techblad"]


@dataclass(frozen=True)
class Person:
    first: str
    sur: str
    g: str  # "m" / "f": he / she, hij / zij


PEOPLE = [
    Person("Anna", "Berg", "f"),
    Person("Pieter", "Jansen", "m"),
    Person("Sanne", "Visser", "f"),
    Person("Joost", "Hoekstra", "m"),
    Person("Marloes", "Kuipers", "f"),
    Person("Ruud", "Brouwer", "m"),
    Person("Ilona", "Dekker", "f"),
    Person("Bas", "Vos", "m"),
    Person("Femke", "Maas", "f"),
    Person("Sjoerd", "Veenstra", "m"),
    Person("Hanneke", "Postma", "f"),
    Person("Koen", "Willems", "m"),
    Person("Lotte", "Verbeek", "f"),
    Person("Gerrit", "Koster", "m"),
    Person("Yvonne", "Prins", "f"),
    Person("Martijn", "Timmer", "m"),
    Person("Inge", "Bosman", "f"),
    Person("Thijs", "Wolters", "m"),
    Person("Eline", "Sluiter", "f"),
    Person("Wim", "Hofman", "m"),
    Person("Nadia", "Haddad", "f"),
    Person("Tomasz", "Kowalski", "m"),
    Person("Claire", "Moreau", "f"),
    Person("Erik", "Lindqvist", "m"),
    Person("Yuki", "Tanaka", "f"),
    Person("Rafael", "Duarte", "m"),
    Person("Grace", "Mensah", "f"),
    Person("Viktor", "Petrov", "m"),
    Person("Leila", "Ahmadi", "f"),
    Person("Sean", "Byrne", "m"),
    Person("Ana", "Costa", "f"),
    Person("Lukas", "Fischer", "m"),
    Person("Mei", "Lin", "f"),
    Person("Jonas", "Horvath", "m"),
    Person("Sofia", "Reyes", "f"),
    Person("Kwame", "Asante", "m"),
    Person("Ayla", "Demir", "f"),
    Person("Oscar", "Nilsson", "m"),
    Person("Priya", "Raman", "f"),
    Person("Daniel", "Novak", "m"),
]
CITIES = ["Zwolle", "Leiden", "Deventer", "Breda", "Almere", "Groningen", "Arnhem", "Delft",
          "Tilburg", "Gouda", "Hengelo", "Assen"]  # fmt: skip
ORGS = ["Rivierland", "Noordkust", "Brinkhuis", "Stadswerk", "Meridian", "Corvus", "Tilia",
        "Hollandia Zorg", "Westpoort", "Kopergroep", "Altena", "Zuiderbouw"]  # fmt: skip
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# capitalised words that start a premise and stay capitalised after a date prefix
PROPER = {p.sur for p in PEOPLE} | {p.first for p in PEOPLE} | set(CITIES) | set(ORGS)
PROPER |= {w.split()[0] for w in ORGS}


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def gerund(phrase: str) -> str:
    """English -ing form of the first word of an infinitive phrase."""
    verb, _, rest = phrase.partition(" ")
    double = {"cut", "stop", "drop", "put", "scrap", "shut", "set", "run", "plan", "ship", "cancel"}
    if verb in double:
        g = verb + verb[-1] + "ing"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye")):
        g = verb[:-1] + "ing"
    else:
        g = verb + "ing"
    return f"{g} {rest}".strip()


@dataclass(frozen=True)
class Act:
    """An action in both languages: EN infinitive phrase, its object as a subject for the passive,
    the participle; NL object, infinitive (separable verbs joined), te-infinitive, participle."""

    en: str
    en_subj: str
    en_pp: str
    nl_obj: str
    nl_inf: str
    nl_te: str
    nl_pp: str
    pl: bool = False
    topic: str = ""
    nl_subj: str = ""  # the object as a passive subject, where it differs from nl_obj


ACTS = [
    Act("sell the bus depot in {city}", "the bus depot in {city}", "sold",
        "het busdepot in {city}", "verkopen", "te verkopen", "verkocht", topic="transport"),
    Act("close the maternity ward in {city}", "the maternity ward in {city}", "closed",
        "de kraamafdeling in {city}", "sluiten", "te sluiten", "gesloten", topic="hospital"),
    Act("keep the swimming pool in {city} open", "the swimming pool in {city}", "kept open",
        "het zwembad in {city}", "openhouden", "open te houden", "opengehouden", topic="city"),
    Act("raise the parking fees in the city centre", "the parking fees in the city centre",
        "raised", "de parkeertarieven in het centrum", "verhogen", "te verhogen", "verhoogd",
        pl=True, topic="city"),
    Act("merge the two primary schools in {city}", "the two primary schools in {city}", "merged",
        "de twee basisscholen in {city}", "samenvoegen", "samen te voegen", "samengevoegd",
        pl=True, topic="school"),
    Act("settle the lawsuit with the contractor", "the lawsuit with the contractor", "settled",
        "de rechtszaak met de aannemer", "schikken", "te schikken", "geschikt", topic="lawsuit"),
    Act("publish the water quality data", "the water quality data", "published",
        "de gegevens over de waterkwaliteit", "publiceren", "te publiceren", "gepubliceerd",
        pl=True, topic="data"),
    Act("fill the two vacancies for night nurses", "the two vacancies for night nurses", "filled",
        "de twee vacatures voor nachtverpleegkundigen", "invullen", "in te vullen", "ingevuld",
        pl=True, topic="hospital"),
    Act("move the municipal archive to the town hall", "the municipal archive",
        "moved to the town hall", "het gemeentearchief naar het stadhuis", "verhuizen",
        "te verhuizen", "naar het stadhuis verhuisd", topic="city", nl_subj="het gemeentearchief"),
    Act("renew the cleaning contract", "the cleaning contract", "renewed",
        "het schoonmaakcontract", "verlengen", "te verlengen", "verlengd", topic="budget"),
    Act("cancel the summer festival", "the summer festival", "cancelled", "het zomerfestival",
        "afgelasten", "af te gelasten", "afgelast", topic="city"),
    Act("rebuild the footbridge over the canal", "the footbridge over the canal", "rebuilt",
        "de voetgangersbrug over het kanaal", "herbouwen", "te herbouwen", "herbouwd",
        topic="city"),
    Act("outsource the payroll administration", "the payroll administration", "outsourced",
        "de salarisadministratie", "uitbesteden", "uit te besteden", "uitbesteed", topic="budget"),
    Act("postpone the release of the new booking software",
        "the release of the new booking software", "postponed",
        "de release van de nieuwe boekingssoftware", "uitstellen", "uit te stellen", "uitgesteld",
        topic="software"),
    Act("replace the old ticket machines", "the old ticket machines", "replaced",
        "de oude kaartautomaten", "vervangen", "te vervangen", "vervangen", pl=True,
        topic="transport"),
    Act("sign the lease for the new warehouse", "the lease for the new warehouse", "signed",
        "het huurcontract voor het nieuwe magazijn", "tekenen", "te tekenen", "getekend",
        topic="merger"),
    Act("shut down the old data centre", "the old data centre", "shut down",
        "het oude datacenter", "sluiten", "te sluiten", "gesloten", topic="software"),
    Act("buy the empty school building in {city}", "the empty school building in {city}",
        "bought", "het leegstaande schoolgebouw in {city}", "kopen", "te kopen", "gekocht",
        topic="school"),
    Act("close the paper mill in {city}", "the paper mill in {city}", "closed",
        "de papierfabriek in {city}", "sluiten", "te sluiten", "gesloten", topic="plant"),
    Act("take over the bakery chain {org}", "the bakery chain {org}", "taken over",
        "de bakkerijketen {org}", "overnemen", "over te nemen", "overgenomen", topic="merger"),
    Act("scrap the free version of the app", "the free version of the app", "scrapped",
        "de gratis versie van de app", "schrappen", "te schrappen", "geschrapt", topic="software"),
    Act("renovate the sports hall in {city}", "the sports hall in {city}", "renovated",
        "de sporthal in {city}", "renoveren", "te renoveren", "gerenoveerd", topic="city"),
    Act("open the library on Sundays", "the library", "opened on Sundays",
        "de bibliotheek op zondag", "openstellen", "open te stellen", "op zondag opengesteld",
        topic="city", nl_subj="de bibliotheek"),
    Act("pay back the subsidy for the bike lanes", "the subsidy for the bike lanes", "paid back",
        "de subsidie voor de fietspaden", "terugbetalen", "terug te betalen", "terugbetaald",
        topic="budget"),
]  # fmt: skip


@dataclass
class Frame:
    cat: str
    prem: dict[str, str]  # {"en": ..., "nl": ...}: the premise, first person already replaced
    hyps: list[tuple[str, str, str, bool]]  # (en, nl, label, frame kept)
    year: int | None = None  # year of a date prefix (None: any year)
    dated: bool | None = None  # force (True) or forbid (False) a date prefix; None: 25 %
    prem_extra: dict[str, str] = field(default_factory=dict)


class Ctx:
    """People and slots of one frame: ``a`` writes, ``b`` is the other person."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.pa, self.pb, self.pc = rng.sample(PEOPLE, 3)
        # premise and hypothesis may name the person differently (surname / full name)
        self.a = self.ref(self.pa)
        self.b = self.ref(self.pb)
        self.c = self.ref(self.pc)
        self.ha = self.a if rng.random() < 0.6 else self.ref(self.pa)
        self.hb = self.b if rng.random() < 0.6 else self.ref(self.pb)
        self.city, self.city2 = rng.sample(CITIES, 2)
        self.org, self.org2 = rng.sample(ORGS, 2)

    def ref(self, p: Person) -> str:
        return p.sur if self.rng.random() < 0.7 else f"{p.first} {p.sur}"

    def act(self, topic: str | None = None, avoid: Act | None = None) -> Act:
        pool = [x for x in ACTS if x is not avoid and (topic is None or x.topic == topic)]
        return self.rng.choice(pool or [x for x in ACTS if x is not avoid])

    def f(self, s: str) -> str:
        return s.format(city=self.city, org=self.org)


def he(p: Person, lang: str) -> str:
    return {"en": {"m": "he", "f": "she"}, "nl": {"m": "hij", "f": "zij"}}[lang][p.g]


# ------------------------------------------------------------------------------------------
# claim builders over an action (EN, NL): plain propositions and framed claims


def x_en(ctx: Ctx, x: Act) -> tuple[str, str, str]:
    return ctx.f(x.en), ctx.f(x.en_subj), x.en_pp


def x_nl(ctx: Ctx, x: Act) -> tuple[str, str, str, str]:
    return ctx.f(x.nl_obj), x.nl_inf, x.nl_te, x.nl_pp


def nl_subj(ctx: Ctx, x: Act) -> str:
    return ctx.f(x.nl_subj or x.nl_obj)


def pass_fut(ctx, x, neg=False):
    _, s, pp = x_en(ctx, x)
    _, _, _, npp = x_nl(ctx, x)
    o = nl_subj(ctx, x)
    w = "worden" if x.pl else "wordt"
    return (f"{cap(s)} will {'not ' if neg else ''}be {pp}.",
            f"{cap(o)} {w} {'niet ' if neg else ''}{npp}.")  # fmt: skip


def pass_done(ctx, x, neg=False):
    _, s, pp = x_en(ctx, x)
    _, _, _, npp = x_nl(ctx, x)
    o = nl_subj(ctx, x)
    h = "have" if x.pl else "has"
    z = "zijn" if x.pl else "is"
    if neg:
        return f"{cap(s)} {h} not been {pp}.", f"{cap(o)} {z} niet {npp}."
    return f"{cap(s)} {h} been {pp}.", f"{cap(o)} {z} {npp}."


def will(ctx, who, x, neg=False):
    en, o, inf = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf
    if neg:
        return f"{who} will not {en}.", f"{who} zal {o} niet {inf}."
    return f"{who} will {en}.", f"{who} zal {o} {inf}."


def we_will(ctx, x, neg=False):
    en, o, inf = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf
    if neg:
        return f"We will not {en}.", f"We gaan {o} niet {inf}."
    return f"We will {en}.", f"We gaan {o} {inf}."


def framed(ctx, kind, who, x):
    """Framed claims "<who> pledged to <x>" etc. in EN and NL."""
    en, o, inf, te = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf, x.nl_te
    g = gerund(en)
    pp = x.nl_pp
    ns = nl_subj(ctx, x)
    wd = "zouden" if x.pl else "zou"
    table = {
        "pledged": (f"{who} pledged to {en}.", f"{who} beloofde {o} {te}."),
        "promised": (f"{who} promised to {en}.", f"{who} zegde toe {o} {te}."),
        "refused": (f"{who} refused to {en}.", f"{who} weigerde {o} {te}."),
        "proposed": (f"{who} proposed {g}.", f"{who} stelde voor om {o} {te}."),
        "suggested": (f"{who} suggested {g}.", f"{who} deed het voorstel om {o} {te}."),
        "wanted": (f"{who} wanted to {en}.", f"{who} wilde {o} {inf}."),
        "favour": (f"{who} was in favour of {g}.", f"{who} was voor het plan om {o} {te}."),
        "against": (f"{who} was against {g}.", f"{who} was tegen het plan om {o} {te}."),
        "agreed": (f"{who} agreed to the plan to {en}.",
                   f"{who} stemde in met het plan om {o} {te}."),
        "rejected": (f"{who} rejected the plan to {en}.",
                     f"{who} wees het plan om {o} {te} af."),
        "ruled_out": (f"{who} ruled out {g}.",
                      f"{who} sloot uit dat {ns} {pp} {wd} worden."),
        "never_proposed": (f"{who} never proposed {g}.",
                           f"{who} heeft nooit voorgesteld om {o} {te}."),
        "considered": (f"{who} considered {g}.", f"{who} overwoog {o} {te}."),
        "said_would": (f"{who} said that {o_en(ctx, x)} would be {x.en_pp}.",
                       f"{who} zei dat {ns} {pp} {wd} worden."),
    }  # fmt: skip
    return table[kind]


def o_en(ctx, x):
    return ctx.f(x.en_subj)


# ------------------------------------------------------------------------------------------
# 1. pledge


def t_pledge(ctx: Ctx) -> Frame:
    r = ctx.rng
    a, ha, hb = ctx.a, ctx.ha, ctx.hb
    x = ctx.act()
    y = ctx.act(avoid=x)
    kind = r.randrange(4)
    if kind == 0:  # "I will <x>." -> "<a> will <x>."; Dutch "Ik verkoop ..." -> "Berg verkoopt ..."
        prem = dict(zip(("en", "nl"), will(ctx, a, x), strict=True))
        if r.random() < 0.5:
            prem["nl"] = nl_main(ctx, a, x)
        hyps = [
            (*will(ctx, ha, x), E, False),
            (*pass_fut(ctx, x), E, False),
            (*framed(ctx, r.choice(["pledged", "promised"]), ha, x), E, True),
            (*will(ctx, ha, x, neg=True), C, False),
            (*framed(ctx, "refused", ha, x), C, True),
            (*pass_fut(ctx, x, neg=True), C, False),
            (*will(ctx, ha, y), N, False),
            (*pass_done(ctx, x), N, False),
            (*will(ctx, hb, y), N, False),
        ]
    elif kind == 1:  # "I won't <x>."
        en, nl = will(ctx, a, x, neg=True)
        en = en.replace(" will not ", " won't ")
        if r.random() < 0.5:
            nl = nl_main(ctx, a, x, neg=True)
        prem = {"en": en, "nl": nl}
        hyps = [
            (*will(ctx, ha, x, neg=True), E, False),
            (*framed(ctx, "refused", ha, x), E, True),
            (*framed(ctx, r.choice(["pledged", "promised"]), ha, x), C, True),
            (*will(ctx, ha, x), C, False),
            (*will(ctx, ha, y), N, False),
            (*framed(ctx, "pledged", hb, y), N, True),
        ]
    elif kind == 2:  # money pledge with an amount
        amt, lo, hi = r.choice(
            [
                (40, 30, 60),
                (25, 20, 50),
                (100, 80, 150),
                (15, 10, 30),
                (60, 50, 90),
                (200, 150, 300),
            ]
        )
        thing = r.choice(
            [
                ("the new roof of the sports hall", "het nieuwe dak van de sporthal"),
                ("the playground in {city}", "de speeltuin in {city}"),
                ("the repairs to the church tower", "de herstelling van de kerktoren"),
                ("the school trip to {city}", "de schoolreis naar {city}"),
                ("the new defibrillators", "de nieuwe AED's"),
                ("the legal costs of the appeal", "de juridische kosten van het hoger beroep"),
            ]
        )
        te, tn = ctx.f(thing[0]), ctx.f(thing[1])
        pe = f"{a} will pay €{amt},000 towards {te}."
        pn = f"{a} draagt €{amt}.000 bij aan {tn}."
        prem = {"en": pe, "nl": pn}
        hyps = [
            (f"{ha} will pay at least €{lo},000 towards {te}.",
             f"{ha} draagt minstens €{lo}.000 bij aan {tn}.", E, False),
            (f"{ha} will contribute money to {te}.", f"{ha} draagt geld bij aan {tn}.", E, False),
            (f"{ha} pledged €{amt},000 for {te}.", f"{ha} zegde €{amt}.000 toe voor {tn}.", E, True),
            (f"{ha} will pay €{hi},000 towards {te}.", f"{ha} draagt €{hi}.000 bij aan {tn}.", C, False),
            (f"{ha} will pay nothing towards {te}.", f"{ha} draagt niets bij aan {tn}.", C, False),
            (f"{ha} will pay less than €{lo},000 towards {te}.",
             f"{ha} draagt minder dan €{lo}.000 bij aan {tn}.", C, False),
            (f"{ha} will pay the full cost of {te}.", f"{ha} betaalt alle kosten van {tn}.", N, False),
            (f"{cap(te)} will cost more than €{hi},000.",
             f"{cap(tn)} kost meer dan €{hi}.000.", N, False),
            (f"{hb} will also pay towards {te}.", f"{hb} betaalt ook mee aan {tn}.", N, False),
        ]  # fmt: skip
    else:  # cover any shortfall
        thing = r.choice(
            [
                ("the new clinic", "de nieuwe kliniek"),
                ("the youth orchestra", "het jeugdorkest"),
                ("the food bank", "de voedselbank"),
                ("the rowing club", "de roeivereniging"),
                ("the flood defences in {city}", "de dijkversterking in {city}"),
            ]
        )
        te, tn = ctx.f(thing[0]), ctx.f(thing[1])
        prem = {
            "en": f"{a} will cover whatever the other sponsors of {te} do not provide.",
            "nl": f"{a} betaalt wat de andere sponsors van {tn} niet opbrengen.",
        }
        hyps = [
            (f"{ha} will make up any funding shortfall for {te}.",
             f"{ha} vult elk financieringstekort van {tn} aan.", E, False),
            (f"{ha} pledged to cover any shortfall in the funding of {te}.",
             f"{ha} zegde toe elk tekort in de financiering van {tn} te dekken.", E, True),
            (f"{ha} will not cover a shortfall for {te}.",
             f"{ha} vult een tekort van {tn} niet aan.", C, False),
            (f"{ha} refused to cover any shortfall for {te}.",
             f"{ha} weigerde een tekort van {tn} te dekken.", C, True),
            (f"{ha} will pay for {te} alone.", f"{ha} betaalt {tn} helemaal alleen.", N, False),
            (f"The other sponsors of {te} will provide less than expected.",
             f"De andere sponsors van {tn} brengen minder op dan verwacht.", N, False),
            (f"{hb} is one of the sponsors of {te}.",
             f"{hb} is een van de sponsors van {tn}.", N, False),
        ]  # fmt: skip
    return Frame("pledge", prem, hyps)


# ------------------------------------------------------------------------------------------
# 2. proposal


def t_proposal(ctx: Ctx) -> Frame:
    r = ctx.rng
    ha, hb = ctx.ha, ctx.hb
    x = ctx.act()
    y = ctx.act(avoid=x)
    en, o, inf = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf
    form = r.randrange(4)
    prem = [
        {"en": f"Let's {en}.", "nl": f"Laten we {o} {inf}."},
        {"en": f"We should {en}.", "nl": f"We moeten {o} {inf}."},
        {"en": f"Why don't we {en}?", "nl": f"Zullen we {o} {inf}?"},
        {"en": f"{ctx.a} proposes that we {en}.", "nl": f"{ctx.a} stelt voor om {o} {x.nl_te}."},
    ][form]
    hyps = [
        (*framed(ctx, r.choice(["proposed", "suggested"]), ha, x), E, True),
        (*framed(ctx, "favour", ha, x), E, False),
        (*framed(ctx, "wanted", ha, x), E, True),
        (*framed(ctx, "against", ha, x), C, False),
        (*framed(ctx, "never_proposed", ha, x), C, False),
        (*framed(ctx, "ruled_out", ha, x), C, True),
        (*pass_done(ctx, x), N, False),
        (*pass_fut(ctx, x), N, False),
        (*framed(ctx, "proposed", hb, x), N_OTHER, True),
        (*framed(ctx, "proposed", ha, y), N, True),
        (*framed(ctx, "against", hb, x), N_OTHER, False),
    ]
    return Frame("proposal", prem, hyps)


# ------------------------------------------------------------------------------------------
# 3. agreement (incl. endorsement premises)


def t_agreement(ctx: Ctx) -> Frame:
    r = ctx.rng
    a, b, ha, hb, hc = ctx.a, ctx.b, ctx.ha, ctx.hb, ctx.c
    x = ctx.act()
    y = ctx.act(avoid=x)
    en, o, inf, te = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf, x.nl_te
    kind = r.randrange(4)
    if kind in (0, 1):  # endorsement of b's proposal: "a agreed/disagreed with b: We should x."
        agree = kind == 0 or r.random() < 0.5
        text = r.choice(
            [
                {"en": f"We should {en}.", "nl": f"We moeten {o} {inf}."},
                {"en": f"Let's {en}.", "nl": f"Laten we {o} {inf}."},
                {"en": f"{b} proposes that we {en}.", "nl": f"{b} stelt voor om {o} {te}."},
            ]
        )
        verb = "agreed with" if agree else "disagreed with"
        prem = {k: f"{a} {verb} {b}: {v}" for k, v in text.items()}
        pos = [
            (*framed(ctx, "agreed", ha, x), E, True),
            (*framed(ctx, "favour", ha, x), E, False),
            (f"{ha} supported the proposal to {en}.",
             f"{ha} steunde het voorstel om {o} {te}.", E, False),
        ]  # fmt: skip
        neg = [
            (*framed(ctx, "rejected", ha, x), C, False),
            (*framed(ctx, "against", ha, x), C, False),
        ]
        if not agree:
            pos, neg = ([(e_, n_, E, f) for e_, n_, _, f in neg],
                        [(e_, n_, C, f) for e_, n_, _, f in pos])  # fmt: skip
        hyps = [
            *pos,
            *neg,
            (*framed(ctx, "agreed", ha, y), N, True),
            (*framed(ctx, "wanted", ha, y), N, True),
            (*pass_done(ctx, x), N, False),
            (*framed(ctx, "agreed", hc, x), N, True),
        ]
        if agree:
            hyps.append((*framed(ctx, "proposed", hb, x), E, True))
    elif kind == 2:  # own assent
        prem = r.choice(
            [
                {"en": f"{a} agrees with the plan to {en}.",
                 "nl": f"{a} gaat akkoord met het plan om {o} {te}."},
                {"en": f"{a} is fine with the plan to {en}.",
                 "nl": f"{a} vindt het plan om {o} {te} prima."},
                {"en": f"{a} supports the plan to {en}.",
                 "nl": f"{a} steunt het plan om {o} {te}."},
            ]
        )  # fmt: skip
        hyps = [
            (*framed(ctx, "agreed", ha, x), E, True),
            (*framed(ctx, "favour", ha, x), E, False),
            (*framed(ctx, "rejected", ha, x), C, False),
            (*framed(ctx, "against", ha, x), C, False),
            (f"{ha} objected to the plan to {en}.",
             f"{ha} maakte bezwaar tegen het plan om {o} {te}.", C, False),
            (*framed(ctx, "agreed", ha, y), N, True),
            (*framed(ctx, "agreed", hb, x), N, True),
            (*pass_fut(ctx, x), N, False),
            (*framed(ctx, "proposed", ha, x), N, True),
        ]  # fmt: skip
    else:  # refusal
        prem = r.choice(
            [
                {"en": f"{a} cannot support the plan to {en}.",
                 "nl": f"{a} kan het plan om {o} {te} niet steunen."},
                {"en": f"{a} is against the plan to {en}.",
                 "nl": f"{a} is tegen het plan om {o} {te}."},
                {"en": f"{a} will vote against the plan to {en}.",
                 "nl": f"{a} stemt tegen het plan om {o} {te}."},
            ]
        )  # fmt: skip
        hyps = [
            (*framed(ctx, "against", ha, x), E, False),
            (f"{ha} opposed the plan to {en}.",
             f"{ha} verzette zich tegen het plan om {o} {te}.", E, False),
            (*framed(ctx, "agreed", ha, x), C, True),
            (*framed(ctx, "favour", ha, x), C, False),
            (f"{ha} backed the plan to {en}.", f"{ha} steunde het plan om {o} {te}.", C, False),
            (*framed(ctx, "against", ha, y), N, False),
            (*framed(ctx, "against", hb, x), N, False),
            (*pass_fut(ctx, x, neg=True), N, False),
        ]  # fmt: skip
    return Frame("agreement", prem, hyps)


# ------------------------------------------------------------------------------------------
# 4. quantity: amounts, vague quantities, percentages, headcounts, years

# (premise quantity EN, NL, [(hypothesis quantity EN, NL, label)])
MONEY = [
    ("$1 billion", "1 miljard dollar", [
        ("only $100 million", "slechts 100 miljoen dollar", C),
        ("a billion dollars", "een miljard dollar", E),
        ("more than $500 million", "meer dan 500 miljoen dollar", E),
        ("less than $200 million", "minder dan 200 miljoen dollar", C),
        ("$5 billion", "5 miljard dollar", C)]),
    ("billions", "miljarden", [
        ("a billion or more", "een miljard of meer", E),
        ("only a few million", "slechts een paar miljoen", C),
        ("more than a hundred million", "meer dan honderd miljoen", E),
        ("tens of millions at most", "hooguit tientallen miljoenen", C)]),
    ("tens of millions of euros", "tientallen miljoenen euro's", [
        ("more than ten million euros", "meer dan tien miljoen euro", E),
        ("hundreds of millions of euros", "honderden miljoenen euro's", C),
        ("less than a million euros", "minder dan een miljoen euro", C),
        ("millions of euros", "miljoenen euro's", E)]),
    ("€2.4 million", "2,4 miljoen euro", [
        ("more than €2 million", "meer dan 2 miljoen euro", E),
        ("less than €2 million", "minder dan 2 miljoen euro", C),
        ("€3.4 million", "3,4 miljoen euro", C),
        ("between €2 million and €3 million", "tussen de 2 en 3 miljoen euro", E)]),
    ("about €300,000", "ongeveer 300.000 euro", [
        ("roughly three hundred thousand euros", "zo'n driehonderdduizend euro", E),
        ("around €3 million", "rond de 3 miljoen euro", C),
        ("less than €50,000", "minder dan 50.000 euro", C)]),
    ("several hundred million", "enkele honderden miljoenen", [
        ("more than a hundred million", "meer dan honderd miljoen", E),
        ("a few million", "een paar miljoen", C),
        ("tens of billions", "tientallen miljarden", C)]),
]  # fmt: skip
STAFF = [
    ("at least 40", "minstens 40", [
        ("more than 30", "meer dan 30", E), ("fewer than 30", "minder dan 30", C),
        ("at least 50", "minstens 50", N), ("dozens of", "tientallen", E),
        ("no more than 20", "hooguit 20", C)]),
    ("a dozen", "een twaalftal", [
        ("about twelve", "ongeveer twaalf", E), ("hundreds of", "honderden", C),
        ("more than 50", "meer dan 50", C)]),
    ("a handful of", "een handvol", [
        ("dozens of", "tientallen", C), ("fewer than ten", "minder dan tien", E),
        ("hundreds of", "honderden", C)]),
    ("no more than 15", "hooguit 15", [
        ("at most 15", "maximaal 15", E), ("at least 20", "minstens 20", C),
        ("more than 25", "meer dan 25", C)]),
    ("exactly 25", "precies 25", [
        ("more than 20", "meer dan 20", E), ("25", "25", E), ("30", "30", C),
        ("fewer than 20", "minder dan 20", C)]),
    ("about 200", "ongeveer 200", [
        ("roughly two hundred", "zo'n tweehonderd", E), ("around 2,000", "rond de 2.000", C),
        ("hundreds of", "honderden", E), ("fewer than 50", "minder dan 50", C)]),
]  # fmt: skip
PERCENT = [
    ("ten percent", "tien procent", [
        ("a fifth", "een vijfde", C), ("10%", "10%", E), ("less than 15 percent", "minder dan 15 procent", E),
        ("half", "de helft", C)]),
    ("a quarter", "een kwart", [
        ("25 percent", "25 procent", E), ("a tenth", "een tiende", C), ("more than 20 percent", "meer dan 20 procent", E)]),
    ("half", "de helft", [
        ("50 percent", "50 procent", E), ("a third", "een derde", C), ("two thirds", "twee derde", C)]),
    ("a third", "een derde", [
        ("more than 30 percent", "meer dan 30 procent", E), ("under 20 percent", "minder dan 20 procent", C),
        ("about a third", "ongeveer een derde", E)]),
]  # fmt: skip


def t_quantity(ctx: Ctx) -> Frame:
    r = ctx.rng
    ha, hb = ctx.ha, ctx.hb
    kind = r.randrange(6)
    if kind == 0:  # money: what a project costs / needs
        pq, pqn, rel = r.choice(MONEY)
        proj = r.choice(
            [
                ("the new tram line", "de nieuwe tramlijn"),
                ("the hospital merger", "de fusie van de ziekenhuizen"),
                ("the flood barrier", "de stormvloedkering"),
                ("the port expansion", "de uitbreiding van de haven"),
                ("the new stadium", "het nieuwe stadion"),
            ]
        )
        prem = {"en": f"{cap(proj[0])} will cost {pq}.", "nl": f"{cap(proj[1])} gaat {pqn} kosten."}
        hyps = [(f"{cap(proj[0])} will cost {q}.", f"{cap(proj[1])} kost {qn}.", lab, False)
                for q, qn, lab in rel]  # fmt: skip
        hyps += [
            (f"{cap(proj[0])} will be paid for by the state.",
             f"{cap(proj[1])} wordt door het Rijk betaald.", N, False),
            (f"{ha} thinks {proj[0]} is too expensive.",
             f"{ha} vindt {proj[1]} te duur.", N, False),
        ]  # fmt: skip
    elif kind == 1:  # "several hundred million won't be enough" vs "a few hundred million would"
        goal = r.choice(
            [
                ("rebuild the harbour", "de haven te herbouwen"),
                ("save the airline", "de luchtvaartmaatschappij te redden"),
                ("finish the tunnel", "de tunnel af te bouwen"),
            ]
        )
        prem = {
            "en": f"Several hundred million won't be enough to {goal[0]}.",
            "nl": f"Enkele honderden miljoenen zijn niet genoeg om {goal[1]}.",
        }
        hyps = [
            (f"A few hundred million would be enough to {goal[0]}.",
             f"Een paar honderd miljoen is genoeg om {goal[1]}.", C, False),
            (f"It will take more than several hundred million to {goal[0]}.",
             f"Er is meer dan enkele honderden miljoenen nodig om {goal[1]}.", E, False),
            (f"{ha} said that a few hundred million would do to {goal[0]}.",
             f"{ha} zei dat een paar honderd miljoen volstond om {goal[1]}.", C, True),
            (f"It will cost exactly one billion to {goal[0]}.",
             f"Het kost precies een miljard om {goal[1]}.", N, False),
            (f"{hb} has offered two hundred million.",
             f"{hb} heeft tweehonderd miljoen aangeboden.", N, False),
        ]  # fmt: skip
    elif kind == 2:  # headcount
        pq, pqn, rel = r.choice(STAFF)
        place = r.choice(
            [
                ("the new distribution centre", "het nieuwe distributiecentrum"),
                ("the call centre in {city}", "het callcenter in {city}"),
                ("the night shift", "de nachtdienst"),
                ("the IT department", "de IT-afdeling"),
            ]
        )
        pe, pn = ctx.f(place[0]), ctx.f(place[1])
        prem = {
            "en": f"We will hire {pq} staff for {pe}.",
            "nl": f"We nemen {pqn} medewerkers aan voor {pn}.",
        }
        hyps = [(f"{q[0].upper() + q[1:]} staff will be hired for {pe}.",
                 f"Er worden {qn} medewerkers aangenomen voor {pn}.", lab, False)
                for q, qn, lab in rel]  # fmt: skip
        hyps.append(
            (
                f"{cap(pe)} will open in {ctx.city2}.",
                f"{cap(pn)} gaat open in {ctx.city2}.",
                N,
                False,
            )
        )
    elif kind == 3:  # percentages
        pq, pqn, rel = r.choice(PERCENT)
        what = r.choice(
            [
                ("the parking fees", "de parkeertarieven", "raise", "verhogen"),
                ("the library budget", "het bibliotheekbudget", "cut", "verlagen"),
                ("the rents of the social housing", "de huren van de sociale woningen", "raise",
                 "verhogen"),
                ("the number of flights", "het aantal vluchten", "cut", "verminderen"),
            ]
        )  # fmt: skip
        we, wn, ve, vn = what
        prem = {"en": f"We will {ve} {we} by {pq}.", "nl": f"We gaan {wn} met {pqn} {vn}."}
        hyps = [(f"{cap(we)} will be {ve}{'d' if ve == 'raise' else ''} by {q}.",
                 f"{cap(wn)} {'wordt' if 'aantal' in wn or 'budget' in wn else 'worden'} met {qn} "
                 f"{'verhoogd' if vn == 'verhogen' else 'verlaagd' if vn == 'verlagen' else 'verminderd'}.",
                 lab, False)
                for q, qn, lab in rel]  # fmt: skip
        hyps.append((f"{ha} opposed the change to {we}.",
                     f"{ha} was tegen de wijziging van {wn}.", N, False))  # fmt: skip
    elif kind == 4:  # years: a unique event
        yr = r.randint(2012, 2021)
        d = r.choice([2, 3, 4])
        ev = r.choice(
            [
                ("The paper mill in {city} closed", "De papierfabriek in {city} sloot"),
                ("The two schools merged", "De twee scholen fuseerden"),
                ("The bridge over the canal was opened", "De brug over het kanaal werd geopend"),
                ("{org} was founded", "{org} werd opgericht"),
            ]
        )
        ee, en_ = ctx.f(ev[0]), ctx.f(ev[1])
        prem = {"en": f"{ee} in {yr}.", "nl": f"{en_} in {yr}."}
        hyps = [
            (f"{ee} in {yr + d}.", f"{en_} in {yr + d}.", C, False),
            (f"{ee} in {yr - d}.", f"{en_} in {yr - d}.", C, False),
            (f"{ee} before {yr + 1}.", f"{en_} vóór {yr + 1}.", E, False),
            (f"{ee} after {yr + 1}.", f"{en_} na {yr + 1}.", C, False),
            (f"{ee} in the 2010s.", f"{en_} in de jaren 2010.", E, False)
            if yr < 2020
            else (f"{ee} in the 2020s.", f"{en_} in de jaren 2020.", E, False),
            (f"{ha} was there when it happened.", f"{ha} was erbij toen het gebeurde.", N, False),
        ]
        return Frame("quantity", prem, hyps, dated=False)
    else:  # dates: a deadline
        d1, d2 = r.sample(range(1, 29), 2)
        m1, m2 = r.sample(range(12), 2)
        mn = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]  # fmt: skip
        me = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
        doc = r.choice(
            [
                ("the tender", "de aanbesteding"),
                ("the building permit application", "de aanvraag voor de bouwvergunning"),
                ("the grant proposal", "de subsidieaanvraag"),
            ]
        )
        prem = {
            "en": f"The deadline for {doc[0]} is {d1} {me[m1]}.",
            "nl": f"De deadline voor {doc[1]} is {d1} {mn[m1]}.",
        }
        hyps = [
            (f"{cap(doc[0])} is due on {d1} {me[m1]}.",
             f"{cap(doc[1])} moet op {d1} {mn[m1]} binnen zijn.", E, False),
            (f"The deadline for {doc[0]} is {d2} {me[m2]}.",
             f"De deadline voor {doc[1]} is {d2} {mn[m2]}.", C, False),
            (f"{cap(doc[0])} has no deadline.", f"Er is geen deadline voor {doc[1]}.", C, False),
            (f"{hb} will submit {doc[0]}.", f"{hb} dient {doc[1]} in.", N, False),
            (f"The deadline for {doc[0]} was moved.",
             f"De deadline voor {doc[1]} is verschoven.", N, False),
        ]  # fmt: skip
    return Frame("quantity", prem, hyps)


# ------------------------------------------------------------------------------------------
# 5. negation


def t_negation(ctx: Ctx) -> Frame:
    r = ctx.rng
    a, b, ha, hb = ctx.a, ctx.b, ctx.ha, ctx.hb
    x = ctx.act()
    y = ctx.act(avoid=x)
    en, o, te = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_te
    kind = r.randrange(6)
    if kind == 0:  # refused
        prem = {"en": f"{a} refuses to {en}.", "nl": f"{a} weigert {o} {te}."}
        hyps = [
            (*will(ctx, ha, x, neg=True), E, False),
            (f"{ha} declined to {en}.", f"{ha} wilde {o} niet {x.nl_inf}.", E, False),
            (*will(ctx, ha, x), C, False),
            (*framed(ctx, "pledged", ha, x), C, True),
            (*framed(ctx, "agreed", ha, x), C, True),
            (*will(ctx, ha, y, neg=True), N, False),
            (*will(ctx, hb, x), N, False),
        ]
    elif kind == 1:  # never
        doc = r.choice(
            [
                ("the settlement offer", "het schikkingsvoorstel", "signed", "getekend", "sign",
                 "tekende"),
                ("the budget for {city}", "de begroting voor {city}", "approved", "goedgekeurd",
                 "approve", "keurde ... goed"),
                ("the contract with {org}", "het contract met {org}", "signed", "getekend", "sign",
                 "tekende"),
                ("the redundancy plan", "het ontslagplan", "approved", "goedgekeurd", "approve",
                 "keurde ... goed"),
            ]
        )  # fmt: skip
        de, dn, pp, npp, _, past = doc
        de, dn = ctx.f(de), ctx.f(dn)
        pos_nl = f"{ha} {past.replace('...', dn)}." if "..." in past else f"{ha} {past} {dn}."
        prem = {"en": f"{a} never {pp} {de}.", "nl": f"{a} heeft {dn} nooit {npp}."}
        hyps = [
            (f"{ha} {pp} {de}.", pos_nl, C, False),
            (f"{ha} did not {doc[4]} {de}.", f"{ha} heeft {dn} niet {npp}.", E, False),
            (f"{ha} {pp} {de} in {ctx.city2}.", f"{ha} heeft {dn} in {ctx.city2} {npp}.", C, False),
            (f"{hb} {pp} {de}.", f"{hb} heeft {dn} {npp}.", N, False),
            (f"{ha} read {de}.", f"{ha} heeft {dn} gelezen.", N, False),
        ]  # fmt: skip
    elif kind == 2:  # no longer
        svc = r.choice(NO_LONGER)
        e3, einf, n_no, n_still, n_geen, n_again, n_sub = (ctx.f(s) for s in svc)
        org = ctx.org
        prem = {"en": f"{org} no longer {e3}.", "nl": f"{org} {n_no}."}
        hyps = [
            (f"{org} still {e3}.", f"{org} {n_still}.", C, False),
            (f"{org} stopped {gerund(einf)}.", f"{org} {n_geen}.", E, False),
            (f"{org} will {einf} again next year.", f"{org} gaat volgend jaar weer {n_again}.",
             N, False),
            (f"{hb} wants {org} to {einf}.", f"{hb} wil dat {org} {n_sub}.", N, False),
        ]  # fmt: skip
    elif kind == 3:  # double negation
        prem = {
            "en": f"It is not true that {a} never paid the invoice from {ctx.org}.",
            "nl": f"Het is niet waar dat {a} de factuur van {ctx.org} nooit heeft betaald.",
        }
        hyps = [
            (f"{ha} paid the invoice from {ctx.org}.",
             f"{ha} heeft de factuur van {ctx.org} betaald.", E, False),
            (f"{ha} never paid the invoice from {ctx.org}.",
             f"{ha} heeft de factuur van {ctx.org} nooit betaald.", C, False),
            (f"{ha} paid the invoice from {ctx.org} late.",
             f"{ha} heeft de factuur van {ctx.org} te laat betaald.", N, False),
            (f"{hb} paid the invoice from {ctx.org}.",
             f"{hb} heeft de factuur van {ctx.org} betaald.", N, False),
        ]  # fmt: skip
    elif kind == 4:  # geen budget
        thing = r.choice(
            [
                ("the new bike lanes", "de nieuwe fietspaden"),
                ("the school breakfast", "het schoolontbijt"),
                ("the extra night nurses", "de extra nachtverpleegkundigen"),
                ("the street festival", "het straatfeest"),
            ]
        )
        prem = {
            "en": f"There is no money for {thing[0]} this year.",
            "nl": f"Er is dit jaar geen geld voor {thing[1]}.",
        }
        hyps = [
            (f"{cap(thing[0])} are not funded this year." if thing[0].endswith("s")
             else f"{cap(thing[0])} is not funded this year.",
             f"Er is dit jaar geen budget voor {thing[1]}.", E, False),
            (f"This year there is a budget for {thing[0]}.",
             f"Dit jaar is er budget voor {thing[1]}.", C, False),
            (f"{thing[0][0].upper() + thing[0][1:]} will be funded next year.",
             f"Volgend jaar komt er geld voor {thing[1]}.", N, False),
            (f"{ha} asked for money for {thing[0]}.",
             f"{ha} vroeg om geld voor {thing[1]}.", N, False),
        ]  # fmt: skip
    else:  # never met
        prem = {
            "en": f"{a} has never met {b}.",
            "nl": f"{a} heeft {b} nooit ontmoet.",
        }
        hyps = [
            (f"{hb} has never met {ha}.", f"{hb} heeft {ha} nooit ontmoet.", E, False),
            (f"{ha} met {hb} in {ctx.city}.", f"{ha} heeft {hb} in {ctx.city} ontmoet.", C, False),
            (f"{ha} and {hb} had lunch together last year.",
             f"{ha} en {hb} hebben vorig jaar samen geluncht.", C, False),
            (f"{ha} and {hb} have exchanged emails.",
             f"{ha} en {hb} hebben gemaild.", N, False),
            (f"{hb} works for {ctx.org}.", f"{hb} werkt voor {ctx.org}.", N, False),
        ]  # fmt: skip
    return Frame("negation", prem, hyps)


NO_LONGER = [
    ("offers free parking at the station", "offer free parking at the station",
     "biedt niet langer gratis parkeren bij het station aan",
     "biedt nog steeds gratis parkeren bij het station aan",
     "biedt geen gratis parkeren bij het station meer aan",
     "gratis parkeren bij het station aanbieden", "gratis parkeren bij het station aanbiedt"),
    ("publishes the waiting times online", "publish the waiting times online",
     "publiceert de wachttijden niet langer online",
     "publiceert de wachttijden nog steeds online",
     "publiceert de wachttijden niet meer online",
     "de wachttijden online publiceren", "de wachttijden online publiceert"),
    ("runs a night bus to {city}", "run a night bus to {city}",
     "laat niet langer een nachtbus naar {city} rijden",
     "laat nog steeds een nachtbus naar {city} rijden",
     "laat geen nachtbus naar {city} meer rijden",
     "een nachtbus naar {city} laten rijden", "een nachtbus naar {city} laat rijden"),
    ("pays for the school lunches", "pay for the school lunches",
     "betaalt de schoollunches niet langer",
     "betaalt de schoollunches nog steeds",
     "betaalt de schoollunches niet meer",
     "de schoollunches betalen", "de schoollunches betaalt"),
]  # fmt: skip


# ------------------------------------------------------------------------------------------
# 6. hedge


def t_hedge(ctx: Ctx) -> Frame:
    r = ctx.rng
    ha, hb = ctx.ha, ctx.hb
    x = ctx.act()
    y = ctx.act(avoid=x)
    en, o, inf = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf
    kind = r.randrange(3)
    if kind == 0:  # hedged premise
        prem = r.choice(
            [
                {"en": f"We might {en}.", "nl": f"Misschien gaan we {o} {inf}."},
                {"en": f"We could {en}.", "nl": f"We zouden {o} kunnen {inf}."},
                {"en": f"Maybe we will {en}.", "nl": f"Wellicht gaan we {o} {inf}."},
                {"en": f"We will probably {en}.", "nl": f"We gaan {o} waarschijnlijk {inf}."},
                {"en": f"Perhaps we should {en}.", "nl": f"Misschien moeten we {o} {inf}."},
            ]
        )
        s_en, s_nl = pass_fut(ctx, x)
        hyps = [
            (*pass_fut(ctx, x), N, False),
            (*we_will(ctx, x), N, False),
            (s_en.replace(" will be ", " will definitely be "),
             s_nl.replace(" wordt ", " wordt zeker ").replace(" worden ", " worden zeker "), N, False),
            (*framed(ctx, "ruled_out", ha, x), C, True),
            (*pass_fut(ctx, x, neg=True), N, False),
            (*framed(ctx, "considered", ha, x), E, True),
            (f"{cap(gerund(en))} is an option.", f"Het is een optie om {o} {x.nl_te}.", E, False),
            (f"{cap(gerund(en))} has been ruled out.",
             f"Het is uitgesloten dat {nl_subj(ctx, x)} {x.nl_pp} {'worden' if x.pl else 'wordt'}.", C, False),
            (*pass_fut(ctx, y), N, False),
        ]  # fmt: skip
    elif kind == 1:  # firm premise
        prem = r.choice(
            [
                {"en": f"We will {en}, that is decided.",
                 "nl": f"We gaan {o} {inf}, dat is besloten."},
                {"en": f"We will definitely {en}.", "nl": f"We gaan {o} zeker {inf}."},
            ]
        )  # fmt: skip
        hyps = [
            (*pass_fut(ctx, x), E, False),
            (*framed(ctx, "ruled_out", ha, x), C, True),
            (*pass_fut(ctx, x, neg=True), C, False),
            (f"{cap(gerund(en))} has been ruled out.",
             f"Het is uitgesloten dat {nl_subj(ctx, x)} {x.nl_pp} {'worden' if x.pl else 'wordt'}.", C, False),
            (*pass_done(ctx, x), N, False),
            (*framed(ctx, "favour", hb, x), N, False),
        ]  # fmt: skip
    else:  # ruled out
        prem = {
            "en": f"{cap(gerund(en))} is off the table.",
            "nl": f"Het plan om {o} {x.nl_te} is van tafel.",
        }
        hyps = [
            (*pass_fut(ctx, x, neg=True), E, False),
            (*pass_fut(ctx, x), C, False),
            (f"{cap(ctx.f(x.en_subj))} might still be {x.en_pp}.",
             f"{cap(nl_subj(ctx, x))} {'worden' if x.pl else 'wordt'} misschien toch {x.nl_pp}.", C, False),
            (*framed(ctx, "proposed", ha, x), N, True),
            (*pass_fut(ctx, y), N, False),
        ]  # fmt: skip
    return Frame("hedge", prem, hyps)


# ------------------------------------------------------------------------------------------
# 7. paraphrase: the same proposition with few shared words
# (premise EN, NL; paraphrase EN, NL; contrary EN, NL; related-neutral EN, NL); {a} = writer

PARA = [
    ("{a} will cover whatever the other donors do not provide.",
     "{a} betaalt wat de andere donateurs niet opbrengen.",
     "{a} will make up any funding shortfall.", "{a} vult elk financieringstekort aan.",
     "{a} will not add any money if the donors fall short.",
     "{a} legt geen geld bij als de donateurs te weinig geven.",
     "{a} will be the largest donor.", "{a} wordt de grootste donateur."),
    ("We should attach the workshop to {org}.", "We moeten de werkplaats onderbrengen bij {org}.",
     "The workshop should be merged into {org}.", "De werkplaats moet opgaan in {org}.",
     "The workshop should stay independent of {org}.",
     "De werkplaats moet los blijven van {org}.",
     "{org} should pay for the workshop.", "{org} moet de werkplaats betalen."),
    ("We keep the inspection results internal.", "We houden de inspectieresultaten intern.",
     "The inspection results will not be published.",
     "De inspectieresultaten worden niet openbaar gemaakt.",
     "The inspection results will be made public.",
     "De inspectieresultaten worden gepubliceerd.",
     "The inspection results are bad.", "De inspectieresultaten zijn slecht."),
    ("{a} is stepping down as chair in June.", "{a} legt in juni de voorzittershamer neer.",
     "{a} will leave the chair in June.", "{a} stopt in juni als voorzitter.",
     "{a} will remain chair after June.", "{a} blijft na juni voorzitter.",
     "{a} will join another board.", "{a} gaat in een ander bestuur."),
    ("The factory in {city} will shut its doors for good.",
     "De fabriek in {city} gaat definitief dicht.",
     "The factory in {city} will close permanently.",
     "De fabriek in {city} sluit voorgoed.",
     "The factory in {city} will reopen soon.", "De fabriek in {city} gaat binnenkort weer open.",
     "The workers of the factory in {city} will get a bonus.",
     "De medewerkers van de fabriek in {city} krijgen een bonus."),
    ("{a} has put the sale of the depot on hold.", "{a} heeft de verkoop van het depot stilgelegd.",
     "{a} paused the sale of the depot.", "{a} heeft de verkoop van het depot gepauzeerd.",
     "{a} pushed ahead with the sale of the depot.", "{a} zette de verkoop van het depot door.",
     "{a} wants a higher price for the depot.", "{a} wil een hogere prijs voor het depot."),
    ("The new software went live on Monday.", "De nieuwe software is maandag in gebruik genomen.",
     "The new software has been launched.", "De nieuwe software draait.",
     "The new software has not been launched yet.", "De nieuwe software is nog niet in gebruik.",
     "The new software was expensive.", "De nieuwe software was duur."),
    ("{a} will foot the bill for the renovation.", "{a} draait op voor de kosten van de verbouwing.",
     "{a} will pay for the renovation.", "{a} betaalt de verbouwing.",
     "Someone else will pay for the renovation instead of {a}.",
     "Iemand anders dan {a} betaalt de verbouwing.",
     "The renovation will take a year.", "De verbouwing duurt een jaar."),
    ("We are letting go of a third of the staff.", "Een derde van het personeel moet vertrekken.",
     "One in three employees will lose their job.", "Een op de drie medewerkers verliest zijn baan.",
     "Nobody will lose their job.", "Niemand verliest zijn baan.",
     "The staff will get a pay rise.", "Het personeel krijgt loonsverhoging."),
    ("The council turned down the building permit.",
     "De gemeenteraad heeft de bouwvergunning geweigerd.",
     "The building permit was refused.", "De bouwvergunning is afgewezen.",
     "The building permit was granted.", "De bouwvergunning is verleend.",
     "The building permit was requested in {city}.", "De bouwvergunning is aangevraagd in {city}."),
    ("{a} has handed in the keys of the office.", "{a} heeft de sleutels van het kantoor ingeleverd.",
     "{a} returned the office keys.", "{a} gaf de kantoorsleutels terug.",
     "{a} still has the keys of the office.", "{a} heeft de sleutels van het kantoor nog.",
     "{a} will move to another office.", "{a} verhuist naar een ander kantoor."),
    ("The hospital board gave the green light for the new wing.",
     "Het ziekenhuisbestuur heeft ingestemd met de nieuwe vleugel.",
     "The new wing of the hospital was approved.", "De nieuwe ziekenhuisvleugel is goedgekeurd.",
     "The hospital board blocked the new wing.", "Het ziekenhuisbestuur hield de nieuwe vleugel tegen.",
     "The new wing will have forty beds.", "De nieuwe vleugel krijgt veertig bedden."),
    ("{a} will hand the keys of the clinic to {org}.",
     "{a} draagt de kliniek over aan {org}.",
     "{org} will take over the clinic from {a}.", "{org} neemt de kliniek over van {a}.",
     "{a} will keep running the clinic without {org}.",
     "{a} blijft de kliniek zonder {org} runnen.",
     "{org} will rename the clinic.", "{org} geeft de kliniek een nieuwe naam."),
    ("Nobody on the board voted against the budget.",
     "Niemand in het bestuur stemde tegen de begroting.",
     "No board member voted against the budget.",
     "Geen enkel bestuurslid stemde tegen de begroting.",
     "Several board members voted against the budget.",
     "Meerdere bestuursleden stemden tegen de begroting.",
     "The budget is higher than last year.", "De begroting is hoger dan vorig jaar."),
    ("{a} is leaving {org} at the end of the month.",
     "{a} vertrekt eind deze maand bij {org}.",
     "{a} will stop working for {org} in a few weeks.",
     "Over een paar weken werkt {a} niet meer voor {org}.",
     "{a} will stay at {org} for years to come.", "{a} blijft nog jaren bij {org}.",
     "{a} has found a new job in {city}.", "{a} heeft een nieuwe baan in {city} gevonden."),
    ("The ward in {city} will not take new patients after May.",
     "De afdeling in {city} neemt na mei geen nieuwe patiënten meer op.",
     "From June, the ward in {city} stops admitting patients.",
     "Vanaf juni stopt de afdeling in {city} met opnames.",
     "The ward in {city} will keep admitting patients after May.",
     "De afdeling in {city} blijft na mei patiënten opnemen.",
     "The ward in {city} has too few nurses.",
     "De afdeling in {city} heeft te weinig verpleegkundigen."),
    ("{a} kept the report in a drawer.", "{a} hield het rapport onder de pet.",
     "{a} did not make the report public.", "{a} maakte het rapport niet openbaar.",
     "{a} published the report straight away.", "{a} publiceerde het rapport meteen.",
     "{a} wrote the report.", "{a} heeft het rapport geschreven."),
    ("We are doubling the number of buses to {city}.",
     "We verdubbelen het aantal bussen naar {city}.",
     "Twice as many buses will run to {city}.",
     "Er gaan twee keer zoveel bussen naar {city} rijden.",
     "Fewer buses will run to {city}.", "Er gaan minder bussen naar {city} rijden.",
     "The buses to {city} will be electric.", "De bussen naar {city} worden elektrisch."),
    ("{a} turned down the offer from {org}.", "{a} heeft het bod van {org} afgeslagen.",
     "{a} said no to {org}'s offer.", "{a} zei nee tegen het aanbod van {org}.",
     "{a} accepted the offer from {org}.", "{a} nam het bod van {org} aan.",
     "{org} will make a higher offer.", "{org} doet een hoger bod."),
    ("The release slipped from March to June.", "De release schoof op van maart naar juni.",
     "The release was delayed by three months.", "De release liep drie maanden vertraging op.",
     "The release came out earlier than planned.", "De release kwam eerder uit dan gepland.",
     "The release had many bugs.", "De release bevatte veel fouten."),
    ("{a} will pick up the tab for the staff party.",
     "{a} neemt de rekening van het personeelsfeest op zich.",
     "{a} will pay for the staff party.", "{a} betaalt het personeelsfeest.",
     "{a} will not spend anything on the staff party.",
     "{a} geeft geen cent uit aan het personeelsfeest.",
     "The staff party will be held in {city}.", "Het personeelsfeest is in {city}."),
    ("We will fold the helpdesk of {org} into our own service desk.",
     "We laten de helpdesk van {org} opgaan in onze eigen servicedesk.",
     "The helpdesk of {org} will be merged with our service desk.",
     "De helpdesk van {org} wordt samengevoegd met onze servicedesk.",
     "The helpdesk of {org} will remain separate.", "De helpdesk van {org} blijft apart bestaan.",
     "The helpdesk of {org} is understaffed.", "De helpdesk van {org} heeft te weinig personeel."),
    ("{a} has not set foot in the office since March.",
     "{a} is sinds maart niet meer op kantoor geweest.",
     "{a} has stayed away from the office since March.",
     "Sinds maart is {a} weggebleven van kantoor.",
     "{a} was in the office in April.", "{a} was in april op kantoor.",
     "{a} is ill.", "{a} is ziek."),
    ("The mayor pulled the plug on the festival.",
     "De burgemeester heeft de stekker uit het festival getrokken.",
     "The festival was called off by the mayor.",
     "Het festival is door de burgemeester afgeblazen.",
     "The mayor let the festival go ahead.", "De burgemeester liet het festival doorgaan.",
     "The festival was losing money.", "Het festival leed verlies."),
    ("{a} will hold on to the shares for now.", "{a} houdt de aandelen voorlopig aan.",
     "{a} is not selling the shares yet.", "{a} verkoopt de aandelen nog niet.",
     "{a} is selling the shares right away.", "{a} verkoopt de aandelen meteen.",
     "The shares have gone up in value.", "De aandelen zijn meer waard geworden."),
    ("Our application for the subsidy was turned down.", "Onze subsidieaanvraag is afgewezen.",
     "We did not get the grant.", "We hebben de subsidie niet gekregen.",
     "The subsidy was granted.", "De subsidie is toegekend.",
     "We will apply again next year.", "We vragen volgend jaar opnieuw aan."),
    ("Every household in {city} gets a free water meter.",
     "Elk huishouden in {city} krijgt gratis een watermeter.",
     "Homes in {city} will be given a water meter at no cost.",
     "Huizen in {city} krijgen kosteloos een watermeter.",
     "Households in {city} must pay for their water meter.",
     "Huishoudens in {city} moeten hun watermeter zelf betalen.",
     "Water prices in {city} will go up.", "De waterprijs in {city} stijgt."),
    ("From next week the bridge is closed to cars.",
     "Vanaf volgende week mogen er geen auto's meer over de brug.",
     "Cars will no longer be allowed on the bridge from next week.",
     "Vanaf volgende week is de brug dicht voor auto's.",
     "Cars can keep using the bridge.", "Auto's kunnen de brug blijven gebruiken.",
     "The bridge will be repainted.", "De brug wordt geschilderd."),
    ("{org} has let {a} go.", "{org} heeft {a} ontslagen.",
     "{a} was dismissed by {org}.", "{a} moest vertrekken bij {org}.",
     "{a} still works for {org}.", "{a} werkt nog steeds bij {org}.",
     "{a} will sue {org}.", "{a} klaagt {org} aan."),
    ("The deal with {org} fell through.", "De deal met {org} is afgeketst.",
     "The deal with {org} did not go ahead.", "De deal met {org} ging niet door.",
     "The deal with {org} was signed.", "De deal met {org} is getekend.",
     "The deal with {org} was worth millions.", "De deal met {org} was miljoenen waard."),
    ("{a} will sit out the vote.", "{a} onthoudt zich van stemming.",
     "{a} will abstain.", "{a} stemt niet mee.",
     "{a} will vote in favour.", "{a} stemt voor.",
     "The vote will be close.", "De stemming wordt spannend."),
    ("We ran out of money in October.", "In oktober was het geld op.",
     "The funds were exhausted in October.", "In oktober waren de middelen uitgeput.",
     "In October there was still plenty of money.", "In oktober was er nog geld genoeg.",
     "We asked the bank for a loan.", "We vroegen de bank om een lening."),
    ("{a} will see to it that the invoices are paid.",
     "{a} zorgt ervoor dat de facturen worden betaald.",
     "{a} will make sure the bills get paid.", "{a} regelt de betaling van de rekeningen.",
     "{a} will leave the invoices unpaid.", "{a} laat de facturen onbetaald.",
     "The invoices are too high.", "De facturen zijn te hoog."),
    ("The museum will stay shut until spring.", "Het museum blijft dicht tot het voorjaar.",
     "The museum will not open again before spring.",
     "Het museum gaat pas in het voorjaar weer open.",
     "The museum will reopen this winter.", "Het museum gaat deze winter weer open.",
     "The museum is being renovated.", "Het museum wordt verbouwd."),
    ("The lawsuit against {org} was dropped.", "De rechtszaak tegen {org} is ingetrokken.",
     "The case against {org} will not go ahead.", "De zaak tegen {org} gaat niet door.",
     "The lawsuit against {org} is still going on.", "De rechtszaak tegen {org} loopt nog.",
     "{org} paid a fine.", "{org} heeft een boete betaald."),
]  # fmt: skip


def t_paraphrase(ctx: Ctx, table: list[tuple[str, ...]] | None = None) -> Frame:
    """A PARA row (or one of ``table``): the premise, its paraphrase (E), opposite (C) and a
    related proposition (N)."""
    r = ctx.rng
    row = [s.format(a="{a}", org=ctx.org, city=ctx.city) for s in r.choice(table or PARA)]
    pe, pn, ee, en_, ce, cn, ne, nn = row
    prem = {"en": pe.format(a=ctx.a), "nl": pn.format(a=ctx.a)}
    h = ctx.ha
    hyps = [
        (ee.format(a=h), en_.format(a=h), E, False),
        (ce.format(a=h), cn.format(a=h), C, False),
        (ne.format(a=h), nn.format(a=h), N, False),
    ]
    return Frame("paraphrase", prem, hyps)


# ------------------------------------------------------------------------------------------
# 8. related-neutral: same people and topic, another proposition

# storylines: propositions about the same people and topic, mutually independent.
# Each: (premise EN, premise NL, paraphrase EN, NL, negation EN, NL); {a} {b} people, {y} a year
STORIES = [
    [  # hospital merger
        ("{a} agreed that the province would pay for the new wing.",
         "{a} ging ermee akkoord dat de provincie de nieuwe vleugel zou betalen.",
         "{a} accepted that the province would fund the new wing.",
         "{a} vond het goed dat de provincie de nieuwe vleugel zou financieren.",
         "{a} objected to the province paying for the new wing.",
         "{a} was ertegen dat de provincie de nieuwe vleugel zou betalen."),
        ("{a} wants to chair the board of the merged hospital.",
         "{a} wil voorzitter worden van het bestuur van het gefuseerde ziekenhuis.",
         "{a} wanted to lead the board of the merged hospital.",
         "{a} wilde het bestuur van het gefuseerde ziekenhuis leiden.",
         "{a} did not want to chair the board of the merged hospital.",
         "{a} wilde geen voorzitter worden van het bestuur van het gefuseerde ziekenhuis."),
        ("We need far more money for the nurses' wages.",
         "We hebben veel meer geld nodig voor de salarissen van de verpleegkundigen.",
         "The nurses' wages require much more money.",
         "Voor de salarissen van de verpleegkundigen is veel meer geld nodig.",
         "There is enough money for the nurses' wages.",
         "Er is genoeg geld voor de salarissen van de verpleegkundigen."),
        ("{b} will move the maternity ward to {city}.",
         "{b} verhuist de kraamafdeling naar {city}.",
         "The maternity ward will be moved to {city}.",
         "De kraamafdeling gaat naar {city}.",
         "The maternity ward will stay where it is.",
         "De kraamafdeling blijft waar ze is."),
        ("{a} asked {b} to keep the merger talks confidential.",
         "{a} vroeg {b} om de fusiegesprekken vertrouwelijk te houden.",
         "{a} wanted {b} to keep the merger talks secret.",
         "{a} wilde dat {b} de fusiegesprekken geheim hield.",
         "{a} asked {b} to make the merger talks public.",
         "{a} vroeg {b} om de fusiegesprekken openbaar te maken."),
        ("The merger of the two hospitals is a good idea.",
         "De fusie van de twee ziekenhuizen is een goed idee.",
         "Merging the two hospitals makes sense.",
         "Het is verstandig om de twee ziekenhuizen te laten fuseren.",
         "The merger of the two hospitals is a bad idea.",
         "De fusie van de twee ziekenhuizen is een slecht idee."),
    ],
    [  # plant closure
        ("The plant in {city} will close at the end of the year.",
         "De fabriek in {city} sluit aan het eind van het jaar.",
         "The plant in {city} will shut down in December.",
         "De fabriek in {city} gaat in december dicht.",
         "The plant in {city} will stay open next year.",
         "De fabriek in {city} blijft volgend jaar open."),
        ("{a} will offer every worker a job at the site in {city2}.",
         "{a} biedt elke werknemer een baan aan op de locatie in {city2}.",
         "All workers will be offered a job in {city2}.",
         "Alle werknemers krijgen een baan aangeboden in {city2}.",
         "The workers will not be offered a job in {city2}.",
         "De werknemers krijgen geen baan aangeboden in {city2}."),
        ("{b} wants a bigger severance package for the staff.",
         "{b} wil een grotere ontslagvergoeding voor het personeel.",
         "{b} is asking for higher severance pay for the staff.",
         "{b} vraagt om een hogere ontslagvergoeding voor het personeel.",
         "{b} is satisfied with the severance package for the staff.",
         "{b} is tevreden met de ontslagvergoeding voor het personeel."),
        ("{a} has been running the plant since {y}.",
         "{a} leidt de fabriek sinds {y}.",
         "{a} has managed the plant since {y}.",
         "{a} is sinds {y} directeur van de fabriek.",
         "{a} has never run the plant.",
         "{a} heeft de fabriek nooit geleid."),
        ("The union was not told about the closure in advance.",
         "De vakbond is niet vooraf over de sluiting ingelicht.",
         "Nobody informed the union beforehand about the closure.",
         "Niemand heeft de vakbond van tevoren over de sluiting verteld.",
         "The union was informed about the closure in advance.",
         "De vakbond wist vooraf van de sluiting."),
        ("The machines from the plant will be sold to a buyer in Poland.",
         "De machines uit de fabriek worden verkocht aan een koper in Polen.",
         "A Polish buyer will get the machines from the plant.",
         "Een Poolse koper krijgt de machines uit de fabriek.",
         "The machines from the plant will be scrapped.",
         "De machines uit de fabriek gaan naar de schroot."),
    ],
    [  # school funding
        ("{a} will ask the ministry for extra money for the school in {city}.",
         "{a} vraagt het ministerie om extra geld voor de school in {city}.",
         "{a} will request additional funding for the school in {city} from the ministry.",
         "{a} gaat bij het ministerie extra geld aanvragen voor de school in {city}.",
         "{a} will not ask the ministry for more money for the school in {city}.",
         "{a} vraagt het ministerie geen extra geld voor de school in {city}."),
        ("The school in {city} has too few teachers.",
         "De school in {city} heeft te weinig leraren.",
         "The school in {city} is short of teachers.",
         "Er is een lerarentekort op de school in {city}.",
         "The school in {city} has enough teachers.",
         "De school in {city} heeft genoeg leraren."),
        ("{b} wants to be head of the school in {city}.",
         "{b} wil directeur worden van de school in {city}.",
         "{b} would like to lead the school in {city}.",
         "{b} wil de school in {city} leiden.",
         "{b} has no wish to lead the school in {city}.",
         "{b} wil de school in {city} niet leiden."),
        ("The gym of the school in {city} will be rebuilt.",
         "De gymzaal van de school in {city} wordt herbouwd.",
         "A new gym will be built for the school in {city}.",
         "De school in {city} krijgt een nieuwe gymzaal.",
         "The gym of the school in {city} will not be rebuilt.",
         "De gymzaal van de school in {city} wordt niet herbouwd."),
        ("The parents will pay for the school trips themselves.",
         "De ouders betalen de schoolreisjes zelf.",
         "The school trips will be funded by the parents.",
         "De schoolreisjes worden door de ouders betaald.",
         "The parents will not pay anything for the school trips.",
         "De ouders betalen niets voor de schoolreisjes."),
    ],
    [  # software release
        ("Version 5 of the app will be released in {y}.",
         "Versie 5 van de app komt uit in {y}.",
         "The app's fifth version comes out in {y}.",
         "In {y} verschijnt de vijfde versie van de app.",
         "Version 5 of the app will not come out in {y}.",
         "Versie 5 van de app komt niet uit in {y}."),
        ("{a} wants to charge a monthly fee for the app.",
         "{a} wil een maandbedrag vragen voor de app.",
         "{a} wanted the app to become a paid subscription.",
         "{a} wilde van de app een betaald abonnement maken.",
         "{a} wants the app to stay free.",
         "{a} wil dat de app gratis blijft."),
        ("{b} will lead the team that builds the app.",
         "{b} gaat het team leiden dat de app bouwt.",
         "{b} will be in charge of the app's development team.",
         "{b} krijgt de leiding over het ontwikkelteam van de app.",
         "{b} will not lead the app team.",
         "{b} gaat het appteam niet leiden."),
        ("The app leaked the addresses of some customers.",
         "De app heeft adressen van klanten gelekt.",
         "Customer addresses were exposed by the app.",
         "Door de app zijn adressen van klanten uitgelekt.",
         "The app never leaked any customer data.",
         "De app heeft nooit klantgegevens gelekt."),
        ("We need two more testers before the release.",
         "We hebben voor de release nog twee testers nodig.",
         "Two additional testers are needed before the release.",
         "Er zijn voor de release twee extra testers nodig.",
         "We have enough testers for the release.",
         "We hebben genoeg testers voor de release."),
    ],
    [  # city parking / council
        ("{a} wants to double the parking fees in the centre.",
         "{a} wil de parkeertarieven in het centrum verdubbelen.",
         "{a} is in favour of doubling the parking fees in the centre.",
         "{a} is voor een verdubbeling van de parkeertarieven in het centrum.",
         "{a} wants to keep the parking fees in the centre as they are.",
         "{a} wil de parkeertarieven in het centrum laten zoals ze zijn."),
        ("The shopkeepers in the centre are angry about the roadworks.",
         "De winkeliers in het centrum zijn boos over de wegwerkzaamheden.",
         "The roadworks have upset the shop owners in the centre.",
         "De wegwerkzaamheden zetten kwaad bloed bij de winkeliers in het centrum.",
         "The shopkeepers in the centre are happy with the roadworks.",
         "De winkeliers in het centrum zijn blij met de wegwerkzaamheden."),
        ("{b} proposed a new car park near the station.",
         "{b} stelde een nieuwe parkeergarage bij het station voor.",
         "{b} suggested building a car park by the station.",
         "{b} deed het voorstel om bij het station een parkeergarage te bouwen.",
         "{b} was against a new car park near the station.",
         "{b} was tegen een nieuwe parkeergarage bij het station."),
        ("The council will vote on the bus lanes in {y}.",
         "De gemeenteraad stemt in {y} over de busbanen.",
         "In {y} the council will decide on the bus lanes.",
         "In {y} neemt de raad een besluit over de busbanen.",
         "The council will never vote on the bus lanes.",
         "De gemeenteraad gaat nooit over de busbanen stemmen."),
        ("Residents of the centre will get a free parking permit.",
         "Bewoners van het centrum krijgen een gratis parkeervergunning.",
         "People who live in the centre will not pay for a parking permit.",
         "Wie in het centrum woont, betaalt niet voor een parkeervergunning.",
         "Residents of the centre will have to pay for their parking permit.",
         "Bewoners van het centrum moeten voor hun parkeervergunning betalen."),
    ],
    [  # lawsuit
        ("{a} wants to settle the lawsuit with {org} out of court.",
         "{a} wil de rechtszaak met {org} buiten de rechter om schikken.",
         "{a} is looking for a settlement with {org}.",
         "{a} zoekt een schikking met {org}.",
         "{a} wants the lawsuit with {org} to go to trial.",
         "{a} wil dat de rechtszaak met {org} voor de rechter komt."),
        ("{org} delivered the bridge two years late.",
         "{org} leverde de brug twee jaar te laat op.",
         "The bridge was handed over by {org} two years behind schedule.",
         "{org} heeft de brug met twee jaar vertraging opgeleverd.",
         "{org} delivered the bridge on time.",
         "{org} leverde de brug op tijd op."),
        ("{b} hired a new lawyer for the case.",
         "{b} heeft een nieuwe advocaat voor de zaak genomen.",
         "{b} got another lawyer for the case.",
         "{b} nam voor de zaak een andere advocaat in de arm.",
         "{b} kept the same lawyer for the case.",
         "{b} hield voor de zaak dezelfde advocaat."),
        ("The hearing is set for {y}.",
         "De zitting staat gepland voor {y}.",
         "The court will hear the case in {y}.",
         "De rechter behandelt de zaak in {y}.",
         "No date has been set for the hearing.",
         "Er is nog geen datum voor de zitting."),
        ("We will claim the legal costs from {org}.",
         "We verhalen de juridische kosten op {org}.",
         "{org} will be asked to pay the legal costs.",
         "{org} moet opdraaien voor de juridische kosten.",
         "We will not claim anything from {org}.",
         "We eisen niets van {org}."),
    ],
    [  # open data / municipality
        ("{a} agreed to publish the air quality measurements.",
         "{a} stemde ermee in om de metingen van de luchtkwaliteit te publiceren.",
         "{a} consented to releasing the air quality data.",
         "{a} vond het goed dat de luchtkwaliteitsmetingen openbaar werden.",
         "{a} refused to publish the air quality measurements.",
         "{a} weigerde de metingen van de luchtkwaliteit te publiceren."),
        ("{a} wants full control over the data portal.",
         "{a} wil de volledige controle over het dataportaal.",
         "{a} wants to decide alone about the data portal.",
         "{a} wil als enige over het dataportaal beslissen.",
         "{a} does not want any say over the data portal.",
         "{a} wil geen zeggenschap over het dataportaal."),
        ("The sensors in {city} were installed in {y}.",
         "De sensoren in {city} zijn in {y} geplaatst.",
         "In {y} the sensors went up in {city}.",
         "In {y} werden de sensoren in {city} opgehangen.",
         "The sensors in {city} have not been installed.",
         "De sensoren in {city} zijn niet geplaatst."),
        ("{b} will write the report on the measurements.",
         "{b} schrijft het rapport over de metingen.",
         "The report on the measurements will be written by {b}.",
         "Het rapport over de metingen wordt door {b} geschreven.",
         "{b} will not write the report on the measurements.",
         "{b} schrijft het rapport over de metingen niet."),
        ("The data portal costs too much to maintain.",
         "Het dataportaal is te duur in onderhoud.",
         "Maintaining the data portal is too expensive.",
         "Het onderhoud van het dataportaal kost te veel.",
         "The data portal is cheap to maintain.",
         "Het dataportaal is goedkoop in onderhoud."),
    ],
    [  # company merger
        ("{org} should be merged into {org2}.",
         "{org} moet opgaan in {org2}.",
         "{org} and {org2} should become one company.",
         "{org} en {org2} moeten één bedrijf worden.",
         "{org} should stay independent of {org2}.",
         "{org} moet zelfstandig blijven, los van {org2}."),
        ("{a} wants to be chief executive of {org}.",
         "{a} wil directeur van {org} worden.",
         "{a} would like to run {org} as chief executive.",
         "{a} ambieert de directeursfunctie bij {org}.",
         "{a} does not want to lead {org}.",
         "{a} wil {org} niet leiden."),
        ("{org2} will pay for the new machines of {org}.",
         "{org2} betaalt de nieuwe machines van {org}.",
         "The new machines of {org} will be funded by {org2}.",
         "De nieuwe machines van {org} worden door {org2} gefinancierd.",
         "{org2} will not pay for the new machines of {org}.",
         "{org2} betaalt de nieuwe machines van {org} niet."),
        ("We need far more money to keep {org} going.",
         "We hebben veel meer geld nodig om {org} draaiende te houden.",
         "Keeping {org} going requires a lot more money.",
         "Om {org} overeind te houden is veel meer geld nodig.",
         "{org} has enough money to keep going.",
         "{org} heeft genoeg geld om door te gaan."),
        ("{b} will keep a seat on the board of {org}.",
         "{b} houdt een zetel in het bestuur van {org}.",
         "{b} will stay on the board of {org}.",
         "{b} blijft in het bestuur van {org}.",
         "{b} will leave the board of {org}.",
         "{b} verlaat het bestuur van {org}."),
        ("The staff of {org} will keep their jobs.",
         "Het personeel van {org} behoudt zijn banen.",
         "Nobody at {org} will be laid off.",
         "Bij {org} wordt niemand ontslagen.",
         "Some of the staff of {org} will lose their jobs.",
         "Een deel van het personeel van {org} verliest zijn baan."),
    ],
    [  # budget / council finances
        ("The council will cut the culture budget by a tenth.",
         "De gemeente verlaagt het cultuurbudget met een tiende.",
         "The culture budget will be reduced by ten percent.",
         "Het cultuurbudget gaat met tien procent omlaag.",
         "The culture budget will not be cut.",
         "Het cultuurbudget wordt niet verlaagd."),
        ("{a} wants the theatre in {city} to get a new roof.",
         "{a} wil dat het theater in {city} een nieuw dak krijgt.",
         "{a} is pushing for a new roof on the theatre in {city}.",
         "{a} maakt zich sterk voor een nieuw dak op het theater in {city}.",
         "{a} is against a new roof for the theatre in {city}.",
         "{a} is tegen een nieuw dak voor het theater in {city}."),
        ("{b} will present the budget to the council in {y}.",
         "{b} presenteert de begroting in {y} aan de raad.",
         "In {y} {b} will put the budget before the council.",
         "In {y} legt {b} de begroting aan de raad voor.",
         "{b} will not present the budget to the council.",
         "{b} presenteert de begroting niet aan de raad."),
        ("The music school in {city} has a deficit.",
         "De muziekschool in {city} heeft een tekort.",
         "The music school in {city} is running at a loss.",
         "De muziekschool in {city} draait verlies.",
         "The music school in {city} has a surplus.",
         "De muziekschool in {city} heeft een overschot."),
        ("{a} asked {b} for the figures of the museum.",
         "{a} vroeg {b} om de cijfers van het museum.",
         "{a} wanted the museum's figures from {b}.",
         "{a} wilde de cijfers van het museum van {b} krijgen.",
         "{a} never asked {b} for the museum's figures.",
         "{a} heeft {b} nooit om de cijfers van het museum gevraagd."),
    ],
]  # fmt: skip

# repeatable events in one year vs another: neutral (another occurrence, not the same event)
REPEAT = [
    ("In {y}, the board approved the budget of {org}.",
     "In {y} keurde het bestuur de begroting van {org} goed.",
     "In {y2}, the board approved the budget of {org}.",
     "In {y2} keurde het bestuur de begroting van {org} goed."),
    ("{a} visited the site in {city} in {y}.", "{a} bezocht in {y} de locatie in {city}.",
     "{a} visited the site in {city} in {y2}.", "{a} bezocht in {y2} de locatie in {city}."),
    ("In {y}, {a} argued for a higher budget.", "In {y} pleitte {a} voor een hoger budget.",
     "In {y2}, {a} argued for a lower budget.", "In {y2} pleitte {a} voor een lager budget."),
    ("The festival made a loss in {y}.", "Het festival maakte in {y} verlies.",
     "The festival made a profit in {y2}.", "Het festival maakte in {y2} winst."),
]  # fmt: skip

CHITCHAT = [
    ("Lunch on Friday?", "Lunchen op vrijdag?"),
    ("Thanks, see you tomorrow.", "Bedankt, tot morgen!"),
    ("Can you send me the slides?", "Kun je me de slides sturen?"),
    ("Have a nice weekend, everyone.", "Fijn weekend allemaal."),
    ("Not the pizza place again, please.", "Niet weer die pizzatent, alsjeblieft."),
    ("The printer on the second floor is broken again.",
     "De printer op de tweede verdieping is weer kapot."),
    ("Congratulations on the new baby!", "Gefeliciteerd met de baby!"),
    ("{a} is out of the office until Monday.", "{a} is tot maandag niet op kantoor."),
    ("Sorry, {a} is running ten minutes late.", "Sorry, {a} is tien minuten later."),
    ("Who has the key to the meeting room?", "Wie heeft de sleutel van de vergaderzaal?"),
]  # fmt: skip


def t_related(ctx: Ctx) -> Frame:
    r = ctx.rng
    y = r.randint(2013, 2024)
    y2 = y + r.choice([-3, -2, -1, 1, 2, 3])
    slots = {"a": ctx.a, "b": ctx.b, "city": ctx.city, "city2": ctx.city2, "org": ctx.org,
             "org2": ctx.org2, "y": y, "y2": y2}  # fmt: skip
    hslots = dict(slots, a=ctx.ha, b=ctx.hb)
    kind = r.random()
    if kind < 0.55:  # storyline: a proposition vs the others (N), its paraphrase (E), negation (C)
        story = r.choice(STORIES)
        i = r.randrange(len(story))
        p = story[i]
        prem = {"en": p[0].format(**slots), "nl": p[1].format(**slots)}
        others = [s for j, s in enumerate(story) if j != i]
        hyps = [(s[0].format(**hslots), s[1].format(**hslots), N, False) for s in others]
        # also the others' paraphrases and negations: still another proposition
        for s in r.sample(others, 2):
            k = r.choice([2, 4])
            hyps.append((s[k].format(**hslots), s[k + 1].format(**hslots), N, False))
        hyps.append((p[2].format(**hslots), p[3].format(**hslots), E, False))
        hyps.append((p[4].format(**hslots), p[5].format(**hslots), C, False))
        return Frame("related-neutral", prem, hyps, year=y if "{y}" in p[0] else None)
    if kind < 0.74:  # a endorses b's proposition: a's own other propositions stay neutral
        story = r.choice(STORIES)
        i = r.randrange(len(story))
        p = story[i]
        # b's sentence (b's first person -> b): b takes the "{a}" slot, a the "{b}" slot
        bslots = dict(slots, a=ctx.b, b=ctx.a)
        verb = "agreed with" if r.random() < 0.75 else "disagreed with"
        prem = {
            k: f"{ctx.a} {verb} {ctx.b}: {p[j].format(**bslots)}" for k, j in (("en", 0), ("nl", 1))
        }
        others = [s_ for j, s_ in enumerate(story) if j != i]
        hyps = [(s_[0].format(**hslots), s_[1].format(**hslots), N, False) for s_ in others]
        for s_ in r.sample(others, 2):
            k = r.choice([2, 4])
            hyps.append((s_[k].format(**hslots), s_[k + 1].format(**hslots), N, False))
        return Frame("related-neutral", prem, hyps, year=y if "{y}" in p[0] else None)
    if kind < 0.86:  # a repeatable event in another year
        p = r.choice(REPEAT)
        prem = {"en": p[0].format(**slots), "nl": p[1].format(**slots)}
        hyps = [(p[2].format(**hslots), p[3].format(**hslots), N, False)]
        return Frame("related-neutral", prem, hyps, dated=False)
    # chit-chat vs claims from any storyline
    cc = r.choice(CHITCHAT)
    prem = {"en": cc[0].format(**slots), "nl": cc[1].format(**slots)}
    hyps = []
    for _ in range(3):
        s = r.choice(r.choice(STORIES))
        k = r.choice([0, 2, 4])
        hyps.append((s[k].format(**hslots), s[k + 1].format(**hslots), N, False))
    return Frame("related-neutral", prem, hyps)


# ------------------------------------------------------------------------------------------
# 9. second person: "you should / will ..." to a named recipient (you -> the recipient)


def t_second(ctx: Ctx) -> Frame:
    r = ctx.rng
    a, b, ha, hb = ctx.a, ctx.b, ctx.ha, ctx.hb
    x = ctx.act()
    y = ctx.act(avoid=x)
    en, o, inf, te = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf, x.nl_te
    kind = r.randrange(3)
    wrote_to = r.random() < 0.35  # keep the "a wrote to b:" frame
    if kind == 0:  # "you should x"
        body = {"en": f"{b} should {en}.", "nl": f"{b} moet {o} {inf}."}
        hyps = [
            (f"{hb} should {en}.", f"{hb} moet {o} {inf}.", E, False),
            (*will(ctx, hb, x), N, False),
            (f"{hb} should not {en}.", f"{hb} moet {o} niet {inf}.", C, False),
            (*will(ctx, hb, y), N, False),
        ]  # fmt: skip
        if wrote_to:
            hyps += [
                (f"{ha} told {hb} to {en}.", f"{ha} zei tegen {hb} dat {hb} {o} moest {inf}.",
                 E, True),
                (f"{ha} wanted {hb} to {en}.", f"{ha} wilde dat {hb} {o} {inf_sub(x)}.", E, True),
                (f"{ha} advised {hb} not to {en}.",
                 f"{ha} raadde {hb} af om {o} {te}.", C, True),
            ]  # fmt: skip
    elif kind == 1:  # "you will lead the board"
        role = r.choice(
            [
                ("lead the board of {org}", "het bestuur van {org} leiden"),
                ("chair the works council", "de ondernemingsraad voorzitten"),
                ("run the office in {city}", "het kantoor in {city} leiden"),
                ("manage the new project team", "het nieuwe projectteam aansturen"),
            ]
        )
        re_, rn = ctx.f(role[0]), ctx.f(role[1])
        ro, rv = rn.rsplit(" ", 1)
        body = {"en": f"{b} will {re_}.", "nl": f"{b} gaat {rn}."}
        hyps = [
            (f"{hb} will {re_}.", f"{hb} zal {rn}.", E, False),
            (f"{hb} will not {re_}.", f"{hb} zal {ro} niet {rv}.", C, False),
            (f"{hb} asked to {re_}.", f"{hb} vroeg om {ro} te mogen {rv}.",
             N, False),
            (*will(ctx, ha, y), N, False),
        ]  # fmt: skip
        if wrote_to:
            hyps.append(
                (f"{ha} told {hb} that {he(ctx.pb, 'en')} would {re_}.",
                 f"{ha} schreef {hb} dat {he(ctx.pb, 'nl')} {rn.rsplit(' ', 1)[0]} zou "
                 f"{rn.rsplit(' ', 1)[1]}.", E, True)
            )  # fmt: skip
    else:  # "you must not x"
        body = {"en": f"{b} must not {en}.", "nl": f"{b} mag {o} niet {inf}."}
        hyps = [
            (f"{hb} is not allowed to {en}.", f"{hb} mag {o} niet {inf}.", E, False),
            (f"{hb} is allowed to {en}.", f"{hb} mag {o} {inf}.", C, False),
            (f"{hb} must {en}.", f"{hb} moet {o} {inf}.", C, False),
            (*will(ctx, hb, x), N, False),
            (*will(ctx, ha, x), N, False),
        ]  # fmt: skip
        if wrote_to:
            hyps.append((f"{ha} forbade {hb} to {en}.", f"{ha} verbood {hb} om {o} {te}.", E, True))
    if wrote_to:
        prem = {
            "en": f"{a} wrote to {b}: {body['en']}",
            "nl": f"{a} {'schreef aan' if r.random() < 0.5 else 'wrote to'} {b}: {body['nl']}",
        }
    else:
        prem = body
    return Frame("second-person", prem, hyps)


# Dutch present singular of each action verb in a subordinate clause (verb last, separable
# verbs joined): "... dat Jansen het busdepot verkoopt"
NL_SUB = {
    "verkopen": "verkoopt", "sluiten": "sluit", "openhouden": "openhoudt", "verhogen": "verhoogt",
    "samenvoegen": "samenvoegt", "schikken": "schikt", "publiceren": "publiceert",
    "invullen": "invult", "verhuizen": "verhuist", "verlengen": "verlengt",
    "afgelasten": "afgelast", "herbouwen": "herbouwt", "uitbesteden": "uitbesteedt",
    "uitstellen": "uitstelt", "vervangen": "vervangt", "tekenen": "tekent", "kopen": "koopt",
    "overnemen": "overneemt", "schrappen": "schrapt", "renoveren": "renoveert",
    "openstellen": "openstelt", "terugbetalen": "terugbetaalt",
}  # fmt: skip


def inf_sub(x: Act) -> str:
    return NL_SUB[x.nl_inf]


# separable verbs: main-clause finite form and the particle that goes to the end
NL_SEP = {
    "openhouden": ("houdt", "open"), "samenvoegen": ("voegt", "samen"), "invullen": ("vult", "in"),
    "afgelasten": ("gelast", "af"), "uitbesteden": ("besteedt", "uit"),
    "uitstellen": ("stelt", "uit"), "overnemen": ("neemt", "over"),
    "openstellen": ("stelt", "open"), "terugbetalen": ("betaalt", "terug"),
}  # fmt: skip


def nl_main(ctx: Ctx, who: str, x: Act, neg: bool = False) -> str:
    """Dutch main clause in the present ("Berg verkoopt het busdepot", "Berg houdt het zwembad
    niet open"): the verb second, a separable particle at the end."""
    o = ctx.f(x.nl_obj)
    nie = " niet" if neg else ""
    if x.nl_inf in NL_SEP:
        v, part = NL_SEP[x.nl_inf]
        return f"{who} {v} {o}{nie} {part}."
    return f"{who} {NL_SUB[x.nl_inf]} {o}{nie}."


# ------------------------------------------------------------------------------------------
# 10. speech frame: frames kept whole; a later self-serving statement


def t_speech(ctx: Ctx) -> Frame:
    r = ctx.rng
    a, b, ha, hb = ctx.a, ctx.b, ctx.ha, ctx.hb
    kind = r.randrange(3)
    x = ctx.act()
    if kind == 0:  # "a wrote: <proposition>" vs bare / "said that" / "claimed that"
        s_en, s_nl = pass_fut(ctx, x)
        n_en, n_nl = pass_fut(ctx, x, neg=True)
        o, pp = nl_subj(ctx, x), x.nl_pp
        w = "worden" if x.pl else "wordt"
        wd = "zouden" if x.pl else "zou"
        who = r.choice([a, b])
        hw = ha if who == a else hb
        verb = r.choice([("wrote", "schreef"), ("claimed", "beweerde"), ("said", "zei")])
        nl_verb = verb[1] if r.random() < 0.5 else verb[0]  # the checker's frame is English
        prem = {"en": f"{who} {verb[0]}: {s_en}", "nl": f"{who} {nl_verb}: {s_nl}"}
        se = ctx.f(x.en_subj)
        hyps = [
            (s_en, s_nl, E, False),
            (f"{hw} said that {se} would be {x.en_pp}.", f"{hw} zei dat {o} {pp} {wd} worden.",
             E, True),
            (f"{hw} claimed that {se} would be {x.en_pp}.",
             f"{hw} beweerde dat {o} {pp} {wd} worden.", E, True),
            (n_en, n_nl, C, False),
            (f"{hw} said that {se} would not be {x.en_pp}.",
             f"{hw} zei dat {o} niet {pp} {wd} worden.", C, True),
            (*pass_done(ctx, ctx.act(avoid=x)), N, False),
            (f"{hw} regrets that {se} will be {x.en_pp}.",
             f"{hw} betreurt dat {o} {pp} {w}.", N, False),
        ]  # fmt: skip
        return Frame("speech-frame", prem, hyps)
    # a later statement about the speaker's present view vs what they did earlier
    y0 = r.randint(2012, 2017)
    y1 = y0 + r.randint(4, 7)
    topic = r.choice(
        [
            ("openness about the inspection reports", "openheid over de inspectierapporten",
             "keeping the inspection reports confidential",
             "de inspectierapporten geheim te houden",
             "publishing the inspection reports", "de inspectierapporten te publiceren"),
            ("the pool to stay open", "het openhouden van het zwembad",
             "closing the pool", "het zwembad te sluiten",
             "keeping the pool open", "het zwembad open te houden"),
            ("a fair deal for the staff", "een eerlijke regeling voor het personeel",
             "cutting the staff's severance pay", "de ontslagvergoeding van het personeel te verlagen",
             "raising the staff's severance pay",
             "de ontslagvergoeding van het personeel te verhogen"),
            ("the merger with {org}", "de fusie met {org}",
             "calling off the merger with {org}", "de fusie met {org} af te blazen",
             "the merger with {org}", "de fusie met {org} door te zetten"),
        ]
    )  # fmt: skip
    good_e, good_n, bad_e, bad_n, gd_e, gd_n = (ctx.f(s) for s in topic)
    p = ctx.pa
    prem = {
        "en": f"{a} says today that {he(p, 'en')} always wanted {good_e}.",
        "nl": f"{a} zegt nu dat {he(p, 'nl')} altijd {good_n} wilde.",
    }
    hyps = [
        (f"{ha} argued in {y0} for {bad_e}.", f"{ha} pleitte in {y0} voor {bad_n.replace(' te ', ' te ', 1)}.",
         N, True),
        (f"In {y0}, {ha} was in favour of {gd_e}.",
         f"In {y0} was {ha} voor het plan om {gd_n}.", N, False),
        (f"{ha} now says {he(p, 'en')} always wanted {good_e}.",
         f"{ha} zegt nu dat {he(p, 'nl')} altijd {good_n} wilde.", E, True),
        (f"{ha} now says {he(p, 'en')} never wanted {good_e}.",
         f"{ha} zegt nu dat {he(p, 'nl')} nooit {good_n} wilde.", C, True),
        (f"{hb} always wanted {good_e}.", f"{hb} wilde altijd {good_n}.", N, False),
    ]  # fmt: skip
    # "pleitte voor <om ... te>" is not Dutch: use "pleitte ervoor om ..."
    hyps[0] = (hyps[0][0], f"{ha} pleitte in {y0} ervoor om {bad_n}.", N, True)
    return Frame("speech-frame", prem, hyps, year=y1, dated=r.random() < 0.6)


# ------------------------------------------------------------------------------------------
# 11. condition / temporal


def t_condition(ctx: Ctx) -> Frame:
    r = ctx.rng
    ha, hb = ctx.ha, ctx.hb
    x = ctx.act()
    y = ctx.act(avoid=x)
    en, o, inf = ctx.f(x.en), ctx.f(x.nl_obj), x.nl_inf
    kind = r.randrange(3)
    if kind == 0:  # if
        cond = r.choice(
            [
                ("the board agrees", "het bestuur akkoord gaat", "The board has agreed.",
                 "Het bestuur is akkoord gegaan."),
                ("the subsidy comes through", "de subsidie doorgaat",
                 "The subsidy has come through.", "De subsidie is toegekend."),
                ("the council votes in favour", "de raad voor stemt",
                 "The council voted in favour.", "De raad heeft voor gestemd."),
            ]
        )  # fmt: skip
        ce, cn, cde, cdn = cond
        prem = {"en": f"If {ce}, we will {en}.", "nl": f"Als {cn}, gaan we {o} {inf}."}
        s_en, s_nl = pass_fut(ctx, x)
        hyps = [
            (*pass_fut(ctx, x), N, False),
            (*we_will(ctx, x), N, False),
            (cde, cdn, N, False),
            (f"{s_en[:-1]} if {ce}.", f"{s_nl[:-1]} als {cn}.", E, False),
            (*framed(ctx, "ruled_out", ha, x), C, True),
            (*pass_done(ctx, x), N, False),
            (*pass_fut(ctx, y), N, False),
        ]  # fmt: skip
        return Frame("condition", prem, hyps)
    yr = r.randint(2014, 2021)
    facility = r.choice(
        [
            (
                "the archive",
                "het archief",
                "open to the public",
                "open voor publiek",
                "first opened",
                "ging in {y} voor het eerst open",
            ),
            (
                "the museum garden",
                "de museumtuin",
                "open on Sundays",
                "op zondag open",
                "was laid out",
                "werd in {y} aangelegd",
            ),
            (
                "the night clinic",
                "de nachtkliniek",
                "open",
                "open",
                "first opened",
                "ging in {y} voor het eerst open",
            ),
            (
                "the ferry service",
                "de veerdienst",
                "free",
                "gratis",
                "started running",
                "begon in {y} te varen",
            ),
        ]
    )
    fe, fn, ste, stn, start_e, start_n = facility
    if kind == 1:  # until
        prem = {
            "en": f"Until {yr} we kept {fe} {ste}.",
            "nl": f"Tot {yr} hielden we {fn} {stn}.",
        }
        hyps = [
            (f"{cap(fe)} was {ste} in {yr - 2}.", f"{cap(fn)} was in {yr - 2} {stn}.", E, False),
            (f"{cap(fe)} was never {ste}.", f"{cap(fn)} was nooit {stn}.", C, False),
            (f"{cap(fe)} is still {ste} today.", f"{cap(fn)} is nu nog steeds {stn}.", C, False),
            (f"{cap(fe)} was {ste} in {yr + 3}.", f"{cap(fn)} was in {yr + 3} {stn}.", C, False),
            (f"{cap(fe)} {start_e} in {yr - 10}.", f"{cap(fn)} {start_n.format(y=yr - 10)}.",
             N, False),
            (f"{ha} wanted to keep {fe} {ste} after {yr}.",
             f"{ha} wilde {fn} na {yr} {stn} houden.", N, False),
        ]  # fmt: skip
        return Frame("condition", prem, hyps, dated=False)
    # once: work that waits for a permit
    job = r.choice(PERMIT_JOBS)
    je, jn_te, jd_e, jd_n = (ctx.f(t) for t in job)
    prem = {
        "en": f"Once the permit arrives, we will start to {je}.",
        "nl": f"Zodra de vergunning er is, beginnen we {jn_te}.",
    }
    hyps = [
        ("The permit has arrived.", "De vergunning is binnen.", N, False),
        (f"Work to {je} will start before the permit arrives.",
         "Er wordt al begonnen voordat de vergunning er is.", C, False),
        ("Work will begin when the permit is in.",
         "Het werk begint als de vergunning binnen is.", E, False),
        ("The work will not start without the permit.",
         "Zonder vergunning begint het werk niet.", E, False),
        (jd_e, jd_n, N, False),
        (f"{hb} applied for the permit.", f"{hb} heeft de vergunning aangevraagd.", N, False),
    ]  # fmt: skip
    return Frame("condition", prem, hyps)


PERMIT_JOBS = [
    ("rebuild the footbridge over the canal", "de voetgangersbrug over het kanaal te herbouwen",
     "The footbridge over the canal has been rebuilt.",
     "De voetgangersbrug over het kanaal is herbouwd."),
    ("renovate the sports hall in {city}", "de sporthal in {city} te renoveren",
     "The sports hall in {city} has been renovated.", "De sporthal in {city} is gerenoveerd."),
    ("demolish the old school building", "het oude schoolgebouw te slopen",
     "The old school building has been demolished.", "Het oude schoolgebouw is gesloopt."),
    ("build the new car park", "de nieuwe parkeergarage te bouwen",
     "The new car park has been built.", "De nieuwe parkeergarage is gebouwd."),
    ("extend the hospital wing", "de ziekenhuisvleugel uit te breiden",
     "The hospital wing has been extended.", "De ziekenhuisvleugel is uitgebreid."),
    ("lay the new bike lanes in {city}", "de nieuwe fietspaden in {city} aan te leggen",
     "The new bike lanes in {city} have been laid.", "De nieuwe fietspaden in {city} zijn aangelegd."),
]  # fmt: skip


TEMPLATES = {
    "pledge": t_pledge,
    "proposal": t_proposal,
    "agreement": t_agreement,
    "quantity": t_quantity,
    "negation": t_negation,
    "hedge": t_hedge,
    "paraphrase": t_paraphrase,
    "related-neutral": t_related,
    "second-person": t_second,
    "speech-frame": t_speech,
    "condition": t_condition,
}


# ------------------------------------------------------------------------------------------
# assembling rows


def date_prefix(rng: random.Random, year: int | None) -> str:
    y = year if year is not None else rng.randint(2012, 2024)
    return f"On {rng.randint(1, 28)} {rng.choice(MON)} {y}, "


def with_prefix(prefix: str, text: str) -> str:
    first = text.split(" ", 1)[0].rstrip(",:?!.")
    if first in PROPER or first.isupper():
        return prefix + text
    return prefix + text[0].lower() + text[1:]


def pool(rng: random.Random, n_frames: int) -> list[dict]:
    """Many candidate rows; every frame yields its hypotheses in crossed languages."""
    rows, seen = [], set()
    cats = list(TEMPLATES)
    weights = [CAT_SHARE[c] for c in cats]
    for _ in range(n_frames):
        cat = rng.choices(cats, weights=weights)[0]
        ctx = Ctx(rng)
        fr = TEMPLATES[cat](ctx)
        dated = fr.dated if fr.dated is not None else rng.random() < 0.25
        prefix = date_prefix(rng, fr.year) if dated else ""
        # a premise that does not name its writer ("Let's ...", "We should ..."): sometimes in
        # the checker's frame "<writer> wrote: <text>"
        named = ctx.pa.sur in fr.prem["en"] or ":" in fr.prem["en"]
        wrote_frame = not named and rng.random() < 0.3
        for en, nl, label, kept in fr.hyps:
            if not en or not nl:
                continue
            lang = rng.choices(LANGS, weights=[LANG_SHARE[x] for x in LANGS])[0]
            pl, hl = lang.split("-")
            text = fr.prem[pl]
            if wrote_frame and not named:
                text = f"{ctx.a} wrote: {text}"
            if label == N_OTHER:
                if not named and not wrote_frame:
                    continue  # "Let's x." vs "<someone> proposed x": only the writer is known
                label = N
            premise = with_prefix(prefix, text) if prefix else text
            hyp = en if hl == "en" else nl
            key = (premise, hyp)
            if key in seen:
                continue
            seen.add(key)
            rows.append({"premise": premise, "hypothesis": hyp, "label": label, "frame": fr.cat,
                         "lang": lang, "_kept": kept})  # fmt: skip
    return rows


def select(rng: random.Random, rows: list[dict], total: int) -> list[dict]:
    """Pick ``total`` rows by quota: category share, label mix, language mix."""
    by: dict[tuple[str, str, str], list[dict]] = {}
    for r in rows:
        by.setdefault((r["frame"], r["label"], r["lang"]), []).append(r)
    out = []
    for cat, share in CAT_SHARE.items():
        mix = REL_LABELS if cat == "related-neutral" else OTHER_LABELS
        for label, lshare in mix.items():
            n_cell = round(total * share * lshare)
            want = {lg: round(n_cell * s) for lg, s in LANG_SHARE.items()}
            short = 0
            for lg in LANGS:
                cand = by.get((cat, label, lg), [])
                rng.shuffle(cand)
                take = cand[: want[lg]]
                short += want[lg] - len(take)
                out += take
                by[(cat, label, lg)] = cand[len(take) :]
            for lg in LANGS:  # fill a shortfall from any language
                if short <= 0:
                    break
                cand = by.get((cat, label, lg), [])
                take = cand[:short]
                short -= len(take)
                out += take
                by[(cat, label, lg)] = cand[len(take) :]
    rng.shuffle(out)
    return out


def build(total: int = TOTAL) -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    rows = select(rng, pool(rng, 9000), total)
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows], rows


def main() -> None:
    rows, raw = build()
    OUT.parent.mkdir(exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(rows)} pairs")
    for key in ("frame", "label", "lang"):
        cnt = Counter(r[key] for r in rows)
        print(key, ", ".join(f"{k} {v} ({v / len(rows):.0%})" for k, v in sorted(cnt.items())))
    by_cat: dict[str, Counter] = {}
    for r in rows:
        by_cat.setdefault(r["frame"], Counter())[r["label"][0].upper()] += 1
    for cat, cnt in sorted(by_cat.items()):
        print(f"  {cat:16} E {cnt['E']:4}  N {cnt['N']:4}  C {cnt['C']:4}")
    kept = sum(r["_kept"] for r in raw)
    print(f"hypotheses with the speech frame kept: {kept} ({kept / len(raw):.0%})")


if __name__ == "__main__":
    main()
