"""Hybrid retrieval: BM25 (FTS5) and dense vectors, fused by reciprocal rank, with filters.

How one query runs (nothing waits for a full embedding of the archive):

1. **BM25**: FTS5 in OR mode (any term, ranked), over the filter's *pool*: the statements the
   person/date/kind filter matches, plus the statements those endorse ("Yup" endorses what it
   answers). Of a long query only its rarest terms are searched, up to ``BM25_POSTINGS``
   matching statements (common words cost the most and weigh least). Top ``candidates``.
2. **Dense**: the query is embedded with the embedder's query form, then cosine-scored against
   a. every stored vector of the pool (streamed in chunks; after ``embed_pending`` this is the
      whole pool),
   b. the BM25 candidates' stored vectors, and vectors made on the spot (at most
      ``embed_budget`` per query, cached) for the best ``embed_top`` BM25 candidates that have
      none, then, with a person filter, for the person's newest statements (and what they
      endorse) that have none: so a Dutch claim about a person finds that person's English mail
      before any full embedding, each query about them covers more of their record, and the
      work of a cold query stays bounded.
   Top ``candidates``.
3. **Fusion**: reciprocal rank fusion, ``sum(1 / (rrf_k + rank))`` over the two lists; equal
   scores go by statement id, so the order is deterministic.
4. **Endorsements**: each ranked statement that passes the filter is a hit; after it come the
   endorsements of it whose own statement passes the filter ("Yup", with ``via_endorsement``
   naming the endorsed text and scores copied from it). A ranked statement outside the filter
   (someone else's words a filtered person endorsed) yields only those endorsements. An
   "Agreed." to a mail endorses each of its statements: it is a hit once per endorsed
   statement that ranks (at most ``ENDORSED_TARGETS``), so the proposal it agreed to is read
   even when another sentence of the same mail (the figures before the proposal) ranks first.
5. **Across languages**: given the query's language and ``across``, the ``across`` best dense
   matches written in *another* language follow the top ``k`` when fusion left them out
   (``Hit.across``). BM25 cannot match across languages (a Dutch claim shares only names and
   numbers with an English mail), so such a statement has one vote where one in the query's
   language has two: on the development cases the deciding English mail of a Dutch claim had
   dense rank 1 and fused rank 11 to 67, below Dutch statements that merely shared its names.
   Letting its dense rank stand in for the BM25 rank instead reached as many, but pushed
   same-language evidence out (short statements in the other language get noisy dense ranks),
   so these are added, never swapped in.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from onrecord.index.fulltext import cheap_terms, fold, fts_terms, statement_fields
from onrecord.index.vectors import dense_search, rank, table_for, vectors_for
from onrecord.models.base import Embedder
from onrecord.record.store import Store
from onrecord.record.vectors import Candidates, StatementFilter

_WORD = re.compile(r"\w+")

RRF_K = 60
#: At most this many statements are embedded on the spot by one query (the rest waits for
#: ``embed_pending``, or for the next query that needs them): the best BM25 candidates first (at
#: most ``EMBED_TOP`` of them), then, with a person filter, the person's newest statements that
#: have no vector yet. Vectors made on demand are cached, so each query about a person embeds
#: the next newest part of their record and later queries are faster. On two CPU cores the
#: embedder makes roughly 50-100 statements a second, so this bounds a cold query's cost.
EMBED_BUDGET = 48
#: How many of the best BM25 candidates may be embedded on the spot (within ``EMBED_BUDGET``).
EMBED_TOP = 24
#: BM25 (OR mode) scores every statement holding any of the query's terms: a claim's common
#: words ("should", "think", "next") each match 1-3% of a large archive, and scoring those
#: hundreds of thousands of rows took seconds. So only the rarest terms are searched, as many
#: as fit in this many matching statements (at least two terms); the dropped ones weigh least
#: in BM25 (lowest IDF), and an archive under this size is searched with every term. On the
#: 100k-message archive (1.3 M statements) 100,000 postings took 0.17 s a query and 50,000 0.10 s,
#: with 97.5 % of the first 30 statements the same (session 29; a claim runs 2-3 such queries).
BM25_POSTINGS = 50_000
#: An endorsement is a hit at most this many times, once per statement it endorses that ranks.
ENDORSED_TARGETS = 3
#: Language codes that say nothing about the language (too short to tell).
_NO_LANG = frozenset({"", "und"})


@dataclass(slots=True)
class Endorsed:
    """The statement an endorsement hit stands behind."""

    statement_id: int
    stance: str  # agree | disagree
    text: str
    author_name: str
    author_email: str
    date: str | None
    message: int
    message_id: str | None
    matched: bool  # the query matched this endorsed text (not the endorsement's own words)

    def as_dict(self) -> dict[str, Any]:
        return {
            "statement_id": self.statement_id,
            "stance": self.stance,
            "text": self.text,
            "author": {"name": self.author_name, "email": self.author_email},
            "date": self.date,
            "message": self.message,
            "message_id": self.message_id,
            "matched": self.matched,
        }


@dataclass(slots=True)
class Hit:
    statement_id: int
    message: int
    message_id: str | None
    subject: str
    text: str
    author_name: str
    author_email: str
    date: str | None
    date_offset: int | None
    kind: str
    lang: str
    span: tuple[int, int]
    score: float  # fused (RRF); higher is better
    bm25_rank: int | None = None  # 1-based, None when BM25 did not find it
    bm25_score: float | None = None  # FTS5 bm25(): lower is better
    dense_rank: int | None = None
    dense_score: float | None = None  # cosine similarity
    via_endorsement: Endorsed | None = None
    # placed after the top k as the n-th best dense match in another language (0: not so)
    across: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            **statement_fields(self),
            "span": list(self.span),
            "score": round(self.score, 6),
            "bm25": None
            if self.bm25_rank is None
            else {"rank": self.bm25_rank, "score": round(-(self.bm25_score or 0.0), 4)},
            "dense": None
            if self.dense_rank is None
            else {"rank": self.dense_rank, "score": round(self.dense_score or 0.0, 4)},
            "endorses": self.via_endorsement.as_dict() if self.via_endorsement else None,
        }


def bm25_ranking(
    store: Store, query: str, flt: StatementFilter, limit: int, postings: int = BM25_POSTINGS
) -> list[tuple[int, float]]:
    """(statement, bm25) best first over the filter's pool, any term matching; of a long query
    only the rarest terms, up to ``postings`` matching statements in all (see ``BM25_POSTINGS``)."""
    terms = fts_terms(query, "or")
    if not terms:
        return []
    cand = Candidates(store)
    if len(terms) > 2 and postings > 0:
        words = {t: fold(t.strip('"')) for t in terms if " " not in t}
        freq = cand.doc_freqs(list(words.values()))
        terms = cheap_terms(terms, {t: freq[w] for t, w in words.items()}, postings)
    return cand.bm25(" OR ".join(terms), flt, limit)


def dense_ranking(
    store: Store,
    query: str,
    embedder: Embedder,
    flt: StatementFilter,
    limit: int,
    *,
    extra: Sequence[int] = (),
    embed_budget: int = EMBED_BUDGET,
    embed_top: int = EMBED_TOP,
    cache: bool = True,
) -> list[tuple[int, float]]:
    """(statement, cosine) best first: stored vectors of the pool and of the ``extra`` statements
    (BM25's candidates, best first), plus vectors made on the spot within ``embed_budget``: for
    the first ``embed_top`` of ``extra`` that have none, then (with a person filter) for the
    person's newest statements that have none."""
    table = table_for(store, embedder)
    q = query_vector(embedder, query)
    scores: dict[int, float] = dict(dense_search(table, q, flt, limit))
    wanted = [i for i in dict.fromkeys(int(i) for i in extra) if i not in scores]
    have, missing = table.current(wanted) if wanted else ({}, [])
    top = set(wanted[:embed_top])
    todo = [sid for sid, _ in missing if sid in top][: max(embed_budget, 0)]
    if flt.by_person and len(todo) < embed_budget:
        queued = set(todo)  # the rest of the pool has vectors, so only these can repeat
        fresh = Candidates(store).recent_unembedded(flt, table.model_id, embed_budget)
        todo += [i for i in fresh if i not in queued][: embed_budget - len(todo)]
    score_ids = [*have, *todo]
    if score_ids:
        ids, vecs = vectors_for(store, embedder, score_ids, cache=cache, table=table)
        for sid, s in zip(ids.tolist(), (vecs @ q).tolist()):
            scores[sid] = s
    if not scores:
        return []
    ids_arr = np.fromiter(scores.keys(), dtype=np.int64, count=len(scores))
    sc_arr = np.fromiter(scores.values(), dtype=np.float32, count=len(scores))
    return rank(ids_arr, sc_arr)[:limit]


_QUERIES: OrderedDict[tuple[int, str], tuple[Embedder, np.ndarray]] = OrderedDict()
_QUERIES_LOCK = threading.Lock()
#: Query vectors kept: one check searches the same words two or three times (the subject's
#: record, the period it names, what others wrote), each embedding once cost 30-40 ms.
QUERY_CACHE = 64


def query_vector(embedder: Embedder, text: str) -> np.ndarray:
    """The embedder's query vector for ``text`` (read-only), from a small cache of the latest
    queries; keyed by the embedder object, which the cache holds so its id stays its own."""
    key = (id(embedder), text)
    with _QUERIES_LOCK:
        if key in _QUERIES:
            _QUERIES.move_to_end(key)
            return _QUERIES[key][1]
    vec = np.array(embedder.embed_queries([text])[0], dtype=np.float32)
    vec.setflags(write=False)
    with _QUERIES_LOCK:
        _QUERIES[key] = (embedder, vec)
        while len(_QUERIES) > QUERY_CACHE:
            _QUERIES.popitem(last=False)
    return vec


def without_names(query: str, names: Sequence[str]) -> str:
    """The query less the words of these names ("Vale wilde de wetenschap niet delen", filtered
    to Vale, searches "wilde de wetenschap niet delen"): under a person filter every hit is that
    person's, so their name only pulls in statements *about* them. Kept whole if nothing else
    would remain."""
    words = {w.casefold() for n in names for w in _WORD.findall(n) if len(w) > 1}
    if not words:
        return query
    kept = re.sub(r"\w+", lambda m: "" if m.group(0).casefold() in words else m.group(0), query)
    kept = re.sub(r"\s+", " ", kept).strip()
    return kept if _WORD.search(kept) else query


def fuse(
    rankings: Sequence[Sequence[tuple[int, float]]], rrf_k: int = RRF_K
) -> list[tuple[int, float]]:
    """Reciprocal rank fusion of best-first lists: (id, fused score) best first, ties by id."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for r, (sid, _) in enumerate(ranking, start=1):
            fused[sid] = fused.get(sid, 0.0) + 1.0 / (rrf_k + r)
    return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))


def retrieve(
    store: Store,
    query: str,
    *,
    embedder: Embedder | None,
    emails: Sequence[str] | None = None,
    names: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    kinds: Sequence[str] | None = ("authored",),
    k: int = 10,
    candidates: int = 200,
    embed_budget: int = EMBED_BUDGET,
    embed_top: int = EMBED_TOP,
    rrf_k: int = RRF_K,
    mode: str = "hybrid",
    cache: bool = True,
    lang: str | None = None,
    across: int = 0,
    unplaced: Callable[[Hit], bool] | None = None,
) -> list[Hit]:
    """The ``k`` best statements for ``query`` within the filters (see the module docstring).

    ``emails``/``names`` restrict to statements by those people (names count for statements with
    no address); ``since``/``until`` are ISO dates, ``[since, until)``; ``kinds`` are segment
    kinds (None: all). ``mode`` is ``hybrid``, ``bm25`` or ``dense``; ``embedder=None`` means
    BM25 only. With ``cache``, vectors embedded on demand are stored for later queries.
    ``lang`` is the query's language: the ``across`` best dense matches in another language
    follow the top ``k`` when they are not among them. Hits that ``unplaced`` holds are returned
    in their rank but take none of the ``k`` places (a claim's own source document: the caller
    lists it apart, and the statements below it are what it needs)."""
    if mode not in ("hybrid", "bm25", "dense"):
        raise ValueError(f"mode must be hybrid, bm25 or dense, not {mode!r}")
    flt = StatementFilter.of(emails, names, since, until, kinds)
    if flt.by_person:
        query = without_names(
            query, [*(names or ()), *Candidates(store).person_names(emails or [])]
        )
    bm25: list[tuple[int, float]] = []
    dense: list[tuple[int, float]] = []
    if mode != "dense" or embedder is None:
        bm25 = bm25_ranking(store, query, flt, candidates)
    if mode != "bm25" and embedder is not None and query.strip():
        dense = dense_ranking(
            store,
            query,
            embedder,
            flt,
            candidates,
            extra=[sid for sid, _ in bm25],
            embed_budget=embed_budget,
            embed_top=embed_top,
            cache=cache,
        )
    other: set[int] = set()
    if mode == "hybrid" and bm25 and dense and lang is not None and lang not in _NO_LANG:
        other = other_language(store, [sid for sid, _ in dense], lang)
    fused = fuse([r for r in (bm25, dense) if r], rrf_k)
    reserved = [sid for sid, _ in dense if sid in other][: max(across, 0)]
    return _hits(store, fused, bm25, dense, flt, k, reserved, unplaced)


def other_language(store: Store, ids: Sequence[int], lang: str) -> set[int]:
    """Those of ``ids`` written in a known language other than ``lang``."""
    langs = Candidates(store).langs(ids)
    return {sid for sid, lg in langs.items() if lg not in _NO_LANG and lg != lang}


def _hits(
    store: Store,
    fused: list[tuple[int, float]],
    bm25: list[tuple[int, float]],
    dense: list[tuple[int, float]],
    flt: StatementFilter,
    k: int,
    reserved: Sequence[int] = (),
    unplaced: Callable[[Hit], bool] | None = None,
) -> list[Hit]:
    """The hits of the first ``k`` of ``fused`` (a statement, then its endorsements), then
    those of the ``reserved`` statements that did not make it; a hit ``unplaced`` holds is
    kept but not counted in ``k``."""
    cand = Candidates(store)
    bm25_at = {sid: (r, s) for r, (sid, s) in enumerate(bm25, start=1)}
    dense_at = {sid: (r, s) for r, (sid, s) in enumerate(dense, start=1)}
    order = [sid for sid, _ in fused]
    links = cand.links(order)
    endorsers: dict[int, list[tuple[int, str]]] = {}  # target -> [(endorsing statement, stance)]
    endorsed: dict[int, list[tuple[int, str]]] = {}  # endorsing statement -> [(target, stance)]
    for r in links:
        endorsers.setdefault(int(r["target"]), []).append((int(r["statement"]), r["stance"]))
        endorsed.setdefault(int(r["statement"]), []).append((int(r["target"]), r["stance"]))
    rows = cand.rows(
        list(
            dict.fromkeys(
                [*order, *(int(r["statement"]) for r in links), *(int(r["target"]) for r in links)]
            )
        ),
        flt,
    )

    def endorsed_info(target: int, stance: str, matched: bool) -> Endorsed | None:
        t = rows.get(target)
        if t is None:
            return None
        return Endorsed(
            target,
            stance,
            t["text"],
            t["author_name"],
            t["author_email"],
            t["date"],
            t["message"],
            t["message_id"],
            matched,
        )

    def hit(sid: int, score: float, scored: int, via: Endorsed | None) -> Hit:
        r = rows[sid]
        b = bm25_at.get(scored)
        d = dense_at.get(scored)
        return Hit(
            statement_id=sid,
            message=r["message"],
            message_id=r["message_id"],
            subject=r["subject"],
            text=r["text"],
            author_name=r["author_name"],
            author_email=r["author_email"],
            date=r["date"],
            date_offset=r["date_offset"],
            kind=r["kind"],
            lang=r["lang"],
            span=(r["start"], r["end"]),
            score=score,
            bm25_rank=b[0] if b else None,
            bm25_score=b[1] if b else None,
            dense_rank=d[0] if d else None,
            dense_score=d[1] if d else None,
            via_endorsement=via,
        )

    rank = {sid: n for n, sid in enumerate(order)}
    out: list[Hit] = []
    placed = 0  # hits that count in ``k``

    def put(h: Hit) -> None:
        nonlocal placed
        out.append(h)
        placed += unplaced is None or not unplaced(h)

    seen: set[tuple[int, int | None]] = set()  # (statement, the statement it endorses here)
    times: dict[int, int] = {}  # endorsing statement -> hits so far

    def emit(sid: int, score: float, limit: int) -> None:
        """The statement (if it passes the filter), then its endorsements."""
        row = rows.get(sid)
        if row is None:
            return
        if row["in_filter"] and sid not in times and placed < limit:
            via = None
            if sid in endorsed:  # an endorsement that matched by itself: say what it endorses,
                # of the statements it endorses the one the query ranks best (a "Prima, doen
                # we." under a three-paragraph mail endorses the whole mail, not its first line)
                target, stance = min(endorsed[sid], key=lambda ts: rank.get(ts[0], len(rank)))
                via = endorsed_info(target, stance, matched=False)
            put(hit(sid, score, sid, via))
            seen.add((sid, via.statement_id if via else None))
            times[sid] = 1
        for esid, stance in endorsers.get(sid, []):
            if placed >= limit:
                break
            erow = rows.get(esid)
            if erow is None or not erow["in_filter"] or (esid, sid) in seen:
                continue
            if times.get(esid, 0) >= ENDORSED_TARGETS:
                continue
            put(hit(esid, score, sid, endorsed_info(sid, stance, matched=True)))
            seen.add((esid, sid))
            times[esid] = times.get(esid, 0) + 1

    for sid, score in fused:
        if placed >= k:
            break
        emit(sid, score, k)
    score_of = dict(fused)
    for n, sid in enumerate(reserved, 1):
        if sid not in times and sid in score_of:
            at = len(out)
            emit(sid, score_of[sid], placed + 1)
            for h in out[at:]:
                h.across = n
    return out
