package code

import "testing"

// TestCanadaCommons: the House of Commons a Canadian actor addresses is
// Canada's; a British or a third country's actor keeps Britain's.
func TestCanadaCommons(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"a Canadian minister tells the house", "Canadian Finance Minister John Okello told the House of Commons that Kenya was lying.", []string{"CANGOV/CANLEG/010"}, []string{"GBRLEG"}},
		{"a Canadian prime minister's speech", "Canadian Prime Minister Brian Mulroney told the House of Commons on Monday that the tax would go.", []string{"CANGOV/CANLEG/010"}, []string{"GBRLEG"}},
		{"a British prime minister keeps Britain's", "British Prime Minister Margaret Thatcher told the House of Commons on Monday that the tax would go.", []string{"GBRGOV/GBRLEG/010"}, nil},
		{"a third country keeps Britain's", "The Kenyan president praised the House of Commons.", []string{"KENGOV/GBRLEG/051"}, nil},
	})
}
