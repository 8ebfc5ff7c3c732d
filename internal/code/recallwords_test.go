package code

import "testing"

// TestRecallWords: words that made a clear event uncodable (cover18,
// issue 12): a country's adjective or people's name Phoenix lacks
// (gen/demonyms.go). want "" means no event.
func TestRecallWords(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"Swedish", "Swedish officials criticised Kenya.", "SWEGOV/KEN/111"},
		{"Swedes", "Kenya deported 30 Swedes.", "KEN/SWE/174"},
		{"Kazakh workers", "Kazakh oil workers criticised Kenya.", "KAZLAB/KEN/111"},
		{"Nepali", "Nepali troops attacked Indian rebels.", "NPLMIL/INDREB/190"},
		{"Slovenian", "The Slovenian government praised Croatia.", "SVNGOV/HRV/051"},
		{"Azeri", "Azeri troops shelled Armenian villages.", "AZEMIL/ARMCVL/190"},
		{"Icelandic", "The Icelandic foreign minister criticised Britain.", "ISLGOV/GBR/111"},
		{"Maldivian", "The Maldivian president criticised India.", "MDVGOV/IND/111"},
		{"Djiboutian", "The Djiboutian government accused Eritrea of aggression.", "DJIGOV/ERI/1123"},
		{"a common word stays none", "Kenya criticised the swede harvest.", ""},
		// hyphenated titles of office (gen extraAgents)
		{"Vice-President", "The Kenyan Vice-President criticised Uganda.", "KENGOV/UGA/111"},
		{"vice-premier", "Kenya's vice-premier met the Ugandan president.", "KENGOV/UGAGOV/040"},
		// a ban, curfew or boycott removed is lifted (gen/verbs.dyad DEPORT)
		{"removed a ban", "Kenya removed the ban on Ugandan imports.", "KEN/UGA/081"},
		{"removed a curfew", "Kenya removed the curfew in Uganda.", "KEN/UGA/0813"},
		{"removed an envoy stays expel", "Kenya removed the Ugandan ambassador.", "KEN/UGAGOV/174"},
		// a ban's object after "on" is no programme heard on (venue.go onBroadcast)
		{"ban on a broadcaster", "Kenya lifted the ban on Ugandan television channels.", "KEN/UGAMED/081"},
		{"said on television", "The Kenyan minister said on Ugandan television that he would resign.", ""},
		// a court after "in a" is the venue; the one after "against" the target (court.go)
		{"lawsuit in a court against", "A Ugandan lawyer has filed a lawsuit in a Nairobi court against the Tanzanian president.", "UGAJUD/TZAGOV/115"},
		{"lawsuit in a court, none against", "A Ugandan lawyer has filed a lawsuit in a Nairobi court.", ""},
		// the one met after the place travelled to (metafter.go)
		{"head to a place to meet", "The Kenyan president prepared to head to Kampala to meet with the Tanzanian president.", "KENGOV/TZAGOV/036"},
		{"travel to a place to meet", "The Kenyan president travelled to Brussels to meet Nato leaders.", "KENGOV/IGOWSTNAT/040"},
		{"travel to a place", "The Kenyan president travelled to Uganda on Monday.", "KENGOV/UGA/040"},
		{"a visit keeps its host", "The Kenyan president flew to Kampala to meet the Tanzanian president.", "KENGOV/UGA/042"},
		// a ban imposed (gen/verbs.dyad IMPOSE)
		{"imposed a ban", "Kenya imposed a ban on Ugandan opposition parties.", "KEN/UGAOPP/172"},
		{"imposed a ban on imports", "Kenya imposed a ban on Ugandan imports.", "KEN/UGA/163"},
		{"imposed an arms ban", "Kenya imposed its arms ban on Uganda in 1989.", "KEN/UGA/163"},
		// peacekeeping taken part in (gen/verbs.dyad DYAD_PARTICIPATE)
		{"participate in peacekeeping", "Kenyan troops participate in peacekeeping operations in Uganda.", "KENMIL/UGA/074"},
		{"participate in anything else", "Kenya participated in the Ugandan election.", ""},
		// the author of an addressed act is the target (addressed.go)
		{"conceded to demands", "Kenya conceded to Uganda's demands.", "KEN/UGA/080"},
		{"bowed to pressure", "Kenya bowed to Uganda's pressure.", "KEN/UGA/080"},
		{"accepted a request", "Kenya accepted the Ugandan president's request.", "KEN/UGAGOV/030"},
		{"said of an offer", "Kenya said Uganda's offer removed a barrier.", ""},
		{"a later verb's offer", "Kenya broke ranks with Tanzania and supported Uganda's call for talks.", "KEN/UGA/032"},
		{"a visit's possessor stays none", "Kenya announced Uganda's visit.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTriple(t, c, tc.text, "2015-01-01", tc.want)
		})
	}
}
