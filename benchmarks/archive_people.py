"""Synthetic people for ``generate_archive.py``: names with variants, several addresses each,
role addresses, time zones."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# ------------------------------------------------------------------------------ people


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Marcus Anna Peter Sofia James Maria David Laura Thomas Elena Michael Julia Daniel Sarah Jan "
    "Eva Lukas Nina Ahmed Fatima Wei Mei Hiroshi Yuki Pierre Claire Giovanni Chiara Lars Ingrid "
    "Pablo Lucia Igor Olga Rahul Priya Kwame Amara Sean Aoife Mateusz Zofia Johan Astrid Omar "
    "Leila Chen Ling Robert Linda William Emma Richard Olivia Joseph Ava Charles Mia Mark Grace "
    "Paul Hannah Steven Alice Andrew Chloe Kevin Ella Brian Lily George Ruth Edward Helen Ronald "
    "Diane Timothy Joyce Jason Carol Jeffrey Ruth Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas "
    "Amy Eric Shirley Jonathan Angela Stephen Anna Larry Brenda Justin Pamela Scott Nicole Frank "
    "Samantha Benjamin Katherine Gregory Christine Samuel Debra Raymond Rachel Patrick Carolyn "
    "Alexander Janet Jack Virginia Dennis Maria Jerry Heather Tyler Diane Aaron Julie Jose Joyce "
    "Adam Victoria Henry Kelly Nathan Christina Douglas Lauren Zachary Joan Kyle Evelyn Noah Olivia"
)
FIRST_INTL = _words("Søren Zoë José Łukasz Björn Renée François Jürgen Ólafur Çağla Dvořák Noémie")
LAST = _words(
    "Vale Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
    "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen "
    "Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Müller "
    "Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Rossi Russo Ferrari "
    "Esposito Bianchi Romano Colombo Ricci Dubois Durand Lefebvre Moreau Laurent Simon Michel "
    "Jansen Visser Smit Bakker Janssen Kowalski Nowak Wiśniewski Ivanov Petrov Sokolov Kuznetsov "
    "Tanaka Suzuki Takahashi Watanabe Wang Zhang Liu Chen Yang Huang Zhao Kim Park Choi Singh "
    "Kumar Sharma Patel Gupta Okafor Mensah Osei Haddad Nasser Khalil O'Brien Murphy Kelly "
    "Walsh Byrne Ryan Andersen Nielsen Hansen Pedersen Larsen Johansson Karlsson Nilsson Eriksson "
    "Lindqvist Virtanen Korhonen Novák Horvath Nagy Popescu Ionescu Papadopoulos Silva Santos "
    "Ferreira Pereira Oliveira Costa Almeida Toftgård Núñez Çelik Yılmaz Kaya Demir Şahin"
)
DOMAIN_WORDS = _words(
    "north wind lumen acme vertex harbor cedar quartz nimbus orbit pioneer summit delta "
    "atlas beacon crest ember falcon granite horizon iris juniper keystone lattice meridian "
    "nova opal prairie quill riverside sterling tidal umber vista willow zenith arc bolt"
)
FREEMAIL = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "gmx.de",
    "web.de",
    "mail.ru",
    "proton.me",
    "fastmail.fm",
    "yahoo.co.uk",
    "orange.fr",
    "qq.com",
    "icloud.com",
)
TLDS = (".com", ".org", ".net", ".io", ".de", ".co.uk", ".fr", ".nl", ".edu", ".eu")
ROLES = (
    "info",
    "noreply",
    "no-reply",
    "support",
    "admin",
    "sales",
    "billing",
    "notifications",
    "postmaster",
    "hr",
    "office",
    "press",
    "contact",
    "team",
    "security",
    "jobs",
)
TZ_MINUTES = (
    -480,
    -420,
    -360,
    -300,
    -240,
    -180,
    0,
    0,
    0,
    60,
    60,
    60,
    120,
    120,
    180,
    330,
    480,
    540,
    600,
    720,
    -300,
    -300,
    60,
    -480,
    0,
    60,
    120,
    345,
    -210,
)
TZ_NAMES = {
    -480: "PST",
    -420: "MST",
    -360: "CST",
    -300: "EST",
    0: "GMT",
    60: "CET",
    120: "EET",
    540: "JST",
}


@dataclass
class Person:
    first: str
    last: str
    addresses: list[str]
    tz: int  # minutes east of UTC
    title: str
    company: str
    role: bool = False

    def display(self, rng: random.Random) -> str:
        """One of the ways a mail client writes this person's name (may be empty)."""
        if self.role:
            return rng.choice((f"{self.company} {self.first}", self.company, ""))
        r = rng.random()
        if r < 0.55:
            return f"{self.first} {self.last}"
        if r < 0.65:
            return f"{self.last}, {self.first}"
        if r < 0.73:
            return f"{self.first[0]}. {self.last}"
        if r < 0.78:
            return f"{self.last.upper()} {self.first}"
        if r < 0.83:
            return self.first
        if r < 0.87:
            return f"{self.first.lower()} {self.last.lower()}"
        if r < 0.90:
            return f"{self.first} {self.last} ({self.company})"
        return ""


