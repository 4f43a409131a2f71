"""Self-contradictions: where one person's record says one thing and, elsewhere, the opposite.

A person is on record for what they wrote in mail (``authored``), for what they agreed to with a
short assent ("Yup", "Akkoord": ``endorsed``, the endorsed text dated at the reply) and for
documents ingested with them as author (``document``). Quoted and forwarded text is never theirs.

The cost stays far below the quadratic number of pairs:

1. **Record**: the person's statements (:func:`record_of`); questions, headings, fragments of
   fewer than ``MIN_WORDS`` words, mail chatter (greetings, sign-offs, thanks, scheduling,
   pleasantries, fragments without content: :func:`onrecord.check.statements.salience.chatter_reason`)
   and repeats of one text are left out, so no judge time goes to them.
2. **Topics**: every statement is embedded (stored vectors are reused, new ones cached) and
   paired with at most ``NEIGHBOURS`` nearest statements whose cosine similarity is at least
   ``TOPIC_SIMILARITY``, plus ``CROSS_NEIGHBOURS`` nearest in other languages (e5 keeps
   languages apart), never two of one message nor restatements (``NEAR_DUPLICATE``).
   ``topic`` first keeps only the statements near that text. So at most
   ``n * (NEIGHBOURS + CROSS_NEIGHBOURS)`` pairs are judged, not ``n * (n - 1) / 2``; the
   topics counted in ``stats`` are star clusters of the neighbour graph.
3. **Judging**: the judge reads each pair in both directions (earlier -> later and back).
4. **Ranking**: an NLI judge, the builtin one most of all, over-calls contradiction between
   unrelated sentences. A pair counts only when contradiction is the judge's most probable
   label in at least one direction; its score is that contradiction probability; its rank is
   the score times its closeness in topic (similarity above ``CLOSENESS_FLOOR``, scaled to
   0..1: unrelated pairs the judge calls contradictory rank low) times a bonus for time apart
   (up to ``TIME_WEIGHT`` more for ten years), ``ACCOUNT_BONUS`` for a later account against
   the record, ``OTHER_TIME`` for two statements about different years ("end of 2019" and
   "end of 2020"; "this year" in 2018 and "now" in 2022) and ``OTHER_MATTER``/``ONE_WORD``
   for two statements in one language that share no content word or one only.
   On the two development cases (benchmarks/contradiction_eval.py) the last two took P@10
   from 0.60 to 0.70 (Nordwind) and 0.50 to 0.70 (Zonnewijk, written for it). Then
   :func:`onrecord.check.contradictions.opposition.stance_factor`: a pair with no visible opposition (a plan
   and its execution, a restatement), someone else's view or act, or a hedge ranks lower, and a
   pair ranked under ``MIN_RANK`` is not reported (Kaapveer, the third case: 0.20 to 0.67).
   The builtin judge reads some oppositions as agreement or as neutral; :func:`rule_score`
   scores those without it: counts of one thing that clash (across languages: "120,000
   passengers" / "tachtigduizend passagiers"), changes of one thing in opposite directions
   (``RULE_SCORE``), and an opposed pair on one matter the judge calls neutral
   (``OPPOSED_SCORE``). Vlietland, the fourth case, written before any run: 0.00 to 1.00.
   Across languages a denial the later side undoes ("never plastic kegs" / "bier in plastic
   fusten") is read by :mod:`onrecord.check.contradictions.broken_pledge` (one more judge call per candidate).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

import numpy as np

from onrecord.check.claims.transcript import without_answer_label
from onrecord.check.contradictions.broken_pledge import undone_pledges
from onrecord.check.contradictions.denial_pairs import denial_pairs
from onrecord.check.contradictions.doc_title import is_title
from onrecord.check.contradictions.non_claims import non_claim
from onrecord.check.contradictions.opposition import stance_factor
from onrecord.check.contradictions.pair_rules import (  # noqa: F401 (re-exported)
    ONE_WORD,
    OPPOSED_SCORE,
    OTHER_MATTER,
    OTHER_TIME,
    RULE_SCORE,
    anaphoric,
    apart_in_time,
    matter_words,
    pair_factor,
    rule_score,
    shared_words,
)
from onrecord.check.contradictions.record_scope import approved_proposals_only, names_itself
from onrecord.check.statements.modality import retrospective
from onrecord.check.statements.salience import is_chatter
from onrecord.models.base import Embedder, Judge
from onrecord.record.store import Store

#: Statements of fewer words are fragments ("Thanks, Marcus.") and never form a pair.
MIN_WORDS = 4
#: Two statements are on one topic from this cosine similarity (multilingual-e5-small passages:
#: half of the pairs of one person's statements score below 0.80, nine in ten below 0.85).
TOPIC_SIMILARITY = 0.80
#: Pairs judged per statement at most: its nearest neighbours on the topic...
NEIGHBOURS = 6
#: ... plus its nearest in other languages, from a lower similarity: e5 scores pairs across
#: languages lower (on the benchmark case, a Dutch denial of an English mail ranked 21st among
#: that mail's neighbours), so same-language neighbours would crowd them out.
CROSS_NEIGHBOURS = 3
CROSS_SIMILARITY = 0.77
#: At or above this similarity two statements say the same thing in other words. Kept high: a
#: contradiction by one changed word ("verhoogd"/"verlaagd") scores 0.97.
NEAR_DUPLICATE = 0.99
#: Closeness in topic, for ranking: ``(similarity - CLOSENESS_FLOOR) / (1 - CLOSENESS_FLOOR)``.
CLOSENESS_FLOOR = 0.75
#: With ``topic``: statements at least this similar to the topic text (e5 query form: related
#: statements score about 0.79-0.90, unrelated ones 0.71-0.81, mostly under 0.80)...
TOPIC_QUERY_SIMILARITY = 0.80
#: ... and within this much of the nearest statement's similarity...
TOPIC_MARGIN = 0.08
#: ... are on it; at most this many of the nearest are kept.
TOPIC_MAX = 300
#: Rank bonus for time apart: ``1 + TIME_WEIGHT * min(1, log(1 + days) / log(1 + 3650))``.
TIME_WEIGHT = 0.25
#: Persons with fewer eligible statements are skipped when all persons are searched.
MIN_STATEMENTS = 2
#: Pairs per judge call.
JUDGE_BATCH = 128
#: Pairs ranked lower are not reported: the judge's contradiction on a loose topic neighbour
#: (similarity under ~0.83) without visible opposition, or on a hedge, is noise.
MIN_RANK = 0.15

ProgressFn = Callable[[int, int], None]

_WORD = re.compile(r"\w+")
AUTHORED, ENDORSED, DOCUMENT = "authored", "endorsed", "document"


class PersonNotFound(LookupError):
    """A name that matches no person of the record, or several; ``hint`` says what to do."""

    def __init__(self, message: str, hint: str, candidates: Sequence[dict[str, Any]] = ()) -> None:
        super().__init__(message)
        self.hint = hint
        self.candidates = list(candidates)


@dataclass
class StatementRef:
    """One statement a person is on record for: one side of a pair, or a timeline entry."""

    statement_id: int | None  # the statement (for an endorsement: the assent, e.g. "Yup")
    text: str  # what the person stands behind (for an endorsement: the endorsed text)
    date: str | None  # ISO UTC (for an endorsement: the reply's date)
    message_id: int | None  # the message row (`onrecord show ID`)
    kind: str  # "authored" | "endorsed" | "document"
    source: str | None = None  # input file and locator of the message
    span: tuple[int, int] | None = None  # characters of the statement in the message's text
    endorses: dict[str, Any] | None = None  # for an assent: the endorsed statement and author
    lang: str = ""
    message: str | None = None  # the Message-ID header, where there is one
    author: dict[str, str] = field(default_factory=dict)  # name and email as written

    @property
    def vector_id(self) -> int | None:
        """The statement whose embedding stands for this entry (an endorsement: the endorsed)."""
        if self.endorses is not None:
            return self.endorses.get("statement_id")
        return self.statement_id

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span) if self.span else None
        return d


@dataclass
class ContradictionPair:
    person: dict[str, Any]
    a: StatementRef  # the earlier
    b: StatementRef
    score: float  # the contradiction probability (the stronger direction where it is the top label)
    judge: str
    days_apart: float | None
    rank: float
    similarity: float = 0.0  # cosine similarity of the two statements (topic closeness)
    probs: dict[str, dict[str, float]] = field(default_factory=dict)  # "a->b", "b->a"

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "a": self.a.as_dict(),
            "b": self.b.as_dict(),
            "score": round(self.score, 4),
            "judge": self.judge,
            "days_apart": None if self.days_apart is None else round(self.days_apart, 1),
            "rank": round(self.rank, 4),
            "similarity": round(self.similarity, 4),
            "probs": {k: {lb: round(p, 4) for lb, p in v.items()} for k, v in self.probs.items()},
        }


@dataclass
class ContradictionReport:
    person: dict[str, Any] | None
    pairs: list[ContradictionPair]
    stats: dict[str, Any]  # statements, topics, pairs_judged, pairs_possible

    def as_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "pairs": [p.as_dict() for p in self.pairs],
            "stats": dict(self.stats),
        }


# ---------------------------------------------------------------------------- the record
def person_dict(p: dict[str, Any]) -> dict[str, Any]:
    return {"id": p["id"], "name": p["name"], "emails": list(p["emails"])}


def resolve_person(store: Store, name: str | int) -> dict[str, Any]:
    """The person a name, address or id means; :class:`PersonNotFound` when none or several."""
    from onrecord.check.subjects.record_person import resolve_subject

    name = str(name)
    found = resolve_subject(store, name)
    if found is None and "@" in name:
        found = next(iter(store.find_person(name)), None)
    if found is not None:
        return found
    candidates = [p for p in store.find_person(name.strip()) if not p["is_role"]]
    if len(candidates) > 1:
        names = ", ".join(f"{p['name']} (id {p['id']})" for p in candidates[:5])
        raise PersonNotFound(
            f"{name!r} matches several persons: {names}",
            "give a full name, an address or the id from `onrecord people`",
            candidates,
        )
    raise PersonNotFound(f"no person matches {name!r}", "see `onrecord people` for the names")


def record_of(store: Store, person: dict[str, Any]) -> list[StatementRef]:
    """Everything a person is on record for, oldest first: authored statements (mail), documents
    with them as author (not their headline), and endorsed statements (dated at the assent).
    Disagreeing assents ("No") are left out: they say what the person rejected, not what they
    stand behind; an approval of a proposal stands behind the proposal only."""
    emails = list(person.get("emails") or [])
    names = list(dict.fromkeys([*(person.get("names") or []), person["name"]]))
    refs: list[StatementRef] = []
    for r in store.statements_by(emails, names):
        kind = DOCUMENT if r["message_kind"] in ("document", "attachment") else AUTHORED
        if kind == DOCUMENT and is_title(r["text"], r["subject"]):
            continue  # its headline printed again (an HTML page's <h1>)
        refs.append(
            StatementRef(
                statement_id=int(r["id"]),
                text=without_answer_label(r["text"]),
                date=r["date"],
                message_id=int(r["message"]),
                kind=kind,
                span=(int(r["start"]), int(r["end"])),
                lang=r["lang"],
                message=r["message_id"],
                author={"name": r["author_name"], "email": r["author_email"]},
            )
        )
    for r in store.endorsements_by(emails, names):
        if r["stance"] != "agree":
            continue
        refs.append(
            StatementRef(
                statement_id=int(r["statement"]),
                text=r["t_text"],
                date=r["date"],
                message_id=int(r["message"]),
                kind=ENDORSED,
                span=(int(r["start"]), int(r["end"])),
                lang=r["t_lang"],
                message=r["message_id"],
                author={"name": r["author_name"], "email": r["author_email"]},
                endorses={
                    "assent": r["assent"],
                    "stance": r["stance"],
                    "statement_id": int(r["t_id"]),
                    "text": r["t_text"],
                    "author": {"name": r["t_author_name"], "email": r["t_author_email"]},
                    "date": r["t_date"],
                    "message_id": int(r["t_message"]),
                },
            )
        )
    refs.sort(key=lambda s: (s.date or "9999", s.statement_id or 0, s.vector_id or 0))
    return approved_proposals_only(refs)  # an "Akkoord." to a proposal: not to its reasons


def norm_text(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def eligible(ref: StatementRef) -> bool:
    """A statement that can take part in a contradiction: not a question, heading, fragment,
    chatter or a statement whose matter is only a pronoun (:func:`anaphoric`; for an
    endorsement: the endorsed text)."""
    text = ref.text.strip()
    if not text or text.endswith("?") or text.startswith("#") or text.startswith(">"):
        return False
    if anaphoric(text) or (ref.endorses is None and names_itself(text, ref.author.get("name"))):
        return False
    if len(_WORD.findall(text)) < MIN_WORDS or non_claim(text):
        return False  # a fragment, a bare dependent clause, a word of sympathy
    return not is_chatter(text, ref.lang or None)


def distinct(refs: Sequence[StatementRef]) -> list[StatementRef]:
    """The eligible statements, each text once (its first occurrence)."""
    seen: set[str] = set()
    out = []
    for r in refs:
        key = norm_text(r.text)
        if not eligible(r) or key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def with_sources(store: Store, refs: Sequence[StatementRef]) -> None:
    """Fill in each entry's source (input file and locator), one lookup per message."""
    cache: dict[int, str | None] = {}
    for r in refs:
        if r.message_id is None or r.source is not None:
            continue
        if r.message_id not in cache:
            found = store.sources_of(r.message_id)
            if not found:  # reconstructed or printed mail: the source of what holds it
                found = store.sources_of(_holder(store, r.message_id))
            cache[r.message_id] = _source_name(found[0]) if found else None
        r.source = cache[r.message_id]


