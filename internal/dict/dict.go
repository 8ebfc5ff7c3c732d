package dict

import (
	"errors"
	"fmt"
	"strings"
)

// Pos is where an entry was defined.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Word is one word of a phrase, in upper case.
type Word struct {
	Text string
	// Stem: the word matches any word that begins with Text (TABARI's
	// rule for words without a trailing underscore).
	Stem bool
	// Gap: up to two other words may come before this one (TABARI's
	// space between words, as opposed to '_'). Written "..WORD".
	Gap bool
}

// Phrase is a sequence of adjacent words.
type Phrase []Word

// String renders the phrase as space-separated words, a stem with a
// trailing '*'.
func (p Phrase) String() string {
	var b strings.Builder
	for i, w := range p {
		if i > 0 {
			b.WriteByte(' ')
		}
		if w.Gap {
			b.WriteString("..")
		}
		b.WriteString(w.Text)
		if w.Stem {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// DatedCode is an actor code valid between two dates (YYYY-MM-DD,
// inclusive; "" is open).
type DatedCode struct {
	Code     string
	From, To string
}

// Actor is one actor entry: names (the first is the entry's head) and
// codes, some bounded in time.
type Actor struct {
	Names []Phrase
	Codes []DatedCode
	Pos   Pos
	// Origin names the entry this one was generated from, if any
	// ("Phoenix.Countries.actors.txt:9828").
	Origin string
}

// CodeAt returns the actor's code on date (YYYY-MM-DD). A code whose
// bounds hold the date wins (of several, the latest to begin: a new
// office supersedes an elite or an older role whose bounds overlap it,
// and on a handover day the incoming holder's term); else an undated
// code; else "". Without a
// date ("") the best-supported reading is the office held now
// (open-ended, the latest to begin), else the undated code, else the
// office held last (the latest to end): a corpus without dates codes
// Vladimir Putin as RUSGOV and still codes Barack Obama as USAGOV.
func (a *Actor) CodeAt(date string) string {
	undated := ""
	var latest *DatedCode
	var held *DatedCode // of the terms that hold on date, the latest to begin
	for i, c := range a.Codes {
		if c.From == "" && c.To == "" {
			if undated == "" {
				undated = c.Code
			}
			continue
		}
		if date != "" {
			if (c.From == "" || c.From <= date) && (c.To == "" || date <= c.To) && (held == nil || c.From > held.From) {
				held = &a.Codes[i]
			}
			continue
		}
		if latest == nil || laterTerm(c, *latest) {
			latest = &a.Codes[i]
		}
	}
	if held != nil {
		return held.Code
	}
	if latest != nil && latest.To == "" {
		return latest.Code
	}
	if undated != "" || latest == nil {
		return undated
	}
	return latest.Code
}

// laterTerm reports whether term a is a better undated reading than b: an
// open-ended term beats a closed one, then the later start (open) or end
// (closed).
func laterTerm(a, b DatedCode) bool {
	if (a.To == "") != (b.To == "") {
		return a.To == ""
	}
	if a.To == "" {
		return a.From >= b.From
	}
	return a.To >= b.To
}

// Agent is a role or group word ("PRESIDENT", "FOREIGN MINISTRY") with the
// code it adds to a country: "~GOV" appends GOV, "GOV~" prepends it.
type Agent struct {
	Names  []Phrase
	Code   string
	Pos    Pos
	Origin string
}

// Suffix returns the agent code without its '~' marker and whether it is
// appended (true) or prepended to the country code.
func (a *Agent) Suffix() (code string, after bool) {
	c := strings.TrimSpace(a.Code)
	if strings.HasPrefix(c, "~") {
		return strings.TrimSpace(c[1:]), true
	}
	if strings.HasSuffix(c, "~") {
		return strings.TrimSpace(c[:len(c)-1]), false
	}
	return c, true
}

// Discard is a phrase whose presence means the sentence is not coded
// (sports results and the like).
type Discard struct {
	Phrase Phrase
	Pos    Pos
	Origin string
}

// Issue is a phrase that tags an event with an issue code.
type Issue struct {
	Phrase Phrase
	Code   string
	Pos    Pos
	Origin string
}

// TokKind is the kind of one pattern element.
type TokKind uint8

// Pattern element kinds.
const (
	TokWord     TokKind = iota // a literal phrase
	TokSet                     // &SET: any phrase of a synonym set
	TokAlt                     // {A | B}: any of the alternatives
	TokSource                  // $: the source actor stands here
	TokTarget                  // +: the target actor stands here
	TokCompound                // %: a compound actor stands here
	TokSkip                    // ^: skip a noun phrase
)

// PatTok is one element of a verb pattern.
type PatTok struct {
	Kind   TokKind
	Phrase Phrase   // TokWord
	Set    string   // TokSet: set name without '&'
	Alts   []Phrase // TokAlt
	// Adj: TABARI joined this element to its neighbour toward the verb
	// with '_' ("RECENT~_*", "* IN_+"): no word may come between.
	Adj bool
}

// Pattern is a verb pattern: elements before and after the verb ("*")
// and the code it yields.
type Pattern struct {
	Pre, Post []PatTok
	Code      Code
	Text      string
	Pos       Pos
	Origin    string
}

// Code is a verb code: Code for source→target and Reverse for the paired
// target→source event ("042:043"). Null ("---") means: no event.
type Code struct {
	Code, Reverse string
	Null          bool
	// Discard ("###"): the sentence is not coded at all.
	Discard bool
	// Complex ("+++", TABARI): the sentence is too complex to code; no
	// event of it is kept.
	Complex bool
	// TABARI's markers: a subordinate code ("023?") gives way to any
	// other event of the sentence and does not end its clause; a
	// dominant one ("031!") cancels the sentence's other events.
	Sub, Dom bool
}

// IsZero reports whether no code was given.
func (c Code) IsZero() bool { return c.Code == "" && c.Reverse == "" && !c.Null }

func (c Code) String() string {
	switch {
	case c.Discard:
		return "###"
	case c.Null:
		return "---"
	case c.Reverse != "":
		return c.Code + ":" + c.Reverse
	}
	return c.Code
}

// ParseCode parses "036", "042:043", ":020", "---".
func ParseCode(s string) (Code, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Code{}, errors.New("empty code")
	}
	sub, dom := false, false
	for len(s) > 0 && (s[len(s)-1] == '?' || s[len(s)-1] == '!') {
		sub, dom = sub || s[len(s)-1] == '?', dom || s[len(s)-1] == '!'
		s = s[:len(s)-1]
	}
	if s == "###" {
		return Code{Null: true, Discard: true}, nil
	}
	if s == "+++" {
		return Code{Null: true, Complex: true}, nil
	}
	if strings.Trim(s, "-") == "" {
		return Code{Null: true}, nil
	}
	a, b, _ := strings.Cut(s, ":")
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "---" {
		a = ""
	}
	if b == "---" {
		b = ""
	}
	for _, x := range []string{a, b} {
		for _, r := range x {
			if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
				return Code{}, fmt.Errorf("bad code %q", s)
			}
		}
	}
	if a == "" && b == "" {
		return Code{Null: true}, nil
	}
	return Code{Code: a, Reverse: b, Sub: sub, Dom: dom}, nil
}

// VerbForm is one verb of a block with all its inflected forms; Code, when
// set, overrides the block's code.
type VerbForm struct {
	Forms  []Phrase
	Code   Code
	Pos    Pos
	Origin string
}

// VerbBlock is a verb synonym block with its patterns.
type VerbBlock struct {
	Name     string
	Code     Code
	Verbs    []VerbForm
	Patterns []Pattern
	Pos      Pos
	Origin   string
}

// Verbs is a verb dictionary.
type Verbs struct {
	Sets   map[string][]Phrase
	Blocks []*VerbBlock
}

// Kind is a dictionary kind.
type Kind string

// Dictionary kinds.
const (
	KindVerbs    Kind = "verbs"
	KindActors   Kind = "actors"
	KindAgents   Kind = "agents"
	KindDiscards Kind = "discards"
	KindIssues   Kind = "issues"
	KindOptions  Kind = "options"
)

// File is one loaded dictionary file.
type File struct {
	Path     string
	Kind     Kind
	Format   string // "petrarch", "phoenix", "tabari", "dyad"
	Verbs    *Verbs
	Actors   []Actor
	Agents   []Agent
	Discards []Discard
	Issues   []Issue
	Options  *Options
	// Words are a TABARI actor file's <NOUN> and <ADJECTIVE> lists
	// (word → "NOUN" or "ADJECTIVE").
	Words map[string]string
}

// Counts summarises a file for `dyad dict check`.
func (f *File) Counts() string {
	switch f.Kind {
	case KindVerbs:
		nv, np := 0, 0
		for _, b := range f.Verbs.Blocks {
			nv += len(b.Verbs)
			np += len(b.Patterns)
		}
		return fmt.Sprintf("%d synonym sets, %d verb blocks, %d verbs, %d patterns", len(f.Verbs.Sets), len(f.Verbs.Blocks), nv, np)
	case KindActors:
		nn, nd := 0, 0
		for _, a := range f.Actors {
			nn += len(a.Names)
			for _, c := range a.Codes {
				if c.From != "" || c.To != "" {
					nd++
				}
			}
		}
		return fmt.Sprintf("%d actors, %d names, %d date-bounded codes", len(f.Actors), nn, nd)
	case KindAgents:
		return fmt.Sprintf("%d agents", len(f.Agents))
	case KindDiscards:
		return fmt.Sprintf("%d discards", len(f.Discards))
	case KindIssues:
		return fmt.Sprintf("%d issue phrases", len(f.Issues))
	case KindOptions:
		return fmt.Sprintf("%d options, %d labels", len(f.Options.Raw), len(f.Options.Labels))
	}
	return ""
}

// Error is a bad entry at a position.
type Error struct {
	Pos Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// ErrBadEntry is wrapped by every entry error (errors.Is).
var ErrBadEntry = errors.New("bad dictionary entry")

func (e *Error) Unwrap() error { return ErrBadEntry }

// Errors is a list of entry errors; its message is the first few.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i == 5 {
			fmt.Fprintf(&b, "; and %d more", len(es)-5)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap exposes the entries for errors.Is / errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// ParsePhrase parses a dictionary phrase: words joined by '_' or spaces;
// a trailing '_' marks the last word exact. stem says whether words
// without a trailing '_' match as prefixes (TABARI) or exactly.
func ParsePhrase(s string, stem bool) Phrase {
	s = strings.TrimSpace(s)
	if stem && strings.HasSuffix(s, "=") {
		s = strings.TrimSuffix(s, "=") + "_" // TABARI's "BAN=": the word exactly
	}
	exactEnd := strings.HasSuffix(s, "_")
	// In TABARI phrases a space (not '_') lets other words come between.
	// A word not followed by '_' is a stem ("BURN DOWN" matches "burned
	// down"); "BURN_" and "BURN_DOWN" match the word exactly.
	var gaps, exact []bool
	if stem {
		prevSpace := false
		for i, r := range s {
			if r == ' ' || r == '\t' {
				prevSpace = true
				continue
			}
			if r == '_' {
				if len(exact) > 0 {
					exact[len(exact)-1] = true
				}
				prevSpace = false
				continue
			}
			if i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '_' {
				gaps = append(gaps, prevSpace)
				exact = append(exact, false)
			}
			prevSpace = false
		}
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
	p := make(Phrase, 0, len(parts))
	for i, w := range parts {
		w = strings.ToUpper(w)
		gap := false
		if strings.HasPrefix(w, "..") && len(w) > 2 {
			w, gap = w[2:], true
		} else if i < len(gaps) && i > 0 {
			gap = gaps[i]
		}
		st := false
		if (strings.HasSuffix(w, "*") || strings.HasSuffix(w, "~")) && len(w) > 1 {
			w, st = w[:len(w)-1], true // '~' is TABARI's explicit stem
		} else if stem && i == len(parts)-1 && !exactEnd {
			st = true
		} else if stem && i < len(parts)-1 && i < len(exact) && !exact[i] && len(w) > 2 {
			st = true
		}
		p = append(p, Word{Text: w, Stem: st, Gap: gap && i > 0})
	}
	return p
}

// ParseDate turns a dictionary date — YYMMDD (TABARI/Phoenix), YYYYMMDD
// or YYYY-MM-DD — into YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	d := strings.ReplaceAll(s, "-", "")
	for _, r := range d {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("bad date %q", s)
		}
	}
	var y, md string
	switch len(d) {
	case 6:
		yy := d[:2]
		if yy <= "29" {
			y = "20" + yy
		} else {
			y = "19" + yy
		}
		md = d[2:]
	case 8:
		y, md = d[:4], d[4:]
	default:
		return "", fmt.Errorf("bad date %q", s)
	}
	m, dd := md[:2], md[2:]
	if m < "01" || m > "12" || dd < "01" || dd > "31" {
		return "", fmt.Errorf("bad date %q", s)
	}
	return y + "-" + m + "-" + dd, nil
}

// ParseDatedCode parses the inside of an actor code bracket:
// "CHNGOV", "CHNGOV >20121115", "USAGOV <011214", "RUSGOV 991231-080507".
func ParseDatedCode(s string) (DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return DatedCode{}, errors.New("empty actor code")
	}
	dc := DatedCode{Code: f[0]}
	if len(f) > 2 {
		return dc, fmt.Errorf("bad actor code %q", s)
	}
	if len(f) == 1 {
		if strings.ContainsAny(f[0], "<>") || (len(f[0]) > 0 && f[0][0] >= '0' && f[0][0] <= '9' && strings.Contains(f[0], "-")) {
			return dc, fmt.Errorf("actor code without a code: %q", s)
		}
		return dc, nil
	}
	r := f[1]
	var err error
	switch {
	case strings.HasPrefix(r, ">"):
		dc.From, err = ParseDate(r[1:])
	case strings.HasPrefix(r, "<"):
		dc.To, err = ParseDate(r[1:])
	case strings.Contains(r, "-"):
		a, b, _ := strings.Cut(r, "-")
		dc.From, err = ParseDate(a)
		if err == nil {
			dc.To, err = ParseDate(b)
		}
	default:
		err = fmt.Errorf("bad date restriction %q", r)
	}
	return dc, err
}

// stripComment removes a trailing comment introduced by '#' (PETRARCH) or
// ';' (TABARI, when semi is set).
func stripComment(line string, semi bool) (string, string) {
	i := strings.IndexByte(line, '#')
	if semi && i >= 0 && strings.TrimSpace(line[:i]) != "" {
		i = -1 // TABARI: '#' starts a comment only at the start of a line ("[###]" is a code)
	}
	if semi {
		if j := strings.IndexByte(line, ';'); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return line, ""
	}
	return line[:i], strings.TrimSpace(line[i+1:])
}
