package code

import "testing"

// TestPronounThey: a "they" opening a sentence right after one whose
// subject was one plural actor stands for it; not when the sentence
// before named a second group, nor inside a quotation, nor when "they"
// does not open its sentence; an object "them" in the next sentence
// stands for it too when nothing before it there names many.
func TestPronounThey(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-01", "", []tripleCase{
		{"rebels then they", "The Ugandan rebels crossed the border. They attacked a Kenyan village.", []string{"UGAREB/KEN"}, nil},
		{"MPs then but they", "Kenyan MPs met in Nairobi on Monday. But they criticised the Ugandan government.", []string{"KENLEG/UGAGOV/111"}, nil},
		{"police then they", "The Kenyan police closed the road. They accused Uganda of smuggling arms.", []string{"KENCOP/UGA/112"}, nil},
		{"a chain of they", "Ugandan troops crossed the border at dawn. They stayed for a day. They then attacked a Kenyan village.", []string{"UGAMIL/KEN"}, nil},
		{"two groups before", "Kenyan MPs met Ugandan officials on Monday. They criticised the Ugandan government.", nil, []string{"/UGAGOV/111"}},
		{"inside a quotation", "Kenyan police said: \"Ugandan rebels crossed the border. They attacked a Kenyan village.\"", nil, []string{"UGAREB/KEN"}},
		{"a person before", "Kenyan President Mwai Kibaki arrived in Kampala. They criticised Uganda.", nil, []string{"/UGA/111"}},
		{"them after the group", "Ugandan rebels crossed the border. Kenya condemned them.", []string{"KEN/UGAREB/111"}, nil},
		{"them after other plurals", "Ugandan rebels crossed the border. Kenyan police arrested 20 men and questioned them.", nil, []string{"/UGAREB/"}},
		{"them after a quotation", "Ugandan rebels crossed the border. Kenya said: \"We condemn them.\"", nil, []string{"/UGAREB/"}},
		{"plural speakers before", "Ugandan rebels crossed the border, local sources said. They criticised Kenya.", nil, []string{"UGAREB/KEN/111"}},
		{"two sentences back", "Ugandan rebels crossed the border. The weather was bad. They attacked a Kenyan village.", nil, []string{"UGAREB/KEN"}},
	})
}
