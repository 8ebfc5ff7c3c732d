package code

import "testing"

// TestActThis checks actThis (recall22, issue 12): "this" or "that"
// closing a clause of rejection, disapproval or support after ", but"
// stands for the act of the clause before, whose opening actor is the
// target.
func TestActThis(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             string // SRC/TGT/CODE that must be among the events; "" none at all
	}{
		{"rejected this", "Kenya had proposed a ceasefire, but Uganda has rejected this.", "2010-01-01", "UGA/KEN/120"},
		{"rejected that", "Kenya proposed talks, but Uganda rejected that.", "2010-01-01", "UGA/KEN/120"},
		{"welcomed this", "Kenya had proposed a ceasefire, but Uganda has welcomed this.", "2010-01-01", "UGA/KEN/051"},
		{"over-ruled this", "Kenyan ministers proposed a tax, but Ugandan MPs have over-ruled this.", "2010-01-01", "UGALEG/KENGOV/120"},
		// "that idea": a noun after "that" is the object, not the act
		{"that and a noun", "Kenya proposed a ceasefire, but Uganda rejected that idea.", "2010-01-01", ""},
		// no ", but": no clause before to take the act from
		{"no but", "Uganda rejected this.", "2010-01-01", ""},
		// the first actor inside an apposition is no plain subject
		{"apposition", "Kenya, a neighbour, proposed a ceasefire, but Uganda rejected this.", "2010-01-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, tc.date, tc.want)
		})
	}
}
