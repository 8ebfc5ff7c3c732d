package code

import "testing"

// TestFirmFiling: a firm's or investor's filing or disclosed holding
// told to a state's market body is no statement to it; other things told
// to it, and the body's own statements, stay.
func TestFirmFiling(t *testing.T) {
	checkTripleCases(t, testCoder(t), "1987-04-15", "", []tripleCase{
		{"an investor's holding", "A Nairobi investor told the Kenyan central bank he has acquired six pct of Acme Inc stock.", nil, []string{"KENBUS/KENGOVBUS/010"}},
		{"bankers' stake", "Kenyan bankers told the Ugandan central bank they had raised their stake in Acme Inc.", nil, []string{"KENBUS/UGAGOVBUS/010"}},
		{"another matter stays", "Kenyan tea firms told the Kenyan central bank that the border was closed.", []string{"KENBUS/KENGOVBUS/010"}, nil},
		{"the body's statement stays", "The Kenyan central bank told Kenyan bankers it would sell shares in Acme Inc.", []string{"KENGOVBUS/KENBUS/010"}, nil},
	})
}
