package pipeline

import (
	"context"
	"fmt"

	"dyad/internal/clean"
	"dyad/internal/cluster"
	"dyad/internal/code"
	"dyad/internal/dedupe"
	"dyad/internal/extract"
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
		c, err := code.New(ctx, code.Options{DateFunc: eventDate})
		if err != nil {
			return fmt.Errorf("load the event coder: %w", err)
		}
		o.Coder, actors = c, c
	}
	if r, ok := o.Coder.(extract.ActorResolver); ok && actors == nil {
		actors = r
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

// dupIndex adapts dedupe.Index to DupIndex. The sequencer calls Check and
// then Add for the same signature; the last check is kept so Add does not
// search the candidates again.
type dupIndex struct {
	ix   *dedupe.Index
	last struct {
		sig   []byte
		match dedupe.Match
		dup   bool
	}
}

func (d *dupIndex) Sign(title, text string) ([]byte, error) {
	return d.ix.Sign(title, text).MarshalBinary()
}

func (d *dupIndex) Check(sig []byte) (string, float64, bool) {
	s, err := dedupe.UnmarshalSignature(sig)
	if err != nil {
		return "", 0, false
	}
	m, ok := d.ix.Check(s)
	d.last.sig, d.last.match, d.last.dup = sig, m, ok
	return m.DupOf, m.Score, ok
}

func (d *dupIndex) Add(docID, published string, sig []byte) error {
	s, err := dedupe.UnmarshalSignature(sig)
	if err != nil {
		return err
	}
	if len(sig) > 0 && len(d.last.sig) == len(sig) && &d.last.sig[0] == &sig[0] {
		d.ix.Insert(docID, published, s, d.last.match, d.last.dup)
	} else {
		d.ix.Add(docID, published, s)
	}
	return nil
}

// storyIndex adapts cluster.Clusterer to StoryIndex.
type storyIndex struct{ c *cluster.Clusterer }

func (s *storyIndex) Features(title, text, published string) ([]byte, error) {
	return cluster.Extract(title, text, published).MarshalBinary()
}

func (s *storyIndex) Assign(docID string, features []byte) (string, error) {
	f, err := cluster.UnmarshalFeatures(features)
	if err != nil {
		return "", err
	}
	id, _ := s.c.Assign(docID, f)
	return id, nil
}

func (s *storyIndex) Restore(docID, storyID string, features []byte) error {
	f, err := cluster.UnmarshalFeatures(features)
	if err != nil {
		return err
	}
	s.c.Restore(docID, storyID, f)
	return nil
}

// eventDate resolves the date of the event a sentence reports.
func eventDate(sentence, ref string) (string, string) {
	if d, text, ok := extract.ResolveDate(sentence, ref); ok {
		return d, text
	}
	return ref, ""
}

// facts adapts package extract to Facts.
type facts struct{ actors extract.ActorResolver }

func (f facts) Quotes(text, published string) []news.Quote {
	return extract.Quotes(text, extract.Options{Published: published, Actors: f.actors})
}

func (f facts) Amounts(text string) []news.Amount { return extract.Amounts(text) }
