package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"dyad/internal/news"
)

// Amounts: money with a currency sign or name and a scale ("US $100
// billion", "$ 100 billion", "100 billion yuan", "1.2 trillion rubles",
// "€3m"), percentages ("5 percent", "5%"), ordinals of anniversaries
// ("20th anniversary") and spans of time ("five years"). Values are
// normalised (1e11); Context is the phrase the amount measures, taken from
// the clause before it ("Bilateral trade in the first three quarters of
// 2021" exceeded US $100 billion).

const numRe = `(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`
const scaleRe = `(?:\s*(trillion|billion|million|thousand|bn|mln|mn|m|k|tn))?`

// The amount patterns. Each is matched anchored at the places a match can
// start (see scan), not over the whole text: a search at every byte was
// most of the cost of extraction.
const (
	moneySignSrc = `(?i)(US|U\.S\.|A|AU|C|CA|HK|NZ|S)?\s?([$€£¥₽₹])\s?` + numRe + scaleRe + `\b`
	moneyNameSrc = `(?i)\b` + numRe + scaleRe + `\s+(?:(US|U\.S\.|Australian|Canadian|Hong Kong|Singapore)\s+)?(dollars?|dlrs|yuan|renminbi|rmb|rubles?|roubles?|euros?|pounds?|sterling|yen|rupees?|won|lira|hryvnias?)\b`
	percentSrc   = `(?i)\b` + numRe + `\s*(%|percent|per cent|pct)`
	ordinalSrc   = `(?i)\b(\d+)(st|nd|rd|th)\s+(anniversary|session|congress|summit|round)\b`
	spanSrc      = `(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\s+(years?|months?|weeks?|days?|decades?)\b`
)

var (
	moneySignAt = anchored(moneySignSrc)
	moneyNameAt = anchored(moneyNameSrc)
	percentAt   = anchored(percentSrc)
	ordinalAt   = anchored(ordinalSrc)
)

// anchored compiles a pattern to match only at the start of its input.
func anchored(src string) *regexp.Regexp {
	return regexp.MustCompile(`^(?:` + src + `)`)
}

// clauseVerbs link a measured phrase to its amount ("trade exceeded",
// "a deal worth"); longer phrases first, so "rose to" goes before "to".
var clauseVerbs = func() []string {
	vs := strings.Split("exceeded|reached|totalled|totaled|topped|hit|rose to|rose by|fell to|fell by|grew to|grew by|increased to|decreased to|climbed to|amounted to|stood at|was|were|is|are|of|worth|valued at|at|to|by|for|over|about|around|nearly|almost|more than|less than", "|")
	sort.SliceStable(vs, func(i, j int) bool { return len(vs[i]) > len(vs[j]) })
	return vs
}()

var signCurrency = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR"}
var prefixCurrency = map[string]string{"US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD"}
var nameCurrency = map[string]string{
	"dollar": "USD", "dlr": "USD", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "ruble": "RUB", "rouble": "RUB",
	"euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "rupee": "INR", "won": "KRW", "lira": "TRY", "hryvnia": "UAH",
}
var scales = map[string]float64{"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
var numberWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100}

