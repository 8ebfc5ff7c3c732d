package code

import "testing"

// TestPartyBeside: a person whose title names no country takes the
// country of a party named in apposition beside the name (partyBeside),
// before the article's most-mentioned country.
func TestPartyBeside(t *testing.T) {
	c := testCoder(t)
	const lead = "Iran denied the report. Iran rejected the claims. Iran warned Israel. "
	checkTripleCases(t, c, "2016-12-01", "", []tripleCase{
		{"a party in apposition", lead + "Rep. Jane Doe, the top Democrat on the armed services panel, urged the White House to punish Iran.",
			[]string{"USALEG/USAGOV/020"}, []string{"IRNLEG/USAGOV/020"}},
		{"the surname later keeps the party's country", lead + "Rep. Jane Doe, a senior Republican, spoke on Monday. Doe called on the administration to sanction Iran.",
			[]string{"USALEG/IRN/020"}, []string{"IRNLEG/"}},
		{"a place of one country after the name and of", lead + "Rep. Ann Poe of California urged the White House to punish Iran.",
			[]string{"USALEG/USAGOV/020"}, []string{"IRNLEG/USAGOV/020"}},
		{"a party and state tag in brackets", lead + "Sen. John Roe (R-Texas) urged the White House to punish Iran.",
			[]string{"USALEG/USAGOV/020"}, []string{"IRNLEG/USAGOV/020"}},
		{"a party and state tag between commas", lead + "Rep. Ann Poe, D-Calif., urged the White House to punish Iran.",
			[]string{"USALEG/USAGOV/020"}, []string{"IRNLEG/USAGOV/020"}},
		{"a word other than a modifier before the party places nothing", lead + "Rep. Jane Doe, who criticised Democrats, urged the White House to punish Iran.",
			nil, []string{"USALEG/USAGOV/020"}},
	})
}
