package modality_test

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/code"
	"dyad/internal/coding"
)

// TestOneSided codes sentences written for this test with the default
// coder: a two-way act one side hopes, plans or offers is that side's
// intent only; a scheduled one ("will") is both sides', and a giver or a
// passive's agent after the verb stays the source.
func TestOneSided(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want string }{
		{"Kenya hopes to sign a deal with Uganda.", "KEN 030 UGA"},
		{"Kenya hopes to reach a deal with Uganda.", "KEN 030 UGA"},
		{"Kenya offered to sign a deal with Uganda.", "KEN 030 UGA"},
		{"Kenya is ready to reach an agreement with Uganda.", "KEN 030 UGA"},
		{"Uganda will receive loans from Kenya.", "KEN 0331 UGA"},
		{"Uganda will be attacked by Kenya.", "KEN 138 UGA"},
		// a "that" clause another hopes: neither direction is done
		{"The organisers hope that the Ugandan president will use the opportunity for talks with the Kenyan president.", ""},
		// dev14: a negation inside a verb phrase that opens with "be"
		{"Kenya is not critical of Uganda.", ""},
		{"Kenya was never supportive of Uganda.", ""},
		{"Kenya is highly critical of Uganda.", "KEN 111 UGA"},
	} {
		var got []string
		for _, ev := range c.Code(context.Background(), "d", tc.sent, "2024-01-01") {
			got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%q → %q, want %q", tc.sent, got, tc.want)
		}
	}
}

// TestNotStated codes sentences written for this test with the default
// coder: acts named but not stated as done (gates10) are held back by the
// modality gate with their reason; an appeal, a quantity and a plain act
// stay.
func TestNotStated(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want, why string }{
		{"Kenyan troops are better trained than having Ugandan officers command Tanzanian units.", "", "comparison (than)"},
		{"The Kenyan minister said fewer of them pay taxes than comparable Ugandan firms.", "", "comparison (than)"},
		{"Kenyan ministers made the case for invading Uganda.", "", "not done (case for)"},
		{"Kenya decided against sending troops to Uganda.", "", "not done (decided against)"},
		{"The Kenyan police opted against arresting the Ugandan minister.", "", "not done (opted against)"},
		{"Kenyan officials hope to emulate the success of Uganda.", "", "wish (hope to)"},
		{"The treaty extends the right of the Kenyan parliament to overrule the Ugandan courts.", "", "not done (right of)"},
		{"Kenya dismissed the claim that it had attacked Uganda.", "", "not stated (claim that)"},
		{"Kenya denied rumours that Kenyan troops had attacked Uganda.", "", "not stated (rumours that)"},
		{"The rally was designed to show that the Kenyan president is speaking directly to Ugandan voters.", "", "not stated (to show)"},
		{"Kenya is keen to trade with Uganda, now that relations between the two countries have improved a lot.", "KEN 031 UGA", "state (relations improved)"},
		{"The Kenyan president said helping Ugandan refugees could be his legacy.", "", "hypothetical (helping … could be)"},
		{"The Kenyan president said helping Ugandan refugees was his legacy.", "KENGOV 070 UGAREF", ""},
		{"The Kenyan opposition leader said backing the Kenyan government meant choosing higher taxes.", "", "generic (backing … meant)"},
		{"The Kenyan minister said criticising Uganda is pointless.", "", "generic (criticising … is)"},
		{"Kenya is looking to Uganda for help.", "KEN 020 UGA", ""},
		{"More than 100 Kenyan soldiers attacked Uganda.", "KENMIL 190 UGA", ""},
		{"The Kenyan bank is one of six lenders that were barred from providing loans to Uganda.", "", "not done (barred from)"},
		{"Kenyan firms were prevented from trading with Uganda.", "", "not done (prevented from)"},
		{"Kenya attacked Uganda rather than Tanzania.", "KEN 190 UGA", ""},
		// chprec11: allegations, and a denied charge whose "that" comes late
		{"Kenya summoned the Ugandan ambassador after allegations that Ugandan spies targeted the Kenyan ruling party.", "KEN 114 UGAGOV", "not stated (allegations that)"},
		{"The Kenyan president denied charges from the Ugandan opposition on Thursday that he had joined a coalition led by the Ugandan president.", "KENGOV 016 UGAOPP", "denied (denied charges … that)"},
		// senses3: a denied state is no denied act (deniedState)
		{"The Kenyan opposition leader denied his shadow cabinet was split over its decision to back the Ugandan plan.", "", "denied (denied … a state)"},
		{"The Kenyan opposition leader denied a split in the shadow cabinet over Uganda.", "", ""},
		{"Kenya denied attacking Uganda.", "KEN 016 UGA", ""},
		{"Kenya denied it was planning to attack Uganda.", "KEN 016 UGA", ""},
		// senses3: wanting to cooperate stays an intent (wantedAct leaves it)
		{"Kenya wants to cooperate with Uganda.", "KEN 032 UGA", ""},
	} {
		var got, why []string
		evs, gated := c.CodeExplain(context.Background(), "d", tc.sent, "2024-01-01")
		for _, ev := range evs {
			got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
		}
		for _, g := range gated {
			why = append(why, g.Reason)
		}
		if strings.Join(got, ", ") != tc.want || tc.why != "" && !strings.Contains(strings.Join(why, "; "), tc.why) {
			t.Errorf("%q → %q (gated %q), want %q (gated %q)", tc.sent, got, why, tc.want, tc.why)
		}
	}
}

// TestNounInPhrase: a meeting or a visit named as a noun in a phrase of
// its own took place, whatever intent the verb before the phrase states
// (visit17); after "to engage in", or with a word of what is still to
// come, it is that verb's object and its intent.
func TestNounInPhrase(t *testing.T) {
	c, err := coding.New(context.Background(), code.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ sent, want string }{
		{"Kenya agreed in talks with Uganda to lower its tariffs.", "KEN 030 UGA, KEN 046 UGA, UGA 046 KEN"},
		{"Kenya pledged aid to Tanzania during a visit to Uganda.", "KEN 031 TZA, KEN 042 UGA, UGA 043 KEN"},
		{"Kenya pledged support to the Ugandan people during a visit to Uganda.", "KEN 032 UGAPPL"},
		{"The Kenyan minister said during a visit to Uganda that trade would grow.", "KENGOV 042 UGA"},
		{"The Kenyan minister didn't mention Tanzania during a visit to Uganda.", ""},
		{"The Kenyan minister criticised Tanzania during a visit to Uganda starting on Sunday.", "KENGOV 111 TZA"},
		{"Kenya agreed to engage in talks with Uganda.", "KEN 036 UGA, KEN 036 UGA, UGA 036 KEN"},
		{"Kenya will offer a new plan at talks with Uganda next week.", "KEN 036 UGA"},
	} {
		var got []string
		evs, _ := c.CodeExplain(context.Background(), "d", tc.sent, "2024-01-01")
		for _, ev := range evs {
			got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%q → %q, want %q", tc.sent, got, tc.want)
		}
	}
}
