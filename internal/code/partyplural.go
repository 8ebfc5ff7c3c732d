// A party's members named in the plural: "opposition Democrats", "the
// Tories", "Republicans" (reuters18, issue 17).
//
// A party's entry matched by a plural word stands for the party's many
// members, a body: "he" and "she" never stand for it. It was taken as
// one person, so a "he" of the next sentence ("However, Baldrige warned
// … and he said he would urge Reagan to veto", Baldrige in no
// dictionary) became the Democratic Party (USAOPP 020 USAGOV).

package code

import (
	"strings"

	"dyad/internal/dict"
)

// partyPlural reports whether a mention coded by a party's entry, with no
// person's name, ends in a plural word ("opposition Democrats", "Tories",
// "Greens"; not "Labour", not "Democratic Party", not "Democrat John
// Smith").
func partyPlural(toks []token, entry *dict.Actor, end, nameStart int) bool {
	if entry == nil || nameStart >= 0 || end <= 0 || end > len(toks) || !partyEntry(entry) {
		return false
	}
	w := toks[end-1].up
	return len(w) > 3 && strings.HasSuffix(w, "S") && !strings.HasSuffix(w, "SS") && !strings.HasSuffix(w, "'S") && w != "PARTY"
}
