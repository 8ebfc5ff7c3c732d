// A former official of an international organisation is no longer the
// organisation: "Israel has asked a US banker and former International
// Monetary Fund director to run its central bank" is a request to the
// man, not to the IMF (re-judged BBC sample 16, item 12). A state's
// former officeholder becomes its elite (ELI, mention.go); an IGO has no
// elite of its own in the dictionaries (Phoenix codes its former heads
// "ELI" with no country), so the mention keeps its words and person but
// no code: no event of the IGO's is read from it.
//
// Issue 17 (precision).

package code

import "strings"

// exIGOOfficial reports whether a mention of an IGO has "former" or
// "ex-" before or inside it and names one of its people: a role word
// (roleWords: "director", "chief", "envoy", "official") ends it ("a
// former UN envoy", an entry of its own) or follows it ("former
// International Monetary Fund director", "a former IMF chief"). "A
// former IMF programme" names no person and stays.
func exIGOOfficial(toks []token, m *mention, mem *member) bool {
	if !strings.HasPrefix(mem.actor.Code, "IGO") || !exOffice(toks, m.start, m.end) {
		return false
	}
	return roleWords[toks[m.end-1].up] || m.end < len(toks) && roleWords[toks[m.end].up]
}
