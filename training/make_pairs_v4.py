"""Write training/pairs/v4_mail.jsonl: v3's mail frames redrawn (seed 41) plus three new families.

Judge v3 read, on real checks, "X would fund Y's compute" as entailing "Y would pay X for its
compute", "the only realistic path" as entailing "one option among several", and "I will fund
the first year personally" as contradicting "will pay for the first year himself". The new
families (hand-written in parallel English and Dutch, like v3's):

- ``role``: who pays, sells, lends or proposes to whom; the same roles in other words
  (entailment), the roles reversed (contradiction), another object (neutral).
- ``exclusive``: "the only", "all", "nobody else" against "one of several", "some", "also Y".
- ``paraphrase`` (more rows): the same commitment in other words, its opposite, a related
  proposition.

    .venv/bin/python training/make_pairs_v4.py      # deterministic (random.Random(41))
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_pairs_v3 as v3
from make_pairs_v3 import C, Ctx, E, Frame, N, cap, gerund

OUT = Path(__file__).resolve().parent / "pairs" / "v4_mail.jsonl"
SEED = 41
TOTAL = 6500

# what one party pays for / sells / lends: (EN noun phrase, NL noun phrase)
THINGS = [
    ("computing power", "rekenkracht"),
    ("the first year of operations", "het eerste jaar"),
    ("the new warehouse", "het nieuwe magazijn"),
    ("the legal costs", "de juridische kosten"),
    ("the pilot in {city}", "de proef in {city}"),
    ("the software licences", "de softwarelicenties"),
    ("the research staff", "de onderzoekers"),
    ("the office in {city}", "het kantoor in {city}"),
]
AMOUNTS = [
    ("2 million euros", "2 miljoen euro"),
    ("$500,000", "500.000 dollar"),
    ("300,000 euros", "3 ton"),
    ("$40 million", "40 miljoen dollar"),
]


def t_role(ctx: Ctx) -> Frame:
    r = ctx.rng
    x, y = (ctx.org, ctx.org2) if r.random() < 0.5 else (ctx.a, ctx.org)
    hx = x if x != ctx.a else ctx.ha
    thing, thing_nl = (ctx.f(s) for s in r.choice(THINGS))
    other, other_nl = (ctx.f(s) for s in r.choice([t for t in THINGS if t[0] != thing]))
    kind = r.randrange(4)
    if kind == 0:  # funding
        prem = {"en": f"{x} will pay for {thing} at {y}.", "nl": f"{x} betaalt {thing_nl} bij {y}."}
        hyps = [
            (
                f"{cap(thing)} at {y} will be funded by {hx}.",
                f"{cap(thing_nl)} bij {y} wordt door {hx} betaald.",
                E,
                False,
            ),
            (
                f"{hx} covers the cost of {thing} at {y}.",
                f"{hx} draait op voor de kosten van {thing_nl} bij {y}.",
                E,
                False,
            ),
            (f"{y} will pay {hx} for {thing}.", f"{y} betaalt {hx} voor {thing_nl}.", C, False),
            (f"{y} has to fund {thing} itself.", f"{y} moet {thing_nl} zelf betalen.", C, False),
            (f"{hx} will pay for {other} at {y}.", f"{hx} betaalt {other_nl} bij {y}.", N, False),
        ]
    elif kind == 1:  # selling
        prem = {"en": f"{x} is selling {thing} to {y}.", "nl": f"{x} verkoopt {thing_nl} aan {y}."}
        hyps = [
            (f"{y} is buying {thing} from {hx}.", f"{y} koopt {thing_nl} van {hx}.", E, False),
            (f"{hx} is buying {thing} from {y}.", f"{hx} koopt {thing_nl} van {y}.", C, False),
            (f"{hx} is keeping {thing}.", f"{hx} houdt {thing_nl}.", C, False),
            (f"{y} is also buying {other}.", f"{y} koopt ook {other_nl}.", N, False),
        ]
    elif kind == 2:  # lending
        amt, amt_nl = r.choice(AMOUNTS)
        prem = {
            "en": f"{x} lent {y} {amt} for {thing}.",
            "nl": f"{x} heeft {y} {amt_nl} geleend voor {thing_nl}.",
        }
        hyps = [
            (f"{y} borrowed {amt} from {hx}.", f"{y} leende {amt_nl} van {hx}.", E, False),
            (f"{y} lent {hx} {amt}.", f"{y} heeft {hx} {amt_nl} geleend.", C, False),
            (f"{hx} gave {y} a loan.", f"{hx} gaf {y} een lening.", E, False),
            (
                f"{y} has already paid the loan back.",
                f"{y} heeft de lening al terugbetaald.",
                N,
                False,
            ),
        ]
    else:  # authorship of a proposal
        act = ctx.act()
        en, o = ctx.f(act.en), ctx.f(act.nl_obj)
        prem = {
            "en": f"{ctx.a} wrote the proposal to {en} and sent it to {ctx.b}.",
            "nl": f"{ctx.a} schreef het voorstel om {o} {act.nl_te} en stuurde het naar {ctx.b}.",
        }
        hyps = [
            (
                f"The proposal to {en} came from {ctx.ha}.",
                f"Het voorstel om {o} {act.nl_te} kwam van {ctx.ha}.",
                E,
                False,
            ),
            (
                f"The proposal to {en} came from {ctx.hb}.",
                f"Het voorstel om {o} {act.nl_te} kwam van {ctx.hb}.",
                C,
                False,
            ),
            (
                f"{ctx.hb} wrote the proposal to {en}.",
                f"{ctx.hb} schreef het voorstel om {o} {act.nl_te}.",
                C,
                False,
            ),
            (
                f"{ctx.hb} received a proposal from {ctx.ha}.",
                f"{ctx.hb} kreeg een voorstel van {ctx.ha}.",
                E,
                False,
            ),
            (
                f"{ctx.hb} approved the proposal to {en}.",
                f"{ctx.hb} keurde het voorstel om {o} {act.nl_te} goed.",
                N,
                False,
            ),
        ]
    return Frame("role", prem, hyps)  # fmt: skip


def t_exclusive(ctx: Ctx) -> Frame:
    r = ctx.rng
    act = ctx.act()
    g = cap(gerund(ctx.f(act.en)))
    inf_nl = f"{ctx.f(act.nl_obj)} {act.nl_inf}"
    kind = r.randrange(4)
    if kind == 0:
        prem = {
            "en": f"{g} is the only realistic option.",
            "nl": f"{cap(inf_nl)} is de enige realistische optie.",
        }
        hyps = [
            (
                f"There is no realistic alternative to {g[0].lower() + g[1:]}.",
                f"Er is geen realistisch alternatief voor {inf_nl}.",
                E,
                False,
            ),
            (
                f"{g} is just one option among several.",
                f"{cap(inf_nl)} is maar een van de mogelijkheden.",
                C,
                False,
            ),
            (
                f"There are other realistic options besides {g[0].lower() + g[1:]}.",
                f"Naast {inf_nl} zijn er andere realistische opties.",
                C,
                False,
            ),
            (f"{g} will be expensive.", f"{cap(inf_nl)} wordt duur.", N, False),
        ]
    elif kind == 1:
        prem = {
            "en": f"Only {ctx.a} can approve the contract with {ctx.org}.",
            "nl": f"Alleen {ctx.a} mag het contract met {ctx.org} goedkeuren.",
        }
        hyps = [
            (
                f"Nobody but {ctx.ha} can approve the contract with {ctx.org}.",
                f"Niemand behalve {ctx.ha} mag het contract met {ctx.org} goedkeuren.",
                E,
                False,
            ),
            (
                f"{ctx.hb} can also approve the contract with {ctx.org}.",
                f"{ctx.hb} mag het contract met {ctx.org} ook goedkeuren.",
                C,
                False,
            ),
            (
                f"{ctx.ha} will approve the contract with {ctx.org} next week.",
                f"{ctx.ha} keurt het contract met {ctx.org} volgende week goed.",
                N,
                False,
            ),
        ]
    elif kind == 2:
        n_en, n_nl = r.choice([("three", "drie"), ("four", "vier"), ("both", "beide")])
        unit_en, unit_nl = r.choice(
            [("plants", "fabrieken"), ("branches", "vestigingen"), ("schools", "scholen")]
        )
        all_en = "Both" if n_en == "both" else f"All {n_en}"
        all_nl = "Beide" if n_nl == "beide" else f"Alle {n_nl}"
        prem = {
            "en": f"{all_en} {unit_en} in {ctx.city} will stay open.",
            "nl": f"{all_nl} {unit_nl} in {ctx.city} blijven open.",
        }
        one = "One of the two" if n_en == "both" else f"One of the {n_en}"
        one_nl = "Een van de twee" if n_nl == "beide" else f"Een van de {n_nl}"
        hyps = [
            (
                f"None of the {unit_en} in {ctx.city} will close.",
                f"Geen van de {unit_nl} in {ctx.city} gaat dicht.",
                E,
                False,
            ),
            (
                f"{one} {unit_en} in {ctx.city} will close.",
                f"{one_nl} {unit_nl} in {ctx.city} gaat dicht.",
                C,
                False,
            ),
            (
                f"Some {unit_en} in {ctx.city} will close.",
                f"Sommige {unit_nl} in {ctx.city} gaan dicht.",
                C,
                False,
            ),
            (
                f"The {unit_en} in {ctx.city} will hire more staff.",
                f"De {unit_nl} in {ctx.city} nemen meer mensen aan.",
                N,
                False,
            ),
        ]
    else:
        prem = {
            "en": f"{ctx.a} was the only board member who voted against the plan.",
            "nl": f"{ctx.a} was het enige bestuurslid dat tegen het plan stemde.",
        }
        hyps = [
            (f"{ctx.ha} voted against the plan.", f"{ctx.ha} stemde tegen het plan.", E, False),
            (f"{ctx.ha} voted for the plan.", f"{ctx.ha} stemde voor het plan.", C, False),
            (
                f"{ctx.hb} also voted against the plan.",
                f"{ctx.hb} stemde ook tegen het plan.",
                C,
                False,
            ),
            (f"{ctx.ha} wrote the plan.", f"{ctx.ha} schreef het plan.", N, False),
        ]
    return Frame("exclusive", prem, hyps)  # fmt: skip


# (premise EN, NL; paraphrase EN, NL; opposite EN, NL; related EN, NL); {a} the writer
PARA4 = [
    ("{a} will fund the first year personally.", "{a} betaalt het eerste jaar zelf.",
     "{a} will personally pay for the first year.", "{a} financiert het eerste jaar persoonlijk.",
     "{a} will not put any private money into the first year.",
     "{a} steekt geen eigen geld in het eerste jaar.",
     "{a} will fund the second year too.", "{a} betaalt ook het tweede jaar."),
    ("We cannot afford to keep the branch in {city} open.",
     "We kunnen het filiaal in {city} niet openhouden, daar is geen geld voor.",
     "Keeping the branch in {city} open is too expensive.",
     "Het filiaal in {city} openhouden is te duur.",
     "There is enough money to keep the branch in {city} open.",
     "Er is genoeg geld om het filiaal in {city} open te houden.",
     "The branch in {city} is the oldest one.", "Het filiaal in {city} is het oudste."),
    ("{org} will take care of the compute, and we remain a research team inside it.",
     "{org} zorgt voor de rekenkracht en wij blijven een onderzoeksteam daarbinnen.",
     "{org} will provide the computing power.", "{org} levert de rekenkracht.",
     "The team will have to buy its own computing power.",
     "Het team moet zijn eigen rekenkracht kopen.",
     "{org} will hire ten more researchers.", "{org} neemt tien onderzoekers extra aan."),
    ("Without outside investors this project will never get off the ground.",
     "Zonder externe investeerders komt dit project nooit van de grond.",
     "The project needs outside investors to succeed.",
     "Het project heeft externe investeerders nodig om te slagen.",
     "The project can succeed without outside investors.",
     "Het project kan zonder externe investeerders slagen.",
     "The project has already found two investors.",
     "Het project heeft al twee investeerders gevonden."),
    ("I'd rather we kept the test results to ourselves for now.",
     "Ik houd de testresultaten liever nog even voor onszelf.",
     "{a} preferred not to release the test results yet.",
     "{a} wilde de testresultaten nog niet vrijgeven.",
     "{a} wanted the test results published right away.",
     "{a} wilde de testresultaten meteen publiceren.",
     "{a} thinks the test results are disappointing.",
     "{a} vindt de testresultaten tegenvallen."),
    ("The council will have the final say on the sale.",
     "De gemeenteraad beslist uiteindelijk over de verkoop.",
     "The sale needs the council's approval.", "Voor de verkoop is instemming van de raad nodig.",
     "The sale can go ahead without the council.", "De verkoop kan doorgaan zonder de raad.",
     "The council will discuss the sale in May.", "De raad bespreekt de verkoop in mei."),
    ("Count me out of the merger talks with {org}.",
     "Ik doe niet mee aan de fusiegesprekken met {org}.",
     "{a} will not take part in the merger talks with {org}.",
     "{a} neemt geen deel aan de fusiegesprekken met {org}.",
     "{a} will lead the merger talks with {org}.",
     "{a} leidt de fusiegesprekken met {org}.",
     "The merger talks with {org} start in June.", "De fusiegesprekken met {org} beginnen in juni."),
    ("The figures in the report were not checked by anyone.",
     "Niemand heeft de cijfers in het rapport gecontroleerd.",
     "The report's figures went unverified.", "De cijfers in het rapport zijn ongecontroleerd.",
     "An accountant verified the figures in the report.",
     "Een accountant heeft de cijfers in het rapport gecontroleerd.",
     "The report was published in March.", "Het rapport verscheen in maart."),
    ("{a} kept quiet about the losses until after the vote.",
     "{a} zweeg tot na de stemming over de verliezen.",
     "{a} did not mention the losses before the vote.",
     "{a} noemde de verliezen niet voor de stemming.",
     "{a} told everyone about the losses before the vote.",
     "{a} vertelde iedereen voor de stemming over de verliezen.",
     "The losses were larger than expected.", "De verliezen waren groter dan verwacht."),
    ("Let's hold off on hiring until the funding is in.",
     "Laten we pas mensen aannemen als het geld binnen is.",
     "Hiring should wait until the funding arrives.",
     "Het aannemen van mensen moet wachten tot de financiering er is.",
     "Hiring should start before the funding arrives.",
     "Er moeten al mensen worden aangenomen voordat het geld er is.",
     "The funding will come from {org}.", "Het geld komt van {org}."),
    ("The open in our name was never about publishing every line of code.",
     "Open in onze naam betekende nooit dat we elke regel code publiceren.",
     "Being open did not mean publishing all the code.",
     "Open zijn betekende niet dat alle code gepubliceerd wordt.",
     "Being open meant publishing all the code.",
     "Open zijn betekende dat alle code gepubliceerd wordt.",
     "The code is written in Python.", "De code is geschreven in Python."),
    ("{a} turned down the job at {org}.", "{a} heeft de baan bij {org} afgeslagen.",
     "{a} declined the position at {org}.", "{a} zei nee tegen de functie bij {org}.",
     "{a} accepted the job at {org}.", "{a} nam de baan bij {org} aan.",
     "{a} was offered a job at {org}.", "{a} kreeg een baan aangeboden bij {org}."),
]  # fmt: skip


def t_paraphrase4(ctx: Ctx) -> Frame:
    return v3.t_paraphrase(ctx, PARA4)


def install() -> None:
    """v3's generator with the new families: role and exclusive as categories, PARA4 drawn
    half of the time a paraphrase frame is."""
    base_para = v3.TEMPLATES["paraphrase"]

    def paraphrase(ctx: Ctx) -> Frame:
        return t_paraphrase4(ctx) if ctx.rng.random() < 0.5 else base_para(ctx)

    v3.TEMPLATES.update({"paraphrase": paraphrase, "role": t_role, "exclusive": t_exclusive})
    share = dict(v3.CAT_SHARE)
    share["related-neutral"] = 0.22
    share["paraphrase"] = 0.09
    share["negation"] = 0.075
    share["role"] = 0.07
    share["exclusive"] = 0.06
    total = sum(share.values())
    v3.CAT_SHARE.clear()
    v3.CAT_SHARE.update({k: v / total for k, v in share.items()})


def build(total: int = TOTAL) -> list[dict]:
    install()
    rng = random.Random(SEED)
    rows = v3.select(rng, v3.pool(rng, 12000), total)
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]


def main() -> None:
    rows = build()
    for r in rows:
        for name in v3.BANNED:
            assert name not in r["premise"] + r["hypothesis"], (name, r)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT.name}: {len(rows)} pairs")
    for key in ("frame", "label", "lang"):
        cnt = Counter(r[key] for r in rows)
        print(key, ", ".join(f"{k} {v} ({v / len(rows):.0%})" for k, v in sorted(cnt.items())))


if __name__ == "__main__":
    main()
