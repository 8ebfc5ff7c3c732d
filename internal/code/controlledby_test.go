package code

import "testing"

// TestHeldState: "controlled by", "owned by" is who holds what, no 060;
// the active verb stays (controlledby.go).
func TestHeldState(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "", "", []tripleCase{
		{"a firm controlled by another", "A dispute between the Kenyan State and water firm Maji Kenya, controlled by France's Suez, is growing.",
			nil, []string{"FRA/KEN/060"}},
	})
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"the active verb stays", "Kenyan troops controlled the Ugandan border.",
			[]string{"KENMIL/UGA/060"}, nil},
	})
}
