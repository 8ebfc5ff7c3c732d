package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

var benchCountries = []string{"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "IRN", "ISR", "UKR", "TUR", "SAU", "EGY", "KOR", "PRK", "CAN", "MEX", "AUS"}

var benchRoles = []string{"", "GOV", "MIL", "BUS", "OPP", "GOVMIL"}

// benchDoc is a Reuters-sized (~1 KB) ok document.
func benchDoc(i int) *news.Document {
	d := doc(fmt.Sprintf("bench-%07d", i), fmt.Sprintf("1987-%02d-%02d", 1+i%12, 1+i%28), "Outlet "+fmt.Sprint(i%40), []string{"state", "independent", "state-affiliated", "unknown"}[i%4])
	d.ContentHash = fmt.Sprintf("bh-%07d", i)
	d.StoryID = fmt.Sprintf("story-%d", i/3)
	d.Text = strings.Repeat(fmt.Sprintf("Officials of country %d met on trade and tariffs. ", i), 30)[:1000]
	return d
}

// benchEvents are two events of document i with plausible codes.
func benchEvents(r *rand.Rand, d *news.Document) []news.Event {
	out := make([]news.Event, 0, 2)
	for k := 0; k < 2; k++ {
		a, b := benchCountries[r.IntN(len(benchCountries))], benchCountries[r.IntN(len(benchCountries))]
		src, tgt := a+benchRoles[r.IntN(len(benchRoles))], b+benchRoles[r.IntN(len(benchRoles))]
		cameo := fmt.Sprintf("%02d%d", 1+r.IntN(20), r.IntN(10))
		ev := event(d.StoryID, src, tgt, cameo, d.Published, evidence(d.ID, d.Source.Origin, fmt.Sprintf("%s officials met %s envoys about item %d.", a, b, r.IntN(1000))))
		ev.QuadClass = 1 + r.IntN(4)
		ev.Goldstein = float64(r.IntN(20)) - 10
		out = append(out, ev)
	}
	return out
}

// BenchPutDocument measures PutDocument of ~1 KB documents, one per call,
// and PutBundles of 64-document batches with their events (the
// pipeline's write path); it reports docs/s.
func BenchPutDocument(b *testing.B, st store.Store) {
	b.Run("single", func(b *testing.B) {
		start := time.Now()
		for i := 0; b.Loop(); i++ {
			d := benchDoc(1_000_000 + i)
			if _, err := st.PutDocument(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "docs/s")
	})
	b.Run("bundles64", func(b *testing.B) {
		r := rand.New(rand.NewPCG(1, 2))
		start := time.Now()
		n := 0
		for i := 0; b.Loop(); i++ {
			bundles := make([]store.Bundle, 64)
			for k := range bundles {
				d := benchDoc(2_000_000 + i*64 + k)
				bundles[k] = store.Bundle{Doc: d, Events: benchEvents(r, d)}
			}
			if _, err := st.PutBundles(ctx, bundles); err != nil {
				b.Fatal(err)
			}
			n += len(bundles)
		}
		b.ReportMetric(float64(n)/time.Since(start).Seconds(), "docs/s")
	})
}

// LoadBench fills st with n documents, two events each, in 64-document
// bundles.
func LoadBench(tb testing.TB, st store.Store, n int) {
	tb.Helper()
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < n; i += 64 {
		var bundles []store.Bundle
		for k := i; k < i+64 && k < n; k++ {
			d := benchDoc(k)
			bundles = append(bundles, store.Bundle{Doc: d, Events: benchEvents(r, d)})
		}
		if _, err := st.PutBundles(ctx, bundles); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchEventsQuery measures filtered event queries (a page of 50) on a
// store holding 19,000 documents and their events, as GET /events does;
// it reports req/s of one client.
func BenchEventsQuery(b *testing.B, st store.Store) {
	LoadBench(b, st, 19_000)
	filters := []struct {
		name string
		f    store.EventFilter
	}{
		{"none", store.EventFilter{}},
		{"dates", store.EventFilter{From: "1987-03-01", To: "1987-03-31"}},
		{"actor", store.EventFilter{Actor: "CHN"}},
		{"actor-role", store.EventFilter{Actor: "CHNGOV"}},
		{"dyad", store.EventFilter{DyadA: "CHN", DyadB: "RUS"}},
		{"dyad-dates", store.EventFilter{DyadA: "USA", DyadB: "IRN", From: "1987-06-01", To: "1987-12-31"}},
		{"root-quad", store.EventFilter{Root: "04", QuadClass: 1}},
		{"story", store.EventFilter{StoryID: "story-100"}},
		{"doc", store.EventFilter{DocID: "bench-0001234"}},
		{"group", store.EventFilter{Group: "state", Actor: "RUS"}},
		{"text", store.EventFilter{Text: "item 42"}},
	}
	for _, fc := range filters {
		b.Run(fc.name, func(b *testing.B) {
			f := fc.f
			f.Limit = 50
			start := time.Now()
			for b.Loop() {
				if _, err := st.Events(ctx, f); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
		})
	}
}
