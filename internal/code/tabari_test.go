package code

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// tabariRecord is one record of TABARI's Validate.text.
type tabariRecord struct {
	id, date, text string
	want           []string // "SRC/TGT/CODE"
	control        bool     // {+++} or OPTION records: not coded
	ambiguous      string   // why the record's expectation is ambiguous
}

var tabariEvent = regexp.MustCompile(`(-?)\{\s*([^{}/]*?)\s*/\s*([^{}/]*?)\s*/\s*([^{}/]*?)\s*\}`)

func readTabariValidation(path string) ([]tabariRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var recs []tabariRecord
	var cur *tabariRecord
	var comment strings.Builder
	inComment := false
	header := regexp.MustCompile(`^(\d{6})\s+(\S+)`)
	options := ""
	finish := func() {
		if cur == nil {
			return
		}
		c := comment.String()
		if strings.Contains(c, "+++") || strings.Contains(c, "OPTION:") {
			cur.control = true
		}
		for _, m := range tabariEvent.FindAllStringSubmatch(c, -1) {
			if m[1] == "-" {
				cur.ambiguous = "expectation marked with '-{' (not expected under the default options)"
				continue
			}
			code := strings.Fields(m[4])
			if len(code) == 0 {
				continue
			}
			cur.want = append(cur.want, strings.ToUpper(m[2]+"/"+m[3]+"/"+code[0]))
		}
		if o := regexp.MustCompile(`OPTION:[^}]*`).FindString(c); o != "" {
			o = strings.TrimSpace(o)
			if strings.Contains(o, "OFF") || strings.Contains(o, "FALSE") || strings.Contains(cur.id, "Cancel") || strings.Contains(cur.id, "Restore") || strings.Contains(cur.id, "Reset") {
				options = ""
			} else {
				options = o
			}
		} else if cur.ambiguous == "" && options != "" {
			cur.ambiguous = "coded under the suite's " + options + " (dyad codes with its defaults)"
		}
		recs = append(recs, *cur)
		cur = nil
		comment.Reset()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if inComment {
			comment.WriteString(line + "\n")
			if strings.Contains(line, "*/") {
				inComment = false
				finish()
			}
			continue
		}
		if m := header.FindStringSubmatch(line); m != nil && cur == nil {
			cur = &tabariRecord{id: m[2], date: "19" + m[1][:2] + "-" + m[1][2:4] + "-" + m[1][4:6]}
			if m[1][:2] < "30" {
				cur.date = "20" + cur.date[2:]
			}
			if m[2] == "FINAL-01" {
				break
			}
			continue
		}
		if cur == nil {
			continue
		}
		if i := strings.Index(line, "/*"); i >= 0 {
			cur.text += " " + line[:i]
			comment.WriteString(line[i:] + "\n")
			if strings.Contains(line[i:], "*/") {
				finish()
			} else {
				inComment = true
			}
			continue
		}
		cur.text += " " + line
	}
	return recs, sc.Err()
}

type prf struct{ tp, fp, fn int }

func (p prf) scores() (float64, float64, float64) {
	var pr, rc, f1 float64
	if p.tp+p.fp > 0 {
		pr = float64(p.tp) / float64(p.tp+p.fp)
	}
	if p.tp+p.fn > 0 {
		rc = float64(p.tp) / float64(p.tp+p.fn)
	}
	if pr+rc > 0 {
		f1 = 2 * pr * rc / (pr + rc)
	}
	return pr, rc, f1
}

// score compares got and want as multisets.
func score(got, want []string) prf {
	left := map[string]int{}
	for _, w := range want {
		left[w]++
	}
	var p prf
	for _, g := range got {
		if left[g] > 0 {
			left[g]--
			p.tp++
		} else {
			p.fp++
		}
	}
	for _, n := range left {
		p.fn += n
	}
	return p
}

func triples(evs []news.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Source.Code+"/"+e.Target.Code+"/"+e.CAMEO)
	}
	return out
}

// TestTabariValidation runs TABARI's validation suite with the
// dictionaries named in Validate.project.
func TestTabariValidation(t *testing.T) {
	dir := shareddata.Path(t, "eventcoding/tabari")
	recs, err := readTabariValidation(filepath.Join(dir, "Validate.text"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(context.Background(), Options{
		Verbs:  []string{filepath.Join(dir, "TABARI.Demo.verbs")},
		Actors: []string{filepath.Join(dir, "TABARI.Demo.actors")},
		Agents: []string{filepath.Join(dir, "Validate.agents")},
	})
	if err != nil {
		t.Fatal(err)
	}
	var total, clear prf
	var ambiguous, misses []string
	n := 0
	for _, r := range recs {
		if r.control {
			continue
		}
		n++
		got := triples(c.Code(context.Background(), r.id, strings.TrimSpace(r.text), r.date))
		p := score(got, r.want)
		total.tp += p.tp
		total.fp += p.fp
		total.fn += p.fn
		if r.ambiguous != "" {
			ambiguous = append(ambiguous, r.id+": "+r.ambiguous)
		} else {
			clear.tp += p.tp
			clear.fp += p.fp
			clear.fn += p.fn
		}
		if p.fp+p.fn > 0 {
			misses = append(misses, fmt.Sprintf("%s want %v got %v", r.id, r.want, got))
		}
	}
	if n := c.Panics(); n > 0 {
		t.Errorf("%d sentences panicked", n)
	}
	pr, rc, f1 := total.scores()
	sort.Strings(ambiguous)
	var b strings.Builder
	fmt.Fprintf(&b, "records %d\ntp %d fp %d fn %d\nprecision %.3f\nrecall %.3f\nf1 %.3f\n", n, total.tp, total.fp, total.fn, pr, rc, f1)
	cp, cr, cf := clear.scores()
	fmt.Fprintf(&b, "without the ambiguous records: precision %.3f recall %.3f f1 %.3f\n", cp, cr, cf)
	fmt.Fprintf(&b, "ambiguous records (scored above as written):\n")
	for _, a := range ambiguous {
		fmt.Fprintf(&b, "  %s\n", a)
	}
	writeMetrics(t, "tabari", b.String())
	if os.Getenv("DYAD_MISSES") != "" {
		for _, m := range misses {
			fmt.Println(m)
		}
	}
	t.Logf("TABARI validation: P %.3f R %.3f F1 %.3f on %d records", pr, rc, f1, n)
	if f1 < tabariFloor {
		t.Errorf("TABARI validation F1 %.3f below the floor %.3f", f1, tabariFloor)
	}
}
