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
	"fmt"
	"strings"

	"dyad/internal/code"
	"dyad/internal/extract"
	"dyad/internal/modality"
	"dyad/internal/pos"
	"dyad/internal/relevance"
	"dyad/internal/reported"
)

// DefaultGates names the default gates, in the order they run: relevance
// (sport, entertainment, business without a political actor), pos (a
// trigger word that is not a verb in its sentence), modality (negated,
// hypothetical, conditional, questioned, recommended acts; intents and
// threats), reported (an act that a speaker claims, not stated as fact).
var DefaultGates = []string{"relevance", "pos", "modality", "reported"}

// Gates returns the default gates, in the order they run.
func Gates() ([]code.Gate, error) { return NamedGates(DefaultGates) }

// NamedGates builds gates by name, to measure each one's effect. A
// modality gate may switch single rules off: "modality~question~denial"
// (rules: negation, denial, conditional, question, hypothetical,
// recommendation, intent); a reported gate too ("reported~quotes": claims,
// quotes) or on ("reported~+according").
func NamedGates(names []string) ([]code.Gate, error) {
	var out []code.Gate
	for _, n := range names {
		parts := strings.Split(n, "~")
		switch parts[0] {
		case "relevance":
			rel, err := relevance.New(relevance.Options{})
			if err != nil {
				return nil, err
			}
			out = append(out, rel)
		case "pos":
			g, err := pos.NewGate()
			if err != nil {
				return nil, err
			}
			out = append(out, g)
		case "modality":
			var o modality.Options
			for _, r := range parts[1:] {
				switch r {
				case "negation":
					o.NoNegation = true
				case "denial":
					o.NoDenial = true
				case "conditional":
					o.NoConditional = true
				case "question":
					o.NoQuestion = true
				case "hypothetical":
					o.NoHypothetical = true
				case "recommendation":
					o.NoRecommendation = true
				case "intent":
					o.NoIntent = true
				default:
					return nil, fmt.Errorf("modality rule %q: unknown", r)
				}
			}
			out = append(out, modality.New(o))
		case "reported":
			var o reported.Options
			for _, r := range parts[1:] {
				switch r {
				case "claims":
					o.NoClaims = true
				case "quotes":
					o.NoQuotes = true
				case "+according":
					o.AccordingTo = true
				default:
					return nil, fmt.Errorf("reported rule %q: unknown", r)
				}
			}
			out = append(out, reported.New(o))
		case "", "none":
		default:
			return nil, fmt.Errorf("gate %q: unknown (gates: %s)", n, strings.Join(DefaultGates, ", "))
		}
	}
	return out, nil
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
