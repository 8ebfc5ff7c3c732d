package code

import (
	"context"
	"strings"
	"testing"
)

// TestVerbSenseCodes: gen/verbs.dyad patterns that replace a wrong code
// or a wrong second direction of CAMEO.2.0.txt; the events must be
// exactly these.
func TestVerbSenseCodes(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// praise of another's ability to act is praise, not a visit
		// hosted (ACCLAIM's "* TO" 043:042; praisedAbility, domestic11)
		{"praise an ability to act", "The Kenyan president praised the Ugandan president's ability to listen.", "KENGOV/UGAGOV/051"},
		{"welcome to a place", "The Kenyan president welcomed the Ugandan president to Nairobi.", "KENGOV/UGAGOV/043 UGAGOV/KENGOV/042"},
		{"lift sanctions is the act", "Kenya lifted its sanctions on Uganda on Friday.", "KEN/UGA/085"},
		// a pattern word after the verb found only past "that" belongs to
		// what was said (pattern.go thatSkipped, clauses12)
		{"told that a plan was a worry", "The Kenyan president told the Ugandan president that his plan to close the border was a worry.", "KENGOV/UGAGOV/010"},
		{"says that the plan is", "The Kenyan president says that the plan is an insult to Uganda.", "KENGOV/UGA/010"},
		{"announced that it plans", "The Kenyan government announced that it plans to build a road to Uganda.", "KENGOV/UGA/030"},
		{"a null pattern reads past that", "Kenya suggested that Ugandan troops could have been involved.", ""},
		{"peacekeepers withdrawn (chprec11)", "The UN withdrew its peacekeepers from Uganda.", "IGOUNO/UGA/1661"},
		{"troops withdrawn stay a retreat", "Kenya withdrew its troops from Uganda.", "KEN/UGA/0874"},
		{"lift an embargo", "Kenya lifted the arms embargo against Uganda.", "KEN/UGA/085"},
		{"considering aid is a policy option", "Kenya is considering sending food aid to Uganda.", "KEN/UGA/014"},
		{"summoned envoy", "Kenya summoned the Ugandan ambassador over the raids.", "KEN/UGAGOV/114"},
		{"praise a decision to", "Kenya praised Uganda's decision to reopen the border.", "KEN/UGA/051"},
		{"praise a willingness to", "Kenya praised Uganda's willingness to accept the pact.", "KEN/UGA/051"},
		{"welcome a plan to", "The Kenyan president welcomed the Ugandan plan to hold elections.", "KENGOV/UGA/051"},
		{"share evidence one way", "Kenyan police shared evidence with Uganda.", "KENCOP/UGA/064"},
		{"agentless passive: the next actor is no agent", "The Kenyan government has been accused of fraud over a report naming Ugandan officials.", ""},
		{"agentless passive: the place it came from", "The Kenyan activist was detained in Uganda.", "UGA/KENOPP/173"},
		{"accepting refugees is asylum", "Kenya accepted 2,000 Ugandan refugees last year.", "KEN/UGAREF/075"},
		{"opening a border yields", "Kenya opened its border to Ugandan refugees.", "KEN/UGAREF/080"},
		{"spoke on the telephone", "The Kenyan president spoke on the telephone to the Ugandan president.", "KENGOV/UGAGOV/041 UGAGOV/KENGOV/041"},
		{"tweets targeting are criticism", "The Kenyan ambassador posted tweets targeting Ugandan lawmakers.", "KENGOV/UGALEG/111"},
		{"remarks aimed at are criticism", "Kenyan remarks aimed at Uganda angered Kampala.", "KEN/UGA/111"},
		{"the nearer pattern wins a tie", "Kenyan rebels launched an attack on the Ugandan embassy in Nairobi.", "KENREB/UGAGOV/190"},
		// an attack between politicians of one country, or one that says
		// what it holds against its object, is criticism (sense.go verbalAttack)
		{"a rival's taxes attacked", "The Kenyan opposition leader attacked the president's unfair and over-complicated new taxes.", "KENOPP/KENGOV/111"},
		{"attacked, saying", "The Kenyan president attacked British imperialists, saying they treated Africans like savages.", "KENGOV/GBR/111"},
		{"an attack on a rival, calling", "The Kenyan president launched a pre-emptive attack against the Ugandan president, calling him ignorant.", "KENGOV/UGAGOV/111"},
		{"a rival attacked with a knife", "The Kenyan opposition leader attacked the president, stabbing him twice.", "KENOPP/KENGOV/190"},
		{"a state's attack, saying", "Kenya attacked Uganda, saying it harboured rebels.", "KEN/UGA/190"},
		{"an attack right before a rival, far from its verb", "Kenyan opposition leaders opened the forum with an attack on the Kenyan government.", "KENOPP/KENGOV/111"},
		{"an armed attack far from its verb", "Kenyan rebels opened the offensive with an attack on the Kenyan army.", "KENREB/KENMIL/190"},
		// a deal or an agreement reached is concluded, 057 both ways (REACH)
		{"reach a deal", "Kenya reached a deal with Uganda on the border.", "KEN/UGA/057 UGA/KEN/057"},
		{"reach an agreement", "Kenya and Uganda reached an agreement on trade.", "KEN/UGA/057 UGA/KEN/057"},
		{"reach an understanding", "Kenya and Uganda reached an understanding on trade.", "KEN/UGA/030 UGA/KEN/030"},
		// a clash with no arms is a row, criticism both ways; a compound
		// subject clashes among its two (sense.go verbalClash, verb.go)
		{"a row between rivals", "The Kenyan opposition clashed with the government over the budget.", "KENOPP/KENGOV/111 KENGOV/KENOPP/111"},
		{"two rivals clashed", "Britain and Japan clashed over trade.", "GBR/JPN/111 JPN/GBR/111"},
		{"troops and rebels clashed", "Kenyan troops and Ugandan rebels clashed near the border.", "KENMIL/UGAREB/190 UGAREB/KENMIL/190"},
		// an apology offered, made or issued is 055; none when it is "no apology"
		{"offer an apology", "Kenya offered a deep and sincere apology to Uganda.", "KEN/UGA/055"},
		{"a statement apologizing", "The Kenyan government issued a statement apologizing to Uganda for the raid.", "KENGOV/UGA/055"},
		{"make an apology", "The Kenyan president made a public apology to Uganda.", "KENGOV/UGA/055"},
		{"make no apologies", "The Kenyan admiral makes no apologies for accusing Uganda.", ""},
		// a reply is no arrival; fighting extradition is no force
		{"came in response to", "The Kenyan minister's reply came in response to an emergency question from the Ugandan opposition leader.", ""},
		// codes read against the codebook (senses10): aid received comes
		// from the giver; a bid invited is economic cooperation; serving
		// under and electoral contests are no acts
		{"military aid received", "Kenya received military aid from Uganda.", "UGA/KEN/072"},
		{"invited to bid", "The Kenyan president invited Ugandan firms to bid for oil contracts.", "KENGOV/UGABUS/0311"},
		{"served under", "The Kenyan general has served under Ugandan presidents.", ""},
		{"crying out for", "Kenyan MPs have been crying out for the Ugandan president to cut taxes.", "KENLEG/UGAGOV/020"},
		{"overturned a majority", "The Kenyan opposition overturned a big Ugandan government majority.", ""},
		{"aiming to unseat", "The Kenyan opposition is aiming to unseat the Ugandan president.", ""},
		{"came to a place", "The Kenyan president came to Uganda.", "KENGOV/UGA/040"},
		{"fight extradition", "The Kenyan economist is still fighting against extradition to Uganda.", ""},
		// armed men marching are no protest (sense.go armedMarch)
		{"troops march into a town", "Ugandan rebel groups marched into Nairobi.", ""},
		{"students march on an embassy", "Kenyan students marched on the Ugandan embassy.", "KENEDU/UGAGOV/140"},
		// leading only to an outcome causes it (DYAD_LEAD_TO)
		{"led only to", "The Kenyan decision has led only to more debt in Uganda.", ""},
		// courting voters is campaigning, no act on an actor (sense.go courtsVoters)
		{"a tour to persuade voters", "The Kenyan opposition leader has begun a week-long tour to persuade voters that his party is the real opposition.", ""},
		{"reassure voters", "The Kenyan president reassured voters that taxes would not rise.", ""},
		{"voters back a leader", "Most Kenyan voters backed the opposition leader.", ""},
		{"urge voters to act", "The Kenyan opposition leader urged voters to reject the government.", "KENOPP/KENCVL/020"},
		{"armed attack, saying", "Kenyan rebels attacked Ugandan troops, saying they had burned a village.", "KENREB/UGAMIL/190"},
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

// TestMeasureBeyond: a curfew's or a state of emergency's place is not an
// actor past "and" and another verb (places13, measureBeyond).
func TestMeasureBeyond(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code string }{
		{"The Bolivian president declared a state of siege in Kolpa, and put the army on alert.", "/1724"},
		{"The Kenyan government imposed a curfew in Kolpa and thanked the army.", "/1723"},
	} {
		for _, g := range triples(c.Code(context.Background(), "t", tc.text, "2010-01-01")) {
			if strings.HasSuffix(g, tc.code) {
				t.Errorf("%q: want no %s event, got %s", tc.text, tc.code, g)
			}
		}
	}
	if got := triples(c.Code(context.Background(), "t", "The Bolivian president declared a state of siege in Santa Cruz.", "2010-01-01")); !strings.Contains(strings.Join(got, " "), "BOLGOV/BOL/1724") {
		t.Errorf("a state of siege in an own city: want BOLGOV/BOL/1724 among %v", got)
	}
}
