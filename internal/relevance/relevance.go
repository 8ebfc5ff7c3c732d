// Package relevance is the gate that keeps non-political news out of the
// event data: sport, entertainment and celebrity, technology and
// business news between firms and markets produce no political events.
//
// It judges an article with a naive Bayes document model over its words
// (model.txt, trained by ./gen on the labelled BBC news corpus, with the
// articles the project evaluates on held out) and each sentence by cues
// (a score with a sports word, "fixture", "album", "box office" …):
//
//   - a sport or entertainment article (p ≥ 0.9) codes nothing;
//   - in a business or technology article an event stays only when a
//     government or other political actor is a party (a ministry fining a
//     bank stays, two firms merging does not): a political sector (GOV,
//     MIL, LEG, JUD, OPP, PTY, REB, INS, COP, SPY, NGO, HRI, ELI…), an
//     IGO, or a state (a bare country code);
//   - a sentence with sport or entertainment cues codes nothing, whatever
//     the article.
//
// Gate implements code.Gate; package coding puts it in the default coder,
// and `dyad code --explain` lists what it dropped and why.
package relevance

//go:generate go run ./gen

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"dyad/internal/code"
	"dyad/internal/news"
)

// Options tune the gate; the zero value is the default.
type Options struct {
	// Drop is the probability of sport or entertainment above which an
	// article codes nothing (default 0.9).
	Drop float64
}

// Gate is the relevance gate.
type Gate struct {
	m    *Model
	drop float64
}

// New returns the gate with the embedded model.
func New(o Options) (*Gate, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	if o.Drop <= 0 {
		o.Drop = 0.9
	}
	return &Gate{m: m, drop: o.Drop}, nil
}

// HeldOut reports whether a BBC corpus article ("bbc-sport-125") is one
// the model was not trained on: every fifth by number.
func HeldOut(id string) bool {
	i := strings.LastIndexByte(id, '-')
	n, err := strconv.Atoi(id[i+1:])
	return err == nil && n%5 == 0
}

// Name is "relevance".
func (g *Gate) Name() string { return "relevance" }

// Article classifies an article.
func (g *Gate) Article(text string) (code.ArticleGate, string) {
	if n := wordCount(text); n < minWords {
		return &article{}, "" // too short to tell its topic: sentence cues only
	}
	p := g.m.Classify(text)
	best := 0
	for k := range p {
		if p[k] > p[best] {
			best = k
		}
	}
	topic := Topics[best]
	if (topic == "sport" || topic == "entertainment") && p[best] >= g.drop {
		return nil, fmt.Sprintf("%s article (p=%.2f)", topic, p[best])
	}
	a := &article{}
	if topic != "politics" {
		a.nonPolitical = fmt.Sprintf("%s article (p=%.2f): no government or other political actor is a party", topic, p[best])
	}
	return a, ""
}

// minWords is the length below which an article's topic is not judged:
// the model's posteriors on a sentence or two are overconfident.
const minWords = 80

func wordCount(text string) int {
	n := 0
	Words(text, func(string) bool { n++; return n < minWords })
	return n
}

type article struct {
	nonPolitical string // reason for events without a political actor
}

// Sentence drops sentences with sport or entertainment cues.
func (a *article) Sentence(sent string) string {
	return SentenceCue(sent)
}

// Event keeps an event of a non-political article only with a political
// actor as a party.
func (a *article) Event(sent string, ev *news.Event) string {
	if why := TradeFigure(sent, ev); why != "" {
		return why
	}
	if why := GoodsOrigin(sent, ev); why != "" {
		return why // goods.go
	}
	if a.nonPolitical == "" {
		return ""
	}
	src, tgt := stateCode(ev.Source), stateCode(ev.Target)
	if Market(src, tgt, ev.CAMEO) {
		return a.nonPolitical + " (a firm and a country it trades with: the country is a market)"
	}
	if Political(src, tgt) {
		return ""
	}
	return a.nonPolitical
}

// Market reports whether an event of economic cooperation (06x, or its
// intent 0311) is between a firm (a business sector or a multinational)
// and a bare country: in a business article the country is where the
// firm sells, buys or invests ("his firm is going to export building
// materials to Spain", "the carrier flies to Kenya"), not a state that
// acts.
func Market(src, tgt, cameo string) bool {
	if !strings.HasPrefix(cameo, "06") && !strings.HasPrefix(cameo, "0311") {
		return false
	}
	firm := func(c string) bool { return strings.HasPrefix(c, "MNC") || len(c) == 6 && c[3:] == "BUS" }
	bare := func(c string) bool { return len(c) == 3 && c != "---" }
	return firm(src) && bare(tgt) || bare(src) && firm(tgt)
}

// stateCode is an actor's code, with a bare sector ("MED", "BUS": no
// country) marked as not a state.
func stateCode(a news.Actor) string {
	if len(a.Code) == 3 && a.Country == "" {
		return "---" + a.Code
	}
	return a.Code
}

// politicalSectors are CAMEO sector codes of political actors.
var politicalSectors = map[string]bool{
	"GOV": true, "MIL": true, "LEG": true, "JUD": true, "OPP": true, "PTY": true,
	"REB": true, "INS": true, "COP": true, "SPY": true, "NGO": true, "HRI": true,
	"IGO": true, "SEP": true, "RAD": true, "UAF": true, "IMG": true, "MOD": true,
	"ACT": true, "PRE": true, "ELI": true,
}

// Political reports whether an event between two actor codes has a
// political party: a state (a bare country code), a political sector or
// an IGO on either side.
func Political(src, tgt string) bool {
	return politicalCode(src) || politicalCode(tgt)
}

