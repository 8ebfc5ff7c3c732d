package dedupe

import (
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"dyad/internal/shareddata"
	"dyad/internal/spin"
)

func readCorpus(t testing.TB, rel string, limit int) []shareddata.Record {
	return shareddata.Records(t, rel, limit)
}

const story = `The central bank raised its main interest rate by half a point on Tuesday, the third increase this year, ` +
	`saying inflation was still too high. The bank said it expected prices to keep rising for several months. ` +
	`Economists had expected a smaller increase. The government said it supported the decision and would help ` +
	`families with energy bills. Shares fell after the announcement, and the currency rose against the dollar. ` +
	`The bank's governor told reporters that the economy remained strong and that unemployment was low.`

func TestNearDuplicates(t *testing.T) {
	ix := NewIndex(Options{})
	ix.Add("orig", "2022-01-01", ix.Sign("Bank raises rates", story))
	tests := []struct {
		name      string
		title     string
		text      string
		wantDup   bool
		wantExact bool
	}{
		{"exact copy with other spacing", "Bank raises rates", strings.ReplaceAll(story, " ", "  "), true, true},
		{"spun copy", "", "", true, false},
		{"copy with a tail", "New title", story + "\n\nSource link\n\nComments are closed.", true, false},
		{"same topic, other story", "Bank holds rates", `The central bank kept its main interest rate unchanged on Thursday, ` +
			`saying inflation had started to ease. The bank's board voted seven to two to hold rates. Markets had ` +
			`priced in a pause, and shares rose modestly while the currency was little changed against the euro. ` +
			`Analysts said the bank could cut rates later in the year if wage growth slowed further.`, false, false},
	}
	st, sx := spin.Spin("Bank raises rates", story, spin.Options{Seed: 7, SwapRate: 0.6, Drop: 0.1, Split: 0.1, Typos: 0.02, Tail: true})
	tests[1].title, tests[1].text = st, sx
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, ok := ix.Check(ix.Sign(tc.title, tc.text))
			if ok != tc.wantDup || ok && (m.DupOf != "orig" || m.Exact != tc.wantExact) {
				t.Errorf("Check = %+v, %v; want dup %v exact %v", m, ok, tc.wantDup, tc.wantExact)
			}
		})
	}
	// A copy of a copy points to the earliest.
	ix.Add("copy1", "2022-01-02", ix.Sign(st, sx))
	t2, x2 := spin.Spin(st, sx, spin.Options{Seed: 9, SwapRate: 0.2})
	if m, ok := ix.Check(ix.Sign(t2, x2)); !ok || m.DupOf != "orig" {
		t.Errorf("copy of a copy: %+v %v", m, ok)
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	ix := NewIndex(Options{})
	s := ix.Sign("t", story)
	b, _ := s.MarshalBinary()
	got, err := UnmarshalSignature(b)
	if err != nil || got != s {
		t.Fatalf("round trip: %v", err)
	}
	if _, err := UnmarshalSignature(b[:10]); err == nil {
		t.Error("short signature accepted")
	}
}

func FuzzUnmarshalSignature(f *testing.F) {
	s, _ := NewIndex(Options{}).Sign("t", story).MarshalBinary()
	f.Add(s)
	f.Fuzz(func(t *testing.T, b []byte) { UnmarshalSignature(b) })
}

