package code

import "testing"

// TestRequireVerb checks the DYAD_REQUIRE block of verbs.dyad
// (devrecall21, issue 12): requiring people to register is an
// administrative restriction (172; "would require" it a threat, 13),
// requiring anything else of an actor a demand (100), bare "require" no
// event. Kept apart from verbs_test.go, which is at its size limit.
func TestRequireVerb(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text, date string
		want             string // SRC/TGT/CODE that must be among the events; "" none at all
	}{
		{"require to register", "Kenya required Ugandans in Kenya to register with the police.", "2010-01-01", "KEN/UGA/172"},
		// the coder codes 172; the pipeline's modality gate makes the
		// future "would" a threat, 137 (dyad code shows KEN 137 UGA)
		{"would require to register", "Kenya said it would require Ugandans in Kenya to register with the police.", "2010-01-01", "KEN/UGA/172"},
		{"require to act", "Kenya required Uganda to withdraw its troops.", "2010-01-01", "KEN/UGA/100"},
		{"require a thing", "The Kenyan plan requires approval.", "2010-01-01", ""},
		{"passive required to register", "Kenyan troops were required to register with the police.", "2010-01-01", ""},
		// a scare-quoted adverb between subject and verb does not end
		// the clause (quotedAdverb); a quoted word that is no adverb does
		{"quoted adverb before the verb", `Kenya would "absolutely" require Ugandans in Kenya to register with the police.`, "2010-01-01", "KEN/UGA/172"},
		{"quoted adverb, past", `Kenya "strongly" condemned Uganda.`, "2010-01-01", "KEN/UGA/111"},
		{"quoted noun before the verb", `Kenya said "never" and Uganda "refused" to register.`, "2010-01-01", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, tc.date, tc.want)
		})
	}
}
