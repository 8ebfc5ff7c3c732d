package api

import (
	"sort"
	"strings"

	"dyad/internal/query"
)

// endpoint describes one route for the OpenAPI document.
type endpoint struct {
	route, summary string
	params         string // a query.Params kind, or ""
	extra          []string
	produces       []string          // media types of a 200; default application/json
	responses      map[string]string // other statuses than 200 and the error default, with their meaning
}

var endpoints = []endpoint{
	{"GET /api/v1/events", "Canonical events (one per real-world event per story), oldest first; page with `after`=the `next` cursor. Each event carries its first 5 evidence sentences; one with more has evidence_count and evidence_more, the link to the rest", "events", nil, nil, nil},
	{"GET /api/v1/events/{id}", "One event with its first 100 evidence sentences; evidence_count and evidence_more (a link) when it has more", "", nil, nil, nil},
	{"GET /api/v1/events/{id}/evidence", "An event's evidence sentences in the order stored, a page at a time: {\"data\": […], \"count\": n, \"next\": after}", "", []string{"after", "limit"}, nil, nil},
	{"GET /api/v1/export", "Every event the filters select, streamed as a file: csv (default), gdelt (TSV), jsonl or parquet; evidence=1 gives the flat evidence table. No page cap, never cached", "events", []string{"format", "evidence"},
		[]string{"text/csv", "text/tab-separated-values", "application/x-ndjson", "application/vnd.apache.parquet"}, nil},
	{"GET /api/v1/docs", "Stored documents, ok and failed; a text over 64 KB is cut there, with text_bytes (its size) and text_more (the link to the whole document)", "docs", nil, nil, nil},
	{"GET /api/v1/docs/{id}", "One document with its cleaned text", "", nil, nil, nil},
	{"GET /api/v1/quotes", "Quotations with their speakers", "quotes", nil, nil, nil},
	{"GET /api/v1/stories", "Story clusters", "stories", nil, nil, nil},
	{"GET /api/v1/stories/{id}", "One story", "", nil, nil, nil},
	{"GET /api/v1/series", "Events per period for one or several dyads (dyad=A-B,C-D) or an actor's totals (actor=CHN): counts, mean Goldstein, QuadClass, direction and outlet-group splits", "series", nil, nil, nil},
	{"GET /api/v1/feeds", "Watched feeds and their health", "", nil, nil, nil},
	{"GET /api/v1/changes", "What changed since a cursor (incremental consumers)", "", []string{"since", "limit"}, nil, nil},
	{"POST /api/v1/ingest", "Queue a body (text, HTML or JSONL) for ingest; needs the ingest token as a Bearer token. Answers 202 with the job (Location: its status URL) once the body is read; wait=1 waits for the job and answers 200 with it finished (202 if it is still queued or running after the server's wait)", "", []string{"wait"}, nil,
		map[string]string{"202": "accepted: {\"data\": job}, status queued", "503": "the ingest queue is full or the server is stopping; retry after Retry-After seconds",
			"400": "empty body, or shorter than its Content-Length", "408": "the body came too slowly", "413": "the body is over the limit"}},
	{"GET /api/v1/jobs", "The latest ingest jobs, newest first: status queued, running, ok or failed: reason, with what each stored", "", []string{"limit"}, nil, nil},
	{"GET /api/v1/jobs/{id}", "One ingest job", "", nil, nil, nil},
	{"GET /healthz", "Liveness: 200 ok", "", nil, []string{"text/plain"}, nil},
	{"GET /metrics", "Prometheus metrics", "", nil, []string{"text/plain"}, nil},
}

// paramDoc describes the query parameters.
var paramDoc = map[string]string{
	"from": "on or after this date, YYYY-MM-DD", "to": "on or before this date, YYYY-MM-DD",
	"actor":     "actor code prefix, source or target (CHN matches CHNGOV); for series, comma-separated actors for their totals",
	"dyad":      "two actor code prefixes A-B, either direction (CHN-RUS); for series, comma-separated dyads",
	"root":      "CAMEO root code 01-20",
	"quad":      "QuadClass 1-4",
	"story":     "story id",
	"doc":       "document id",
	"group":     "affiliation of a reporting outlet: state, state-affiliated, independent or unknown",
	"issue":     "an issue code of the event (TRADE, ENERGY…)",
	"q":         "text search in the evidence (quotes: in the quote)",
	"limit":     "page size (API default 100, at most 10000)",
	"after":     "paging cursor: the `next` of the previous page",
	"country":   "where the event happened: alpha-3 country",
	"admin1":    "where the event happened: GeoNames admin1 code, with country",
	"bbox":      "where the event happened: west,south,east,north in degrees",
	"speaker":   "speaker name contains this",
	"status":    "ok or failed",
	"source":    "outlet name",
	"by":        "period: day, week, month (default) or year",
	"split":     "group: counts by the reporting outlets' affiliation",
	"direction": "both (default), ab (A the source) or ba; with actor, ab = the actor as source",
	"fill":      "1: include the periods without events, as zeros",
	"format":    "csv (default), gdelt, jsonl or parquet",
	"evidence":  "1: the flat evidence table instead of the events",
	"since":     "cursor of a previous changes response",
	"wait":      "1: answer when the job is done (200), within the server's wait",
}

// OpenAPI returns the API's OpenAPI 3 description (docs/openapi.json is
// this, checked by a test).
func OpenAPI() map[string]any {
	paths := map[string]any{}
	for _, e := range endpoints {
		method, path, _ := strings.Cut(e.route, " ")
		var names []string
		if e.params != "" {
			names = query.Params(e.params)
		}
		names = append(names, e.extra...)
		var params []any
		for _, seg := range strings.Split(path, "/") {
			if strings.HasPrefix(seg, "{") {
				params = append(params, map[string]any{"name": strings.Trim(seg, "{}"), "in": "path", "required": true,
					"schema": map[string]any{"type": "string"}})
			}
		}
		sort.Strings(names)
		for _, n := range names {
			params = append(params, map[string]any{"name": n, "in": "query", "description": paramDoc[n],
				"schema": map[string]any{"type": "string"}})
		}
		produces := e.produces
		if produces == nil {
			produces = []string{"application/json"}
		}
		content := map[string]any{}
		for _, p := range produces {
			content[p] = map[string]any{}
		}
		op := map[string]any{
			"summary": e.summary,
			"responses": map[string]any{
				"200":     map[string]any{"description": "success; JSON responses are {\"data\": …, \"next\": cursor}", "content": content},
				"default": map[string]any{"description": "error: {\"error\": {\"status\": n, \"message\": \"…\"}}"},
			},
		}
		for code, desc := range e.responses {
			op["responses"].(map[string]any)[code] = map[string]any{"description": desc}
		}
		if len(params) > 0 {
			op["parameters"] = params
		}
		item, _ := paths[path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[path] = item
		}
		item[strings.ToLower(method)] = op
	}
	return map[string]any{
		"openapi": "3.0.3",
		"info": map[string]any{"title": "dyad API", "version": "1",
			"description": "dyad's JSON API, served by `dyad serve`. Field meanings: ../shared/contract.md and docs/events.md; exports: docs/export.md."},
		"paths": paths,
	}
}
