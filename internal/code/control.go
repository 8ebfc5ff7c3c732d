// Roles inside one sentence that the clause rules read from the wrong
// noun: the subject of an infinitive after a verb of causing or asking
// ("prompting the Queen to ask Harold Wilson"), a list that is no
// subject acting with itself ("the economies of Kenya, Uganda and
// Tanzania improved"), and the victims of an actor ("donate to victims
// of Idi Amin's regime").

package code

import "strings"

// controlVerbs take an object and then an infinitive whose subject that
// object is ("forced the party to compromise", "urged Kay to convey",
// "prompting the Queen to ask"). "call on" and "appeal to" take it
// after their particle (controlParticles).
var controlVerbs = wordForms(
	"PROMPT", "PROMPTS", "PROMPTED", "PROMPTING",
	"FORCE", "FORCED", "FORCING",
	"LEAD", "LEADS", "LED", "LEADING",
	"CAUSE", "CAUSES", "CAUSED", "CAUSING",
	"PERSUADE", "PERSUADES", "PERSUADED", "PERSUADING",
	"CONVINCE", "CONVINCES", "CONVINCED", "CONVINCING",
	"ALLOW", "ALLOWS", "ALLOWED", "ALLOWING",
	"ENABLE", "ENABLES", "ENABLED", "ENABLING",
	"ENCOURAGE", "ENCOURAGES", "ENCOURAGED", "ENCOURAGING",
	"INVITE", "INVITES", "INVITED", "INVITING",
	"URGE", "URGES", "URGED", "URGING",
	"ASK", "ASKS", "ASKED", "ASKING",
	"TELL", "TELLS", "TOLD", "TELLING",
	"ORDER", "ORDERS", "ORDERED", "ORDERING",
	"PUSH", "PUSHES", "PUSHED", "PUSHING",
	"PRESS", "PRESSED", "PRESSING",
	"PRESSURE", "PRESSURED", "PRESSURING", "PRESSURES",
	"REQUIRE", "REQUIRES", "REQUIRED", "REQUIRING",
	"WANT", "WANTS", "WANTED", "WANTING",
	"EXPECT", "EXPECTS", "EXPECTED", "EXPECTING",
	"HELP", "HELPS", "HELPED", "HELPING")

// controlParticles: "called on X to", "appealed to X to".
var controlParticles = map[string]map[string]bool{
	"ON": wordForms("CALL", "CALLS", "CALLED", "CALLING"),
	"TO": wordForms("APPEAL", "APPEALS", "APPEALED", "APPEALING"),
}

