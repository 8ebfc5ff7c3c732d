// Package news is dyad's vocabulary: the types that flow through the
// pipeline from a raw input to stored, queryable event data.
//
// Data flows one way: a Source yields RawDocs; clean turns a RawDoc into a
// Document (cleaned text plus metadata); dedupe and cluster give it dup_of
// and story_id; the coder and the fact extractors give it Events, Quotes and
// Amounts; the store keeps all of it. Every type here is plain data with the
// JSON field names fixed by the outside contract (../shared/contract.md).
package news

import "time"

// Format is the detected format of a raw input.
type Format string

// The formats a RawDoc body can have after the source has unpacked
// container formats (JSONL, WARC, RSS).
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
)

// RawDoc is one input document as a source yields it, before cleaning.
// Fields other than Body are hints given by the input (a JSONL record, an
// HTTP response, a WARC header); clean may improve on them.
type RawDoc struct {
	ID        string // the input's own id (JSONL "id"); empty: derived from content
	URL       string
	Path      string // file path, or "path:line" for a JSONL record, "-" for stdin
	Title     string
	Source    string // declared source name (JSONL "source", --source flag)
	Published string // as given: YYYY-MM-DD or RFC 3339
	Lang      string // declared language, if any
	Format    Format // FormatText or FormatHTML; empty: detect from Body
	Body      []byte
	// Err is set when the input could not be read or decoded (unreadable
	// path, over the size limit, a JSONL line that is not JSON). The
	// pipeline stores it as a failed row; it never stops the run.
	Err error `json:"-"`
}

// Status values of a stored document. A failed document's status is
// "failed: " followed by a one-line reason.
const (
	StatusOK     = "ok"
	FailedPrefix = "failed: "
)

// Failed formats a failed status from an error or reason.
func Failed(reason string) string { return FailedPrefix + reason }

// Source describes who published a document.
type Source struct {
	Name        string `json:"name"`                  // the outlet as shown (e.g. "PR Newswire", "China Today")
	Domain      string `json:"domain"`                // host of the URL, if known
	Origin      string `json:"origin"`                // the outlet that wrote the piece (CGTN behind a PR Newswire release); equals Name when not carried
	Affiliation string `json:"affiliation"`           // state | state-affiliated | independent | unknown (of Origin)
	Distributor string `json:"distributor,omitempty"` // wire or syndication service that carried it (PR Newswire)
	Country     string `json:"country,omitempty"`     // CAMEO/ISO alpha-3 of the origin outlet
}

// Document is a cleaned, stored document (contract: Document).
type Document struct {
	ID                  string   `json:"id"`
	URL                 string   `json:"url"`
	Path                string   `json:"path"`
	Title               string   `json:"title"`
	Source              Source   `json:"source"`
	Published           string   `json:"published"`            // YYYY-MM-DD or ""
	PublishedConfidence float64  `json:"published_confidence"` // 0..1
	PublishedFrom       string   `json:"published_from,omitempty"`
	Lang                string   `json:"lang"`
	Status              string   `json:"status"` // "ok" or "failed: reason"
	DupOf               string   `json:"dup_of"`
	DupScore            float64  `json:"dup_score,omitempty"`
	StoryID             string   `json:"story_id"`
	Text                string   `json:"text"`
	Amounts             []Amount `json:"amounts"`
	// Places are the toponyms of Text resolved to the gazetteer.
	Places []Place `json:"places"`
	// ContentHash is the hash of the raw input; the same input again is a
	// duplicate ingest and adds nothing.
	ContentHash string    `json:"content_hash,omitempty"`
	IngestedAt  time.Time `json:"ingested_at,omitzero"`
}

// OK reports whether the document was cleaned successfully.
func (d *Document) OK() bool { return d.Status == StatusOK }

// Actor is one side of an event.
type Actor struct {
	Code    string `json:"code"`    // CAMEO actor code, e.g. CHNGOV
	Country string `json:"country"` // alpha-3, e.g. CHN; "" for international/non-state actors
	Name    string `json:"name"`    // the name as matched or resolved, e.g. "Xi Jinping"
}

