-- dyad store schema, version 1.
CREATE TABLE documents (
    id                   TEXT PRIMARY KEY,
    content_hash         TEXT NOT NULL UNIQUE,
    url                  TEXT NOT NULL DEFAULT '',
    path                 TEXT NOT NULL DEFAULT '',
    title                TEXT NOT NULL DEFAULT '',
    source_name          TEXT NOT NULL DEFAULT '',
    source_domain        TEXT NOT NULL DEFAULT '',
    source_origin        TEXT NOT NULL DEFAULT '',
    source_affiliation   TEXT NOT NULL DEFAULT '',
    source_distributor   TEXT NOT NULL DEFAULT '',
    source_country       TEXT NOT NULL DEFAULT '',
    published            TEXT NOT NULL DEFAULT '',
    published_confidence REAL NOT NULL DEFAULT 0,
    published_from       TEXT NOT NULL DEFAULT '',
    lang                 TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL,
    ok                   INTEGER NOT NULL,
    dup_of               TEXT NOT NULL DEFAULT '',
    dup_score            REAL NOT NULL DEFAULT 0,
    story_id             TEXT NOT NULL DEFAULT '',
    text                 TEXT NOT NULL DEFAULT '',
    amounts              TEXT NOT NULL DEFAULT '[]',
    ingested_at          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_published ON documents (published, id);
CREATE INDEX documents_story ON documents (story_id);

CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    story_id     TEXT NOT NULL,
    date         TEXT NOT NULL,
    date_text    TEXT NOT NULL DEFAULT '',
    src_code     TEXT NOT NULL,
    src_country  TEXT NOT NULL DEFAULT '',
    src_name     TEXT NOT NULL DEFAULT '',
    tgt_code     TEXT NOT NULL,
    tgt_country  TEXT NOT NULL DEFAULT '',
    tgt_name     TEXT NOT NULL DEFAULT '',
    cameo        TEXT NOT NULL,
    root         TEXT NOT NULL,
    goldstein    REAL NOT NULL,
    quad_class   INTEGER NOT NULL,
    plover       TEXT NOT NULL DEFAULT '',
    coder        TEXT NOT NULL DEFAULT '',
    extra        TEXT NOT NULL DEFAULT '{}',
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_src ON events (src_code, date);
CREATE INDEX events_tgt ON events (tgt_code, date);
CREATE INDEX events_story ON events (story_id);
CREATE INDEX events_root ON events (root, date);

CREATE TABLE evidence (
    event_id TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    source   TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    spans    TEXT NOT NULL DEFAULT '{}',
    seq      INTEGER NOT NULL,
    PRIMARY KEY (event_id, doc_id, start, "end")
);
CREATE INDEX evidence_doc ON evidence (doc_id);

CREATE TABLE quotes (
    id            TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL,
    story_id      TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    speaker_name  TEXT NOT NULL DEFAULT '',
    speaker_title TEXT NOT NULL DEFAULT '',
    speaker_actor TEXT NOT NULL DEFAULT '',
    date          TEXT NOT NULL DEFAULT '',
    date_text     TEXT NOT NULL DEFAULT '',
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL
);
CREATE INDEX quotes_date ON quotes (date, id);
CREATE INDEX quotes_doc ON quotes (doc_id);

CREATE TABLE stories (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL DEFAULT '',
    last_seen  TEXT NOT NULL DEFAULT '',
    doc_ids    TEXT NOT NULL DEFAULT '[]',
    sources    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX stories_first ON stories (first_seen, id);

CREATE TABLE signatures (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    kind   TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    data   BLOB NOT NULL,
    UNIQUE (kind, doc_id)
);
