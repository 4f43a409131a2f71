"""How the round-4 messages (labels n = 368-447) were drawn; kept to reproduce the draw.

    PYTHONPATH=src .venv/bin/python benchmarks/data/enron-segments/draw_round4.py

Every distinct Message-ID of ``../shared/corpora/enron-mbox`` (first file in sorted order) whose
decoded body has at most 150 lines, is not one of the 368 earlier labels and is not the same body
(whitespace aside) as one of them, is put in each class below whose pattern its body matches.
Each class is shuffled (``random.Random(1404)``); messages are taken round-robin over the classes,
rarest class first, skipping a message already taken or with the body of one already taken,
until 80 are drawn. The bodies were then labelled by reading them, before the segmenter was run.
"""

import json
import random
import re

from draw_common import HERE, corpus_bodies, norm

M = re.M | re.I
CLASSES = {
    "outlook": re.compile(r"-{3,}\s*Original Message\s*-{3,}[^\n]*\n[ \t]*From:.*\n[ \t]*Sent:", M),
    "notes_wrapped_to": re.compile(
        r"^[ \t]*(?:To|cc):[^\n]*\n[^:\n]+\n(?:[^\n]*\n)?[ \t]*(?:cc|Subject):", M
    ),
    "name_at_on": re.compile(r"^[ \t]*\S[^:\n]*@\S+ on \d{1,2}/\d{1,2}/\d{2,4}", M),
    "from_on": re.compile(r"^[ \t]*From:\s*.+ on \d{1,2}/\d{1,2}/\d{2,4}", M),
    "fwd_by": re.compile(r"Forwarded by", M),
    "date_hdr": re.compile(r"^[ \t]*>?[ \t]*Date\s*:", M),
    "importance": re.compile(r"^[ \t]*>?[ \t]*Importance\s*:", M),
    "bcc": re.compile(r"^[ \t]*>?[ \t]*bcc\s*:", M),
    "rfc822": re.compile(
        r"^(Received|Message-ID|Return-Path|X-Mailer|Content-Type|MIME-Version):", M
    ),
    "foreign": re.compile(
        r"^[ \t]*>?[ \t]*(Von|Envoy.|Objet|Betreff|Gesendet|Van|Verzonden|Onderwerp|Asunto"
        r"|Enviado|Destinataire)\s*:",
        M,
    ),
}


def main() -> None:
    bodies = corpus_bodies()
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text().splitlines() if x]
    done = {lab["message_id"] for lab in labels if lab["n"] < 368}
    done_bodies = {norm(bodies[m][1]) for m in done}
    elig: dict[str, list[str]] = {}
    for mid, (_, body) in bodies.items():
        if mid in done or norm(body) in done_bodies or not body.strip():
            continue
        if len(body.splitlines()) > 150:
            continue
        hits = [c for c, rx in CLASSES.items() if rx.search(body)]
        if hits:
            elig[mid] = hits
    order = sorted(CLASSES, key=lambda c: sum(c in v for v in elig.values()))
    rng = random.Random(1404)
    pools = {c: sorted(m for m, v in elig.items() if c in v) for c in order}
    for c in order:
        rng.shuffle(pools[c])
    picked: list[str] = []
    seen: set[str] = set()
    while len(picked) < 80:
        for c in order:
            pool = pools[c]
            while pool and (pool[0] in picked or norm(bodies[pool[0]][1]) in seen):
                pool.pop(0)
            if pool and len(picked) < 80:
                picked.append(pool.pop(0))
                seen.add(norm(bodies[picked[-1]][1]))
    for i, mid in enumerate(picked):
        print(368 + i, mid, bodies[mid][0], ",".join(elig[mid]))


if __name__ == "__main__":
    main()
