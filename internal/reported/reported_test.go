package reported

import (
	"strings"
	"testing"

	"dyad/internal/pos"
)

func TestJudge(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb string
		why             string // "" kept; else a word of the reason
	}{
		{"Israel attacked Syria on Monday.", "Israel", "attacked", ""},
		{"Iran claimed that Israel attacked Syria.", "Israel", "attacked", "claimed"},
		{"Iran claimed that Israel attacked Syria.", "Iran", "attacked", ""}, // Iran's accusation (112)
		{"The ministry said on Friday that rebels attacked the convoy.", "rebels", "attacked", "said"},
		{"Iran said it would talk to Iraq.", "it", "talk", ""},
		{"The army confirmed that rebels attacked the convoy.", "rebels", "attacked", ""},
		{"Israel attacked Syria, according to Iranian state television.", "Israel", "attacked", "according to"}, // an option, off by default
		{"\"Israel attacked Syria last night,\" Iran said.", "Israel", "attacked", "quotation"},
		{"\"We will meet Iraq,\" Iran said.", "We", "meet", ""},
		{"Russia said it attacked rebel bases, and Turkey praised Russia.", "Turkey", "praised", ""},
		{"Kenyan rebels claimed that they had attacked Ugandan troops.", "Kenyan", "attacked", "claimed"}, // its own act, claimed
		{"Kenyan rebels said they had attacked Ugandan troops.", "Kenyan", "attacked", ""},                // said: reported as its own
		{"Kenya claimed that it would retaliate against Uganda.", "Kenya", "retaliate", ""},               // an intent: the modality gate's
	} {
		up, at := words(tc.sent, tc.src, tc.verb)
		s, v := at[0], at[1]
		why := Judge(up, s, v, Options{AccordingTo: true})
		if (tc.why == "") != (why == "") || !strings.Contains(why, tc.why) {
			t.Errorf("%q (%s … %s): reason %q, want one with %q", tc.sent, tc.src, tc.verb, why, tc.why)
		}
	}
}

func TestTopic(t *testing.T) {
	for _, tc := range []struct {
		sent, verb, tgt, cameo string
		drop                   bool
	}{
		{"Clinton said that Islamic State attacks on Christians were crimes.", "said", "Islamic", "010", true},
		{"Obama told Putin that the talks would go on.", "told", "Putin", "010", false},
		{"France said on Monday that Germany was right.", "said", "Germany", "010", true},
		{"France accused Germany of lying.", "accused", "Germany", "112", false},
		{"The US announced that Australian prisoner Smith will be released.", "announced", "Australian", "010", false},
		{"France said that Germany attacked Spain.", "said", "Germany", "112", false},
		{"Kenya claimed it sought help in Uganda.", "claimed", "Uganda", "110", true},
		{"Kenya claimed that the Ugandan government armed the rebels.", "claimed", "Ugandan", "110", false},
		{"Kenya claimed Uganda's plan was a snub.", "claimed", "Uganda", "110", false},
		{"Kenya claimed, with some justification, that Uganda was wrong.", "claimed", "Uganda", "110", true},
		{"Kenyan rebels claimed responsibility for the attack on the Ugandan embassy.", "claimed", "Ugandan", "015", false},
		{"Kenyan rebels claimed full responsibility for the bombing of Ugandan barracks.", "claimed", "Ugandan", "015", false},
		{"Kenyan rebels claimed the attack on the Ugandan embassy was a mistake.", "claimed", "Ugandan", "015", true},
	} {
		up, at := words(tc.sent, tc.verb, tc.tgt)
		v, g := at[0], at[1]
		why := Topic(up, v, g, tc.cameo)
		if why == "" {
			why = Claimed(up, v, g, tc.cameo)
		}
		if (why != "") != tc.drop {
			t.Errorf("%q: reason %q, want drop %v", tc.sent, why, tc.drop)
		}
	}
}

