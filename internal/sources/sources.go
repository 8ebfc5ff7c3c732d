// Package sources is dyad's outlet registry: for each news outlet its
// names, domains, country and affiliation — state, state-affiliated,
// independent or unknown — with the public basis of that label. The
// registry is data (outlets.tsv, embedded); see its header for what the
// labels mean.
package sources

import (
	_ "embed"
	"fmt"
	"net/url"
	"strings"
	"sync"
)

// Affiliation groups.
const (
	State           = "state"
	StateAffiliated = "state-affiliated"
	Independent     = "independent"
	Unknown         = "unknown"
)

// Outlet is one registry entry.
type Outlet struct {
	Name        string
	Aliases     []string
	Domains     []string
	Country     string
	Affiliation string
	Basis       string
}

//go:embed outlets.tsv
var data string

var (
	once     sync.Once
	outlets  []Outlet
	byName   map[string]int
	byDomain map[string]int
	loadErr  error
)

func load() {
	byName, byDomain = map[string]int{}, map[string]int{}
	outlets, loadErr = parse(data)
	for i, o := range outlets {
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			byName[normName(n)] = i
		}
		for _, d := range o.Domains {
			byDomain[strings.ToLower(d)] = i
		}
	}
}

func parse(s string) ([]Outlet, error) {
	var out []Outlet
	for n, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("outlets.tsv:%d: %d fields, want 6", n+1, len(f))
		}
		o := Outlet{Name: f[0], Aliases: split(f[1]), Domains: split(f[2]), Country: f[3], Affiliation: f[4], Basis: f[5]}
		if Group(o.Affiliation) != o.Affiliation {
			return nil, fmt.Errorf("outlets.tsv:%d: unknown affiliation %q", n+1, o.Affiliation)
		}
		out = append(out, o)
	}
	return out, nil
}

func split(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// normName folds case, a leading "the", and a trailing edition label in
// parentheses ("China Today (English)").
func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// All returns every outlet.
func All() []Outlet {
	once.Do(load)
	return append([]Outlet(nil), outlets...)
}

// Lookup finds an outlet by name, alias, domain (subdomains included) or URL.
func Lookup(nameOrDomain string) (Outlet, bool) {
	once.Do(load)
	s := strings.TrimSpace(nameOrDomain)
	if s == "" {
		return Outlet{}, false
	}
	if i, ok := byName[normName(s)]; ok {
		return outlets[i], true
	}
	host := strings.ToLower(s)
	if u, err := url.Parse(s); err == nil && u.Host != "" {
		host = strings.ToLower(u.Hostname())
	}
	host = strings.TrimPrefix(host, "www.")
	for h := host; h != ""; {
		if i, ok := byDomain[h]; ok {
			return outlets[i], true
		}
		dot := strings.IndexByte(h, '.')
		if dot < 0 {
			break
		}
		h = h[dot+1:]
	}
	return Outlet{}, false
}

// Group normalises an affiliation to one of the four groups.
func Group(affiliation string) string {
	switch a := strings.ToLower(strings.TrimSpace(affiliation)); a {
	case State, StateAffiliated, Independent:
		return a
	}
	return Unknown
}
