// Package web is dyad's browser UI, served from the binary: html/template
// pages (no user text reaches a page unescaped), one embedded stylesheet,
// no scripts and no CDN, under a strict Content-Security-Policy. Pages:
// events with filters, an event with its evidence sentences (actor and
// verb spans highlighted), the reporting documents and outlets and the
// coder's explanation; a dyad's time series as an SVG chart split by
// source group; stories, quotes and documents.
package web

import (
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"dyad/internal/cameo"
	"dyad/internal/news"
	"dyad/internal/query"
	"dyad/internal/store"
)

//go:embed assets/*
var assets embed.FS

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"highlight": highlight,
	"join":      strings.Join,
	"list":      func(xs ...string) []string { return xs },
	"pct":       func(a, b int) int { return a * 100 / max(b, 1) },
	"cameoName": cameo.Name,
	"quadName":  cameo.QuadName,
	"conf":      func(p *float64) string { return strconv.FormatFloat(*p, 'f', 2, 64) },
	"quadNameS": func(s string) string {
		n, _ := strconv.Atoi(s)
		return cameo.QuadName(n)
	},
	"actorLabel": cameo.ActorLabel,
}).ParseFS(assets, "assets/*.html"))

// Handler serves the UI.
type Handler struct {
	st  store.Store
	mux *http.ServeMux
}

// New returns the UI over st.
func New(st store.Store) *Handler {
	h := &Handler{st: st, mux: http.NewServeMux()}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded folder is part of the binary
	}
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	h.mux.HandleFunc("GET /static/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") { // no directory listings
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	})
	h.mux.HandleFunc("GET /{$}", h.events)
	h.mux.HandleFunc("GET /events/{id}", h.event)
	h.mux.HandleFunc("GET /dyad", h.dyad)
	h.mux.HandleFunc("GET /stories", h.stories)
	h.mux.HandleFunc("GET /stories/{id}", h.story)
	h.mux.HandleFunc("GET /quotes", h.quotes)
	h.mux.HandleFunc("GET /map", h.worldMap)
	h.mux.HandleFunc("GET /docs/{id}", h.doc)
	h.mux.HandleFunc("GET /feeds", h.feeds)
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, http.StatusNotFound, "No such page.")
	})
	return h
}

// ServeHTTP serves a page with the security headers.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	h.mux.ServeHTTP(w, r)
}

func (h *Handler) render(w http.ResponseWriter, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := tmpl.ExecuteTemplate(w, name, data); err != nil {
		http.Error(w, "template error", http.StatusInternalServerError)
	}
}

func (h *Handler) fail(w http.ResponseWriter, status int, msg string) {
	w.WriteHeader(status)
	h.render(w, "error.html", map[string]any{"Status": status, "Message": msg})
}

func (h *Handler) failErr(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, query.ErrBadParam), errors.Is(err, store.ErrInvalid):
		h.fail(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, store.ErrNotFound):
		h.fail(w, http.StatusNotFound, "Not found.")
	default:
		h.fail(w, http.StatusInternalServerError, "Internal error.")
	}
}

// filterValues keeps the non-empty filter fields of a form.
func filterValues(r *http.Request, names ...string) url.Values {
	v := url.Values{}
	for _, n := range names {
		if s := strings.TrimSpace(r.URL.Query().Get(n)); s != "" {
			v.Set(n, s)
		}
	}
	return v
}

// pageSize is the events list's page.
const pageSize = 100

func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	v := filterValues(r, "from", "to", "actor", "dyad", "root", "quad", "group", "issue", "q", "story", "country", "admin1", "bbox")
	f, err := query.Events(v)
	if err != nil {
		h.failErr(w, err)
		return
	}
	sortBy := r.URL.Query().Get("sort")
	if sortBy != "oldest" {
		sortBy = "newest"
	}
	f.Desc = sortBy == "newest"
	pg := 1
	if s := r.URL.Query().Get("page"); s != "" {
		if _, err := fmt.Sscan(s, &pg); err != nil || pg < 1 || pg > 100000 {
			h.fail(w, http.StatusBadRequest, "page must be a whole number from 1.")
			return
		}
	}
	f.Limit, f.Offset = pageSize, (pg-1)*pageSize
	f.MaxEvidence = 1 // the table shows an event's first sentence
	evs, err := h.st.Events(r.Context(), f)
	if err != nil {
		h.failErr(w, err)
		return
	}
	total := -1
	if c, ok := h.st.(store.EventCounter); ok {
		if total, err = c.CountEvents(r.Context(), f); err != nil {
			h.failErr(w, err)
			return
		}
	}
	link := func(page int, sort string) string {
		nv := url.Values{}
		for k := range v {
			nv.Set(k, v.Get(k))
		}
		if sort != "newest" {
			nv.Set("sort", sort)
		}
		if page > 1 {
			nv.Set("page", fmt.Sprint(page))
		}
		return "/?" + nv.Encode()
	}
	data := map[string]any{"Events": evs, "F": v, "Sort": sortBy, "Page": pg, "Total": total,
		"First": f.Offset + 1, "Last": f.Offset + len(evs),
		"Newest": link(1, "newest"), "Oldest": link(1, "oldest"),
		"CSV": "/api/v1/export?format=csv&" + v.Encode()}
	if pg > 1 {
		data["Prev"] = link(pg-1, sortBy)
	}
	if len(evs) == pageSize && (total < 0 || f.Offset+len(evs) < total) {
		data["Next"] = link(pg+1, sortBy)
	}
	if total >= 0 {
		data["Pages"] = (total + pageSize - 1) / pageSize
	}
	h.render(w, "events.html", data)
}

