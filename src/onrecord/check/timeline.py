"""A person's timeline: what they are on record for, in date order, and on a topic, where they
stood toward its main claim and when that flipped.

The record is that of :func:`onrecord.check.contradictions.record_of` (authored mail, documents
with them as author, endorsements dated at the assent). With a topic, only the statements near it
are kept (see :func:`onrecord.check.contradictions.on_topic`) and each is judged against the
topic's *main claim*: the topic text itself when it is a sentence (``CLAIM_WORDS`` words or
more), else the person's statement nearest to it. A stance is ``supports`` (entailment),
``contradicts`` (contradiction) or ``neutral``; the builtin judge over-calls contradiction, so a
stance other than neutral needs the judge's top label at ``STANCE_MIN`` or more.
``turning_points`` are the indices where the stance flips between supports and contradicts
(neutral entries in between are passed over).
"""

from __future__ import annotations

from typing import Any

from onrecord.check.contradictions import (
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
#: A supports/contradicts stance needs the judge's top probability to reach this.
STANCE_MIN = 0.5
#: Without a topic, at most this many entries (the most recent); None: all.
LIMIT = None


def stance_of(probs: dict[str, float]) -> tuple[str, float]:
    label = max(probs, key=lambda k: probs[k])
    if label == "entailment" and probs[label] >= STANCE_MIN:
        return "supports", probs[label]
    if label == "contradiction" and probs[label] >= STANCE_MIN:
        return "contradicts", probs[label]
    return "neutral", probs.get("neutral", 0.0)


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
    person: str,
    topic: str | None = None,
    *,
    judge: Judge | None = None,
    embedder: Embedder | None = None,
    limit: int | None = LIMIT,
) -> dict[str, Any]:
    """The person's statements in date order; with ``topic``, those on it, each with its stance
    toward the topic's main claim, and the turning points. Raises
    :class:`~onrecord.check.contradictions.PersonNotFound`."""
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
        judgments = judge.judge([(r.text, claim) for r in refs]) if refs else []
        for i, r, j in zip(chosen, refs, judgments, strict=True):
            stance, score = stance_of(j.probs)
            entries.append(
                {
                    **r.as_dict(),
                    "stance": stance,
                    "score": round(score, 4),
                    "similarity": round(sim_of[i], 4),
                    "probs": {k: round(v, 4) for k, v in j.probs.items()},
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
