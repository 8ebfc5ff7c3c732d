-- Places: a document's toponyms (JSON, news.Place) and the columns the
-- location filters read (the full location is in events.extra).
ALTER TABLE documents ADD COLUMN places TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN geo_country TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN geo_admin1 TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN geo_lat DOUBLE PRECISION;
ALTER TABLE events ADD COLUMN geo_lon DOUBLE PRECISION;
CREATE INDEX events_geo_country ON events (geo_country, date, id);
