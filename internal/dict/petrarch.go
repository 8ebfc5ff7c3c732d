package dict

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// lineReader yields lines with numbers, dropping XML-style <!-- --> comment
// blocks (used by the PETRARCH validation dictionaries).
type lineReader struct {
	sc      *bufio.Scanner
	n       int
	inXML   bool
	pending []string
}

func newLineReader(r io.Reader) *lineReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	return &lineReader{sc: sc}
}

// next returns the next line with XML comments removed.
func (lr *lineReader) next() (string, bool) {
	if !lr.sc.Scan() {
		return "", false
	}
	lr.n++
	line := strings.TrimRight(lr.sc.Text(), "\r")
	line = strings.TrimPrefix(line, "\ufeff")
	var b strings.Builder
	for {
		if lr.inXML {
			i := strings.Index(line, "-->")
			if i < 0 {
				return b.String(), true
			}
			line = line[i+3:]
			lr.inXML = false
			continue
		}
		i := strings.Index(line, "<!--")
		if i < 0 {
			b.WriteString(line)
			return b.String(), true
		}
		b.WriteString(line[:i])
		line = line[i+4:]
		lr.inXML = true
	}
}

func (lr *lineReader) err() error { return lr.sc.Err() }

// bracket finds a trailing "[...]" in s and returns the text before it and
// the inside. ok is false when there is none.
func bracket(s string) (before, inside string, ok bool) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return s, "", false
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s, "", false
	}
	return s[:i], s[i+1 : i+j], true
}

// ReadPetrarchVerbs reads a PETRARCH2 CAMEO verb dictionary.
func ReadPetrarchVerbs(r io.Reader, name string) (*Verbs, error) {
	v := &Verbs{Sets: map[string][]Phrase{}}
	lr := newLineReader(r)
	var errs Errors
	bad := func(msg string) { errs = append(errs, &Error{Pos{name, lr.n}, msg}) }
	var block *VerbBlock
	set := ""
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line, _ := stripComment(raw, false)
		line = strings.TrimSpace(line)
		if line == "" {
			if strings.TrimSpace(raw) == "" {
				set = ""
			}
			continue
		}
		pos := Pos{name, lr.n}
		switch {
		case strings.HasPrefix(line, "---"):
			set = ""
			body := strings.Trim(line, "- ")
			before, inside, ok := bracket(body)
			if !ok {
				bad("verb block header without a [code]")
				block = nil
				continue
			}
			c, err := ParseCode(inside)
			if err != nil {
				bad(err.Error())
			}
			block = &VerbBlock{Name: strings.TrimSpace(before), Code: c, Pos: pos}
			if block.Name == "" {
				bad("verb block without a name")
			}
			v.Blocks = append(v.Blocks, block)
		case strings.HasPrefix(line, "&"):
			set = strings.ToUpper(strings.TrimSpace(strings.Fields(line)[0][1:]))
			if set == "" {
				bad("synonym set without a name")
				continue
			}
			if _, dup := v.Sets[set]; !dup {
				v.Sets[set] = nil
			}
		case strings.HasPrefix(line, "+") && set != "":
			v.Sets[set] = append(v.Sets[set], ParsePhrase(strings.TrimPrefix(line, "+"), false))
		case strings.HasPrefix(line, "~"):
			// transformation rules: recognised, not applied
		case strings.HasPrefix(line, "-"):
			if block == nil {
				bad("pattern outside a verb block")
				continue
			}
			p, err := parsePattern(strings.TrimSpace(line[1:]), false)
			if err != nil {
				bad(err.Error())
				continue
			}
			p.Pos = pos
			block.Patterns = append(block.Patterns, p)
		default:
			if block == nil {
				bad("verb outside a verb block: " + line)
				continue
			}
			vf, err := parseVerbLine(line)
			if err != nil {
				bad(err.Error())
				continue
			}
			vf.Pos = pos
			block.Verbs = append(block.Verbs, vf)
		}
	}
	if err := lr.err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return v, errs
	}
	return v, nil
}

