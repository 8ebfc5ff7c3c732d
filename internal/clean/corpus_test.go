package clean

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"dyad/internal/shareddata"
)

// readJSONL reads up to n records of a gzipped JSONL corpus.
func readJSONL(t testing.TB, name string, n int) []jsonlRecord {
	t.Helper()
	f, err := os.Open(shareddata.Path(t, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<22)
	var out []jsonlRecord
	for sc.Scan() && len(out) < n {
		var r jsonlRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

type jsonlRecord struct {
	ID, Title, Text, Published, Source string
}

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
		if rate > 0.005 {
			t.Errorf("%s: case repair changed %d of %d sound documents", name, changed, len(recs))
		}
	}
	if !testing.Short() {
		writeMetrics(t, "case-repair-false-changes", report.String())
	}
	t.Log(report.String())
}
