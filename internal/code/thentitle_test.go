package code

import "testing"

// TestThenTitle: a person named after a title "then" opens holds that
// office in the act (thenTitle); "former" and a bare name stay elites.
func TestThenTitle(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-03-04", "", []tripleCase{
		{"then- glued to the title", "Then-president Anwar Sadat criticised Israel in 1977.", []string{"EGYGOV/ISR/111"}, []string{"EGYELI/ISR/111"}},
		{"a bare name stays an elite", "Anwar Sadat criticised Israel.", []string{"EGYELI/ISR/111"}, nil},
	})
	checkTripleCases(t, testCoder(t), "2016-03-04", "", []tripleCase{
		{"then and a title", "Then president Hosni Mubarak criticised Israel.", []string{"EGYGOV/ISR/111"}, []string{"EGYELI/ISR/111"}},
		{"former stays an elite", "Former president Hosni Mubarak criticised Israel.", []string{"EGYELI/ISR/111"}, nil},
		{"a title of several words", "Then-Secretary of State Hillary Clinton criticised Iran.", []string{"USAGOV/IRN/111"}, []string{"USAELI/IRN/111"}},
	})
}
