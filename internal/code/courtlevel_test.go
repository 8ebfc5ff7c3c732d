package code

import "testing"

// TestCourtLevels: a court named by its level in lower case ("the appeal
// court", "the crown court") is the judiciary (dyad-agents in
// internal/dict/gen/main.go); it was no actor.
func TestCourtLevels(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"the appeal court", "Kenya criticised the appeal court.", []string{"KEN/KENJUD/111"}, nil},
		{"the crown court", "Kenya criticised the crown court.", []string{"KEN/KENJUD/111"}, nil},
		{"a court with its country: unchanged", "The Kenyan crown court jailed two Ugandan smugglers.", []string{"KENJUD/UGACRM/173"}, nil},
	})
}
