package code

import "testing"

// TestFalseReported: no event from what a denied or false report tells,
// nor from what was not seen or found (falseReported); the denial, the
// accusation and a report not called false stay.
func TestFalseReported(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2016-05-01", "", []tripleCase{
		{"a dismissed report without that", "Kenya has dismissed reports it attacked Uganda.", nil, []string{"KEN/UGA/190"}},
		{"dismissed as false", "Kenya dismissed as false reports that its troops attacked Uganda.", nil, []string{"KEN/UGA/190"}},
		{"reports that were untrue", "Reports that Kenya attacked Uganda were untrue.", nil, []string{"KEN/UGA/190"}},
		{"a false story", "Kenya spread a false story that Uganda attacked Tanzania.", nil, []string{"UGA/TZA/190"}},
		{"a statement in a dismissed report", "The Kenyan president has dismissed reports he told the Ugandan president he would quit.", nil, []string{"KENGOV/UGAGOV/010"}},
		{"an agreement in rejected suggestions", "Kenya rejected suggestions Uganda and Tanzania agree a freeze on tariffs.", []string{"KEN/UGA/120"}, []string{"UGA/TZA/050", "TZA/UGA/050"}},
		{"no evidence that", "Kenyan police found no evidence that Ugandan rebels attacked Tanzania.", nil, []string{"UGAREB/TZA/190"}},
		{"evidence found", "Kenyan police said Ugandan rebels attacked Tanzania.", []string{"UGAREB/TZA/190"}, nil},
		{"falsely claimed", "Kenya falsely claimed that Uganda attacked Tanzania.", nil, []string{"UGA/TZA/190"}},
		// kept for the modality gate, which codes the denial 016 (not in testCoder)
		{"the denied act stays for the gate", "Kenya denied reports it attacked Uganda.", []string{"KEN/UGA/190"}, nil},
		{"a statement in a denied report", "The Kenyan president denied reports he told the Ugandan president he would quit.", nil, []string{"KENGOV/UGAGOV/010"}},
		{"a false accusation is still one", "Kenya falsely accused Uganda of attacking Tanzania.", []string{"KEN/UGA/112"}, nil},
		{"a report not called false", "Reports said Kenyan troops attacked Uganda on Monday.", []string{"KENMIL/UGA/190"}, nil},
		{"a second act after the denial", "Kenya rejected the claims and attacked Uganda on Monday.", []string{"KEN/UGA/190"}, nil},
	})
}
