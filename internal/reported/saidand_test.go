package reported_test

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestSaidAnd codes sentences written for this test with the default
// coder and its gates: a verbal act coordinated with a say-verb ("said …,
// and praised Uganda") is the speaker's own act, not what was said; the
// said clause's "not" or "would" is not its modality. A statement after
// "and noted that" stays what it is about, and an act the said clause may
// continue stays held back.
func TestSaidAnd(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want string }{
		{"The Kenyan president said the talks would continue, and praised the Ugandan president.", "KENGOV 051 UGAGOV"},
		{"The Kenyan president said the talks would not continue and criticised the Ugandan president.", "KENGOV 111 UGAGOV"},
		{"The Kenyan president said Kenya would set out new plans next week and attacked the Ugandan plans.", "KENGOV 111 UGA"},
		{"The Kenyan foreign minister said it was not possible to wait and urged the Ugandan government to act.", "KENGOV 020 UGAGOV"},
		{"The Kenyan president said the pact imposes sacrifices on Kenya and praised Uganda's willingness to accept it.", "KENGOV 051 UGA"},
		// what was said goes on: Uganda attacked, and the killing is
		// Kenya's claim (its accusation stays)
		{"The Kenyan president said Uganda attacked Tanzania and killed civilians.", "KENGOV 112 UGA"},
		// "we" in a remark set off by commas is no speaker's act on what
		// follows (quotespeaker.go), and the rest is inside the quotation
		{"\"Together with progress in talks with Tanzania and, we hope, Uganda, this should bring new loans,\" the Kenyan foreign minister wrote.", ""},
		// a statement about the ones noted, not to them
		{"The Kenyan president said the force was needed and noted that Uganda kept troops there.", ""},
	} {
		var got []string
		for _, ev := range c.Code(context.Background(), "d", tc.sent, "2024-01-01") {
			got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%q → %q, want %q", tc.sent, got, tc.want)
		}
	}
}
