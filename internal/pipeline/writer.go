package pipeline

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// batchSize is the most documents written in one store transaction.
const batchSize = 64

// cacheSize bounds the story rows and document→story links kept in
// memory between batches (a miss reads the store), so memory does not
// grow with the input.
const cacheSize = 8192

// writer runs the ordered stages (near duplicates, stories) on each
// document in input order and writes documents in batches, one
// transaction each.
type writer struct {
	p        *Pipeline
	sum      *Summary
	batch    []store.Bundle
	items    []*item
	stories  map[string]*news.Story // story rows touched recently
	docStory map[string]docInfo     // recent document → its story and origin
}

// docInfo is what later copies of a document need from it.
type docInfo struct{ story, origin string }

func newWriter(p *Pipeline, sum *Summary) *writer {
	return &writer{p: p, sum: sum, stories: map[string]*news.Story{}, docStory: map[string]docInfo{}}
}

func (w *writer) full() bool { return len(w.batch) >= batchSize }

// add runs the ordered stages on one document and queues its bundle.
func (w *writer) add(ctx context.Context, it *item) error {
	p := w.p
	if it.dupe {
		w.sum.Duplicate++
		w.sum.DocIDs = append(w.sum.DocIDs, it.doc.ID)
		p.opts.Log.Debug("duplicate", "path", it.doc.Path, "id", it.doc.ID)
		w.progress()
		return nil
	}
	doc := &it.doc
	b := store.Bundle{Doc: doc}
	if doc.OK() {
		t0 := time.Now()
		if p.opts.Dups != nil && it.dupSig != nil {
			if dupOf, score, ok := p.opts.Dups.Check(it.dupSig); ok && dupOf != doc.ID {
				doc.DupOf, doc.DupScore = dupOf, score
			}
		}
		if p.opts.Stories != nil && !p.opts.NoStories && it.features != nil {
			sid, err := p.opts.Stories.Assign(doc.ID, it.features)
			if err != nil {
				return fmt.Errorf("assign story: %w", err)
			}
			doc.StoryID = sid
		}
		origin := doc.Source.Origin
		if origin == "" {
			origin = doc.Source.Name
		}
		if doc.DupOf != "" {
			// A copy belongs to the story of what it copies, and its
			// evidence counts under the original's outlet: a republished
			// piece is one more article but not one more source.
			if orig := w.infoOf(ctx, doc.DupOf); orig.story != "" {
				doc.StoryID = orig.story
				if orig.origin != "" {
					origin = orig.origin
					for i := range it.events {
						for j := range it.events[i].Evidence {
							it.events[i].Evidence[j].Source = orig.origin
						}
					}
				}
			}
		}
		if doc.StoryID == "" {
			doc.StoryID = "s" + strings.TrimPrefix(doc.ID, "d")
		}
		if it.dupSig != nil {
			if err := p.opts.Dups.Add(doc.ID, doc.Published, it.dupSig); err != nil {
				return fmt.Errorf("dedupe index: %w", err)
			}
			b.Signatures = append(b.Signatures, store.Signature{Kind: sigDedupe, Data: encodeDupSig(doc.Published, it.dupSig)})
		}
		if it.features != nil {
			b.Signatures = append(b.Signatures, store.Signature{Kind: sigStory, Data: encodeStorySig(doc.StoryID, it.features)})
		}
		p.observe("dedupe+cluster", t0)
		story, err := w.story(ctx, doc)
		if err != nil {
			return err
		}
		b.Story = story
		for i := range it.events {
			it.events[i].StoryID = doc.StoryID
		}
		for i := range it.quotes {
			it.quotes[i].StoryID = doc.StoryID
		}
		b.Events, b.Quotes = it.events, it.quotes
		w.remember(doc.ID, docInfo{story: doc.StoryID, origin: origin})
	}
	w.batch = append(w.batch, b)
	w.items = append(w.items, it)
	return nil
}

// flush writes the queued bundles in one transaction and counts them.
func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	t0 := time.Now()
	outcomes, err := w.p.st.PutBundles(ctx, w.batch)
	if err != nil {
		return fmt.Errorf("store documents: %w", err)
	}
	w.p.observe("store", t0)
	for i, o := range outcomes {
		doc := w.batch[i].Doc
		w.sum.DocIDs = append(w.sum.DocIDs, doc.ID)
		switch {
		case o == store.Duplicate:
			w.sum.Duplicate++
		case !doc.OK():
			w.sum.Failed++
			reason := strings.TrimPrefix(doc.Status, news.FailedPrefix)
			w.sum.Failures = append(w.sum.Failures, Failure{Path: doc.Path, Reason: reason})
			w.p.opts.Log.Info("failed", "path", doc.Path, "reason", reason)
		case o == store.Updated:
			w.sum.Updated++
		default:
			w.sum.New++
		}
		if o != store.Duplicate && doc.OK() {
			w.sum.Events += len(w.batch[i].Events)
			w.sum.Quotes += len(w.batch[i].Quotes)
		}
		w.progress()
	}
	w.batch, w.items = w.batch[:0], w.items[:0]
	return nil
}

func (w *writer) progress() {
	if w.p.opts.Progress != nil {
		w.p.opts.Progress.Add(1)
	}
}

// infoOf is the story and counted outlet of a document seen before.
func (w *writer) infoOf(ctx context.Context, docID string) docInfo {
	if info, ok := w.docStory[docID]; ok {
		return info
	}
	if d, err := w.p.st.Document(ctx, docID); err == nil {
		origin := d.Source.Origin
		if origin == "" {
			origin = d.Source.Name
		}
		return docInfo{story: d.StoryID, origin: origin}
	}
	return docInfo{}
}

func (w *writer) remember(docID string, info docInfo) {
	if len(w.docStory) >= cacheSize {
		for k := range w.docStory {
			delete(w.docStory, k)
			break
		}
	}
	w.docStory[docID] = info
}

// story returns the document's story row with the document added.
func (w *writer) story(ctx context.Context, doc *news.Document) (*news.Story, error) {
	s, ok := w.stories[doc.StoryID]
	if !ok {
		got, err := w.p.st.Story(ctx, doc.StoryID)
		switch {
		case errors.Is(err, store.ErrNotFound):
			got = news.Story{ID: doc.StoryID, Title: doc.Title}
		case err != nil:
			return nil, fmt.Errorf("load story %s: %w", doc.StoryID, err)
		}
		if len(w.stories) >= cacheSize {
			for k := range w.stories {
				delete(w.stories, k)
				break
			}
		}
		s = &got
		w.stories[doc.StoryID] = s
	}
	if s.Title == "" {
		s.Title = doc.Title
	}
	if !contains(s.DocIDs, doc.ID) {
		s.DocIDs = append(s.DocIDs, doc.ID)
	}
	src := doc.Source.Origin
	if src == "" {
		src = doc.Source.Name
	}
	if src != "" && !contains(s.Sources, src) {
		s.Sources = append(s.Sources, src)
		sort.Strings(s.Sources)
	}
	day := doc.Published
	if day == "" {
		day = doc.IngestedAt.Format("2006-01-02")
	}
	if s.FirstSeen == "" || day < s.FirstSeen {
		s.FirstSeen = day
	}
	if day > s.LastSeen {
		s.LastSeen = day
	}
	cp := *s
	cp.DocIDs = append([]string(nil), s.DocIDs...)
	cp.Sources = append([]string(nil), s.Sources...)
	return &cp, nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