func parseNum(s string) (float64, bool) {
	if v, ok := numberWords[strings.ToLower(s)]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// Amounts finds the amounts in a text. Start and End are byte offsets.
func Amounts(text string) []news.Amount {
	var out []news.Amount
	taken := func(s, e int) bool {
		for _, a := range out {
			if s < a.End && e > a.Start {
				return true
			}
		}
		return false
	}
	add := func(s, e int, value float64, currency, unit string) {
		for s < e && text[s] == ' ' {
			s++
		}
		if taken(s, e) {
			return
		}
		out = append(out, news.Amount{Text: text[s:e], Value: value, Currency: currency, Unit: unit,
			Context: measured(text, s), Start: s, End: e})
	}
	// Each pattern runs only on texts that hold its key words: most
	// sentences of news have no amount.
	lower := strings.ToLower(text)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(lower, w) {
				return true
			}
		}
		return false
	}
	if !strings.ContainsAny(text, "0123456789") && !has(" one ", " two ", " three ", " four ", " five ", " six ", " seven ", " eight ", " nine ", " ten ", "eleven", "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred") {
		return nil
	}
	signs := strings.ContainsAny(text, "$€£¥₽₹")
	names := has("dollar", "dlr", "yuan", "renminbi", "rmb", "ruble", "rouble", "euro", "pound", "sterling", "yen", "rupee", " won", "lira", "hryvnia")
	pct := has("%", "percent", "per cent", "pct")
	ordinal := has("anniversary", "session", "congress", "summit", "round")
	span := has("year", "month", "week", "day", "decade")
	for _, m := range signMatches(text, signs) {
		v, ok := parseNum(text[m[6]:m[7]])
		if !ok {
			continue
		}
		cur := signCurrency[text[m[4]:m[5]]]
		if m[2] >= 0 {
			if c, ok := prefixCurrency[strings.ToUpper(text[m[2]:m[3]])]; ok && cur == "USD" {
				cur = c
			}
		}
		if m[8] >= 0 {
			v *= scales[strings.ToLower(text[m[8]:m[9]])]
		}
		add(m[0], m[1], v, cur, "")
	}
	for _, m := range numberMatches(moneyNameAt, text, names, nil) {
		v, ok := parseNum(text[m[2]:m[3]])
		if !ok {
			continue
		}
		if m[4] >= 0 {
			v *= scales[strings.ToLower(text[m[4]:m[5]])]
		}
		name := strings.TrimSuffix(strings.ToLower(text[m[8]:m[9]]), "s")
		cur := nameCurrency[name]
		if name == "dollar" && m[6] >= 0 {
			switch strings.ToLower(text[m[6]:m[7]]) {
			case "australian":
				cur = "AUD"
			case "canadian":
				cur = "CAD"
			case "hong kong":
				cur = "HKD"
			case "singapore":
				cur = "SGD"
			}
		}
		add(m[0], m[1], v, cur, "")
	}
	for _, m := range numberMatches(percentAt, text, pct, percentMay) {
		if v, ok := parseNum(text[m[2]:m[3]]); ok {
			add(m[0], m[1], v, "", "percent")
		}
	}
	for _, m := range numberMatches(ordinalAt, text, ordinal, ordinalMay) {
		if v, ok := parseNum(text[m[2]:m[3]]); ok {
			add(m[0], m[1], v, "", "ordinal")
		}
	}
	if span {
		for _, m := range timeSpans(text) {
			if v, ok := parseNum(text[m[2]:m[3]]); ok {
				add(m[0], m[1], v, "", strings.TrimSuffix(strings.ToLower(text[m[4]:m[5]]), "s"))
			}
		}
	}
	sortAmounts(out)
	return out
}

func sortAmounts(a []news.Amount) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].Start < a[j-1].Start; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// measured returns the phrase before an amount that it measures: the
// clause from the last clause boundary up to the linking verb.
func measured(text string, at int) string {
	start := at - 200
	if start < 0 {
		start = 0
	}
	before := text[start:at]
	if i := strings.LastIndexAny(before, ".;:\n!?"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, ", "); i >= 0 && len(before)-i > 25 {
		before = before[i+2:]
	}
	for _, w := range []string{" as ", " while ", " because ", " after ", " when "} {
		if i := strings.LastIndex(before, w); i >= 0 && len(before)-i > 25 {
			before = before[i+len(w):]
		}
	}
	before = strings.TrimSpace(before)
	if len(before) > 100 {
		cut := len(before) - 100
		if i := strings.IndexByte(before[cut:], ' '); i >= 0 {
			cut += i + 1
		}
		before = before[cut:]
	}
	before = trimClauseVerbs(before)
	return strings.Trim(before, " ,“”\"")
}

// trimClauseVerbs removes the linking words at the end of a phrase
// ("Bilateral trade in 2021 exceeded" → "Bilateral trade in 2021"), as
// often as they repeat ("was worth about").
func trimClauseVerbs(s string) string {
	for {
		t := strings.TrimRight(s, reSpace)
		cut := false
		for _, v := range clauseVerbs {
			// The last len(v) runes of t, compared folding case as the
			// pattern did ("ROSE TO").
			at := len(t)
			for n := 0; n < len(v) && at > 0; n++ {
				_, size := utf8.DecodeLastRuneInString(t[:at])
				at -= size
			}
			if !strings.EqualFold(t[at:], v) || at == 0 || !strings.ContainsRune(reSpace, rune(t[at-1])) {
				continue
			}
			s, cut = strings.TrimSpace(t[:at]), true
			break
		}
		if !cut {
			return s
		}
	}
}

// reSpace is the white space of \s in a regular expression.
const reSpace = " \t\n\f\r"

