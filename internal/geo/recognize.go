// Recognition: which capitalised spans are place names (cues, persons, titles, lists).

package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// connectors may sit inside a multi-word place name.
var connectors = map[string]bool{"of": true, "and": true, "de": true, "del": true, "la": true, "le": true, "upon": true,
	"on": true, "the": true, "al": true, "el": true, "da": true, "do": true, "dos": true, "das": true, "du": true,
	"des": true, "y": true, "sur": true, "am": true, "an": true, "der": true, "di": true, "es": true}

// cueWords before a name make it a place.
var cueWords = map[string]bool{"in": true, "near": true, "at": true, "from": true, "to": true, "outside": true,
	"into": true, "across": true, "toward": true, "towards": true, "throughout": true, "around": true, "of": true,
	"visited": true, "visit": true, "via": true, "north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true, "downtown": true}

// capitalised words that begin sentences or titles and are no part of a name.
var notName = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the in on at of from to for by with and or but if as after before during
	while when where since until into onto near over under about against between through this that these those
	there here it its he she they we i you his her their our my your who what which why how all some many most
	more no not yes one two three four five first last new old mr mrs ms dr sir gov sen rep president minister
	prime chief mayor governor senator secretary officer police sheriff judge justice general gen col capt lt sgt
	king queen prince princess pope saint st mount mt lake river county city state university college school
	hospital church street road avenue st. monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december today yesterday tomorrow also meanwhile
	however although though still even just only then now so because according officials authorities news
	department office court board council committee center centre company group party ministry agency
	associated press reuters post times journal herald tribune daily`) {
		notName[w] = true
	}
}

// smallWords are gazetteer names that are, far more often, ordinary English
// words or given names; they count only with a cue ("in Mobile").
var smallWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mobile reading bath nice sale split male hope liberty independence union
	enterprise commerce energy justice friendship progress deal man march may june april august victoria
	aurora eagle chase bend ball bell brown king early hazard orange many most best hull bury wells
	university college hospital church centre center police court street charity opportunity security
	obama bush clinton george jackson jefferson madison monroe hamilton clay grant lee douglas warren
	wayne mission concord truth superior david mary metro commerce un congress parliament senate assembly
	cabinet embassy kremlin republic federation kingdom commonwealth`) {
		smallWords[w] = true
	}
}

// lists marks the names listed beside a first-level region ("Oregon,
// Washington and Wyoming"): separated from it by a comma or "and"/"or".
func (p *Parser) lists(toks []token, cs []cand) {
	region := func(c cand) string { // the country of a name that reads first as a region
		var rc string
		var rp, tp int64
		for _, i := range c.idx {
			switch pl := p.G.place(i); pl.Level() {
			case 1:
				if pl.Population > rp {
					rc, rp = pl.Country, pl.Population
				}
			case 3:
				tp = max(tp, pl.Population)
			}
		}
		if rp > tp {
			return rc
		}
		return ""
	}
	adjacent := func(a, b cand) bool { // a right before b in a list
		if a.j == b.i {
			return toks[a.j-1].commaAfter
		}
		if a.j+1 == b.i {
			k := toks[a.j].key
			return (k == "and" || k == "or") && !toks[a.j-1].periodEnd
		}
		return false
	}
	for k := range cs {
		if k > 0 && adjacent(cs[k-1], cs[k]) {
			if rc := region(cs[k-1]); rc != "" {
				cs[k].listed = rc
				continue
			}
		}
		if k+1 < len(cs) && adjacent(cs[k], cs[k+1]) {
			cs[k].listed = region(cs[k+1])
		}
	}
}

// regionKinds and townKinds before "of" make the name a place of that
// level: "the state of Victoria", "the village of Kampungu".
var (
	regionKinds = map[string]bool{"state": true, "province": true, "region": true, "district": true,
		"prefecture": true, "department": true, "governorate": true, "county": true, "island": true}
	townKinds = map[string]bool{"city": true, "town": true, "village": true, "township": true, "hamlet": true,
		"suburb": true, "port": true}
)

