package geo

import (
	"bytes"
	"runtime"
	"sync"
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// TestNotPlace checks the hook Locate wires from the coder's actors: a town
// the coder read as a person is no place unless a cue makes it one; a
// country is a place whatever the coder read.
func TestNotPlace(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Lincoln criticised Omaha officials. Russia said it had no comment."
	places := func(events []news.Event) map[string]bool {
		out := map[string]bool{}
		for _, pl := range p.Locate(text, "", events) {
			out[pl.Text] = true
		}
		return out
	}
	if got := places(nil); !got["Lincoln"] || !got["Russia"] {
		t.Fatalf("without events: %v, want Lincoln and Russia", got)
	}
	ev := []news.Event{{Source: news.Actor{Code: "USAGOV", Country: "USA", Name: "Lincoln"},
		Target: news.Actor{Code: "RUS", Country: "RUS", Name: "Russia"}}}
	if got := places(ev); got["Lincoln"] || !got["Russia"] || !got["Omaha"] {
		t.Errorf("with Lincoln as an actor: %v, want Russia and Omaha, not Lincoln", got)
	}
	o := Options{NotPlace: p.actorSpans(ev)}
	if ms := p.Parse("The rally in Lincoln drew thousands.", o); len(ms) != 1 || ms[0].Text != "Lincoln" {
		t.Errorf("a cue makes the actor's name a place again: %+v", ms)
	}
}

func TestParse(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text, span, country, admin1 string
	}{
		{"Officials met in Brussels on Tuesday.", "Brussels", "BEL", ""},
		{"The Moscow-based firm said it would appeal.", "Moscow", "RUS", ""},
		{"A fire broke out in Gainesville, Ga., late Friday.", "Gainesville", "USA", "GA"},
		{"The mayor of Gainesville, Fla., spoke.", "Gainesville", "USA", "FL"},
		{"Talks between Russia and Ukraine resumed.", "Ukraine", "UKR", ""},
		{"He drove to Paris, Texas, to see his mother.", "Paris", "USA", "TX"},
		{"Ukrainian troops held the line.", "Ukrainian", "UKR", ""},
		{"Flooding hit Laurel County overnight, officials in Kentucky said.", "Laurel County", "USA", "KY"},
		{"Flights to St. Petersburg resumed.", "St. Petersburg", "RUS", ""},
		{"Cases rose in the state of Victoria and in Sichuan.", "Victoria", "AUS", ""},
		{"Cases rose in the state of Victoria and in Sichuan.", "Sichuan", "CHN", ""},
		{"The Paris school board met on Monday. Henry County officials and the Henry County sheriff attended.", "Paris", "USA", "TN"},
		// an age is followed by a comma or the sentence's end: "Suva, 8
		// men" is a town and a count, not "Flores, 26,"
		{"All cases came from Suva, 8 men and 8 women.", "Suva", "FJI", ""},
		// a speech verb alone does not make a capital a person's name
		{"Birds died near the capital of Pyongyang. Radio Pyongyang said farms were closed.", "Pyongyang", "PRK", ""},
		// "es" joins a name like "de"; an elision's capital ("d'Ivoire")
		{"Donors met in Dar es Salaam on Monday.", "Dar es Salaam", "TZA", ""},
		{"The strain was first seen in Côte d'Ivoire.", "Côte d'Ivoire", "CIV", ""},
		// a common word used as a place with a strong cue is one in the
		// rest of the text
		{"Most cases are in the state of Victoria. Travellers were told not to go to Victoria.", "Victoria", "AUS", "07"},
		// "America" alone is the United States; "Australia and New
		// Zealand" two countries, not a world region
		{"The painters moved to America in 1922.", "America", "USA", ""},
		{"Trade between Australia and New Zealand grew.", "New Zealand", "NZL", ""},
		{"Trade between Australia and New Zealand grew.", "Australia", "AUS", ""},
		// "Washington state" and a list of regions choose the region
		// over the capital
		{"The cow came from a Washington state farm.", "Washington", "USA", "WA"},
		{"Cases were reported in Oregon, Washington and Idaho.", "Washington", "USA", "WA"},
		{"The senators flew to Washington on Monday.", "Washington", "USA", "DC"},
		// AP's "W.Va." written with a space
		{"A crash near Charleston, W. Va., killed two.", "Charleston", "USA", "WV"},
		{"A crash near Charleston, W. Va., killed two.", "W. Va.", "USA", "WV"},
		// where local news puts a town: after a name and an age, after a
		// street address
		{"Ohio deputies said Terry Jolly, 60, Lebanon, was arrested on Thursday.", "Lebanon", "USA", "OH"},
		{"Services will be held at 400 S. Locust St., Lebanon. Burial will follow in Pennsylvania.", "Lebanon", "USA", "PA"},
		{"Aid reached Lebanon, Syria and Jordan.", "Lebanon", "LBN", ""},
		// "China" is the People's Republic, never Taiwan's "Republic of China"
		{"Exports to China fell.", "China", "CHN", ""},
	}
	for _, c := range cases {
		ms := p.Parse(c.text, Options{Explain: true})
		found := false
		for _, m := range ms {
			if m.Text != c.span {
				continue
			}
			found = true
			if m.Place.Country != c.country || c.admin1 != "" && m.Place.Admin1 != c.admin1 {
				t.Errorf("%q: %s → %s (%v)", c.text, c.span, describe(m.Place), m.Why)
			}
			if got := string([]rune(c.text)[m.Start:m.End]); got != m.Text {
				t.Errorf("%q: offsets %d-%d give %q", c.text, m.Start, m.End, got)
			}
		}
		if !found {
			t.Errorf("%q: %s not found in %+v", c.text, c.span, ms)
		}
	}
	// not places
	for _, text := range []string{
		"Chiquita Raquel Henry, 19, was arrested.",
		"Sheriff Ripley said the road was closed.",
		"He lives at 6016 Dublin Road.",
		"Matthew D. Flores was shot on Friday.",
		"\"We will win,\" said coach Ripley.",
	} {
		for _, m := range p.Parse(text, Options{}) {
			t.Errorf("%q: %q read as %s", text, m.Text, describe(m.Place))
		}
	}
}

