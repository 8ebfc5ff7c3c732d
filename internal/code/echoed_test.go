package code

import "testing"

// TestEchoedAct: echoing or repeating someone is no criticism; an
// echoed criticism stays, a repeated threat is 130, mocking stays 111
// (echoed.go).
func TestEchoedAct(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2010-01-01", "", []tripleCase{
		{"echoing someone", "The Kenyan president, echoing Uganda, urged calm.", nil, []string{"KENGOV/UGA/111"}},
		{"repeated an invitation", "Kenya repeated an invitation to Uganda to join the talks.", nil, []string{"KEN/UGA/111"}},
		{"a repeated threat", "Kenya repeated its threat of sanctions against Uganda.", []string{"KEN/UGA/130"}, []string{"KEN/UGA/111"}},
		{"an echoed criticism stays", "Kenya echoed criticism of Uganda.", []string{"KEN/UGA/111"}, nil},
		{"mocking stays", "Kenya mocked Uganda.", []string{"KEN/UGA/111"}, nil},
	})
}
