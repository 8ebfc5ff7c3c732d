package cluster

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dyad/internal/shareddata"
	"dyad/internal/spin"
)

func TestStories(t *testing.T) {
	c := New(Options{})
	a := Extract("Leaders meet in Geneva", "President Alvarez of Chile met Prime Minister Okafor of Nigeria in Geneva on Monday to discuss copper and oil exports.", "2023-05-01")
	b := Extract("Chile, Nigeria talk trade", "The Chilean president, Alvarez, held talks with Nigeria's Okafor in Geneva about copper and oil exports on Monday.", "2023-05-02")
	other := Extract("Floods in Bavaria", "Heavy rain flooded towns in Bavaria on Monday, and the German army helped evacuate residents from Passau.", "2023-05-01")
	late := Extract("Leaders meet again", "President Alvarez of Chile met Prime Minister Okafor of Nigeria in Geneva to discuss copper and oil exports.", "2023-09-01")
	s1, new1 := c.Assign("da", a)
	s2, _ := c.Assign("db", b)
	s3, _ := c.Assign("dc", other)
	s4, _ := c.Assign("dd", late)
	if !new1 || s1 != "sa" || s2 != s1 {
		t.Errorf("reports of one meeting: %s %s (new %v)", s1, s2, new1)
	}
	if s3 == s1 || s4 == s1 {
		t.Errorf("unrelated or months-later story joined: %s %s", s3, s4)
	}
	// Restore rebuilds the same state.
	r := New(Options{})
	r.Restore("da", s1, a)
	if got, _ := r.Assign("db", b); got != s1 {
		t.Errorf("after restore: %s, want %s", got, s1)
	}
	bb, _ := a.MarshalBinary()
	if f, err := UnmarshalFeatures(bb); err != nil || len(f.Terms) != len(a.Terms) || f.Date != a.Date {
		t.Errorf("features round trip: %v", err)
	}
}

func FuzzUnmarshalFeatures(f *testing.F) {
	good, _ := Extract("Xi met Putin", "President Xi Jinping met Vladimir Putin in Beijing.", "2021-12-15").MarshalBinary()
	f.Add(good)
	f.Add([]byte{2, 1})
	f.Fuzz(func(t *testing.T, b []byte) { UnmarshalFeatures(b) })
}

func FuzzExtract(f *testing.F) {
	f.Add("Xi met Putin.", "2021-12-15")
	f.Add("The The the. İİİ Ⅻ ⅻ Ⅻ.\nMr. Smith - -- Smith! 1,000 abc abc Abc. ABC\xff\xfe", "")
	f.Fuzz(func(t *testing.T, s, d string) {
		if got, want := Extract(s, s, d), referenceExtract(s, s, d); !reflect.DeepEqual(got, want) {
			t.Errorf("Extract(%q) = %v, want %v", s, got, want)
		}
	})
}

// The two seed articles are one story.
func TestSeeds(t *testing.T) {
	dir := shareddata.Path(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	c := New(Options{})
	var ids []string
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := c.Assign(fmt.Sprint("d", i), Extract("", string(b), "2021-12-15"))
		ids = append(ids, id)
	}
	if len(ids) != 2 || ids[0] != ids[1] {
		t.Errorf("seed stories %v, want one", ids)
	}
}

