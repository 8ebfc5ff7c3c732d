package code

import "testing"

// TestAgentlessBlame: "accused of" and "blamed for" with no object are
// a passive whose accuser is unnamed; the actor before them is no source
// (agentlessBlame, chprec22, issue 17).
func TestAgentlessBlame(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"appositive participle", "Ugandan investigators shared evidence with Kenya against John Okello, a trader previously accused of plotting to attack a Tanzanian newspaper.", nil, []string{"KEN/TZAMED", "UGA/TZAMED"}},
		{"headline", "Kenya accused of attacking Ugandan troops.", nil, []string{"KEN/UGAMIL"}},
		{"reduced relative", "Kenyan troops blamed for the attack on Ugandan villages were withdrawn.", nil, []string{"KENMIL/UGA"}},
		{"passive with agent", "Kenya was accused by Uganda of shelling border villages.", []string{"UGA/KEN/112"}, nil},
		{"fronted object", "Uganda is expected to face renewed pressure to abandon its fixed exchange rate, which Kenya and Tanzania have blamed for a surge in cheap Ugandan exports.", []string{"KEN/UGA/112"}, nil},
		{"active", "Kenya accused Uganda of shelling border villages.", []string{"KEN/UGA/112"}, nil},
	})
}
