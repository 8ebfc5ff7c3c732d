package code

import (
	"strings"

	"dyad/internal/dict"
)

// outletEntry reports whether an actor entry is a news outlet's: its
// codes are all undated and end MED ("WASHINGTON POST" USAMED, "BBC"
// GBRMED, "HAARETZ" ISRMED; a journalist's or a broadcaster's chief's
// entry has the dates of the post). An outlet is a body, never "he" or
// "she" ("In an interview with The Washington Post, Lewandowski said he
// …"), and naming it does not make an article about its country ("Al
// Jazeera aired the video" in a story from Iraq). Before the outlets had
// their country (internal/dict/gen/mediacountry.go) a country-less MED
// kept them from both.
func outletEntry(a *dict.Actor) bool {
	if a == nil || len(a.Codes) == 0 {
		return false
	}
	for _, c := range a.Codes {
		if c.From != "" || c.To != "" || !strings.HasSuffix(c.Code, "MED") {
			return false
		}
	}
	return true
}
