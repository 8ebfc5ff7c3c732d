-- The read path under load (issue 7).
--
-- Evidence gets a stable integer key (seq): the text index below refers
-- to rows by it, and VACUUM may renumber the rowids of a table without one.
CREATE TABLE evidence_new (
    seq      INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    source   TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    spans    TEXT NOT NULL DEFAULT '{}',
    UNIQUE (event_id, doc_id, start, "end")
);
INSERT INTO evidence_new (seq, event_id, doc_id, source, sentence, start, "end", spans)
    SELECT rowid, event_id, doc_id, source, sentence, start, "end", spans FROM evidence ORDER BY rowid;
DROP TABLE evidence;
ALTER TABLE evidence_new RENAME TO evidence;
CREATE INDEX evidence_doc ON evidence (doc_id);

-- The text filter: a trigram index of the evidence sentences (FTS5 over
-- the evidence table), kept by triggers; it serves LIKE '%text%' for text
-- of three characters or more.
CREATE VIRTUAL TABLE evidence_text USING fts5(sentence, content = 'evidence', content_rowid = 'seq', tokenize = 'trigram');
INSERT INTO evidence_text (evidence_text) VALUES ('rebuild');
CREATE TRIGGER evidence_text_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_text (rowid, sentence) VALUES (new.seq, new.sentence);
END;
CREATE TRIGGER evidence_text_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_text (evidence_text, rowid, sentence) VALUES ('delete', old.seq, old.sentence);
END;
CREATE TRIGGER evidence_text_update AFTER UPDATE ON evidence BEGIN
    INSERT INTO evidence_text (evidence_text, rowid, sentence) VALUES ('delete', old.seq, old.sentence);
    INSERT INTO evidence_text (rowid, sentence) VALUES (new.seq, new.sentence);
END;

-- The group filter: each event's reporting groups (the affiliations of
-- the documents its evidence comes from), denormalised, in (date, id)
-- order so that a group's page is an index walk. The writer refreshes an
-- event's rows whenever its evidence or a reporting document changes.
CREATE TABLE event_groups (
    grp      TEXT NOT NULL,
    date     TEXT NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (grp, date, event_id)
) WITHOUT ROWID;
CREATE INDEX event_groups_event ON event_groups (event_id);
INSERT INTO event_groups (grp, date, event_id)
    SELECT DISTINCT d.source_affiliation, e.date, e.id
    FROM events e JOIN evidence v ON v.event_id = e.id JOIN documents d ON d.id = v.doc_id
    WHERE d.source_affiliation != '';

-- An event's revision: a new random number whenever its evidence changes
-- (the writer's recount sets it), so that a reader may keep an event's
-- evidence in memory and know, from the row alone, whether it is current
-- (sqlstore.EvidenceCache) — across processes too.
ALTER TABLE events ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
