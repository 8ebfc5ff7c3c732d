package geo

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"dyad/internal/metricsfile"
	"dyad/internal/shareddata"
)

type goldPlace struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Lat   float64 `json:"lat"`
	Lon   float64 `json:"lon"`
}

type goldRecord struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Places []goldPlace `json:"places"`
}

func readGold(t *testing.T, name string) []goldRecord {
	t.Helper()
	d := shareddata.Dir()
	if d == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data folder missing under CI: need geo/%s", name)
		}
		t.Skipf("shared data folder not found: skipping the toponym evaluation on geo/%s", name)
	}
	f, err := os.Open(filepath.Join(d, "geo", name))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skipf("geo/%s: %v", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []goldRecord
	for sc.Scan() {
		var r goldRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s line %d: %v", name, len(out)+1, err)
		}
		out = append(out, r)
	}
	return out
}

type evalResult struct {
	tp, fp, fn   int
	within, gold int // gold places resolved within 161 km
	errs         []float64
}

func (r evalResult) prf() (p, rc, f float64) {
	if r.tp+r.fp > 0 {
		p = float64(r.tp) / float64(r.tp+r.fp)
	}
	if r.tp+r.fn > 0 {
		rc = float64(r.tp) / float64(r.tp+r.fn)
	}
	if p+rc > 0 {
		f = 2 * p * rc / (p + rc)
	}
	return
}

func (r evalResult) median() float64 {
	if len(r.errs) == 0 {
		return 0
	}
	s := append([]float64(nil), r.errs...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// evaluate matches found spans to gold spans: exact or overlapping spans
// count as recognised (the usual lenient match of the geoparsing
// literature); each gold place is matched at most once.
func evaluate(p *Parser, recs []goldRecord, verbose func(string)) evalResult {
	var r evalResult
	for _, rec := range recs {
		ms := p.Parse(rec.Text, Options{})
		used := make([]bool, len(ms))
		for _, gp := range rec.Places {
			r.gold++
			hit := -1
			for i, m := range ms {
				if !used[i] && m.Start < gp.End && gp.Start < m.End {
					hit = i
					break
				}
			}
			if hit < 0 {
				r.fn++
				if verbose != nil {
					verbose(fmt.Sprintf("MISS %s %q", rec.ID, gp.Text))
				}
				continue
			}
			used[hit] = true
			r.tp++
			d := Distance(gp.Lat, gp.Lon, ms[hit].Place.Lat, ms[hit].Place.Lon)
			r.errs = append(r.errs, d)
			if d <= 161 {
				r.within++
			} else if verbose != nil {
				verbose(fmt.Sprintf("FAR  %s %q → %s %.0f km", rec.ID, gp.Text, describe(ms[hit].Place), d))
			}
		}
		for i, u := range used {
			if !u {
				r.fp++
				if verbose != nil {
					verbose(fmt.Sprintf("FP   %s %q → %s", rec.ID, ms[i].Text, describe(ms[i].Place)))
				}
			}
		}
	}
	return r
}

func TestToponymEvaluation(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string][2]float64{ // recognition F1, accuracy@161 km over all gold places
		"lgl.jsonl":      {0.83, 0.75},
		"geovirus.jsonl": {0.86, 0.75},
	}
	body := ""
	for _, name := range []string{"lgl.jsonl", "geovirus.jsonl"} {
		recs := readGold(t, name)
		var verbose func(string)
		if os.Getenv("GEO_VERBOSE") != "" {
			verbose = func(s string) { fmt.Println(s) }
		}
		r := evaluate(p, recs, verbose)
		prec, rec, f1 := r.prf()
		acc := float64(r.within) / float64(r.gold)
		accFound := float64(r.within) / float64(max(r.tp, 1))
		line := fmt.Sprintf("%s: %d articles, %d gold places; recognition P %.3f R %.3f F1 %.3f; within 161 km %.3f of all gold places (%.3f of those found); median error %.1f km\n",
			name, len(recs), r.gold, prec, rec, f1, acc, accFound, r.median())
		t.Log(line)
		body += line
		fl := floors[name]
		if f1 < fl[0] || acc < fl[1] {
			t.Errorf("%s: F1 %.3f (floor %.2f), accuracy@161km %.3f (floor %.2f)", name, f1, fl[0], acc, fl[1])
		}
	}
	if err := metricsfile.WriteSection("testdata/metrics.txt", "toponyms", body); err != nil {
		t.Fatal(err)
	}
}
