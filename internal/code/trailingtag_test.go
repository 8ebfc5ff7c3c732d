package code

import "testing"

// TestTrailingAttribution: an actor after a comma followed right away by
// a speech tag is the tag's speaker, no member of a list with the
// clause's last actor.
func TestTrailingAttribution(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"officials said", "Kenya criticised Uganda, officials said.",
			[]string{"KEN/UGA/111"}, nil},
		{"police said", "Kenya criticised Uganda, police said.",
			[]string{"KEN/UGA/111"}, nil},
		{"the army said", "Kenya criticised Uganda, the army said.",
			[]string{"KEN/UGA/111"}, nil},
		{"Kenyan officials said", "Kenya criticised Uganda, Kenyan officials said.",
			[]string{"KEN/UGA/111"}, nil},
		{"the tag's own speaker, not the clause's last actor",
			"This includes a special force to assist Uganda, Ash Carter told a Senate panel Wednesday.",
			[]string{"USAELI/USAGOVLEG/010"}, []string{"UGA/USAGOVLEG/"}},
		{"a list of three still joins", "Kenya criticised Uganda, Tanzania and Rwanda.",
			[]string{"KEN/UGA/111", "KEN/TZA/111", "KEN/RWA/111"}, nil},
		{"a list as subject still joins", "Uganda, Tanzania and Rwanda criticised Kenya.",
			[]string{"UGA/KEN/111", "TZA/KEN/111", "RWA/KEN/111"}, nil},
	})
}
