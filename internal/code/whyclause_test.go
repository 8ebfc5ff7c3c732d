package code

import "testing"

// TestIndirectQuestionSubject: an indirect question (why, how, where)
// has its own named subject.
func TestIndirectQuestionSubject(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"why", "Kenya knows why Uganda attacked Tanzania.", []string{"UGA/TZA/190"}, []string{"KEN/TZA/190"}},
		{"why the", "Kenya understood why the Ugandan army attacked Tanzania.", []string{"UGAMIL/TZA/190"}, []string{"KEN/TZA/"}},
		{"how", "Kenya explained how Uganda helped Tanzania.", []string{"UGA/TZA/070"}, []string{"KEN/TZA/"}},
		{"where", "Kenya showed where Ugandan troops attacked Tanzania.", []string{"UGAMIL/TZA/190"}, []string{"KEN/TZA/"}},
		{"how to, no subject of its own", "Kenya said it knew how to help Uganda.", []string{"KEN/UGA/070"}, nil},
	})
}