// eventEvidence is how many evidence sentences an event's page shows;
// the rest are at GET /api/v1/events/{id}/evidence.
const eventEvidence = 100

func (h *Handler) event(w http.ResponseWriter, r *http.Request) {
	var ev news.Event
	var err error
	if er, ok := h.st.(store.EvidenceReader); ok {
		ev, err = er.EventCapped(r.Context(), r.PathValue("id"), eventEvidence)
	} else {
		ev, err = h.st.Event(r.Context(), r.PathValue("id"))
	}
	if err != nil {
		h.failErr(w, err)
		return
	}
	var ids []string
	seen := map[string]bool{}
	for _, e := range ev.Evidence {
		if !seen[e.DocID] {
			seen[e.DocID] = true
			ids = append(ids, e.DocID)
		}
	}
	docs, err := h.st.Documents(r.Context(), store.DocFilter{IDs: ids})
	if err != nil {
		h.failErr(w, err)
		return
	}
	h.render(w, "event.html", map[string]any{"E": ev, "Docs": docs})
}

func (h *Handler) dyad(w http.ResponseWriter, r *http.Request) {
	v := filterValues(r, "dyad", "by", "from", "to", "direction", "root", "quad")
	stack := r.URL.Query().Get("stack")
	if stack != "group" {
		stack = "quad"
	}
	var top []store.DyadCount
	if rk, ok := h.st.(store.DyadRanker); ok {
		var err error
		if top, err = rk.TopDyads(r.Context(), 30); err != nil {
			h.failErr(w, err)
			return
		}
	}
	if v.Get("dyad") == "" {
		h.render(w, "dyads.html", map[string]any{"Top": top})
		return
	}
	q := url.Values{}
	for k := range v {
		q.Set(k, v.Get(k))
	}
	q.Set("split", "group")
	q.Set("fill", "1")
	sq, err := query.Series(q)
	if err != nil {
		h.failErr(w, err)
		return
	}
	pts, err := h.st.Series(r.Context(), sq)
	if err != nil {
		h.failErr(w, err)
		return
	}
	total := 0
	for _, p := range pts {
		total += p.Events
	}
	events := url.Values{"dyad": {sq.DyadA + "-" + sq.DyadB}}
	for _, k := range []string{"from", "to", "root", "quad"} {
		if v.Get(k) != "" {
			events.Set(k, v.Get(k))
		}
	}
	h.render(w, "dyad.html", map[string]any{"Points": pts, "C": newChart(pts, stack), "F": v, "Stack": stack,
		"Dyad": sq.DyadA + "-" + sq.DyadB, "A": sq.DyadA, "B": sq.DyadB, "Total": total, "Top": top,
		"EventsLink": "/?" + events.Encode(), "CSV": "/api/v1/export?format=csv&" + events.Encode()})
}

// maxStories bounds the stories the list searches and sorts.
const maxStories = 5000