// parseVerbLine parses "MEET {MEETS MET MEETING} [036]" or "+MEET_WITH {…}".
func parseVerbLine(line string) (VerbForm, error) {
	var vf VerbForm
	if before, inside, ok := bracket(line); ok {
		c, err := ParseCode(inside)
		if err != nil {
			return vf, err
		}
		vf.Code = c
		line = before
	}
	var irregular []string
	if i := strings.IndexByte(line, '{'); i >= 0 {
		j := strings.IndexByte(line, '}')
		if j < i {
			return vf, errors.New("unclosed { in verb forms")
		}
		irregular = strings.FieldsFunc(line[i+1:j], func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
		line = line[:i] + line[j+1:]
	}
	f := strings.Fields(line)
	if len(f) == 0 {
		return vf, errors.New("empty verb")
	}
	base := strings.TrimPrefix(strings.ToUpper(strings.Join(f, "_")), "+")
	base = strings.TrimSuffix(base, "_")
	if base == "" {
		return vf, errors.New("empty verb")
	}
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSuffix(strings.TrimPrefix(strings.ToUpper(s), "+"), "_")
		if s == "" || seen[s] {
			return
		}
		seen[s] = true
		vf.Forms = append(vf.Forms, ParsePhrase(s, false))
	}
	add(base)
	for _, w := range irregular {
		add(w)
	}
	head, rest, multi := strings.Cut(base, "_")
	for _, inf := range Inflect(head) {
		if multi {
			inf += "_" + rest
		}
		add(inf)
	}
	return vf, nil
}

// Inflect returns the regular -s, -ed and -ing forms of an English verb,
// the way PETRARCH2 generates them.
func Inflect(v string) []string {
	if v == "" {
		return nil
	}
	last := v[len(v)-1]
	isVowel := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "S") || strings.HasSuffix(v, "X") || strings.HasSuffix(v, "Z") || strings.HasSuffix(v, "CH") || strings.HasSuffix(v, "SH"):
		s = v + "ES"
	case last == 'Y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		s = v[:len(v)-1] + "IES"
	default:
		s = v + "S"
	}
	switch {
	case last == 'E':
		ed = v + "D"
		ing = v[:len(v)-1] + "ING"
		if strings.HasSuffix(v, "EE") || strings.HasSuffix(v, "YE") || strings.HasSuffix(v, "OE") {
			ing = v + "ING"
		}
	case last == 'Y' && len(v) > 1 && !isVowel(v[len(v)-2]):
		ed = v[:len(v)-1] + "IED"
		ing = v + "ING"
	default:
		ed = v + "ED"
		ing = v + "ING"
	}
	return []string{s, ed, ing}
}

// parsePattern parses the body of a pattern line after '-'. stem selects
// TABARI's prefix matching for words without a trailing '_'.
func parsePattern(s string, stem bool) (Pattern, error) {
	var p Pattern
	body, inside, ok := bracket(s)
	if !ok {
		return p, errors.New("pattern without a [code]")
	}
	c, err := ParseCode(inside)
	if err != nil {
		return p, err
	}
	p.Code = c
	body = strings.TrimSpace(body)
	p.Text = body
	toks, joined, err := tokenizePattern(body, stem)
	if err != nil {
		return p, err
	}
	star := -1
	for i, t := range toks {
		if t.Kind == TokWord && len(t.Phrase) == 1 && t.Phrase[0].Text == "*" {
			star = i
			break
		}
	}
	if star < 0 {
		return p, errors.New("pattern without '*' for the verb: " + body)
	}
	p.Pre = toks[:star]
	p.Post = toks[star+1:]
	// joined says '_' linked an element to the next; Adj points toward
	// the verb: a Pre element to the next one, a Post element to the
	// previous one
	for i := range p.Post {
		p.Post[i].Adj = joined[star+1+i-1]
	}
	for i := range p.Pre {
		p.Pre[i].Adj = joined[i]
	}
	return p, nil
}

