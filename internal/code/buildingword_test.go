package code

import "testing"

// TestBuildingAfter: a pattern's noun followed by "building", "complex",
// "compound" or "premises" names a place, not the institution
// (buildingAfter, chprec22, issue 17).
func TestBuildingAfter(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"court building", "Kenyan police attacked the Supreme Court building in Nairobi.", []string{"KENCOP/KENJUD/190"}, []string{"KENCOP/KENJUD/111"}},
		{"helicopter, court building", "Kenyan police helicopters attacked the country's Supreme Court building and a government ministry in Nairobi on Tuesday.", []string{"KENCOP/KENGOV/195"}, []string{"/111"}},
		{"the court itself", "Kenya's president attacked the Supreme Court over its ruling.", []string{"KENGOV/KENJUD/111"}, nil},
	})
}
