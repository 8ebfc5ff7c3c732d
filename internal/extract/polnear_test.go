package extract

import (
	"bufio"
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

// gold is one PolNeAR attribution whose content is a direct quotation.
type gold struct {
	start, end int // code points, the content span
	source     string
}

type span2 struct{ start, end int }

// readPolNeAR reads one .ann file: the attributions whose content is
// quoted (a direct quotation: the content span is inside quotation
// marks), with their source surface text.
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
		if !quoted(text, c) {
			continue
		}
		out = append(out, gold{start: c.start, end: c.end, source: surface[r.source]})
	}
	return out
}

// quoted reports whether a content span is a direct quotation: it opens
// with a quotation mark or right after one.
func quoted(text []rune, c span2) bool {
	isQ := func(r rune) bool { return r == '"' || r == '“' || r == '”' }
	for i := c.start; i < c.end && i < c.start+2; i++ {
		if isQ(text[i]) {
			return true
		}
	}
	for i := c.start - 1; i >= 0 && i >= c.start-2; i-- {
		if isQ(text[i]) {
			return true
		}
	}
	return false
}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true}

// sameSpeaker: the predicted name shares a word of three or more letters
// with the gold source span; a gold source that is a pronoun counts when a
// speaker was found (the corpus does not resolve pronouns).
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

// TestPolNeAR measures direct quotations and their speakers on the PolNeAR
// train and dev splits and writes testdata/metrics.txt.
func TestPolNeAR(t *testing.T) {
	archive := shareddata.Path(t, "corpora/polnear/polnear-train-dev.tar.xz")
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", archive, "-C", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot unpack PolNeAR (tar with xz needed): %v %s", err, out)
	}
	var predN, predMatched, predSpeaker, goldN, goldFound, goldContent, goldPron int
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
			golds := readPolNeAR(t, anns[0], runes)
			qs := Quotes(text, Options{})
			news.ToRuneOffsets(text, nil, qs, nil)
			goldN += len(golds)
			matchedGold := make([]bool, len(golds))
			contentGold := make([]bool, len(golds))
			for _, q := range qs {
				predN++
				best := -1
				for i, g := range golds {
					if q.Start < g.end && g.start < q.End {
						best = i
						break
					}
				}
				if best < 0 {
					continue
				}
				predMatched++
				contentGold[best] = true
				if sameSpeaker(q.Speaker.Name, golds[best].source) {
					predSpeaker++
					matchedGold[best] = true
				}
			}
			for i, ok := range matchedGold {
				if ok {
					goldFound++
				}
				if contentGold[i] {
					goldContent++
				}
				if pronouns[strings.ToLower(strings.TrimSpace(golds[i].source))] {
					goldPron++
				}
			}
		}
	}
	ratio := func(a, b int) float64 { return float64(a) / float64(max(b, 1)) }
	metrics := fmt.Sprintf("# PolNeAR (train + dev, first annotator's file per text): direct quotations.\n"+
		"# Gold: attributions whose Content span opens with or right after a quotation mark.\n"+
		"# A predicted quote matches a gold one when their spans overlap; its speaker is right when the\n"+
		"# name shares a word with the gold Source span (a pronoun Source counts as right when a speaker\n"+
		"# was found, since the corpus does not resolve pronouns: %d of the gold quotes).\n"+
		"gold direct quotes %d\npredicted quotes %d\n"+
		"content precision %.3f\ncontent recall %.3f\n"+
		"precision with the right speaker %.3f\nrecall with the right speaker %.3f\n",
		goldPron, goldN, predN, ratio(predMatched, predN), ratio(goldContent, goldN),
		ratio(predSpeaker, predN), ratio(goldFound, goldN))
	if err := os.WriteFile("testdata/metrics.txt", []byte(metrics), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + metrics)
	// Floors against regressions (the targets, 0.90 precision and 0.85
	// recall with the right speaker, are not reached yet).
	if ratio(predSpeaker, predN) < 0.5 {
		t.Errorf("precision with the right speaker %.3f fell below 0.5", ratio(predSpeaker, predN))
	}
}
