package pipeline

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/internal/news"
	"dyad/internal/queue"
	"dyad/internal/store"
	"dyad/internal/store/sqlite"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// panicky is a cleaner that panics on one document.
type panicky struct{}

func (panicky) Clean(ctx context.Context, raw news.RawDoc) (news.Document, error) {
	if strings.Contains(string(raw.Body), "boom") {
		panic("boom")
	}
	return news.Document{Title: "t", Text: string(raw.Body), Published: "2021-12-15", Lang: "en"}, nil
}

func TestPanicIsAFailedRow(t *testing.T) {
	st := openStore(t)
	p, err := New(context.Background(), st, Options{Cleaner: panicky{}, NoEvents: true, NoFacts: true})
	if err != nil {
		t.Fatal(err)
	}
	docs := []news.RawDoc{{Path: "a", Body: []byte("fine text")}, {Path: "b", Body: []byte("boom")}, {Path: "c", Body: []byte("more text")}}
	sum, err := p.IngestSource(context.Background(), queue.NewSliceSource(docs))
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 2 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Reason, "internal error") {
		t.Errorf("summary %+v", sum)
	}
}

// The same documents in batches, with the indexes rebuilt from the store
// between batches, give the same duplicate and story groups as one run.
func TestBatchesEqualOneRun(t *testing.T) {
	var docs []news.RawDoc
	base := "The central bank of %s raised interest rates by half a point on Tuesday to fight inflation, its governor said, adding that prices would keep rising for months and that the economy remained strong despite the war."
	for i, c := range []string{"Chile", "Peru", "Chile", "Norway", "Peru", "Kenya", "Chile", "Ghana"} {
		docs = append(docs, news.RawDoc{ID: fmt.Sprintf("doc%d", i), Published: "2022-03-01", Body: []byte(fmt.Sprintf(base, c))})
	}
	groups := func(batches [][]news.RawDoc, wrap func(store.Store) store.Store) map[string]string {
		st := openStore(t)
		for _, b := range batches {
			p, err := New(context.Background(), wrap(st), Options{Cleaner: panicky{}, NoEvents: true, NoFacts: true})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.IngestSource(context.Background(), queue.NewSliceSource(b)); err != nil {
				t.Fatal(err)
			}
		}
		ds, _ := st.Documents(context.Background(), store.DocFilter{})
		out := map[string]string{}
		for _, d := range ds {
			out[d.ID] = d.DupOf + "|" + d.StoryID
		}
		return out
	}
	same := func(st store.Store) store.Store { return st }
	one := groups([][]news.RawDoc{docs}, same)
	many := groups([][]news.RawDoc{docs[:3], docs[3:5], docs[5:]}, same)
	if fmt.Sprint(one) != fmt.Sprint(many) {
		t.Errorf("one run %v\nbatches %v", one, many)
	}
	// Indexes rebuilt from entries in the older, separate kinds.
	legacy := groups([][]news.RawDoc{docs[:3], docs[3:5], docs[5:]}, func(st store.Store) store.Store { return legacyStore{st} })
	if fmt.Sprint(one) != fmt.Sprint(legacy) {
		t.Errorf("one run %v\nbatches restored from separate entries %v", one, legacy)
	}
	if one["doc2"] != "doc0|sdoc0" && !strings.HasPrefix(one["doc2"], "doc0|") {
		t.Errorf("exact copy not found: %v", one)
	}
}

// legacyStore shows the combined index entries of a store as the separate
// "dedupe" and "story" entries that stores written before hold.
type legacyStore struct{ store.Store }

func (s legacyStore) Signatures(ctx context.Context, kind string, fn func(docID string, data []byte) error) error {
	if kind != sigDedupe && kind != sigStory {
		return nil
	}
	return s.Store.Signatures(ctx, sigIndex, func(docID string, data []byte) error {
		e, err := decodeIndexSig(data)
		if err != nil {
			return err
		}
		if kind == sigDedupe {
			return fn(docID, encodeDupSig(e.published, e.dup))
		}
		return fn(docID, encodeStorySig(e.storyID, e.features))
	})
}