func TestAsserted(t *testing.T) {
	for _, tc := range []struct {
		sent, verb, tgt, cameo string // tgt: the target's words
		drop                   bool
	}{
		{"Kenya insisted that Uganda had broken the truce.", "insisted", "Uganda", "100", true},
		{"Kenyan MPs insist Ugandan voters face higher taxes.", "insist", "Ugandan", "100", true},
		{"Kenya warned that Ugandan rebels were planning attacks.", "warned", "Ugandan rebels", "130", true},
		{"Kenya warned the Ugandan government would have to pay.", "warned", "Ugandan government", "130", true},
		{"Kenya argued that Uganda was committed to the peace plan.", "argued", "Uganda", "110", true},
		{"Kenya warned Uganda that the deal could be illegal.", "warned", "Uganda", "130", false}, // an addressee
		{"Kenya insisted on the return of Ugandan refugees.", "insisted", "Ugandan refugees", "1033", false},
		{"Kenya insists it is enforcing the sanctions against Uganda.", "insists", "Uganda", "100", false},
		{"Kenya insisted that Uganda must withdraw its troops.", "insisted", "Uganda", "100", false},
		{"Kenya is insisting that the Ugandan government comply with the ruling.", "insisting", "Ugandan government", "100", false},
		{"Kenya insisted that Uganda had complied with the ruling.", "insisted", "Uganda", "100", true},
		{"Kenya warned that Uganda would be punished if the raids went on.", "warned", "Uganda", "130", false},
		{"Kenya argued with Uganda over the border.", "argued", "Uganda", "110", false},
		{"Kenya argued strongly against Uganda's plan.", "argued", "Uganda", "110", false},
		{"Kenya said that Uganda had broken the truce.", "said", "Uganda", "112", false}, // not this rule's verb
	} {
		up, at := words(tc.sent, tc.verb, tc.tgt)
		v, g := at[0], at[1]
		te := g + len(strings.Fields(tc.tgt)) // the token after the target
		if why := Asserted(up, v, g, te, tc.cameo); (why != "") != tc.drop {
			t.Errorf("%q: reason %q, want drop %v", tc.sent, why, tc.drop)
		}
	}
}

func TestOwnSubject(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, tgt, cameo string
		drop                        bool
	}{
		{"A Kenyan newspaper claimed that the firms had held talks with Ugandan regulators.", "newspaper", "held", "Ugandan", "046", true},
		{"By doing so, he said, the firm had intended to attack Uganda.", "he", "attack", "Uganda", "190", true},
		{"Kenya said it would meet Uganda.", "Kenya", "meet", "Uganda", "036", false},
		{"Kenya said Uganda had failed its people.", "Kenya", "failed", "Uganda", "111", false},
		{"A Kenyan lawyer has suggested that Mr Otieno is implicating Uganda only to win a lighter sentence.", "lawyer", "implicating", "Uganda", "112", true},
		{"The Kenyan leader told delegates that Uganda had failed its people.", "leader", "failed", "Uganda", "111", false},
		{"Kenya said that Uganda attacked Tanzania.", "Kenya", "attacked", "Uganda", "112", false},
		{"Kenyan ministers are believed to have agreed to help Uganda.", "ministers", "help", "Uganda", "050", false},
		{"Kenya told Uganda that the talks would resume.", "Kenya", "told", "Uganda", "010", false},
		{"Kenya said yesterday its troops had captured the Ugandan outpost.", "Kenya", "captured", "Ugandan", "192", false},
		{"A Kenyan minister said the government will send trade missions to Uganda.", "minister", "send", "Uganda", "0311", false},
		{"He met Kenya's president, whom he said recently spoke with Uganda's leader.", "president", "spoke", "Uganda", "041", false},
		{"The Kenyan minister told reporters at a briefing following talks with Uganda that progress was made.", "minister", "talks", "Uganda", "046", false},
	} {
		up, at := words(tc.sent, tc.src, tc.verb, tc.tgt)
		s, v, g := at[0], at[1], at[2]
		if why := OwnSubject(up, s, v, g, tc.cameo); (why != "") != tc.drop {
			t.Errorf("%q: reason %q, want drop %v", tc.sent, why, tc.drop)
		}
	}
}

// TestReverseOwnSubject: the reverse of a mutual act in what a speaker
// claimed, its source after the verb and the speaker as its target.
func TestReverseOwnSubject(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, tgt, cameo string
		drop                        bool
	}{
		{"A Kenyan newspaper claimed that the firms will merge next year and already have held discussions with Ugandan regulators.", "Ugandan", "held", "newspaper", "046", true},
		{"Kenya said it had held talks with Uganda.", "Uganda", "held", "Kenya", "046", false},
		{"Kenya held talks with Uganda.", "Uganda", "held", "Kenya", "046", false},
	} {
		up, at := words(tc.sent, tc.src, tc.verb, tc.tgt)
		s, v, g := at[0], at[1], at[2]
		if why := reverseOwnSubject(up, s, v, g, tc.cameo); (why != "") != tc.drop {
			t.Errorf("%q: reason %q, want drop %v", tc.sent, why, tc.drop)
		}
	}
}

