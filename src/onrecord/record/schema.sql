-- onrecord record schema. One SQLite file; open it with any SQLite tool.
-- Dates are ISO-8601 UTC strings ("2016-03-01T09:30:00Z"); offsets are minutes east of UTC.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Raw bytes of every message, document and attachment, addressed by their SHA-256.
CREATE TABLE IF NOT EXISTS blobs (
    hash TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
) WITHOUT ROWID;

-- One input file (or Maildir folder) and what became of the messages in it.
CREATE TABLE IF NOT EXISTS sources (
    id        INTEGER PRIMARY KEY,
    path      TEXT NOT NULL UNIQUE,
    format    TEXT NOT NULL,
    size      INTEGER NOT NULL DEFAULT 0,
    complete  INTEGER NOT NULL DEFAULT 0
);

-- Every message found in an input, with its outcome. The counts per source always add up.
CREATE TABLE IF NOT EXISTS items (
    id         INTEGER PRIMARY KEY,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    locator    TEXT NOT NULL,
    outcome    TEXT NOT NULL CHECK (outcome IN ('ingested', 'duplicate', 'failed')),
    message    INTEGER REFERENCES messages(id),
    blob_hash  TEXT,
    flags      TEXT NOT NULL DEFAULT '',
    reason     TEXT,
    UNIQUE (source_id, locator)
);
CREATE INDEX IF NOT EXISTS items_message ON items(message);

