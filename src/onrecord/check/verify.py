"""Check claims against the record: retrieve evidence, judge it, aggregate into a verdict.

For a claim about a person of the record (its subject), evidence comes first from that person's
own record: what they wrote (``own``) and what they endorsed with a short assent
(``endorsed``: the endorsed text, dated at the reply). What others wrote counts as ``reported``
evidence and is labelled so; for a claim about what the subject said, agreed, proposed or
wanted, mail the subject did not write is listed but never decides the verdict. The judge reads
each statement framed with its author ("Marcus Vale wrote: …", "Marcus Vale agreed with Ilse
Okafor: …"), so that who said it is part of what is judged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from onrecord.check.aggregate import Calibration, Scored, decide
from onrecord.check.claims import ABOUT_SPEECH, Claim
from onrecord.index.fulltext import fts_query
from onrecord.index.hybrid import EMBED_BUDGET, Hit, retrieve
from onrecord.models.base import Embedder, Judge, Judgment
from onrecord.record.store import Store

OWN, ENDORSED, REPORTED = "own", "endorsed", "reported"
#: How much reported evidence counts, by claim kind (speech claims: not at all).
REPORTED_WEIGHT = {ABOUT_SPEECH: 0.0, "fact": 0.8}
#: For a claim about a person, statements embedded on the spot (at most) by the search of what
#: others wrote (the person's own record gets ``hybrid.EMBED_BUDGET``).
REPORTED_EMBED_BUDGET = 8


@dataclass
class Evidence:
    relation: str  # own | endorsed | reported
    hit: Hit
    premise: str
    judgment: Judgment | None = None
    weight: float = 1.0

    @property
    def stance(self) -> str:
        if self.judgment is None:
            return "neutral"
        return {"entailment": "supports", "contradiction": "contradicts"}.get(
            self.judgment.label, "neutral"
        )

    @property
    def strength(self) -> float:
        if self.judgment is None:
            return 0.0
        p = self.judgment.probs
        return max(p.get("entailment", 0.0), p.get("contradiction", 0.0))


@dataclass
class Verdict:
    claim: Claim
    subject: dict[str, Any] | None
    verdict: str
    confidence: float
    judge: str
    evidence: list[Evidence] = field(default_factory=list)

    def as_dict(self, store: Store) -> dict[str, Any]:
        return {
            "claim": self.claim.text,
            "original": self.claim.original,
            "lang": self.claim.lang,
            "claimant": self.claim.claimant,
            "kind": self.claim.kind,
            "subject": self.subject,
            "verdict": self.verdict,
            "confidence": self.confidence,
            "judge": self.judge,
            "evidence": [_evidence_dict(store, e) for e in self.evidence],
        }


def _evidence_dict(store: Store, e: Evidence) -> dict[str, Any]:
    h = e.hit
    sources = store.sources_of(h.message)
    src = sources[0] if sources else None
    endorses = h.via_endorsement.as_dict() if h.via_endorsement else None
    probs = e.judgment.probs if e.judgment else {}
    return {
        "stance": e.stance,
        "score": round(e.strength, 4),
        "probs": {k: round(v, 4) for k, v in probs.items()},
        "relation": e.relation,
        "statement": h.text,
        "author": {"name": h.author_name, "email": h.author_email},
        "date": h.date,
        "message_id": h.message_id,
        "message": h.message,
        "source": f"{src['path']}#{src['locator']}" if src else None,
        "span": list(h.span),
        "endorses": endorses,
    }


def resolve_subject(store: Store, name: str | None) -> dict[str, Any] | None:
    """The person of the record a name in a claim refers to: an exact full name, else a unique
    surname or name-token match among persons (role addresses excluded)."""
    if not name:
        return None
    wanted = name.strip().lower()
    persons = [p for p in store.find_person(wanted) if not p["is_role"]]
    if not persons:
        token = wanted.split()[-1]
        persons = [p for p in store.find_person(token) if not p["is_role"]]
    exact = [p for p in persons if p["name"].lower() == wanted]
    if len(exact) == 1:
        return exact[0]
    tokens = set(wanted.split())
    close = [p for p in persons if tokens <= set(p["name"].lower().replace(",", " ").split())]
    if len(close) == 1:
        return close[0]
    return persons[0] if len(persons) == 1 else None


def person_names(store: Store) -> list[str]:
    return [p["name"] for p in store.persons() if not p["is_role"]]


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _when(hit: Hit) -> str:
    """ "On 13 Jan 2016, " in the writer's own time zone, or "" for an undated statement: the
    date is part of the evidence (a claim says "in 2016"; a later denial is not the act)."""
    if not hit.date:
        return ""
    try:
        dt = datetime.fromisoformat(hit.date.replace("Z", "+00:00"))
    except ValueError:
        return ""
    dt += timedelta(minutes=hit.date_offset or 0)
    return f"On {dt.day} {_MONTHS[dt.month - 1]} {dt.year}, "


def _frame(hit: Hit, relation: str) -> str:
    """The premise the judge reads: who wrote or endorsed the text, and when."""
    who = hit.author_name or hit.author_email or "Someone"
    if relation == ENDORSED and hit.via_endorsement is not None:
        e = hit.via_endorsement
        source = e.author_name or e.author_email or "a message"
        verb = "agreed with" if e.stance == "agree" else "disagreed with"
        return f"{_when(hit)}{who} {verb} {source}: {e.text}"
    return f"{_when(hit)}{who} wrote: {hit.text}"


def gather(
    store: Store,
    claim: Claim,
    subject: dict[str, Any] | None,
    embedder: Embedder | None,
    k: int,
) -> list[Evidence]:
    """The top evidence: the subject's own record first, then what others wrote. A claim is
    never its own evidence: statements of the document it was taken from, and statements that
    merely repeat it, are left out."""
    evidence: list[Evidence] = []
    seen: set[int] = set(_self_evidence(store, claim))
    if subject:
        own = retrieve(
            store,
            claim.text,
            embedder=embedder,
            emails=subject["emails"],
            names=subject["names"] or [subject["name"]],
            k=k,
        )
        for hit in own:
            if hit.statement_id in seen:
                continue
            relation = ENDORSED if hit.via_endorsement is not None else OWN
            evidence.append(Evidence(relation, hit, _frame(hit, relation)))
            seen.add(hit.statement_id)
    weight = REPORTED_WEIGHT.get(claim.kind, 0.8) if subject else 1.0
    # the on-demand embedding budget goes where the evidence counts: to the subject's own
    # record; what others wrote is reranked with the vectors already stored plus a few
    budget = REPORTED_EMBED_BUDGET if subject else EMBED_BUDGET
    others = retrieve(store, claim.text, embedder=embedder, k=k + len(seen), embed_budget=budget)
    own_emails = set(subject["emails"]) if subject else set()
    for hit in others:
        if hit.statement_id in seen or len(evidence) >= 2 * k:
            continue
        if hit.author_email and hit.author_email in own_emails:
            continue
        relation = REPORTED if subject else OWN
        evidence.append(Evidence(relation, hit, _frame(hit, relation), weight=weight))
    return evidence


def default_calibration(judge: Judge) -> Calibration | None:
    """The calibration shipped with the builtin judge's weights (fitted on its dev split)."""
    if not judge.name.startswith("builtin/"):
        return None
    from onrecord.models.judges.builtin import WEIGHTS_DIR

    path = WEIGHTS_DIR / "calibration.json"
    return Calibration.load(path) if path.is_file() else None


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _self_evidence(store: Store, claim: Claim) -> list[int]:
    """Statement ids that are the claim itself: from its source file, or with its very words."""
    ids: list[int] = []
    if claim.source and claim.source != "argument":
        path = str(Path(claim.source).resolve())
        ids += [
            r[0]
            for r in store.db.execute(
                "SELECT st.id FROM statements st JOIN items i ON i.message = st.message "
                "JOIN sources s ON s.id = i.source_id WHERE s.path = ?",
                (path,),
            )
        ]
    words = {_norm(claim.text), _norm(claim.original)}
    ids += [
        r[0]
        for r in store.db.execute(
            "SELECT rowid, text FROM statements_fts WHERE statements_fts MATCH ?",
            (fts_query(claim.text, "and") or '""',),
        )
        if _norm(r[1]) in words
    ]
    return ids


