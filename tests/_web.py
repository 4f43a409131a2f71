"""A database for the web app's tests: the bundled sample's mail plus one hostile message."""

from __future__ import annotations

from pathlib import Path

from onrecord.engines.local import ingest
from onrecord.present.demo import sample_dir
from onrecord.record.store import Store

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
PAYLOAD_ID = "pwned-1@evil.example"

PAYLOAD = f"""From: Eve Mallory <eve@evil.example>
To: Ilse Okafor <ilse@lumenlabs.example>
Subject: Payload {SCRIPT}
Date: Mon, 20 Mar 2017 10:00:00 +0000
Message-ID: <{PAYLOAD_ID}>
Content-Type: text/plain; charset=utf-8

Hello Ilse, here is the pwned note: {SCRIPT}

And the pwned picture: {IMG}
"""


def build_db(folder: Path) -> Path:
    """The sample's mail (mbox and Maildir), Vale's complaint (his public statement) and the
    payload message, ingested into one file."""
    sample = sample_dir()
    eml = folder / "payload.eml"
    eml.write_text(PAYLOAD)
    db = folder / "web.db"
    store = Store.open(db)
    ingest(
        store,
        [sample / "archive.mbox", sample / "maildir", eml, sample / "complaint.md"],
        workers=1,
    )
    store.close()
    return db
