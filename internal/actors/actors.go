// Package actors brings the 2016 Phoenix actor dictionaries up to date:
// heads of state and government, foreign ministers and foreign-ministry
// spokespersons who held office after 2016, with the dates they held it
// (officeholders.tsv, embedded; its header names the public record the
// dates come from). The dictionary generator merges them into dyad's
// built-in actors as date-restricted roles.
package actors

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Officeholder is one person in one office for one term.
type Officeholder struct {
	Name    string
	Aliases []string
	Code    string // CAMEO actor code of the office, e.g. CHNGOV
	Country string // alpha-3
	Role    string // head of state | head of government | foreign minister | foreign ministry spokesperson | …
	From    string // YYYY-MM-DD
	To      string // YYYY-MM-DD; "" while in office
	Basis   string
}

//go:embed officeholders.tsv
var data string

var (
	once    sync.Once
	all     []Officeholder
	loadErr error
)

func load() { all, loadErr = parse(data) }

func parse(s string) ([]Officeholder, error) {
	var out []Officeholder
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("officeholders.tsv:%d: %d fields, want 8", i+1, len(f))
		}
		o := Officeholder{Name: f[0], Code: f[2], Country: f[3], Role: f[4], From: f[5], To: f[6], Basis: f[7]}
		for _, a := range strings.Split(f[1], ";") {
			if a = strings.TrimSpace(a); a != "" {
				o.Aliases = append(o.Aliases, a)
			}
		}
		for _, d := range []string{o.From, o.To} {
			if d == "" {
				continue
			}
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return nil, fmt.Errorf("officeholders.tsv:%d: bad date %q", i+1, d)
			}
		}
		if o.From == "" || o.To != "" && o.To < o.From {
			return nil, fmt.Errorf("officeholders.tsv:%d: term %s to %s", i+1, o.From, o.To)
		}
		out = append(out, o)
	}
	return out, nil
}

// Officeholders returns every term.
func Officeholders() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), all...)
}

// AsOf returns the terms that include date (YYYY-MM-DD).
func AsOf(date string) []Officeholder {
	var out []Officeholder
	for _, o := range Officeholders() {
		if o.From <= date && (o.To == "" || date < o.To) {
			out = append(out, o)
		}
	}
	return out
}
