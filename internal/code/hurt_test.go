package code

import "testing"

// TestFigurativeHurt: "hurt" between unarmed actors with no weapon,
// wound or death in the sentence is no assault (figurativeHurt); armed
// actors or wounds keep it.
func TestFigurativeHurt(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2016-05-01", "", []tripleCase{
		{"an economy hurt", "Kenya hurt Uganda's economy.", nil, []string{"KEN/UGA/180"}},
		{"policies hurt a country", "Kenya's policies have hurt Uganda.", nil, []string{"KEN/UGA/180"}},
		{"a stance hurt a leader", "Kenya's skepticism on trade has severely hurt the Ugandan president with young voters.", nil, []string{"KEN/UGAGOV/185", "KEN/UGAGOV/180"}},
		{"troops hurt civilians", "Kenyan troops hurt three Ugandan civilians.", []string{"KENMIL/UGACVL/180"}, nil},
		{"wounds named", "Kenyan protesters hurt two Ugandan officials, leaving them with serious injuries.", []string{"KENOPP/UGAGOV/180"}, nil},
	})
}
