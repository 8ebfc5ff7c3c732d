package code

import "testing"

// TestInitialismContinues checks initialismContinues (cover17, issue 12):
// a dotted initialism followed by a digit ends no sentence; followed by a
// capital it may, and a plain word's dot does.
func TestInitialismContinues(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		n          int      // sentences
		want, not  []string // events
	}{
		{"A.D. and a number", "Kenya returned skulls that date back to A.D. 640-890 to Uganda.", 1, []string{"KEN/UGA/084"}, nil},
		{"B.C. and a number", "The tablet dates from B.C. 300 and Kenya gave it to Uganda.", 1, nil, nil},
		{"D.C. and a capital", "Kenyan envoys met officials in Washington D.C. The talks ended.", 2, nil, nil},
		{"a word's dot", "Kenya met Uganda. 2010 was a good year.", 2, nil, nil},
	}
	for _, tc := range tests {
		if got := sentences(tc.text); len(got) != tc.n {
			t.Errorf("%s: %d sentences %v, want %d", tc.name, len(got), got, tc.n)
		}
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
