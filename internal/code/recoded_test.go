package code

import "testing"

// TestRecodedPatterns: CAMEO.2.0.txt patterns whose code verbs.dyad
// corrects to the codebook's, for the verb and for its act noun after
// an announcing verb (actnoun.go).
func TestRecodedPatterns(t *testing.T) {
	checkTripleCases(t, testCoder(t), "2005-01-01", "", []tripleCase{
		{"talks suspended are negotiations halted", "Kenya suspended talks with Uganda.", []string{"KEN/UGA/164"}, []string{"KEN/UGA/160"}},
		{"talks called off", "Kenya called off talks with Uganda.", []string{"KEN/UGA/164"}, []string{"KEN/UGA/160"}},
		{"negotiations suspended", "Kenya suspended negotiations with Uganda.", []string{"KEN/UGA/164"}, nil},
		{"a suspension of talks announced", "Kenya announced the suspension of talks with Uganda.", []string{"KEN/UGA/164"}, []string{"KEN/UGA/160"}},
		{"exports to a country banned", "Kenya banned arms exports to Uganda.", []string{"KEN/UGA/163"}, []string{"KEN/UGA/160"}},
		{"exports to a country halted", "Kenya halted arms exports to Uganda.", []string{"KEN/UGA/163"}, nil},
		{"exports to a country suspended", "Kenya suspended oil exports to Uganda.", []string{"KEN/UGA/163"}, nil},
		{"arms shipments stopped stay military aid", "Kenya stopped arms shipments to Uganda.", []string{"KEN/UGA/1622"}, nil},
		{"a ban on exports announced", "Kenya announced a ban on arms exports to Uganda.", []string{"KEN/UGA/163"}, []string{"KEN/UGA/160"}},
		{"journalists arrested are detained", "Uganda arrested two Kenyan journalists.", []string{"UGA/KENMED/173"}, []string{"175"}},
		{"an arrest of journalists announced", "Uganda announced the arrest of two Kenyan journalists.", []string{"UGA/KENMED/173"}, []string{"175"}},
		{"a deployment of peacekeepers approved is a commitment", "Kenya approved the deployment of peacekeepers to Somalia.", []string{"KEN/SOM/0334"}, []string{"KEN/SOM/034"}},
		{"peacekeepers deployed stay 074", "Kenya deployed peacekeepers to Somalia.", []string{"KEN/SOM/074"}, nil},
		// senses3: a release called for or urged, a call to congratulate,
		// talks called for, protesters arrested by police
		{"a release called for is an appeal for it, to the holder (roletarget.go)", "Kenya called for the release of the Ugandan journalists held by Somali rebels.", []string{"KEN/SOMREB/0253"}, []string{"KEN/UGAMED/020", "KEN/UGAMED/0253"}},
		{"called on to release", "Kenya called on Uganda to release the journalists.", []string{"KEN/UGA/0253"}, []string{"KEN/UGA/020"}},
		{"urged to release", "Kenya urged Uganda to release the journalists.", []string{"KEN/UGA/0253"}, []string{"KEN/UGA/020"}},
		{"a release urged: the captive no target (roletarget.go)", "Kenya urged the release of the Ugandan journalists.", nil, []string{"KEN/UGAMED/0253", "KEN/UGAMED/020"}},
		{"called to congratulate is a telephone call", "The Kenyan president called the Ugandan president to congratulate him.", []string{"KENGOV/UGAGOV/041", "UGAGOV/KENGOV/041"}, []string{"KENGOV/UGAGOV/013"}},
		{"phoned to congratulate", "The Kenyan president phoned Ugandan President John Okello to congratulate him on his victory.", []string{"KENGOV/UGAGOV/041"}, []string{"KENGOV/UGAGOV/013"}},
		{"talks called for are an appeal", "Kenya called for talks with Uganda.", []string{"KEN/UGA/026"}, []string{"KEN/UGA/036"}},
		{"police arresting protesters repress", "Ugandan police arrested 20 Kenyan protesters.", []string{"UGACOP/KENOPP/175"}, []string{"UGACOP/KENOPP/173"}},
		{"police arresting demonstrators repress", "Ugandan police arrested Kenyan demonstrators.", []string{"UGACOP/KENOPP/175"}, []string{"UGACOP/KENOPP/173"}},
		{"police arresting a leader detain", "Ugandan police arrested the Kenyan opposition leader.", []string{"UGACOP/KENOPP/173"}, nil},
		{"halted flights stay 160", "Kenya halted flights to Uganda.", []string{"KEN/UGA/160"}, nil},
		{"agreeing with someone that something is so is accord", "Kenya said it agreed with Uganda that the plan was flawed.", []string{"KEN/UGA/019"}, []string{"KEN/UGA/030"}},
		{"officials agreeing with a government that", "Kenyan officials said they agree with the Ugandan government that the border should reopen.", []string{"KENGOV/UGAGOV/019"}, []string{"030"}},
		{"agreeing with someone on a plan stays intent", "Kenya agreed with Uganda on a joint patrol.", []string{"KEN/UGA/030"}, []string{"019"}},
		{"standing in solidarity is endorsement", "Kenya stands in solidarity with Uganda.", []string{"KEN/UGA/051"}, nil},
		{"stood in solidarity with a people", "Kenya said it stood in solidarity with the Ugandan people.", []string{"KEN/UGAPPL/051"}, nil},
		{"a bomber deported is a person expelled", "Kenya deported a convicted Ugandan bomber.", []string{"KEN/UGAMIL/174"}, []string{"0873"}},
		{"a bomber expelled", "Uganda expelled a Kenyan bomber.", []string{"UGA/KENMIL/174"}, []string{"0873"}},
	})
}