def _ascii(s: str) -> str:
    table = str.maketrans(
        "øöóòôõåäáàâãéèêëíìîïúùûüñçłśćżźšžčřďťňğışœæÿýŁŚÖÜÄÓÉÇŞ",
        "ooooooaaaaaaeeeeiiiiuuuunclsczzszcrdtngisoeyyLSOUAOECS",
    )
    return re.sub(r"[^a-z0-9.-]", "", s.translate(table).lower())


def make_people(rng: random.Random, count: int) -> tuple[list[Person], list[float]]:
    companies = []
    for _ in range(max(40, count // 25)):
        name = rng.choice(DOMAIN_WORDS) + rng.choice(("", "-", "")) + rng.choice(DOMAIN_WORDS)
        companies.append((name.replace("-", " ").title().replace(" ", ""), name + rng.choice(TLDS)))
    titles = (
        "Engineer",
        "Senior Engineer",
        "Project Manager",
        "Director",
        "Analyst",
        "Consultant",
        "Researcher",
        "CTO",
        "Head of Operations",
        "Legal Counsel",
        "Accountant",
        "Student",
        "Maintainer",
        "Product Owner",
        "Press Officer",
        "Chair",
    )
    people: list[Person] = []
    seen_first_last: set[tuple[str, str]] = set()
    for i in range(count):
        company, domain = rng.choice(companies)
        if i % 30 == 29:  # a role address
            role = rng.choice(ROLES)
            people.append(
                Person(
                    role.title(),
                    "",
                    [f"{role}@{domain}"],
                    rng.choice(TZ_MINUTES),
                    "",
                    company,
                    role=True,
                )
            )
            continue
        while True:
            first = rng.choice(FIRST_INTL) if rng.random() < 0.04 else rng.choice(FIRST)
            last = rng.choice(LAST)
            if (first, last) not in seen_first_last or rng.random() < 0.02:  # a few namesakes
                seen_first_last.add((first, last))
                break
        f, la = _ascii(first), _ascii(last)
        cands = [
            f"{f}.{la}@{domain}",
            f"{f[0]}{la}@{domain}",
            f"{f}@{domain}",
            f"{f}.{la}{rng.randint(1, 99)}@{rng.choice(FREEMAIL)}",
            f"{f}{la[:3]}@{rng.choice(FREEMAIL)}",
            f"{la}.{f}@{rng.choice(companies)[1]}",
            f"{f[0]}.{la}@{rng.choice(DOMAIN_WORDS)}.edu",
        ]
        n = 1 + min(3, int(rng.expovariate(0.9)))
        addrs = [cands[0] if rng.random() < 0.6 else rng.choice(cands)]
        while len(addrs) < n:
            a = rng.choice(cands)
            if a not in addrs:
                addrs.append(a)
        people.append(
            Person(first, last, addrs, rng.choice(TZ_MINUTES), rng.choice(titles), company)
        )
    # activity: Zipf-like, a few people write most of the mail
    weights = [1.0 / (rank + 3) ** 0.9 for rank in range(count)]
    rng.shuffle(weights)
    cum: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    return people, cum
