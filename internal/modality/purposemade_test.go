package modality

import (
	"strings"
	"testing"
)

func TestPurposeOfMade(t *testing.T) {
	for _, tc := range []struct {
		sent, src, verb, cameo string
		code                   string // "" with why "": kept as is; "" with why: dropped
		why                    string
	}{
		// the purpose of what was raised, formed or launched: not done
		{"The group is raising money to fight Museveni.", "group", "fight", "190", "", "purpose"},
		{"Kenya formed a coalition to topple the Ugandan government.", "Kenya", "topple", "180", "", "purpose"},
		{"The rebels launched a movement to challenge Museveni.", "rebels", "challenge", "110", "", "purpose"},
		{"Democrats raised millions of dollars to defeat Trump.", "Democrats", "defeat", "190", "", "purpose"},
		{"Exiles set up a fund in order to oppose the regime.", "Exiles", "oppose", "110", "", "purpose"},
		// a plan noun's cooperative purpose stays its intent (planNouns)
		{"Kenya launched a campaign to help Uganda.", "Kenya", "help", "070", "033", "intent"},
		// raising a tariff is a sanction; a participle is no act of the source
		{"Kenya would raise tariffs on Ugandan goods to penalize Uganda.", "Kenya", "penalize", "137", "", ""},
		{"The rebels used software created by a firm in Kenya to claim the attack on Uganda.", "rebels", "claim", "015", "", ""},
		// not this shape: kept as the other rules read them
		{"Kenya agreed to help Uganda.", "Kenya", "help", "070", "033", "intent"},
		{"Kenya sent troops to fight the rebels.", "Kenya", "fight", "190", "", ""},
		{"Kenya used drones to strike the camps.", "Kenya", "strike", "195", "", ""},
		{"Kenya started to criticise Uganda.", "Kenya", "criticise", "111", "", ""},
		{"Kenya formed a government and criticised Uganda.", "Kenya", "criticised", "111", "", ""},
		{"Kenya set the talks to end the war.", "Kenya", "end", "111", "", ""},
	} {
		code, why := judge(t, tc.sent, tc.src, tc.verb, tc.cameo)
		if code != tc.code || !strings.Contains(why, tc.why) || tc.why == "" && why != "" {
			t.Errorf("%q: got %q (%s), want %q (%s)", tc.sent, code, why, tc.code, tc.why)
		}
	}
}
