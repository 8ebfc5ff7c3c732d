package code

import "testing"

// TestEntryBody: "he", "she" and "him" never stand for a body an entry or
// a name codes, whatever its country (entrybody.go) (pron19).
func TestEntryBody(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2006-05-01", "", []tripleCase{
		{"she is no association a role word names", "Kenya criticised the Uganda Manufacturers Association on Monday. She urged Tanzania to release the pilots.",
			nil, []string{"UGABUS/TZA/02"}},
		{"he is no central bank of a country", "Kenya criticised the Federal Reserve on Monday. He urged Tanzania to release the pilots.",
			nil, []string{"USAGOVBUS/TZA/02"}},
		{"he is no company", "Kenya criticised General Electric on Monday. He urged Tanzania to release the pilots.",
			nil, []string{"MNCUSA/TZA/02"}},
		{"him is no ministry", "Kenya criticised the U.S. Treasury on Monday. Tanzania praised him for the talks.",
			nil, []string{"TZA/USAGOV/05"}},
		{"he is the president named before", "Kenyan President Mwai Kibaki criticised Uganda on Monday. He urged Tanzania to release the pilots.",
			[]string{"KENGOV/TZA/02"}, nil},
		{"he is the officer of a body", "IMF Managing Director Michel Camdessus criticised Kenya on Monday. He urged Tanzania to release the pilots.",
			[]string{"IGOBUSIMF/TZA/02"}, nil},
		{"he is the minister a title names", "Ugandan Finance Minister Ezra Suruma criticised Kenya on Monday. He urged Tanzania to release the pilots.",
			[]string{"UGAGOV/TZA/02"}, nil},
		{"he is the chairman of an association named after a role word", "\"The talks will fail,\" said John Otieno, Chairman of the Uganda Manufacturers Association. He accused Tanzania of lying.",
			[]string{"UGABUS/TZA/11"}, nil},
	})
}