// Place is a toponym of a text resolved to the gazetteer (contract:
// Places). Start and End count code points of the text.
type Place struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	Name       string  `json:"name"`
	GeonamesID int64   `json:"geonames_id,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Country    string  `json:"country"`          // alpha-3; "" for a continent
	Admin1     string  `json:"admin1,omitempty"` // GeoNames admin1 code ("TX")
	Feature    string  `json:"feature"`          // GeoNames feature code: PCLI, ADM1, ADM2, PPL…; CONT continent
	Demonym    bool    `json:"demonym,omitempty"`
}

// Location is where an event happened (contract: Places): the place, the
// span that named it in the evidence's document (code points) and how it
// was chosen: "venue" (the sentence names where: "in Brussels"),
// "dateline", "document" (the place the document is mostly about).
type Location struct {
	Name       string  `json:"name"`
	GeonamesID int64   `json:"geonames_id,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Country    string  `json:"country"`
	Admin1     string  `json:"admin1,omitempty"`
	Feature    string  `json:"feature,omitempty"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	How        string  `json:"how"`
}

// Evidence is one sentence that supports an event.
type Evidence struct {
	DocID    string `json:"doc_id"`
	Source   string `json:"source,omitempty"` // origin outlet of the document
	Sentence string `json:"sentence"`
	// Start and End locate the sentence in the document's cleaned text
	// (Document.Text); for `dyad code`, in the input line. The stages
	// produce byte offsets; stored and printed offsets are code points
	// (see ToRuneOffsets).
	Start int `json:"start"`
	End   int `json:"end"`
	// Spans of the matched actor and verb text inside Sentence (bytes in
	// the stages, code points once stored, like Start and End).
	SourceSpan *Span `json:"source_span,omitempty"`
	TargetSpan *Span `json:"target_span,omitempty"`
	VerbSpan   *Span `json:"verb_span,omitempty"`
}

// Span is a half-open byte range [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Event is a coded event (contract: Event). In the store an Event is
// canonical: one per real-world event per story, with every supporting
// sentence in Evidence.
type Event struct {
	ID          string     `json:"id"`
	Date        string     `json:"date"`      // YYYY-MM-DD
	DateText    string     `json:"date_text"` // the text the date came from
	Source      Actor      `json:"source"`
	Target      Actor      `json:"target"`
	CAMEO       string     `json:"cameo"` // full code with leading zeros
	Root        string     `json:"root"`  // first two digits
	Goldstein   float64    `json:"goldstein"`
	QuadClass   int        `json:"quad_class"`
	PLOVER      string     `json:"plover"`
	StoryID     string     `json:"story_id"`
	NumArticles int        `json:"num_articles"`
	NumSources  int        `json:"num_sources"`
	Evidence    []Evidence `json:"evidence"`
	// EvidenceCount is how many evidence sentences the store holds for the
	// event when a listing returned only the first of them (capped
	// listings: the API and the web UI); 0 when Evidence is all of them.
	EvidenceCount int      `json:"evidence_count,omitempty"`
	Coder         string   `json:"coder"` // "dyad/VERSION dict/VERSION"
	Issues        []string `json:"issues,omitempty"`
	// Confidence is a stage's confidence that the event happened as coded,
	// 0..1; nil when no stage judged it (docs/events.md).
	Confidence *float64 `json:"confidence,omitempty"`
	// Flags qualify the event: FlagDateFromText, FlagReported, FlagHedged,
	// FlagNegatedKept (docs/events.md). Stored from the first report.
	Flags []string `json:"flags,omitempty"`
	// Explain says which dictionary entries (file:line) produced the
	// event; filled by `dyad code --explain` and kept in the store.
	Explain *Explanation `json:"explain,omitempty"`
	// Location is where the act happened, or nil when the text does not
	// say (contract: Places).
	Location *Location `json:"location"`
}

// Event flags (Event.Flags), documented in docs/events.md.
const (
	// FlagDateFromText: the date came from the text ("on Monday", "on 3
	// March"), not from the document's publication date.
	FlagDateFromText = "date-from-text"
	// FlagPast: the text dates the act more than a week before the
	// document's publication date ("In January …" in a March report,
	// "in 1985"): background or history, not the day's news.
	FlagPast = "past"
	// FlagReported: the event is reported speech (someone said it happened).
	FlagReported = "reported"
	// FlagHedged: the sentence hedges it ("may", "reportedly", "is expected to").
	FlagHedged = "hedged"
	// FlagNegatedKept: the sentence negates the verb but a dictionary pattern
	// that includes the negation coded it anyway.
	FlagNegatedKept = "negated-but-kept"
)

// Explanation records which dictionary entries made an event.
type Explanation struct {
	Source string   `json:"source"` // e.g. "Phoenix.Countries.actors.txt:1234 CHINA [CHN]"
	Target string   `json:"target"`
	Verb   string   `json:"verb"` // e.g. "CAMEO.2.0.txt:5678 - * MEET WITH [036]"
	Notes  []string `json:"notes,omitempty"`
}

// Speaker is who said a quote.
type Speaker struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Actor string `json:"actor"` // CAMEO actor code, e.g. CHNGOV
}

// Quote is a quotation with its speaker (contract: Quote).
type Quote struct {
	ID       string  `json:"id"`
	DocID    string  `json:"doc_id"`
	StoryID  string  `json:"story_id"`
	Text     string  `json:"text"`
	Speaker  Speaker `json:"speaker"`
	Date     string  `json:"date"`      // when it was said, YYYY-MM-DD
	DateText string  `json:"date_text"` // the text the date came from
	Start    int     `json:"start"`     // byte offsets of the quoted text in Document.Text
	End      int     `json:"end"`
}

// Amount is a money amount or quantity found in a document (contract: Amount).
type Amount struct {
	Text     string  `json:"text"`
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Unit     string  `json:"unit"`
	Context  string  `json:"context"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
}

// Story is a cluster of documents about one real-world happening.
type Story struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	FirstSeen string   `json:"first_seen"` // YYYY-MM-DD
	LastSeen  string   `json:"last_seen"`
	DocIDs    []string `json:"doc_ids"`
	Sources   []string `json:"sources"`
}

// SeriesPoint is one period of a dyad time series (contract: Series).
type SeriesPoint struct {
	Period        string         `json:"period"`
	Dyad          string         `json:"dyad"`
	Events        int            `json:"events"`
	GoldsteinMean float64        `json:"goldstein_mean"`
	ByQuad        map[string]int `json:"by_quad"`
	ByGroup       map[string]int `json:"by_group"`
	// ByDirection counts a dyad's events by direction: "ab" (A the
	// source) and "ba"; for an actor's totals, "ab" is the actor as source.
	ByDirection map[string]int `json:"by_direction"`
}
