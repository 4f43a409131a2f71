"""Throughput of sentence splitting and language detection on typical mail prose.

Run: ``.venv/bin/python benchmarks/text_speed.py [--messages N]``

Prints sentences/s for :func:`onrecord.text.sentences.split_sentences` (one call per message
body) and for :func:`onrecord.text.lang.detect_langs` (one call per message, with the message's
language as hint, which is how ingest uses it), plus a few variants. Single-threaded.

:func:`~onrecord.text.lang.detect_message_langs` is also timed against its sequential reference
path (``reference=True``: a Python walk over every byte, the implementation before the
vectorised one), on the generated mail and, with ``--corpus DIR``, on the sentences of the
bodies of all messages under ``DIR`` (e.g. ``/work/shared/corpora/notmuch-corpora``).
"""

from __future__ import annotations

import argparse
import random
import textwrap
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from onrecord.text import lang
from onrecord.text.lang import detect_lang, detect_langs, detect_message_langs
from onrecord.text.sentences import split_sentences

_EN = [
    "Thanks for sending the draft over so quickly.",
    "I spoke with Mr. Smith and Dr. Jones from the U.S. office yesterday about the contract.",
    "They agreed to version 2.1 of the proposal, i.e. the one we circulated on Jan. 5.",
    "Could you check whether the figures in section 3.5 still match the invoice?",
    "The full report is at https://intranet.example.com/reports/q3.pdf for anyone interested.",
    "We need to sign before Friday, otherwise the discount expires.",
    "Please forward this to j.de.vries@example.nl, she handles the billing side.",
    "I am not sure that the legal team has seen the latest changes to clause No. 7.",
    "Let me know if you have any questions.",
    "Sounds good to me!",
    "As discussed, pens, paper, etc. will be ordered by the facilities team.",
    "The meeting has been moved to 3 p.m. on Thursday.",
]
_NL = [
    "Dhr. Jansen stuurde op 3 jan. de stukken o.a. naar art. 5 van het contract.",
    "Zie bijv. de bijlage voor de volledige tekst.",
    "Kun je nagaan of de bedragen in de offerte nog kloppen?",
    "Ik heb mevr. De Boer gisteren gebeld, maar zij was niet bereikbaar.",
    "De vergadering is verplaatst naar donderdag om 14.30 uur.",
    "Het rapport staat op https://intranet.example.nl/rapporten/q3.pdf ter inzage.",
    "Wij gaan akkoord met de voorgestelde wijzigingen, d.w.z. de versie van vorige week.",
    "Graag ontvang ik z.s.m. een reactie van jullie.",
    "Dat klopt, ik heb het nagekeken.",
    "Bedankt voor je snelle reactie!",
    "Mocht je nog vragen hebben, laat het gerust weten.",
    "De factuur van 1.250,00 euro is inmiddels voldaan.",
]


def make_messages(n: int, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        pool = _NL if rnd.random() < 0.5 else _EN
        greet = "Beste Piet," if pool is _NL else "Hi all,"
        close = "Met vriendelijke groet,\nJan" if pool is _NL else "Thanks,\nMark"
        paras = []
        for _ in range(3):
            sents = [rnd.choice(pool) for _ in range(rnd.randint(2, 4))]
            if rnd.random() < 0.15:  # an English sentence in a Dutch mail, or vice versa
                sents.append(rnd.choice(_EN if pool is _NL else _NL))
            paras.append(textwrap.fill(" ".join(sents), 72))
        out.append("\n\n".join([greet, *paras, close]) + "\n")
    return out


def bench_split(messages: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for m in messages:
        n += len(split_sentences(m))
    return time.perf_counter() - t0, n


def bench_lang(batches: list[tuple[list[str], str]]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for sents, hint in batches:
        n += len(detect_langs(sents, hint=hint))
    return time.perf_counter() - t0, n


def corpus_sentences(root: Path) -> list[list[str]]:
    """Sentences of the body of every message under ``root`` (files that parse as mail)."""
    from onrecord.mail.mime import parse_mail

    out = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        try:
            body = parse_mail(path.read_bytes()).body_text
        except Exception:  # not a message
            continue
        out.append([body[a:b] for a, b in split_sentences(body)])
    return out


def bench_message_langs(label: str, sents_per_msg: Sequence[Sequence[str]], repeat: int) -> None:
    """Best of ``repeat`` timings of detect_message_langs, fast and reference path."""

    def best(fn: Callable[[Sequence[str]], object]) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for sents in sents_per_msg:
                fn(sents)
            times.append(time.perf_counter() - t0)
        return min(times)

    fast = best(detect_message_langs)
    ref = best(lambda sents: lang._detect_message_langs(sents, reference=True))
    n = len(sents_per_msg)
    nsent = sum(map(len, sents_per_msg))
    print(
        f"detect_message_langs, {label} ({n} messages, {nsent} sentences): "
        f"{fast / n * 1e6:,.1f} us/message ({n / fast:,.0f} messages/s), reference path "
        f"{ref / n * 1e6:,.1f} us/message: {ref / fast:.2f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, help="also time detection on the mail under DIR")
    ap.add_argument("--repeat", type=int, default=3, help="best of N for the fast/ref timings")
    args = ap.parse_args()
    messages = make_messages(args.messages)
    detect_lang("warm up the model, load it once")  # model load is not part of the numbers
    split_sentences(messages[0])

    dt, n = bench_split(messages)
    print(
        f"split_sentences: {n / dt:>10,.0f} sentences/s  ({n} sentences, "
        f"{len(messages) / dt:,.0f} messages/s, {dt:.2f}s)"
    )

    sents_per_msg = [[m[a:b] for a, b in split_sentences(m)] for m in messages]
    t0 = time.perf_counter()
    hints = [detect_lang(m) for m in messages]
    dt_hint = time.perf_counter() - t0
    print(f"detect_lang (whole message, for the hint): {len(messages) / dt_hint:>8,.0f} messages/s")

    batches = list(zip(sents_per_msg, hints))
    dt, n = bench_lang(batches)
    print(f"detect_langs per message with hint: {n / dt:>10,.0f} sentences/s  ({n} sentences)")

    flat = [s for ss in sents_per_msg for s in ss]
    t0 = time.perf_counter()
    for i in range(0, len(flat), 2000):
        detect_langs(flat[i : i + 2000])
    dt = time.perf_counter() - t0
    print(f"detect_langs in batches of 2000:    {len(flat) / dt:>10,.0f} sentences/s")

    t0 = time.perf_counter()
    for m in messages:
        spans = split_sentences(m)
        detect_langs([m[a:b] for a, b in spans], hint=detect_lang(m))
    total = time.perf_counter() - t0
    print(f"split + detect_lang(body) + detect_langs:  {len(messages) / total:>8,.0f} messages/s")

    t0 = time.perf_counter()
    n = 0
    for m in messages:
        spans = split_sentences(m)
        n += len(detect_message_langs([m[a:b] for a, b in spans])[1])
    total = time.perf_counter() - t0
    print(
        f"split + detect_message_langs:            {len(messages) / total:>8,.0f} messages/s"
        f"  ({n / total:,.0f} sentences/s)"
    )

    bench_message_langs("generated mail", sents_per_msg, args.repeat)
    if args.corpus:
        bench_message_langs(str(args.corpus), corpus_sentences(args.corpus), args.repeat)


if __name__ == "__main__":
    main()
