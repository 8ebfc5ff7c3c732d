package code

import "testing"

// TestDashAside: an apposition set off by dashes after a name does not
// count toward the number of words the object search reads past its
// verb (dashAside); an aside that is a clause or an infinitive, and a
// name inside an aside, gain nothing.
func TestDashAside(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2005-03-01", "", []tripleCase{
		{"a long apposition before the conjoined object", "Kenyan prosecutors allege that Mwangi - the country's biggest coffee exporter - and other Ugandan coffee firms fixed prices.",
			[]string{"KENJUD/UGABUS/11"}, nil},
		{"dashes written as two hyphens", "Kenyan prosecutors allege that Mwangi -- the country's biggest coffee exporter -- and other Ugandan coffee firms fixed prices.",
			[]string{"KENJUD/UGABUS/11"}, nil},
		{"a name inside an aside is not reached", "Kenya called on all the many countries with very large budget surpluses -- an apparent reference to Uganda -- to open up their markets.",
			nil, []string{"KEN/UGA/"}},
		{"an infinitive aside still counts", "The Kenyan court's long awaited initial order on Thursday - to temporarily block the sale - in response to the Ugandan opposition was upheld.",
			nil, []string{"KENJUD/UGAOPP/03"}},
	})
}
