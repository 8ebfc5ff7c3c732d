package code

import "testing"

// TestExtraditedTo checks extraditedTo (cover17, issue 12): an
// extradition's target is the state the person goes to, past the person;
// with no "to" the verb keeps its own target.
func TestExtraditedTo(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a named person", "Kenya extradited radical preacher John Mwangi to Uganda.", []string{"KEN/UGA/063"}, []string{"KENREL"}},
		{"a role", "Kenya extradited a suspected rebel to Uganda.", []string{"KEN/UGA/063"}, nil},
		{"no to", "Kenya refused to extradite the Ugandan rebel leader.", []string{"KEN/UGAREB/"}, nil},
		{"another verb", "Kenya returned the stolen painting to Uganda.", []string{"KEN/UGA/084"}, nil},
	}
	for _, tc := range tests {
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
