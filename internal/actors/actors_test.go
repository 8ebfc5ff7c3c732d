package actors

import (
	"strings"
	"testing"
)

func TestData(t *testing.T) {
	once.Do(load)
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	if len(all) < 80 {
		t.Errorf("only %d terms", len(all))
	}
	// One person at a time in a single-holder office of a country.
	single := map[string]bool{"head of state": true, "head of government": true, "foreign minister": true}
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.Country != b.Country || a.Role != b.Role || !single[a.Role] || a.Name == b.Name {
				continue
			}
			aTo, bTo := a.To, b.To
			if aTo == "" {
				aTo = "9999"
			}
			if bTo == "" {
				bTo = "9999"
			}
			if a.From < bTo && b.From < aTo {
				t.Errorf("%s %s: %s (%s–%s) overlaps %s (%s–%s)", a.Country, a.Role, a.Name, a.From, a.To, b.Name, b.From, b.To)
			}
		}
	}
}

func TestAsOf(t *testing.T) {
	in := map[string]string{}
	for _, o := range AsOf("2021-12-15") {
		in[o.Name] = o.Code
	}
	for name, code := range map[string]string{"Xi Jinping": "CHNGOV", "Vladimir Putin": "RUSGOV", "Zhao Lijian": "CHNGOV", "Wang Wenbin": "CHNGOV", "Joe Biden": "USAGOV"} {
		if in[name] != code {
			t.Errorf("%s on 2021-12-15: %q, want %s", name, in[name], code)
		}
	}
	if _, ok := in["Donald Trump"]; ok {
		t.Error("Trump in office on 2021-12-15")
	}
}

func TestInstitutions(t *testing.T) {
	rows := Institutions()
	if len(rows) < 50 {
		t.Errorf("only %d institutions", len(rows))
	}
	seen := map[string]string{}
	for _, r := range rows {
		if !strings.HasPrefix(r.Code, r.Country) {
			t.Errorf("%s: code %s is not of country %s", r.Name, r.Code, r.Country)
		}
		for _, n := range append([]string{r.Name}, r.Aliases...) {
			k := strings.ToUpper(n)
			if other, ok := seen[k]; ok && other != r.Name {
				t.Errorf("%q names both %s and %s", n, other, r.Name)
			}
			seen[k] = r.Name
		}
	}
}

func TestOrganisations(t *testing.T) {
	rows := Organisations()
	if len(rows) < 50 {
		t.Errorf("only %d organisations", len(rows))
	}
	for _, r := range rows {
		if !strings.HasPrefix(r.Code, r.Country) {
			t.Errorf("%s: code %s is not of %s", r.Name, r.Code, r.Country)
		}
	}
}

// TestUSPolitics: uspolitics.tsv parses, is all USA, and its one-holder
// offices (a state's governor, a cabinet post, a chair) have one holder
// at a time; a person's rows do not overlap, but for a party chair held
// with an office (a governor or a member who chairs the DNC).
func TestUSPolitics(t *testing.T) {
	us := USPolitics()
	if len(us) < 300 {
		t.Errorf("only %d rows", len(us))
	}
	single := func(r string) bool {
		return strings.HasPrefix(r, "governor (") || strings.HasPrefix(r, "secretary of") || r == "attorney general" ||
			r == "national security adviser" || r == "White House chief of staff" || r == "White House press secretary" ||
			r == "FBI director" || r == "CIA director" || r == "director of national intelligence" ||
			r == "speaker of the House" || r == "RNC chair" || strings.HasPrefix(r, "DNC chair")
	}
	to := func(s string) string {
		if s == "" {
			return "9999"
		}
		return s
	}
	for i, a := range us {
		if a.Country != "USA" || !strings.HasPrefix(a.Code, "USA") || a.From == "" {
			t.Errorf("%s: %s %s from %q", a.Name, a.Country, a.Code, a.From)
		}
		for _, b := range us[i+1:] {
			same := a.Name == b.Name && !strings.Contains(a.Role+b.Role, "NC chair")
			if !same && (a.Role != b.Role || !single(a.Role)) {
				continue
			}
			if a.From < to(b.To) && b.From < to(a.To) {
				t.Errorf("%s %s (%s–%s) overlaps %s %s (%s–%s)", a.Name, a.Role, a.From, a.To, b.Name, b.Role, b.From, b.To)
			}
		}
	}
}
