package code

import (
	"context"
	"strings"
	"testing"
)

// TestInfinitiveConjunct: a bare verb after "and" that continues an
// infinitive (asked for, agreed to, planned) is no act of the clause's
// subject (infconj.go; issue 17); the events must be exactly these.
func TestInfinitiveConjunct(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"urged to stop and withdraw", "Kenya urged Uganda to stop the attacks and withdraw its troops from Somalia.", "KEN/UGA/020"},
		{"called on to end and release", "The Kenyan president called on Uganda to end the blockade and release the Somali prisoners.", "KENGOV/UGA/0253"},
		{"asked to stop and expel", "Kenya asked Uganda to stop funding the rebels and expel their leaders to Somalia.", "KEN/UGA/020"},
		// unchanged: the verb after "and" is the subject's own, past
		{"urged and withdrew", "Kenya urged Uganda to stop the attacks and withdrew its ambassador from Somalia.", "KEN/UGA/020 KEN/SOM/161"},
		{"criticised and accused", "Kenya criticised Uganda and accused Somalia of backing the rebels.", "KEN/UGA/111 KEN/SOM/112"},
		{"used to track and bomb", "The Kenyan army used drones to track the rebels and bomb their camps in Somalia.", "KENMIL/SOM/090 KENMIL/SOM/195"},
		{"agreed to lift and release", "Kenya agreed to lift the ban and release the Ugandan prisoners.", "KEN/UGACVL/035"},
		{"met to discuss, and signed", "The Kenyan president met Ugandan President Yoweri Museveni to discuss trade and signed an agreement with Somalia.", "KENGOV/UGAGOV/040 KENGOV/SOM/057 SOM/KENGOV/057"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2016-09-10")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
