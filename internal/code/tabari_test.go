package code

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"dyad/internal/dict"
	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// tabariRecord is one record of TABARI's Validate.text.
type tabariRecord struct {
	id, date, text string
	want           []string // "SRC/TGT/CODE"
	control        bool     // {+++} or OPTION records: not coded
	ambiguous      string   // why the record's expectation is ambiguous
	opts           *dict.Options
}

var (
	tabariEvent  = regexp.MustCompile(`(-?)\{\s*([^{}/]*?)\s*/\s*([^{}/]*?)\s*/\s*([^{}/]*?)\s*\}`)
	tabariHeader = regexp.MustCompile(`^(\d{6}|\d{8})\s+(\S+)`)
)

// tabariOptionLines returns the option commands of a record's comment
// ("{ OPTION: SET: CODE ALL }"), one a line, in order.
func tabariOptionLines(comment string) []string {
	var out []string
	for _, line := range strings.Split(comment, "\n") {
		_, after, ok := strings.Cut(line, "OPTION:")
		if !ok {
			continue
		}
		if i := strings.Index(after, "}"); i >= 0 {
			after = after[:i]
		}
		if i := strings.Index(after, "*/"); i >= 0 {
			after = after[:i]
		}
		if after = strings.TrimSpace(after); after != "" {
			out = append(out, after)
		}
	}
	return out
}

// readTabariValidation reads the records of Validate.text. Each record
// carries the options it is coded under: base (the project's .options
// file) as changed by the OPTION records before it, as TABARI applies
// them.
func readTabariValidation(path string, base *dict.Options) ([]tabariRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var recs []tabariRecord
	var cur *tabariRecord
	var comment strings.Builder
	inComment := false
	opts := base
	var errs []error
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
		if lines := tabariOptionLines(c); len(lines) > 0 {
			opts = opts.Clone()
			for _, l := range lines {
				if err := opts.Apply(l); err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", cur.id, err))
				}
			}
		}
		cur.opts = opts
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
		if m := tabariHeader.FindStringSubmatch(line); m != nil && cur == nil {
			d := m[1]
			if len(d) == 6 {
				d = "19" + d
				if d[2:4] < "30" {
					d = "20" + d[2:]
				}
			}
			cur = &tabariRecord{id: m[2], date: d[:4] + "-" + d[4:6] + "-" + d[6:8]}
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
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return recs, errors.Join(errs...)
}

// storyKey is the part of a record id that names its story under a
// FORWARD: mask ("^^*****NNN*SSS", aligned on the id's end): the id
// without the sentence (S) and ignored (^) positions. "" when
// forwarding is off.
func storyKey(mask, id string) string {
	if mask == "" {
		return ""
	}
	var b []byte
	for i, k := len(id)-1, len(mask)-1; i >= 0; i, k = i-1, k-1 {
		if k >= 0 && (mask[k] == 'S' || mask[k] == '^') {
			continue
		}
		b = append(b, id[i])
	}
	slices.Reverse(b)
	return string(b)
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
// dictionaries and options named in Validate.project, each record under
// the OPTION records before it. Records of one story (FORWARD:) are coded
// as one article, so pronouns reach back across them.
func TestTabariValidation(t *testing.T) {
	dir := shareddata.Path(t, "eventcoding/tabari")
	of, err := dict.Load(filepath.Join(dir, "Validate.options"), dict.KindOptions)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := readTabariValidation(filepath.Join(dir, "Validate.text"), of.Options)
	if err != nil {
		t.Fatal(err)
	}
	base, err := New(context.Background(), Options{
		Verbs:       []string{filepath.Join(dir, "TABARI.Demo.verbs")},
		Actors:      []string{filepath.Join(dir, "TABARI.Demo.actors")},
		Agents:      []string{filepath.Join(dir, "Validate.agents")},
		OptionFiles: []string{filepath.Join(dir, "Validate.options")},
	})
	if err != nil {
		t.Fatal(err)
	}
	coders := map[*dict.Options]*Coder{}
	var total, clear prf
	var ambiguous, misses []string
	n := 0
	for i := 0; i < len(recs); {
		r := recs[i]
		if r.control {
			i++
			continue
		}
		c := coders[r.opts]
		if c == nil {
			c = base.WithSettings(r.opts)
			coders[r.opts] = c
		}
		// the records of one story, coded as one article
		j := i + 1
		if key := storyKey(r.opts.Forward, r.id); key != "" {
			for j < len(recs) && !recs[j].control && recs[j].opts == r.opts && storyKey(r.opts.Forward, recs[j].id) == key {
				j++
			}
		}
		var text strings.Builder
		starts := make([]int, 0, j-i)
		for _, g := range recs[i:j] {
			if text.Len() > 0 {
				text.WriteString("\n\n")
			}
			starts = append(starts, text.Len())
			text.WriteString(strings.TrimSpace(g.text))
		}
		evs := c.Code(context.Background(), r.id, text.String(), r.date)
		for k, g := range recs[i:j] {
			end := text.Len()
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			var mine []news.Event
			for _, e := range evs {
				if at := e.Evidence[0].Start; at >= starts[k] && at < end {
					mine = append(mine, e)
				}
			}
			n++
			got := triples(mine)
			p := score(got, g.want)
			total.tp += p.tp
			total.fp += p.fp
			total.fn += p.fn
			if g.ambiguous != "" {
				ambiguous = append(ambiguous, g.id+": "+g.ambiguous)
			} else {
				clear.tp += p.tp
				clear.fp += p.fp
				clear.fn += p.fn
			}
			if p.fp+p.fn > 0 {
				misses = append(misses, fmt.Sprintf("%s want %v got %v", g.id, g.want, got))
			}
		}
		i = j
	}
	if n := base.Panics(); n > 0 {
		t.Errorf("%d sentences panicked", n)
	}
	pr, rc, f1 := total.scores()
	sort.Strings(ambiguous)
	var b strings.Builder
	fmt.Fprintf(&b, "records %d (each coded under the suite's options as its OPTION records change them)\ntp %d fp %d fn %d\nprecision %.3f\nrecall %.3f\nf1 %.3f\n", n, total.tp, total.fp, total.fn, pr, rc, f1)
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
