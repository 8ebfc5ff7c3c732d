package code

import (
	"strings"
	"testing"

	"dyad/internal/dict"
)

func TestDropCommaClauses(t *testing.T) {
	def := dict.TabariOptions().Comma
	wide := dict.Comma{On: true, Min: 4, Max: 6, EMin: 3, EMax: 6, BMin: 3, BMax: 8}
	tests := []struct {
		name string
		c    dict.Comma
		in   string
		want string
	}{
		{"no comma", def, "Alpha met Beta in the capital.", "ALPHA MET BETA IN THE CAPITAL ."},
		{"internal clause", def, "Alpha, the old kingdom, met Beta.", "ALPHA , MET BETA ."},
		{"internal clause too long", def, "Alpha, one two three four five six seven eight nine ten eleven, met Beta.",
			"ALPHA , ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN , MET BETA ."},
		{"internal clause too short", def, "Alpha, thus, met Beta.", "ALPHA , THUS , MET BETA ."},
		{"terminal clause", def, "Alpha met Beta, an official said.", "ALPHA MET BETA ."},
		{"initial clause kept, lone comma opens the terminal one", def, "In the north, Alpha met Beta.", "IN THE NORTH ."},
		{"third comma opens the terminal clause", def, "Alpha, the old kingdom, met Beta in the capital, an official said.", "ALPHA , MET BETA IN THE CAPITAL ."},
		{"closing comma opens nothing", def, "Alpha, the old kingdom, met Beta, an envoy said, on Friday.", "ALPHA , MET BETA , ON FRIDAY ."},
		{"initial clause deleted", wide, "In the far north, Alpha met Beta again today in the hall.", ", ALPHA MET BETA AGAIN TODAY IN THE HALL ."},
		{"initial and terminal, wide bounds", wide, "In the far north, Alpha met Beta, a senior official said.", ", ALPHA MET BETA , A SENIOR OFFICIAL SAID ."},
		{"possessive not a word", def, "Alpha met Beta, Gamma's envoy said.", "ALPHA MET BETA ."},
	}
	// commas of an actor list delimit nothing
	list := func(i int) bool { return i == 1 || i == 4 }
	tests = append(tests, struct {
		name string
		c    dict.Comma
		in   string
		want string
	}{"list commas skipped", def, "Alpha, the Beta, and Gamma met Delta in the hall, an envoy said.", "ALPHA , THE BETA , AND GAMMA MET DELTA IN THE HALL ."})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var skip func(int) bool
			if tc.name == "list commas skipped" {
				skip = list
			}
			toks := dropCommaClauses(tokenize(tc.in, nil), tc.c, skip)
			words := make([]string, len(toks))
			for i, tk := range toks {
				words[i] = tk.up
			}
			if got := strings.Join(words, " "); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
