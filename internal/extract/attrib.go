package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// verbKind sorts the words that attribute speech.
type verbKind uint8

const (
	notVerb    verbKind = iota
	finite              // "said", "tells", "wrote"
	participle          // "saying", "adding": the speaker is the subject of the sentence
	according           // "according to X"
)

// speechVerbs are the words that introduce or follow a quotation.
var verbs = func() map[string]verbKind {
	m := map[string]verbKind{}
	for _, w := range strings.Fields(`said says say added adds told tells stressed stresses noted notes
		stated states declared declares insisted insists argued argues warned warns explained explains
		wrote writes announced announces asked asks replied replies responded responds recalled recalls
		continued continues concluded concludes tweeted tweets posted posts remarked remarks reported
		reports conceded concedes acknowledged acknowledges admitted admits claimed claims complained
		complains quipped quips joked jokes predicted predicts promised promises vowed vows suggested
		suggests observed observes interjected countered counters emphasized emphasizes emphasised
		underlined underscored exclaimed shouted yelled chanted cried boasted bragged lamented mused
		opined proclaimed recounted repeated urged urges testified wondered thundered agreed agrees
		confirmed confirms cautioned cautions charged charges contended contends maintained maintains
		mocked pleaded alleged alleges described describes read reads explained pointed answered answers
		echoed echoes retorted barked boomed beamed demurred fumed asserted asserts pressed retaliated
		snapped scoffed sniped sighed laughed gushed marveled marvelled replied responded
		demanded screamed shouted declares tweets wrote texted emailed cautioned quipped counseled
		sings sang conclude write questioned reacted elaborated surmised remembered ribbed`) {
		m[w] = finite
	}
	for _, w := range strings.Fields(`saying adding telling noting stating declaring insisting arguing
		warning explaining writing announcing asking replying responding recalling concluding tweeting
		posting remarking conceding acknowledging admitting claiming complaining joking predicting
		promising vowing suggesting observing emphasizing chanting shouting urging calling describing
		proclaiming lecturing yelling reading quipping exclaiming`) {
		m[w] = participle
	}
	m["according"] = according
	return m
}()

// phrasal are verbs that attribute speech only with their particle
// ("shot back", "went on", "points out").
var phrasal = map[string]string{"shot": "back", "fired": "back", "went": "on", "goes": "on",
	"points": "out", "point": "out", "chimed": "in", "spoke": "up", "piped": "up", "put": "it", "puts": "it"}

// verbAt is the kind of ws[v] as a speech verb, phrasal verbs included.
func verbAt(ws []string, v int) verbKind {
	if k := verbOf(ws[v]); k != notVerb {
		return k
	}
	w := strings.ToLower(ws[v])
	if part, ok := phrasal[w]; ok && v+1 < len(ws) && strings.ToLower(strings.TrimRight(ws[v+1], ",:;")) == part {
		return finite
	}
	return notVerb
}

// verbOf is the kind of a token as a speech verb.
func verbOf(tok string) verbKind {
	w := strings.ToLower(strings.TrimRight(tok, ",:;.”\""))
	return verbs[w]
}

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "st": true, "jr": true, "sr": true, "prof": true, "rev": true,
	"capt": true, "cmdr": true, "adm": true, "maj": true, "pres": true, "atty": true, "supt": true,
	"u.s": true, "u.n": true, "u.k": true, "no": true, "vs": true, "inc": true, "corp": true, "co": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "d.c": true, "calif": true, "fla": true, "ore": true, "mass": true,
}

// sentenceEnd is the offset where the sentence that s starts ends: a
// period, question or exclamation mark that ends a sentence, a semicolon,
// a line break or a quotation mark.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n', ';', '"':
			return i
		case '!', '?':
			return i
		case '.':
			if !abbrevBefore(s, i) {
				return i
			}
		case 0xe2: // “ ” ‘ ’ start with e2 80
			if strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "”") {
				return i
			}
		}
	}
	return len(s)
}

// abbrevBefore reports whether the period at i closes an abbreviation or
// an initial ("Sen.", "D.", "U.S.") or sits inside a number.
func abbrevBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] != ' ' && s[j-1] != '(' && s[j-1] != '\n' {
		j--
	}
	w := s[j:i]
	if w == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); len(w) == 1 && unicode.IsUpper(r) {
		return true
	}
	if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
		return true
	}
	w = strings.ToLower(w)
	if k := strings.LastIndexByte(w, '-'); k >= 0 { // "D-Ore."
		w = w[k+1:]
	}
	return abbreviations[w]
}

