package sources

import (
	"strings"
	"testing"
)

func TestRegistryParses(t *testing.T) {
	once.Do(load)
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	if len(outlets) < 100 {
		t.Errorf("only %d outlets", len(outlets))
	}
	seen := map[string]bool{}
	for _, o := range outlets {
		if seen[o.Name] {
			t.Errorf("duplicate outlet %q", o.Name)
		}
		seen[o.Name] = true
		if Group(o.Affiliation) != o.Affiliation {
			t.Errorf("%s: affiliation %q is not one of the four", o.Name, o.Affiliation)
		}
	}
	// No name, alias or domain may point at two outlets.
	keys := map[string]string{}
	for _, o := range outlets {
		var ks []string
		for _, n := range append([]string{o.Name}, o.Aliases...) {
			ks = append(ks, "name:"+normName(n))
		}
		for _, d := range o.Domains {
			ks = append(ks, "domain:"+strings.ToLower(d))
		}
		for _, k := range ks {
			if prev, ok := keys[k]; ok && prev != o.Name {
				t.Errorf("%s belongs to both %s and %s", k, prev, o.Name)
			}
			keys[k] = o.Name
		}
		if o.Basis == "" || len(o.Country) != 3 {
			t.Errorf("%s: missing basis or country", o.Name)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in, name, affiliation string
	}{
		{"CGTN", "CGTN", State},
		{"China Global Television Network", "CGTN", State},
		{"China Today (English)", "China Today", State},
		{"news.cgtn.com", "CGTN", State},
		{"https://www.reuters.com/world/", "Reuters", Independent},
		{"the guardian", "The Guardian", Independent},
		{"BBC News", "BBC", StateAffiliated},
		{"PRNewswire", "PR Newswire", Unknown},
		{"tass.ru", "TASS", State},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			o, ok := Lookup(tc.in)
			if !ok || o.Name != tc.name || o.Affiliation != tc.affiliation {
				t.Errorf("Lookup(%q) = %+v, %v; want %s (%s)", tc.in, o, ok, tc.name, tc.affiliation)
			}
		})
	}
	for _, in := range []string{"", "Example Ledger", "example.org", "com"} {
		if o, ok := Lookup(in); ok {
			t.Errorf("Lookup(%q) = %+v, want none", in, o)
		}
	}
}

func TestGroup(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"state", "state", State},
		{"upper and spaces", "  State-Affiliated ", StateAffiliated},
		{"independent", "INDEPENDENT", Independent},
		{"unknown", "unknown", Unknown},
		{"empty", "", Unknown},
		{"other", "public", Unknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Group(tc.in); got != tc.want {
				t.Errorf("Group(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzLookup(f *testing.F) {
	f.Add("https://news.cgtn.com/x")
	f.Fuzz(func(t *testing.T, s string) { Lookup(s) })
}
