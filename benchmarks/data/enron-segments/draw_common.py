"""What the round draws of the Enron labels share: the corpus's decoded bodies, the candidates
not labelled yet, and the round-robin over header-shape classes (``draw_round*.py``)."""

from __future__ import annotations

import json
import mailbox
import random
import re
from pathlib import Path

from onrecord.mail.analyze import reanalyze_mail

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[3] / "shared" / "corpora" / "enron-mbox"

Bodies = dict[str, tuple[str, str]]  # Message-ID -> (file, decoded body)


def norm(text: str) -> str:
    return " ".join(text.split())


def corpus_bodies() -> Bodies:
    """Every distinct Message-ID of the corpus (first file in sorted order) and its body."""
    bodies: Bodies = {}
    for path in sorted(CORPUS.glob("enron.*")):
        for msg in mailbox.mbox(str(path), create=False):
            mid = (msg["Message-ID"] or "").strip()
            if mid not in bodies:
                bodies[mid] = (path.name, reanalyze_mail(msg.as_bytes(), []).body_text)
    return bodies


def candidates(first_n: int, max_lines: int | None = None) -> tuple[Bodies, list[str]]:
    """(bodies, the eligible Message-IDs sorted): not one of the labels before ``first_n``, not
    the same body (whitespace aside) as one of them, not empty, at most ``max_lines`` lines."""
    bodies = corpus_bodies()
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text().splitlines() if x]
    done = {lab["message_id"] for lab in labels if lab["n"] < first_n}
    done_bodies = {norm(bodies[m][1]) for m in done}
    elig = sorted(
        mid
        for mid, (_, body) in bodies.items()
        if mid not in done
        and body.strip()
        and norm(body) not in done_bodies
        and (max_lines is None or len(body.splitlines()) <= max_lines)
    )
    return bodies, elig


def round_robin(
    bodies: Bodies,
    elig: list[str],
    classes: dict[str, re.Pattern[str]],
    rng: random.Random,
    per_class: int,
    max_lines: int | None = None,
) -> tuple[list[tuple[str, str]], set[str]]:
    """((Message-ID, its classes) drawn, the bodies taken): each class shuffled, messages taken
    round-robin, rarest class first, at most ``per_class`` from a class, skipping one with the
    body of one already taken."""
    hits: dict[str, list[str]] = {}
    for mid in elig:
        body = bodies[mid][1]
        if max_lines is None or len(body.splitlines()) <= max_lines:
            found = [c for c, rx in classes.items() if rx.search(body)]
            if found:
                hits[mid] = found
    order = sorted(classes, key=lambda c: sum(c in v for v in hits.values()))
    pools = {c: sorted(m for m, v in hits.items() if c in v) for c in order}
    for c in order:
        rng.shuffle(pools[c])
    picked: list[tuple[str, str]] = []
    seen: set[str] = set()
    taken = dict.fromkeys(order, 0)
    for _ in range(per_class):
        for c in order:
            pool = pools[c]
            while pool and norm(bodies[pool[0]][1]) in seen:
                pool.pop(0)
            if pool and taken[c] < per_class:
                mid = pool.pop(0)
                picked.append((mid, ",".join(hits[mid])))
                seen.add(norm(bodies[mid][1]))
                taken[c] += 1
    return picked, seen
