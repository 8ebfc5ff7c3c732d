package main

import (
	"strings"
	"testing"

	"dyad/internal/dict"
)

func TestHolderActors(t *testing.T) {
	base := []dict.Actor{{Names: []dict.Phrase{dict.ParsePhrase("OLAF SCHOLZ", false)},
		Codes: []dict.DatedCode{{Code: "DEUGOVLAB", From: "2008-03-01", To: "2009-10-31"}}}}
	hs := []holder{
		{Name: "Olaf Scholz", Code: "DEUGOV", From: "2021-12-08", Basis: "Chancellor"},
		{Name: "Zhao Lijian", Aliases: []string{"Lijian Zhao"}, Code: "CHNGOV", From: "2020-02-24", To: "2023-01-09"},
		{Name: "Zhao Lijian", Code: "CHNGOV", From: "2019-08-23", To: "2020-02-23"},
	}
	got := mergeActors(base, holderActors(hs))
	tests := []struct {
		name      string
		i         int
		date, out string
	}{
		{"new office added to an old entry", 0, "2022-06-01", "DEUGOV"},
		{"old office kept", 0, "2009-01-01", "DEUGOVLAB"},
		{"new person", 1, "2021-12-07", "CHNGOV"},
		{"second term of the same person", 1, "2019-09-01", "CHNGOV"},
		{"out of office", 1, "2024-01-01", ""},
	}
	if len(got) != 2 {
		t.Fatalf("got %d actors, want 2: %+v", len(got), got)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if c := got[tc.i].CodeAt(tc.date); c != tc.out {
				t.Errorf("CodeAt(%s) = %q, want %q", tc.date, c, tc.out)
			}
		})
	}
	if len(got[1].Names) != 2 {
		t.Errorf("aliases: %v", got[1].Names)
	}
}

func TestDropThe(t *testing.T) {
	acts := []dict.Actor{
		entry("", "THE EUROPEAN UNION", "THE EU"),
		entry("", "THE ISLAMIC STATE", "ISIS"),
		entry("", "THE HAGUE"),
		entry("", "THE UN"),
		entry("", "UN", "UNITED NATIONS"),
		entry("", "THE FOUNDATION"),
	}
	if n := dropThe(acts); n != 3 {
		t.Errorf("dropThe added %d names, want 3", n)
	}
	tests := []namesCase{
		{0, "THE EUROPEAN UNION | THE EU | EUROPEAN UNION | EU"},
		{1, "THE ISLAMIC STATE | ISIS | ISLAMIC STATE"},
		{2, "THE HAGUE"},      // one word, not an acronym
		{3, "THE UN"},         // another entry holds "UN"
		{5, "THE FOUNDATION"}, // one word
	}
	checkNames(t, acts, tests)
}

func TestPluralNationals(t *testing.T) {
	acts := []dict.Actor{
		entry("KEN", "KENYA", "KENYAN", "NAIROBI"),
		entry("ISR", "ISRAEL", "ISRAELI"),
		entry("ISR", "ISRAELIS"),
		entry("KENGOV", "KENYAN GOVERNMENT", "RUTOAN"), // not a country's entry
		entry("USA", "AMERICAN", "AN"),                 // too short
	}
	if n := pluralNationals(acts); n != 3 {
		t.Errorf("pluralNationals added %d names, want 3", n)
	}
	tests := []namesCase{
		{0, "KENYA | KENYAN | NAIROBI | KENYANS | NAIROBIS"},
		{1, "ISRAEL | ISRAELI"}, // another entry holds ISRAELIS
		{3, "KENYAN GOVERNMENT | RUTOAN"},
		{4, "AMERICAN | AN | AMERICANS"},
	}
	checkNames(t, acts, tests)
}

func TestSplitParens(t *testing.T) {
	acts := []dict.Actor{
		entry("GONREB", "FREE PEOPLE OF GONDOR (FPG)"),
		entry("MORREB", "NATIONAL LIBERATION ARMY (MORDOR)"),
		entry("ARNREB", "NATIONAL LIBERATION ARMY (ARNOR)"),
		entry("ROHREB", "RIDERS OF ROHAN (ROR)", "ROR"),
		entry("SHIREB", "LEAGUE OF EAST TROLLS (LET)"),
	}
	if n := splitParens(acts); n != 4 {
		t.Errorf("splitParens added %d names, want 4", n)
	}
	tests := []namesCase{
		{0, "FREE PEOPLE OF GONDOR (FPG) | FREE PEOPLE OF GONDOR | FPG"},
		{1, "NATIONAL LIBERATION ARMY (MORDOR)"}, // a qualifier, not initials
		{3, "RIDERS OF ROHAN (ROR) | ROR | RIDERS OF ROHAN"},
		{4, "LEAGUE OF EAST TROLLS (LET) | LEAGUE OF EAST TROLLS"}, // "Let" is a word
	}
	checkNames(t, acts, tests)
}

