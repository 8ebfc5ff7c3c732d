package pipeline

import (
	"context"
	"fmt"

	"dyad/internal/clean"
	"dyad/internal/cluster"
	"dyad/internal/code"
	"dyad/internal/coding"
	"dyad/internal/dedupe"
	"dyad/internal/extract"
	"dyad/internal/geo"
	"dyad/internal/ingest"
	"dyad/internal/news"
)

// fillDefaults fills the stages left nil with dyad's own.
func fillDefaults(ctx context.Context, o *Options) error {
	if o.Cleaner == nil {
		o.Cleaner = cleaner{opts: clean.Options{MaxBytes: o.MaxBytes}}
	}
	if o.Open == nil {
		opts := ingest.Options{MaxBytes: o.MaxBytes, SourceName: o.SourceName}
		o.Open = func(ctx context.Context, inputs []string) (Source, error) {
			return ingest.Open(ctx, inputs, opts)
		}
	}
	var actors extract.ActorResolver
	if o.Coder == nil && !o.NoEvents {
		c, err := coding.New(ctx, code.Options{})
		if err != nil {
			return fmt.Errorf("load the event coder: %w", err)
		}
		o.Coder, actors = c, c
	}
	if r, ok := o.Coder.(extract.ActorResolver); ok && actors == nil {
		actors = r
	}
	if o.Places == nil && !o.NoPlaces {
		g, err := geo.New()
		if err != nil {
			return fmt.Errorf("load the gazetteer: %w", err)
		}
		o.Places = g
	}
	if o.Facts == nil && !o.NoFacts {
		o.Facts = facts{actors: actors}
	}
	if o.Dups == nil && !o.NoDedupe {
		o.Dups = &dupIndex{ix: dedupe.NewIndex(dedupe.Options{})}
	}
	if o.Stories == nil && !o.NoStories {
		o.Stories = &storyIndex{c: cluster.New(cluster.Options{})}
	}
	return nil
}

type cleaner struct{ opts clean.Options }

func (c cleaner) Clean(ctx context.Context, raw news.RawDoc) (news.Document, error) {
	return clean.Clean(ctx, raw, c.opts)
}

// dupIndex adapts dedupe.Index to DupIndex.
type dupIndex struct{ ix *dedupe.Index }

func (d *dupIndex) Sign(title, text string) (Prepared, error) {
	s := d.ix.Sign(title, text)
	data, err := s.MarshalBinary()
	return Prepared{Data: data, Value: &s}, err
}

func (d *dupIndex) Insert(docID, published string, sig Prepared) (string, float64, bool, error) {
	s, ok := sig.Value.(*dedupe.Signature)
	if !ok {
		v, err := dedupe.UnmarshalSignature(sig.Data)
		if err != nil {
			return "", 0, false, err
		}
		s = &v
	}
	m, dup := d.ix.Check(*s)
	d.ix.Insert(docID, published, *s, m, dup)
	return m.DupOf, m.Score, dup, nil
}

func (d *dupIndex) Restore(docID, published string, data []byte) error {
	s, err := dedupe.UnmarshalSignature(data)
	if err != nil {
		return err
	}
	d.ix.Add(docID, published, s)
	return nil
}

// storyIndex adapts cluster.Clusterer to StoryIndex.
type storyIndex struct{ c *cluster.Clusterer }

func (s *storyIndex) Features(title, text, published string) (Prepared, error) {
	d, data := s.c.Analyse(title, text, published)
	return Prepared{Data: data, Value: d}, nil
}

func (s *storyIndex) Assign(docID string, features Prepared) (string, bool, error) {
	d, ok := features.Value.(*cluster.Doc)
	if !ok {
		f, err := cluster.UnmarshalFeatures(features.Data)
		if err != nil {
			return "", false, err
		}
		d = s.c.Prepare(f)
	}
	id, isNew := s.c.AssignDoc(docID, d)
	return id, isNew, nil
}

func (s *storyIndex) Join(docID, storyID string, features Prepared) error {
	d, ok := features.Value.(*cluster.Doc)
	if !ok {
		f, err := cluster.UnmarshalFeatures(features.Data)
		if err != nil {
			return err
		}
		d = s.c.Prepare(f)
	}
	s.c.RestoreDoc(docID, storyID, d)
	return nil
}

func (s *storyIndex) Restore(docID, storyID string, data []byte) error {
	f, err := cluster.UnmarshalFeatures(data)
	if err != nil {
		return err
	}
	s.c.Restore(docID, storyID, f)
	return nil
}

// facts adapts package extract to Facts.
type facts struct{ actors extract.ActorResolver }

func (f facts) Quotes(text, published string) []news.Quote {
	return extract.Quotes(text, extract.Options{Published: published, Actors: f.actors})
}

func (f facts) Amounts(text string) []news.Amount { return extract.Amounts(text) }
