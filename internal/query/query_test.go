package query

import (
	"errors"
	"net/url"
	"testing"
)

func TestEvents(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"empty", "", true},
		{"all", "from=2021-01-01&to=2021-12-31&actor=chn&dyad=CHN-RUS&root=3&quad=1&story=s1&doc=d1&group=state&q=meet&limit=10&after=e1", true},
		{"bad date", "from=2021-13-01", false},
		{"from after to", "from=2022-01-01&to=2021-01-01", false},
		{"dyad without dash", "dyad=CHNRUS", false},
		{"dyad with junk", "dyad=CHN-R%20S", false},
		{"root 21", "root=21", false},
		{"quad 5", "quad=5", false},
		{"negative limit", "limit=-1", false},
		{"huge limit", "limit=99999999", false},
		{"unknown parameter", "colour=red", false},
		{"repeated parameter", "root=01&root=02", false},
		{"bad group", "group=friendly", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := url.ParseQuery(tc.in)
			f, err := Events(v)
			if (err == nil) != tc.ok {
				t.Fatalf("Events(%q) = %+v, %v", tc.in, f, err)
			}
			if err != nil && !errors.Is(err, ErrBadParam) {
				t.Errorf("error %v does not wrap ErrBadParam", err)
			}
			if tc.name == "all" && (f.Root != "03" || f.Actor != "CHN" || f.DyadA != "CHN" || f.DyadB != "RUS" || f.Limit != 10) {
				t.Errorf("parsed %+v", f)
			}
		})
	}
}

func TestSeries(t *testing.T) {
	for in, ok := range map[string]bool{"dyad=CHN-RUS": true, "dyad=CHN-RUS&by=week&split=group": true, "": false,
		"dyad=CHN-RUS&by=year": true, "dyad=CHN-RUS&by=decade": false, "dyad=CHN-RUS&split=x": false,
		"actor=CHN&direction=ab&fill=1&quad=4&root=19": true, "actor=CHN&dyad=CHN-RUS": false, "dyad=CHN-RUS&direction=up": false,
		"dyad=CHN-RUS&fill=yes": false, "dyad=CHN-RUS,CHN-USA": false} {
		v, _ := url.ParseQuery(in)
		if _, err := Series(v); (err == nil) != ok {
			t.Errorf("Series(%q): %v", in, err)
		}
	}
	v, _ := url.ParseQuery("dyad=CHN-RUS,chn-usa&by=year&fill=1")
	qs, err := SeriesList(v)
	if err != nil || len(qs) != 2 || qs[1].DyadB != "USA" || !qs[1].Fill || qs[1].By != "year" {
		t.Errorf("SeriesList: %+v, %v", qs, err)
	}
}

func FuzzEvents(f *testing.F) {
	f.Add("dyad=CHN-RUS&from=2021-01-01&limit=5")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := url.ParseQuery(s)
		if err != nil {
			return
		}
		Events(v)
		Quotes(v)
		Series(v)
		Docs(v)
		Stories(v)
	})
}
