-- The read path under load (issue 7): each event's reporting groups (the
-- affiliations of the documents its evidence comes from), denormalised,
-- in (date, id) order so that a group's page is an index walk. The writer
-- refreshes an event's rows whenever its evidence or a reporting document
-- changes.
CREATE TABLE event_groups (
    grp      TEXT COLLATE "C" NOT NULL,
    date     TEXT COLLATE "C" NOT NULL,
    event_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (grp, date, event_id)
);
CREATE INDEX event_groups_event ON event_groups (event_id);
INSERT INTO event_groups (grp, date, event_id)
    SELECT DISTINCT d.source_affiliation, e.date, e.id
    FROM events e JOIN evidence v ON v.event_id = e.id JOIN documents d ON d.id = v.doc_id
    WHERE d.source_affiliation != '';

-- An event's revision: a new random number whenever its evidence changes
-- (the writer's recount sets it), so that a reader may keep an event's
-- evidence in memory and know, from the row alone, whether it is current
-- (sqlstore.EvidenceCache) — across processes too.
ALTER TABLE events ADD COLUMN rev BIGINT NOT NULL DEFAULT 0;
