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
	"math"
	"net/http"
	"net/url"
	"sort"
	"strings"

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
	h.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
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

func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	v := filterValues(r, "from", "to", "actor", "dyad", "root", "quad", "group", "q", "story", "after", "country", "admin1", "bbox")
	f, err := query.Events(v)
	if err != nil {
		h.failErr(w, err)
		return
	}
	f.Limit = 200
	evs, err := h.st.Events(r.Context(), f)
	if err != nil {
		h.failErr(w, err)
		return
	}
	next := ""
	if len(evs) == f.Limit {
		nv := url.Values{}
		for k := range v {
			nv.Set(k, v.Get(k))
		}
		nv.Set("after", evs[len(evs)-1].ID)
		next = "/?" + nv.Encode()
	}
	h.render(w, "events.html", map[string]any{"Events": evs, "F": v, "Next": next})
}

func (h *Handler) event(w http.ResponseWriter, r *http.Request) {
	ev, err := h.st.Event(r.Context(), r.PathValue("id"))
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

// bar is one period of the chart.
type bar struct {
	Period            string
	X, Width          float64
	Segments          []segment
	Events            int
	Goldstein         float64
	LabelX, LabelY    float64
	GoldY, GoldHeight float64
}

type segment struct {
	Group     string
	Y, Height float64
	N         int
}

var groupOrder = []string{"state", "state-affiliated", "independent", "unknown"}

func (h *Handler) dyad(w http.ResponseWriter, r *http.Request) {
	v := filterValues(r, "dyad", "by", "from", "to")
	if v.Get("dyad") == "" {
		v.Set("dyad", "CHN-RUS")
	}
	v.Set("split", "group")
	q, err := query.Series(v)
	if err != nil {
		h.failErr(w, err)
		return
	}
	pts, err := h.st.Series(r.Context(), q)
	if err != nil {
		h.failErr(w, err)
		return
	}
	const width, height, top = 720.0, 260.0, 20.0
	maxN := 1
	for _, p := range pts {
		n := 0
		for _, c := range p.ByGroup {
			n += c
		}
		maxN = max(maxN, n, p.Events)
	}
	var bars []bar
	bw := math.Min(width/math.Max(float64(len(pts)), 1), 90)
	for i, p := range pts {
		b := bar{Period: p.Period, X: float64(i)*bw + 4, Width: math.Max(bw-8, 2), Events: p.Events, Goldstein: p.GoldsteinMean,
			LabelX: float64(i)*bw + bw/2, LabelY: top + height + 16}
		y := top + height
		for _, g := range groupOrder {
			n := p.ByGroup[g]
			if n == 0 {
				continue
			}
			hgt := float64(n) / float64(maxN) * height
			y -= hgt
			b.Segments = append(b.Segments, segment{Group: g, Y: y, Height: hgt, N: n})
		}
		bars = append(bars, b)
	}
	var groups []string
	for _, g := range groupOrder {
		for _, p := range pts {
			if p.ByGroup[g] > 0 {
				groups = append(groups, g)
				break
			}
		}
	}
	sort.Strings(groups)
	h.render(w, "dyad.html", map[string]any{"Points": pts, "Bars": bars, "F": v, "Max": maxN,
		"W": width, "H": height + top + 30, "Groups": groups, "Dyad": q.DyadA + "-" + q.DyadB})
}

func (h *Handler) stories(w http.ResponseWriter, r *http.Request) {
	sts, err := h.st.Stories(r.Context(), store.StoryFilter{Page: store.Page{Limit: 500}})
	if err != nil {
		h.failErr(w, err)
		return
	}
	h.render(w, "stories.html", map[string]any{"Stories": sts})
}

func (h *Handler) story(w http.ResponseWriter, r *http.Request) {
	s, err := h.st.Story(r.Context(), r.PathValue("id"))
	if err != nil {
		h.failErr(w, err)
		return
	}
	docs, _ := h.st.Documents(r.Context(), store.DocFilter{StoryID: s.ID})
	evs, _ := h.st.Events(r.Context(), store.EventFilter{StoryID: s.ID})
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
	h.render(w, "doc.html", map[string]any{"D": d, "Paragraphs": strings.Split(d.Text, "\n\n"), "Events": evs})
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
