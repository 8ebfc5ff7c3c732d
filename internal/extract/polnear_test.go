package extract

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

// gold is one PolNeAR attribution: its content span and source text.
type gold struct {
	start, end int // code points, the content span
	source     string
	srcAt      int    // where the source span starts (-1 if none)
	antecedent string // for a "he"/"she" source, the last named source before it
	direct     bool   // the content is a direct quotation
}

type span2 struct{ start, end int }

// readPolNeAR reads one .ann file: its attributions with their source
// surface text, marked direct when the content is a direct quotation (the
// content span is inside quotation marks).
func readPolNeAR(t *testing.T, ann string, text []rune) []gold {
	f, err := os.Open(ann)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spans := map[string]span2{}
	surface := map[string]string{}
	var out []gold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	type rel struct{ content, source string }
	var rels []rel
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(cols[0], "T"):
			f := strings.Fields(strings.ReplaceAll(cols[1], ";", " "))
			if len(f) < 3 {
				continue
			}
			lo, _ := strconv.Atoi(f[1])
			hi, _ := strconv.Atoi(f[len(f)-1])
			spans[cols[0]] = span2{lo, hi}
			if len(cols) > 2 {
				surface[cols[0]] = cols[2]
			}
		case strings.HasPrefix(cols[0], "E"):
			var r rel
			for _, kv := range strings.Fields(cols[1]) {
				k, v, _ := strings.Cut(kv, ":")
				switch k {
				case "Content":
					r.content = v
				case "Source":
					r.source = v
				}
			}
			rels = append(rels, r)
		}
	}
	for _, r := range rels {
		c, ok := spans[r.content]
		if !ok || c.end > len(text) || c.start >= c.end {
			continue
		}
		at := -1
		if sp, ok := spans[r.source]; ok {
			at = sp.start
		}
		out = append(out, gold{start: c.start, end: c.end, source: surface[r.source], srcAt: at, direct: quoted(text, c)})
	}
	// The antecedent of a "he" or "she" source: the last source before it
	// that is a name rather than a pronoun.
	bySource := make([]int, len(out))
	for i := range bySource {
		bySource[i] = i
	}
	sort.SliceStable(bySource, func(a, b int) bool { return out[bySource[a]].srcAt < out[bySource[b]].srcAt })
	last := ""
	for _, i := range bySource {
		src := strings.TrimSpace(out[i].source)
		switch {
		case out[i].srcAt < 0 || src == "":
		case pronouns[strings.ToLower(src)]:
			out[i].antecedent = last
		default:
			last = src
		}
	}
	return out
}

// quoted reports whether a content span is a direct quotation: it opens
// with an opening quotation mark or right after one. A closing mark just
// before the content ("….” O’Malley’s move was first reported by MSNBC")
// does not make it one.
func quoted(text []rune, c span2) bool {
	opening := func(i int) bool {
		switch text[i] {
		case '“':
			return true
		case '"':
			return i == 0 || unicode.IsSpace(text[i-1]) || strings.ContainsRune("([—–-:", text[i-1])
		}
		return false
	}
	for i := c.start; i < c.end && i < c.start+2; i++ {
		if opening(i) {
			return true
		}
	}
	for i := c.start - 1; i >= 0 && i >= c.start-2; i-- {
		if opening(i) {
			return true
		}
	}
	return false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true}

// sameSpeaker: the predicted speaker (name and title) shares a word of
// three or more letters with the gold source span; a gold source that is a
// pronoun counts when a speaker was found (the corpus does not resolve
// pronouns).
func sameSpeaker(pred, goldSrc string) bool {
	g := strings.ToLower(strings.TrimSpace(goldSrc))
	if pronouns[g] {
		return pred != ""
	}
	words := strings.FieldsFunc(g, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range strings.FieldsFunc(strings.ToLower(pred), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) < 3 {
			continue
		}
		for _, x := range words {
			if x == w {
				return true
			}
		}
	}
	return false
}

// strictSpeaker is sameSpeaker with a "he" or "she" source judged against
// its antecedent (the last named source before it), when there is one.
func strictSpeaker(pred string, g gold) bool {
	switch strings.ToLower(strings.TrimSpace(g.source)) {
	case "he", "she":
		if g.antecedent != "" {
			return sameSpeaker(pred, g.antecedent)
		}
	}
	return sameSpeaker(pred, g.source)
}

var dumpPath = flag.String("polnear.dump", "", "write PolNeAR misses (false negatives and positives with context) to this file")

