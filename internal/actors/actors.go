// Package actors brings the 2016 Phoenix actor dictionaries up to date:
// heads of state and government, foreign ministers and foreign-ministry
// spokespersons who held office after 2016, with the dates they held it
// (officeholders.tsv); people, parties and institutions of national
// politics the Phoenix files miss (politics.tsv); and states of the past
// (periods.tsv); state bodies by the short names and acronyms news uses
// (institutions.tsv); political parties of the G20 countries and the UK
// (parties.tsv); regions of several countries by CAMEO's region codes
// (regions.tsv); US political actors 1989–2026 (uspolitics.tsv). The
// files are embedded; each header names the public
// record its dates come from. The dictionary generator merges them into
// dyad's built-in actors as date-restricted codes, all but uspolitics.tsv,
// which is staged: checked here (TestUSPolitics) and not merged until the
// coder reads the campaign news its names expose (docs/dictionaries.md).
package actors

import (
	_ "embed"
	"errors"
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

var (
	//go:embed officeholders.tsv
	data string
	//go:embed politics.tsv
	politicsData string
	//go:embed periods.tsv
	periodsData string
	//go:embed institutions.tsv
	institutionsData string
	//go:embed parties.tsv
	partiesData string
	//go:embed organisations.tsv
	orgsData string
	//go:embed regions.tsv
	regionsData string
	//go:embed uspolitics.tsv
	usData string
)

var (
	once     sync.Once
	all      []Officeholder
	politics []Officeholder
	periods  []Officeholder
	insts    []Officeholder
	parties  []Officeholder
	orgs     []Officeholder
	regions  []Officeholder
	us       []Officeholder
	loadErr  error
)

func load() {
	var errs [8]error
	all, errs[0] = parse(data, "officeholders.tsv")
	politics, errs[1] = parse(politicsData, "politics.tsv")
	periods, errs[2] = parse(periodsData, "periods.tsv")
	insts, errs[3] = parse(institutionsData, "institutions.tsv")
	parties, errs[4] = parse(partiesData, "parties.tsv")
	orgs, errs[5] = parse(orgsData, "organisations.tsv")
	regions, errs[6] = parse(regionsData, "regions.tsv")
	us, errs[7] = parse(usData, "uspolitics.tsv")
	loadErr = errors.Join(errs[:]...)
}

func parse(s, file string) ([]Officeholder, error) {
	var out []Officeholder
	for i, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 8 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 8", file, i+1, len(f))
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
				return nil, fmt.Errorf("%s:%d: bad date %q", file, i+1, d)
			}
		}
		if o.From == "" && (o.To != "" || file == "officeholders.tsv") || o.To != "" && o.To < o.From {
			return nil, fmt.Errorf("%s:%d: term %s to %s", file, i+1, o.From, o.To)
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

// Politics returns the people, parties and institutions of national
// politics that the Phoenix dictionaries miss or date too narrowly
// (politics.tsv: British government and opposition 1997–2016, parties,
// institutions, some world leaders and bodies of the 2000s). Rows without
// dates hold at any date.
func Politics() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), politics...)
}

// Periods returns the states of the past (periods.tsv): names that meant
// another state before a date ("Moscow" → SUN until 1991-12-26).
func Periods() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), periods...)
}

// Institutions returns the state bodies news names by a short name or an
// acronym that the Phoenix dictionaries lack (institutions.tsv: US
// federal departments and agencies, UK departments, security services of
// other G20 countries).
func Institutions() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), insts...)
}

// Parties returns the political parties of the G20 countries and the UK
// that the Phoenix dictionaries lack (parties.tsv), each with a code per
// period in and out of government.
func Parties() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), parties...)
}

// Organisations returns the international organisations and armed groups
// that the Phoenix dictionaries lack or hold under one name form only
// (organisations.tsv).
func Organisations() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), orgs...)
}

// Regions returns the regions of several countries coded with CAMEO's
// region codes that the Phoenix dictionaries lack (regions.tsv: "West
// Africa" WAF, "the Middle East" MEA).
func Regions() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), regions...)
}

// USPolitics returns the US political actors of 1989–2026 the Phoenix
// dictionaries lack or date wrong (uspolitics.tsv): cabinet, White House,
// FBI and CIA, congressional leaders and members, governors, party chairs
// and presidential candidates, one row per person per office. The
// generator does not merge them yet (staged; see the package comment).
func USPolitics() []Officeholder {
	once.Do(load)
	return append([]Officeholder(nil), us...)
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
