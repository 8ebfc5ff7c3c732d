package pipeline

import (
	"context"
	"errors"
)

// fillDefaults fills the stages left nil with dyad's own.
func fillDefaults(ctx context.Context, o *Options) error {
	if o.Cleaner == nil {
		return errors.New("pipeline: no cleaner")
	}
	if o.Open == nil {
		return errors.New("pipeline: no input opener")
	}
	return nil
}
