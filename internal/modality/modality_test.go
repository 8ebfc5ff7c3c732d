package modality

import (
	"strings"
	"testing"

	"dyad/internal/pos"
)

// judge runs Judge on a sentence of our own; src and verb are the source's
// last word and the verb, found by text.
func judge(t *testing.T, sent, src, verb, cameo string) (string, string) {
	t.Helper()
	toks := pos.Split(sent)
	up := make([]string, len(toks))
	s, v := -1, -1
	for i, tk := range toks {
		up[i] = strings.ToUpper(tk.Text)
		if tk.Text == src && s < 0 {
			s = i
		}
		if tk.Text == verb && v < 0 {
			v = i
		}
	}
	if v < 0 {
		t.Fatalf("%q: no verb %q", sent, verb)
	}
	if s > v {
		s = -1
	}
	return Judge(up, s, v, cameo, Options{})
}

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string // "" with why "": kept as is; "" with why: dropped
		why                    string // a word the reason must hold
	}{
		{"Russia attacked Ukraine on Monday.", "Russia", "attacked", "190", "", ""},
		{"Russia did not attack Ukraine.", "Russia", "attack", "190", "", "negated"},
		{"Russia didn't attack Ukraine.", "Russia", "attack", "190", "", "negated"},
		{"Russia never attacked Ukraine.", "Russia", "attacked", "190", "", "negated"},
		{"Kenya will not release the Ugandan pilots.", "Kenya", "release", "124", "", ""},
		{"Kenya will not release the Ugandan pilots.", "Kenya", "release", "084", "", "negated"},
		{"Kenya cannot release the Ugandan pilots.", "Kenya", "release", "124", "", ""},
		{"Kenya cannot release the Ugandan pilots.", "Kenya", "release", "084", "", "negated"},
		{"Russia denied attacking Ukraine.", "Russia", "attacking", "190", "016", "denied"},
		{"France failed to sign the treaty with Germany.", "France", "sign", "057", "", "not done"},
		{"Kenya did nothing to help Uganda.", "Kenya", "help", "070", "", "not done"},
		{"Kenya stopped short of fully endorsing Uganda's plan.", "Kenya", "endorsing", "051", "", "not done"},
		{"Kenya fell short of recognising Uganda's government.", "Kenya", "recognising", "054", "", "not done"},
		{"The Kenyan plan would do little to help Uganda.", "Kenyan", "help", "033", "", "not done"},
		{"Kenya did much to help Uganda.", "Kenya", "help", "070", "", ""},
		{"Kenya does not want war, nor does it attack Uganda.", "it", "attack", "190", "", "negated"},
		{"Neither did Kenya attack Uganda.", "Kenya", "attack", "190", "", "negated"},
		{"Kenya is likely to protest when the Ugandan president visits Tanzania.", "Ugandan president", "visits", "042", "", "future"},
		{"Kenya will retaliate when Uganda attacks its border posts.", "Uganda", "attacks", "190", "", "future"},
		{"Kenya protested when Uganda attacked its border posts.", "Uganda", "attacked", "190", "", ""},
		{"Kenya said it would protest when Uganda attacked its posts.", "Uganda", "attacked", "190", "", ""},
		{"Russia could attack Ukraine within days.", "Russia", "attack", "190", "", "hypothetical"},
		{"Kenya is to visit Uganda next week.", "Kenya", "visit", "042", "036", "is to"},
		{"Kenya is due to sign a treaty with Uganda.", "Kenya", "sign", "057", "030", "due to"},
		{"Kenya is likely to attack Uganda.", "Kenya", "attack", "190", "", "hypothetical"},
		{"Kenyan buyers will be able to buy Ugandan coffee.", "Kenyan buyers", "buy", "061", "", "will be able"},
		{"Kenya has missiles capable of hitting Uganda.", "Kenya", "hitting", "190", "", "capable of"},
		{"Kenya hopes to meet Uganda soon.", "Kenya", "meet", "040", "036", "wish"},
		{"Kenya wants to seize the Ugandan islands.", "Kenya", "seize", "171", "", "wish"},
		{"Iran might meet Iraq next week.", "Iran", "meet", "040", "", "hypothetical"},
		{"If talks fail, Russia will attack Ukraine.", "Russia", "attack", "190", "", "conditional"},
		{"Russia will attack Ukraine if talks fail.", "Russia", "attack", "190", "", "conditional"},
		// a condition inside a second clause of saying conditions what was
		// said, not the act before it (saidAfter)
		{"Kenya declared a truce with Ugandan rebels, but said it would hold only if they withdrew.", "Kenya", "declared", "0871", "", ""},
		{"Kenya attacked Ugandan rebels and warned it would strike again if they returned.", "Kenya", "attacked", "190", "", ""},
		{"Kenya will attack Uganda if talks fail, but said it hoped they would not.", "Kenya", "attack", "190", "", "conditional"},
		// a question "over whether" inside a later clause of others is
		// theirs (embeddedQuestion)
		{"Kenyan troops attacked the Ugandan town, as residents agonized over whether to flee.", "Kenyan troops", "attacked", "190", "", ""},
		{"Kenya will decide whether to attack Uganda.", "Kenya", "attack", "190", "", "conditional"},
		{"Kenya attacked Uganda over whether it had armed the rebels.", "Kenya", "attacked", "190", "", "conditional"},
		{"Will Russia attack Ukraine?", "Russia", "attack", "190", "", "question"},
		// senses17: an abbreviation's dot ("U.S.", "Mr.") ends no clause
		{"Did Russia help the U.S. envoy?", "Russia", "help", "070", "", "question"},
		{"Did Russia attack Mr. Smith in Ukraine?", "Russia", "attack", "190", "", "question"},
		{"Russia helped the U.S. envoy.", "Russia", "helped", "070", "", ""},
		{"Britain should also threaten to mine Iran's ports.", "Britain", "threaten", "130", "", "recommendation"},
		{"The EU must impose sanctions on Iran.", "EU", "impose", "163", "", "recommendation"},
		{"Russia will attack Ukraine.", "Russia", "attack", "190", "138", "intent or threat"},
		{"Russia threatened to invade Georgia.", "Russia", "invade", "192", "138", "threatened"},
		{"Kenyan troops are preparing to attack Ugandan rebels.", "troops", "attack", "190", "138", "preparing"},
		{"Kenyan troops prepare to battle Ugandan rebels.", "troops", "battle", "190", "138", "prepare"},
		{"Kenya decided to lift sanctions on Uganda.", "Kenya", "lift", "085", "", ""},
		{"Kenya decided to grant asylum to Ugandan dissidents.", "Kenya", "grant", "075", "", ""},
		{"Kenya decided to attack Uganda.", "Kenya", "attack", "190", "138", "decided"},
		{"Kenya decided to meet Uganda.", "Kenya", "meet", "040", "036", "decided"},
		{"The US threatened to impose sanctions on Cuba.", "US", "impose", "163", "131", "threatened"},
		{"China plans to visit Japan.", "China", "visit", "042", "036", "plans"},
		{"Japan offered to provide aid to Haiti.", "Japan", "provide", "070", "033", "offered"},
		{"Iran said it would talk to Iraq.", "it", "talk", "040", "036", "would"},
		{"Iran would talk to Iraq.", "Iran", "talk", "040", "036", "would"},
		{"The resolution would have pressured Iran.", "resolution", "pressured", "170", "", "counterfactual"},
		{"Turkey refused to lift the ban on Cyprus.", "Turkey", "lift", "081", "124", "refused"},
		{"Turkey refused to attack Syria.", "Turkey", "attack", "190", "", "not done"},
		{"Kenya says it cannot support Uganda's plan.", "Kenya", "support", "050", "120", "refused"},
		{"Kenya cannot finance Uganda's dam.", "Kenya", "finance", "061", "", "negated"},
		{"Hezbollah threatened to shell Haifa if Israel hits Beirut.", "Hezbollah", "threatened", "130", "", ""},
		{"Theresa May has met Angela Merkel.", "May", "met", "040", "", ""},
		{"Iran said it would attack Iraq.", "it", "attack", "190", "138", "would"},
		{"Israel accused Iran of attacking Syria.", "Israel", "accused", "112", "", ""},
		{"China will host talks with Japan.", "China", "host", "036", "", ""},
		{"Kenya's president made a scheduled visit to Uganda.", "president", "visit", "042", "036", "scheduled"},
		{"The Kenyan president visits Uganda next week.", "president", "visits", "042", "036", "next"},
		{"The Kenyan president meets Ugandan rebels next Monday.", "president", "meets", "040", "036", "next"},
		{"Kenya announced a truce with Ugandan rebels to coincide with the holiday next week.", "Kenya", "announced", "0871", "", ""},
		{"The Kenyan president visited Uganda last week.", "president", "visited", "042", "", ""},
		{"The Kenyan president visited Uganda, which holds elections next month.", "president", "visited", "042", "", ""},
		{"Kenya Airways is considering to buy aircraft from Uganda.", "Airways", "buy", "062", "014", "considered (considering)"},
		{"Kenya is looking to invest in Uganda.", "Kenya", "invest", "061", "0311", "looking"},
		{"Kenya is looking to seize Ugandan boats.", "Kenya", "seize", "171", "", "looking"},
		{"He denied an earlier report that he planned to make an appeal to Ugandan rebels.", "he", "make", "020", "", "denied"},
		{"Kenya denied reports that it had attacked Uganda.", "it", "attacked", "190", "", "denied"},
		{"Kenya denied claims that the Kenyan army attacked Uganda.", "army", "attacked", "190", "", "denied"},
		{"Kenya said that it had attacked Ugandan rebels.", "it", "attacked", "190", "", ""},
		{"Many Kenyan ministers are thought to support the Ugandan plan.", "ministers", "support", "050", "", "hedged"},
		{"Kenya is said to have met Ugandan rebels in secret.", "Kenya", "met", "040", "", "hedged"},
		{"Kenyan troops were reported to have attacked the Ugandan border post.", "troops", "attacked", "190", "", "hedged"},
		{"Kenya is believed to have seized the Ugandan boat.", "Kenya", "seized", "171", "", "hedged"},
		// an adverb between "be" and the hedge; an alleged act (rejudge13)
		{"Kenyan ministers are also believed to have agreed to the Ugandan plan.", "ministers", "agreed", "050", "", "hedged"},
		{"Kenya allegedly paid Ugandan rebels.", "Kenya", "paid", "061", "", "hedged"},
		// the purpose of a plan (rejudge13)
		{"Kenya announced a new drive to help Ugandan women.", "Kenya", "help", "070", "033", "intent"},
		{"Kenya launched a campaign to sell grain to Uganda.", "Kenya", "sell", "061", "0311", "intent"},
		{"Kenya announced a ceasefire initiative to halt the fighting in Uganda.", "Kenya", "halt", "087", "", ""},
		{"Kenya is also said to be hosting the talks.", "Kenya", "hosting", "043", "", "hedged"},
		{"Kenya said Uganda would meet its envoy.", "Uganda", "meet", "040", "036", "would"},
		{"Kenya was the first to recognise Uganda.", "Kenya", "recognise", "054", "", ""},
		// a noun of failing or refusing before "to" (senses9)
		{"Kenya's failure to help Uganda was criticised.", "Kenya", "help", "070", "", "not done"},
		{"The failure of the Kenyan government to reach agreement with Uganda hurt prices.", "government", "reach", "057", "", "not done"},
		{"The inability of Kenya to pay Uganda worried investors.", "Kenya", "pay", "061", "", "not done"},
		{"Kenya's refusal to release the Ugandan pilots angered Kampala.", "Kenya", "release", "084", "124", "refused"},
		{"The refusal of Kenya to accept Uganda's proposals angered Kampala.", "Kenya", "accept", "032", "125", "refused"},
		{"The success of Kenya to reach agreement with Uganda lifted prices.", "Kenya", "reach", "057", "", ""},
		// the act of a "that" clause someone else hopes or believes
		{"The organisers hope that the Ugandan president will use the opportunity for talks with Kenya.", "president", "use", "036", "", "hoped"},
		{"Kenya believes that Uganda attacked the border post.", "Uganda", "attacked", "190", "", "hoped"},
		{"Kenya hopes that it will meet Uganda soon.", "it", "meet", "040", "036", "will"},
		{"Kenya said that Uganda attacked the border post.", "Uganda", "attacked", "190", "", ""},
		{"The move did not mean that Kenya had cut its ties with Uganda.", "Kenya", "cut", "160", "", "hoped"},
		{"The move meant that Kenya had cut its ties with Uganda.", "Kenya", "cut", "160", "", ""},
		// gates10: conditions, duties, rights, rumours, beliefs and futures with no intent
		{"Kenyan troops are on standby in case they need to evacuate Ugandan citizens.", "they", "evacuate", "023", "", "conditional (in case)"},
		{"Kenya needs to help Uganda.", "Kenya", "help", "070", "", "obligation"},
		{"Kenya is bound by treaty to help Uganda.", "Kenya", "help", "070", "", "obligation"},
		{"Kenya was obliged to withdraw its troops from Uganda.", "Kenya", "withdraw", "087", "", ""},
		{"Kenya has the right to attack Uganda.", "Kenya", "attack", "190", "", "not done (right to)"},
		{"Kenya dismissed the claim it had attacked Uganda.", "Kenya", "attacked", "190", "", "not stated (claim that)"},
		{"Kenya laughed off rumours that it was about to attack Uganda.", "Kenya", "attack", "190", "", "not stated (rumours that)"},
		{"We do not want people thinking that Kenyan troops attacked Ugandan civilians.", "troops", "attacked", "190", "", "hoped (thinking that)"},
		{"The Kenyan president, who had been due to meet the Ugandan president, stayed at home.", "president", "meet", "040", "", "counterfactual (had been due to)"},
		{"Kenya said it will investigate Uganda.", "it", "investigate", "090", "", ""},
		{"Kenya said it would criticise Uganda.", "it", "criticise", "111", "", "future (would)"},
		{"Kenya said it would file a complaint against Uganda.", "it", "file", "114", "", ""},
		{"Kenya is interested in buying oil from Uganda.", "Kenya", "buying", "061", "0311", "wish (interested)"},
		// senses17: expecting to act is a forecast of one's own act
		{"Kenya expects to meet Uganda.", "Kenya", "meet", "040", "036", "wish (expects)"},
		{"Kenya expects to attack Uganda.", "Kenya", "attack", "190", "", "wish (expects)"},
		{"The Kenyan minister considers allowing Ugandan traders into Kenya.", "minister", "allowing", "080", "014", "considered (considers)"},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || (tc.why == "") != (why == "") || !strings.Contains(why, tc.why) {
			t.Errorf("%q (%s): got code %q reason %q, want code %q reason with %q", tc.sent, tc.cameo, code, why, tc.code, tc.why)
		}
	}
}