// sentenceStart is the offset in s where the sentence that ends s starts.
func sentenceStart(s string) int {
	for i := len(s) - 1; i > 0; i-- {
		switch s[i] {
		case '\n':
			return i + 1
		case '.', '!', '?', ';':
			j := i + 1
			if strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "’") {
				j += 3
			} else if j < len(s) && s[j] == '"' {
				j++
			}
			if j < len(s) && s[j] == ' ' && (s[i] != '.' || !abbrevBefore(s, i)) {
				return j
			}
		}
	}
	return 0
}

// np is a speaker found in an attribution: a name (with its title), a
// pronoun to resolve, or only a title ("the senator", "a spokesman").
type np struct {
	name, title string
	pronoun     bool
	pron        string // the pronoun, lowercase ("he", "she", …)
}

func (p np) ok() bool { return p.name != "" || p.title != "" || p.pronoun }

var (
	pronounWords = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}
	determiners  = map[string]bool{"the": true, "a": true, "an": true, "one": true, "another": true, "his": true,
		"her": true, "their": true, "its": true, "our": true, "some": true, "several": true, "two": true,
		"three": true, "both": true, "this": true, "that": true, "many": true, "other": true}
	// leadWords are dropped from the front of a noun phrase.
	leadWords = map[string]bool{"and": true, "but": true, "so": true, "then": true, "also": true,
		"meanwhile": true, "still": true, "later": true, "now": true, "yet": true, "instead": true, "however": true}
	// introWords open a phrase that is not the subject ("In a statement",
	// "Speaking to reporters").
	introWords = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true,
		"before": true, "for": true, "from": true, "with": true, "to": true, "by": true, "of": true,
		"about": true, "as": true, "when": true, "while": true, "since": true, "because": true, "if": true,
		"asked": true, "speaking": true, "writing": true, "like": true, "unlike": true, "than": true,
		"that": true, "what": true, "who": true, "which": true, "whose": true, "whom": true, "where": true,
		"not": true, "is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true}
	// trailWords between a subject and its verb ("Trump then said", "he
	// also told").
	trailWords = map[string]bool{"then": true, "also": true, "later": true, "again": true, "earlier": true,
		"recently": true, "previously": true, "once": true, "has": true, "had": true, "have": true,
		"would": true, "will": true, "has also": true, "once said": true, "simply": true, "just": true,
		"often": true, "repeatedly": true, "publicly": true, "privately": true, "reportedly": true, "further": true,
		"frequently": true, "finally": true, "quickly": true, "flatly": true, "bluntly": true}
	// honorifics open a name and belong to the title.
	honorifics = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Sen.": true, "Rep.": true,
		"Gov.": true, "Gen.": true, "Lt.": true, "Col.": true, "Sgt.": true, "Prof.": true, "Rev.": true,
		"Capt.": true, "Adm.": true, "Maj.": true, "President": true, "Senator": true, "Governor": true,
		"Secretary": true, "Speaker": true, "Mayor": true, "Judge": true, "Justice": true, "Chairman": true,
		"Minister": true, "Premier": true, "Ambassador": true, "Representative": true, "Congressman": true,
		"Congresswoman": true, "Attorney": true, "General": true, "Vice": true, "Prime": true, "Chancellor": true,
		"King": true, "Queen": true, "Prince": true, "Pope": true, "Sir": true, "Lord": true, "Director": true,
		"Chief": true, "Spokesman": true, "Spokeswoman": true, "Spokesperson": true, "Commissioner": true,
		"Foreign": true, "Former": true, "Deputy": true, "Pastor": true, "Rabbi": true, "Bishop": true,
		"Cardinal": true, "Imam": true, "Sheikh": true}
	// notNames are capitalised words that are not speakers.
	notNames = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
		"Friday": true, "Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
		"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
		"October": true, "November": true, "December": true, "The": true, "This": true, "That": true,
		"It": true, "There": true, "In": true, "On": true, "At": true, "But": true, "And": true, "A": true,
		"An": true, "I": true, "We": true, "You": true, "If": true, "As": true, "So": true, "What": true,
		"Why": true, "How": true, "When": true, "Where": true, "Who": true, "Here": true, "Then": true,
		"He": true, "She": true, "They": true, "His": true, "Her": true, "Their": true, "My": true, "Our": true}
)

