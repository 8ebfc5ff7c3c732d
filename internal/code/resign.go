// Resignations: CAMEO files "resign" under yielding (083, 0831 with
// "government" or "minister"), an act toward the ones who demanded it.
// Leaving a body or a post names no such actor: the body left ("resigned
// from the government", "from his White House post"), the post taken
// ("resigned to become European commissioner") and an actor of the next
// clause ("told the nation he was resigning and the Queen invited Mr
// Wilson") are no target. A head stepping down from the office of a
// country yields to that country ("resigned as president of Indonesia",
// cameo-human's gold), so that target stays.

package code

// resignWords are the verbs of leaving an office that CAMEO codes 08.
var resignWords = map[string]bool{
	"RESIGN": true, "RESIGNS": true, "RESIGNED": true, "RESIGNING": true,
	"VACATE": true, "VACATES": true, "VACATED": true, "VACATING": true,
}

// stepWords with "down" after them are a resignation ("stepped down").
var stepWords = map[string]bool{"STEP": true, "STEPS": true, "STEPPED": true, "STEPPING": true}

// resignation reports whether the verb at toks[vs:ve] leaves an office.
func resignation(toks []token, vs, ve int) bool {
	if resignWords[toks[vs].up] {
		return true
	}
	return stepWords[toks[vs].up] && vs+1 < len(toks) && toks[vs+1].up == "DOWN"
}

// officeOf reports whether the mention m names the country or body whose
// office the one resigning held: "as" right after the verb (or after
// "down"), then the office with "of" inside the mention ("resigned as
// president of Indonesia": one mention) or at most four words of the
// office, "of" (and "the") before m ("stepped down as chairman of the
// Kenyan party").
func officeOf(toks []token, ve int, m *mention) bool {
	if m == nil {
		return false
	}
	k := ve
	if k < len(toks) && toks[k].up == "DOWN" {
		k++
	}
	if k >= len(toks) || toks[k].up != "AS" {
		return false
	}
	if m.start == k+1 {
		for i := m.start + 1; i < m.end; i++ {
			if toks[i].up == "OF" {
				return true
			}
		}
		return false
	}
	at := m.start
	if at > 0 && toks[at-1].up == "THE" {
		at--
	}
	return at-1 > k+1 && at-1 <= k+5 && toks[at-1].up == "OF"
}