// TestRequested: an act asked of its source is not done.
func TestRequested(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb string
		want            string // the asking word, "" kept
	}{
		{"Kenya urged Britain and France on Monday to press Uganda to reform.", "France", "press", "urged"},
		{"Kenya called on the Ugandan government to release the pilots.", "government", "release", "called"},
		{"Kenyan officials do not expect the Ugandan army to retreat from the border.", "army", "retreat", "expect"},
		{"The Ugandan army agreed to retreat from the border.", "army", "retreat", ""},
		{"Kenya said it wanted talks with Uganda's leaders to end the dispute.", "leaders", "end", ""},
	} {
		toks := pos.Split(tc.sent)
		up := make([]string, len(toks))
		s, v := -1, -1
		for i, tk := range toks {
			up[i] = strings.ToUpper(tk.Text)
			if r := tk.Text[0]; i > 0 && r >= 'A' && r <= 'Z' {
				up[i] = "~" + tk.Text
			}
			if tk.Text == tc.src && s < 0 {
				s = i
			}
			if tk.Text == tc.verb && v < 0 {
				v = i
			}
		}
		s0 := s // the source's first word: back over its names and "the"
		for s0 > 0 && (strings.HasPrefix(up[s0-1], "~") || up[s0-1] == "THE") {
			s0--
		}
		if got := Requested(up, s0, s, v); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.sent, got, tc.want)
		}
	}
}