// titles before a name make it a person's.
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms miss dr sir gov governor sen senator rep president minister
	mayor sheriff judge justice gen general col colonel capt captain lt sgt sergeant officer deputy detective
	coach pastor rev reverend father bishop king queen prince princess lord lady chief commissioner chairman
	director superintendent principal professor prof attorney secretary spokesman spokeswoman councilman
	councilwoman trooper agent dear`) {
		titles[w] = true
	}
}

// directions may qualify a place ("North Texas", "Northeast Georgia").
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "upper": true, "lower": true, "greater": true, "downtown": true, "metro": true}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2 && n <= 3
}

func (p *Parser) isPlaceWord(t *token) bool {
	k := t.key
	if len(p.G.byKey.get(k)) > 0 {
		return true
	}
	_, ok := p.G.demonym[k]
	return ok
}

// Evidence that a capitalised word is a person's name.
const (
	personSpeaks = 1 // after a capitalised word and beside a speech verb ("Radio Pyongyang said")
	personFirm   = 2 // a title, a middle initial or an age
)

// persons returns the capitalised words the text uses as people's names
// and how firmly: after a title ("Sheriff Ripley") or a given name ("John
// Moore").
func (p *Parser) persons(toks []token) map[string]int8 {
	out := map[string]int8{}
	maybe := map[string]bool{}
	for i := 1; i < len(toks); i++ {
		t, pt := &toks[i], &toks[i-1]
		if !t.cap || !pt.cap || pt.commaAfter || pt.periodEnd && !strings.HasSuffix(pt.text, ".") || t.sentStart || t.hyphenPrev {
			continue
		}
		pl := strings.TrimSuffix(pt.text, ".")
		if lowerIn(titles, pl) || !lowerIn(notName, pl) && !lowerIn(directions, pl) && !p.isPlaceWord(pt) && !isAcronym(pt.text) {
			if i+1 < len(toks) && toks[i+1].cap && !t.commaAfter && !t.periodEnd {
				continue // inside a longer name: judged at its end
			}
			// a title opens the run of names before it: "Judge Deborah
			// Oakes Evans", "coach Darren Ripley"
			titled := lowerIn(titles, pl)
			for k := i - 1; k >= 0 && k >= i-4 && !titled; k-- {
				if lowerIn(titles, strings.TrimSuffix(toks[k].text, ".")) {
					titled = true
				}
				if !toks[k].cap || toks[k].commaAfter || toks[k].periodEnd && !strings.HasSuffix(toks[k].text, ".") {
					break
				}
			}
			if titled {
				out[t.key] = personFirm
			} else {
				maybe[t.key] = true
			}
		}
	}
	// "John Moore" makes Moore a person's name when Moore also speaks or
	// acts as one ("Moore said", "said Moore"); "Historic Dublin" does not
	// make Dublin one.
	for i := range toks {
		t := &toks[i]
		if !t.cap {
			continue // each rule below is about a capitalised word
		}
		if i > 0 && !toks[i-1].cap && titles[toks[i-1].key] {
			out[t.key] = personFirm // "coach Ripley"
		}
		// "Matthew D. Flores": a middle initial
		if i > 1 && t.cap && utf8.RuneCountInString(strings.TrimSuffix(toks[i-1].text, ".")) == 1 && toks[i-1].cap &&
			toks[i-2].cap && !toks[i-2].periodEnd && !toks[i-2].commaAfter && !p.isPlaceWord(&toks[i-2]) {
			out[t.key] = personFirm
		}
		// "Flores, 26,": an age, itself followed by a comma or the
		// sentence's end ("Suva, 8 men and 8 women" is no age)
		if t.cap && t.commaAfter && i+1 < len(toks) && isAge(toks[i+1].text) &&
			(toks[i+1].commaAfter || toks[i+1].periodEnd || i+2 == len(toks)) {
			out[t.key] = personFirm
		}
		if !maybe[t.key] || out[t.key] > 0 {
			continue
		}
		if i+1 < len(toks) && speechVerbs[toks[i+1].key] || i > 0 && speechVerbs[toks[i-1].key] && !toks[i-1].cap {
			out[t.key] = personSpeaks
		}
	}
	return out
}

// lowerIn is m[strings.ToLower(s)], without the lower-case copy of a
// short ASCII word.
func lowerIn(m map[string]bool, s string) bool {
	var buf [24]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

// isAge tells a person's age after a name: one or two digits.
func isAge(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// speechVerbs beside a name make it a person's ("Moore said").
var speechVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "explained": true,
	"noted": true, "stated": true, "asked": true, "wrote": true, "announced": true, "replied": true, "testified": true}

// accept decides whether a candidate span is a place, and says on what cue.
func (p *Parser) accept(toks []token, c cand, persons map[string]int8, o Options) (string, bool) {
	g := p.G
	first, last := toks[c.i], toks[c.j-1]
	cue := ""
	strong := false
	if c.i > 0 {
		prev := strings.ToLower(toks[c.i-1].text)
		if cueWords[prev] && !toks[c.i-1].periodEnd {
			cue = prev
			strong = prev == "in" || prev == "near" || prev == "outside" || prev == "across" || prev == "throughout"
		}
		// "the state of Victoria", "the town of Paris"
		if prev == "of" && c.i > 1 && !toks[c.i-2].cap {
			if kind := strings.ToLower(toks[c.i-2].text); regionKinds[kind] || townKinds[kind] {
				cue, strong = kind+" of", true
			}
		}
	}
	if last.suffix != "" {
		switch last.suffix {
		case "based", "born", "bound", "area", "region", "led", "backed", "registered", "headquartered":
			cue, strong = "-"+last.suffix, true
		}
	}
	if last.commaAfter && c.j < len(toks) && toks[c.j].cap {
		// "Gainesville, Ga." / "Paris, France"
		for _, i := range g.byKey.get(toks[c.j].key) {
			if g.level(i) <= 1 && !g.place(i).isContinent() {
				cue, strong = ", "+toks[c.j].text, true
				break
			}
		}
	}
	// An acronym names only countries and regions ("UN" is no town).
	if c.j-c.i == 1 && isAcronym(first.text) {
		ok := false
		for _, i := range c.idx {
			if g.level(i) <= 1 {
				ok = true
			}
		}
		if !ok && c.dem < 0 {
			return "", false
		}
	}
	level := 3
	var maxPop int64
	for _, i := range c.idx {
		pl := g.place(i)
		if pl.Level() == 1 && pl.Population < minorRegion && pl.Country != "USA" {
			continue // a small region reads as a word or a name ("Flores", "Bay") unless a cue makes it one
		}
		level = min(level, pl.Level())
		maxPop = max(maxPop, pl.Population)
	}
	// A capitalised word before the span that is no place, title or
	// direction: a person's or an organisation's name ("Chiquita Henry").
	if c.i > 0 {
		pt := toks[c.i-1]
		pl := strings.ToLower(strings.TrimSuffix(pt.text, "."))
		if pt.cap && !pt.commaAfter && !(pt.periodEnd && !strings.HasSuffix(pt.text, ".")) && pt.suffix == "" && !first.sentStart && !first.hyphenPrev {
			switch {
			case titles[pl]:
				return "", false
			case notName[pl] || directions[pl] || p.isPlaceWord(&pt) || isAcronym(pt.text):
			default:
				if level > 1 {
					return "", false
				}
			}
		}
	}
	// A capitalised word after it: an organisation named for the place
	// ("Florida Highway Patrol", which counts) or a person ("Paris Hilton").
	if c.j < len(toks) && !last.commaAfter && !last.periodEnd && last.suffix == "" {
		nt := toks[c.j]
		nl := strings.ToLower(strings.TrimSuffix(nt.text, "."))
		if nt.cap {
			switch nl {
			case "street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "ln", "drive", "dr", "way", "highway", "pike", "court", "ct", "circle", "trail", "parkway":
				return "", false
			}
			if level > 2 && maxPop < 20000 && !strong && !p.isPlaceWord(&nt) && !(c.dem >= 0 && len(c.idx) == 0) {
				return needsCue, false
			}
			if level > 1 && !strong && persons[nt.key] > 0 {
				return "", false // a given name: "Vladimir Putin"
			}
		}
	}
	if c.dem >= 0 && len(c.idx) == 0 {
		return "demonym", true
	}
	key := c.key
	// A person's name is no town, unless the only evidence is a speech
	// verb and the town is a capital or a city of a million people:
	// "Radio Pyongyang said" does not make Pyongyang a person.
	if ev := persons[key]; ev > 0 && !strong && level >= 2 && (ev == personFirm || !p.major(c)) {
		return "", false
	}
	if c.j-c.i == 1 && smallWords[key] && !strong {
		// a common word or given name: a place only with a strong cue
		// here or elsewhere in the text ("the state of Victoria" …
		// "travel to Victoria")
		return needsCue, false
	}
	if c.j-c.i == 1 && directions[key] && !strong {
		return "", false
	}
	if c.j-c.i == 1 && directions[key] && c.j < len(toks) && toks[c.j].cap && !last.commaAfter {
		return "", false // "West German", "North Korean": part of a longer name
	}
	if c.j-c.i == 1 && notName[key] {
		return "", false
	}
	if o.NotPlace != nil && !strong && o.NotPlace(c.text) {
		return "", false
	}
	if level <= 2 || cue != "" {
		return cue, true
	}
	// A populated place: a large one stands on its own, a small one needs a cue.
	if maxPop >= 20000 && !first.sentStart || maxPop >= 100000 {
		return "", true
	}
	return needsCue, false
}

// streetWords end a street address ("400 S. Locust St.").
var streetWords = map[string]bool{"st": true, "street": true, "ave": true, "avenue": true, "rd": true, "road": true,
	"dr": true, "drive": true, "ln": true, "lane": true, "blvd": true, "boulevard": true, "way": true, "pike": true,
	"hwy": true, "highway": true, "ct": true, "court": true, "pkwy": true, "parkway": true}

// townSlot tells a name that stands where local news puts a town: after a
// person's name and age ("Terry Jolly, 60, Lebanon, was arrested") or a
// street address ("400 Locust St., Lebanon").
func townSlot(toks []token, c cand) bool {
	if c.i < 2 || !toks[c.i-1].commaAfter {
		return false
	}
	prev := toks[c.i-1]
	if isAge(prev.text) {
		return toks[c.i-2].cap && toks[c.i-2].commaAfter
	}
	return prev.cap && streetWords[prev.key] && isNumberish(toks, c.i-1)
}

// isNumberish tells a street address: a house number within the four words
// before the street word, with no comma between.
func isNumberish(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if r, _ := utf8.DecodeRuneInString(toks[j].text); r >= '0' && r <= '9' {
			return true
		}
		if toks[j].commaAfter {
			return false
		}
	}
	return false
}

// major tells a name that may be a capital or a city of a million people.
func (p *Parser) major(c cand) bool {
	for _, i := range c.idx {
		if pl := p.G.place(i); pl.Feature == "PPLC" || pl.Population >= 1000000 {
			return true
		}
	}
	return false
}

// innerCapital tells a mixed-case word, a capital after a lower-case letter
// ("DeKalb", "McAllen"), which no common word is.
func innerCapital(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			lower = true
		} else if lower && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// minorRegion is the population below which a first-level region needs a
// cue like a small town.
const minorRegion = 100000

// needsCue is accept's answer for a name that would be a place with a cue
// (a small town standing alone, a name beginning a sentence).
const needsCue = "needs a cue"

func (p *Place) isContinent() bool { return p.Feature == "CONT" }