func TestIndexSigRoundTrip(t *testing.T) {
	for _, e := range []indexSig{
		{},
		{published: "2021-12-15", storyID: "s1", dup: []byte{1, 2, 3}, features: []byte{3, 0}},
		{dup: []byte{9}},
		{features: []byte{3}},
	} {
		got, err := decodeIndexSig(encodeIndexSig(e))
		if err != nil || got.published != e.published || got.storyID != e.storyID ||
			string(got.dup) != string(e.dup) || string(got.features) != string(e.features) {
			t.Errorf("%+v: round trip %+v, %v", e, got, err)
		}
	}
	if _, err := decodeIndexSig([]byte{indexSigVersion, 5, 'a'}); err == nil {
		t.Error("truncated entry accepted")
	}
}

func FuzzDecodeIndexSig(f *testing.F) {
	f.Add(encodeIndexSig(indexSig{published: "2021-12-15", storyID: "s1", dup: []byte{1, 2}, features: []byte{3}}))
	f.Add([]byte{indexSigVersion, 0, 0, 200})
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := decodeIndexSig(b)
		if err != nil {
			return
		}
		if again, err := decodeIndexSig(encodeIndexSig(e)); err != nil || fmt.Sprint(again) != fmt.Sprint(e) {
			t.Errorf("%x: decoded %+v, re-encoded and decoded %+v, %v", b, e, again, err)
		}
	})
}

// countingStore counts the store transactions of a run.
type countingStore struct {
	store.Store
	mu   sync.Mutex
	puts int
}

func (c *countingStore) PutBundles(ctx context.Context, b []store.Bundle) ([]store.Outcome, error) {
	c.mu.Lock()
	c.puts++
	c.mu.Unlock()
	return c.Store.PutBundles(ctx, b)
}

// trickle yields its documents one every gap, like a slow feed.
type trickle struct {
	docs []news.RawDoc
	gap  time.Duration
}

func (s *trickle) Next(ctx context.Context) (news.RawDoc, error) {
	if len(s.docs) == 0 {
		return news.RawDoc{}, io.EOF
	}
	select {
	case <-time.After(s.gap):
	case <-ctx.Done():
		return news.RawDoc{}, ctx.Err()
	}
	d := s.docs[0]
	s.docs = s.docs[1:]
	return d, nil
}

func (s *trickle) Close() error { return nil }

// A slow trickle commits per document by default, and a few documents a
// commit with CommitEvery; every document is stored either way.
func TestCommitEvery(t *testing.T) {
	const n = 30
	var docs []news.RawDoc
	for i := range n {
		docs = append(docs, news.RawDoc{ID: fmt.Sprintf("t%d", i), Published: "2022-03-01", Body: []byte(fmt.Sprintf("Document number %d of a slow feed about nothing in particular.", i))})
	}
	for _, tc := range []struct {
		every    time.Duration
		min, max int // transactions
	}{
		{0, n / 2, n},
		{100 * time.Millisecond, 1, n / 3},
	} {
		t.Run(tc.every.String(), func(t *testing.T) {
			st := &countingStore{Store: openStore(t)}
			p, err := New(context.Background(), st, Options{Cleaner: panicky{}, NoEvents: true, NoFacts: true, CommitEvery: tc.every})
			if err != nil {
				t.Fatal(err)
			}
			sum, err := p.IngestSource(context.Background(), &trickle{docs: append([]news.RawDoc(nil), docs...), gap: 10 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			if sum.New != n {
				t.Fatalf("stored %d of %d: %+v", sum.New, n, sum)
			}
			t.Logf("%d transactions for %d documents", st.puts, n)
			if st.puts < tc.min || st.puts > tc.max {
				t.Errorf("%d transactions for %d trickled documents, want %d–%d", st.puts, n, tc.min, tc.max)
			}
		})
	}
}