// tokenizePattern splits a pattern body into elements. Parentheses and
// PETRARCH's {noun phrase} braces only group and are dropped; TABARI's
// {A | B} braces are alternatives. In TABARI patterns '_' joins words
// that must be adjacent; here every element is a phrase of adjacent
// words.
func tokenizePattern(s string, stem bool) ([]PatTok, []bool, error) {
	var out []PatTok
	var joined []bool // joined[i]: out[i] and out[i+1] were linked by '_'
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			break
		}
		if s[0] == '{' {
			j := strings.IndexByte(s, '}')
			if j < 0 {
				return nil, nil, errors.New("unclosed { in pattern")
			}
			inner := s[1:j]
			s = s[j+1:]
			altJoined := false
			if stem && strings.HasPrefix(s, "_") {
				altJoined, s = true, s[1:] // "}_CONVENTIONS": adjacent
			}
			if strings.Contains(inner, "|") {
				var alt PatTok
				alt.Kind = TokAlt
				for _, a := range strings.Split(inner, "|") {
					a = strings.Trim(a, " _")
					if a != "" {
						alt.Alts = append(alt.Alts, ParsePhrase(a, stem))
					}
				}
				out = append(out, alt)
				joined = append(joined, altJoined)
				continue
			}
			s = inner + " " + s
			continue
		}
		j := strings.IndexAny(s, " \t{")
		var w string
		if j < 0 {
			w, s = s, ""
		} else {
			w, s = s[:j], s[j:]
		}
		// "DEMAND_{ A | B }": the word is adjacent to the alternatives
		toBrace := stem && strings.HasPrefix(s, "{") && strings.HasSuffix(w, "_")
		w = strings.Trim(w, "()")
		if w == "" {
			continue
		}
		// TABARI joins with '_': split into single words, keeping markers.
		parts := splitJoined(w)
		for pi, part := range parts {
			before := len(out)
			switch {
			case part == "*":
				out = append(out, PatTok{Kind: TokWord, Phrase: Phrase{{Text: "*"}}})
			case part == "$":
				out = append(out, PatTok{Kind: TokSource})
			case part == "+":
				out = append(out, PatTok{Kind: TokTarget})
			case part == "%":
				out = append(out, PatTok{Kind: TokCompound})
			case part == "^":
				out = append(out, PatTok{Kind: TokSkip})
			case strings.HasPrefix(part, "&"):
				name := strings.ToUpper(strings.TrimSuffix(part[1:], "_"))
				if name == "" {
					return nil, nil, errors.New("empty synonym set reference")
				}
				out = append(out, PatTok{Kind: TokSet, Set: name})
			default:
				ph := ParsePhrase(part, stem)
				if len(ph) > 0 {
					out = append(out, PatTok{Kind: TokWord, Phrase: ph})
				}
			}
			if len(out) > before {
				joined = append(joined, stem && (pi+1 < len(parts) || toBrace))
			}
		}
	}
	return out, joined, nil
}

