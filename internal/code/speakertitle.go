package code

import "dyad/internal/dict"

// speakerAgent is the presiding officer of a legislature named by the
// title alone ("Speaker Paul Ryan", "Speaker Michael Martin"), as
// Phoenix's HOUSE SPEAKER and SPEAKER OF THE HOUSE code him (~LEG).
// Phoenix has no bare SPEAKER: in lower case it is anyone who speaks.
var speakerAgent = &dict.Agent{Names: []dict.Phrase{{{Text: "SPEAKER"}}}, Code: "~LEG", Origin: "the title Speaker before a name"}

// speakerTitle reads "Speaker" written with a capital, right before a
// capitalised name and not after another capitalised word, as the
// legislature's speaker: "Speaker Paul D. Ryan visited Israel". "the
// speaker said", "a keynote speaker", "Guest Speaker John Smith" and a
// Speaker with no name after it are not.
func (st *state) speakerTitle(toks []token, i int) (piece, bool) {
	if st.c.set.TabariRules || toks[i].up != "SPEAKER" || !toks[i].capital || !toks[i].lower || i+1 >= len(toks) {
		return piece{}, false
	}
	if i > 0 && toks[i-1].capital && !toks[i-1].punct && !functionWords[toks[i-1].up] {
		return piece{}, false
	}
	n := toks[i+1]
	if !n.capital || !n.lower || n.punct || functionWords[n.up] {
		return piece{}, false
	}
	return piece{start: i, end: i + 1, agent: speakerAgent}, true
}
