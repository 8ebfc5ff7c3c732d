package code

import "testing"

// TestWarnedAgainstAct: a warning against an act names no one warned in
// the act's object (warnedAgainstAct, chprec22, issue 17).
func TestWarnedAgainstAct(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"against a gerund", "Kenya's president warned against scrapping the nuclear agreement with Uganda.", nil, []string{"KENGOV/UGA"}},
		{"warned someone against", "Kenya warned Uganda against sending troops to Somalia.", []string{"KEN/UGA/130"}, []string{"KEN/SOM"}},
	})
}
