package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"dyad/internal/cameo"
	"dyad/internal/news"
	"dyad/internal/store"
)

// Formats are the event export formats.
var Formats = []string{"csv", "gdelt", "jsonl", "parquet"}

// ContentType is each format's media type.
var ContentType = map[string]string{
	"csv":     "text/csv; charset=utf-8",
	"gdelt":   "text/tab-separated-values; charset=utf-8",
	"jsonl":   "application/x-ndjson",
	"parquet": "application/vnd.apache.parquet",
}

// Writer writes events one at a time; Close finishes the output (Parquet's
// footer, buffered text) without closing the underlying io.Writer.
type Writer interface {
	Write(ev news.Event) error
	Close() error
}

// NewWriter returns a writer of events in format (Formats); docs fills the
// columns that need the reporting documents (may be nil).
func NewWriter(format string, w io.Writer, docs Docs) (Writer, error) {
	switch format {
	case "gdelt":
		return &gdeltWriter{bw: bufio.NewWriter(w), docs: docs}, nil
	case "jsonl":
		bw := bufio.NewWriter(w)
		return &jsonlWriter{bw: bw, enc: json.NewEncoder(bw)}, nil
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(FlatColumns()); err != nil {
			return nil, err
		}
		return &csvWriter{cw: cw, docs: docs}, nil
	case "parquet":
		return &parquetWriter{pw: parquet.NewGenericWriter[Flat](w), docs: docs}, nil
	}
	return nil, fmt.Errorf("export: unknown format %q (%s)", format, strings.Join(Formats, ", "))
}

// NewEvidenceWriter returns a writer of the flat evidence table (one row
// per evidence sentence, EvidenceFlat) in csv, jsonl or parquet.
func NewEvidenceWriter(format string, w io.Writer, docs Docs) (Writer, error) {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(EvidenceColumns()); err != nil {
			return nil, err
		}
		return &evidenceWriter{docs: docs, emit: func(r EvidenceFlat) error { return cw.Write(r.strings()) },
			close: func() error { cw.Flush(); return cw.Error() }}, nil
	case "jsonl":
		bw := bufio.NewWriter(w)
		enc := json.NewEncoder(bw)
		return &evidenceWriter{docs: docs, emit: func(r EvidenceFlat) error { return enc.Encode(r) }, close: bw.Flush}, nil
	case "parquet":
		pw := parquet.NewGenericWriter[EvidenceFlat](w)
		n := 0
		return &evidenceWriter{docs: docs, emit: func(r EvidenceFlat) error {
			if _, err := pw.Write([]EvidenceFlat{r}); err != nil {
				return fmt.Errorf("parquet: %w", err)
			}
			if n++; n%rowGroup == 0 {
				return pw.Flush()
			}
			return nil
		}, close: pw.Close}, nil
	}
	return nil, fmt.Errorf("export: the evidence table is csv, jsonl or parquet, not %q", format)
}

// rowGroup is how many rows a Parquet row group holds: memory stays
// bounded however large the export.
const rowGroup = 10000

type gdeltWriter struct {
	bw   *bufio.Writer
	docs Docs
}

func (g *gdeltWriter) Write(ev news.Event) error {
	_, err := g.bw.WriteString(strings.Join(GDELTRow(ev, g.docs), "\t") + "\n")
	return err
}
func (g *gdeltWriter) Close() error { return g.bw.Flush() }

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func (j *jsonlWriter) Write(ev news.Event) error { return j.enc.Encode(ev) }
func (j *jsonlWriter) Close() error              { return j.bw.Flush() }

type csvWriter struct {
	cw   *csv.Writer
	docs Docs
}

func (c *csvWriter) Write(ev news.Event) error { return c.cw.Write(ToFlat(ev, c.docs).strings()) }
func (c *csvWriter) Close() error {
	c.cw.Flush()
	return c.cw.Error()
}

type parquetWriter struct {
	pw   *parquet.GenericWriter[Flat]
	docs Docs
	n    int
}

func (p *parquetWriter) Write(ev news.Event) error {
	if _, err := p.pw.Write([]Flat{ToFlat(ev, p.docs)}); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	if p.n++; p.n%rowGroup == 0 {
		return p.pw.Flush()
	}
	return nil
}

