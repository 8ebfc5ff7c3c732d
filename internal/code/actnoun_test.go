package code

import "testing"

// TestActNoun: an act named as a noun after a verb that announces,
// orders, approves, starts, completes or makes it is coded as the act,
// the noun read as its verb; the announcing verb's subject is the
// source. A noun of no act, a plan for the act, and a pattern of the
// verb that reads the noun itself or a sum given stay as they were.
func TestActNoun(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-01", "", []tripleCase{
		{"deployment announced", "Kenya announced the deployment of troops to Somalia.", []string{"KEN/SOM/062"}, nil},
		{"withdrawal begun", "Kenya began the withdrawal of its troops from Somalia.", []string{"KEN/SOM/0874"}, []string{"SOMMIL"}},
		{"withdrawal completed", "Kenya completed the withdrawal of its troops from Somalia.", []string{"KEN/SOM/0874"}, []string{"SOMMIL"}},
		{"release approved", "Uganda approved the release of Kenyan prisoners.", []string{"UGA/KENCVL/0841"}, nil},
		{"donation made", "Kenya made a donation to Uganda.", []string{"KEN/UGA/070"}, nil},
		{"seizure ordered", "Kenya ordered the seizure of Ugandan ships.", []string{"KEN/UGA/171"}, nil},
		{"invasion ordered", "Kenya ordered the invasion of Uganda.", []string{"KEN/UGA/192"}, nil},
		{"lifting announced, no sanctions imposed", "Kenya announced the lifting of sanctions on Uganda.", []string{"KEN/UGA/085"}, []string{"KEN/UGA/163"}},
		{"reduction announced, no aid promised", "Kenya announced a reduction of aid to Uganda.", []string{"KEN/UGA/162"}, []string{"0331"}},
		{"delivery confirmed", "Kenya confirmed the delivery of food aid to Uganda.", []string{"KEN/UGA/070"}, nil},
		{"a future announcement is an intent", "Kenya will announce the deployment of troops to Somalia.", []string{"KEN/SOM/0312"}, []string{"KEN/SOM/062"}},
		{"killings ordered, no determiner", "Kenya ordered killings of Ugandan rebels.", []string{"KEN/UGAREB/190"}, nil},
		{"shelling carried out", "Kenya carried out the shelling of Ugandan positions.", []string{"KEN/UGA/190"}, nil},
		{"a raid on", "Kenya ordered a raid on the Ugandan embassy.", []string{"KEN/UGAGOV/190"}, nil},
		{"a phrasal verb's noun", "Kenya announced the handover of the Ugandan suspects to Uganda.", []string{"KEN/UGA/0841"}, nil},
		{"relations established", "Kenya announced the establishment of diplomatic relations with Uganda.", []string{"KEN/UGA/054"}, nil},
		{"a factory opened is no act toward a country", "Kenya announced the opening of a factory in Uganda.", nil, []string{"KEN/"}},
		{"withdrawing from talks halts them", "Kenya withdrew from the talks with Uganda.", []string{"KEN/UGA/164"}, []string{"0874"}},
		{"a withdrawal from talks announced", "Kenya announced its withdrawal from the peace talks with Uganda.", []string{"KEN/UGA/164"}, []string{"0874"}},
		{"a withdrawal from a country stays a retreat", "Kenya announced its withdrawal from Somalia.", []string{"KEN/SOM/0874"}, nil},
		{"a ban on", "Kenya announced a ban on Ugandan imports.", []string{"KEN/UGA/163"}, nil},
		{"a ban on no actor", "Kenya ordered a ban on opposition rallies.", nil, []string{"KEN/"}},
		{"negated", "Kenya did not order the seizure of Ugandan ships.", nil, []string{"171"}},
		{"a plan for the act", "Kenya announced plans for the deployment of troops to Somalia.", nil, []string{"062"}},
		{"a proposed act", "Kenya announced the proposed deployment of troops to Somalia.", nil, []string{"062"}},
		{"the verb's pattern reads the noun", "Uganda ordered the expulsion of Kenyan diplomats.", []string{"UGA/KENGOV/174"}, nil},
		{"no actor after the act", "Kenya announced the closure of two factories.", nil, []string{"KEN/"}},
	})
}
