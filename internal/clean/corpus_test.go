package clean

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"dyad/internal/shareddata"
)

// readJSONL reads up to n records of a gzipped JSONL corpus.
func readJSONL(t testing.TB, name string, n int) []jsonlRecord {
	t.Helper()
	return shareddata.Records(t, name, n)
}

type jsonlRecord = shareddata.Record

// TestCaseRepairOnSoundText: professionally edited news (BBC, Reuters) has
// no damaged capitals, so every change case repair makes there is a false
// repair. The share of documents changed is kept in testdata/metrics.txt.
func TestCaseRepairOnSoundText(t *testing.T) {
	n := 2500
	if testing.Short() {
		n = 300
	}
	var report strings.Builder
	report.WriteString("# Documents that case repair changes in professionally edited news (each change\n# is a false repair). Corpus samples: the first N records.\n")
	for _, name := range []string{"corpora/bbc-news.jsonl.gz", "corpora/reuters21578.jsonl.gz"} {
		recs := readJSONL(t, name, n)
		changed := 0
		for _, r := range recs {
			in := strings.Join(strings.Fields(r.Text), " ")
			if out := repairCase(in, true); out != in {
				changed++
				if changed <= 5 {
					t.Logf("%s %s: changed", name, r.ID)
				}
			}
		}
		rate := float64(changed) / float64(len(recs))
		fmt.Fprintf(&report, "%s docs %d changed %d rate %.3f\n", strings.TrimPrefix(name, "corpora/"), len(recs), changed, rate)
		// At most 0.5% of the documents, and never fewer than 2 (the
		// -short sample of 300 holds the two known changes).
		if changed > max(2, len(recs)/200) {
			t.Errorf("%s: case repair changed %d of %d sound documents", name, changed, len(recs))
		}
	}
	if !testing.Short() {
		writeMetrics(t, "case-repair-false-changes", report.String())
	}
	t.Log(report.String())
}

// TestCaseRepairOnDamagedText damages professionally edited news the way
// a lowercasing OCR or conversion step does (random capitals lowered,
// sentence starts, dotted and capital acronyms) and scores the repair per
// word: precision = right repairs / all changes, recall = right repairs /
// damaged words. Damage is seeded, so the figures are stable.
func TestCaseRepairOnDamagedText(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 100
	}
	recs := readJSONL(t, "corpora/bbc-news.jsonl.gz", n)
	rng := rand.New(rand.NewPCG(1, 2))
	var tp, fp, fn int
	for _, r := range recs {
		orig := strings.Fields(r.Text)
		dam := make([]string, len(orig))
		for i, w := range orig {
			dam[i] = w
			p := 0.0
			switch {
			case strings.Contains(w, ".") && allUpper(w) && strings.Count(w, ".") >= 2:
				p = 0.5 // U.S.
			case allUpper(w) && len(strings.Trim(w, ".,;:!?\"'()")) >= 2:
				p = 0.15 // NATO
			case isUpperWord(w) && i > 0 && strings.HasSuffix(orig[i-1], "."):
				p = 0.3 // a sentence start
			case isUpperWord(w) && i > 0:
				p = 0.15 // a name
			}
			if p > 0 && rng.Float64() < p {
				dam[i] = strings.ToLower(w)
			}
		}
		got := strings.Fields(repairCase(strings.Join(dam, " "), true))
		if len(got) != len(orig) {
			t.Fatalf("%s: repair changed the number of words", r.ID)
		}
		for i := range orig {
			damaged, changed := dam[i] != orig[i], got[i] != dam[i]
			switch {
			case changed && got[i] == orig[i]:
				tp++
			case changed:
				fp++
				if damaged {
					fn++
				}
			case damaged:
				fn++
			}
		}
	}
	p := float64(tp) / float64(max(tp+fp, 1))
	rc := float64(tp) / float64(max(tp+fn, 1))
	f1 := 2 * p * rc / max(p+rc, 1e-9)
	report := fmt.Sprintf("# Case repair on BBC news damaged at random (seeded): capitals of names lowered\n"+
		"# (p 0.15), of sentence starts (0.3), acronyms (0.15), dotted acronyms (0.5).\n"+
		"# Per word: precision = right repairs / changes, recall = right repairs / damaged words.\n"+
		"docs %d\ndamaged %d\nrepaired %d\nwrong %d\nprecision %.3f\nrecall %.3f\nf1 %.3f\n", len(recs), tp+fn, tp, fp, p, rc, f1)
	if !testing.Short() {
		writeMetrics(t, "case-repair-damaged", report)
	}
	t.Log(report)
	if p < 0.9 {
		t.Errorf("case repair precision %.3f below 0.9", p)
	}
}
