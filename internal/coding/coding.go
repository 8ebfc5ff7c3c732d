// Package coding builds dyad's default event coder, the one every command
// uses: `dyad code`, the ingest pipeline (ingest, run, worker, serve) and
// the real-news evaluation (internal/realnews) all call New, so a gate
// added to Gates takes effect everywhere at once.
//
// The default coder is package code with the built-in dictionaries, event
// dates resolved by package extract, and the gates in Gates, in order.
// Gates are code.Gate values, each from its own package; see
// docs/design.md ("Gates") for the seam.
package coding

import (
	"context"

	"dyad/internal/code"
	"dyad/internal/extract"
	"dyad/internal/relevance"
)

// Gates returns the default gates, in the order they run: relevance
// (sport, entertainment, business without a political actor).
func Gates() ([]code.Gate, error) {
	rel, err := relevance.New(relevance.Options{})
	if err != nil {
		return nil, err
	}
	return []code.Gate{rel}, nil
}

// New builds the default coder from opts: DateFunc defaults to EventDate,
// and Gates to Gates() unless the coder runs under TABARI options
// (OptionFiles or Settings: a validation suite codes as its own rules
// say) or opts.Gates is non-nil (an empty, non-nil slice means none).
func New(ctx context.Context, opts code.Options) (*code.Coder, error) {
	if opts.DateFunc == nil {
		opts.DateFunc = EventDate
	}
	if opts.Gates == nil && len(opts.OptionFiles) == 0 && opts.Settings == nil {
		g, err := Gates()
		if err != nil {
			return nil, err
		}
		opts.Gates = g
	}
	return code.New(ctx, opts)
}

// EventDate resolves the date of the event a sentence reports: an
// explicit or relative date in the sentence against the reference
// (publication) date, else the reference date.
func EventDate(sentence, ref string) (string, string) {
	if d, text, ok := extract.ResolveDate(sentence, ref); ok {
		return d, text
	}
	return ref, ""
}