func (p *parquetWriter) Close() error {
	if err := p.pw.Close(); err != nil {
		return fmt.Errorf("parquet: %w", err)
	}
	return nil
}

type evidenceWriter struct {
	docs  Docs
	emit  func(EvidenceFlat) error
	close func() error
}

func (e *evidenceWriter) Write(ev news.Event) error {
	for _, r := range ToEvidenceFlat(ev, e.docs) {
		if err := e.emit(r); err != nil {
			return err
		}
	}
	return nil
}
func (e *evidenceWriter) Close() error { return e.close() }

// EventLister lists events a page at a time (store.Store's Events).
type EventLister interface {
	Events(ctx context.Context, f store.EventFilter) ([]news.Event, error)
}

// Stream writes every event the filter selects to the writers, reading the
// store a page at a time (pageSize events; f.Limit, when set, caps the
// total). It returns how many events it wrote.
func Stream(ctx context.Context, st EventLister, f store.EventFilter, ws ...Writer) (int, error) {
	const pageSize = 1000
	total := f.Limit
	n := 0
	for {
		p := f
		p.Limit = pageSize
		if total > 0 && total-n < pageSize {
			p.Limit = total - n
		}
		evs, err := st.Events(ctx, p)
		if err != nil {
			return n, err
		}
		for _, ev := range evs {
			for _, w := range ws {
				if err := w.Write(ev); err != nil {
					return n, err
				}
			}
			n++
		}
		if len(evs) < p.Limit || (total > 0 && n >= total) {
			return n, nil
		}
		f.After = evs[len(evs)-1].ID
		if err := ctx.Err(); err != nil {
			return n, err
		}
	}
}

// Flat is one event as a flat row: the CSV columns and the Parquet schema.
// Pointer fields are null (empty in CSV) when dyad does not know the value.
type Flat struct {
	ID            string   `parquet:"id" json:"id"`
	Date          *string  `parquet:"date,optional" json:"date"`
	DateText      *string  `parquet:"date_text,optional" json:"date_text"`
	SourceCode    string   `parquet:"source_code" json:"source_code"`
	SourceCountry *string  `parquet:"source_country,optional" json:"source_country"`
	SourceName    string   `parquet:"source_name" json:"source_name"`
	SourceLabel   string   `parquet:"source_label" json:"source_label"`
	TargetCode    string   `parquet:"target_code" json:"target_code"`
	TargetCountry *string  `parquet:"target_country,optional" json:"target_country"`
	TargetName    string   `parquet:"target_name" json:"target_name"`
	TargetLabel   string   `parquet:"target_label" json:"target_label"`
	CAMEO         string   `parquet:"cameo" json:"cameo"`
	CAMEOName     string   `parquet:"cameo_name" json:"cameo_name"`
	Root          string   `parquet:"root" json:"root"`
	RootName      string   `parquet:"root_name" json:"root_name"`
	Goldstein     float64  `parquet:"goldstein" json:"goldstein"`
	QuadClass     int32    `parquet:"quad_class" json:"quad_class"`
	QuadName      string   `parquet:"quad_name" json:"quad_name"`
	PLOVER        *string  `parquet:"plover,optional" json:"plover"`
	StoryID       string   `parquet:"story_id" json:"story_id"`
	NumArticles   int32    `parquet:"num_articles" json:"num_articles"`
	NumSources    int32    `parquet:"num_sources" json:"num_sources"`
	NumMentions   int32    `parquet:"num_mentions" json:"num_mentions"`
	IsRootEvent   *bool    `parquet:"is_root_event,optional" json:"is_root_event"`
	DateAdded     *string  `parquet:"date_added,optional" json:"date_added"`
	SourceURL     *string  `parquet:"source_url,optional" json:"source_url"`
	DocID         string   `parquet:"doc_id" json:"doc_id"`
	Sentence      string   `parquet:"sentence" json:"sentence"`
	Issues        *string  `parquet:"issues,optional" json:"issues"`
	Flags         *string  `parquet:"flags,optional" json:"flags"`
	Confidence    *float64 `parquet:"confidence,optional" json:"confidence"`
	Coder         string   `parquet:"coder" json:"coder"`
	// Where the event happened (Event.Location), null when unknown.
	LocName    *string  `parquet:"location_name,optional" json:"location_name"`
	LocCountry *string  `parquet:"location_country,optional" json:"location_country"`
	LocAdmin1  *string  `parquet:"location_admin1,optional" json:"location_admin1"`
	LocLat     *float64 `parquet:"location_lat,optional" json:"location_lat"`
	LocLon     *float64 `parquet:"location_lon,optional" json:"location_lon"`
	LocID      *int64   `parquet:"location_geonames_id,optional" json:"location_geonames_id"`
	LocHow     *string  `parquet:"location_how,optional" json:"location_how"`
}

