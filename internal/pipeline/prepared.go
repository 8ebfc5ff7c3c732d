package pipeline

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"

	"golang.org/x/sync/errgroup"

	"dyad/internal/news"
)

// Item is one document after the parallel stages, ready for the ordered
// ones: what a scale-out worker hands over to whichever process runs the
// sequencer (see package queue). Every field is exported so that it
// travels as gob.
type Item struct {
	Doc      news.Document
	Dupe     bool // the same content was stored when the worker looked
	Events   []news.Event
	Quotes   []news.Quote
	DupSig   []byte // the near-duplicate signature's stored form
	Features []byte // the story features' stored form
}

// Prepare runs the parallel stages (clean, code, facts, signatures) on raws
// with Options.Workers goroutines and returns one item per document, in
// order. It takes no lease: any number of processes may prepare at once.
func (p *Pipeline) Prepare(ctx context.Context, raws []news.RawDoc) ([]Item, error) {
	out := make([]Item, len(raws))
	parent := ctx
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(p.opts.Workers)
	for i := range raws {
		g.Go(func() error {
			it := item{raw: raws[i]}
			if err := p.work(ctx, &it); err != nil {
				return err
			}
			out[i] = Item{Doc: it.doc, Dupe: it.dupe, Events: it.events, Quotes: it.quotes,
				DupSig: it.dupSig.Data, Features: it.features.Data}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if err := parent.Err(); err != nil {
		return nil, err // stopped: the stages may have stopped half-way
	}
	return out, nil
}

// ItemSource yields prepared items in the order the ordered stages must
// take them; Next returns io.EOF at the end.
type ItemSource interface {
	Next(ctx context.Context) (Item, error)
}

// IngestItems runs the ordered stages (under the store's sequencer lease,
// like every run) and the store writes on the items src yields, in that
// order. src's first Next comes after the lease is taken. committed, if set, is told after each store transaction how many
// more of the items are stored (or found already stored).
func (p *Pipeline) IngestItems(ctx context.Context, src ItemSource, committed func(n int) error) (Summary, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var sum Summary
	// The lease is taken before src is first read, so that src may read
	// the lease's cursor (LeaseCursor) to know where to start.
	var pre *held
	if p.seq != nil {
		lost, done, err := p.seq.Acquire(ctx)
		if err != nil {
			return sum, err
		}
		pre = &held{lost, done}
	}
	caller := ctx
	runCtx, cancelRun := context.WithCancelCause(ctx)
	defer cancelRun(nil)
	g, ctx := errgroup.WithContext(runCtx)
	done := make(chan item, 64)
	g.Go(func() error {
		defer close(done)
		for seq := 0; ; seq++ {
			x, err := src.Next(ctx)
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			it := item{seq: seq, doc: x.Doc, dupe: x.Dupe, events: x.Events, quotes: x.Quotes,
				dupSig: Prepared{Data: x.DupSig}, features: Prepared{Data: x.Features}}
			select {
			case done <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	})
	return p.ordered(run{ctx: ctx, work: ctx, stop: caller, runCtx: runCtx, cancel: cancelRun, g: g}, done, &sum, committed, pre)
}

// Holder is the name under which this pipeline takes the store's lease
// ("" when the store cannot be shared or a custom Sequencer is set).
func (p *Pipeline) Holder() string {
	if s, ok := p.seq.(*leaseSequencer); ok {
		return s.holder
	}
	return ""
}

// EncodeItem serialises an item for the wire (gob).
func EncodeItem(it Item) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&it); err != nil {
		return nil, fmt.Errorf("encode item %s: %w", it.Doc.ID, err)
	}
	return b.Bytes(), nil
}

// DecodeItem reads an item EncodeItem wrote.
func DecodeItem(data []byte) (Item, error) {
	var it Item
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&it); err != nil {
		return Item{}, fmt.Errorf("decode item: %w", err)
	}
	return it, nil
}
