package code

// A statement, resolution, report or letter is said by what it says
// (chprec15, issue 17). CAMEO.2.0.txt codes "issued a statement" 010,
// "approved a resolution" 010 (ALLOW's "* &SOLUTION"), "sent a letter"
// 040 (letterContent makes it 010 or an appeal) and "put out a report"
// 016; when a participle right after the document says what it does —
// "a resolution criticising the Ugandan government", "a statement
// accusing Uganda of …", "a letter threatening to cut aid" — the act is
// that judgement, coded as its verb is (111 criticise or denounce, 112
// accuse, 130 threaten, 051 praise, 055 apologise, 020 appeal, 100
// demand), not a neutral comment. The codebook: 010 "Make statement,
// not specified below"; a statement that criticises is 111.

// docNouns are the written or formal texts an actor issues, approves,
// publishes or sends.
var docNouns = wordSet("STATEMENT", "STATEMENTS", "RESOLUTION", "RESOLUTIONS", "REPORT", "REPORTS",
	"LETTER", "LETTERS", "COMMUNIQUE", "COMMUNIQUES", "DECLARATION", "DECLARATIONS", "MOTION", "MOTIONS",
	"MEMO", "MEMORANDUM", "MESSAGE", "MESSAGES", "PETITION", "PETITIONS", "NOTE", "EDITORIAL")

// contentJudge: participles whose object is the one judged; the event's
// target must be that object, right after the participle.
var contentJudge = map[string]string{
	"CRITICIZING": "111", "CRITICISING": "111", "CONDEMNING": "111", "DENOUNCING": "111", "DEPLORING": "111",
	"DECRYING": "111", "CENSURING": "111", "SLAMMING": "111", "BLASTING": "111",
	"ACCUSING": "112", "BLAMING": "112",
	"PRAISING": "051", "HAILING": "051", "COMMENDING": "051", "APPLAUDING": "051", "LAUDING": "051",
	"CONGRATULATING": "051", "ENDORSING": "051",
	"APOLOGIZING": "055", "APOLOGISING": "055",
}

// contentAsk: participles of asking or threatening, whose target may be
// the one addressed ("a letter to the Ugandan president urging him …").
var contentAsk = map[string]string{
	"URGING": "020", "CALLING": "020", "ASKING": "020", "APPEALING": "020", "IMPLORING": "020", "PLEADING": "020",
	"DEMANDING": "100", "THREATENING": "130",
}

// docContent returns the code of a statement (01x) or a consultation
// (04x) read from a verb whose object is a document noun (within four
// words after the verb) that a participle of judgement, appeal or threat
// follows (within six lower-case words, no punctuation but an
// abbreviation's parentheses between) and the note that
// says why ("", "" when none). "Kenya issued a statement criticising
// Uganda." 010 → 111; "The Kenyan parliament approved a resolution
// condemning the Ugandan government." 010 → 111; "Kenya issued a
// statement on the Ugandan elections." stays 010; "… a resolution backing
// the use of force against Uganda" stays: Uganda is not what is backed.
func docContent(toks []token, cd cand) (string, string) {
	r := root(cd.code)
	if r != "01" && r != "03" && r != "04" || cd.verbEnd > len(toks) {
		return "", ""
	}
	at := -1
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+4; k++ {
		if docNouns[toks[k].up] && !toks[k].capital {
			at = k
			break
		}
		if toks[k].punct {
			return "", ""
		}
	}
	if at < 0 {
		return "", ""
	}
	words := 0
	for k := at + 1; k < len(toks) && k <= at+16 && words < 6; k++ {
		w := toks[k]
		if w.up == "(" {
			for k+1 < len(toks) && toks[k+1].up != ")" && toks[k+1].capital {
				k++ // "the World Health Organization (WHO) threatening": an abbreviation
			}
			if k+1 < len(toks) && toks[k+1].up == ")" {
				k++
				continue
			}
			return "", ""
		}
		if w.punct || clauseBreak[w.up] || w.up == "THAT" || w.up == "WHICH" || w.up == "WHO" {
			return "", ""
		}
		if w.capital {
			continue
		}
		words++
		if c, ok := contentJudge[w.up]; ok {
			if !objectNext(toks, k+1, cd.tgt.start, c == "055") {
				return "", ""
			}
			return c, "a document said by its content (" + w.up + "): " + cd.code + " → " + c
		}
		if c, ok := contentAsk[w.up]; ok {
			obj := k + 1
			if w.up == "CALLING" || w.up == "APPEALING" || w.up == "PLEADING" {
				if obj >= len(toks) || toks[obj].up != "ON" && toks[obj].up != "TO" && toks[obj].up != "WITH" {
					return "", "" // "a statement calling him a hero": a naming; "calling for action against Uganda": Uganda is not asked
				}
				obj++
			}
			if c != "130" && !objectNext(toks, obj, cd.tgt.start, false) {
				return "", "" // "a resolution urging restraint by Uganda": Uganda is not the one urged
			}
			return c, "a document said by its content (" + w.up + "): " + cd.code + " → " + c
		}
	}
	return "", ""
}

// objectNext reports whether the target starting at t is the object
// right after the participle that ends before i: only determiners (and,
// for an apology, "to") between.
func objectNext(toks []token, i, t int, to bool) bool {
	if t < i {
		return false
	}
	for k := i; k < t; k++ {
		w := toks[k].up
		if !determiners[w] && !(to && w == "TO") {
			return false
		}
	}
	return true
}
