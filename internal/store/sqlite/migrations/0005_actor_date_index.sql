-- A country actor filter is an OR of the source's and the target's first
-- three letters: give the source side an index with the date next, as the
-- target side has (events_tgt3), so that both branches are date ranges.
CREATE INDEX events_src3 ON events (substr(src_code, 1, 3), date, id);
