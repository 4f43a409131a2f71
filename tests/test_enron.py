"""The two Enron mailboxes (``../shared/corpora/enron-mbox``), ingested once: persons against the
hand labels of ``benchmarks/data/enron-persons`` and the names the corpus carries outside its
addresses (issue 14). Skipped where the shared corpora are absent."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from _corpora import corpora_dir
from onrecord.engines.local import ingest
from onrecord.record.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _benchmark(name: str) -> ModuleType:
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def enron(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    mailboxes = corpora_dir("enron-mbox")
    db = tmp_path_factory.mktemp("enron") / "enron.db"
    store = Store.open(db)
    report = ingest(store, [mailboxes], workers=1)
    store.close()
    assert report.failed == 0
    yield db


def test_sender_named_from_x_from(enron: Path) -> None:
    """The mail of the issue: ``From: sara.shackleton@enron.com`` and ``X-From: Sara
    Shackleton``; it was shown with no name."""
    db = sqlite3.connect(enron)
    row = db.execute(
        "SELECT from_name, from_email FROM messages WHERE message_id = ?",
        ("13140195.1075860215604.JavaMail.evans@thyme",),
    ).fetchone()
    assert row == ("Sara Shackleton", "sara.shackleton@enron.com")
    # Mark Taylor's sent items: "legal <.taylor@enron.com>" is named from X-From
    names = {
        r[0]
        for r in db.execute("SELECT from_name FROM messages WHERE from_email = '.taylor@enron.com'")
    }
    assert names == {"Taylor, Mark E (Legal)"}


def test_persons_against_the_hand_labels(enron: Path) -> None:
    bench = _benchmark("enron_persons")
    records = bench.read_labels()
    assert len(records) >= 150
    db = sqlite3.connect(enron)
    pred = bench.predicted(db, records)
    precision, recall, false_merges, _ = bench.score(records, pred)
    assert precision >= 0.98, [(records[i], records[j]) for i, j in false_merges[:10]]
    assert recall >= 0.90


def test_quoted_writers_link_to_the_person_with_the_address(enron: Path) -> None:
    store = Store.open(enron)
    found = store.persons_of([], ["Shackleton, Sara", "Taylor, Mark E (Legal)"])
    sara = store.persons_of(["sara.shackleton@enron.com"])["sara.shackleton@enron.com"]
    mark = store.persons_of(["mark.taylor@enron.com"])["mark.taylor@enron.com"]
    assert found["shackleton, sara"] == sara
    assert found["taylor, mark e (legal)"] == mark
    # and her person page holds what she wrote in mail quoted by others
    person = store.persons([sara[0]])[0]
    assert "Shackleton, Sara" in person["names"]
    store.close()


def test_fewer_persons_than_addresses(enron: Path) -> None:
    """Names link one person's addresses: the 5,912 personal addresses of the two mailboxes
    belong to 5,369 persons (main at 43a5d00, before names were read: nearly one person per
    address). Writers known only by a name in a quote header are persons of their own and not
    counted here."""
    db = sqlite3.connect(enron)
    addresses, persons = db.execute(
        "SELECT COUNT(DISTINCT pe.email), COUNT(DISTINCT pe.person) FROM person_emails pe "
        "JOIN persons p ON p.id = pe.person WHERE p.is_role = 0"
    ).fetchone()
    assert addresses > 5800
    assert persons < addresses - 400


def test_plain_assent_endorses_what_it_answers(enron: Path) -> None:
    """Real replies in plain words ("Looks fine by me.", "OK by me.") endorse what they answer;
    a conditional one ("Fine with me so long as …") does not. Main at 43a5d00 found 35
    endorsements in these mailboxes."""
    db = sqlite3.connect(enron)
    endorsed = dict(
        db.execute(
            "SELECT m.message_id, s.text FROM endorsements e JOIN statements s ON s.id = e.statement "
            "JOIN messages m ON m.id = e.message WHERE e.stance = 'agree' AND e.target IS NOT NULL"
        )
    )
    assert endorsed.get("15577301.1075858591447.JavaMail.evans@thyme") == "Looks fine by me."
    assert endorsed.get("1181641.1075858603561.JavaMail.evans@thyme") == "OK by me."
    assert "13134189.1075858597016.JavaMail.evans@thyme" not in endorsed
    count = db.execute("SELECT COUNT(DISTINCT statement) FROM endorsements").fetchone()[0]
    assert count >= 70
