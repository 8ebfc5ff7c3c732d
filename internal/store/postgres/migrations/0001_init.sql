-- dyad store schema for PostgreSQL, version 1. Text that is compared or
-- sorted (ids, dates, codes) uses the C collation, so prefix ranges and
-- paging order are byte order, as in SQLite.
CREATE TABLE documents (
    id                   TEXT COLLATE "C" PRIMARY KEY,
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
    published            TEXT COLLATE "C" NOT NULL DEFAULT '',
    published_confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
    published_from       TEXT NOT NULL DEFAULT '',
    lang                 TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL,
    ok                   INTEGER NOT NULL,
    dup_of               TEXT NOT NULL DEFAULT '',
    dup_score            DOUBLE PRECISION NOT NULL DEFAULT 0,
    story_id             TEXT COLLATE "C" NOT NULL DEFAULT '',
    text                 TEXT NOT NULL DEFAULT '',
    amounts              TEXT NOT NULL DEFAULT '[]',
    ingested_at          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_published ON documents (published, id);
CREATE INDEX documents_story ON documents (story_id);

CREATE TABLE events (
    id           TEXT COLLATE "C" PRIMARY KEY,
    story_id     TEXT COLLATE "C" NOT NULL,
    date         TEXT COLLATE "C" NOT NULL,
    date_text    TEXT NOT NULL DEFAULT '',
    src_code     TEXT COLLATE "C" NOT NULL,
    src_country  TEXT NOT NULL DEFAULT '',
    src_name     TEXT NOT NULL DEFAULT '',
    tgt_code     TEXT COLLATE "C" NOT NULL,
    tgt_country  TEXT NOT NULL DEFAULT '',
    tgt_name     TEXT NOT NULL DEFAULT '',
    cameo        TEXT NOT NULL,
    root         TEXT COLLATE "C" NOT NULL,
    goldstein    DOUBLE PRECISION NOT NULL,
    quad_class   INTEGER NOT NULL,
    plover       TEXT NOT NULL DEFAULT '',
    coder        TEXT NOT NULL DEFAULT '',
    extra        TEXT NOT NULL DEFAULT '{}',
    num_articles INTEGER NOT NULL DEFAULT 0,
    num_sources  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_date ON events (date, id);
CREATE INDEX events_src_tgt ON events (src_code, tgt_code, date);
CREATE INDEX events_tgt_src ON events (tgt_code, src_code, date);
CREATE INDEX events_src3_tgt3 ON events (substr(src_code, 1, 3), substr(tgt_code, 1, 3), date, id);
CREATE INDEX events_tgt3 ON events (substr(tgt_code, 1, 3), date, id);
CREATE INDEX events_story ON events (story_id);
CREATE INDEX events_root ON events (root, date);

CREATE TABLE evidence (
    seq      BIGSERIAL,
    event_id TEXT COLLATE "C" NOT NULL,
    doc_id   TEXT COLLATE "C" NOT NULL,
    source   TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    spans    TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (event_id, doc_id, start, "end")
);
CREATE INDEX evidence_doc ON evidence (doc_id);

CREATE TABLE quotes (
    id            TEXT COLLATE "C" PRIMARY KEY,
    doc_id        TEXT COLLATE "C" NOT NULL,
    story_id      TEXT COLLATE "C" NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    speaker_name  TEXT NOT NULL DEFAULT '',
    speaker_title TEXT NOT NULL DEFAULT '',
    speaker_actor TEXT NOT NULL DEFAULT '',
    date          TEXT COLLATE "C" NOT NULL DEFAULT '',
    date_text     TEXT NOT NULL DEFAULT '',
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL
);
CREATE INDEX quotes_date ON quotes (date, id);
CREATE INDEX quotes_doc ON quotes (doc_id);

CREATE TABLE stories (
    id         TEXT COLLATE "C" PRIMARY KEY,
    title      TEXT NOT NULL DEFAULT '',
    first_seen TEXT COLLATE "C" NOT NULL DEFAULT '',
    last_seen  TEXT COLLATE "C" NOT NULL DEFAULT '',
    doc_ids    TEXT NOT NULL DEFAULT '[]',
    sources    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX stories_first ON stories (first_seen, id);

CREATE TABLE signatures (
    seq    BIGSERIAL PRIMARY KEY,
    kind   TEXT NOT NULL,
    doc_id TEXT COLLATE "C" NOT NULL,
    data   BYTEA NOT NULL,
    UNIQUE (kind, doc_id)
);
CREATE INDEX signatures_doc ON signatures (doc_id);
