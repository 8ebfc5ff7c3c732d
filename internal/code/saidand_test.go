package code

import (
	"strings"
	"testing"
)

// TestSayCoordinated: which verbs after "and" or "but" are coordinated
// with an earlier say-verb (the speaker's own act) rather than with what
// was said (saidand.go). Sentences written for this test.
func TestSayCoordinated(t *testing.T) {
	for _, tc := range []struct {
		sent, verb string
		want       bool
	}{
		{"The Kenyan president said the talks would continue , and praised Uganda .", "PRAISED", true},
		{"The Kenyan president said the talks would not continue and criticised Uganda .", "CRITICISED", true},
		{"The Kenyan president said it was not possible to wait and urged Uganda to act .", "URGED", true},
		{"The Kenyan president insisted Uganda will have a key role , and praised its handling of the crisis .", "PRAISED", true},
		{"The Kenyan president says the talks will continue , and praises Uganda .", "PRAISES", true},
		{"The Kenyan president said the talks had failed but also blamed Uganda .", "BLAMED", false},    // a perfect in what was said
		{"The Kenyan president said Uganda attacked Tanzania and killed civilians .", "KILLED", false},  // a simple past in what was said
		{"The Kenyan president said Uganda would close the border and expel traders .", "EXPEL", false}, // no past after a past say-verb
		{"The firm declared a split and praised Uganda .", "PRAISED", false},                            // no say-verb: "declared" takes a noun
		{"The software has been added to its line and praised by Uganda .", "PRAISED", false},           // a passive "added"
		{"The Kenyan president says the talks will continue and praises Uganda .", "PRAISES", false},    // a present needs the comma
		{"The Kenyan president said , and praised Uganda .", "PRAISED", false},                          // nothing said between
		{"Kenya has said its embassy in Uganda is watched and has accused Uganda of spying .", "ACCUSED", true},
		{"Kenya said its embassy in Uganda is watched and has accused Uganda of spying .", "ACCUSED", false}, // a perfect after a simple past
	} {
		up := strings.Fields(strings.ToUpper(tc.sent))
		v := -1
		for i, w := range up {
			if w == tc.verb {
				v = i
			}
		}
		say, conj := SayCoordinated(up, v)
		if got := say >= 0; got != tc.want {
			t.Errorf("%q at %s: got %v (say %d, conj %d), want %v", tc.sent, tc.verb, got, say, conj, tc.want)
		}
	}
}
