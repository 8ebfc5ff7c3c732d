package code

// A passive whose participle takes a result before its agent: "was
// beaten to death by Kenyan police", "were shot dead by soldiers". The
// result ("to death", "dead") belongs to the verb; the by-phrase after it
// is still the agent, as in "was beaten by Kenyan police".

// resultBy is the index of "by" after a result phrase right after the
// verb ending at ve ("to death by", "dead by"), or ve when there is none.
func resultBy(toks []token, ve int) int {
	switch {
	case ve+2 < len(toks) && toks[ve].up == "TO" && toks[ve+1].up == "DEATH" && toks[ve+2].up == "BY":
		return ve + 2
	case ve+1 < len(toks) && toks[ve].up == "DEAD" && toks[ve+1].up == "BY":
		return ve + 1
	}
	return adverbBy(toks, ve) // "backed generally by" (adverbby.go)
}
