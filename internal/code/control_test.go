package code

import (
	"context"
	"testing"
)

// TestRolesInSentence: the participant of a sentence each rule of
// control.go picks, in sentences written for this test in the shapes of
// the role errors judged on real news (roles13).
func TestRolesInSentence(t *testing.T) {
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string // "SRC ROOT TGT" that must be there
		not        []string // "SRC ROOT TGT" (or a source code) that must not be
	}{
		// participleOfNoun (nounparticiple.go)
		{"an -ing clause after a noun's participle is the noun's", "The Kenyan government rejected a Ugandan call to release three activists detained while investigating a Tanzanian company.",
			[]string{"KENGOV 12 UGA"}, []string{"KENGOV 09 TZABUS"}},
		{"an -ing clause after the subject's verb keeps the subject", "Kenyan police condemned Uganda while investigating a Ugandan company.",
			[]string{"KENCOP 11 UGA", "KENCOP 09 UGABUS"}, nil},
		// possessedGerund (possgerund.go)
		{"a gerund after a possessed noun has the possessor as subject", "Kenya rejected the Ugandan demands, arguing that the farmers' role in defending Tanzania justified the move.",
			[]string{"KEN 12 UGA"}, []string{"UGA 05 TZA"}},
		{"a possessor that is an actor is the gerund's source", "Kenya rejected the Ugandan demands, arguing that Uganda's role in defending Tanzania was small.",
			[]string{"UGA 05 TZA"}, nil},
		// suspectedIn (suspectsin.go)
		{"the one an attack was on is no target of the suspects' arrest", "The Kenyan police detained several suspects in the attack against the convoy of the Ugandan prime minister.",
			nil, []string{"KENCOP 17 UGAGOV"}},
		{"the one a killing was of is no target of an arrest", "The Kenyan police arrested two men over the killing of a Ugandan diplomat.",
			nil, []string{"KENCOP 17 UGAGOV"}},
		{"actors arrested over an attack stay the target", "The Kenyan police arrested two Ugandan rebels in the attack on the convoy.",
			[]string{"KENCOP 17 UGAREB"}, nil},
		// sentInto (sentinto.go)
		{"the place a team is sent into is the target, not the team", "Kenya sent teams of Ugandan police officers into Somalia.",
			[]string{"KEN 03 SOM"}, []string{"KEN 03 UGACOP"}},
		{"the place troops are deployed to is the target, not the troops", "Kenya deployed Ugandan troops to Somalia.",
			[]string{"KEN 06 SOM"}, []string{"KEN 06 UGAMIL"}},
		{"troops sent with no place stay the target", "Kenya sent Ugandan troops.",
			[]string{"KEN 06 UGAMIL"}, nil},
		{"troops no actor names: the place stays the target", "Kenya sent troops to Uganda.",
			[]string{"KEN 06 UGA"}, nil},
		// infinitiveSubject
		{"the object of a verb of causing is the infinitive's subject", "Kenya prompted the Ugandan president to ask Tanzania for help.",
			[]string{"UGAGOV 02 TZA"}, []string{"KEN 02 TZA"}},
		{"a causing verb's object that is no actor: no source", "The crisis deepened, prompting the Queen to ask the Kenyan president to form a government.",
			nil, []string{"KEN", "KENGOV"}},
		{"a causing verb's object that is a thing: no source", "The Kenyan minister expects his bank's growth to come from exports to Uganda.",
			nil, []string{"KENGOV 04 UGA"}},
		{"an infinitive without an object keeps the subject", "Kenya wants to meet Uganda.",
			[]string{"KEN 04 UGA"}, nil},
		{"a clause after the verb is no object", "The Kenyan minister told reporters he will work to help Ugandan refugees.",
			nil, []string{"KENMED"}},
		// listNotSubject
		{"a list after by is an agent, not a subject acting with itself", "The road is being financed by Kenya, Uganda and Tanzania.",
			nil, []string{"KEN 06 UGA", "UGA 06 TZA"}},
		{"a list after of a thing is no subject", "The economies of Kenya, Uganda and Tanzania improved steadily in 1986.",
			nil, []string{"KEN 06 UGA", "UGA 06 TZA"}},
		{"a list after of its leaders is the subject", "The leaders of Kenya and Uganda met in Nairobi.",
			[]string{"KEN 04 UGA", "UGA 04 KEN"}, nil},
		{"combined before a verb qualifies the list", "Kenyan and Ugandan Americans combined comprise 5% of the population.",
			nil, []string{"KEN 06 UGA", "UGA 06 KEN"}},
		{"combined forces is a joint act", "Kenya and Uganda combined forces against the rebels.",
			[]string{"KEN 06 UGA", "UGA 06 KEN"}, nil},
		{"the heads of a list's banks are its people", "The heads of the central banks of Kenya and Uganda have met in Nairobi.",
			[]string{"KENGOVBUS 04 UGAGOVBUS"}, nil},
		{"a list of three that supported something: each one's support", "Italy, Greece and Denmark supported the plan of the Kenyan opposition.",
			nil, []string{"ITA 05 GRC", "GRC 05 DNK"}},
		{"a list of three that agreed: accord among them", "Italy, Greece and Denmark agreed to pursue the Louvre policies.",
			[]string{"ITA 05 GRC"}, nil},
		{"a causing verb's object of the and a common noun: the subject's body", "The Kenyan crisis has led the party to compromise with the Ugandan opposition.",
			[]string{"KEN 03 UGAOPP"}, nil},
		// appositiveSubject
		{"an actor inside a participle apposition is no subject", "The Kenyan Press Trust, representing Ugandan journalists, has asked the Kenyan court to stop the firm.",
			nil, []string{"UGAMED 02 KENJUD"}},
		{"an apposition with a clause of its own after a name the dictionary lacks", "Mr Otieno, elected president after the Ugandan president was toppled, has urged the Kenyan parliament to approve the amnesty.",
			nil, []string{"UGAGOV 02 KENLEG", "UGAELI 02 KENLEG"}},
		{"an apposition that is only what the person is about", "Amos Odhiambo, a key influence on Ugandan opposition thinking, criticised the Kenyan government.",
			nil, []string{"UGAOPP 11 KENGOV"}},
		{"an apposition naming a role keeps the body", "Amos Odhiambo, chairman of the Ugandan Electoral Commission, criticised the Kenyan government.",
			[]string{"UGA"}, nil},
		{"a name the dictionary holds before a relative apposition is the subject", "Kenya, which occupies northern Uganda, criticised the Tanzanian government.",
			[]string{"KEN 11 TZAGOV"}, []string{"UGA 11 TZAGOV"}},
		{"a subject pronoun between commas is no apposition", "In the Kenyan parliament, he secured money for farmers, blocked Ugandan banks from lending and criticised Tanzania.",
			nil, []string{"KENLEG 11 TZA"}},
		// ingAfterActor
		{"an -ing verb right after an actor in the object is that actor's", "Kenya published a letter from the Ugandan president promising help to Tanzania.",
			[]string{"UGAGOV 03 TZA"}, []string{"KEN 03 TZA"}},
		{"an -ing verb after an actor shown on a poster is that actor's", "Kenyan campaigners unveiled a poster featuring Ugandan soldiers fighting Tanzanian rebels.",
			nil, []string{"KENOPP 19 TZAREB"}},
		{"an -ing verb after the one written to is the writer's", "The Kenyan president wrote a letter to the Ugandan president asking Tanzania to investigate.",
			nil, []string{"UGAGOV 02 TZA"}},
		// abbreviationAt (clause.go sourceBefore)
		{"an abbreviation in capitals spelling who opens no clause", "The Kenyan president sent a letter to the World Health Organization (WHO) threatening Uganda with sanctions.",
			[]string{"KENGOV 13 UGA"}, []string{"IGOUNOHLHWHO 13 UGA"}},
		{"a relative who after an abbreviation still opens one", "Kenyan officials met the head of the World Health Organization (WHO), who criticised Uganda.",
			[]string{"IGOUNOHLHWHO 11 UGA"}, nil},
		// adjunctOblique (adjunct.go)
		{"a participle after a comma is not the act of an object after the clause's verb", "A rebel commander has surrendered to Kenyan forces, delivering a fresh blow to the Ugandan insurgency.",
			nil, []string{"KEN 12 UGAREB", "KENMIL 12 UGAREB"}},
		{"a participle after a comma is not the act of a place after a preposition", "The bomb exploded near Kenyan troops, wounding Ugandan civilians.",
			nil, []string{"KENMIL 18 UGACVL"}},
		{"a second participle joined by and has the first one's subject, none", "A rebel commander surrendered to Kenyan troops, praising the Kenyan police and criticising the Ugandan government.",
			nil, []string{"KEN 11 UGAGOV", "KENMIL 11 UGAGOV"}},
		{"the agent after by is the participle's subject", "The convoy was attacked by Kenyan troops, killing five Ugandan civilians.",
			[]string{"KENMIL 20 UGACVL"}, nil},
		{"the clause's subject is the participle's subject", "Kenyan troops crossed into Uganda, killing a Tanzanian journalist.",
			[]string{"KENMIL 19 UGA"}, []string{"UGA 18 TZAMED", "UGA 19 TZAMED"}},
		// victimsOf
		{"the victims of a ruler are no act on the ruler", "A Kenyan bank will donate $8m to victims of former Ugandan president Idi Amin's regime.",
			nil, []string{"KENBUS 03 UGAELI", "KENBUS 07 UGAELI"}},
		{"survivors of a country's war are its people", "Kenya is to give a grant to help survivors of the Ugandan war.",
			[]string{"KEN 03 UGA"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := c.Code(context.Background(), "t", tc.text, "2005-03-01")
			checkRoots(t, evs, tc.want, tc.not)
		})
	}
}
