// Package spin makes spun copies of news stories, the way content farms
// republish wire copy: words swapped for synonyms, sentences dropped or
// split, typos, a new title and a boilerplate tail. It is deterministic
// for a seed, so tests that measure duplicate detection measure the same
// set every time.
package spin

import (
	"math/rand"
	"regexp"
	"strings"
	"unicode"
)

// Options say how hard to spin.
type Options struct {
	Seed int64
	// SwapRate is the share of words with a synonym that are swapped
	// (0.10–0.25 is typical of spinning tools); Drop the share of
	// sentences dropped; Split the share of long sentences split in two;
	// Typos the share of words given a typo.
	SwapRate, Drop, Split, Typos float64
	// Tail adds a boilerplate tail.
	Tail bool
}

// Default is a typical content-farm spin.
var Default = Options{SwapRate: 0.6, Drop: 0.1, Split: 0.1, Typos: 0.02, Tail: true}

// synonyms the spinner swaps (both ways where sensible).
var synonyms = map[string][]string{
	"said": {"stated", "noted", "declared"}, "says": {"states", "notes"}, "told": {"informed"},
	"company": {"firm", "business"}, "companies": {"firms", "businesses"}, "firm": {"company"},
	"government": {"administration"}, "official": {"representative"}, "officials": {"representatives"},
	"increase": {"rise", "growth"}, "increased": {"rose", "grew"}, "rose": {"climbed", "increased"},
	"fell": {"dropped", "declined"}, "decline": {"drop", "fall"}, "declined": {"fell", "dropped"},
	"big": {"large", "huge"}, "large": {"big", "sizeable"}, "small": {"little", "minor"},
	"major": {"key", "main"}, "important": {"significant", "key"}, "new": {"fresh", "novel"},
	"meeting": {"gathering", "session"}, "talks": {"discussions", "negotiations"}, "agreement": {"deal", "accord"},
	"deal": {"agreement", "pact"}, "plan": {"scheme", "proposal"}, "plans": {"intends", "aims"},
	"expected": {"anticipated", "predicted"}, "expects": {"anticipates", "predicts"}, "help": {"assist", "aid"},
	"show": {"demonstrate", "display"}, "shows": {"demonstrates", "indicates"}, "buy": {"purchase", "acquire"},
	"sell": {"offload", "divest"}, "sold": {"offloaded"}, "bought": {"purchased", "acquired"},
	"market": {"marketplace"}, "markets": {"marketplaces"}, "price": {"cost", "rate"}, "prices": {"costs", "rates"},
	"profit": {"earnings", "gain"}, "profits": {"earnings", "gains"}, "loss": {"deficit"}, "losses": {"deficits"},
	"strong": {"robust", "solid"}, "weak": {"feeble", "soft"}, "high": {"elevated", "lofty"}, "low": {"modest", "reduced"},
	"begin": {"start", "commence"}, "began": {"started", "commenced"}, "start": {"begin", "launch"},
	"end": {"finish", "conclude"}, "ended": {"finished", "concluded"}, "also": {"additionally", "furthermore"},
	"but": {"however", "yet"}, "about": {"roughly", "around"}, "around": {"about", "approximately"},
	"because": {"since", "as"}, "many": {"numerous", "several"}, "several": {"a number of", "various"},
	"country": {"nation", "state"}, "countries": {"nations", "states"}, "people": {"individuals", "persons"},
	"week": {"seven days"}, "month": {"period"}, "year": {"twelve months"}, "years": {"decades"},
	"shares": {"stocks", "equities"}, "stock": {"share", "equity"}, "rate": {"level"}, "rates": {"levels"},
	"bank": {"lender"}, "banks": {"lenders"}, "economy": {"economic system"}, "growth": {"expansion", "increase"},
	"announced": {"unveiled", "revealed"}, "reported": {"disclosed", "revealed"}, "report": {"statement", "filing"},
	"president": {"head"}, "chairman": {"chair", "head"}, "spokesman": {"representative", "spokesperson"},
	"however": {"but", "nevertheless"}, "would": {"will"}, "could": {"might", "may"}, "should": {"ought to"},
	"very": {"extremely", "highly"}, "quickly": {"rapidly", "swiftly"}, "recently": {"lately"},
	"total": {"overall", "combined"}, "need": {"require"}, "needs": {"requires"}, "make": {"create", "produce"},
	"made": {"created", "produced"}, "get": {"obtain", "receive"}, "got": {"obtained", "received"},
	"give": {"provide", "offer"}, "gave": {"provided", "offered"}, "use": {"utilize", "employ"}, "used": {"utilized", "employed"},
	"support": {"backing", "assistance"}, "problem": {"issue", "difficulty"}, "problems": {"issues", "difficulties"},
	"result": {"outcome"}, "results": {"outcomes", "figures"}, "demand": {"appetite", "need"}, "supply": {"provision"},
	"production": {"output", "manufacturing"}, "output": {"production"}, "trade": {"commerce"}, "exports": {"shipments abroad"},
	"meet": {"convene"}, "met": {"convened", "held talks"}, "leaders": {"heads"}, "leader": {"head"},
}

var (
	wordRe     = regexp.MustCompile(`[A-Za-z]+`)
	sentenceRe = regexp.MustCompile(`[^.!?]+[.!?]+["”’]?\s*`)
	tails      = []string{
		"\n\nSource link\n\nComments are closed.",
		"\n\nView original content: https://example.com/release\n\nSource link",
		"\n\nShare this article\n\nAll rights reserved.",
	}
	titlePrefix = []string{"BREAKING: ", "Update: ", "", "Report: ", "Exclusive: "}
)

// Spin returns a spun title and text.
func Spin(title, text string, o Options) (string, string) {
	rng := rand.New(rand.NewSource(o.Seed))
	var out []string
	for _, s := range sentenceRe.FindAllString(text+" ", -1) {
		if rng.Float64() < o.Drop {
			continue
		}
		s = swapWords(s, rng, o)
		if o.Split > 0 && rng.Float64() < o.Split {
			if i := strings.Index(s, ", "); i > 20 && i < len(s)-20 {
				s = s[:i] + ". " + upperFirst(s[i+2:])
			}
		}
		out = append(out, strings.TrimSpace(s))
	}
	body := strings.Join(out, " ")
	if o.Tail {
		body += tails[rng.Intn(len(tails))]
	}
	newTitle := titlePrefix[rng.Intn(len(titlePrefix))] + swapWords(title, rng, Options{SwapRate: 0.5})
	return newTitle, body
}

func swapWords(s string, rng *rand.Rand, o Options) string {
	return wordRe.ReplaceAllStringFunc(s, func(w string) string {
		lw := strings.ToLower(w)
		if syns, ok := synonyms[lw]; ok && rng.Float64() < o.SwapRate {
			r := syns[rng.Intn(len(syns))]
			if unicode.IsUpper(rune(w[0])) {
				r = upperFirst(r)
			}
			return r
		}
		if len(w) > 4 && rng.Float64() < o.Typos {
			i := 1 + rng.Intn(len(w)-2)
			return w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:]
		}
		return w
	})
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
