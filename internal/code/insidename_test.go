package code

import (
	"context"
	"testing"
)

// TestInsideName: a pattern's word inside a longer actor's name is not
// matched (sentences written for this test).
func TestInsideName(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		absent     string // "SRC/TGT/CODE" that must not be there
		want       string // "SRC/TGT/CODE" that must be there
	}{
		{"an agency named after food is no food received", "Pfizer received approval from the Food and Drug Administration to sell its drug.", "MNCUSAHLH/USAGOVHLH/073", ""},
		{"food received stays", "Kenya received food from the World Food Programme to feed refugees.", "", "KEN/IGOUNOWFP/073"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := triples(c.Code(context.Background(), "t", tc.text, "2024-01-01"))
			for _, g := range got {
				if tc.absent != "" && g == tc.absent {
					t.Errorf("got %s, want it absent: %v", g, got)
				}
			}
			if tc.want != "" {
				found := false
				for _, g := range got {
					found = found || g == tc.want
				}
				if !found {
					t.Errorf("want %s in %v", tc.want, got)
				}
			}
		})
	}
}