// TestConventionPoints checks the points the generator gives countries
// and continents: a continent is where GeoNames puts it, a country at the
// centre of its main territory (New Zealand between its two islands, the
// United States without Alaska and Hawaii).
func TestConventionPoints(t *testing.T) {
	g, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		lat, lon float64 // a point it must lie within km of
		km       float64
	}{
		{"Africa", 7.1881, 21.09375, 1},            // GeoNames 6255146
		{"Asia", 29.84064, 89.29688, 1},            // GeoNames 6255147
		{"Europe", 48.69096, 9.14062, 1},           // GeoNames 6255148
		{"South America", -14.60485, -57.65625, 1}, // GeoNames 6255150
		{"New Zealand", -41.29, 174.78, 250},       // Wellington, on the North Island
		{"New Zealand", -43.53, 172.64, 250},       // Christchurch, on the South Island
		{"United States", 39.5, -98.5, 300},        // Kansas
		{"France", 46.6, 2.5, 150},                 // not French Guiana
	}
	for _, c := range cases {
		ps := g.Lookup(c.name)
		if len(ps) == 0 || ps[0].Level() != 0 && !ps[0].isContinent() {
			t.Errorf("%s: %v, want a country or continent", c.name, ps)
			continue
		}
		if d := Distance(ps[0].Lat, ps[0].Lon, c.lat, c.lon); d > c.km {
			t.Errorf("%s at %.2f, %.2f: %.0f km from %.2f, %.2f (want ≤ %.0f)", c.name, ps[0].Lat, ps[0].Lon, d, c.lat, c.lon, c.km)
		}
	}
	for _, pl := range g.Lookup("China") {
		if pl.Level() == 0 && pl.Country != "CHN" {
			t.Errorf("China names %s", describe(pl))
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	var ms runtime.MemStats
	for i := 0; i < b.N; i++ {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		before := ms.HeapAlloc
		t0 := time.Now()
		g, err := Load(bytes.NewReader(gazetteerGz))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(time.Since(t0).Milliseconds()), "ms/load")
		runtime.GC()
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.HeapAlloc-before)/1e6, "MB-heap")
		b.ReportMetric(float64(g.Len()), "places")
		runtime.KeepAlive(g)
	}
}

// BenchmarkLocate runs the places stage over the first 1,000 Reuters
// stories (what ingest adds per document).
func BenchmarkLocate(b *testing.B) {
	recs := shareddata.Records(b, "corpora/reuters21578.jsonl.gz", 1000)
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	n := 0
	t0 := time.Now()
	for i := 0; i < b.N; i++ {
		for _, r := range recs {
			p.Locate(r.Text, "", nil)
			n++
		}
	}
	b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "docs/s")
}

// TestDocumentPlaceStable checks that the place standing for a country is
// the same every run when two of its places are named equally often: the
// first named (it was the map's order, a different location from one run
// to the next).
func TestDocumentPlaceStable(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Flights from Denver to Houston were cut. Officials said Denver and Houston would be hit. The union called a strike."
	for run := range 40 {
		ev := []news.Event{{Source: news.Actor{Code: "USALAB", Country: "USA"}, Target: news.Actor{Code: "USABUS", Country: "USA"},
			Evidence: []news.Evidence{{Start: 88, End: 115}}}}
		p.Locate(text, "", ev)
		if l := ev[0].Location; l == nil || l.Name != "Denver" || l.How != HowDocument {
			t.Fatalf("run %d: location %+v, want Denver (named first) as the document's place", run, l)
		}
	}
}

// TestKeyConcurrent: pipeline workers call Key at once; text outside
// Latin-1 and Latin Extended takes the general fold, which must share no
// state between calls (run with -race).
func TestKeyConcurrent(t *testing.T) {
	names := []string{"Hà Nội", "Москва", "Αθήνα", "Đà Nẵng", "São Paulo", "Kraków"}
	want := make([]string, len(names))
	for i, n := range names {
		want[i] = Key(n)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i := k % len(names)
				if got := Key(names[i]); got != want[i] {
					errs <- names[i] + ": " + got + ", want " + want[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if want[0] != "ha noi" {
		t.Errorf("Key(%q) = %q, want %q", names[0], want[0], "ha noi")
	}
}