func politicalCode(c string) bool {
	if len(c) == 3 && c != "---" {
		return true // a state
	}
	if strings.HasPrefix(c, "IGO") || strings.HasPrefix(c, "NGO") {
		return true
	}
	for i := 3; i+3 <= len(c); i += 3 {
		if politicalSectors[c[i:i+3]] {
			return true
		}
	}
	return false
}

var (
	scoreRE = regexp.MustCompile(`\b\d{1,3}-\d{1,3}\b`)
	// cue words of sport and entertainment sentences (lower case)
	cueWords = map[string]bool{
		// sport
		"match": true, "matches": true, "fixture": true, "fixtures": true, "league": true, "cup": true,
		"championship": true, "championships": true, "tournament": true, "coach": true, "striker": true,
		"midfielder": true, "goalkeeper": true, "rugby": true, "football": true, "cricket": true, "tennis": true,
		"golf": true, "olympic": true, "olympics": true, "premiership": true, "squad": true, "innings": true,
		"wicket": true, "wickets": true, "semi-final": true, "quarter-final": true, "final": false, "goal": true,
		"goals": true, "try": false, "tries": true, "penalty": true, "kick-off": true, "season": true,
		"fans": true, "stadium": true, "captain": false, "referee": true, "athletics": true, "marathon": true,
		"medal": true, "champion": true, "champions": true, "seed": true, "racing": true, "boxing": true,
		"world cup": true, "six nations": true, "grand slam": true, "test match": true,
		// entertainment
		"album": true, "albums": true, "chart": true, "charts": true, "box office": true, "film": true,
		"films": true, "movie": true, "movies": true, "actor": true, "actress": true, "singer": true,
		"band": true, "oscar": true, "oscars": true, "grammy": true, "grammys": true, "bafta": true,
		"baftas": true, "emmy": true, "premiere": true, "soap": true, "sitcom": true, "hit single": true,
		"number one": true, "director": false, "star": true, "stars": true, "celebrity": true, "concert": true,
		"tour": false, "gig": true, "festival": true, "documentary": true, "novel": true, "pop": true,
	}
)

// SentenceCue returns a reason when a sentence reads as sport or
// entertainment: two distinct cue words ("the striker scored in the cup
// match"), or a score ("3-1", "28-17") beside one.
func SentenceCue(sent string) string {
	var first, second string
	n := 0
	var word, prev, pair []byte
	check := func() {
		if len(word) < 2 {
			return
		}
		hit := ""
		if cueWords[string(word)] {
			hit = string(word)
		} else if len(prev) > 0 {
			pair = append(append(append(pair[:0], prev...), ' '), word...)
			if cueWords[string(pair)] {
				hit = string(pair)
			}
		}
		if hit != "" && hit != first && hit != second {
			n++
			if n == 1 {
				first = hit
			} else if n == 2 {
				second = hit
			}
		}
		prev = append(prev[:0], word...)
	}
	for _, r := range sent {
		switch {
		case r >= 'a' && r <= 'z' || r == '-' && len(word) > 0:
			word = append(word, byte(r))
		case r >= 'A' && r <= 'Z':
			word = append(word, byte(r-'A'+'a'))
		case r < 0x80 && r != '\'' || r == ' ' || r == '\u00a0':
			check()
			word = word[:0]
		default:
			if r == '’' || r == '\'' {
				word = append(word, '\'')
			} else {
				word = append(word, string(unicode.ToLower(r))...)
			}
		}
	}
	check()
	switch {
	case n >= 2:
		return fmt.Sprintf("sport or entertainment sentence (%q, %q)", first, second)
	case n == 1 && scoreRE.MatchString(sent):
		return fmt.Sprintf("sport sentence (score %q, %q)", scoreRE.FindString(sent), first)
	}
	return ""
}

// goodsWords after "worth of" name a trade total, not a deal.
var goodsWords = map[string]bool{"GOODS": true, "PRODUCTS": true, "MERCHANDISE": true, "EXPORTS": true, "IMPORTS": true}

// TradeFigure returns why an event of trade (061) is a figure, not an act
// ("" when it is not): its verb's object is a total "worth of goods"
// ("The US imported almost $20bn worth of goods from China during
// October"), or the sentence reports statistics or figures that show it
// ("figures showed Peru exported 296 tonnes of bismuth to the U.S."). A
// purchase of a named good ("bought 5,000 tonnes of Canadian rapeseed")
// stays.
func TradeFigure(sent string, ev *news.Event) string {
	if !strings.HasPrefix(ev.CAMEO, "061") || len(ev.Evidence) == 0 || ev.Evidence[0].VerbSpan == nil {
		return ""
	}
	e := ev.Evidence[0]
	if e.VerbSpan.End > len(sent) {
		return ""
	}
	words := strings.Fields(strings.ToUpper(sent[e.VerbSpan.End:]))
	for k := 0; k+2 < len(words) && k < 8; k++ {
		if words[k] == "WORTH" && words[k+1] == "OF" && goodsWords[strings.Trim(words[k+2], ".,;")] {
			return "trade figure (worth of " + strings.ToLower(strings.Trim(words[k+2], ".,;")) + "): a total, no act"
		}
	}
	all := strings.Fields(strings.ToUpper(sent))
	for k := 0; k+1 < len(all); k++ {
		if (all[k] == "FIGURES" || all[k] == "STATISTICS") && (all[k+1] == "SHOW" || all[k+1] == "SHOWED" || all[k+1] == "SHOWS" || all[k+1] == "SHOW." || all[k+1] == "SHOWED.") {
			return "trade figure (" + strings.ToLower(all[k]) + " show): a statistic, no act"
		}
	}
	return ""
}