// TestReuters measures on Reuters stories: every spun copy must join its
// original's story, and few originals may join another original's story.
func TestReuters(t *testing.T) {
	recs := shareddata.Records(t, "corpora/reuters21578.jsonl.gz", 3000)
	c := New(Options{})
	var originals, joined, copies, copiesTogether int
	storyOf := map[string]string{}
	sizes := map[string]int{}
	for i, r := range recs {
		if len(strings.Fields(r.Text)) < 60 {
			continue
		}
		originals++
		s, isNew := c.Assign(r.ID, Extract(r.Title, r.Text, r.Published))
		storyOf[r.ID] = s
		sizes[s]++
		if !isNew {
			joined++
		}
		if i%10 == 0 {
			o := spin.Default
			o.Seed = int64(i)
			st, sx := spin.Spin(r.Title, r.Text, o)
			cs, _ := c.Assign(r.ID+"-spun", Extract(st, sx, r.Published))
			copies++
			if cs == s {
				copiesTogether++
			}
		}
	}
	largest := 0
	for _, n := range sizes {
		largest = max(largest, n)
	}
	metrics := fmt.Sprintf("# Story clustering on the first 3,000 Reuters-21578 stories (those of >= 60 words),\n"+
		"# with a spun copy (spin.Default) of every tenth. Rewritten by TestReuters.\n"+
		"originals %d\nstories %d\noriginals that joined an earlier story %d (%.3f; Reuters has real follow-ups and repeats)\n"+
		"largest story %d\nspun copies %d\nspun copies in their original's story %d (%.3f)\n",
		originals, len(sizes), joined, float64(joined)/float64(originals), largest, copies, copiesTogether, float64(copiesTogether)/float64(copies))
	if err := os.WriteFile("testdata/metrics.txt", []byte(metrics), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + metrics)
	if float64(copiesTogether) < 0.95*float64(copies) {
		t.Errorf("only %d of %d spun copies joined their original's story", copiesTogether, copies)
	}
	if float64(joined) > 0.25*float64(originals) {
		t.Errorf("%d of %d originals joined another story: clustering too loose", joined, originals)
	}
}

// Features stored by earlier versions (float64 weights, "e:" prefixes)
// still decode.
func TestFeaturesV2(t *testing.T) {
	v2, _ := hex.DecodeString("020a323032312d31322d31350809653a6265696a696e67000000000000004009653a6a696e70696e67000000000000004007653a707574696e00000000000000400a653a766c6164696d69720000000000000040076c6561646572730000000000000040046d6565740000000000000040036d6574000000000000f03f09707265736964656e74000000000000f03f")
	f, err := UnmarshalFeatures(v2)
	if err != nil {
		t.Fatal(err)
	}
	want := Extract("Leaders meet", "President Xi Jinping met Vladimir Putin in Beijing.", "2021-12-15")
	if !reflect.DeepEqual(f, want) {
		t.Errorf("v2 features = %+v, want %+v", f, want)
	}
	v3, _ := want.MarshalBinary()
	if v3[0] != featuresV3 || 3*len(v3) >= 2*len(v2) {
		t.Errorf("whole weights encode as version %d in %d bytes (v2: %d)", v3[0], len(v3), len(v2))
	}
}

func TestFeaturesRoundTrip(t *testing.T) {
	for _, f := range []Features{
		{},
		{Date: "2021-12-15", Terms: map[string]float64{"e:x": 2, "e:": 1, "y": 0, "e": 3}},
		{Terms: map[string]float64{"half": 0.5, "e:big": 1e300}}, // not whole: version 2
		{Terms: map[string]float64{"neg": -1}},
	} {
		b, _ := f.MarshalBinary()
		got, err := UnmarshalFeatures(b)
		if err != nil || got.Date != f.Date || len(got.Terms) != len(f.Terms) {
			t.Errorf("%+v: round trip %+v, %v", f, got, err)
			continue
		}
		for k, v := range f.Terms {
			if got.Terms[k] != v {
				t.Errorf("%+v: %q = %v, want %v", f, k, got.Terms[k], v)
			}
		}
	}
}

// checkAnalyse checks that Analyse makes what Extract, Prepare and
// MarshalBinary make.
func checkAnalyse(t *testing.T, c *Clusterer, title, text, published string) {
	t.Helper()
	d, b := c.Analyse(title, text, published)
	f := Extract(title, text, published)
	want, _ := f.MarshalBinary()
	if !bytes.Equal(b, want) {
		t.Fatalf("Analyse(%q, %q): bytes %x, want %x", title, text, b, want)
	}
	if wd := c.Prepare(f); !reflect.DeepEqual(d, wd) {
		t.Fatalf("Analyse(%q, %q): doc %+v, want %+v", title, text, d, wd)
	}
}

