package code

import "testing"

// TestSayingSubject: what a speech participle after a comma reports is
// a clause of its own, and its "he" is the main clause's subject
// (reportingParticiple, participleSpeaker; chprec22, issue 17).
func TestSayingSubject(t *testing.T) {
	c := testCoder(t)
	checkTripleCases(t, c, "2010-01-01", "", []tripleCase{
		{"saying he, object's clause between", "Uganda's opposition leader rejected the announcement that President Yoweri Museveni was the winner, saying he would file a fraud complaint to the Constitutional Court.",
			[]string{"UGAOPP/UGAGOV/120", "UGAOPP/UGAJUD/114"}, []string{"UGAGOV/UGAJUD"}},
		{"saying he, progressive", "Uganda's opposition leader on Friday rejected the announcement that President Yoweri Museveni was the winner of the runoff, saying he would be filing a fraud complaint to the Constitutional Court.",
			[]string{"UGAOPP/UGAJUD/114"}, []string{"UGAGOV/UGAJUD"}},
		{"said, no participle", "Uganda's opposition leader said President Yoweri Museveni would file a complaint to the Constitutional Court.",
			nil, []string{"UGAOPP/UGAJUD"}},
	})
}
