package code

import "testing"

// TestQuotedAs: a quoter is no party to what the one it quotes said.
func TestQuotedAs(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"quoted as saying", "The Kenyan newspaper quoted the Ugandan president as saying the border was open.", nil, []string{"KENMED/UGAGOV/010"}},
		{"quoted as telling", "The Kenyan news agency quoted Ugandan officials as telling farmers the border was open.", nil, []string{"KENMED/UGAGOV/010"}},
		{"a quotation of a thing stays", "Kenya quoted Uganda's complaint in its reply.", []string{"KEN/UGA/010"}, nil},
	})
}
