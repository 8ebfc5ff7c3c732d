package dedupe

import (
	"fmt"
	"runtime"
	"testing"

	"dyad/internal/cluster"
)

// TestTenBatches: ingesting Reuters stories in ten batches, with the
// indexes rebuilt from their stored (marshalled) entries at every batch,
// gives the same duplicate groups and stories as one run.
func TestTenBatches(t *testing.T) {
	docs := readCorpus(t, "corpora/reuters21578.jsonl.gz", 4000)
	type result struct{ dup, story string }
	type entry struct {
		id, published string
		sig           []byte
		story         string
		feat          []byte
	}
	run := func(batches int) map[string]result {
		out := map[string]result{}
		var stored []entry
		per := (len(docs) + batches - 1) / batches
		for b := 0; b < batches; b++ {
			// A restart: rebuild both indexes from what was stored.
			ix := NewIndex(Options{})
			cl := cluster.New(cluster.Options{})
			for _, e := range stored {
				sig, err := UnmarshalSignature(e.sig)
				if err != nil {
					t.Fatal(err)
				}
				ix.Add(e.id, e.published, sig)
				f, err := cluster.UnmarshalFeatures(e.feat)
				if err != nil {
					t.Fatal(err)
				}
				cl.Restore(e.id, e.story, f)
			}
			for _, r := range docs[b*per : min(len(docs), (b+1)*per)] {
				sig := ix.Sign(r.Title, r.Text)
				m, _ := ix.Check(sig)
				ix.Add(r.ID, r.Published, sig)
				f := cluster.Extract(r.Title, r.Text, r.Published)
				story, _ := cl.Assign(r.ID, f)
				out[r.ID] = result{m.DupOf, story}
				sb, _ := sig.MarshalBinary()
				fb, _ := f.MarshalBinary()
				stored = append(stored, entry{r.ID, r.Published, sb, story, fb})
			}
		}
		return out
	}
	one, ten := run(1), run(10)
	diff := 0
	for id, r := range one {
		if ten[id] != r {
			diff++
			if diff <= 5 {
				t.Errorf("%s: one run %+v, ten batches %+v", id, r, ten[id])
			}
		}
	}
	if diff > 0 {
		t.Errorf("%d of %d documents differ between one run and ten batches", diff, len(one))
	}
}

// BenchmarkIndexMemory measures the near-duplicate index's memory per
// document as the slope of the live heap between the index holding the
// first half of the Reuters corpus and holding all of it (so fixed costs
// fall out); the index grows linearly, so bytes/doc × 100,000 estimates
// the memory for 100,000 documents.
func BenchmarkIndexMemory(b *testing.B) {
	docs := readCorpus(b, "corpora/reuters21578.jsonl.gz", 0)
	sigs := make([]Signature, len(docs))
	ids := make([]string, len(docs))
	tmp := NewIndex(Options{})
	for i, r := range docs {
		sigs[i] = tmp.Sign(r.Title, r.Text)
		ids[i] = fmt.Sprint("reuters-", i)
	}
	live := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	half := len(sigs) / 2
	b.ResetTimer()
	var perDoc float64
	for i := 0; i < b.N; i++ {
		ix := NewIndex(Options{})
		for j, s := range sigs[:half] {
			ix.Add(ids[j], "", s)
		}
		mid := live()
		for j, s := range sigs[half:] {
			ix.Add(ids[half+j], "", s)
		}
		end := live()
		perDoc = (float64(end) - float64(mid)) / float64(len(sigs)-half)
		runtime.KeepAlive(ix)
	}
	b.ReportMetric(perDoc, "bytes/doc")
	b.ReportMetric(perDoc*100000/(1<<20), "MB/100k-docs")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkThroughput measures dedup + story clustering per document over
// the Reuters corpus (sign, check, insert; extract, assign), as docs/s.
func BenchmarkThroughput(b *testing.B) {
	docs := readCorpus(b, "corpora/reuters21578.jsonl.gz", 0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix := NewIndex(Options{})
		c := cluster.New(cluster.Options{})
		for j, r := range docs {
			id := fmt.Sprint("reuters-", j)
			s := ix.Sign(r.Title, r.Text)
			m, dup := ix.Check(s)
			ix.Insert(id, r.Published, s, m, dup)
			c.Assign(id, cluster.Extract(r.Title, r.Text, r.Published))
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "docs/s")
}
