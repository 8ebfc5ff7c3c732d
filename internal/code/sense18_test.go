package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses18: verb senses of 2026-12-07 late morning (senses18, issue
// 17); the events must be exactly these.
func TestSenses18(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// the blows of political speech are criticism between unarmed
		// politicians (sense.go attackWords); a clobbered rival lost a
		// contest (eventchecks.go contestVerb); armed sides keep the force
		{"pounding a rival on an issue", "The Kenyan opposition leader has been pounding the president on the tax issue.", "KENOPP/KENGOV/111"},
		{"pounding a person as a fraud", "The Kenyan president pounded the Ugandan president as a fraud.", "KENGOV/UGAGOV/111"},
		{"hammered a rival over the budget", "The Kenyan opposition leader hammered the president over the budget.", "KENOPP/KENGOV/111"},
		{"troops pounded rebels", "Kenyan troops pounded Ugandan rebels.", "KENMIL/UGAREB/190"},
		{"artillery pounded positions", "Kenyan artillery pounded Ugandan positions near the border.", "KENMIL/UGA/190"},
		{"a state pounded a state", "Kenya pounded Uganda.", "KEN/UGA/190"},
		{"clobbered a rival in a primary", "The Kenyan opposition leader clobbered the president in the northern primary.", ""},
		{"the army clobbered rebels", "The Kenyan army clobbered Ugandan rebels.", "KENMIL/UGAREB/190"},
		// mobilizing voters is campaigning; taking steps to do something
		// is that act (gen/verbs.dyad MOBILIZE "* &PEOPLE", APPREHEND "* STEPS TO")
		{"mobilized voters", "The Kenyan opposition mobilized Ugandan voters.", ""},
		{"steps to mobilize voters", "Kenya's president and her allies are taking new steps to mobilize Ugandan voters this year.", ""},
		{"mobilized troops against", "Kenya mobilized its troops against Uganda.", "KEN/UGA/154"},
		{"steps to reassure voters", "Kenya took steps to reassure Ugandan voters.", ""},
		{"steps to arrest", "Kenya took steps to arrest Ugandan smugglers.", "KEN/UGACRM/173"},
		{"took into custody", "Kenyan police took 20 Ugandan voters into custody.", "KENCOP/UGACVL/173"},
		// a body's member named after it is the actor (memberstate.go)
		{"a body's member named", "The Kenyan president dismissed NATO member Estonia as irrelevant.", "KENGOV/EST/110"},
		{"a body's member state named", "The Kenyan president praised EU member state Latvia.", "KENGOV/LVA/051"},
		{"a body's member as subject", "African Union member Kenya condemned Uganda.", "KEN/UGA/111"},
		{"a body's members unnamed", "The Kenyan president praised NATO members.", "KENGOV/IGOWSTNAT/051"},
		{"a body and a state", "The Kenyan president praised NATO and Estonia.", "KENGOV/IGOWSTNAT/051 KENGOV/EST/051"},
		// a naming that blames is criticism, one way (namingjudged.go)
		{"called unfit to serve", "The Kenyan president called the Ugandan president unfit to serve.", "KENGOV/UGAGOV/111"},
		{"called past an apposition", "The Kenyan president called the Ugandan president, his old rival, a fraud.", "KENGOV/UGAGOV/111"},
		{"called a friend", "The Kenyan president called the Ugandan president a friend.", ""},
		{"called to discuss", "The Kenyan president called the Ugandan president to discuss the border.", "KENGOV/UGAGOV/041 UGAGOV/KENGOV/041"},
		{"called and said stupid", "The Kenyan president called the Ugandan president and said the plan was stupid.", "KENGOV/UGAGOV/041 UGAGOV/KENGOV/041"},
		{"called on, because unfit", "The Kenyan president called on the Ugandan president to resign because he was unfit.", "KENGOV/UGAGOV/020"},
		// an actor inside a relative clause on the verb's object is no
		// target of the verb (relativeobject.go insideObjectRelative)
		{"vetoed a bill that would allow", "The Kenyan president vetoed a bill that would allow Ugandan traders to sell maize.", ""},
		{"a bill that an actor proposed", "The Kenyan president vetoed a bill that Uganda had proposed.", "KENGOV/UGA/129"},
		{"condemned an attack that killed", "Kenya condemned an attack that killed 20 Ugandan soldiers.", ""},
		{"criticised a law which bans", "Kenya criticised the law which bans Ugandan imports.", ""},
		{"welcomed news that a name", "Kenya welcomed news that the Bill Gates Foundation and Uganda are joining up.", "KEN/NGOUSA/051 KEN/UGA/051"},
		{"warned that it would attack", "Kenya warned that it would attack Uganda.", "KEN/UGA/190"}, // 138 after the modality gate
		// an appeal whose object is an act in -ing proposes a policy, no
		// appeal to that act's object (proposedact.go)
		{"proposes doing away with", "The Kenyan president proposes doing away with the Ugandan government mandate.", ""},
		{"proposed scrapping", "The Kenyan president proposed scrapping the Ugandan tax.", ""},
		{"proposed talks with", "The Kenyan president proposed talks with Uganda.", "KENGOV/UGA/036"},
		{"proposed that", "Kenya proposed that Uganda cut tariffs.", "KEN/UGA/020"},
		{"proposed a partner act", "Kenya proposed holding talks with Uganda.", "KEN/UGA/036"},
		// pressing someone on an issue is a demand, no fighting (DEMAND "* ON")
		{"pressed on an issue", "Kenya pressed Uganda on trade.", "KEN/UGA/100"},
		{"demanded action on", "Kenya demanded action on Uganda.", "KEN/UGA/100"},
		{"troops pressed on towards", "Kenyan troops pressed on towards the Ugandan border.", "KENMIL/UGA/190"},
		// figures of political speech and of elections read as force
		// (attackWords HIT, contestVerb seize verbs and "best",
		// gen/verbs.dyad "* BACK AT", "* CAMPAIGN TRAIL", "* CHANCE")
		{"fired back at", "The Kenyan president fired back at the Ugandan president over the plan.", "KENGOV/UGAGOV/111"},
		{"rebels fired at troops", "Kenyan rebels fired at Ugandan troops.", "KENREB/UGAMIL/190"},
		{"hit the campaign trail", "The Kenyan vice president hit the campaign trail with the Kenyan president.", ""},
		{"destroying a chance", "The Kenyan president is destroying the Ugandan opposition's chance to win.", ""},
		{"relentless in hitting a rival", "A Kenyan opposition group has been relentless in hitting the Kenyan president.", "KENOPP/KENGOV/111"},
		{"take delegates", "The Kenyan opposition leader was poised to take most of the 95 delegates from the president.", ""},
		{"captured provinces in a primary", "The Kenyan opposition leader captured three provinces from the president in the primary.", ""},
		{"rebels captured soldiers", "Kenyan rebels captured three Ugandan soldiers.", "KENREB/UGAMIL/171"},
		{"bested by votes", "The Kenyan opposition leader bested the president by 50,000 votes.", ""},
		// a verbal attack goes one way, whatever two-way pattern matched (verbalAttackReverse)
		{"attacked, with whom he clashed", "Bush, the former Kenyan governor, also attacked the Kenyan president, with whom he clashed at the debate, calling him a loser.", "KENELI/KENGOV/111"},
		{"a row is two-way", "The Kenyan opposition clashed with the government over the budget.", "KENOPP/KENGOV/111 KENGOV/KENOPP/111"},
		// a warning about or against an actor is criticism of it (warnedabout.go)
		{"warned about rebels", "The Kenyan president has warned us about those Ugandan rebels.", "KENGOV/UGAREB/111"},
		{"warned against hackers from", "Kenya warned against potential hackers from Uganda.", "KEN/UGA/111"},
		{"warned of consequences", "Kenya warned Uganda of serious consequences.", "KEN/UGA/130"},
		{"warned against an act", "Kenya warned Uganda against sending troops.", "KEN/UGA/130"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")), " ")
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
