package code

import (
	"context"
	"testing"
)

// A surname after a title of one sex stands for the person of that sex
// the article named in full with it, not the first of the surname.
func TestSameNameBySex(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"Mrs after both named", "Bill Clinton spoke in Iowa. Hillary Clinton praised Sanders. Mrs. Clinton criticised Iran.", "Hillary Clinton"},
		{"Mr after both named", "Hillary Clinton spoke in Iowa. Bill Clinton praised Sanders. Mr. Clinton criticised Iran.", "Bill Clinton"},
		{"Ms without a dot", "Bill Clinton spoke in Iowa. Hillary Clinton praised Sanders. Ms Clinton criticised Iran.", "Hillary Clinton"},
		// the first named keeps the bare surname and a title of its own sex
		{"bare surname", "Hillary Clinton spoke in Iowa. Bill Clinton praised Sanders. Clinton criticised Iran.", "Hillary Clinton"},
		{"title of the first's sex", "Hillary Clinton spoke in Iowa. Bill Clinton praised Sanders. Mrs. Clinton criticised Iran.", "Hillary Clinton"},
		// one person of the surname: the title changes nothing
		{"one person", "Bill Clinton spoke in Iowa. Mr. Clinton criticised Iran.", "Bill Clinton"},
		// none of the title's sex named: the dictionaries' one person of
		// that surname, country and sex
		{"Mrs after only Bill named", "Bill Clinton spoke in Iowa. Mrs. Clinton criticised Iran.", "Hillary Clinton"},
		{"Mr after only Hillary named", "Hillary Clinton spoke in Iowa. Mr. Clinton criticised Iran.", "Bill Clinton"},
		// no person of the title's sex anywhere: no actor, not the husband
		{"wife of the one named", "Michael Howard spoke in London. Mrs Howard criticised Iran.", ""},
		{"the one named", "Michael Howard spoke in London. Mr Howard criticised Iran.", "Michael Howard"},
	}
	for _, tc := range tests {
		got := ""
		for _, e := range c.Code(context.Background(), "t", tc.text, "2016-03-01") {
			if e.Target.Code == "IRN" {
				got = e.Source.Name
			}
		}
		if got != tc.want {
			t.Errorf("%s: source %q, want %q", tc.name, got, tc.want)
		}
	}
}