func TestOutlet(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, code string
		drop                  bool
	}{
		{"Chile said the floods were severe, Agence France Presse reported.", "Agence", "said", "MED", true},
		{"Speaking on BBC Radio 5, the minister hinted that Labour might raise fuel duty.", "BBC", "hinted", "MED", true},
		{"The BBC criticised the government.", "BBC", "criticised", "GBRMED", false},
		{"Chile said the floods were severe.", "Chile", "said", "CHL", false},
	} {
		up, at := words(tc.sent, tc.src, tc.verb)
		s, v := at[0], at[1]
		if why := outlet(up, s, v, tc.code); (why != "") != tc.drop {
			t.Errorf("%q: reason %q, want drop %v", tc.sent, why, tc.drop)
		}
	}
}

// words splits sent into upper-case words and gives the index of the
// first word equal to each of find (its first word when find holds
// several; -1 when absent), as the coder hands them to this package.
func words(sent string, find ...string) ([]string, []int) {
	toks := pos.Split(sent)
	up := make([]string, len(toks))
	at := make([]int, len(find))
	for k := range at {
		at[k] = -1
	}
	for i, tk := range toks {
		up[i] = strings.ToUpper(tk.Text)
		for k, f := range find {
			if fs := strings.Fields(f); len(fs) > 0 && tk.Text == fs[0] && at[k] < 0 {
				at[k] = i
			}
		}
	}
	return up, at
}

// TestClaimedForce: an attack the speaker claims of itself is a claim of
// responsibility (015); an alleged one, a claimed meeting or an attack
// merely said stay as they were (cov14).
func TestClaimedForce(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		want                   bool
	}{
		{"Kenyan rebels claimed that they had attacked Ugandan troops.", "Kenyan", "attacked", "190", true},
		{"Kenyan rebels claim they shelled Ugandan positions.", "Kenyan", "shelled", "194", true},
		{"Kenyan rebels alleged that they had attacked Ugandan troops.", "Kenyan", "attacked", "190", false},
		{"Kenyan rebels claimed they had met Ugandan troops.", "Kenyan", "met", "040", false},
		{"Kenyan rebels said they had attacked Ugandan troops.", "Kenyan", "attacked", "190", false},
	} {
		up, at := words(tc.sent, tc.src, tc.verb)
		if got := ClaimedForce(up, at[0], at[1], tc.cameo); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.sent, got, tc.want)
		}
	}
}

// TestWarnedState: a warning to an addressee about how things are is a
// pessimistic comment (012), not a threat (rejudge17); a future, a
// condition, the speaker or harm that may come keep the threat.
func TestWarnedState(t *testing.T) {
	for _, tc := range []struct {
		sent, tgt string // tgt: the target's words
		state     bool
	}{
		{"The Kenyan opposition warned the ruling party that it was in danger of losing the north.", "ruling party", true},
		{"Kenya warned Uganda and Tanzania they were close to breaking the treaty.", "Uganda", true},
		{"Kenya warned Uganda and Tanzania they were close to breaking the treaty.", "Tanzania", true},
		{"Kenya warned the Ugandan envoy that the talks might look like a sham.", "Ugandan envoy", true},
		{"Kenya warned Uganda that it would impose sanctions.", "Uganda", false},
		{"Kenya warned Uganda that its troops could be attacked.", "Uganda", false},
		{"Kenya warned Uganda that the border was closed unless the raids stopped.", "Uganda", false},
		{"Kenya warned Uganda that we are ready.", "Uganda", false},
		{"Kenya warned Uganda again that it was ready to retaliate for any raid.", "Uganda", false},
		{"Kenya warned Uganda its new plan must be credible.", "Uganda", false},
		{"Kenya warned Uganda to withdraw its troops.", "Uganda", false},
		{"Kenya warned Uganda against any incursion.", "Uganda", false},
		{"Kenya warned Uganda on Monday.", "Uganda", false},
	} {
		up, at := words(tc.sent, "warned", tc.tgt)
		v, g := at[0], at[1]
		te := g + len(strings.Fields(tc.tgt)) // the token after the target
		if up[g-1] == "THE" {
			g-- // the span holds its article
		}
		if got := WarnedState(up, v, g, te, "130"); got != tc.state {
			t.Errorf("%q: WarnedState %v, want %v", tc.sent, got, tc.state)
		}
	}
}
