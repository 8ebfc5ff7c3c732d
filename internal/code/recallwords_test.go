package code

import (
	"context"
	"strings"
	"testing"
)

// TestRecallWords: words that made a clear event uncodable (cover18,
// issue 12): a country's adjective or people's name Phoenix lacks
// (gen/demonyms.go). want "" means no event.
func TestRecallWords(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"Swedish", "Swedish officials criticised Kenya.", "SWEGOV/KEN/111"},
		{"Swedes", "Kenya deported 30 Swedes.", "KEN/SWE/174"},
		{"Kazakh workers", "Kazakh oil workers criticised Kenya.", "KAZLAB/KEN/111"},
		{"Nepali", "Nepali troops attacked Indian rebels.", "NPLMIL/INDREB/190"},
		{"Slovenian", "The Slovenian government praised Croatia.", "SVNGOV/HRV/051"},
		{"Azeri", "Azeri troops shelled Armenian villages.", "AZEMIL/ARMCVL/190"},
		{"Icelandic", "The Icelandic foreign minister criticised Britain.", "ISLGOV/GBR/111"},
		{"Maldivian", "The Maldivian president criticised India.", "MDVGOV/IND/111"},
		{"Djiboutian", "The Djiboutian government accused Eritrea of aggression.", "DJIGOV/ERI/1123"},
		{"a common word stays none", "Kenya criticised the swede harvest.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := triples(c.Code(context.Background(), "t", tc.text, "2015-01-01"))
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("want no events, got %v", got)
				}
				return
			}
			if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+tc.want+" ") {
				t.Errorf("want %s among %v", tc.want, got)
			}
		})
	}
}
