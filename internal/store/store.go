// Package store defines the contract between dyad and its storage
// backends: the Store interface, the query types and the sentinel errors.
// Backends live in subpackages (sqlite, postgres) and all pass the same
// conformance suite in storetest.
package store

import (
	"context"
	"errors"

	"dyad/internal/news"
)

// Sentinel errors. Wrap them with %w; callers test with errors.Is.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid argument")
)

// Outcome says what PutDocument did.
type Outcome int

// Outcomes of PutDocument.
const (
	New       Outcome = iota // a new document
	Duplicate                // the same content was stored before; nothing changed
	Updated                  // the same id with other content: replaced, its facts dropped
)

func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Duplicate:
		return "duplicate"
	case Updated:
		return "updated"
	}
	return "unknown"
}

// Store is what dyad keeps. Every method is safe for concurrent use.
//
// Events are canonical: AddEvents merges each event into the stored event
// with the same key (story_id, source code, target code, CAMEO root, date),
// appending its evidence and recomputing num_articles (distinct documents)
// and num_sources (distinct Evidence.Source, i.e. origin outlets). Adding
// the same evidence twice changes nothing. One document gives an event at
// most MaxEvidencePerDoc evidence sentences (its first ones): a document
// that repeats a sentence thousands of times still counts once and stores
// a few.
type Store interface {
	// PutDocument stores a document, ok or failed. A document whose
	// ContentHash is already stored is a Duplicate and changes nothing. A
	// document whose ID is stored with another hash replaces it (Updated);
	// the old version's events evidence, quotes and signatures are removed.
	PutDocument(ctx context.Context, d *news.Document) (Outcome, error)
	// DocumentByHash returns the id of the stored document with this
	// content hash, or ErrNotFound.
	DocumentByHash(ctx context.Context, hash string) (string, error)
	Document(ctx context.Context, id string) (news.Document, error)
	Documents(ctx context.Context, f DocFilter) ([]news.Document, error)
	// SetDocStory sets story_id (and dup_of when dupOf != "") on a document.
	SetDocStory(ctx context.Context, docID, storyID, dupOf string, dupScore float64) error

	AddEvents(ctx context.Context, events []news.Event) error
	Event(ctx context.Context, id string) (news.Event, error)
	Events(ctx context.Context, f EventFilter) ([]news.Event, error)

	// AddQuotes stores quotes; a quote with an ID already stored is replaced.
	AddQuotes(ctx context.Context, quotes []news.Quote) error
	Quotes(ctx context.Context, f QuoteFilter) ([]news.Quote, error)

	// PutStory inserts or replaces a story.
	PutStory(ctx context.Context, s news.Story) error
	Story(ctx context.Context, id string) (news.Story, error)
	Stories(ctx context.Context, f StoryFilter) ([]news.Story, error)

	// PutSignature keeps an index entry (near-duplicate signature, story
	// features) so that in-memory indexes can be rebuilt after a restart.
	PutSignature(ctx context.Context, kind, docID string, data []byte) error
	// Signatures calls fn for every stored signature of kind, in insertion order.
	Signatures(ctx context.Context, kind string, fn func(docID string, data []byte) error) error

	// PutBundles stores documents with their events, quotes, story row and
	// signatures in one transaction — the ingest pipeline's write path. A
	// bundle whose document is a Duplicate stores nothing.
	PutBundles(ctx context.Context, bundles []Bundle) ([]Outcome, error)

	Series(ctx context.Context, q SeriesQuery) ([]news.SeriesPoint, error)
	Stats(ctx context.Context) (Stats, error)

	Close() error
}

// Bundle is one document with everything the pipeline found in it.
type Bundle struct {
	Doc        *news.Document
	Events     []news.Event
	Quotes     []news.Quote
	Story      *news.Story // the document's story row, replaced when non-nil
	Signatures []Signature
}

// Signature is one index entry of a document.
type Signature struct {
	Kind string
	Data []byte
}

// Page is the paging part of every filter. Results are sorted by (date,
// id) ascending; After is the opaque cursor returned as the last item's
// Cursor value, and Limit 0 means no limit.
type Page struct {
	Limit int
	After string
}

// DocFilter selects documents.
type DocFilter struct {
	Page
	Status  string // "ok", "failed" or "" for all
	StoryID string
	Source  string // origin or source name
	From    string // published on or after, YYYY-MM-DD
	To      string // published on or before
	IDs     []string
}