// TestPolNeAR measures direct quotations and their speakers on the PolNeAR
// train and dev splits and writes testdata/metrics.txt.
func TestPolNeAR(t *testing.T) {
	archive := shareddata.Path(t, "corpora/polnear/polnear-train-dev.tar.xz")
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", archive, "-C", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot unpack PolNeAR (tar with xz needed): %v %s", err, out)
	}
	var dump strings.Builder
	ctx := func(runes []rune, lo, hi int) string {
		a, b := max(0, lo-200), min(len(runes), hi+200)
		return strings.ReplaceAll(string(runes[a:lo])+"[["+string(runes[lo:hi])+"]]"+string(runes[hi:b]), "\n", "¶")
	}
	var predN, predMatched, predSpeaker, goldN, goldFound, goldContent, goldPron int
	var predStrict, goldStrict int
	for _, split := range []string{"train", "dev"} {
		texts, _ := filepath.Glob(filepath.Join(dir, "data", split, "text", "*.txt"))
		for _, tf := range texts {
			name := strings.TrimSuffix(filepath.Base(tf), ".txt")
			anns, _ := filepath.Glob(filepath.Join(dir, "data", split, "attributions", name+"_*.ann"))
			if len(anns) == 0 {
				continue
			}
			sort.Strings(anns)
			b, err := os.ReadFile(tf)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			runes := []rune(text)
			all := readPolNeAR(t, anns[0], runes)
			var golds, mixed []gold
			for _, g := range all {
				if g.direct {
					golds = append(golds, g)
				} else {
					mixed = append(mixed, g)
				}
			}
			qs := Quotes(text, Options{})
			news.ToRuneOffsets(text, nil, qs, nil)
			goldN += len(golds)
			matchedGold := make([]bool, len(golds))
			contentGold := make([]bool, len(golds))
			strictGold := make([]bool, len(golds))
			for _, q := range qs {
				predN++
				best := -1
				for i, g := range golds {
					if q.Start < g.end && g.start < q.End {
						best = i
						break
					}
				}
				said := strings.TrimSpace(q.Speaker.Name + " " + q.Speaker.Title)
				if best < 0 {
					// A quoted phrase inside attributed content that does not
					// open at the mark ("Cruz said that there is “only one
					// strong conservative …”") is a quotation of that source.
					m := -1
					for i, g := range mixed {
						if g.start <= q.Start && q.End <= g.end {
							m = i
							break
						}
					}
					if m < 0 {
						fmt.Fprintf(&dump, "FP %s speaker=%q\n\t%s\n", name, said, ctx(runes, q.Start, q.End))
						continue
					}
					predMatched++
					if strictSpeaker(said, mixed[m]) {
						predStrict++
					}
					if sameSpeaker(said, mixed[m].source) {
						predSpeaker++
					} else {
						fmt.Fprintf(&dump, "WM %s speaker=%q gold=%q\n\t%s\n", name, said, mixed[m].source, ctx(runes, q.Start, q.End))
					}
					continue
				}
				predMatched++
				contentGold[best] = true
				if strictSpeaker(said, golds[best]) {
					predStrict++
					strictGold[best] = true
				} else if sameSpeaker(said, golds[best].source) {
					fmt.Fprintf(&dump, "PR %s speaker=%q antecedent=%q\n\t%s\n", name, said, golds[best].antecedent, ctx(runes, q.Start, q.End))
				}
				if sameSpeaker(said, golds[best].source) {
					predSpeaker++
					matchedGold[best] = true
				} else {
					fmt.Fprintf(&dump, "WS %s speaker=%q gold=%q\n\t%s\n", name, said, golds[best].source, ctx(runes, q.Start, q.End))
				}
			}
			for i, ok := range matchedGold {
				if ok {
					goldFound++
				}
				if strictGold[i] {
					goldStrict++
				}
				if contentGold[i] {
					goldContent++
				} else {
					fmt.Fprintf(&dump, "FN %s gold=%q\n\t%s\n", name, golds[i].source, ctx(runes, golds[i].start, golds[i].end))
				}
				if pronouns[strings.ToLower(strings.TrimSpace(golds[i].source))] {
					goldPron++
				}
			}
		}
	}
	if *dumpPath != "" {
		if err := os.WriteFile(*dumpPath, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ratio := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	metrics := fmt.Sprintf("# PolNeAR (train + dev, first annotator's file per text): direct quotations.\n"+
		"# Gold: attributions whose Content span opens with or right after an opening quotation mark\n"+
		"# (“, or \" after a space; a closing mark just before the content does not count).\n"+
		"# A predicted quote matches a gold one when their spans overlap; its speaker is right when the\n"+
		"# name or title shares a word with the gold Source span (a pronoun Source counts as right when a\n"+
		"# speaker was found, since the corpus does not resolve pronouns: %d of the gold quotes).\n"+
		"# Precision also credits a quoted phrase that lies inside the Content of an attribution that does\n"+
		"# not open at a mark (\"Cruz said that there is “only one strong conservative…”\" is Cruz's quote),\n"+
		"# judged against that attribution's Source; recall counts direct quotations only.\n"+
		"# Stricter, since a user wants \"he said\" resolved to the right person: a \"he\" or \"she\" Source\n"+
		"# judged against the last named Source before it (the corpus's nearest antecedent that speaks).\n"+
		"gold direct quotes %d\npredicted quotes %d\n"+
		"content precision %.3f\ncontent recall %.3f\n"+
		"precision with the right speaker %.3f\nrecall with the right speaker %.3f\n"+
		"strict: precision with the right speaker %.3f\nstrict: recall with the right speaker %.3f\n",
		goldPron, goldN, predN, ratio(predMatched, predN), ratio(goldContent, goldN),
		ratio(predSpeaker, predN), ratio(goldFound, goldN), ratio(predStrict, predN), ratio(goldStrict, goldN))
	if err := os.WriteFile("testdata/metrics.txt", []byte(metrics), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + metrics)
	// Floors a little under the figures reached (0.933 and 0.893), above
	// the targets (0.90 precision and 0.85 recall with the right speaker).
	if ratio(predSpeaker, predN) < 0.92 || ratio(goldFound, goldN) < 0.88 {
		t.Errorf("with the right speaker: precision %.3f (floor 0.92), recall %.3f (floor 0.88)", ratio(predSpeaker, predN), ratio(goldFound, goldN))
	}
}
