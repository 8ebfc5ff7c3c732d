package code

import "strings"

// entryBody reports whether a mention that an entry of the dictionaries
// or a name codes stands for a body, which "he", "she", "him" and "her"
// never stand for, whatever country its code has (pron19): the entry's
// main name has a body's head word ("UNITED STATES DEPARTMENT OF THE
// TREASURY"), the words that matched it end with one ("Organization" for
// an entry "TANZIM | ORGANIZATION"; "the Federal Reserve"), its code is a
// multinational company's (MNC: "General Electric"), or the name a role
// word was given ends with one ("the Uganda Manufacturers Association":
// "Association" is no person's name). rejudge8's rule kept only entries
// without a country from "he"; "the U.S. Treasury" (USAGOV) slipped by.
func entryBody(toks []token, mem *member, start, end, nameEnd int, agent bool) bool {
	if mem.entry != nil && mem.actor.Code != "" && !agent && nameEnd < 0 && end > start && end <= len(toks) &&
		!personOffices[strings.TrimSuffix(toks[end-1].up, "'S")] { // "the Labour leader" is one person
		if orgEntry(mem.entry) && !personNameWords(mem.entry.Names[0]) || strings.HasPrefix(mem.actor.Code, "MNC") {
			return true
		}
		if regionGroup(mem.actor.Code) {
			return true // "Asian leaders", "Western governments": many states, never "he" (regiongroup.go)
		}
		if entryHead(toks[end-1].up) {
			return true
		}
	}
	return agent && mem.named && nameEnd > 0 && nameEnd <= len(toks) && entryHead(toks[nameEnd-1].up) && !officerOfBody(toks, start)
}

// officerOfBody reports whether one person's office and "of" come right
// before the body's name that begins at or after token start ("Shoichi
// Saba, Chairman of the Electronic Industries Association of Japan"): the
// body is the officer's, and the mention stands for the officer, as
// "IMF Managing Director" does.
func officerOfBody(toks []token, start int) bool {
	k := start - 1
	for n := 0; n < 3 && k >= 0 && toks[k].capital && !toks[k].punct && toks[k].up != "THE" && toks[k].up != "OF"; n++ {
		k-- // "the Electronic Industries Association": the name's first words
	}
	if k >= 0 && toks[k].up == "THE" {
		k--
	}
	return k >= 1 && toks[k].up == "OF" && personOffices[toks[k-1].up]
}

// entryHead reports whether w ends a body's name: a body's noun or an
// organisation's head word ("Association", "Bank", "Council",
// "Ministry"), or "Reserve" (a central bank: "the Federal Reserve").
func entryHead(w string) bool {
	return w != "HOUSE" && bodyNouns[w] || orgHead(w) && w != "GUARD" || w == "RESERVE"
}