// roles are the nouns that name a speaker without a name ("officials",
// "a senior aide"); singular forms.
var roles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`spokesman spokeswoman spokesperson spokesmen spokeswomen official aide adviser
		advisor source analyst expert lawyer attorney senator governor president candidate campaign reporter
		supporter voter statement report ad email memo letter leader chairman chairwoman director strategist
		pollster nominee delegate organizer member representative minister secretary ambassador envoy judge
		prosecutor economist professor historian staffer manager consultant commentator host moderator author
		editor writer activist protester crowd audience group committee study survey poll filing complaint
		lawsuit ruling order document transcript release tweet post website message video sign banner`) {
		m[w] = true
	}
	return m
}()

// trimTok trims the punctuation around a token.
func trimTok(tok string) string {
	return strings.TrimRight(strings.TrimLeft(tok, "(["), ",:;)]")
}

func isCap(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

// nameRun is the trailing run of capitalised words of ws: a name
// ("Douglas Holtz-Eakin", "Mark Z. Barabak", "the Washington Post" →
// "Washington Post"). Particles inside names ("de", "van", "bin") are kept.
func nameRun(ws []string) (name, title string) {
	i := len(ws)
	for i > 0 {
		w := trimTok(ws[i-1])
		if isCap(w) || i < len(ws) && i > 1 && isCap(trimTok(ws[i-2])) && particle(w) {
			i--
			continue
		}
		break
	}
	run := ws[i:]
	// A possessive inside the run belongs to the title ("American Action
	// Forum’s Douglas Holtz-Eakin").
	for k := len(run) - 2; k >= 0; k-- {
		if strings.HasSuffix(run[k], "’s") || strings.HasSuffix(run[k], "'s") || strings.HasSuffix(run[k], "s’") {
			i += k + 1
			run = run[k+1:]
			break
		}
	}
	for len(run) > 1 && honorifics[trimTok(run[0])] {
		run = run[1:]
		i++
	}
	for k, w := range run {
		run[k] = trimTok(w)
	}
	return strings.Join(run, " "), strings.Join(ws[:i], " ")
}

func particle(w string) bool {
	switch w {
	case "de", "van", "von", "al", "bin", "da", "la", "le", "del", "di", "du":
		return true
	}
	return false
}

// phrase reads a noun phrase (no commas) as a speaker.
func phrase(seg string) np {
	ws := strings.Fields(seg)
	for len(ws) > 0 && leadWords[strings.ToLower(trimTok(ws[0]))] {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 9 {
		return np{}
	}
	first := strings.ToLower(trimTok(ws[0]))
	if len(ws) == 1 && pronounWords[first] {
		return np{pronoun: true, pron: first}
	}
	if introWords[first] {
		return np{}
	}
	for _, w := range ws[1:] {
		if lw := strings.ToLower(trimTok(w)); pronounWords[lw] || introWords[lw] && lw != "of" {
			return np{} // a clause, not a noun phrase
		}
	}
	last := trimTok(ws[len(ws)-1])
	if isCap(last) {
		name, title := nameRun(ws)
		if name == "" || notNames[name] {
			return np{}
		}
		if t := strings.ToLower(title); t == "the" || t == "a" {
			title = ""
		}
		return np{name: name, title: title}
	}
	if determiners[first] && len(ws) <= 6 {
		return np{title: strings.Join(ws[1:], " ")}
	}
	// "Ryan’s office", "Clinton’s campaign": the possessor speaks through it.
	for k := 0; k < len(ws)-1 && k < 3; k++ {
		w := trimTok(ws[k])
		if !isCap(w) {
			break
		}
		if owner, ok := strings.CutSuffix(w, "’s"); ok || strings.HasSuffix(w, "'s") {
			if !ok {
				owner = strings.TrimSuffix(w, "'s")
			}
			if rest := ws[k+1:]; len(rest) <= 3 && !isCap(trimTok(rest[len(rest)-1])) {
				name := strings.TrimSpace(strings.Join(ws[:k], " ") + " " + owner)
				if !notNames[name] {
					return np{name: name, title: strings.Join(rest, " ")}
				}
			}
			break
		}
	}
	if !isCap(ws[0]) && len(ws) <= 4 {
		// "officials", "a campaign spokesman": a role, not "he’d seen".
		if roles[strings.TrimSuffix(strings.ToLower(last), "s")] {
			return np{title: strings.Join(ws, " ")}
		}
		return np{}
	}
	return np{}
}

// clauseWords open a clause inside a sentence: the subject of a verb
// follows the last of them ("when she said", "As Politico reported").
var clauseWords = map[string]bool{"when": true, "and": true, "but": true, "as": true, "while": true,
	"because": true, "after": true, "before": true, "since": true, "that": true, "so": true,
	"where": true, "once": true, "until": true, "if": true, "although": true, "though": true}

// clauseTail is the words of seg after its last clause word; ok is false
// when seg has none.
func clauseTail(seg string) (string, bool) {
	ws := strings.Fields(seg)
	for j := len(ws) - 1; j >= 0; j-- {
		if clauseWords[strings.ToLower(trimTok(ws[j]))] {
			return strings.Join(ws[j+1:], " "), true
		}
	}
	return seg, false
}

// subjectBefore reads the speaker from the words before a finite verb:
// "Michael Ahrens, a Rubio spokesman," → Michael Ahrens (a Rubio
// spokesman); "Jeff Weaver, Sanders’ campaign manager," → Jeff Weaver;
// "Dick Dever, who was listed on the slate," → Dick Dever; "In a
// statement, Guy Cecil" → Guy Cecil; "a while back when she" → she.
func subjectBefore(s string) np {
	s = dropParens(s)
	segs := strings.Split(s, ",")
	var appos string
	for i := len(segs) - 1; i >= 0; i-- {
		seg := strings.TrimSpace(segs[i])
		if seg == "" {
			continue
		}
		ws := strings.Fields(seg)
		first := strings.ToLower(trimTok(ws[0]))
		switch {
		case first == "who" || first == "which" || first == "whose":
			continue
		case len(ws) == 1 && isNumber(ws[0]): // an age: "Ramos, 58,"
			continue
		case i > 0 && determiners[first] && endsCap(segs[i-1]) && !pronounWords[first]:
			appos = seg
			continue
		}
		p := phrase(seg)
		if !p.ok() {
			if tail, cut := clauseTail(seg); cut {
				if tail == "" {
					return np{}
				}
				p = phrase(tail)
			}
		}
		if !p.ok() && i > 0 && appos == "" && endsCap(segs[i-1]) {
			appos = seg // "Jeff Weaver, Sanders’ campaign manager,"
			continue
		}
		if p.name != "" && appos != "" {
			p.title = strings.TrimSpace(p.title + " " + appos)
		}
		return p
	}
	return np{}
}

// verbLike reports whether a word that follows a subject is its verb.
func verbLike(w string) bool {
	w = strings.ToLower(trimTok(w))
	switch w {
	case "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did",
		"does", "do", "goes", "went", "gave", "got", "made", "took", "should", "may", "might", "must",
		"came", "spoke", "ran", "won", "lost", "met", "left", "saw", "became", "began", "brought", "thought",
		"felt", "kept", "held", "led", "sent", "found", "stood", "grew", "knew", "paid", "sought", "struck":
		return true
	}
	return verbs[w] != notVerb || strings.HasSuffix(w, "ed")
}

// sentenceSubject reads the subject at the start of a sentence for a
// participle ("Sanders compared himself to Clinton, saying,") or a colon
// ("Trump went even further:", "The email goes on to say:"): a pronoun, the
// first name past any opening phrases, or a noun phrase with a determiner.
func sentenceSubject(s string) np {
	s = dropParens(s)
	for _, seg := range strings.Split(s, ",") {
		ws := strings.Fields(seg)
		for len(ws) > 0 && leadWords[strings.ToLower(trimTok(ws[0]))] {
			ws = ws[1:]
		}
		if len(ws) == 0 || introWords[strings.ToLower(trimTok(ws[0]))] || strings.HasSuffix(ws[0], "ing") {
			continue
		}
		first := strings.ToLower(trimTok(ws[0]))
		if pronounWords[first] {
			return np{pronoun: true, pron: first}
		}
		if determiners[first] {
			k := 1
			for k < len(ws) && k <= 4 && !verbLike(ws[k]) {
				k++
			}
			return phrase(strings.Join(ws[:k], " "))
		}
		// The noun phrase is the words up to the first lowercase word that
		// is not a title between names ("Clinton campaign manager Robby Mook").
		k := 0
		for k < len(ws) && (isCap(trimTok(ws[k])) || k > 0 && particle(ws[k])) {
			k++
		}
		if k == 0 {
			return np{}
		}
		for j := k; j < len(ws) && j < k+3; j++ {
			if verbLike(ws[j]) {
				break
			}
			if isCap(trimTok(ws[j])) {
				for k = j; k < len(ws) && isCap(trimTok(ws[k])); k++ {
				}
				break
			}
		}
		return phrase(strings.Join(ws[:k], " "))
	}
	return np{}
}

// phraseAfter reads the speaker after an inverted verb ("said Morton
// Blackwell, the Republican National Committeeman", "said Robert Antonacci
// of the New York delegation", "said Rubio’s deputy campaign manager, Rich
// Beeson") up to a comma or a word that ends the noun phrase.
func phraseAfter(s string) np {
	s = dropParens(s)
	name, rest, _ := strings.Cut(s, ",")
	ws := strings.Fields(name)
	k := 0
	for k < len(ws) {
		lw := strings.ToLower(trimTok(ws[k]))
		if k > 0 && (introWords[lw] && lw != "of" || notNames[trimTok(ws[k])] || lw == "today" || lw == "yesterday" || lw == "last" || lw == "this") {
			break
		}
		k++
	}
	if k == 0 {
		return np{}
	}
	p := phrase(strings.Join(ws[:k], " "))
	if !p.ok() {
		// "Robert Antonacci of the New York delegation"
		for j := 1; j < k; j++ {
			if ws[j] == "of" {
				if q := phrase(strings.Join(ws[:j], " ")); q.name != "" {
					q.title = strings.TrimSpace(q.title + " " + strings.Join(ws[j:k], " "))
					return q
				}
				break
			}
		}
	}
	if p.name == "" && k == len(ws) && rest != "" {
		// "Rubio’s deputy campaign manager, Rich Beeson"
		next, _, _ := strings.Cut(rest, ",")
		if e := sentenceEnd(next); e < len(next) {
			next = next[:e]
		}
		if q := phrase(next); q.name != "" && len(strings.Fields(next)) <= 4 {
			q.title = strings.TrimSpace(strings.Join(ws, " ") + " " + q.title)
			return q
		}
	}
	if p.name != "" && k == len(ws) {
		if ap := strings.TrimSpace(rest); ap != "" {
			if ws := strings.Fields(ap); determiners[strings.ToLower(ws[0])] || !isCap(ws[0]) {
				if e := sentenceEnd(ap); e < len(ap) {
					ap = ap[:e]
				}
				if c := strings.IndexByte(ap, ','); c >= 0 {
					ap = ap[:c]
				}
				p.title = strings.TrimSpace(p.title + " " + ap)
			}
		}
	}
	return p
}

// dashName reads an attribution by a dash and a name alone: "― Krystal
// Correa", "- Bernie Sanders.", "—President Obama, tweeting after …".
func dashName(s string) np {
	t := strings.TrimLeft(s, " \u00a0")
	u := strings.TrimLeft(t, "—–―-")
	if len(u) == len(t) {
		return np{}
	}
	u = strings.TrimSpace(strings.Trim(u, " \u00a0"))
	if e := sentenceEnd(u); e < len(u) {
		u = u[:e]
	}
	if c := strings.IndexByte(u, ','); c >= 0 {
		u = u[:c]
	}
	ws := strings.Fields(u)
	if len(ws) == 0 || len(ws) > 6 {
		return np{}
	}
	for _, w := range ws {
		if !isCap(trimTok(w)) && !particle(w) && !strings.HasPrefix(w, "(") {
			return np{}
		}
	}
	if p := phrase(u); p.name != "" {
		return p
	}
	return np{}
}

func endsCap(s string) bool {
	ws := strings.Fields(dropParens(s))
	return len(ws) > 0 && isCap(trimTok(ws[len(ws)-1]))
}

func isNumber(s string) bool {
	s = trimTok(s)
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// dropParens removes parenthesised asides ("Rep. Earl Blumenauer (D-Ore.)").
func dropParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j+1:]
	}
}