#: Claims whose evidence is judged in one judge call (pairs of many claims batch better: the
#: judge sorts all pairs by length, so padding stays small and batches stay full).
JUDGE_CLAIMS = 64


def check_claims(
    store: Store,
    claims: Sequence[Claim],
    *,
    judge: Judge,
    embedder: Embedder | None,
    calibration: Calibration | None = None,
    k: int = 8,
    judge_claims: int = JUDGE_CLAIMS,
) -> list[Verdict]:
    """A verdict per claim, in order. Evidence is gathered claim by claim, and judged
    ``judge_claims`` claims at a time in one call (the same judgments as one call per claim)."""
    calibration = calibration or default_calibration(judge)
    verdicts: list[Verdict] = []
    step = max(1, judge_claims)
    for at in range(0, len(claims), step):
        group = claims[at : at + step]
        gathered = []
        for claim in group:
            subject = resolve_subject(store, claim.subject)
            gathered.append((claim, subject, gather(store, claim, subject, embedder, k)))
        pairs = [(e.premise, claim.text) for claim, _, evidence in gathered for e in evidence]
        judged = judge.judge(pairs) if pairs else []
        if len(judged) != len(pairs):
            raise ValueError(
                f"judge {judge.name} returned {len(judged)} judgments for {len(pairs)} pairs"
            )
        judgments = iter(judged)
        for claim, subject, evidence in gathered:
            for e in evidence:
                e.judgment = next(judgments)
            verdicts.append(_verdict(claim, subject, evidence, judge.name, calibration))
    return verdicts


def _verdict(
    claim: Claim,
    subject: dict[str, Any] | None,
    evidence: list[Evidence],
    judge_name: str,
    calibration: Calibration | None,
) -> Verdict:
    scored = [
        Scored(
            e.judgment.probs.get("entailment", 0.0),
            e.judgment.probs.get("neutral", 0.0),
            e.judgment.probs.get("contradiction", 0.0),
            e.weight,
        )
        for e in evidence
        if e.judgment
    ]
    verdict, confidence, _ = decide(scored, calibration)
    evidence.sort(key=lambda e: (-(e.strength * (e.weight or 0.1)), e.hit.statement_id))
    return Verdict(
        claim=claim,
        subject=_subject_dict(subject, claim.subject),
        verdict=verdict,
        confidence=confidence,
        judge=judge_name,
        evidence=evidence,
    )


def _subject_dict(person: dict[str, Any] | None, name: str | None) -> dict[str, Any] | None:
    if person is None:
        return {"name": name, "person": None} if name else None
    return {
        "name": name,
        "person": {"id": person["id"], "name": person["name"], "emails": person["emails"]},
    }
