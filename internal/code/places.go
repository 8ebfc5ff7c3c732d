// Places named only as locations (places, issue 17): a place after "in
// the", a gathering's place, where someone is, where a broadcast was
// monitored and where a violent act happened are no party to the act.
//
// A capital or country standing for its government in the subject
// position ("Nairobi protested to Kampala") stays an actor: every rule
// here wants the place after a preposition of location, and a bare place
// (a country's code alone).

package code

import "strings"

// venuePrepAt is the index of the preposition of location ("in", "at",
// "near", … as venuePreps) before the mention starting at token at, with
// "the" allowed between ("in the Netherlands", "at the Belgian resort of
// Knokke"); -1 if none. Before, the venue rules looked only at the word
// right before the place, so "said in the U.S." kept the U.S. as target
// where "said in Kenya" lost Kenya.
func venuePrepAt(toks []token, at int) int {
	p := at - 1
	if p > 2 && toks[p].up == "OF" && !toks[p-1].capital && townNouns[toks[p-1].up] {
		// "in the Sardinian resort of Porto Cervo", "at the town of
		// Malindi": the place named after a noun of a town or resort
		p -= 2
		for k := 0; k < 2 && p > 0 && toks[p].capital && !toks[p].punct; k++ {
			p-- // "Sardinian", "Thai beach" (its lower-case noun is not skipped)
		}
		for k := 0; k < 2 && p > 0 && !toks[p].capital && !toks[p].punct && !venuePreps[toks[p].up] && toks[p].up != "THE"; k++ {
			p-- // "the Thai beach resort of …"
		}
	}
	if p > 0 && (toks[p].up == "THE" || toks[p].up == "A") {
		p--
	}
	if p < 0 || !venuePreps[toks[p].up] {
		return -1
	}
	return p
}

// townNouns before "of" name a place by its kind: what follows is its
// name ("the resort of Knokke", "the town of Malindi").
var townNouns = wordSet("RESORT", "TOWN", "CITY", "VILLAGE", "PORT", "ISLAND", "SUBURB", "DISTRICT", "PROVINCE", "REGION", "SPA")

// gatheringPlace reports whether the mention m, a place (a country's code
// alone), follows "in" or "at" (or "in the") right after a lower-case noun
// of a gathering, up to three words of time between ("next week's IMF
// meeting in Washington", "a meeting last weekend in Managua", "its
// annual meeting in Manila"): the gathering's place, no party to any act
// done at or about it, as source or target (venue16's thirdPlace said so
// for 044 alone; "raised the issue at the annual meeting in Manila" was
// JPN 110 PHL, "will attend a meeting in Managua" BRAGOV 036 NIC). A verb
// of arriving or travelling keeps the place it goes to ("arrived in
// Kampala for the meeting" has the place after the verb, not after the
// noun, and is not this rule's), and so does attending the gathering, a
// visit to its place by the codebook's 042 ("declined to attend the
// conference in Kenya" stays 125 toward Kenya).
func gatheringPlace(toks []token, m *mention, vs int) bool {
	if m == nil || !place(m) || visitVerb(toks[vs].up) {
		return false
	}
	p := venuePrepAt(toks, m.start)
	if p < 1 || toks[p].up != "IN" && toks[p].up != "AT" {
		return false
	}
	n := p - 1
	for k := 0; k < 3 && n > 0 && timeWords[toks[n].up]; k++ {
		n-- // "a meeting last weekend in Managua"
	}
	if toks[n].capital || !gatheringNouns[toks[n].up] {
		return false
	}
	for k := vs; k < n; k++ {
		if strings.HasPrefix(toks[k].up, "ATTEND") {
			return false // attending it is a visit to its place, also when declined
		}
	}
	return true
}

// beInForms before "in" make the place where the subject is.
var beInForms = wordSet("IS", "WAS", "ARE", "WERE", "BE", "BEEN", "BEING")

// beInAdverbs may stand between the form of "be" and "in".
var beInAdverbs = wordSet("NOW", "STILL", "CURRENTLY", "ALREADY", "ALSO", "THEN", "BRIEFLY")

// whereSubjectIs reports whether the mention m, a place before the verb
// at vs, follows "in" or "at" (or "in the") right after a form of "be"
// ("Okello, who is in Nairobi to attend the IMF meetings", "who was
// still in Kampala") or after a comma ("the two senators, in Kenya as
// part of a regional tour, …"): where the subject is, never the subject
// of the verb after it. Before, the place was the source of the verb
// ("is in Nairobi to attend the meetings of the IMF" gave KEN 042 IMF and
// IMF 043 KEN).
func whereSubjectIs(toks []token, m *mention, vs int) bool {
	if m == nil || m.end > vs || !place(m) {
		return false
	}
	p := venuePrepAt(toks, m.start)
	if p < 1 || toks[p].up != "IN" && toks[p].up != "AT" {
		return false
	}
	b := p - 1
	if b > 0 && beInAdverbs[toks[b].up] {
		b--
	}
	return beInForms[toks[b].up] || toks[b].up == ","
}

// monitorWords are the participles that say where a broadcast or an
// agency's report was picked up.
var monitorWords = wordSet("MONITORED", "HEARD", "RECEIVED")

// monitoredIn reports whether the mention m, a place, follows "in" (or
// "in the") after a participle of monitoring set off by a comma before
// it ("Radio Kampala, monitored in Nairobi, said …", "the official news
// agency, monitored in Tokyo, reported"): where the broadcast was
// heard, no party to what it said.
func monitoredIn(toks []token, m *mention) bool {
	if m == nil || !place(m) {
		return false
	}
	p := venuePrepAt(toks, m.start)
	return p >= 2 && toks[p].up == "IN" && monitorWords[toks[p-1].up] && toks[p-2].up == ","
}

// monitoredBroadcast reports whether the verb at vs is a participle of
// monitoring set off by a comma after a name ("Radio Kampala, monitored
// in Nairobi, said"): it says where the broadcast was heard, no act of
// anyone (OVERSEE_MANAGE's MONITOR made it 090 from the broadcaster to the
// place).
func monitoredBroadcast(toks []token, vs int) bool {
	return vs >= 1 && vs+1 < len(toks) && toks[vs].up == "MONITORED" && toks[vs-1].up == "," &&
		(toks[vs+1].up == "IN" || toks[vs+1].up == "BY")
}

// violentAgentless reports whether a passive without "by" codes an act
// of unconventional violence (18: "was kidnapped in Kampala", "was
// abducted in Baghdad", "was assaulted in Nairobi"), which a state does
// not do by its own name: the place after "in" is where it happened, not
// who did it. A state's own acts keep the place as their agent ("was
// detained in Zambia", "were released from the US camp": its
// authorities), and so does military force (19, 20), where the
// UniversalPetrarch gold codes "was shot dead in X" as X's 190.
func violentAgentless(code string) bool {
	return root(code) == "18"
}
