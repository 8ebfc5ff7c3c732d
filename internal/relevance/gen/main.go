// Command gen trains the relevance gate's document model (model.txt) on
// the BBC news corpus (Greene & Cunningham 2006: 2,225 articles of
// 2004-05 labelled business, entertainment, politics, sport, tech; the
// label is in each record's id, "bbc-sport-123"), read from
// ../shared/data/corpora/bbc-news.jsonl.gz.
//
// Held out from training, so that the project's measurements are not
// made on training data: every article whose number is a multiple of 5
// (the model's accuracy is measured on those, TestHeldOut) and every
// article named in the real-news evaluation sets
// (../shared/data/eventcoding/realnews).
//
//	go generate ./internal/relevance
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"dyad/internal/relevance"
)

func main() {
	data := flag.String("data", "../../../shared/data", "shared data folder")
	out := flag.String("o", "model.txt", "output model file")
	vocab := flag.Int("vocab", 6000, "words kept (highest document frequency)")
	flag.Parse()
	held := heldOut(*data)
	f, err := os.Open(filepath.Join(*data, "corpora", "bbc-news.jsonl.gz"))
	if err != nil {
		log.Fatal(err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		log.Fatal(err)
	}
	topic := map[string]int{}
	for i, t := range relevance.Topics {
		topic[t] = i
	}
	counts := map[string][]float64{}
	df := map[string]int{}
	totals := make([]float64, len(relevance.Topics))
	docs, skipped := 0, 0
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			log.Fatal(err)
		}
		if relevance.HeldOut(r.ID) || held[r.ID] {
			skipped++
			continue
		}
		parts := strings.Split(r.ID, "-")
		k, ok := topic[parts[1]]
		if !ok {
			log.Fatalf("%s: unknown topic", r.ID)
		}
		docs++
		seen := map[string]bool{}
		n := 0
		relevance.Words(r.Text, func(w string) bool {
			c := counts[w]
			if c == nil {
				c = make([]float64, len(relevance.Topics))
				counts[w] = c
			}
			c[k]++
			totals[k]++
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
			n++
			return n < 300 // the words Classify reads
		})
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	words := make([]string, 0, len(df))
	for w := range df {
		if df[w] >= 3 {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if df[words[i]] != df[words[j]] {
			return df[words[i]] > df[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > *vocab {
		words = words[:*vocab]
	}
	sort.Strings(words)
	// Laplace smoothing over the kept vocabulary
	kept := make([]float64, len(relevance.Topics))
	for _, w := range words {
		for k, c := range counts[w] {
			kept[k] += c
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# relevance document model: multinomial naive Bayes, log P(word|topic), Laplace-smoothed\n")
	fmt.Fprintf(&b, "# trained by internal/relevance/gen on the BBC news corpus (Greene & Cunningham 2006), %d articles; %d held out\n", docs, skipped)
	fmt.Fprintf(&b, "# word\t%s\n", strings.Join(relevance.Topics, "\t"))
	for _, w := range words {
		b.WriteString(w)
		for k, c := range counts[w] {
			fmt.Fprintf(&b, "\t%.2f", math.Log((c+1)/(kept[k]+float64(len(words)))))
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words from %d articles (%d held out)", len(words), docs, skipped)
}

var docRef = regexp.MustCompile(`"doc_id":\s*"(bbc-[a-z]+-\d+)"`)

// heldOut names the BBC articles the real-news evaluation sets use.
func heldOut(data string) map[string]bool {
	out := map[string]bool{}
	files, _ := filepath.Glob(filepath.Join(data, "eventcoding", "realnews", "*.json*"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		for _, m := range docRef.FindAllStringSubmatch(string(b), -1) {
			out[m[1]] = true
		}
	}
	if len(out) == 0 {
		log.Fatal("no real-news evaluation sets found: cannot hold their articles out")
	}
	return out
}
