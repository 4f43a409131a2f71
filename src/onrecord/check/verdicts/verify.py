"""Check claims against the record: retrieve evidence, judge it, aggregate into a verdict.

For a claim about a person of the record (its subject), evidence comes first from that person's
own record: what they wrote (``own``), what they endorsed with a short assent (``endorsed``: the
endorsed text, dated at the reply) and what they later asserted in documents (``account``).
What others wrote is ``reported``. How much each may count, what the judge reads of it (the
claim without its speech frame, the statement in the third person) and which statements are the
claim's own source rather than evidence: :mod:`onrecord.check.verdicts.evidence`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onrecord.check.claims.extract import Claim
from onrecord.check.language.claim_names import NameContext
from onrecord.check.statements.modality import universal
from onrecord.check.statements.period import Period, claim_period
from onrecord.check.statements.salience import is_chatter
from onrecord.check.subjects.record_person import resolve_subject
from onrecord.check.verdicts import agreed_object, conjuncts, deciding
from onrecord.check.verdicts.aggregate import (
    CONTRADICTED,
    MIXED,
    NEI,
    SUPPORTED,
    Calibration,
    Scored,
    decide,
)
from onrecord.check.verdicts.amount_evidence import amounts, figures_of
from onrecord.check.verdicts.ended_state import ended_state
from onrecord.check.verdicts.evidence import (
    ACCOUNT,
    ENDORSED,
    MAIL,
    OWN,
    REPORTED,
    SOURCE,
    Evidence,
    about_public_statement,
    agreement_claim,
    combine,
    modality,
    needs_context,
    negated_frame,
    norm_words,
    off_period,
    other_time,
    readings,
    relation_of,
    restates,
    unreasoned,
    weight,
)
from onrecord.check.verdicts.frames import Framed, strip_frame
from onrecord.check.verdicts.off_matter import off_matter
from onrecord.check.verdicts.opposite_read import opposite_read
from onrecord.check.verdicts.part_verdicts import join_parts
from onrecord.check.verdicts.position_change import CONFIDENCE_CAP as MIXED_CONFIDENCE_CAP
from onrecord.check.verdicts.position_change import changed_position
from onrecord.check.verdicts.questions import asked
from onrecord.check.verdicts.repeats import repeats_last
from onrecord.check.verdicts.ruled import RULED_CONFIDENCE, judge_read, ruled_against, ruled_for
from onrecord.check.verdicts.rumours import rumoured
from onrecord.check.verdicts.same_time import same_time
from onrecord.check.verdicts.spoken_then import not_said_then
from onrecord.check.verdicts.verdict_model import VerdictModel
from onrecord.index.hybrid import EMBED_BUDGET, Hit, retrieve
from onrecord.index.vectors import embed_small
from onrecord.models.base import Embedder, Judge, Judgment
from onrecord.record.store import Store

#: For a claim about a person, statements embedded on the spot (at most) by the search of what
#: others wrote (the person's own record gets ``hybrid.EMBED_BUDGET``).
REPORTED_EMBED_BUDGET = 8


@dataclass
class Verdict:
    claim: Claim
    subject: dict[str, Any] | None
    verdict: str
    confidence: float
    judge: str
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[Evidence] = field(default_factory=list)  # where the claim itself is written
    content: str = ""  # what the judge read as the claim (its speech frame taken off)
    negated_frame: bool = False

    def as_dict(self, store: Store) -> dict[str, Any]:
        return {
            "claim": self.claim.text,
            "original": self.claim.original,
            "lang": self.claim.lang,
            "claimant": self.claim.claimant,
            "attributed": self.claim.attributed,
            "quote": self.claim.quote,
            "kind": self.claim.kind,
            "subject": self.subject,
            "verdict": self.verdict,
            "confidence": self.confidence,
            "judge": self.judge,
            "judged_as": self.content,
            "negated_frame": self.negated_frame,
            "evidence": [_evidence_dict(store, e) for e in self.evidence],
            "claim_sources": [_evidence_dict(store, e) for e in self.sources],
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
        "weight": e.weight,
        "kind": e.message_kind,
        "note": e.note,
        "decisive": e.decisive,
        "statement": h.text,
        "author": {"name": h.author_name, "email": h.author_email},
        "date": h.date,
        "lang": h.lang,
        "message_id": h.message_id,
        "message": h.message,
        "source": f"{src['path']}#{src['locator']}" if src else None,
        "span": list(h.span),
        "endorses": endorses,
        "similarity": None if h.dense_score is None else round(h.dense_score, 4),
    }


#: The subject's own record is searched this much deeper than ``k``: it is where the deciding
#: statement usually is, and it ranks below the top ``k`` for about one claim in ten (on the
#: development cases the deciding statement was among the first 8 of the subject's statements for
#: 94 of 116 claims, among the first 16 for 103). 4 deeper left 11 of 176 gold statements
#: outranked in the subject's own record; 8 deeper reached 4 of them (dev 163 -> 164 right,
#: 2.5 more statements judged per claim), 12 deeper 2 more at twice that cost.
OWN_DEEPER = 8
#: Per search, the best dense matches in the other language than the claim's that follow the
#: top hits when fusion left them out (``hybrid.retrieve(across=)``): on the development cases
#: a quarter of the unreached deciding statements were in the other language, at dense rank
#: 1-3 (2 reached 7 more claims, 3 one more; each costs a judge pair).
ACROSS = 2
#: The same for a claim about no one person, whose search is all it gets: on the training cases
#: the deciding statement of four such claims was the third dense match in the other language
#: ("NordLift Cargo vroeg in november 2019 om vier nachtslots per week" / "To make this work we
#: need four night slots a week"). Those past ``ACROSS`` count ``DEEPER_WEIGHT``, as the deeper
#: search's (at full weight a rumour of another year, "Onder het personeel gaat het gerucht dat
#: verloskunde volgend jaar dichtgaat", decided a claim of when the ward closed).
ACROSS_UNOWNED = 3
#: For a claim that names when its subject said or did it ("In March 2020 Bosma promised ..."),
#: the subject's statements of that period that best match, added when the whole-record search
#: left them out: the deciding statement is often a short answer of that month ("Ik kan niets
#: beloven over de periode na de fusie.", "Dit is onze redding.") that a record of years
#: outranks, while among the few statements of the month it ranks first to third (training
#: cases: 16 of 31 own-record misses were within the first 3 of their period).
#: (The same search over what others wrote in the period reached 2-3 more deciding statements on
#: the training cases, none on development, for 0.8 more statements judged per claim: not kept.)
WINDOW_OWN = 3
#: A claim about no one person ("Northbridge never warned the hospital", "Enrolment was not
#: completed until 2021") has no own record to search ``OWN_DEEPER`` deeper, so it got ``k``
#: statements where a claim about a person gets about 24: its deciding statement was not
#: gathered for 43 of 189 such claims on the training cases (35 of 642 with a subject), often a
#: mail in the other language or a colleague's reply whose other words outranked it. This many
#: deeper reached 11 more (retrieval alone; 8 more statements judged for such a claim, still
#: fewer than for a claim about a person).
UNOWNED_DEEPER = 8
#: For a claim about no one person that names when it happened ("The contract signed in March
#: 2017 was worth 46.4 million euros", "NordLift Cargo vroeg in november 2019 om vier
#: nachtslots"), the statements of that period that best match, whoever wrote them, added when
#: the whole-archive search left them out (as ``WINDOW_OWN`` for a person's record): on the
#: training cases the deciding statement of such a claim ranked 2nd to 4th among the period's
#: statements for five claims that the whole-archive search missed (rank 20-40 there). They
#: count ``DEEPER_WEIGHT`` of their weight, as the deeper search's: anyone's statement of the
#: period may be of another matter ("The move to Utrecht is on hold", entailment 0.77 of
#: "De uitstoot van Nordwind daalde in 2020 opnieuw").
WINDOW_UNOWNED = 3
#: What only that deeper search reached counts this much of its weight: below the top ``k`` a
#: statement is less often about the claim's matter, and the judge, blind to numbers, read such
#: statements as contradicting ("De oplevering schuift op naar maart 2021." against a rent rise
#: decided in April 2021): at full weight, 5 supported quantity claims turned contradicted and
#: 7 deciding statements were pushed out of the first three on the training cases.
DEEPER_WEIGHT = 0.5


def _by_subject(
    store: Store,
    query: str,
    subject: dict[str, Any],
    embedder: Embedder | None,
    k: int,
    lang: str | None = None,
    window: tuple[str, str] | None = None,
    unplaced: Callable[[Hit], bool] | None = None,
) -> list[Hit]:
    """The ``k`` statements of the subject (their addresses and names) that best match; with a
    ``window`` ([since, until) ISO dates), only those written then. Those ``unplaced`` holds
    (the claim's own source) come in their rank and take none of the ``k`` places."""
    names = subject["names"] or [subject["name"]]
    since, until = window or (None, None)
    return retrieve(
        store,
        query,
        embedder=embedder,
        emails=subject["emails"],
        names=names,
        since=since,
        until=until,
        k=k,
        lang=lang,
        across=ACROSS if window is None else 0,
        unplaced=unplaced,
    )


def period_window(period: Period | None) -> tuple[str, str] | None:
    """The dates [since, until) a claim's period covers, as ``period.in_period`` reads it: a
    year, or a month with the month before and after."""
    if period is None:
        return None
    if period.month is None:
        return f"{period.year:04d}-01-01", f"{period.year + 1:04d}-01-01"
    first = period.year * 12 + period.month - 2  # months since year 0, the month before
    last = first + 3
    return f"{first // 12:04d}-{first % 12 + 1:02d}-01", f"{last // 12:04d}-{last % 12 + 1:02d}-01"


def _key(hit: Hit) -> tuple[int, int | None]:
    """A hit's identity: its statement, and for a "Yup" the statement it endorses (an
    "Agreed." to a mail is a piece of evidence per sentence of the mail)."""
    return (hit.statement_id, hit.via_endorsement.statement_id if hit.via_endorsement else None)


def gather(
    store: Store,
    claim: Claim,
    subject: dict[str, Any] | None,
    embedder: Embedder | None,
    k: int,
    framed: Framed | None = None,
) -> tuple[list[Evidence], list[Evidence]]:
    """(evidence, sources): the top evidence, the subject's own record first, then what others
    wrote; and the statements that are the claim itself (its source document, restatements),
    which are never judged. The policy (relations, weights) is :mod:`onrecord.check.verdicts.evidence`."""
    hits: list[tuple[str, Hit]] = []
    framed = framed or strip_frame(claim.text)
    seen: set[tuple[int, int | None]] = set()
    # a claim that names when it was said or done: what was written then is searched apart
    window = period_window(claim_period(claim.text, framed.prefix if framed.frame else None))
    is_source = _source_test(store, claim, subject is not None)
    if subject:
        # The claim's own source (the document it was taken from, restatements of it) takes none
        # of the places of the subject's record: their complaint, op-ed or interview is in their
        # record, shares the claim's words and outranked their mail of the time (demo: 3-5 of the
        # complaint's sentences among Vale's first 8 statements). Training cases 713 -> 715/1150,
        # development 194/288 (one more gold statement reached). Freeing the places of the
        # search of what others wrote as well reached 2 more on the training cases (717), but for
        # the demo's "Lumen Labs promised that its research would be shared openly with the
        # public" it reached Okafor's "it's totally OK to not share the science", which the judge
        # reads as contradicting the promise (a promise broken is not one never made; demo 8/9 ->
        # 7/9): not kept until the judge tells those apart.
        own = _by_subject(
            store,
            claim.text,
            subject,
            embedder,
            k + OWN_DEEPER,
            claim.lang,
            unplaced=lambda h: is_source(h, ENDORSED if h.via_endorsement else OWN),
        )
        if window:
            own += _by_subject(store, claim.text, subject, embedder, WINDOW_OWN, window=window)
        for hit in own:
            if _key(hit) not in seen:
                hits.append((ENDORSED if hit.via_endorsement is not None else OWN, hit))
                seen.add(_key(hit))
    # the on-demand embedding budget goes where the evidence counts: to the subject's own
    # record; what others wrote is reranked with the vectors already stored plus a few
    budget = REPORTED_EMBED_BUDGET if subject else EMBED_BUDGET
    depth = k if subject else k + UNOWNED_DEEPER
    others = retrieve(
        store,
        claim.text,
        embedder=embedder,
        k=depth + len(seen),
        embed_budget=budget,
        lang=claim.lang,
        across=ACROSS if subject else ACROSS_UNOWNED,
    )
    own_emails = set(subject["emails"]) if subject else set()
    own_names = {n.lower() for n in (subject["names"] or [subject["name"]])} if subject else set()

    n_own = len(hits)
    deeper: set[tuple[int, int | None]] = set()  # what only the deeper search reached
    for hit in others:
        if _key(hit) in seen or (len(hits) - n_own >= depth and not hit.across):
            continue
        if hit.author_email and hit.author_email in own_emails:
            continue
        if not hit.author_email and hit.author_name.lower() in own_names:
            continue  # the subject's own document (documents carry a name, no address)
        seen.add(_key(hit))
        if (len(hits) - n_own >= k and not hit.across) or hit.across > ACROSS:
            deeper.add(_key(hit))  # past the top k, or past a claim about a person's ACROSS
        hits.append((REPORTED if subject else OWN, hit))
    if window and not subject:
        since, until = window
        for hit in retrieve(
            store, claim.text, embedder=embedder, since=since, until=until, k=WINDOW_UNOWNED,
            embed_budget=budget, lang=claim.lang,
        ):  # fmt: skip
            if _key(hit) not in seen:
                seen.add(_key(hit))
                deeper.add(_key(hit))  # below the archive's top: read at the deeper weight
                hits.append((OWN, hit))
    quoted = _quoted_words(store, claim, subject)
    on_record = {h.statement_id for _, h in quoted}
    hits = quoted + [(r, h) for r, h in hits if h.statement_id not in on_record]
    kinds = store.message_kinds(h.message for _, h in hits)
    contexts = store.preceding_statements(
        h.statement_id for _, h in hits if h.via_endorsement is None and needs_context(h.text)
    )
    evidence: list[Evidence] = []
    sources: list[Evidence] = []
    for relation, hit in hits:
        mkind = kinds.get(hit.message, MAIL)
        relation = relation_of(relation, hit.text, mkind, subject is not None)
        if hit.statement_id in on_record:  # the claim quotes these very words of the subject
            evidence.append(_words_on_record(relation, hit, mkind, claim))
            continue
        said = hit.via_endorsement.text if hit.via_endorsement else hit.text
        if is_chatter(said, hit.lang):
            continue  # greetings, sign-offs, scheduling, fragments: never evidence
        if is_source(hit, relation):
            sources.append(Evidence(SOURCE, hit, [], weight=0.0, message_kind=mkind))
            continue
        context = contexts.get(hit.statement_id)
        pairs, alternatives = readings(
            hit, relation, claim, framed, context, resolved=subject is not None
        )
        agreed = agreed_object.object_reading(hit, relation, claim)
        if agreed:
            pairs.append(agreed)
        e = Evidence(relation, hit, pairs, alternatives, message_kind=mkind)
        e.agreed_reading = agreed is not None
        e.weight = weight(relation, mkind, claim)
        if _key(hit) in deeper:
            e.weight = round(e.weight * DEEPER_WEIGHT, 2)
        evidence.append(e)
    return evidence, sources


def _source_test(store: Store, claim: Claim, has_subject: bool) -> Callable[[Hit, str], bool]:
    """Whether a hit, found as ``own`` or ``reported``, is the claim's own source rather than
    evidence (rule 4 of :mod:`onrecord.check.verdicts.evidence`): a statement of the document the claim
    was taken from, or a restatement of the claim, unless the claim is about that very statement
    ("In his complaint Vale said S": the subject's complaint saying S is the evidence)."""
    own_source = _source_statements(store, claim)
    about_it = about_public_statement(claim)
    kinds: dict[int, str] = {}

    def test(hit: Hit, relation: str) -> bool:
        if hit.statement_id in own_source:
            return True
        if hit.message not in kinds:
            kinds.update(store.message_kinds([hit.message]))
        mkind = kinds.get(hit.message, MAIL)
        if not restates(claim, hit, mkind):
            return False
        if not about_it:
            return True
        return relation_of(relation, hit.text, mkind, has_subject) != ACCOUNT

    return test


def _quoted_words(
    store: Store, claim: Claim, subject: dict[str, Any] | None
) -> list[tuple[str, Hit]]:
    """The subject's statements that say the words the claim quotes ("reageerde daarop met
    'yup'"): the record has them, whatever the judge would read into them."""
    if not claim.quote or not subject:
        return []
    want = norm_words(claim.quote)
    if not want:
        return []
    out = []
    for hit in _by_subject(store, claim.quote, subject, None, 5):
        said = norm_words(hit.text)
        # a word or two ("yup") must be the whole statement; a longer quotation may be part
        if said == want or (len(want.split()) >= 4 and f" {want} " in f" {said} "):
            out.append((ENDORSED if hit.via_endorsement is not None else OWN, hit))
    return out[:2]


#: How sure a quotation found verbatim in the subject's own words makes the claim.
ON_RECORD = 0.95


def _words_on_record(relation: str, hit: Hit, mkind: str, claim: Claim) -> Evidence:
    probs = {"entailment": ON_RECORD, "neutral": 1.0 - ON_RECORD, "contradiction": 0.0}
    e = Evidence(relation, hit, [], message_kind=mkind)
    e.judgment = Judgment("entailment", probs, "record", rationale="the quoted words are on record")
    e.weight = 1.0
    e.note = f"the words the claim quotes ('{claim.quote}') are on record, by the subject"
    return e


def default_calibration(judge: Judge) -> Calibration | None:
    """The calibration shipped with the builtin judge's weights (fitted on its dev split)."""
    if not judge.name.startswith("builtin/"):
        return None
    from onrecord.models.judges.builtin import WEIGHTS_DIR

    path = WEIGHTS_DIR / "calibration.json"
    return Calibration.load(path) if path.is_file() else None


def _source_statements(store: Store, claim: Claim) -> set[int]:
    """Statement ids of the document the claim was taken from."""
    if claim.source and claim.source != "argument":
        paths = {str(Path(claim.source).resolve()), claim.source}  # ingested by either name
        return {i for p in sorted(paths) for i in store.statement_ids_from_source(p)}
    return set()


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
    ``judge_claims`` claims at a time in one call (the same judgments as one call per claim).
    A claim that joins two assertions is also checked part by part (``conjuncts``): where one
    part is supported and another contradicted, its verdict is mixed."""
    calibration = calibration or default_calibration(judge)
    if embedder is not None:
        embed_small(store, embedder)
    split = [[c] for c in claims]
    if any(conjuncts.may_join(c.text) for c in claims):
        # the persons' names without their message counts (``person_names`` ranks them by
        # activity: seconds on a large archive, for each check)
        ctx = NameContext([c.text for c in claims], store.person_display_names())
        split = [conjuncts.parts(c, ctx) if conjuncts.may_join(c.text) else [c] for c in claims]
    extra = [p for ps in split if len(ps) > 1 for p in ps]
    every = _check_each(
        store, [*claims, *extra], judge, embedder, calibration, k=k, judge_claims=judge_claims
    )
    verdicts, rest = every[: len(claims)], iter(every[len(claims) :])
    for v, ps in zip(verdicts, split, strict=True):
        if len(ps) > 1:
            join_parts(v, [next(rest) for _ in ps], _key)
    return verdicts


def _check_each(
    store: Store,
    claims: Sequence[Claim],
    judge: Judge,
    embedder: Embedder | None,
    calibration: Calibration | None,
    *,
    k: int,
    judge_claims: int,
) -> list[Verdict]:
    verdicts: list[Verdict] = []
    step = max(1, judge_claims)
    for at in range(0, len(claims), step):
        group = claims[at : at + step]
        gathered = []
        for claim in group:
            subject = resolve_subject(store, claim.subject)
            framed = strip_frame(claim.text)
            evidence, sources = gather(store, claim, subject, embedder, k, framed)
            gathered.append((claim, subject, framed, evidence, sources))
        pairs = [r for _, _, _, evidence, _ in gathered for e in evidence for r in e.readings]
        judged = judge.judge(pairs) if pairs else []
        if len(judged) != len(pairs):
            raise ValueError(
                f"judge {judge.name} returned {len(judged)} judgments for {len(pairs)} pairs"
            )
        judgments = iter(judged)
        for claim, subject, framed, evidence, sources in gathered:
            period = claim_period(claim.text, framed.prefix if framed.frame else None)
            figures = figures_of(claim, framed, period)
            for e in evidence:
                if not e.readings:
                    continue  # decided without the judge (quoted words on record)
                js = [next(judgments) for _ in e.readings]
                agreed = js.pop() if e.agreed_reading else None
                flip = [framed.negated and h == framed.content for _, h in e.readings[: len(js)]]
                e.judgment = combine(
                    js, flip, e.alternatives, fallback=e.hit.via_endorsement is not None
                )
                if agreed is not None:
                    agreed_object.apply(e, agreed, claim)
                judge_read(e)
                unreasoned(e, claim, framed)
                opposite_read(e, framed)
                off_matter(e, claim, framed)
                asked(e, claim, framed)
                rumoured(e, claim.text)
                modality(e, claim, framed)
                amounts(e, figures, period if subject else None, period)
                same_time(e, framed.content)
                off_period(e, period if subject else None)
                other_time(e, period, claim)
                ended_state(e, claim.text, period)
                if any(flip):
                    negated_frame(e)
            not_said_then(evidence, claim)
            v = _verdict(claim, subject, evidence, judge.name, calibration)
            v.sources, v.content, v.negated_frame = sources, framed.content, framed.negated
            verdicts.append(v)
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
    verdict, confidence, score = decide(scored, calibration, universal=universal(claim.text))
    cal = calibration or Calibration()
    model = VerdictModel.from_dict(cal.verdict_model, judge_name)
    judged = [e for e in evidence if e.judgment]
    pieces = [_piece(e) for e in judged]
    if model is not None:
        verdict, p = model.decide(pieces, claim.text, claim.lang, subject is not None)
        confidence = round(min(p, cal.verdict_caps.get(verdict, 1.0)), 4)
        if verdict == NEI and ruled_against(judged) is not None:
            verdict, confidence = CONTRADICTED, RULED_CONFIDENCE
        elif verdict == NEI and ruled_for(judged, claim.text) is not None:
            verdict, confidence = SUPPORTED, RULED_CONFIDENCE
        if verdict in (SUPPORTED, CONTRADICTED) and changed_position(claim.text, pieces):
            verdict, confidence = MIXED, min(confidence, MIXED_CONFIDENCE_CAP)
    elif verdict == MIXED and agreement_claim(claim.text):
        verdict, confidence = _the_act_decides(evidence, scored, cal, verdict, confidence, score)
    for e, sc in zip(judged, scored, strict=True):
        e.decisive = (
            verdict in (SUPPORTED, MIXED) and sc.entailment * sc.weight >= cal.support_threshold
        ) or (
            verdict in (CONTRADICTED, MIXED)
            and sc.contradiction * sc.weight >= cal.against_threshold
        )
    if model is not None and verdict != NEI and judged and not any(e.decisive for e in judged):
        # the model decided on evidence under the thresholds: its strongest piece decides
        side = "contradiction" if verdict == CONTRADICTED else "entailment"
        top = max(zip(judged, scored), key=lambda es: getattr(es[1], side) * es[1].weight)
        top[0].decisive = True
    # the deciding evidence first, then the rest: by the learned ranking of which statement
    # decides the claim (``deciding``) where its model ships, else for not_enough_info the
    # closest evidence that could have decided (the judge's strongest reading, by weight and
    # similarity to the claim) and for a verdict the strongest; ties in retrieval order (the
    # subject's own record first)
    rank = {id(e): n for n, e in enumerate(evidence)}
    learned = deciding.scores(pieces, claim.text, claim.lang)
    if learned is not None:
        near = {id(e): p for e, p in zip(judged, learned, strict=True)}
        evidence.sort(
            key=lambda e: (e.weight == 0, not e.decisive, -near.get(id(e), 0.0), rank[id(e)])
        )
    elif verdict == NEI:
        evidence.sort(key=lambda e: (e.weight == 0, -_closeness(e), rank[id(e)]))
    else:
        evidence.sort(key=lambda e: (not e.decisive, -round(e.strength * e.weight, 2), rank[id(e)]))
    evidence[:] = repeats_last(evidence)  # the same words by the same writer shown once up top
    return Verdict(
        claim=claim,
        subject=_subject_dict(subject, claim.subject),
        verdict=verdict,
        confidence=confidence,
        judge=judge_name,
        evidence=evidence,
    )


def _closeness(e: Evidence) -> float:
    """How near a piece of evidence came to deciding: its strongest stance, weighted, times its
    similarity to the claim."""
    if e.judgment is None:
        return 0.0
    sim = e.hit.dense_score if e.hit.dense_score is not None else 0.5
    return round(e.strength * e.weight * sim, 3)


def _piece(e: Evidence) -> dict[str, Any]:
    """A judged piece of evidence as the verdict model reads it."""
    assert e.judgment is not None
    probs = e.judgment.probs
    return {
        "entailment": probs.get("entailment", 0.0),
        "neutral": probs.get("neutral", 0.0),
        "contradiction": probs.get("contradiction", 0.0),
        "weight": e.weight,
        "relation": e.relation,
        "similarity": e.hit.dense_score,
        "lang": e.hit.lang,
        "note": e.note or "",
        "endorsement": e.hit.via_endorsement is not None,
        "text": e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text,
        "statement": e.hit.text,
        "date": e.hit.date,
    }


def _the_act_decides(
    evidence: list[Evidence],
    scored: list[Scored],
    cal: Calibration,
    verdict: str,
    confidence: float,
    score: float,
) -> tuple[str, float]:
    """Rule 8: for an agreement claim with evidence both ways, the subject's endorsements
    decide when only they point one way and only their other statements the other."""
    judged = [e for e in evidence if e.judgment]
    pro = {
        e.relation
        for e, s in zip(judged, scored)
        if s.entailment * s.weight >= cal.support_threshold
    }
    con = {
        e.relation
        for e, s in zip(judged, scored)
        if s.contradiction * s.weight >= cal.against_threshold
    }
    if pro == {ENDORSED} and ENDORSED not in con:
        verdict = SUPPORTED
    elif con == {ENDORSED} and ENDORSED not in pro:
        verdict = CONTRADICTED
    else:
        return verdict, confidence
    conf = min(cal.confidence(score, verdict), cal.verdict_caps.get(verdict, 1.0))
    return verdict, round(conf, 4)


def _subject_dict(person: dict[str, Any] | None, name: str | None) -> dict[str, Any] | None:
    if person is None:
        return {"name": name, "person": None} if name else None
    return {
        "name": name,
        "person": {"id": person["id"], "name": person["name"], "emails": person["emails"]},
    }
