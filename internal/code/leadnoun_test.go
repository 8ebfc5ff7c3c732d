package code

import "testing"

// TestLeadNoLead: an electoral lead and a person leading a party are
// no 060; leading an actor stays (leadnoun.go).
func TestLeadNoLead(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "", "", []tripleCase{
		{"led in both …: an electoral lead", "Hillary Clinton led in both Virginia and Georgia among women, the poll showed.",
			nil, []string{"/060"}},
	})
	checkTripleCases(t, c, "2000-06-01", "", []tripleCase{
		{"a person leading a party (an EU commissioner in 2000)", "Neil Kinnock led Labour between 1983 and 1992.",
			nil, []string{"IGOEUREEC/GBRGOV/060"}},
	})
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"armed actors keep the code", "Kenyan troops led Ugandan forces into Somalia.",
			[]string{"KENMIL/UGAMIL/060"}, nil},
		{"'in' and a lower-case word: unchanged", "Kenya led the African Union in condemning the coup.",
			[]string{"KEN/IGOAFRAFU/060"}, nil},
	})
}
