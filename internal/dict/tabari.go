package dict

import (
	"io"
	"strings"
)

// ReadTabariVerbs reads a TABARI .verbs file: <SYNSETS> and <TIME>
// sections, then verb lines ("ABANDON [345]") each followed by its
// patterns ("- * DIPLOMATIC TIES [901]"). Each verb line is a block of
// its own; words without a trailing '_' match as stems.
func ReadTabariVerbs(r io.Reader, name string) (*Verbs, error) {
	v := &Verbs{Sets: map[string][]Phrase{}}
	lr := newLineReader(r)
	var errs Errors
	bad := func(msg string) { errs = append(errs, &Error{Pos{name, lr.n}, msg}) }
	section := ""
	set := ""
	var block *VerbBlock
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line, _ := stripComment(raw, true)
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		pos := Pos{name, lr.n}
		up := strings.ToUpper(line)
		if strings.HasPrefix(up, "<") && strings.HasSuffix(up, ">") {
			if strings.HasPrefix(up, "</") {
				section = ""
			} else {
				section = strings.Trim(up, "<>")
			}
			set = ""
			continue
		}
		switch section {
		case "TIME":
			continue
		case "SYNSETS":
			switch {
			case strings.HasPrefix(line, "&"):
				set = strings.ToUpper(strings.TrimSuffix(strings.Fields(line)[0][1:], "_"))
				v.Sets[set] = nil
			case strings.HasPrefix(line, "+") && set != "":
				v.Sets[set] = append(v.Sets[set], ParsePhrase(line[1:], true))
			default:
				bad("synonym set line outside a set: " + line)
			}
			continue
		}
		if strings.HasPrefix(line, "-") {
			if block == nil {
				bad("pattern before any verb")
				continue
			}
			p, err := parsePattern(strings.TrimSpace(line[1:]), true)
			if err != nil {
				bad(err.Error())
				continue
			}
			p.Pos = pos
			block.Patterns = append(block.Patterns, p)
			continue
		}
		if strings.HasPrefix(line, "{") {
			// more forms of the verb above: "{ ACTING_ ACTXD_ }"
			if block != nil {
				inner := strings.Trim(line, "{} ")
				for _, f := range strings.Fields(inner) {
					block.Verbs[0].Forms = append(block.Verbs[0].Forms, ParsePhrase(f, true))
				}
			}
			continue
		}
		before, inside, ok := bracket(line)
		if !ok {
			bad("verb without a [code]: " + line)
			block = nil
			continue
		}
		c, err := ParseCode(inside)
		if err != nil {
			bad(err.Error())
		}
		var forms []Phrase
		head := strings.TrimSpace(before)
		if i := strings.IndexByte(head, '{'); i >= 0 {
			if j := strings.IndexByte(head, '}'); j > i {
				for _, f := range strings.Fields(head[i+1 : j]) {
					forms = append(forms, ParsePhrase(f, false))
				}
				head = strings.TrimSpace(head[:i] + head[j+1:])
			}
		}
		ph := ParsePhrase(head, true)
		if len(ph) == 0 {
			bad("empty verb")
			block = nil
			continue
		}
		if last := ph[len(ph)-1]; !last.Stem && len(ph) == 1 && !strings.HasSuffix(head, "=") {
			// an exact verb still takes its regular endings ("BAN="
			// takes none)
			for _, inf := range append(Inflect(last.Text), last.Text+"ES") {
				forms = append(forms, Phrase{{Text: inf}})
			}
		}
		block = &VerbBlock{Name: ph.String(), Code: c, Pos: pos,
			Verbs: []VerbForm{{Forms: append([]Phrase{ph}, forms...), Pos: pos}}}
		v.Blocks = append(v.Blocks, block)
	}
	if err := lr.err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return v, errs
	}
	return v, nil
}

// ReadTabariActors reads a TABARI .actors file (stems unless '_').
func ReadTabariActors(r io.Reader, name string) ([]Actor, error) {
	a, _, err := readActors(r, name, true)
	return a, err
}
