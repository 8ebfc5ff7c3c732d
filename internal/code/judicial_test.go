package code

import "testing"

// TestJudicialRole: prosecutors, judges and "the court" standing alone
// are the judiciary of the sentence's one country; a lawyer is no
// state's, and "the court" as a place or a modifier is no actor.
func TestJudicialRole(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-01-01", "", []tripleCase{
		{"prosecutors", "Prosecutors charged the Kenyan opposition leader with treason.",
			[]string{"KENJUD/KENOPP/17"}, nil},
		{"the court", "The court sentenced the Kenyan opposition leader to five years.",
			[]string{"KENJUD/KENOPP/172"}, nil},
		{"the judges", "The judges freed the Kenyan opposition leader.",
			[]string{"KENJUD/KENOPP/08"}, nil},
		{"a lawyer is anyone's counsel", "His lawyers accused the Kenyan government of torture.",
			nil, []string{"KENJUD"}},
		{"the court as a modifier", "The court ruling angered the Kenyan opposition leader.",
			nil, []string{"KENJUD"}},
		{"the court as a place", "The Kenyan opposition leader shouted at the court on Monday.",
			nil, []string{"KENJUD"}},
	})
}
