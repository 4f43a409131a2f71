"""A person's timeline: what they are on record for, in date order, and on a topic, where they
stood toward its main claim and when that flipped.

The record is that of :func:`onrecord.check.contradictions.find.record_of` (authored mail, documents
with them as author, endorsements dated at the assent), less what cannot take a stance
(:func:`onrecord.check.contradictions.find.eligible`: questions, headings, fragments and mail chatter
such as greetings, thanks and scheduling). With a topic, only the statements near it
are kept (see :func:`onrecord.check.contradictions.find.on_topic`) and each is judged against the
topic's *main claim*: the topic text itself when it is a sentence (``CLAIM_WORDS`` words or
more), else the person's statement nearest to it. A stance is ``supports``, ``contradicts`` or
``neutral``, from the judge reading each statement against the claim both ways (see
:func:`stance_of`: the builtin judge over-calls contradiction from statement to claim).
``turning_points`` are the indices where the stance flips between supports and contradicts
(neutral entries in between are passed over).
"""

from __future__ import annotations

from typing import Any

from onrecord.check.contradictions.find import (
    _defaults,
    eligible,
    embed_refs,
    on_topic,
    person_dict,
    record_of,
    resolve_person,
    with_sources,
)
from onrecord.models.base import Embedder, Judge
from onrecord.record.store import Store

#: A topic of this many words or more is itself the claim that stances are judged against.
CLAIM_WORDS = 4
#: A supports stance needs the judge's entailment probability to reach this...
STANCE_MIN = 0.5
#: ... and a contradiction seen only from the statement to the claim this (the builtin judge
#: calls many a related but compatible statement contradictory in that direction).
STRONG = 0.85
#: Without a topic, at most this many entries (the most recent); None: all.
LIMIT = None


def stance_of(forward: dict[str, float], backward: dict[str, float]) -> tuple[str, float]:
    """The stance of a statement toward the claim from the judge's probabilities both ways
    (``forward``: statement -> claim, ``backward``: claim -> statement). Contradiction when it is
    the top label backward, or forward at ``STRONG`` or more; support when entailment is the
    top label forward (at ``STANCE_MIN`` or more) and backward is not contradiction."""

    def top(p: dict[str, float]) -> str:
        return max(p, key=lambda k: p[k])

    if top(backward) == "contradiction":
        return "contradicts", max(backward["contradiction"], forward["contradiction"])
    if top(forward) == "contradiction" and forward["contradiction"] >= STRONG:
        return "contradicts", forward["contradiction"]
    if top(forward) == "entailment" and forward["entailment"] >= STANCE_MIN:
        return "supports", forward["entailment"]
    return "neutral", forward["neutral"]


def turning_points(stances: list[str]) -> list[int]:
    """Indices where the stance flips between supports and contradicts."""
    out, last = [], None
    for i, s in enumerate(stances):
        if s not in ("supports", "contradicts"):
            continue
        if last is not None and s != last:
            out.append(i)
        last = s
    return out


def timeline(
    store: Store,
    person: str | int,
    topic: str | None = None,
    *,
    judge: Judge | None = None,
    embedder: Embedder | None = None,
    limit: int | None = LIMIT,
) -> dict[str, Any]:
    """The person's statements in date order; with ``topic``, those on it, each with its stance
    toward the topic's main claim, and the turning points. Raises
    :class:`~onrecord.check.contradictions.find.PersonNotFound`."""
    p = resolve_person(store, person)
    refs = [r for r in record_of(store, p) if eligible(r)]
    claim = None
    claim_from = None
    entries: list[dict[str, Any]] = []
    judge_name = None
    if topic:
        judge, embedder = _defaults(judge, embedder)
        judge_name = judge.name
        vecs = embed_refs(store, embedder, refs)
        keep, sims = on_topic(embedder, vecs, topic)
        sim_of = dict(zip(keep.tolist(), sims.tolist(), strict=True))
        if len(topic.split()) >= CLAIM_WORDS or not len(keep):
            claim, claim_from = topic.strip(), "topic"
        else:
            claim, claim_from = refs[int(keep[0])].text, "nearest statement"
        chosen = sorted(sim_of)  # date order
        refs = [refs[i] for i in chosen]
        todo = [(r.text, claim) for r in refs] + [(claim, r.text) for r in refs]
        judgments = judge.judge(todo) if refs else []
        forward, backward = judgments[: len(refs)], judgments[len(refs) :]
        for i, r, j, jb in zip(chosen, refs, forward, backward, strict=True):
            stance, score = stance_of(j.probs, jb.probs)
            entries.append(
                {
                    **r.as_dict(),
                    "stance": stance,
                    "score": round(score, 4),
                    "similarity": round(sim_of[i], 4),
                    "probs": {
                        "statement->claim": {k: round(v, 4) for k, v in j.probs.items()},
                        "claim->statement": {k: round(v, 4) for k, v in jb.probs.items()},
                    },
                }
            )
    else:
        if limit is not None:
            refs = refs[-limit:]
        entries = [r.as_dict() for r in refs]
    with_sources(store, refs)
    for e, r in zip(entries, refs, strict=True):
        e["source"] = r.source
    stances = [e.get("stance", "neutral") for e in entries]
    return {
        "person": person_dict(p),
        "topic": topic,
        "claim": claim,
        "claim_from": claim_from,
        "judge": judge_name,
        "statements": entries,
        "turning_points": turning_points(stances) if topic else [],
        "stats": {
            "statements": len(entries),
            "supports": stances.count("supports"),
            "contradicts": stances.count("contradicts"),
            "neutral": stances.count("neutral") if topic else None,
        },
    }
