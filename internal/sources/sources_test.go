package sources

import "testing"

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

func FuzzLookup(f *testing.F) {
	f.Add("https://news.cgtn.com/x")
	f.Fuzz(func(t *testing.T, s string) { Lookup(s) })
}
