package code

import (
	"context"
	"strings"
	"testing"
)

// TestSenses20: verb senses readers found wrong (senses20, issue 17); the
// events must be exactly these.
func TestSenses20(t *testing.T) {
	c := testCoder(t)
	tests := []struct{ name, text, want string }{
		// a plea is an appeal, no demand (pleaAppeal)
		{"exhorted to release", "The Kenyan opposition leader exhorted Uganda to release the prisoners.", "KENOPP/UGA/0253"},
		{"exhorted", "The Kenyan opposition leader exhorted Uganda to act.", "KENOPP/UGA/020"},
		{"demanded release", "The Kenyan opposition leader demanded that Uganda release the prisoners.", "KENOPP/UGA/100"},
		// campaigning for a candidate is support (campaignedFor)
		{"campaigned for a person", "The Kenyan president campaigned for Yoweri Museveni.", ""},
		{"campaigned heavily for a person", "The Kenyan president campaigned heavily for Yoweri Museveni.", ""},
		{"campaigned for a leader", "The Kenyan president campaigned for the Kenyan opposition leader in Nairobi.", ""},
		{"campaigned for to release", "The Kenyan president campaigned for Uganda to release the men.", "KENGOV/UGA/1053"},
		{"campaigned for a release", "The Kenyan president campaigned for the Ugandan opposition leader's release.", "KENGOV/UGAOPP/1053"},
		// "come to" a stance or a rescue is no arrival (cameToState)
		{"come to the defence", "The Kenyan president said he would not come to the defence of Uganda.", ""},
		{"when it comes to", "Kenya cannot be neutral when it comes to Uganda.", ""},
		{"come to be seen", "The Kenyan president has come to be seen as an ally of Uganda.", ""},
		{"come to distrust", "The Kenyan president has come to distrust Uganda.", ""},
		{"came close to", "The Kenyan president came close to Uganda.", ""},
		{"coming around to", "The Kenyan president was coming around to Uganda.", ""},
		{"came to a country", "The Kenyan president came to Uganda.", "KENGOV/UGA/040"},
		{"came to talk", "The Kenyan president came to Uganda to talk to the Ugandan president.", "KENGOV/UGA/040"},
		{"it will come to", "Uganda said it would come to Kenya.", "UGA/KEN/040"},
		// staging an event of someone hosts no visit (hostedShow)
		{"hosted an event", "The Kenyan ruling party hosted a Ugandan opposition event in Nairobi.", ""},
		{"hosted a dinner for", "The Kenyan president hosted a dinner for the Ugandan president.", "KENGOV/UGAGOV/043"},
		{"hosted a person", "The Kenyan president hosted the Ugandan president.", "KENGOV/UGAGOV/043 UGAGOV/KENGOV/042"},
		// talks that collapsed are halted (talksFailed)
		{"talks collapsed", "Talks between Kenya and Uganda collapsed on Monday.", "KEN/UGA/164 UGA/KEN/164"},
		{"talks broke down", "Talks between Kenya and Uganda broke down over the border.", "KEN/UGA/164 UGA/KEN/164"},
		{"talks resumed", "Talks between Kenya and Uganda resumed on Monday.", "KEN/UGA/046 UGA/KEN/046"},
		// a fact recognised or acknowledged (acknowledgedFact)
		{"recognised that", "Kenya recognised that Uganda had faced a difficult year.", ""},
		{"acknowledged that", "Kenya acknowledged that Uganda owns the port.", ""},
		{"acknowledged an apology", "Kenya acknowledged the Ugandan president's apology.", ""},
		{"recognised efforts", "Kenya recognised Uganda's efforts to end the war.", "KEN/UGA/051"},
		{"acknowledged killing", "Kenya acknowledged that its troops had killed Ugandan civilians.", "KEN/UGACVL/015 KEN/UGACVL/202"},
		// a lender's support is aid (lentSupport)
		{"received IMF support", "Uganda received IMF support.", "IGOBUSIMF/UGA/071"},
		{"support from the World Bank", "Uganda received support from the World Bank.", "IGOUNODEVWBK/UGA/071"},
		{"received a state's support", "Uganda received Kenyan support.", "KEN/UGA/051"},
		// wanting someone to be something is a wish (wantedState)
		{"want to be", "We want the Kenyan president to be as accessible as possible.", ""},
		{"wants firms to be named", "Kenya wants three Ugandan firms to be named members of the exchange.", ""},
		{"wants to close", "Kenya wants Ugandan firms to close their offices.", "KEN/UGABUS/020"},
		{"wants someone banned", "A Kenyan lawmaker wants Ugandan President Museveni banned from the country.", ""},
		// prec17: wanting someone to have something is a wish too, past a
		// possessive ("magistrates' courts")
		{"wants courts to have", "The Kenyan minister wants Ugandan magistrates' courts to have new facilities.", ""},
		{"wants someone to leave stays", "Kenya wants Uganda's army to leave.", "KEN/UGAMIL/020"},
		{"wanted them arrested", "Kenya wanted the Ugandan rebels arrested.", ""},
		{"a participle after to and a verb stays", "Kenya wants Uganda to release the detained journalists.", "KEN/UGA/0253"},
		// appealing to voters attracts them (appealAttracts)
		{"would appeal to women", "The Kenyan opposition leader's proposals would appeal to Ugandan women too.", ""},
		{"appealing not to", "The Kenyan president is appealing to Uganda not to close the border.", "KENGOV/UGA/020"},
		{"appealed for calm", "The Kenyan president appealed to Uganda for calm.", "KENGOV/UGA/020"},
		// a party's own city is no host of the other (venueOfParty)
		{"concluded talks in a party's city", "Uganda and Kenya concluded talks in Nairobi.", ""},
		{"concluded talks in another's city", "Uganda concluded talks in Nairobi.", "UGA/KEN/042 KEN/UGA/043"},
		// a call to speak is a telephone call, no appeal (calledToSpeak)
		{"called to apologise for", "The Kenyan president called the Ugandan president to apologise for the raid.", "KENGOV/UGAGOV/041"},
		{"called on Wednesday to congratulate on", "The Kenyan president called new Ugandan President Yoweri Museveni on Wednesday to congratulate him on becoming president.", "KENGOV/UGAGOV/041"},
		{"called on to release", "Kenya called on Uganda to release the men.", "KEN/UGA/0253"},
		{"called to ask for", "The Kenyan president called the Ugandan president to ask for help.", "KENGOV/UGAGOV/020"},
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