// TestCorpora measures exact and near duplicates on the BBC corpus and
// pairwise detection of spun copies among Reuters stories, writing the
// figures to testdata/metrics.txt.
func TestCorpora(t *testing.T) {
	var out strings.Builder
	out.WriteString("# Duplicate detection, measured by TestCorpora. Do not edit: the test rewrites it.\n\n")

	// BBC: exact duplicate groups and the near-duplicate pairs reported.
	bbc := readCorpus(t, "corpora/bbc-news.jsonl.gz", 0)
	groups := map[uint64][]string{}
	wsGroups := map[string][]string{} // the corpus's own count: whitespace-normalised title+text
	keyOf := map[string]uint64{}
	ix := NewIndex(Options{})
	var near []string
	for _, r := range bbc {
		sig := ix.Sign(r.Title, r.Text)
		groups[sig.Exact] = append(groups[sig.Exact], r.ID)
		ws := strings.Join(strings.Fields(r.Title+" "+r.Text), " ")
		wsGroups[ws] = append(wsGroups[ws], r.ID)
		keyOf[r.ID] = sig.Exact
		if m, ok := ix.Check(sig); ok && !m.Exact {
			near = append(near, fmt.Sprintf("%s ~ %s %.2f", r.ID, m.DupOf, m.Score))
		}
		ix.Add(r.ID, r.Published, sig)
	}
	exactGroups, wsFound, wsAll := 0, 0, 0
	for _, g := range groups {
		if len(g) > 1 {
			exactGroups++
		}
	}
	for _, g := range wsGroups {
		if len(g) < 2 {
			continue
		}
		wsAll++
		same := true
		for _, id := range g {
			same = same && keyOf[id] == keyOf[g[0]]
		}
		if same {
			wsFound++
		}
	}
	fmt.Fprintf(&out, "== bbc-news (%d articles) ==\nwhitespace-normalised exact duplicate groups %d, found whole %d\n"+
		"exact groups under dyad's normalisation (case, punctuation folded) %d\nnear-duplicate pairs %d\n",
		len(bbc), wsAll, wsFound, exactGroups, len(near))
	for _, n := range near {
		fmt.Fprintf(&out, "  %s\n", n)
	}
	if wsAll != 100 || wsFound != wsAll {
		t.Errorf("BBC: found %d of %d whitespace-normalised exact duplicate groups, want all 100", wsFound, wsAll)
	}

	// Reuters: every 8th story of ≥ 80 words is spun; the rest stay as
	// same-topic negatives. Stories that are already near duplicates of
	// an earlier story (Reuters repeats itself: corrections, updates) are
	// left out of the sample and counted.
	all := readCorpus(t, "corpora/reuters21578.jsonl.gz", 0)
	base := NewIndex(Options{})
	var sample []shareddata.Record
	var skipped int
	for _, r := range all {
		if len(strings.Fields(r.Text)) < 80 {
			continue
		}
		sig := base.Sign(r.Title, r.Text)
		if _, ok := base.Check(sig); ok {
			skipped++
			continue
		}
		base.Add(r.ID, r.Published, sig)
		sample = append(sample, r)
		if len(sample) == 4000 {
			break
		}
	}
	type doc struct{ id, title, text, orig string }
	var docs []doc
	for i, r := range sample {
		docs = append(docs, doc{r.ID, r.Title, r.Text, ""})
		if i%8 == 0 {
			o := spin.Default
			o.Seed = int64(i)
			st, sx := spin.Spin(r.Title, r.Text, o)
			docs = append(docs, doc{r.ID + "-spun", st, sx, r.ID})
		}
	}
	ix = NewIndex(Options{})
	var tp, fp, fn int
	for _, d := range docs {
		sig := ix.Sign(d.title, d.text)
		m, ok := ix.Check(sig)
		switch {
		case ok && m.DupOf == d.orig:
			tp++
		case ok:
			fp++
			if d.orig != "" {
				fn++
			}
		case d.orig != "":
			fn++
		}
		ix.Add(d.id, "", sig)
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	r := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * p * r / max(p+r, 1e-9)
	fmt.Fprintf(&out, "\n== reuters21578 spun copies (spin.Default: swap 60%% of words with a synonym, drop 10%% of sentences, split 10%%, typos 2%%, new title, tail) ==\n"+
		"originals %d (stories of >= 80 words; %d left out as near duplicates of earlier stories)\nspun copies %d\n"+
		"pairwise precision %.3f\npairwise recall %.3f\npairwise f1 %.3f\n", len(sample), skipped, len(docs)-len(sample), p, r, f1)
	if f1 < 0.95 {
		t.Errorf("Reuters spun copies: pairwise F1 %.3f below 0.95", f1)
	}
	sort.Strings(near)
	if err := os.WriteFile("testdata/metrics.txt", []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String()[:min(len(out.String()), 3000)])
}

// referenceSign is the plain statement of Sign: fold, split into words
// with strings.FieldsFunc, hash the words and their bigrams with FNV, take
// each hash function's minimum. Sign must agree with it exactly, since
// signatures in stores made before must stay comparable.
func referenceSign(title, text string) Signature {
	words := func(s string) []string {
		return strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	}
	h := fnv.New64a()
	toks := words(text)
	for _, part := range [][]string{words(title), toks} {
		for _, t := range part {
			h.Write([]byte(t))
			h.Write([]byte{' '})
		}
		h.Write([]byte{0})
	}
	sig := Signature{Exact: h.Sum64(), Tokens: len(toks)}
	for i := range sig.Min {
		sig.Min[i] = math.MaxUint32
	}
	for i := 1; i < len(toks); i++ {
		sh := fnv32(toks[i-1])*0x01000193 ^ fnv32(toks[i])
		for j := range sig.Min {
			sig.Min[j] = min(sig.Min[j], hashA[j]*sh+hashB[j])
		}
	}
	return sig
}

func FuzzSign(f *testing.F) {
	f.Add("Bank raises rates", story)
	f.Add("", "Ünïcödé  ÉTÉ\xff\xfe é1 2,3 İstanbul — ok. Source link tail")
	f.Add("a", "one two three four five")
	ix := NewIndex(Options{})
	f.Fuzz(func(t *testing.T, title, text string) {
		if got, want := ix.Sign(title, text), referenceSign(title, text); got != want {
			t.Errorf("Sign(%q, %q) differs from the reference", title, text)
		}
		if ExactKey(title, text) != ix.Sign(title, text).Exact {
			t.Errorf("ExactKey(%q, %q) differs from Sign's", title, text)
		}
	})
}