// FlatColumns are the CSV header: Flat's column names in order.
func FlatColumns() []string {
	return []string{"id", "date", "date_text", "source_code", "source_country", "source_name", "source_label",
		"target_code", "target_country", "target_name", "target_label", "cameo", "cameo_name", "root", "root_name",
		"goldstein", "quad_class", "quad_name", "plover", "story_id", "num_articles", "num_sources", "num_mentions",
		"is_root_event", "date_added", "source_url", "doc_id", "sentence", "issues", "flags", "confidence", "coder",
		"location_name", "location_country", "location_admin1", "location_lat", "location_lon", "location_geonames_id", "location_how"}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (r Flat) strings() []string {
	root, conf := "", ""
	if r.IsRootEvent != nil {
		root = boolDigit(*r.IsRootEvent)
	}
	if r.Confidence != nil {
		conf = strconv.FormatFloat(*r.Confidence, 'f', -1, 64)
	}
	return []string{r.ID, str(r.Date), str(r.DateText), r.SourceCode, str(r.SourceCountry), r.SourceName, r.SourceLabel,
		r.TargetCode, str(r.TargetCountry), r.TargetName, r.TargetLabel, r.CAMEO, r.CAMEOName, r.Root, r.RootName,
		strconv.FormatFloat(r.Goldstein, 'f', -1, 64), strconv.Itoa(int(r.QuadClass)), r.QuadName, str(r.PLOVER), r.StoryID,
		strconv.Itoa(int(r.NumArticles)), strconv.Itoa(int(r.NumSources)), strconv.Itoa(int(r.NumMentions)),
		root, str(r.DateAdded), str(r.SourceURL), r.DocID, r.Sentence, str(r.Issues), str(r.Flags), conf, r.Coder,
		str(r.LocName), str(r.LocCountry), str(r.LocAdmin1), fnum(r.LocLat), fnum(r.LocLon), inum(r.LocID), str(r.LocHow)}
}

func fnum(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func inum(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

// ToFlat maps an event to its flat row. Lists (issues, flags) are joined
// with ";".
func ToFlat(ev news.Event, docs Docs) Flat {
	info := summarize(ev, docs)
	r := Flat{ID: ev.ID, Date: opt(ev.Date), DateText: opt(ev.DateText),
		SourceCode: ev.Source.Code, SourceCountry: opt(ev.Source.Country), SourceName: ev.Source.Name, SourceLabel: cameo.ActorLabel(ev.Source.Code),
		TargetCode: ev.Target.Code, TargetCountry: opt(ev.Target.Country), TargetName: ev.Target.Name, TargetLabel: cameo.ActorLabel(ev.Target.Code),
		CAMEO: ev.CAMEO, CAMEOName: cameo.Name(ev.CAMEO), Root: ev.Root, RootName: cameo.Name(ev.Root),
		Goldstein: ev.Goldstein, QuadClass: int32(ev.QuadClass), QuadName: cameo.QuadName(ev.QuadClass), PLOVER: opt(ev.PLOVER),
		StoryID: ev.StoryID, NumArticles: int32(ev.NumArticles), NumSources: int32(ev.NumSources), NumMentions: int32(len(ev.Evidence)),
		SourceURL: opt(info.url), DocID: info.docID, Issues: opt(strings.Join(ev.Issues, ";")), Flags: opt(strings.Join(ev.Flags, ";")),
		Confidence: ev.Confidence, Coder: ev.Coder}
	if info.known {
		root := info.root
		r.IsRootEvent = &root
	}
	if !info.added.IsZero() {
		r.DateAdded = opt(info.added.UTC().Format(time.RFC3339))
	}
	if len(ev.Evidence) > 0 {
		r.Sentence = ev.Evidence[0].Sentence
	}
	if l := ev.Location; l != nil {
		lat, lon := l.Lat, l.Lon
		r.LocName, r.LocCountry, r.LocAdmin1, r.LocLat, r.LocLon, r.LocHow = opt(l.Name), opt(l.Country), opt(l.Admin1), &lat, &lon, opt(l.How)
		if l.GeonamesID != 0 {
			id := l.GeonamesID
			r.LocID = &id
		}
	}
	return r
}

// EvidenceFlat is one evidence sentence of an event: the flat evidence
// table (join on event_id).
type EvidenceFlat struct {
	EventID   string  `parquet:"event_id" json:"event_id"`
	DocID     string  `parquet:"doc_id" json:"doc_id"`
	Outlet    *string `parquet:"outlet,optional" json:"outlet"`
	SourceURL *string `parquet:"source_url,optional" json:"source_url"`
	Sentence  string  `parquet:"sentence" json:"sentence"`
	Start     int32   `parquet:"start" json:"start"`
	End       int32   `parquet:"end" json:"end"`
}

// EvidenceColumns are the evidence table's CSV header.
func EvidenceColumns() []string {
	return []string{"event_id", "doc_id", "outlet", "source_url", "sentence", "start", "end"}
}

func (r EvidenceFlat) strings() []string {
	return []string{r.EventID, r.DocID, str(r.Outlet), str(r.SourceURL), r.Sentence, strconv.Itoa(int(r.Start)), strconv.Itoa(int(r.End))}
}

// ToEvidenceFlat maps an event's evidence to rows of the evidence table.
func ToEvidenceFlat(ev news.Event, docs Docs) []EvidenceFlat {
	out := make([]EvidenceFlat, 0, len(ev.Evidence))
	for _, e := range ev.Evidence {
		r := EvidenceFlat{EventID: ev.ID, DocID: e.DocID, Outlet: opt(e.Source), Sentence: e.Sentence, Start: int32(e.Start), End: int32(e.End)}
		if docs != nil {
			if info, ok := docs(e.DocID); ok {
				r.SourceURL = opt(info.URL)
			}
		}
		out = append(out, r)
	}
	return out
}

// LookupFiles are the files Lookups writes.
var LookupFiles = []string{"cameo_codes.csv", "quad_classes.csv", "actor_codes.csv"}

// Lookups writes the lookup tables as CSV: "cameo_codes.csv" (code,
// name, goldstein, quad_class, quad_name, plover), "quad_classes.csv" and
// "actor_codes.csv" (CAMEO's three-letter role and region codes; country
// codes are ISO 3166 alpha-3, named in the exports' *_label columns). The
// create function opens each named file.
func Lookups(create func(name string) (io.WriteCloser, error)) error {
	write := func(name string, header []string, rows [][]string) error {
		f, err := create(name)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(f)
		cw.Write(header)
		cw.WriteAll(rows)
		if err := cw.Error(); err != nil {
			f.Close()
			return fmt.Errorf("%s: %w", name, err)
		}
		return f.Close()
	}
	var rows [][]string
	for _, c := range cameo.All() {
		rows = append(rows, []string{c.Code, cameo.Name(c.Code), strconv.FormatFloat(c.Goldstein, 'f', -1, 64),
			strconv.Itoa(c.QuadClass), cameo.QuadName(c.QuadClass), c.PLOVER})
	}
	if err := write("cameo_codes.csv", []string{"code", "name", "goldstein", "quad_class", "quad_name", "plover"}, rows); err != nil {
		return err
	}
	rows = nil
	for q := 1; q <= 4; q++ {
		rows = append(rows, []string{strconv.Itoa(q), cameo.QuadName(q)})
	}
	if err := write("quad_classes.csv", []string{"quad_class", "name"}, rows); err != nil {
		return err
	}
	rows = nil
	for _, kind := range []struct {
		name string
		m    map[string]string
	}{{"role", cameo.Roles}, {"region", cameo.Regions}} {
		for _, k := range sortedKeys(kind.m) {
			rows = append(rows, []string{k, kind.m[k], kind.name})
		}
	}
	return write("actor_codes.csv", []string{"code", "name", "kind"}, rows)
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
