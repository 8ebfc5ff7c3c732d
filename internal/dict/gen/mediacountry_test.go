package main

import (
	"testing"

	"dyad/internal/dict"
)

func TestMediaCountry(t *testing.T) {
	actor := func(name string, codes ...dict.DatedCode) dict.Actor {
		return dict.Actor{Names: []dict.Phrase{dict.ParsePhrase(name, false)}, Codes: codes}
	}
	undated := func(c string) dict.DatedCode { return dict.DatedCode{Code: c} }
	acts := []dict.Actor{
		actor("BBC", undated("MED")),
		actor("NEW YORK TIMES", undated("MED")),
		actor("AL-JAZEERA", undated("MED")),
		actor("XINHUA", undated("MED")),
		actor("REUTERS", undated("MED")),                            // left: no one home country over the years
		actor("DUBAI-BASED BROADCASTER AL-ARABIYA", undated("MED")), // left
		actor("HAARETZ", undated("ISRMED")),                         // Phoenix gives it a country already
		actor("INTERNATIONAL PRESS INSTITUTE", undated("NGOMED")),   // an NGO, not an outlet
		actor("GREG DYKE", dict.DatedCode{Code: "GBRMED", From: "2000-01-29", To: "2004-01-29"}),
	}
	if n := mediaCountry(acts); n != 4 {
		t.Errorf("mediaCountry recoded %d entries, want 4", n)
	}
	want := []string{"GBRMED", "USAMED", "QATMED", "CHNMED", "MED", "MED", "ISRMED", "NGOMED", "GBRMED"}
	for i, w := range want {
		if c := acts[i].CodeAt("2003-06-01"); c != w {
			t.Errorf("%s: %q, want %q", acts[i].Names[0], c, w)
		}
	}
}