// splitJoined splits "SUGGESTED_+" into "SUGGESTED_", "+" and "IN_*" into
// "IN_", "*", keeping a word's trailing '_' (its exact marker).
func splitJoined(w string) []string {
	var out []string
	cur := ""
	for _, part := range strings.Split(w, "_") {
		switch part {
		case "*", "$", "+", "%", "^":
			if cur != "" {
				out = append(out, cur+"_")
				cur = ""
			}
			out = append(out, part)
		case "":
			if cur != "" {
				cur += "_"
			}
		default:
			if cur != "" {
				cur += "_"
			}
			cur += part
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	// A trailing '_' belongs to the last word.
	if strings.HasSuffix(w, "_") && len(out) > 0 && !strings.HasSuffix(out[len(out)-1], "_") {
		out[len(out)-1] += "_"
	}
	return out
}

// hyphenated joins a phrase of adjacent words into one hyphenated word
// ("AL_GORE" → "AL-GORE"); ok is false for one word or a phrase with gaps.
func hyphenated(ph Phrase) (Phrase, bool) {
	if len(ph) < 2 {
		return nil, false
	}
	words := make([]string, len(ph))
	for i, w := range ph {
		if w.Gap || w.Stem && i < len(ph)-1 || strings.HasPrefix(w.Text, "&") {
			return nil, false
		}
		words[i] = w.Text
	}
	return Phrase{{Text: strings.Join(words, "-"), Stem: ph[len(ph)-1].Stem}}, true
}

// ReadPhoenixActors reads a Phoenix/PETRARCH actor dictionary: a head
// line, '+' alias lines, and [CODE], [CODE >YYMMDD], [CODE <YYMMDD],
// [CODE YYMMDD-YYMMDD] lines (or the code on the head line).
func ReadPhoenixActors(r io.Reader, name string) ([]Actor, error) {
	a, _, err := readActors(r, name, false)
	return a, err
}

// readActors reads an actor file; words are TABARI's <NOUN> and
// <ADJECTIVE> lists (word → "NOUN" or "ADJECTIVE").
func readActors(r io.Reader, name string, tabari bool) ([]Actor, map[string]string, error) {
	var words map[string]string
	lr := newLineReader(r)
	var errs Errors
	var out []Actor
	var cur *Actor
	inBlock := ""
	lastHead := -1
	flush := func() {
		if cur != nil {
			if len(cur.Codes) == 0 {
				errs = append(errs, &Error{cur.Pos, "actor without a code: " + cur.Names[0].String()})
			} else {
				if tabari {
					// TABARI: an exact name also takes a plural S
					// ("LIBYA_" matches "Libyas", "ESTONIA_" "Estonias"),
					// and words joined by '_' match hyphenated
					// ("AL_GORE" matches "Al-Gore")
					for _, ph := range cur.Names {
						if h, ok := hyphenated(ph); ok {
							cur.Names = append(cur.Names, h)
						}
						if last := ph[len(ph)-1]; !last.Stem && !strings.HasSuffix(last.Text, "S") {
							pl := append(Phrase{}, ph...)
							pl[len(pl)-1].Text += "S"
							cur.Names = append(cur.Names, pl)
						}
					}
				}
				out = append(out, *cur)
			}
			cur = nil
		}
	}
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line, _ := stripComment(raw, tabari)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		pos := Pos{name, lr.n}
		if strings.HasPrefix(trimmed, "<!") {
			continue // a comment line, even a malformed "<! -- … -->"
		}
		if strings.HasPrefix(trimmed, "<") && strings.HasSuffix(trimmed, ">") && !strings.Contains(trimmed, "[") && !strings.Contains(trimmed, " ") {
			tag := strings.Trim(trimmed, "<>/")
			if strings.HasPrefix(trimmed, "</") {
				inBlock = ""
			} else {
				inBlock = tag
			}
			continue
		}
		if inBlock != "" || strings.HasPrefix(trimmed, "~~") {
			// TABARI <NOUN>, <ADJECTIVE> word lists
			if f := strings.Fields(trimmed); inBlock != "" && len(f) > 0 {
				if words == nil {
					words = map[string]string{}
				}
				words[strings.ToUpper(strings.TrimRight(f[0], "_"))] = strings.ToUpper(inBlock)
			}
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		text := trimmed
		var codes []DatedCode
		null := false
		for {
			before, inside, ok := bracket(text)
			if !ok {
				break
			}
			inside = normalizeCodeSpaces(inside)
			if inside == "---" || inside == "" {
				null = true
			} else {
				dc, err := ParseDatedCode(inside)
				if err != nil {
					errs = append(errs, &Error{pos, err.Error()})
				} else {
					codes = append([]DatedCode{dc}, codes...)
				}
			}
			text = strings.TrimSpace(before)
		}
		switch {
		case text == "" && len(codes) > 0:
			if cur == nil {
				errs = append(errs, &Error{pos, "code line without an actor"})
				continue
			}
			cur.Codes = append(cur.Codes, codes...)
		case strings.HasPrefix(text, "+") && !indented:
			if cur == nil {
				errs = append(errs, &Error{pos, "alias without an actor"})
				continue
			}
			ph := ParsePhrase(text[1:], tabari)
			if len(ph) == 0 {
				errs = append(errs, &Error{pos, "empty alias"})
				continue
			}
			cur.Names = append(cur.Names, ph)
			cur.Codes = append(cur.Codes, codes...)
		case text == "":
			// a bracket that held only "---"
		default:
			if cur != nil && len(cur.Codes) == 0 && lastHead == lr.n-1 {
				// consecutive head lines share the codes that follow
				if ph := ParsePhrase(text, tabari); len(ph) > 0 {
					cur.Names = append(cur.Names, ph)
					cur.Codes = append(cur.Codes, codes...)
					lastHead = lr.n
				}
				continue
			}
			if null && len(codes) == 0 {
				flush()
				continue // [---]: explicitly not an actor
			}
			flush()
			lastHead = lr.n
			ph := ParsePhrase(text, tabari)
			if len(ph) == 0 {
				errs = append(errs, &Error{pos, "empty actor name"})
				continue
			}
			cur = &Actor{Names: []Phrase{ph}, Codes: codes, Pos: pos}
		}
	}
	flush()
	if err := lr.err(); err != nil {
		return nil, nil, err
	}
	if len(errs) > 0 {
		return out, words, errs
	}
	return out, words, nil
}

// ReadAgents reads a Phoenix or TABARI agent dictionary: "NAME [~CODE]"
// lines, "{PLURAL FORMS}", and "!MACRO! = A, B" substitutions.
func ReadAgents(r io.Reader, name string, tabari bool) ([]Agent, error) {
	lr := newLineReader(r)
	var errs Errors
	var out []Agent
	macros := map[string][]string{}
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line, _ := stripComment(raw, tabari)
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue
		}
		pos := Pos{name, lr.n}
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			k, v, _ := strings.Cut(line, "=")
			var vals []string
			for _, x := range strings.Split(v, ",") {
				if x = strings.TrimSpace(x); x != "" {
					vals = append(vals, strings.ToUpper(x))
				}
			}
			macros[strings.ToUpper(strings.TrimSpace(k))] = vals
			continue
		}
		body, inside, ok := bracket(line)
		if !ok {
			errs = append(errs, &Error{pos, "agent without a [code]: " + line})
			continue
		}
		code := strings.ReplaceAll(inside, " ", "")
		if code == "" || !strings.Contains(code, "~") {
			errs = append(errs, &Error{pos, "agent code must be ~CODE or CODE~: [" + inside + "]"})
			continue
		}
		var forms []string
		if i := strings.IndexByte(body, '{'); i >= 0 {
			j := strings.IndexByte(body, '}')
			if j < i {
				errs = append(errs, &Error{pos, "unclosed {"})
				continue
			}
			forms = strings.Fields(body[i+1 : j])
			body = body[:i] + body[j+1:]
		}
		head := strings.TrimSpace(body)
		if head == "" {
			errs = append(errs, &Error{pos, "agent without a name"})
			continue
		}
		ag := Agent{Code: code, Pos: pos}
		for _, f := range append([]string{head}, forms...) {
			for _, exp := range expandMacros(strings.ToUpper(f), macros) {
				if ph := ParsePhrase(exp, tabari); len(ph) > 0 {
					ag.Names = append(ag.Names, ph)
				}
			}
		}
		if len(ag.Names) == 0 {
			errs = append(errs, &Error{pos, "agent without a name"})
			continue
		}
		// Regular plural of a one-phrase agent (PETRARCH and TABARI add
		// it: "SECURITY_FORCE_" matches "security forces").
		if len(forms) == 0 {
			last := ag.Names[0]
			if n := len(last); n > 0 && !last[n-1].Stem {
				pl := append(Phrase{}, last...)
				pl[n-1].Text = plural(pl[n-1].Text)
				ag.Names = append(ag.Names, pl)
			}
		}
		out = append(out, ag)
	}
	if err := lr.err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