func TestAnalyse(t *testing.T) {
	c := New(Options{})
	checkAnalyse(t, c, "Leaders meet", "President Xi Jinping met Vladimir Putin in Beijing.", "2021-12-15")
	for _, r := range shareddata.Records(t, "corpora/reuters21578.jsonl.gz", 2000) {
		checkAnalyse(t, c, r.Title, r.Text, r.Published)
	}
}

func FuzzAnalyse(f *testing.F) {
	f.Add("Xi met Putin", "President Xi Jinping met Vladimir Putin in Beijing. The U.S. said: no.", "2021-12-15")
	f.Add("", "Ünïcödé ÉTÉ\xff İstanbul", "")
	c := New(Options{})
	f.Fuzz(func(t *testing.T, title, text, published string) { checkAnalyse(t, c, title, text, published) })
}

// referenceExtract is the plain statement of Extract: split lines into
// words with strings.FieldsFunc, count terms in a map. Extract must agree
// with it exactly, since stored features are compared with new ones.
func referenceExtract(title, text, published string) Features {
	f := Features{Date: date(published), Terms: map[string]float64{}}
	add := func(s string, weight float64, entities bool) {
		for _, line := range strings.Split(s, "\n") {
			start := true
			for _, w := range strings.FieldsFunc(line, func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '.' && r != '!' && r != '?' && r != '-'
			}) {
				end := strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
				w = strings.Trim(w, ".!?-")
				if w == "" {
					continue
				}
				lw := strings.ToLower(w)
				r, _ := utf8.DecodeRuneInString(w)
				switch {
				case stop[lw] || utf8.RuneCountInString(w) < 3 || isNumber(w):
				case entities && unicode.IsUpper(r) && !start:
					f.Terms["e:"+lw] += 2 * weight
				default:
					f.Terms[lw] += weight
				}
				start = end
			}
		}
	}
	add(title, 2, false)
	add(text, 1, true)
	if len(f.Terms) > maxTerms {
		type kv struct {
			k string
			v float64
		}
		var all []kv
		for k, v := range f.Terms {
			all = append(all, kv{k, v})
		}
		sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
		f.Terms = map[string]float64{}
		for _, e := range all[:maxTerms] {
			f.Terms[e.k] = e.v
		}
	}
	return f
}

func TestExtractReference(t *testing.T) {
	for _, r := range shareddata.Records(t, "corpora/reuters21578.jsonl.gz", 2000) {
		if got, want := Extract(r.Title, r.Text, r.Published), referenceExtract(r.Title, r.Text, r.Published); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: Extract = %v, want %v", r.ID, got, want)
		}
	}
}

// BenchmarkStoryMemory measures the story index's memory per document as
// the slope of the live heap between the index holding the first half of
// the Reuters corpus and holding all of it; × 100,000 estimates the
// memory for 100,000 documents (the vocabulary grows more slowly than
// linearly, so this overestimates).
func BenchmarkStoryMemory(b *testing.B) {
	recs := shareddata.Records(b, "corpora/reuters21578.jsonl.gz", 0)
	feats := make([]Features, len(recs))
	for i, r := range recs {
		feats[i] = Extract(r.Title, r.Text, r.Published)
	}
	live := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	half := len(recs) / 2
	b.ResetTimer()
	var perDoc float64
	for i := 0; i < b.N; i++ {
		c := New(Options{})
		for j, f := range feats[:half] {
			c.Assign(recs[j].ID, f)
		}
		mid := live()
		for j, f := range feats[half:] {
			c.Assign(recs[half+j].ID, f)
		}
		perDoc = (float64(live()) - float64(mid)) / float64(len(recs)-half)
		runtime.KeepAlive(c)
	}
	b.ReportMetric(perDoc, "bytes/doc")
	b.ReportMetric(perDoc*100000/(1<<20), "MB/100k-docs")
	b.ReportMetric(0, "ns/op")
}
