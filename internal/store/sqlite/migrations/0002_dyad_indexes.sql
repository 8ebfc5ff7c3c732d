-- Dyad and actor filters are prefix ranges on the codes: index the pairs.
DROP INDEX IF EXISTS events_src;
DROP INDEX IF EXISTS events_tgt;
CREATE INDEX events_src_tgt ON events (src_code, tgt_code, date);
CREATE INDEX events_tgt_src ON events (tgt_code, src_code, date);
