package code

import "testing"

// TestReligionThing: a faith's adjective before a holiday, festival,
// law or the like names a thing, no actor; before people it stays one.
func TestReligionThing(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2016-01-01", "", []tripleCase{
		{"a holiday in a title", "Ugandan President Yoweri Museveni Recognizes Major Islamic Holiday. Museveni spoke in Kampala.",
			nil, []string{"UGAGOV/UGAMUS/"}},
		{"a country's holiday", "Kenya praised Uganda's Islamic holiday.",
			nil, []string{"KEN/UGAMUS/"}},
		{"a country's faith leaders stay", "Kenya praised Uganda's Islamic leaders.",
			[]string{"KEN/UGAMUS/051"}, nil},
		{"leaders in a title stay", "Ugandan President Yoweri Museveni Meets Islamic Leaders. Museveni spoke in Kampala.",
			[]string{"UGAGOV/UGAMUS/040"}, nil},
	})
}
