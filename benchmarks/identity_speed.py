"""Time resolve_identities on synthetic observations (default 200k distinct pairs).

Usage: .venv/bin/python benchmarks/identity_speed.py [N] [--seed S]
"""

from __future__ import annotations

import argparse
import random
import time

from onrecord.mail.identity import Observed, resolve_identities

FIRST = [
    "Marcus",
    "Jan",
    "Piet",
    "Anna",
    "Maria",
    "John",
    "Jane",
    "Travis",
    "Perry",
    "Konrad",
    "Nils",
    "Sue",
    "Chris",
    "Paul",
    "Eva",
    "Sanne",
    "Daan",
    "Lotte",
    "Emma",
    "Noah",
    "Liam",
    "Sofia",
    "Lucas",
    "Julia",
    "Thomas",
    "Sarah",
    "David",
    "Laura",
    "Peter",
    "Ingrid",
    "Willem",
    "Femke",
    "Joost",
    "Ilse",
    "Bram",
    "Noor",
    "Ruben",
    "Iris",
    "Sven",
    "Mila",
    "Hugo",
    "Olga",
    "Ravi",
    "Wei",
    "Yuki",
    "Ahmed",
    "Fatima",
    "Carlos",
    "Lucia",
    "Pierre",
    "Chloé",
    "Jürgen",
    "Zoë",
]
SURNAMES = [
    "Vale",
    "Smith",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Brouwer",
    "Oliphant",
    "Greenfield",
    "Hinsen",
    "Wagner",
    "Barker",
    "Dubois",
    "Giller",
    "Müller",
    "Schmidt",
    "García",
    "López",
    "Rossi",
    "Bianchi",
    "Nakamura",
    "Chen",
    "Wang",
    "Kumar",
    "Patel",
    "Novak",
    "Kowalski",
    "Andersson",
    "Nielsen",
    "Johansson",
    "Virtanen",
    "Ivanov",
    "Silva",
    "Santos",
    "Costa",
    "Murphy",
    "Kelly",
    "O'Brien",
    "Walsh",
]
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
        out += "abcdefghijklmnopqrstuvwxyz"[r]
    return out


def synthesize(n: int, seed: int) -> tuple[list[Observed], dict[str, int]]:
    """Return observations and the true person id of each person address."""
    rnd = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    out: list[Observed] = []
    owner: dict[str, int] = {}

    def add(email: str, name: str, count: int = 1, is_list: bool = False, who: int = 0) -> None:
        if (email, name) not in seen:
            seen.add((email, name))
            out.append(Observed(email, name, count, is_list))
            if who and email:
                owner.setdefault(email, who)

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
        # Most people get a rarer surname; one in five shares a common one with others.
        tag = _letters(pid) if rnd.random() < 0.8 else ""
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
                    f"{first.lower()}{pid}",
                    last_token,
                ]
            )
            add(f"{local}@{dom}", rnd.choice(variants), rnd.randint(1, 50), who=pid)
        if rnd.random() < 0.05:
            add("", rnd.choice(variants[:3]))
    return out[:n], owner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    observed, owner = synthesize(args.n, args.seed)
    start, cpu_start = time.perf_counter(), time.process_time()
    identities = resolve_identities(observed)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    roles = sum(i.is_role for i in identities)
    # Sanity: identities whose addresses belong to more than one synthetic person. Expected
    # only for people who share a common first name + surname (indistinguishable by name).
    mixed = sum(len({owner[e] for e in i.emails if e in owner}) > 1 for i in identities)
    print(
        f"{len(observed)} observations -> {len(identities)} identities "
        f"({roles} role, {mixed} mixing >1 synthetic person) "
        f"in {elapsed:.2f} s wall, {cpu:.2f} s CPU"
    )


if __name__ == "__main__":
    main()
