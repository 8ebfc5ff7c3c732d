package code

import "testing"

// TestQuotedAs: a quoter is no party to what the one it quotes said.
func TestQuotedAs(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"quoted as saying", "The Kenyan newspaper quoted the Ugandan president as saying the border was open.", nil, []string{"KENMED/UGAGOV/010"}},
		{"quoted as telling", "The Kenyan news agency quoted Ugandan officials as telling farmers the border was open.", nil, []string{"KENMED/UGAGOV/010"}},
		{"a phrase after the name", "The Kenyan newspaper quoted Senator John Okello of Kisumu as saying the plan would hurt Uganda.", nil, []string{"KENMED/KENLEG/010"}},
		{"quoted as criticising", "The Kenyan newspaper quoted the Ugandan president as criticising Kenya.", []string{"UGAGOV/KEN/111"}, []string{"KENMED/UGAGOV/010"}},
		{"quoted as accusing", "The Kenyan news agency quoted Ugandan Foreign Minister Sam Obote as accusing Kenya of smuggling.", []string{"UGAGOV/KEN/1121"}, []string{"KENMED/UGAGOV/010"}},
		{"quoted as praising, a possessor", "The Kenyan newspaper quoted the Ugandan president's spokesman as praising Tanzania.", []string{"UGAGOV/TZA/051"}, []string{"KENMED/UGAGOV/010"}},
		{"the press quotes sources", "The Kenyan newspaper quoted Ugandan sources.", nil, []string{"KENMED/UGA/010"}},
		{"a quotation of a thing stays", "Kenya quoted Uganda's complaint in its reply.", []string{"KEN/UGA/010"}, nil},
	})
}