func expandMacros(s string, macros map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	key := s[i : i+j+2]
	vals, ok := macros[key]
	if !ok {
		return []string{s}
	}
	var out []string
	for _, v := range vals {
		out = append(out, expandMacros(s[:i]+v+s[i+j+2:], macros)...)
		if len(out) > 64 {
			break
		}
	}
	return out
}

// ReadDiscards reads a Phoenix discard list: one phrase a line ('+' marks
// a story-level discard; both are sentence discards here).
func ReadDiscards(r io.Reader, name string) ([]Discard, error) {
	lr := newLineReader(r)
	var out []Discard
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line, _ := stripComment(raw, false)
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "+"))
		if line == "" || isNumber(line) {
			continue
		}
		ph := ParsePhrase(line, false)
		if len(ph) > 0 {
			out = append(out, Discard{Phrase: ph, Pos: Pos{name, lr.n}})
		}
	}
	return out, lr.err()
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// ReadIssues reads a Phoenix issue coding file: "phrase [CODE]" lines
// inside <ISSUE …> blocks; "n:" and "+" markers are dropped and "~"
// (exclusion) lines are skipped.
func ReadIssues(r io.Reader, name string) ([]Issue, error) {
	lr := newLineReader(r)
	var errs Errors
	var out []Issue
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line, _ := stripComment(raw, false)
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") || strings.HasPrefix(line, "~") {
			continue
		}
		pos := Pos{name, lr.n}
		body, inside, ok := bracket(line)
		if !ok {
			errs = append(errs, &Error{pos, "issue phrase without a [CODE]"})
			continue
		}
		body = strings.NewReplacer("n:", "", "a:", "", "v:", "", "+", " ").Replace(body)
		ph := ParsePhrase(body, false)
		code := strings.TrimSpace(inside)
		if len(ph) == 0 || code == "" {
			errs = append(errs, &Error{pos, "empty issue phrase or code"})
			continue
		}
		out = append(out, Issue{Phrase: ph, Code: code, Pos: pos})
	}
	if err := lr.err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

// normalizeCodeSpaces turns "HOB < 950601" and "X 19950601 - 19990815"
// into "HOB <950601" and "X 19950601-19990815".
func normalizeCodeSpaces(s string) string {
	s = strings.TrimSpace(s)
	for _, op := range []string{"<", ">"} {
		s = strings.ReplaceAll(s, op+" ", op)
	}
	s = strings.ReplaceAll(s, " - ", "-")
	return strings.Join(strings.Fields(s), " ")
}

// plural is the regular English plural of an upper-case noun.
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "X") || strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		return w + "ES"
	case strings.HasSuffix(w, "Y") && len(w) > 1 && strings.IndexByte("AEIOU", w[len(w)-2]) < 0:
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "MAN"):
		return w[:len(w)-3] + "MEN"
	}
	return w + "S"
}
