package code

import "testing"

// TestOneOfGroup checks oneOfGroup (cover16, issue 12): a singular group
// role after "a"/"an" and an age is one person of the group, placed by
// the sentence's one country; without the age it stays a noun.
func TestOneOfGroup(t *testing.T) {
	c := testCoder(t)
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an inmate with an age", "Kenyan police tortured a 35-year-old inmate.", []string{"KENCOP/KENCVL/1822"}, nil},
		{"a protester with an age", "Kenyan police arrested an 18-year-old protester.", []string{"KENCOP/KENOPP/"}, nil},
		// no age: a singular role alone is not placed
		{"no age", "Kenyan police tortured an inmate.", nil, []string{"KENCVL"}},
		// after a comma: a clause of its own or an apposition
		{"after a comma", "The Kenyan president spoke to supporters in Nairobi, a 15-year-old inmate was beaten by a bystander, police said.", nil, []string{"KENCVL"}},
		// two countries: whose inmate, the sentence does not say
		{"two countries", "Kenyan police tortured a 35-year-old inmate from Uganda.", nil, []string{"KENCVL"}},
	}
	for _, tc := range tests {
		checkTriples(t, c, tc.name, tc.text, "2010-01-01", "", tc.want, tc.not)
	}
}
