package code

import "testing"

// TestWrappedAbbrev: wire copy wrapped at about 70 characters whose line
// ends with "U.S." (or a title, or any abbreviation before a lower-case
// word) goes on into the next line; an indented or blank next line, a
// firm's "Inc." before a capital, a number and a long unwrapped line end
// the sentence.
func TestWrappedAbbrev(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"U.S. before a capital", "Kenya will ask the U.S.\nAgriculture Department to buy more tea, officials said.", 1},
		{"U.S. before lower case", "Kenya urged the U.S.\ngovernment to buy more tea.", 1},
		{"a title before a name", "The plan won support from Sen.\nJohn Okello, who backed it.", 1},
		{"a firm before lower case", "The Kenyan unit of Acme Corp.\nsaid it would buy Ugandan tea.", 1},
		{"a firm before a capital ends", "Kenya sold the unit to Acme Corp.\nThe price was not given.", 2},
		{"an indented paragraph ends", "Kenya sold more tea to the U.S.\n    Uganda sold less.", 2},
		{"a blank line ends", "Kenya sold more tea to the U.S.\n\nUganda sold less.", 2},
		{"a number ends", "Kenyan tea exports rose 9.\nUganda's fell.", 2},
		{"a long unwrapped line ends", "Kenya sold more tea this year than in any year since independence, officials in Nairobi told the U.S.\nUganda sold less.", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(sentences(tc.text)); got != tc.want {
				t.Errorf("%d sentences, want %d: %q", got, tc.want, tc.text)
			}
		})
	}
}