// wordForms is a set of upper-case words.
func wordForms(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// phraseStops end the noun phrase between a control verb and "to": a
// clause of its own ("asked how much money he was getting to talk"), a
// preposition ("asking for clarification on the move to allow", "brought
// pressure on the IMF to approve", "called on Reagan in a resolution to
// retaliate"), or another verb's auxiliary.
var phraseStops = wordForms("TO", "THAT", "WHO", "WHOM", "WHICH", "WHOSE", "HOW", "WHAT", "WHEN", "WHERE", "WHY", "IF",
	"WHETHER", "AND", "OR", "BUT", "FOR", "ABOUT", "OF", "WITH", "FROM", "BY", "AS", "THAN", "NOT", "ON", "IN", "AT", "INTO",
	"UPON", "UNDER", "OVER")

// infinitiveSubject: the verb at vs follows "to" (one -ly adverb
// between), and "to" follows a noun phrase of at most six words right
// after a control verb ("prompting the Queen to ask Harold Wilson",
// "forced the party to compromise", "called on President Reagan … to
// retaliate"): that phrase is the infinitive's subject, not the control
// verb's. ok reports the shape; m is the first mention inside the phrase
// (nil when the phrase names no actor: "encourages others to target",
// "expects his bank's growth to come"). A phrase of "the", "its" or
// "their" and one lower-case noun ("forced the party to compromise") may
// refer back to the subject's own body: not ok, the source stays.
func (st *state) infinitiveSubject(sent string, toks []token, ms []mention, inMention []int, vs int) (m *mention, ok bool) {
	t := vs - 1
	if t > 0 && inMention[t] == 0 && !toks[t].capital && len(toks[t].up) > 4 && strings.HasSuffix(toks[t].up, "LY") {
		t-- // "to seriously consider"
	}
	if t < 2 || toks[t].up != "TO" {
		return nil, false
	}
	c := -1
	for g := t - 1; g >= 0 && g >= t-7; g-- {
		w := toks[g].up
		if inMention[g] != 0 {
			continue
		}
		if controlVerbs[w] || g > 0 && controlParticles[w] != nil && controlParticles[w][toks[g-1].up] {
			c = g
			break
		}
		if toks[g].punct || phraseStops[w] || modal[w] || beForms[w] || haveForms[w] || subjectPronouns[w] {
			return nil, false
		}
	}
	if c < 0 || c+1 >= t {
		return nil, false // "wants to attack": no object, the control verb's subject acts
	}
	words := 0
	tagged := st.tagged(sent, toks, inMention)
	for g := c + 1; g < t; g++ {
		if inMention[g] != 0 || timeWords[toks[g].up] {
			continue
		}
		words++
		w := toks[g].up
		if strings.ContainsAny(w, "'’") && w != "'S" || tagged && st.trig.Tag(g) == "VERB" {
			return nil, false // "told Politico he'll work full-time to help": a clause, no noun phrase
		}
		if !toks[g].capital && (strings.HasSuffix(w, "ED") || words == 1 && g == t-1 && !objectPronouns[w]) && st.isVerbAt(toks, g) {
			return nil, false // "a team he led agreed to buy", "forces appear to be withdrawing"
		}
	}
	for k := range ms {
		if ms[k].start > c && ms[k].end <= t {
			return &ms[k], true
		}
	}
	if t-c == 3 && (toks[c+1].up == "THE" || toks[c+1].up == "ITS" || toks[c+1].up == "THEIR") && !toks[c+2].capital {
		return nil, false // "has forced the party to compromise": a body named before, which the subject may name
	}
	return nil, true
}

// victimsOf: the mention is named after "victims of" or "survivors of"
// ("donate $8m to victims of former Ugandan ruler Idi Amin's regime"):
// the verb's target is the victims, whom no actor names, not the one
// who made them victims. A country alone stays ("survivors of the
// Rwandan genocide" are Rwandans).
func victimsOf(toks []token, m *mention) bool {
	if m == nil || !m.members[0].person && len(m.members[0].actor.Code) <= 3 {
		return false // "survivors of the Rwandan genocide": Rwandans
	}
	g := m.start - 1
	for skipped := 0; g > 0 && skipped < 2 && toks[g].up != "OF" && !toks[g].punct && !toks[g].capital; skipped++ {
		g-- // "victims of the former …"
	}
	if g < 1 || toks[g].up != "OF" {
		return false
	}
	switch toks[g-1].up {
	case "VICTIMS", "VICTIM", "SURVIVORS":
		return true
	}
	return false
}

// listNotSubject: a list of actors found before a verb of cooperation
// with no target is not a subject that acts with itself when it is the
// agent after "by" ("is being financed by Kenya, Uganda and Tanzania",
// "any move by Japan and West Germany to boost"), the complement of a
// noun that names no people ("the economies of Kenya, Uganda and
// Tanzania improved", "the current accounts of …"; "the leaders of
// Kenya and Uganda met" stays) or after "in" (where the noun is: "media
// reports in both countries describe the deal"; "officials in Kenya and
// Uganda agreed" stays), or when "combined" stands right before
// another verb and so qualifies the list, taken together: no object of
// it follows, neither a determiner nor a plural ("Kenyan and Ugandan
// Americans combined comprise 5%"; "combined forces", "combined their
// efforts" stay).
func (st *state) listNotSubject(toks []token, inMention []int, m *mention, vs, ve int) bool {
	g := m.start - 1
	if g >= 0 && (determiners[toks[g].up] || toks[g].up == "BOTH") {
		g--
	}
	if g >= 1 && toks[g].up == "IN" && inMention[g-1] == 0 && !toks[g-1].capital && !toks[g-1].punct && !st.peopleNoun(toks, g-1) {
		return true // "media reports in both countries describe the deal": where the reports are, a pair too
	}
	if m.members[0].pair {
		return false // "raised by the two sides to improve relations"
	}
	if g >= 0 && (toks[g].up == "BY" || listObjectPreps[toks[g].up]) {
		return true // "looking to Russia and China to provide growth": the object of "to" (rejudge17)
	}
	if g >= 1 && toks[g].up == "OF" && inMention[g-1] == 0 && !toks[g-1].capital && !st.peopleNoun(toks, g-1) {
		return true
	}
	if toks[vs].up != "COMBINED" || ve >= len(toks) || inMention[ve] != 0 || toks[ve].capital {
		return false
	}
	w := toks[ve].up
	return !determiners[w] && !strings.HasSuffix(w, "S") && letters(w)
}

// listObjectPreps make the list after them their object, never the
// subject of the verb that follows ("between" and "among" name the
// members' own dealings, and "of" is checked above).
var listObjectPreps = map[string]bool{"TO": true, "FROM": true, "FOR": true, "AT": true, "ON": true, "INTO": true,
	"TOWARDS": true, "TOWARD": true, "AGAINST": true, "WITH": true}

// peopleNoun: the word at i names people who act for a body or country:
// a head noun of sharedHead ("leaders"), "heads", "chiefs", or an agent
// of the dictionary in the plural or the singular ("ministers").
func (st *state) peopleNoun(toks []token, i int) bool {
	w := toks[i].up
	if headNouns[w] || w == "HEADS" || w == "CHIEFS" || w == "BOSSES" {
		return true // "the heads of the central banks of Mexico and Peru have met"
	}
	if _, n := st.c.agents.longest(toks, i, nil); n > 0 {
		return true
	}
	one := []token{toks[i]}
	one[0].up = strings.TrimSuffix(w, "S")
	_, n := st.c.agents.longest(one, 0, nil)
	return n > 0
}

// listAccord: a named list of three or more that "supported" or
// "backed" something (050) is each member's support of it, not accord
// among them ("Italy, Greece and Denmark supported the Commission's
// view"), unless they agreed or the clause names what they share
// (agreedOrMutual: "Baker, Stoltenberg and Poehl agreed to pursue"); a
// pair may ("Kenya and Uganda backed the plan" stays, as before).
func (st *state) listAccord(code string, toks []token, m *mention, vs int) bool {
	return code != "050" || len(m.members) < 3 || m.members[0].pair || agreedOrMutual(toks, vs)
}

// appositiveSubject: the verb at vs follows a comma (auxiliaries and
// adverbs between) that closes an apposition after a name opening its
// clause ("The EFF, representing the reporters, has asked …", "Mr
// Saakashvili, elected president after Mr Shevardnadze was toppled, has
// urged …"), and the source found lies inside that apposition. When the
// name is an actor, it is the subject (a "who", "after" or "that" in the
// apposition had opened a clause of its own there). When it is none, the
// apposition decides (appositionRole): one naming the name's role keeps
// its actor, who speaks for the body ("Trevor Phillips, chairman of the
// CRE, called", "Vincent Cable, for the Liberal Democrats, called"); one
// whose actor is the object of a verb in it, or only what it is about
// ("a key influence on New Labour thinking"), leaves no source. ok
// reports that the source changes.
func (st *state) appositiveSubject(sent string, toks []token, ms []mention, inMention []int, src *mention, vs int) (m *mention, ok bool) {
	c2 := vs - 1
	for c2 > 0 && inMention[c2] == 0 && (modal[toks[c2].up] || haveForms[toks[c2].up] || beForms[toks[c2].up] ||
		clauseAdverbs[toks[c2].up] || timeWords[toks[c2].up] || strings.HasSuffix(toks[c2].up, "LY")) {
		c2--
	}
	if c2 <= 0 || toks[c2].up != "," || src.end > c2 || src.members[0].pronoun {
		return nil, false // "…, he secured money …, blocked banks": a subject pronoun is no apposition
	}
	c1 := src.start - 1
	for c1 >= 0 && toks[c1].up != "," {
		if toks[c1].punct {
			return nil, false
		}
		c1--
	}
	if c1 < 1 || c1+1 < len(toks) && (clauseBreak[toks[c1+1].up] || clauseStops[toks[c1+1].up] || toks[c1+1].up == "WHERE") && toks[c1+1].up != "WHO" && toks[c1+1].up != "WHICH" {
		return nil, false // "…, but Republicans, concerned about …": a clause of its own
	}
	h := c1 - 1 // the name before the apposition
	if !toks[h].capital && inMention[h] == 0 {
		return nil, false
	}
	start := h
	for start > 0 && !toks[start-1].punct && !clauseBreak[toks[start-1].up] && (toks[start-1].capital || determiners[toks[start-1].up]) {
		start--
	}
	if start > 0 && !toks[start-1].punct && !clauseBreak[toks[start-1].up] {
		return nil, false // "… said Ed Rendell, a former governor, referring": no name opening a clause
	}
	if start >= 2 && (toks[start-1].up == "AND" || toks[start-1].up == "OR") && inMention[start-2] != 0 {
		return nil, false // "interviews with ABC News, MSNBC and CNN, where she …": a list's last name
	}
	if w := toks[start].up; functionWords[w] && !determiners[w] {
		return nil, false // "In the Senate, he secured …": an opening phrase, no name
	}
	for k := range ms {
		if ms[k].start <= h && ms[k].end > h && wholeName(toks, start, ms[k].start) {
			if &ms[k] == src {
				return nil, false
			}
			return &ms[k], true
		}
	}
	if st.appositionRole(sent, toks, inMention, c1+1, c2, src) {
		return nil, false
	}
	return nil, true
}

// wholeName: the words from start to the mention's first word at m are
// determiners or titles only ("Mr Saakashvili", "the EFF"): the mention
// is the whole name, not a part of it that names another ("Donald
// Houston" is no city).
func wholeName(toks []token, start, m int) bool {
	for g := start; g < m; g++ {
		if w := strings.TrimSuffix(toks[g].up, "."); !determiners[w] && !honorifics[w] && !nameTitles[w] {
			return false
		}
	}
	return true
}

// nameTitles may stand before a name the dictionary holds without them,
// as surname.go's honorifics do.
var nameTitles = wordForms("SIR", "LORD", "LADY", "DAME", "SEN", "REP", "GEN", "PRESIDENT", "PRIME", "MINISTER")

// appositionRole: the apposition from a to the comma at c2, holding the
// actor src, names the role of the name before it, so the actor is the
// body it acts for: it opens with "for", "including" or a participle and
// "by" ("led by", "filed by"), or holds a word of office (roleNoun:
// "chairman of", "a lawyer for", "who is also spokesman of", "the State
// Department's climate envoy", "a unit of") before any verb or relative
// clause of its own, or holds nothing but the actor ("Purcell, a
// Republican, said"). Not: "representing the reporters", "elected
// president after Mr Shevardnadze was toppled", "who won the seat from
// Tory Neil Hamilton", "a key influence on New Labour thinking".
func (st *state) appositionRole(sent string, toks []token, inMention []int, a, c2 int, src *mention) bool {
	switch toks[a].up {
	case "FOR", "INCLUDING", "NOTABLY", "ESPECIALLY", "PARTICULARLY":
		return true
	}
	if a+1 < len(toks) && toks[a+1].up == "BY" && pastParticiple(toks[a].up) {
		return true // "led by President Jacques Delors", "filed by Bob Evans Farms, …"
	}
	tagged := st.tagged(sent, toks, inMention)
	for g := a; g < src.start; g++ {
		if inMention[g] != 0 {
			continue
		}
		w := toks[g].up
		switch {
		case w == "WHO" || w == "WHICH":
			if g+1 < src.start && beForms[toks[g+1].up] {
				g++ // "who is also spokesman of": a role after it
				continue
			}
			return false
		case w == "THAT" || w == "WHOSE":
			return false
		case st.roleNoun(toks, g):
			return true
		case !toks[g].capital && (strings.HasSuffix(w, "ING") || pastParticiple(w) || tagged && st.trig.Tag(g) == "VERB"):
			return false
		}
	}
	content, role, prep := false, false, false
	for g := a; g < c2; g++ {
		if st.roleNoun(toks, g) {
			if g < src.start || g >= src.end || !prep {
				role = true // "the State Department's climate envoy", "Mr Rubio, the Florida senator", "management board spokesman of …"
			}
			continue
		}
		w := toks[g].up
		if g < src.start && prepositions[w] {
			prep = true // "a key influence on Ugandan opposition thinking": the actor is what it is about
		}
		if inMention[g] == 0 && !toks[g].punct && !toks[g].capital && !functionWords[w] && !determiners[w] && w != "'S" {
			content = true
		}
	}
	return role || !content // "Purcell, a Republican, said": the person is the party's
}

// prepositions before an actor in an apposition make it what the
// apposition is about ("a key influence on …", "the father of a slain
// … soldier").
var prepositions = wordForms("OF", "ON", "IN", "AT", "TO", "FOR", "WITH", "FROM", "BY", "ABOUT", "BETWEEN", "AGAINST",
	"OVER", "UNDER", "INTO")

// roleWords are words of office the agents dictionary lacks, that an
// apposition gives a person ("chairman of", "head of the EC delegation").
var roleWords = wordForms("HEAD", "CHIEF", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "DIRECTOR", "ADMINISTRATOR", "ADVISER",
	"ADVISOR", "AIDE", "MEMBER", "SECRETARY", "PRESIDENT", "LEADER", "OFFICIAL", "SPOKESPERSON", "REPRESENTATIVE",
	"AMBASSADOR", "ENVOY", "DELEGATE", "COMMISSIONER", "MANAGER", "EXECUTIVE", "OFFICER", "COUNSEL", "ATTORNEY",
	"ECONOMIST", "ANALYST", "STRATEGIST", "GOVERNOR", "DEPUTY", "SPOKESMAN", "SPOKESWOMAN", "MINISTER", "UNIT",
	"SUBSIDIARY", "AFFILIATE", "DIVISION")

// roleNoun: the word at i is a word of office (roleWords, singular or
// plural) or a people noun of the dictionary (peopleNoun).
func (st *state) roleNoun(toks []token, i int) bool {
	w := toks[i].up
	return roleWords[w] || roleWords[strings.TrimSuffix(w, "S")] || st.peopleNoun(toks, i)
}

// ingAfterActor: the verb at vs ends in -ing and follows right after an
// actor other than the source, in the object of another verb of the
// source's ("unveiled a poster featuring Kenyan soldiers fighting the
// war in Uganda", "a letter from the Kenyan president promising help"):
// the actor it follows is its subject, as a reduced relative ("soldiers
// who were fighting"). Not after "to": "wrote a letter to the attorney
// general asking the department to investigate" is the writer's asking.
// It returns that actor, or nil.
func (st *state) ingAfterActor(toks []token, ms []mention, src *mention, vs int) *mention {
	if vs < 2 || !strings.HasSuffix(toks[vs].up, "ING") || len(toks[vs].up) < 6 {
		return nil
	}
	var m *mention
	for k := range ms {
		if ms[k].end == vs {
			m = &ms[k]
		}
	}
	if m == nil || m == src || src.end > m.start || m.members[0].pronoun {
		return nil
	}
	if b := m.start - 1; b >= 0 && (toks[b].up == "TO" || b > 0 && determiners[toks[b].up] && toks[b-1].up == "TO") {
		return nil // "wrote a letter to the attorney general asking …": the writer asks
	}
	verb := false
	for g := src.end; g < m.start; g++ {
		if w := toks[g].up; toks[g].punct || w == "WHO" || w == "WHICH" || w == "THAT" || w == "AND" || w == "BUT" || w == "OF" || w == "BY" {
			return nil // "accused Uganda of attacking", "rallied thousands by promising"
		}
		if !toks[g].capital && st.isVerbAt(toks, g) {
			verb = true
		}
	}
	if !verb {
		return nil
	}
	return m
}