// afterClause reads an attribution after a closing mark: "…,” Viguerie
// notes", "…,” said the Democratic nominee", "…,” Michael Ahrens, a Rubio
// spokesman, said in a statement", "…” ― Krystal Correa". It returns the
// speaker and the clause.
func afterClause(after string, endsSentence bool) (np, string) {
	a := strings.TrimLeft(after, " \u00a0")
	dash := false
	if r, n := utf8.DecodeRuneInString(a); r == ',' || r == '—' || r == '–' || r == '―' {
		dash = r != ','
		a = strings.TrimLeft(a[n:], " \u00a0")
	} else if endsSentence || a == "" {
		return np{}, ""
	}
	clause := a[:sentenceEnd(a)]
	ws := strings.Fields(clause)
	for v := 0; v < len(ws) && v < 24; v++ {
		k := verbAt(ws, v)
		if k == notVerb {
			continue
		}
		if k == participle && v > 0 {
			return np{}, "" // "…,” a message read, adding …: not the clause's main verb
		}
		if k == according {
			if v == 0 && len(ws) > 1 && strings.ToLower(ws[1]) == "to" {
				return phraseAfter(strings.Join(ws[2:], " ")), clause // "…,” according to CNN"
			}
			return np{}, ""
		}
		if v == 0 || v == 1 && leadWords[strings.ToLower(ws[0])] {
			return phraseAfter(strings.Join(ws[v+1:], " ")), clause
		}
		if strings.HasSuffix(ws[v-1], ",") && !strings.Contains(strings.Join(ws[:v-1], " "), ",") {
			// "…,” the statement, which …, said": too tangled; and "…,”
			// Trump, said" never happens.
			return np{}, ""
		}
		before := ws[:v]
		for len(before) > 1 && trailWords[strings.ToLower(before[len(before)-1])] {
			before = before[:len(before)-1]
		}
		return subjectBefore(strings.Join(before, " ")), clause
	}
	if dash {
		return dashName(after), clause
	}
	return np{}, ""
}

