package code

import "testing"

// TestPassiveQuoter: in "X was quoted by Q as criticising Y" the one
// quoted acts and the quoter never does.
func TestPassiveQuoter(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"the subject before the passive", "The Kenyan foreign minister was quoted by the Ugandan newspaper Monitor as criticising Tanzania.", []string{"KENGOV/TZA/111"}, []string{"UGAMED/"}},
		{"an unknown he: no source, not the paper", "He was quoted by the Ugandan newspaper Monitor as criticising Tanzania.", nil, []string{"UGAMED/TZA/"}},
		{"a known he", "Kenyan President Daniel arap Moi arrived in Nairobi on Monday. He was quoted by the Ugandan paper Monitor as criticising Tanzania.", []string{"KENGOV/TZA/111"}, []string{"UGAMED/"}},
		{"the active form stays", "The Ugandan newspaper Monitor quoted the Kenyan foreign minister as criticising Tanzania.", []string{"KENGOV/TZA/111"}, nil},
	})
}
