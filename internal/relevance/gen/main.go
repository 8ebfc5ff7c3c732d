// Command gen trains the relevance gate's document model (model.txt) on
// the BBC news corpus (Greene & Cunningham 2006: 2,225 articles of
// 2004-05 labelled business, entertainment, politics, sport, tech; the
// label is in each record's id, "bbc-sport-123"), read from
// ../shared/data/corpora/bbc-news.jsonl.gz, and on the train split of
// PolNeAR (Newell, Margolin & Ruths 2018: hard news about the 2016 US
// presidential campaign from seven American outlets), whose articles are
// politics by the corpus's design. The BBC alone is British news of
// 2004-05: on American campaign news its model called one article in five
// sport or entertainment ("wins", "star", "show", "fans"), and the gate
// dropped them whole. PolNeAR's dev split is held out to measure that
// (TestPolNeARDev).
//
// Held out from training, so that the project's measurements are not
// made on training data: every article whose number is a multiple of 5
// (the model's accuracy is measured on those, TestHeldOut) and every
// article named in the real-news evaluation sets
// (../shared/data/eventcoding/realnews), BBC and PolNeAR alike.
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
	"os/exec"
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
	pnWeight := flag.Float64("polnear-weight", 0.25, "weight of a PolNeAR word count against a BBC one")
	polnear := flag.String("polnear", "", "PolNeAR archive (default: corpora/polnear/polnear-train-dev.tar.xz in -data)")
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
	// add counts a document's words (the first 300, the words Classify
	// reads) under topic k
	add := func(text string, k int, weight float64) {
		docs++
		seen := map[string]bool{}
		n := 0
		relevance.Words(text, func(w string) bool {
			c := counts[w]
			if c == nil {
				c = make([]float64, len(relevance.Topics))
				counts[w] = c
			}
			c[k] += weight
			totals[k] += weight
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
			n++
			return n < 300
		})
	}
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
		add(r.Text, k, 1)
	}
	if err := sc.Err(); err != nil {
		log.Fatal(err)
	}
	bbcDocs := docs
	if *polnear == "" {
		*polnear = filepath.Join(*data, "corpora", "polnear", "polnear-train-dev.tar.xz")
	}
	texts, err := polnearTrain(*polnear)
	if err != nil {
		log.Fatal(err)
	}
	pn := 0
	for _, t := range texts {
		if held[t.name] {
			skipped++
			continue
		}
		add(t.text, topic["politics"], *pnWeight)
		pn++
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
	fmt.Fprintf(&b, "# trained by internal/relevance/gen on the BBC news corpus (Greene & Cunningham 2006), %d articles, and PolNeAR's train split (Newell, Margolin & Ruths 2018) as politics, %d articles; %d held out\n", bbcDocs, pn, skipped)
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

var docRef = regexp.MustCompile(`"doc_id":\s*"([^"]+)"`)

type text struct{ name, text string }

// polnearTrain unpacks the PolNeAR archive (tar with xz) and returns the
// texts of its train split, named by file name without ".txt" as the
// real-news sets name them.
func polnearTrain(archive string) ([]text, error) {
	dir, err := os.MkdirTemp("", "polnear")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if out, err := exec.Command("tar", "-xJf", archive, "-C", dir).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("unpack %s (tar with xz needed): %w: %s", archive, err, out)
	}
	files, err := filepath.Glob(filepath.Join(dir, "data", "train", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("%s: no data/train/text/*.txt", archive)
	}
	sort.Strings(files)
	var out []text
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, text{strings.TrimSuffix(filepath.Base(f), ".txt"), string(b)})
	}
	return out, nil
}

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
