package code

// distinctNamed reports whether a source and target of one actor code
// that twoPeople leaves as one actor are two people after all, an event
// of domestic politics (issue 12 item 3):
//
//   - namesakes, two dictionary entries of one surname each named with
//     its own given name ("Bill Clinton praised Hillary Clinton": both
//     USAELI); a bare "Clinton" or "Mrs Clinton" beside a full name is
//     not told apart, nor is an owner ("during Bill Clinton's presidency,
//     has backed Hillary Clinton": no act of Bill Clinton's)
//     (sameSurnameNamed);
//   - a "he" or "she" source reported by a speech verb whose speaker is
//     named before it in the same sentence, and a named target that is
//     another person ("Mr Blair said he still admired Mr Blunkett": both
//     GBRGOV); a pronoun from an earlier sentence, a target pronoun
//     ("Blair criticised himself", "Brown told him"), "they" or "we", and
//     a body as target ("Senate leader Robert Byrd said he wants the
//     Senate to pass a budget": his own body) stay one actor
//     (pronounOfOther).
//
// Both ways the two members are distinct spans naming distinct people;
// one person named twice, a pronoun or plural that refers back, and
// reflexives stay self-dyads. A target that is the subject of a verb of
// its own ("she hoped Mr Blunkett would survive", "he would not
// apologise even if Mr Blair asked") is what was said about, no one
// acted on: no event either.
func (st *state) distinctNamed(toks []token, a, b member) bool {
	if st.targetSubject(toks, b) {
		return false
	}
	return sameSurnameNamed(toks, a, b) || pronounOfOther(toks, a, b)
}

// targetSubject reports whether a modal or an auxiliary, or a verb,
// follows the target: the subject of a clause of its own.
func (st *state) targetSubject(toks []token, b member) bool {
	return b.end < len(toks) && (modal[toks[b.end].up] || toks[b.end].lower && st.isVerbAt(toks, b.end) && presentVerb(toks[b.end].up))
}

// sameSurnameNamed: two different entries whose head names read as
// persons', with one surname and different given names, each given name
// written in the member's own words.
func sameSurnameNamed(toks []token, a, b member) bool {
	if !a.named || !b.named || a.pronoun || b.pronoun || a.entry == nil || b.entry == nil || a.entry == b.entry ||
		len(a.entry.Names) == 0 || len(b.entry.Names) == 0 || countryOf(a.actor.Code) == "" {
		return false
	}
	ha, hb := a.entry.Names[0], b.entry.Names[0]
	if !personNameWords(ha) || !personNameWords(hb) || ha[len(ha)-1].Text != hb[len(hb)-1].Text || ha[0].Text == hb[0].Text {
		return false
	}
	return writesWord(toks, a, ha[0].Text) && writesWord(toks, b, hb[0].Text) && !owner(toks, a) && !owner(toks, b)
}

// owner reports whether a possessive ending follows the member ("Bill
// Clinton's presidency").
func owner(toks []token, m member) bool {
	return m.end < len(toks) && (toks[m.end].up == "'S" || toks[m.end].up == "’S")
}

// writesWord reports whether the member's words hold w (upper case).
func writesWord(toks []token, m member, w string) bool {
	for k := m.start; k < m.end && k < len(toks); k++ {
		if toks[k].up == w {
			return true
		}
	}
	return false
}

// pronounOfOther: a "he" or "she" source standing for a person named
// earlier in its own sentence, the subject of what that person said
// (a speech verb at most six words before the pronoun, after the name),
// and a target named as a person of another surname outside that name's
// words.
func pronounOfOther(toks []token, a, b member) bool {
	if !a.pronoun || b.pronoun || a.ante[1] <= a.ante[0] || a.start >= len(toks) || a.sent != 0 ||
		!b.aliased && (!b.named || b.body || b.entry != nil && (len(b.entry.Names) == 0 || !personNameWords(b.entry.Names[0]))) {
		return false
	}
	if w := toks[a.start].up; w != "HE" && w != "SHE" {
		return false
	}
	if b.start < a.ante[1] && a.ante[0] < b.end {
		return false // the target is the antecedent's own words
	}
	said := false
	for k := max(a.ante[1], a.start-6); k < a.start; k++ {
		said = said || speechVerbs[toks[k].up] || reportVerbs[toks[k].up]
	}
	if !said {
		return false
	}
	a.pronoun = false
	return twoPeople(a, b)
}

// reportVerbs report what a speaker said beyond speechVerbs ("Clinton
// adds that she …", "Mr Brown insisted he …").
var reportVerbs = wordSet("ADDS", "INSISTED", "INSISTS", "ARGUED", "ARGUES", "CLAIMED", "CLAIMS", "ADMITTED", "CONCEDED", "SAYING", "TELLS")
