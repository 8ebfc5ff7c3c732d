-- Most actor and dyad filters name countries (CHN, CHN-RUS): index the
-- first three letters of the codes, so such a filter is an index seek.
CREATE INDEX events_src3_tgt3 ON events (substr(src_code, 1, 3), substr(tgt_code, 1, 3), date, id);
CREATE INDEX events_tgt3 ON events (substr(tgt_code, 1, 3), date, id);
