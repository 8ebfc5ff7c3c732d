package pipeline

import (
	"context"
	"fmt"

	"dyad/internal/clean"
	"dyad/internal/code"
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
	if o.Coder == nil && !o.NoEvents {
		c, err := code.New(ctx, code.Options{})
		if err != nil {
			return fmt.Errorf("load the event coder: %w", err)
		}
		o.Coder = c
	}
	return nil
}

type cleaner struct{ opts clean.Options }

func (c cleaner) Clean(ctx context.Context, raw news.RawDoc) (news.Document, error) {
	return clean.Clean(ctx, raw, c.opts)
}