// beforeClause reads an attribution that introduces a quotation in its
// sentence: "Dick Dever told POLITICO, “…", "Stated Stone: “…",
// "according to Senator Paul Reyes, “…", "Sanders compared himself to
// Clinton, saying, “…", "Hayek confirmed she had been and said, “…", and
// colon introductions without a speech verb: "Trump went even further:
// “…", "Pollsters agree - Carl Bialik: “…".
//
// With short set (a quote of a few words), only a speech verb in the last
// words before the mark attributes it.
func beforeClause(sentence string, short bool) np {
	// The attribution does not reach back past an earlier quotation in
	// the sentence ("“…,” she said, adding, “…").
	if i := strings.LastIndex(sentence, "”"); i >= 0 {
		sentence = sentence[i+len("”"):]
	}
	if i := strings.LastIndexByte(sentence, '"'); i >= 0 {
		sentence = sentence[i+1:]
	}
	ws := strings.Fields(sentence)
	if len(ws) == 0 {
		return np{}
	}
	last := ws[len(ws)-1]
	colon := strings.HasSuffix(last, ":")
	// The words between the verb and the mark: "told POLITICO,", "said in
	// a statement:"; the sentence must lead into the quotation.
	if !strings.HasSuffix(last, ",") && !colon && verbOf(last) == notVerb && strings.ToLower(last) != "that" {
		return np{}
	}
	reach := 8
	if short {
		reach = 4
	}
	for v := len(ws) - 1; v >= 0 && v >= len(ws)-reach; v-- {
		k := verbAt(ws, v)
		if k == notVerb {
			continue
		}
		switch k {
		case according:
			if v+1 < len(ws) && strings.ToLower(ws[v+1]) == "to" {
				return phraseAfter(strings.Join(ws[v+2:], " "))
			}
			return np{}
		case participle:
			return sentenceSubject(strings.Join(ws[:v], " "))
		}
		if v == 0 {
			// "Stated Stone:", "Said Trump:"
			return phraseAfter(strings.TrimRight(strings.Join(ws[1:], " "), ":,"))
		}
		before := ws[:v]
		for len(before) > 1 && trailWords[strings.ToLower(before[len(before)-1])] {
			before = before[:len(before)-1]
		}
		if p := subjectBefore(strings.Join(before, " ")); p.ok() {
			return p
		}
		// "… and added:": the subject of the sentence.
		return sentenceSubject(strings.Join(before, " "))
	}
	if !colon || short {
		return np{}
	}
	// A name right before the colon ("- Carl Bialik:", "Clinton:") or the
	// subject of the clause that leads to it.
	body := strings.TrimSuffix(strings.Join(ws, " "), ":")
	if isCap(trimTok(ws[len(ws)-1])) {
		if name, title := nameRun(strings.Fields(dropParens(body))); name != "" && !notNames[name] && !strings.ContainsAny(title, ".!?") {
			if p := phrase(name); p.name != "" {
				if title != "" && len(strings.Fields(title)) <= 3 {
					p.title = strings.TrimSpace(title + " " + p.title)
				}
				return p
			}
		}
	}
	return sentenceSubject(body)
}
