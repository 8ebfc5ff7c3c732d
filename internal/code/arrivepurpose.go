package code

import "dyad/internal/dict"

// An arrival's purpose is no place arrived at (chprec15, issue 17).
// CAMEO.2.0.txt's ARRIVE block has "* (TO) [040]", written for COME
// ("came to Uganda"); it also matches the "to" of a purpose infinitive
// ("troops arrived in Mali to join the peacekeeping mission",
// "peacekeepers arrive at the airport to participate in …") and, one
// element long like them, outranks the block's patterns for who arrives:
// "&MILITARY * [072]" (military aid), "&PKO * [074:0861]" (peacekeepers
// provided and received). Such a match is kept only as a fallback: any
// other pattern of the block that matches wins, and with none the
// verb's own code (ARRIVE 040) is the same as before. "The Kenyan
// foreign minister arrived in Uganda to hold talks." stays 040.

// infinitiveTo reports whether pattern p is the bare "* TO" and the word
// after the "to" it matched (ending at postEnd) opens an infinitive: a
// lower-case word that is no determiner, number, function word or
// punctuation ("to join", "to help"; not "to Uganda", "to the summit").
func infinitiveTo(toks []token, p *dict.Pattern, postEnd int) bool {
	if p.Text != "* TO" || postEnd < 1 || postEnd >= len(toks) || toks[postEnd-1].up != "TO" {
		return false
	}
	w := toks[postEnd]
	return !w.capital && !w.punct && letters(w.up) && !determiners[w.up] && !functionWords[w.up] && !numberWord(w.up)
}