// numberMatches finds the matches of an anchored pattern that opens with
// a word boundary and a digit, trying it only where a number starts; it
// returns what FindAllStringSubmatchIndex of the unanchored pattern does.
func numberMatches(re *regexp.Regexp, text string, run bool, may func(text string, s int) bool) [][]int {
	if !run {
		return nil
	}
	var out [][]int
	for s := 0; s < len(text); s++ {
		if text[s] < '0' || text[s] > '9' || s > 0 && isWordByte(text[s-1]) || may != nil && !may(text, s) {
			continue
		}
		if m := re.FindStringSubmatchIndex(text[s:]); m != nil {
			m = shift(m, s)
			out = append(out, m)
			s = m[1] - 1
		}
	}
	return out
}

// percentMay reports whether a percentage can start at s: the run of
// digits, commas and points is followed, past white space, by "%" or a "p"
// ("percent", "per cent", "pct"). A match that ended inside the run could
// not go on, since none of those bytes is white space, "%" or "p".
func percentMay(text string, s int) bool {
	e := s
	for e < len(text) && (text[e] >= '0' && text[e] <= '9' || text[e] == ',' || text[e] == '.') {
		e++
	}
	for e < len(text) && strings.IndexByte(reSpace, text[e]) >= 0 {
		e++
	}
	return e < len(text) && (text[e] == '%' || text[e] == 'p' || text[e] == 'P')
}

// ordinalMay reports whether an ordinal can start at s: digits followed by
// the first letter of "st", "nd", "rd" or "th" in any case ("ſ" folds to
// "s" and opens with byte 0xc5).
func ordinalMay(text string, s int) bool {
	e := s
	for e < len(text) && text[e] >= '0' && text[e] <= '9' {
		e++
	}
	if e == len(text) {
		return false
	}
	switch text[e] {
	case 's', 'S', 'n', 'N', 'r', 'R', 't', 'T', 0xc5:
		return true
	}
	return false
}

// signMatches finds money with a currency sign, trying the pattern only in
// the few bytes before each sign where a match can start (a prefix such as
// "U.S." and a space).
func signMatches(text string, run bool) [][]int {
	if !run {
		return nil
	}
	var out [][]int
	next := 0 // the first start not tried yet
	for q := 0; q < len(text); q++ {
		c := text[q]
		if c != '$' && !(c >= 0xc2 && isSign(text[q:])) {
			continue
		}
		// The prefix ("U.S.", "HK", any case) and a space take at most 6
		// bytes, case folding included ("ſ" for "s", "K" for "k").
		for s := max(next, q-8); s <= q; s++ {
			if m := moneySignAt.FindStringSubmatchIndex(text[s:]); m != nil {
				m = shift(m, s)
				out = append(out, m)
				next = m[1]
				break
			}
			next = s + 1
		}
		if q < next-1 {
			q = next - 1
		}
	}
	return out
}

// isSign reports whether s opens with a currency sign other than "$".
func isSign(s string) bool {
	for _, sign := range []string{"€", "£", "¥", "₽", "₹"} {
		if strings.HasPrefix(s, sign) {
			return true
		}
	}
	return false
}

func shift(m []int, by int) []int {
	for i, v := range m {
		if v >= 0 {
			m[i] = v + by
		}
	}
	return m
}

// spanUnits are the units of a span of time ("five years").
var spanUnits = map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true,
	"weeks": true, "day": true, "days": true, "decade": true, "decades": true}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// timeSpans finds "NUMBER UNIT" pairs (a number or number word, white
// space, a unit of time) word by word; it returns the same index layout as
// spanRe's FindAllStringSubmatchIndex, several times faster.
func timeSpans(text string) [][]int {
	var out [][]int
	prevS, prevE := -1, -1
	for i := 0; i < len(text); {
		if !isWordByte(text[i]) {
			i++
			continue
		}
		s := i
		for i < len(text) && isWordByte(text[i]) {
			i++
		}
		e := i
		if prevS >= 0 && e-s <= 7 && spanUnits[strings.ToLower(text[s:e])] && onlySpace(text[prevE:s]) && isCount(text[prevS:prevE]) {
			out = append(out, []int{prevS, e, prevS, prevE, s, e})
		}
		prevS, prevE = s, e
	}
	return out
}

func onlySpace(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
		default:
			return false
		}
	}
	return true
}

func isCount(w string) bool {
	digits := true
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			digits = false
			break
		}
	}
	if digits {
		return true
	}
	_, ok := numberWords[strings.ToLower(w)]
	return ok
}