def _source_name(src: dict[str, Any]) -> str:
    return f"{src['path']}#{src['locator']}" if src.get("locator") else str(src["path"])


def _holder(store: Store, message: int) -> int:
    row = store.message_row(str(message))
    if row is None:
        return message
    return int(row["document_id"] or row["container_id"] or row["contained_in"] or message)


def days_between(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    da = datetime.fromisoformat(a.replace("Z", "+00:00"))
    db = datetime.fromisoformat(b.replace("Z", "+00:00"))
    return abs((db - da).total_seconds()) / 86400.0


def time_factor(days: float | None) -> float:
    if not days:
        return 1.0
    return 1.0 + TIME_WEIGHT * min(1.0, math.log1p(days) / math.log1p(3650.0))


# ---------------------------------------------------------------------------- topics
def embed_refs(store: Store, embedder: Embedder, refs: Sequence[StatementRef]) -> np.ndarray:
    """(n, dim) vectors of these entries, from stored vectors where there are (the rest
    embedded now and cached)."""
    from onrecord.index.vectors import vectors_for

    ids = [r.vector_id for r in refs]
    got_ids, vecs = vectors_for(store, embedder, [i for i in ids if i is not None])
    at = {int(i): k for k, i in enumerate(got_ids.tolist())}
    out = np.zeros((len(refs), embedder.dim), dtype=np.float32)
    for k, i in enumerate(ids):
        if i is not None and i in at:
            out[k] = vecs[at[i]]
    return out


def on_topic(
    embedder: Embedder,
    vecs: np.ndarray,
    topic: str,
    *,
    threshold: float = TOPIC_QUERY_SIMILARITY,
    margin: float = TOPIC_MARGIN,
    top: int = TOPIC_MAX,
) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the entries near ``topic`` (best first) and their similarities: at least
    ``threshold`` and within ``margin`` of the best, ``top`` at most."""
    q = embedder.embed_queries([topic])[0]
    sims = vecs @ q
    order = np.argsort(-sims, kind="stable")
    floor = max(threshold, float(sims[order[0]]) - margin) if len(order) else threshold
    keep = [int(i) for i in order[:top] if sims[i] >= floor]
    return np.asarray(keep, dtype=np.int64), sims[keep]


def neighbour_pairs(
    vecs: np.ndarray,
    messages: Sequence[int | None],
    langs: Sequence[str] | None = None,
    *,
    k: int = NEIGHBOURS,
    threshold: float = TOPIC_SIMILARITY,
    cross_k: int = CROSS_NEIGHBOURS,
    cross_threshold: float = CROSS_SIMILARITY,
    duplicate: float = NEAR_DUPLICATE,
    block: int = 1024,
) -> dict[tuple[int, int], float]:
    """Candidate pairs ``(i, j)``, ``i < j``, with their similarity: each entry's ``k``
    nearest others with similarity in ``[threshold, duplicate)``, and (with ``langs``) its
    ``cross_k`` nearest in another language from ``cross_threshold``; never two of one message.
    At most ``n * (k + cross_k)`` pairs; the similarity matrix is computed one block of rows at
    a time, so memory stays at ``block * n``."""
    n = len(vecs)
    msg = np.asarray([-1 - i if m is None else m for i, m in enumerate(messages)], dtype=np.int64)
    lang_ids = None
    if langs is not None and cross_k > 0 and len(set(langs)) > 1:
        codes = {lg: c for c, lg in enumerate(sorted(set(langs)))}
        lang_ids = np.asarray([codes[lg] for lg in langs], dtype=np.int64)
    pairs: dict[tuple[int, int], float] = {}
    if n < 2:
        return pairs

    def take(rows: np.ndarray, sims: np.ndarray, kk: int, floor: float) -> None:
        kk = min(kk, n - 1)
        if kk <= 0:
            return
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        for r, i in enumerate(rows.tolist()):
            for j in top[r].tolist():
                sim = float(sims[r, j])
                if sim >= floor:
                    pairs[(i, j) if i < j else (j, i)] = sim

    for start in range(0, n, block):
        rows = np.arange(start, min(start + block, n))
        sims = vecs[rows] @ vecs.T
        sims[msg[rows][:, None] == msg[None, :]] = -np.inf  # self and same message
        sims[sims >= duplicate] = -np.inf
        take(rows, sims, k, threshold)
        if lang_ids is not None:
            sims[lang_ids[rows][:, None] == lang_ids[None, :]] = -np.inf
            take(rows, sims, cross_k, cross_threshold)
    return pairs


def count_topics(n: int, pairs: Sequence[tuple[int, int]]) -> int:
    """Topics among the paired entries, by star clustering of the neighbour graph: the entry
    with most neighbours not yet taken becomes a topic and takes them, and so on. (Connected
    groups would chain a large record into one.)"""
    adj: dict[int, set[int]] = {}
    for i, j in pairs:
        adj.setdefault(i, set()).add(j)
        adj.setdefault(j, set()).add(i)
    taken: set[int] = set()
    topics = 0
    for node in sorted(adj, key=lambda x: (-len(adj[x]), x)):
        if node in taken:
            continue
        topics += 1
        taken.add(node)
        taken |= adj[node]
    return topics


# ---------------------------------------------------------------------------- judging
def _wins(p: dict[str, float]) -> bool:
    return p["contradiction"] > max(p["entailment"], p["neutral"])


def pair_score(ab: dict[str, float], ba: dict[str, float]) -> float | None:
    """The contradiction score of a pair judged both ways: the larger contradiction probability
    of the directions where contradiction is the judge's most probable label; None when it is
    in neither. (Requiring both directions, or their mean, lost most true pairs with the
    builtin judge: see benchmarks/README.md.)"""
    found = [p["contradiction"] for p in (ab, ba) if _wins(p)]
    return max(found) if found else None


def both_ways(ab: dict[str, float], ba: dict[str, float]) -> float | None:
    """The stricter rule: contradiction most probable in both directions; their mean."""
    if _wins(ab) and _wins(ba):
        return (ab["contradiction"] + ba["contradiction"]) / 2.0
    return None


#: Rank factor of a pair with a later account of one's own past ("I have always opposed it")
#: against what one wrote at the time: the self-contradiction a reader looks for.
ACCOUNT_BONUS = 1.3


def firmness(a: str, b: str) -> float:
    """The rank factor of a pair from how each side speaks: an account against the record."""
    return ACCOUNT_BONUS if retrospective(a) != retrospective(b) else 1.0


def closeness(similarity: float) -> float:
    """How close two statements are in topic, 0..1, for ranking."""
    return min(1.0, max(0.0, (similarity - CLOSENESS_FLOOR) / (1.0 - CLOSENESS_FLOOR)))


def _judge_both_ways(
    judge: Judge,
    pairs: Sequence[tuple[StatementRef, StatementRef]],
    progress: ProgressFn | None,
    done: int,
    total: int,
) -> list[tuple[dict[str, float], dict[str, float]]]:
    out: list[tuple[dict[str, float], dict[str, float]]] = []
    for start in range(0, len(pairs), JUDGE_BATCH):
        part = pairs[start : start + JUDGE_BATCH]
        todo = [(a.text, b.text) for a, b in part] + [(b.text, a.text) for a, b in part]
        js = judge.judge(todo)
        m = len(part)
        out += [(js[i].probs, js[m + i].probs) for i in range(m)]
        if progress:
            progress(done + len(out), total)
    return out


def _defaults(judge: Judge | None, embedder: Embedder | None) -> tuple[Judge, Embedder]:
    if judge is None:
        from onrecord.models.judges.builtin import shared

        judge = shared()
    if embedder is None:
        from onrecord.models.embedders import get_embedder

        embedder = get_embedder(None)
    return judge, embedder


# ---------------------------------------------------------------------------- the search
@dataclass
class _Plan:
    person: dict[str, Any]
    refs: list[StatementRef]
    sims: dict[tuple[int, int], float]
    stats: dict[str, Any]


def _plan(
    store: Store,
    person: dict[str, Any],
    topic: str | None,
    embedder: Embedder,
    neighbours: int,
    threshold: float,
    cross_neighbours: int = CROSS_NEIGHBOURS,
) -> _Plan:
    refs = distinct(record_of(store, person))
    n_all = len(refs)
    vecs = embed_refs(store, embedder, refs) if refs else np.zeros((0, embedder.dim), np.float32)
    if topic and refs:
        keep, _ = on_topic(embedder, vecs, topic)
        keep = np.sort(keep)  # back to date order
        refs = [refs[i] for i in keep.tolist()]
        vecs = vecs[keep]
    sims = neighbour_pairs(
        vecs,
        [r.message_id for r in refs],
        [r.lang for r in refs],
        k=neighbours,
        threshold=threshold,
        cross_k=cross_neighbours,
    )
    if neighbours < len(refs):  # not with every pair already a candidate
        texts, langs = [r.text for r in refs], [r.lang for r in refs]
        for key, sim in denial_pairs(vecs, texts, [r.message_id for r in refs], langs).items():
            sims.setdefault(key, sim)
    n = len(refs)
    stats = {
        "statements": n_all,
        "topic": topic,
        "on_topic": n if topic else None,
        "topics": count_topics(n, list(sims)),
        "pairs_judged": 0,
        "pairs_possible": n * (n - 1) // 2,
        "judge_calls": 0,
    }
    return _Plan(person_dict(person), refs, sims, stats)


def find_contradictions(
    store: Store,
    person: str | int | None = None,
    topic: str | None = None,
    *,
    judge: Judge | None = None,
    embedder: Embedder | None = None,
    limit: int = 20,
    progress: ProgressFn | None = None,
    neighbours: int = NEIGHBOURS,
    threshold: float = TOPIC_SIMILARITY,
    cross_neighbours: int = CROSS_NEIGHBOURS,
    scorer: Callable[[dict[str, float], dict[str, float]], float | None] = pair_score,
) -> list[ContradictionReport]:
    """Where a person contradicted themselves, best first: one report per person (``person``
    None: every person with at least ``MIN_STATEMENTS`` statements, those with pairs first).
    ``topic`` keeps the statements near that text; ``limit`` caps the pairs per report;
    ``progress(done, total)`` is called as pairs are judged; ``neighbours``, ``threshold``,
    ``cross_neighbours`` and ``scorer`` (probabilities a->b and b->a in, score or None out) tune the search. Raises
    :class:`PersonNotFound`."""
    judge, embedder = _defaults(judge, embedder)
    if person is not None:
        targets = [resolve_person(store, str(person))]
    else:
        targets = [p for p in store.persons() if not p["is_role"]]
    # person by person, so that memory holds one person's record at a time; the progress total
    # grows as persons are planned
    state = {"done": 0, "total": 0}
    reports = []
    for p in targets:
        plan = _plan(store, p, topic, embedder, neighbours, threshold, cross_neighbours)
        if person is None and len(plan.refs) < MIN_STATEMENTS:
            continue
        state["total"] += len(plan.sims)
        if progress:
            progress(state["done"], state["total"])
        report = _judge_plan(store, plan, judge, scorer, limit, progress, state)
        if person is not None or report.pairs:
            reports.append(report)
    if person is None:
        reports.sort(key=lambda r: (-r.pairs[0].rank, r.person["id"] if r.person else 0))
    return reports


def _judge_plan(
    store: Store,
    plan: _Plan,
    judge: Judge,
    scorer: Callable[[dict[str, float], dict[str, float]], float | None],
    limit: int,
    progress: ProgressFn | None,
    state: dict[str, int],
) -> ContradictionReport:
    keys = sorted(plan.sims)
    todo = [_ordered(plan.refs[i], plan.refs[j]) for i, j in keys]
    judged = _judge_both_ways(judge, todo, progress, state["done"], state["total"])
    state["done"] += len(todo)
    rates = [
        rate_pair(a, b, ab, ba, plan.sims[key], scorer)
        for key, (a, b), (ab, ba) in zip(keys, todo, judged, strict=True)
    ]
    sides = [(a, b, plan.sims[key]) for key, (a, b) in zip(keys, todo, strict=True)]
    for k, score in undone_pledges(judge, sides, [r is not None for r in rates]).items():
        (a, b), (ab, ba) = todo[k], judged[k]
        rates[k] = rate_pair(a, b, ab, ba, sides[k][2], lambda _x, _y, s=score: s)
    pairs = []
    for (i, j), (a, b), (ab, ba), rated in zip(keys, todo, judged, rates, strict=True):
        sim = plan.sims[(i, j)]
        if rated is None:
            continue
        score, rank = rated
        days = days_between(a.date, b.date)
        pairs.append(
            ContradictionPair(
                person=plan.person,
                a=a,
                b=b,
                score=score,
                judge=judge.name,
                days_apart=days,
                rank=rank,
                similarity=sim,
                probs={"a->b": dict(ab), "b->a": dict(ba)},
            )
        )
    pairs.sort(key=lambda p: (-p.rank, p.a.statement_id or 0, p.b.statement_id or 0))
    found = len(pairs)
    pairs = pairs[:limit]
    with_sources(store, [r for p in pairs for r in (p.a, p.b)])
    plan.stats.update(
        pairs_judged=len(todo),
        judge_calls=2 * len(todo),
        pairs_found=found,  # before ``limit``
        judge=judge.name,
    )
    return ContradictionReport(plan.person, pairs, plan.stats)


def rate_pair(
    a: StatementRef,
    b: StatementRef,
    ab: dict[str, float],
    ba: dict[str, float],
    similarity: float,
    scorer: Callable[[dict[str, float], dict[str, float]], float | None] = pair_score,
) -> tuple[float, float] | None:
    """The score and rank of a judged pair (``a`` the earlier), or None when it is not
    reported: no contradiction, or ranked under :data:`MIN_RANK`."""
    score = scorer(ab, ba)
    if score is None:
        score = rule_score(a, b, ab, ba, similarity)
    if score is None:
        return None
    days = days_between(a.date, b.date)
    rank = score * closeness(similarity) * time_factor(days) * firmness(a.text, b.text)
    other = apart_in_time(a, b)
    rank *= pair_factor(a, b) * stance_factor(a.text, b.text, a.lang, b.lang, other, similarity)
    if rank < MIN_RANK:
        return None
    return score, rank


def _ordered(x: StatementRef, y: StatementRef) -> tuple[StatementRef, StatementRef]:
    """The earlier first (undated last; ties by statement)."""
    kx = (x.date or "9999", x.statement_id or 0)
    ky = (y.date or "9999", y.statement_id or 0)
    return (x, y) if kx <= ky else (y, x)
