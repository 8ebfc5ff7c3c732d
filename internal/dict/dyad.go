package dict

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// The dyad dictionary format: one kind a file, UTF-8 text, a first line
// "# dyad KIND v1", '#' comment lines, and one tab-separated entry a line.
// Names and alternatives are separated by " | "; words by spaces; a word
// ending in '*' matches as a prefix. The last field of an entry, when it
// starts with '@', names the entry it was generated from. See
// docs/dictionaries.md.
const dyadMagic = "# dyad "

func phrasesString(ps []Phrase) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.String()
	}
	return strings.Join(parts, " | ")
}

func parsePhrases(s string) []Phrase {
	var out []Phrase
	for _, part := range strings.Split(s, "|") {
		if ph := ParsePhrase(strings.TrimSpace(part), false); len(ph) > 0 {
			out = append(out, ph)
		}
	}
	return out
}

func originField(o string) string {
	if o == "" {
		return ""
	}
	return "\t@" + o
}

func splitOrigin(fields []string) ([]string, string) {
	if n := len(fields); n > 0 && strings.HasPrefix(fields[n-1], "@") {
		return fields[:n-1], fields[n-1][1:]
	}
	return fields, ""
}

// WriteDyad writes f in the dyad format. Entries keep their order; sets
// are sorted by name.
func WriteDyad(w io.Writer, f *File) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s%s v1\n", dyadMagic, f.Kind)
	switch f.Kind {
	case KindActors:
		fmt.Fprintln(bw, "# names<TAB>codes (CODE or CODE@FROM..TO)<TAB>@origin")
		for _, a := range f.Actors {
			codes := make([]string, len(a.Codes))
			for i, c := range a.Codes {
				codes[i] = c.Code
				if c.From != "" || c.To != "" {
					codes[i] += "@" + c.From + ".." + c.To
				}
			}
			fmt.Fprintf(bw, "%s\t%s%s\n", phrasesString(a.Names), strings.Join(codes, " "), originField(a.Origin))
		}
	case KindAgents:
		fmt.Fprintln(bw, "# names<TAB>code (~SUFFIX or PREFIX~)<TAB>@origin")
		for _, a := range f.Agents {
			fmt.Fprintf(bw, "%s\t%s%s\n", phrasesString(a.Names), a.Code, originField(a.Origin))
		}
	case KindDiscards:
		fmt.Fprintln(bw, "# phrase<TAB>@origin")
		for _, d := range f.Discards {
			fmt.Fprintf(bw, "%s%s\n", d.Phrase.String(), originField(d.Origin))
		}
	case KindIssues:
		fmt.Fprintln(bw, "# phrase<TAB>ISSUE<TAB>@origin")
		for _, is := range f.Issues {
			fmt.Fprintf(bw, "%s\t%s%s\n", is.Phrase.String(), is.Code, originField(is.Origin))
		}
	case KindVerbs:
		fmt.Fprintln(bw, "# set<TAB>NAME<TAB>phrases | block<TAB>NAME<TAB>CODE | verb<TAB>forms<TAB>CODE | pattern<TAB>CODE<TAB>pattern")
		names := make([]string, 0, len(f.Verbs.Sets))
		for n := range f.Verbs.Sets {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(bw, "set\t%s\t%s\n", n, phrasesString(f.Verbs.Sets[n]))
		}
		for _, b := range f.Verbs.Blocks {
			fmt.Fprintf(bw, "block\t%s\t%s%s\n", b.Name, b.Code, originField(b.Origin))
			for _, v := range b.Verbs {
				fmt.Fprintf(bw, "verb\t%s\t%s%s\n", phrasesString(v.Forms), v.Code, originField(v.Origin))
			}
			for _, p := range b.Patterns {
				fmt.Fprintf(bw, "pattern\t%s\t%s%s\n", p.Code, patternString(p), originField(p.Origin))
			}
		}
	default:
		return fmt.Errorf("write dyad: unsupported kind %q", f.Kind)
	}
	return bw.Flush()
}

func patternString(p Pattern) string {
	var parts []string
	tok := func(t PatTok) string {
		switch t.Kind {
		case TokSet:
			return "&" + t.Set
		case TokAlt:
			alts := make([]string, len(t.Alts))
			for i, a := range t.Alts {
				alts[i] = joinPhrase(a)
			}
			return "{" + strings.Join(alts, " | ") + "}"
		case TokSource:
			return "$"
		case TokTarget:
			return "+"
		case TokCompound:
			return "%"
		case TokSkip:
			return "^"
		}
		return joinPhrase(t.Phrase)
	}
	for _, t := range p.Pre {
		parts = append(parts, tok(t))
	}
	parts = append(parts, "*")
	for _, t := range p.Post {
		parts = append(parts, tok(t))
	}
	return strings.Join(parts, " ")
}

