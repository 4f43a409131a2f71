"""Time resolve_identities on synthetic observations (default 200k distinct pairs).

Usage: .venv/bin/python benchmarks/identity_speed.py [N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import time

from onrecord.mail.identity import Observed, resolve_identities

FIRST = ["Marcus", "Jan", "Piet", "Anna", "Maria", "John", "Jane", "Travis", "Perry", "Konrad", "Nils", "Sue", "Chris", "Paul", "Eva", "Sanne", "Daan", "Lotte", "Emma", "Noah", "Liam", "Sofia", "Lucas", "Julia", "Thomas", "Sarah", "David", "Laura", "Peter", "Ingrid", "Willem", "Femke", "Joost", "Ilse", "Bram", "Noor", "Ruben", "Iris", "Sven", "Mila", "Hugo", "Olga", "Ravi", "Wei", "Yuki", "Ahmed", "Fatima", "Carlos", "Lucia", "Pierre", "Chloé", "Jürgen", "Zoë"]
SURNAMES = ["Vale", "Smith", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Oliphant", "Greenfield", "Hinsen", "Wagner", "Barker", "Dubois", "Giller", "Müller", "Schmidt", "García", "López", "Rossi", "Bianchi", "Nakamura", "Chen", "Wang", "Kumar", "Patel", "Novak", "Kowalski", "Andersson", "Nielsen", "Johansson", "Virtanen", "Ivanov", "Silva", "Santos", "Costa", "Murphy", "Kelly", "O'Brien", "Walsh"]
PARTICLES = ["", "", "", "", "de ", "van ", "van der ", "van den ", "ter "]
DOMAINS = [f"corp{i}.example" for i in range(3000)] + [
    "gmail.com",
    "hotmail.com",
    "yahoo.com",
    "outlook.com",
    "ziggo.nl",
]
ROLE_LOCALS = ["info", "noreply", "support", "sales", "office", "secretariaat", "admin"]


def _letters(i: int) -> str:
    out = ""
    while i:
        i, r = divmod(i, 26)
        out += "aeioubdfgklmnprstvz"[r % 19] if r < 19 else "aeiouy"[r % 6]
    return out


def synthesize(n: int, seed: int) -> list[Observed]:
    rnd = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    out: list[Observed] = []

    def add(email: str, name: str, count: int = 1, is_list: bool = False) -> None:
        if (email, name) not in seen:
            seen.add((email, name))
            out.append(Observed(email, name, count, is_list))

    pid = 0
    while len(out) < n:
        pid += 1
        r = rnd.random()
        if r < 0.04:  # role address, sometimes with a person-like name
            dom = rnd.choice(DOMAINS[:3000])
            add(f"{rnd.choice(ROLE_LOCALS)}@{dom}", rnd.choice(["", "Info", "Marcus Vale"]))
            continue
        if r < 0.05:  # list address rewriting senders
            lst = f"list{pid}@lists.project{pid % 500}.example"
            for _ in range(rnd.randint(1, 6)):
                add(lst, f"{rnd.choice(FIRST)} {rnd.choice(SURNAMES)} via list{pid}", is_list=True)
            continue
        first = rnd.choice(FIRST)
        sur = rnd.choice(PARTICLES) + rnd.choice(SURNAMES)
        tag = _letters(pid)  # keeps people distinct, like real-world rarer names
        full = f"{first} {sur}{tag}"
        last_token = (sur + tag).split()[-1].lower().replace("'", "")
        variants = [
            full,
            f"{sur}{tag}, {first}",
            f"{first[0]}. {sur}{tag}",
            full.lower(),
            f"Dr. {full}",
            "",
        ]
        for _ in range(rnd.randint(1, 4)):
            dom = rnd.choice(DOMAINS)
            local = rnd.choice(
                [
                    f"{first.lower()}.{last_token}",
                    f"{first[0].lower()}{last_token}",
                    f"{first.lower()}{pid % 100}",
                    last_token,
                ]
            )
            add(f"{local}@{dom}", rnd.choice(variants), rnd.randint(1, 50))
        if rnd.random() < 0.05:
            add("", rnd.choice(variants[:3]))
    return out[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    observed = synthesize(args.n, args.seed)
    start = time.perf_counter()
    identities = resolve_identities(observed)
    elapsed = time.perf_counter() - start
    roles = sum(i.is_role for i in identities)
    print(
        f"{len(observed)} observations -> {len(identities)} identities "
        f"({roles} role) in {elapsed:.2f} s"
    )


if __name__ == "__main__":
    main()
