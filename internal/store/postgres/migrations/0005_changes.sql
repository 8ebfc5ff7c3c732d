-- What changed, in order (dyad changes, GET /api/v1/changes): one row per
-- document or event, for its latest change; a change gets a new seq, so a
-- consumer that remembers the last seq it read gets everything changed
-- since (writes are serialised by the write lock, so seqs commit in
-- order). Rows already stored are listed first, as changed at time 0.
CREATE TABLE changes (
    seq   BIGSERIAL PRIMARY KEY,
    kind  TEXT NOT NULL,
    id    TEXT COLLATE "C" NOT NULL,
    at_ms BIGINT NOT NULL,
    UNIQUE (kind, id)
);
CREATE INDEX changes_at ON changes (at_ms, seq);
INSERT INTO changes (kind, id, at_ms) SELECT 'document', id, 0 FROM documents ORDER BY id;
INSERT INTO changes (kind, id, at_ms) SELECT 'event', id, 0 FROM events ORDER BY id;
