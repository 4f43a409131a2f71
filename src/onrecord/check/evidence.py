"""The evidence policy: what a retrieved statement is to a claim, what the judge reads of it,
and how much it may count.

A journalist's rules, in order:

1. **What a person wrote or endorsed at the time decides** a claim about that person: their own
   mail (``own``) and the texts they endorsed with a bare "Yup"/"Akkoord" (``endorsed``, dated
   at the reply) count fully.
2. **A later account never decides a claim about the person's own conduct.** What the same
   person asserts in a document (a complaint, an interview, an op-ed: ``account``) is listed,
   but for a claim about what they said, agreed, proposed or wanted it weighs nothing, and for
   other claims it weighs little: contemporaneous mail outweighs it.
3. **What others wrote is reported**, never decisive for a claim about someone's speech, and
   discounted for a claim of fact (``reported``); documents by others weigh less than mail.
4. **A claim is not its own evidence.** Statements of the document the claim was taken from,
   and near-verbatim restatements of the claim in documents, are the claim's ``source``: shown
   as such, never judged.
5. **The judge reads content, not frames.** The claim's speech frame is taken off
   (:mod:`onrecord.check.frames`) and a negated frame ("never said that S") turns evidence for
   S into evidence against the claim; a statement's first person becomes its writer's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from onrecord.check.claims import ABOUT_SPEECH, Claim
from onrecord.check.frames import Framed, align_first_person
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment

OWN, ENDORSED, ACCOUNT, REPORTED, SOURCE = "own", "endorsed", "account", "reported", "source"
MAIL, DOCUMENT = "mail", "document"

#: weight of a piece of evidence by (relation, message kind) and claim kind: what it may
#: decide. 0 = listed, never decides.
WEIGHTS: dict[tuple[str, str], dict[str, float]] = {
    (OWN, MAIL): {ABOUT_SPEECH: 1.0, "fact": 1.0},
    (ENDORSED, MAIL): {ABOUT_SPEECH: 1.0, "fact": 1.0},
    (ACCOUNT, DOCUMENT): {ABOUT_SPEECH: 0.0, "fact": 0.5},
    (REPORTED, MAIL): {ABOUT_SPEECH: 0.0, "fact": 0.8},
    (REPORTED, DOCUMENT): {ABOUT_SPEECH: 0.0, "fact": 0.5},
    # a claim about no person of the record: every statement is "own" evidence of the record
    (OWN, DOCUMENT): {ABOUT_SPEECH: 0.5, "fact": 0.5},
}


@dataclass
class Evidence:
    relation: str  # own | endorsed | account | reported | source
    hit: Hit
    readings: list[tuple[str, str]]  # (premise, hypothesis) pairs the judge reads
    judgment: Judgment | None = None
    weight: float = 1.0
    message_kind: str = MAIL
    note: str = ""  # why the policy changed the judge's reading (negated frame, amounts)
    decisive: bool = False  # strong enough, at its weight, to decide the verdict given

    @property
    def stance(self) -> str:
        if self.relation == SOURCE:
            return "source"
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


def weight(relation: str, message_kind: str, claim: Claim) -> float:
    kind = message_kind if message_kind in (MAIL, DOCUMENT) else MAIL
    table = WEIGHTS.get((relation, kind)) or WEIGHTS.get((relation, MAIL)) or {}
    return table.get(claim.kind, table.get("fact", 0.0))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(date: str | None, offset: int | None) -> str:
    """ "On 13 Jan 2016, " in the writer's own time zone, or "" for an undated statement: the
    date is part of the evidence (a claim says "in 2016"; a later denial is not the act)."""
    if not date:
        return ""
    try:
        dt = datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return ""
    dt += timedelta(minutes=offset or 0)
    return f"On {dt.day} {_MONTHS[dt.month - 1]} {dt.year}, "


def _surname(name: str) -> str:
    name = name.strip()
    if "," in name:  # "Vale, Marcus"
        return name.split(",", 1)[0].strip()
    return name


def readings(hit: Hit, relation: str, claim: Claim, framed: Framed) -> list[tuple[str, str]]:
    """The (premise, hypothesis) pairs the judge reads for one statement; their judgments are
    averaged. The premise is the statement with its date, in the third person (the claim's
    subject named as the claim names them); an endorsement is the endorser agreeing (or
    disagreeing) with the endorsed text.

    The judge reads content against content (the claim without its speech frame, the statement
    without its writer), and, for a statement of the claim's subject on a claim about what they
    said or wanted, also the whole claim against the statement with its writer ("Vale wrote:
    …"): who said it is part of such a claim, and two readings make a small judge's verdict
    steadier than one."""
    subject = claim.subject if relation in (OWN, ENDORSED, ACCOUNT) and claim.subject else None
    writer = subject or _surname(hit.author_name) or hit.author_email or "Someone"
    date = when(hit.date, hit.date_offset)
    if relation == ENDORSED and hit.via_endorsement is not None:
        e = hit.via_endorsement
        source = _surname(e.author_name) or e.author_email or "a message"
        text = align_first_person(e.text, source, hit.lang)
        verb = "agreed with" if e.stance == "agree" else "disagreed with"
        p = f"{date}{writer} {verb} {source}: {text}"
        return [(p, framed.content)] + ([(p, claim.text)] if framed.frame else [])
    text = align_first_person(hit.text, writer, hit.lang)
    bare = (f"{date}{text}", framed.content)
    if subject and claim.kind == ABOUT_SPEECH:
        return [bare, (f"{date}{subject} wrote: {text}", claim.text)]
    return [bare]


def combine(judgments: list[Judgment], flip: list[bool]) -> Judgment:
    """One judgment from a statement's readings: the mean of their probabilities, a reading of
    a negated frame's content counted the other way round."""
    js = [negate(j) if f else j for j, f in zip(judgments, flip, strict=True)]
    if len(js) == 1:
        return js[0]
    probs = {k: sum(j.probs.get(k, 0.0) for j in js) / len(js) for k in js[0].probs}
    label = max(probs, key=lambda k: probs[k])
    extra = {"readings": [j.probs for j in js]}
    return Judgment(label, probs, js[0].judge, js[0].rationale, js[0].quote, extra)


_TOKEN = re.compile(r"\w+")


def _norm(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def _tokens(text: str) -> set[str]:
    return {t for t in _TOKEN.findall(text.lower()) if len(t) > 2}


def restates(claim: Claim, hit: Hit, message_kind: str) -> bool:
    """A statement with the claim's very words, or a document statement that says what the
    claim says near word for word (or, across languages, at a very high embedding similarity):
    the claim's source, not its evidence."""
    words = {_norm(claim.text), _norm(claim.original)}
    if _norm(hit.text) in words:
        return True
    if message_kind != DOCUMENT:
        return False
    st = _tokens(hit.text)
    for text in (claim.text, claim.original):
        ct = _tokens(text)
        if ct and st and len(ct & st) / len(ct | st) >= 0.6:
            return True
    return hit.dense_score is not None and hit.dense_score >= 0.93


def negate(j: Judgment) -> Judgment:
    """The judgment of "not S" from that of S: entailment and contradiction swap."""
    p = dict(j.probs)
    p["entailment"], p["contradiction"] = p.get("contradiction", 0.0), p.get("entailment", 0.0)
    label = {"entailment": "contradiction", "contradiction": "entailment"}.get(j.label, j.label)
    return Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, negated_frame=True))