func TestPeoplesPossessive(t *testing.T) {
	acts := []dict.Actor{
		{Names: []dict.Phrase{dict.ParsePhrase("FREE PEOPLES REPUBLIC OF GONDOR", false)}},
		{Names: []dict.Phrase{dict.ParsePhrase("FOUNDATION FOR THE PEOPLES OF ARNOR", false)}},
		{Names: []dict.Phrase{dict.ParsePhrase("NATIONS AND PEOPLES", false)}},
	}
	if n := peoplesPossessive(acts); n != 1 {
		t.Errorf("peoplesPossessive added %d names, want 1", n)
	}
	if got := acts[0].Names[len(acts[0].Names)-1].String(); got != "FREE PEOPLE'S REPUBLIC OF GONDOR" {
		t.Errorf("added %s", got)
	}
}

func TestDropInitial(t *testing.T) {
	acts := []dict.Actor{
		{Names: []dict.Phrase{dict.ParsePhrase("ARAGORN S. ELESSAR", false), dict.ParsePhrase("ELESSAR ADMINISTRATION", false)},
			Codes: []dict.DatedCode{{Code: "GONGOV", From: "3019-03-25"}}},
		{Names: []dict.Phrase{dict.ParsePhrase("GONDOR", false)}, Codes: []dict.DatedCode{{Code: "GON"}}},
		{Names: []dict.Phrase{dict.ParsePhrase("FARAMIR J. STEWARD", false)}, Codes: []dict.DatedCode{{Code: "GONGOV", From: "3019-01-01"}}},
		{Names: []dict.Phrase{dict.ParsePhrase("FARAMIR STEWARD", false)}, Codes: []dict.DatedCode{{Code: "ITHGOV", From: "3019-01-01"}}},
	}
	if n := dropInitial(acts); n != 1 {
		t.Errorf("dropInitial added %d names, want 1", n)
	}
	if got := acts[0].Names[len(acts[0].Names)-1].String(); got != "ARAGORN ELESSAR" {
		t.Errorf("added %s", got)
	}
}

// entry is a test entry with one undated code ("" for none) and names.
func entry(code string, names ...string) dict.Actor {
	var a dict.Actor
	if code != "" {
		a.Codes = []dict.DatedCode{{Code: code}}
	}
	for _, n := range names {
		a.Names = append(a.Names, dict.ParsePhrase(n, false))
	}
	return a
}

// namesCase is an entry's index and its names, joined by " | ", after a pass.
type namesCase struct {
	i    int
	want string
}

func checkNames(t *testing.T, acts []dict.Actor, tests []namesCase) {
	t.Helper()
	for _, tc := range tests {
		var names []string
		for _, n := range acts[tc.i].Names {
			names = append(names, n.String())
		}
		if got := strings.Join(names, " | "); got != tc.want {
			t.Errorf("entry %d: %s, want %s", tc.i, got, tc.want)
		}
	}
}

func TestDropNonAgents(t *testing.T) {
	ags := []dict.Agent{
		{Names: []dict.Phrase{dict.ParsePhrase("REPRESENTATIVES", false), dict.ParsePhrase("REPRESENTATIVESES", false)}, Code: "~LEG"},
		{Names: []dict.Phrase{dict.ParsePhrase("HOUSE OF REPRESENTATIVES", false)}, Code: "~LEG"},
		{Names: []dict.Phrase{dict.ParsePhrase("SETTLER", false), dict.ParsePhrase("SETTLEMENT", false)}, Code: "~CVL"},
		{Names: []dict.Phrase{dict.ParsePhrase("CAMPAIGNERS", false)}, Code: "~OPP"},
		{Names: []dict.Phrase{dict.ParsePhrase("REVOLT", false)}, Code: "~REB"},
	}
	got, n := dropNonAgents(ags)
	if n != 5 || len(got) != 2 {
		t.Fatalf("dropNonAgents removed %d names, left %d agents: %+v", n, len(got), got)
	}
	if got[0].Names[0].String() != "HOUSE OF REPRESENTATIVES" || len(got[1].Names) != 1 || got[1].Names[0].String() != "SETTLER" {
		t.Errorf("left %+v", got)
	}
}

func TestDropNonDiscards(t *testing.T) {
	ds := []dict.Discard{
		{Phrase: dict.ParsePhrase("EBOLA", false)},
		{Phrase: dict.ParsePhrase("CONTRACTED CHOLERA", false)},
		{Phrase: dict.ParsePhrase("BIRD FLU", false)},
		{Phrase: dict.ParsePhrase("WORLD CUP", false)},
	}
	got, n := dropNonDiscards(ds)
	if n != 2 || len(got) != 2 || got[0].Phrase.String() != "CONTRACTED CHOLERA" || got[1].Phrase.String() != "WORLD CUP" {
		t.Errorf("dropNonDiscards removed %d, left %+v", n, got)
	}
}