// EventFilter selects canonical events.
type EventFilter struct {
	Page
	From      string // event date on or after, YYYY-MM-DD
	To        string // on or before
	Actor     string // source or target whose code starts with this (CHN matches CHNGOV)
	DyadA     string // with DyadB: events between A and B in either direction (code prefixes)
	DyadB     string
	Root      string // CAMEO root, two digits
	QuadClass int    // 1..4; 0 any
	StoryID   string
	Issue     string // an issue code of the event (Event.Issues), e.g. TRADE
	DocID     string // events with evidence from this document
	Group     string // affiliation of at least one reporting source
	Text      string // substring of an evidence sentence (case-insensitive)
	// Where the event happened (Event.Location): its country (alpha-3),
	// first-level region (GeoNames admin1 code, with Country), and a box.
	LocCountry string
	LocAdmin1  string
	BBox       *BBox
	// Desc sorts newest first (undated events last); After then pages
	// backwards.
	Desc bool
	// Offset skips this many events of a limited page (the web UI's page
	// numbers; the API pages with After).
	Offset int
	// MaxEvidence, when > 0, returns at most this many evidence sentences
	// per event (the first stored) and sets Event.EvidenceCount when there
	// are more: listings stay bounded however often an event is reported.
	MaxEvidence int
}

// MaxEvidencePerDoc is how many evidence sentences one document gives one
// canonical event (Store.AddEvents keeps the first). Reuters and BBC give
// at most 3.
const MaxEvidencePerDoc = 5

// EvidenceReader is implemented by stores that read an event with its
// evidence capped, and the evidence a page at a time.
type EvidenceReader interface {
	// EventCapped is Event with at most max evidence sentences (the first;
	// EvidenceCount set when there are more).
	EventCapped(ctx context.Context, id string, max int) (news.Event, error)
	// EventEvidence returns the event's evidence from the offset-th (0 the
	// first, in the order stored), at most limit, and how many it has.
	EventEvidence(ctx context.Context, id string, offset, limit int) ([]news.Evidence, int, error)
}

// EventCounter is implemented by stores that count a filter's events.
type EventCounter interface {
	CountEvents(ctx context.Context, f EventFilter) (int, error)
}

// DyadCount is a country-level dyad (A < B) with its events and its
// latest event date.
type DyadCount struct {
	A, B   string
	Events int
	Last   string
}

// DyadRanker is implemented by stores that rank dyads by events.
type DyadRanker interface {
	TopDyads(ctx context.Context, n int) ([]DyadCount, error)
}

// BBox is a box of longitudes and latitudes (degrees); West > East crosses
// the antimeridian.
type BBox struct{ West, South, East, North float64 }

// QuoteFilter selects quotes.
type QuoteFilter struct {
	Page
	Speaker string // substring of speaker name (case-insensitive)
	DocID   string
	StoryID string
	From    string
	To      string
	Text    string
}

// StoryFilter selects stories.
type StoryFilter struct {
	Page
	From string // last seen on or after
	To   string // first seen on or before
}

// SeriesQuery asks for a dyad time series, counted per canonical event.
type SeriesQuery struct {
	DyadA, DyadB string // code prefixes, either direction
	// Actor, instead of a dyad: every event with this actor (code
	// prefix) on either side — a country's totals.
	Actor string
	// Direction with a dyad: "" or "both"; "ab" (A is the source, B the
	// target) or "ba". With Actor: "ab" counts events it is the source of,
	// "ba" those it is the target of.
	Direction string
	By        string // day | week | month | year (default month)
	Split     string // "group": fill ByGroup by the affiliation of reporting sources
	From, To  string
	Root      string // CAMEO root, two digits; "" any
	QuadClass int    // 1..4; 0 any
	// Fill adds the periods without events (0 events) between the first
	// and the last period — From and To when given.
	Fill bool
}

// Label names the series' actors: "CHN-RUS", "CHN→RUS", "CHN".
func (q SeriesQuery) Label() string {
	if q.Actor != "" {
		switch q.Direction {
		case "ab":
			return q.Actor + "→*"
		case "ba":
			return "*→" + q.Actor
		}
		return q.Actor
	}
	switch q.Direction {
	case "ab":
		return q.DyadA + "→" + q.DyadB
	case "ba":
		return q.DyadB + "→" + q.DyadA
	}
	return q.DyadA + "-" + q.DyadB
}

// Stats are counts for /metrics and summaries.
type Stats struct {
	Documents   map[string]int // by status: "ok", "failed"
	Events      int
	Quotes      int
	Stories     int
	EventsByDoc int // total evidence rows
}