// joinPhrase renders a phrase for a pattern: words joined by '_', the
// last exact word with a trailing '_' so the reader keeps it exact.
func joinPhrase(p Phrase) string {
	var b strings.Builder
	for i, w := range p {
		if i > 0 {
			b.WriteByte('_')
		}
		b.WriteString(w.Text)
		if w.Stem {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// ReadDyad reads a dyad-format file; the kind comes from its first line.
func ReadDyad(r io.Reader, name string) (*File, error) {
	lr := newPlainReader(r)
	first, ok := lr.next()
	if !ok || !strings.HasPrefix(first, dyadMagic) {
		return nil, &Error{Pos{name, 1}, `not a dyad dictionary (first line must be "# dyad KIND v1")`}
	}
	hdr := strings.Fields(strings.TrimPrefix(first, dyadMagic))
	if len(hdr) < 1 {
		return nil, &Error{Pos{name, 1}, "dyad header without a kind"}
	}
	f := &File{Path: name, Kind: Kind(hdr[0]), Format: "dyad"}
	var errs Errors
	bad := func(msg string) { errs = append(errs, &Error{Pos{name, lr.n}, msg}) }
	var block *VerbBlock
	switch f.Kind {
	case KindVerbs:
		f.Verbs = &Verbs{Sets: map[string][]Phrase{}}
	case KindActors, KindAgents, KindDiscards, KindIssues:
	default:
		return nil, &Error{Pos{name, 1}, fmt.Sprintf("unknown dyad dictionary kind %q", hdr[0])}
	}
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		pos := Pos{name, lr.n}
		fields, origin := splitOrigin(strings.Split(line, "\t"))
		if len(fields) == 0 {
			bad("entry with an origin and nothing else")
			continue
		}
		switch f.Kind {
		case KindActors:
			if len(fields) != 2 {
				bad("actor entry needs names<TAB>codes")
				continue
			}
			a := Actor{Names: parsePhrases(fields[0]), Pos: pos, Origin: origin}
			for _, c := range strings.Fields(fields[1]) {
				code, rng, dated := strings.Cut(c, "@")
				dc := DatedCode{Code: code}
				if dated {
					from, to, ok := strings.Cut(rng, "..")
					if !ok || !validISO(from) || !validISO(to) {
						bad("bad date range " + rng)
						continue
					}
					dc.From, dc.To = from, to
				}
				if code == "" {
					bad("empty actor code")
					continue
				}
				a.Codes = append(a.Codes, dc)
			}
			if len(a.Names) == 0 || len(a.Codes) == 0 {
				bad("actor entry without names or codes")
				continue
			}
			f.Actors = append(f.Actors, a)
		case KindAgents:
			if len(fields) != 2 || !strings.Contains(fields[1], "~") {
				bad("agent entry needs names<TAB>~CODE")
				continue
			}
			a := Agent{Names: parsePhrases(fields[0]), Code: strings.TrimSpace(fields[1]), Pos: pos, Origin: origin}
			if len(a.Names) == 0 {
				bad("agent without names")
				continue
			}
			f.Agents = append(f.Agents, a)
		case KindDiscards:
			ph := ParsePhrase(fields[0], false)
			if len(fields) != 1 || len(ph) == 0 {
				bad("discard entry needs one phrase")
				continue
			}
			f.Discards = append(f.Discards, Discard{Phrase: ph, Pos: pos, Origin: origin})
		case KindIssues:
			if len(fields) != 2 {
				bad("issue entry needs phrase<TAB>CODE")
				continue
			}
			ph := ParsePhrase(fields[0], false)
			if len(ph) == 0 || strings.TrimSpace(fields[1]) == "" {
				bad("empty issue phrase or code")
				continue
			}
			f.Issues = append(f.Issues, Issue{Phrase: ph, Code: strings.TrimSpace(fields[1]), Pos: pos, Origin: origin})
		case KindVerbs:
			switch fields[0] {
			case "set":
				if len(fields) != 3 || fields[1] == "" {
					bad("set needs set<TAB>NAME<TAB>phrases")
					continue
				}
				f.Verbs.Sets[strings.ToUpper(fields[1])] = parsePhrases(fields[2])
			case "block":
				if len(fields) != 3 {
					bad("block needs block<TAB>NAME<TAB>CODE")
					continue
				}
				c, err := ParseCode(fields[2])
				if err != nil {
					bad(err.Error())
					continue
				}
				block = &VerbBlock{Name: fields[1], Code: c, Pos: pos, Origin: origin}
				f.Verbs.Blocks = append(f.Verbs.Blocks, block)
			case "verb":
				if block == nil || len(fields) < 2 || len(fields) > 3 {
					bad("verb needs a block before it and verb<TAB>forms[<TAB>CODE]")
					continue
				}
				vf := VerbForm{Forms: parsePhrases(fields[1]), Pos: pos, Origin: origin}
				if len(fields) == 3 && fields[2] != "" {
					c, err := ParseCode(fields[2])
					if err != nil {
						bad(err.Error())
						continue
					}
					vf.Code = c
				}
				if len(vf.Forms) == 0 {
					bad("verb without forms")
					continue
				}
				block.Verbs = append(block.Verbs, vf)
			case "pattern":
				if block == nil || len(fields) != 3 {
					bad("pattern needs a block before it and pattern<TAB>CODE<TAB>pattern")
					continue
				}
				p, err := parsePattern(fields[2]+" ["+fields[1]+"]", false)
				if err != nil {
					bad(err.Error())
					continue
				}
				p.Pos, p.Origin = pos, origin
				block.Patterns = append(block.Patterns, p)
			default:
				bad("unknown verb entry " + fields[0])
			}
		}
	}
	if err := lr.err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return f, errs
	}
	return f, nil
}

func validISO(s string) bool {
	if s == "" {
		return true
	}
	d, err := ParseDate(s)
	return err == nil && d == s
}

// plainReader yields lines with numbers (no comment handling).
type plainReader struct {
	sc *bufio.Scanner
	n  int
}

func newPlainReader(r io.Reader) *plainReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	return &plainReader{sc: sc}
}

func (p *plainReader) next() (string, bool) {
	if !p.sc.Scan() {
		return "", false
	}
	p.n++
	return strings.TrimRight(p.sc.Text(), "\r"), true
}

func (p *plainReader) err() error { return p.sc.Err() }
