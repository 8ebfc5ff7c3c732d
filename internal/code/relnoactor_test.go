package code

import (
	"context"
	"strings"
	"testing"
)

// TestRelativeNoActor: the verb of a "who" clause about a noun that names
// no actor has no source (relnoactor.go); an antecedent in apposition,
// after "be", or an actor keeps its events.
func TestRelativeNoActor(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		{"wants a man who", "Kenyan voters want a man who refers to Ugandan farmers as criminals.", ""},
		{"a man who criticises", "Kenyan voters are looking for a man who criticises Uganda.", ""},
		{"saw a soldier who", "The Kenyan president saw a soldier who attacked Ugandan troops.", ""},
		{"apposition", "The Kenyan president, a man who has often criticised Uganda, met Tanzania's president.", "KENGOV/UGA/111"},
		{"after be", "The Kenyan president is a leader who criticises Uganda.", "KENGOV/UGA/111"},
		{"an actor antecedent", "Kenyan officials who criticised Uganda were sacked.", "KENGOV/UGA/111"},
		{"an actor antecedent after the verb", "The Kenyan president met the Ugandan official who criticised Tanzania.", "KENGOV/UGAGOV/040 UGAGOV/TZA/111"},
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
