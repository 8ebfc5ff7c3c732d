package code

import "testing"

// TestOfficeClause: an opening clause giving the office the subject held
// when acting codes the office, not the elite (officeClause); "former"
// in it, a title of no office, or a subject not right after it leave the
// code.
func TestOfficeClause(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2016-05-10", "", []tripleCase{
		{"as a title", "As prime minister, Gordon Brown visited Iran.", []string{"GBRGOV/IRN/042"}, []string{"GBRELI/IRN/042"}},
		{"while a title", "While prime minister, Tony Blair criticised Iran.", []string{"GBRGOV/IRN/111"}, []string{"GBRELI/IRN/111"}},
		{"when he was", "When he was prime minister, Gordon Brown visited Iran.", []string{"GBRGOV/IRN/042"}, []string{"GBRELI/IRN/042"}},
		{"a pronoun after the clause", "Former Kenyan prime minister Raila Odinga spoke on Monday. When prime minister, he criticised Uganda.", []string{"KENGOV/UGA/111"}, []string{"KENELI/UGA/111"}},
		{"as a former officeholder", "As a former prime minister, Gordon Brown visited Iran.", []string{"GBRELI/IRN/042"}, nil},
		{"no clause", "Gordon Brown visited Iran.", []string{"GBRELI/IRN/042"}, nil},
	})
}