func (h *Handler) stories(w http.ResponseWriter, r *http.Request) {
	sts, err := h.st.Stories(r.Context(), store.StoryFilter{Page: store.Page{Limit: maxStories}})
	if err != nil {
		h.failErr(w, err)
		return
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q != "" {
		low := strings.ToLower(q)
		kept := sts[:0]
		for _, s := range sts {
			if strings.Contains(strings.ToLower(s.Title), low) || strings.Contains(strings.ToLower(strings.Join(s.Sources, " ")), low) {
				kept = append(kept, s)
			}
		}
		sts = kept
	}
	sortBy := r.URL.Query().Get("sort")
	switch sortBy {
	case "size":
		sort.SliceStable(sts, func(i, j int) bool { return len(sts[i].DocIDs) > len(sts[j].DocIDs) })
	case "oldest":
		sort.SliceStable(sts, func(i, j int) bool { return sts[i].FirstSeen < sts[j].FirstSeen })
	default:
		sortBy = "recent"
		sort.SliceStable(sts, func(i, j int) bool { return sts[i].LastSeen > sts[j].LastSeen })
	}
	shown := sts
	if len(shown) > 500 {
		shown = shown[:500]
	}
	h.render(w, "stories.html", map[string]any{"Stories": shown, "Count": len(sts), "Q": q, "Sort": sortBy, "Capped": len(sts) == maxStories})
}

func (h *Handler) story(w http.ResponseWriter, r *http.Request) {
	s, err := h.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		h.failErr(w, err)
		return
	}
	docs, _ := h.st.Documents(r.Context(), store.DocFilter{StoryID: s.ID})
	evs, _ := h.st.Events(r.Context(), store.EventFilter{StoryID: s.ID, MaxEvidence: 1})
	qs, _ := h.st.Quotes(r.Context(), store.QuoteFilter{StoryID: s.ID})
	h.render(w, "story.html", map[string]any{"S": s, "Docs": docs, "Events": evs, "Quotes": qs})
}

func (h *Handler) quotes(w http.ResponseWriter, r *http.Request) {
	v := filterValues(r, "speaker", "from", "to", "q")
	f, err := query.Quotes(v)
	if err != nil {
		h.failErr(w, err)
		return
	}
	f.Limit = 500
	qs, err := h.st.Quotes(r.Context(), f)
	if err != nil {
		h.failErr(w, err)
		return
	}
	h.render(w, "quotes.html", map[string]any{"Quotes": qs, "F": v})
}

func (h *Handler) doc(w http.ResponseWriter, r *http.Request) {
	d, err := h.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		h.failErr(w, err)
		return
	}
	evs, _ := h.st.Events(r.Context(), store.EventFilter{DocID: d.ID})
	var spans []news.Evidence
	for _, ev := range evs {
		for _, e := range ev.Evidence {
			if e.DocID == d.ID {
				spans = append(spans, e)
			}
		}
	}
	h.render(w, "doc.html", map[string]any{"D": d, "Paragraphs": markParagraphs(d.Text, spans), "Events": evs, "Coded": len(spans)})
}

// markParagraphs splits a document's text into paragraphs (blank lines)
// with the coded sentences (evidence offsets, code points) marked; every
// piece of text is escaped.
func markParagraphs(text string, ev []news.Evidence) []template.HTML {
	runes := []rune(text)
	coded := make([]bool, len(runes))
	for _, e := range ev {
		for i := max(e.Start, 0); i < e.End && i < len(runes); i++ {
			coded[i] = true
		}
	}
	var out []template.HTML
	var b strings.Builder
	in := false
	flush := func() {
		if in {
			b.WriteString("</mark>")
			in = false
		}
		if strings.TrimSpace(b.String()) != "" {
			out = append(out, template.HTML(b.String()))
		}
		b.Reset()
	}
	for i := 0; i < len(runes); i++ {
		if runes[i] == '\n' && i+1 < len(runes) && runes[i+1] == '\n' {
			flush()
			for i+1 < len(runes) && runes[i+1] == '\n' {
				i++
			}
			continue
		}
		if coded[i] != in {
			if coded[i] {
				b.WriteString(`<mark class="coded">`)
			} else {
				b.WriteString("</mark>")
			}
			in = coded[i]
		}
		b.WriteString(template.HTMLEscapeString(string(runes[i])))
	}
	flush()
	return out
}

// highlight renders an evidence sentence with its actor and verb spans
// (code point offsets) marked; every piece of text is escaped.
func highlight(e news.Evidence) template.HTML {
	runes := []rune(e.Sentence)
	type mark struct {
		s, e  int
		class string
	}
	var marks []mark
	for _, m := range []struct {
		sp    *news.Span
		class string
	}{{e.SourceSpan, "src"}, {e.TargetSpan, "tgt"}, {e.VerbSpan, "verb"}} {
		if m.sp != nil && m.sp.Start >= 0 && m.sp.End <= len(runes) && m.sp.Start < m.sp.End {
			marks = append(marks, mark{m.sp.Start, m.sp.End, m.class})
		}
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].s < marks[j].s })
	var b strings.Builder
	pos := 0
	for _, m := range marks {
		if m.s < pos {
			continue // overlapping spans: keep the first
		}
		b.WriteString(template.HTMLEscapeString(string(runes[pos:m.s])))
		fmt.Fprintf(&b, `<mark class="%s">%s</mark>`, m.class, template.HTMLEscapeString(string(runes[m.s:m.e])))
		pos = m.e
	}
	b.WriteString(template.HTMLEscapeString(string(runes[pos:])))
	return template.HTML(b.String())
}