CREATE TABLE IF NOT EXISTS messages (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,          -- mail | document | attachment
    blob_hash       TEXT NOT NULL,
    message_id      TEXT,                   -- the Message-ID header, without <>
    content_hash    TEXT NOT NULL,
    subject         TEXT NOT NULL DEFAULT '',
    subject_norm    TEXT NOT NULL DEFAULT '',
    from_name       TEXT NOT NULL DEFAULT '',
    from_email      TEXT NOT NULL DEFAULT '',
    date            TEXT,
    date_offset     INTEGER,
    list_id         TEXT,
    parent_ref      TEXT,                   -- Message-ID this message replies to, per its headers
    refs            TEXT NOT NULL DEFAULT '',
    thread_id       INTEGER,
    parent_id       INTEGER,
    container_id    INTEGER REFERENCES messages(id),  -- for attachments: the message carrying it
    reconstructed   TEXT,                   -- NULL, 'quote', 'forward' or 'exhibit'
    contained_in    INTEGER,
    document_id     INTEGER REFERENCES messages(id),  -- the exhibit a printed mail was found in                -- a later message of the thread quoting all of this one
    lang            TEXT NOT NULL DEFAULT '',
    body_text       TEXT NOT NULL DEFAULT '',
    body_html       TEXT,
    defects         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS messages_message_id ON messages(message_id);
CREATE UNIQUE INDEX IF NOT EXISTS messages_content_hash ON messages(content_hash);
CREATE INDEX IF NOT EXISTS messages_parent_ref ON messages(parent_ref);
CREATE INDEX IF NOT EXISTS messages_thread ON messages(thread_id);
CREATE INDEX IF NOT EXISTS messages_subject ON messages(subject_norm);
CREATE INDEX IF NOT EXISTS messages_from ON messages(from_email);

-- Every Message-ID a message carries or mentions, mapped to its thread: an incremental union-find.
CREATE TABLE IF NOT EXISTS thread_ids (
    msgid     TEXT PRIMARY KEY,
    thread_id INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS thread_ids_thread ON thread_ids(thread_id);

CREATE TABLE IF NOT EXISTS addresses (
    message INTEGER NOT NULL REFERENCES messages(id),
    role    TEXT NOT NULL,                  -- from | to | cc
    name    TEXT NOT NULL,
    email   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS addresses_message ON addresses(message);
CREATE INDEX IF NOT EXISTS addresses_email ON addresses(email);

CREATE TABLE IF NOT EXISTS attachments (
    id           INTEGER PRIMARY KEY,
    message      INTEGER NOT NULL REFERENCES messages(id),
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    blob_hash    TEXT NOT NULL,
    document     INTEGER REFERENCES messages(id)
);
CREATE INDEX IF NOT EXISTS attachments_message ON attachments(message);

CREATE TABLE IF NOT EXISTS segments (
    id                  INTEGER PRIMARY KEY,
    message             INTEGER NOT NULL REFERENCES messages(id),
    kind                TEXT NOT NULL,
    start               INTEGER NOT NULL,
    "end"               INTEGER NOT NULL,
    author_name         TEXT NOT NULL DEFAULT '',
    author_email        TEXT NOT NULL DEFAULT '',
    date                TEXT,
    date_offset         INTEGER,
    original_message_id TEXT,
    original            INTEGER REFERENCES messages(id),  -- the message quoted or forwarded
    depth               INTEGER NOT NULL DEFAULT 0,
    linked              INTEGER NOT NULL DEFAULT 0        -- 1 once the linker has looked at it
);
CREATE INDEX IF NOT EXISTS segments_message ON segments(message);
CREATE INDEX IF NOT EXISTS segments_unlinked ON segments(linked) WHERE linked = 0;

-- A short reply that agrees or disagrees ("Yup", "Akkoord", "No") stands for what it answers:
-- one row per endorsed statement. `target` is the statement endorsed: the original author's own
-- statement where the archive holds it (or reconstructs it), else the quoted copy in the reply.
CREATE TABLE IF NOT EXISTS endorsements (
    id             INTEGER PRIMARY KEY,
    statement      INTEGER NOT NULL REFERENCES statements(id),
    message        INTEGER NOT NULL REFERENCES messages(id),
    stance         TEXT NOT NULL CHECK (stance IN ('agree', 'disagree')),
    target         INTEGER REFERENCES statements(id),
    quoted         INTEGER REFERENCES statements(id),  -- the quoted copy inside the reply, if any
    endorser_name  TEXT NOT NULL DEFAULT '',
    endorser_email TEXT NOT NULL DEFAULT '',
    date           TEXT,
    date_offset    INTEGER
);
CREATE INDEX IF NOT EXISTS endorsements_statement ON endorsements(statement);
CREATE INDEX IF NOT EXISTS endorsements_target ON endorsements(target);
CREATE INDEX IF NOT EXISTS endorsements_endorser ON endorsements(endorser_email);

-- One message, two sources: a mail printed in a page or exhibit (`copy`, reconstructed
-- 'exhibit') that the archive also holds as the original mail (`original`): same sender, date
-- and body up to wrapping and redaction. The copy's statements are left out of search and of a
-- person's statements (counted once); the original lists the page among its sources.
CREATE TABLE IF NOT EXISTS copies (
    copy     INTEGER PRIMARY KEY REFERENCES messages(id),
    original INTEGER NOT NULL REFERENCES messages(id),
    how      TEXT NOT NULL DEFAULT 'printed'
);
CREATE INDEX IF NOT EXISTS copies_original ON copies(original);

CREATE TABLE IF NOT EXISTS statements (
    id           INTEGER PRIMARY KEY,
    message      INTEGER NOT NULL REFERENCES messages(id),
    segment      INTEGER NOT NULL REFERENCES segments(id),
    kind         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    author_name  TEXT NOT NULL DEFAULT '',
    author_email TEXT NOT NULL DEFAULT '',
    date         TEXT,
    date_offset  INTEGER
);
CREATE INDEX IF NOT EXISTS statements_message ON statements(message);
CREATE INDEX IF NOT EXISTS statements_segment ON statements(segment);
CREATE INDEX IF NOT EXISTS statements_author ON statements(author_email, date);
CREATE INDEX IF NOT EXISTS statements_date ON statements(date);
-- statements known by their author's name only (documents, mail without an address): a person
-- filter's name half, newest first
CREATE INDEX IF NOT EXISTS statements_noemail ON statements(author_name, date)
    WHERE author_email = '';

CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    text, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

-- Persons: computed from addresses after each ingest; manual corrections live in `corrections`
-- and are applied on every recomputation, so they persist across re-ingest.
CREATE TABLE IF NOT EXISTS persons (
    id       INTEGER PRIMARY KEY,
    key      TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    is_role  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS person_emails (
    email  TEXT PRIMARY KEY,
    person INTEGER NOT NULL REFERENCES persons(id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS person_emails_person ON person_emails(person);
CREATE TABLE IF NOT EXISTS person_names (
    name   TEXT NOT NULL,
    person INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (name, person)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS corrections (
    id  INTEGER PRIMARY KEY,
    op  TEXT NOT NULL CHECK (op IN ('merge', 'split')),
    a   TEXT NOT NULL,
    b   TEXT NOT NULL DEFAULT ''
);

-- Statement vectors per embedding model (float16 bytes; `hash` is that of the text embedded, so a
-- changed text reads as stale). record/vectors.py also creates these on first use, for databases
-- made before they existed.
CREATE TABLE IF NOT EXISTS vector_models (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    dim  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS statement_vectors (
    model     INTEGER NOT NULL REFERENCES vector_models(id),
    statement INTEGER NOT NULL REFERENCES statements(id),
    hash      INTEGER NOT NULL,
    vec       BLOB NOT NULL,
    PRIMARY KEY (model, statement)
);
CREATE INDEX IF NOT EXISTS statement_vectors_hash ON statement_vectors(model, hash);
