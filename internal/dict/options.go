package dict

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CodeBy says how many events TABARI codes from a sentence.
type CodeBy uint8

// The SET: CODE BY modes.
const (
	// CodeByClause codes the first verb that yields an event in each
	// clause (TABARI's default).
	CodeByClause CodeBy = iota
	// CodeBySentence codes only the first event of a sentence.
	CodeBySentence
	// CodeAll codes every verb of every clause.
	CodeAll
)

func (c CodeBy) String() string {
	switch c {
	case CodeBySentence:
		return "sentence"
	case CodeAll:
		return "all"
	}
	return "clause"
}

// Comma is TABARI's elimination of comma-delimited subordinate clauses:
// a clause between two commas of Min..Max words, a clause from the
// sentence's start to its first comma of BMin..BMax words and a clause
// from the last comma to the end of EMin..EMax words are deleted before
// coding. Off, or a Min greater than Max, never deletes.
type Comma struct {
	On                               bool
	Min, Max, EMin, EMax, BMin, BMax int
}

// Defaults are the codes TABARI gives a missing source or target
// (DEFAULT: SOURCE [S] PRIOR TARGET [T] AFTER). With Prior a verb that
// has no actor before it takes the default source; without it the first
// actor after the verb is the source. With After a verb with no target
// after it takes the default target; without it the second member of a
// compound source is the target.
type Defaults struct {
	Source, Target string
	Prior, After   bool
}

// Complexity is TABARI's filter of sentences too complex to code
// (COMPLEX: VERBS[n] CONJ[n] NOACTPRIOR): more than Verbs verbs or more
// than Conj conjunctions (0: no limit), or, with NoActorPrior, no actor
// before the first verb.
type Complexity struct {
	Verbs, Conj  int
	NoActorPrior bool
}

// Options are the coding options of a TABARI .options file, also given
// one command at a time (Apply) as TABARI's validation records do. The
// zero value is dyad's own behaviour; TabariOptions returns TABARI's
// defaults, which a .options file modifies.
type Options struct {
	CodeBy       CodeBy
	Comma        Comma
	Default      Defaults
	Complex      Complexity
	ConvertAgent bool // SET: CONVERT AGENT: an agent without an actor codes as ~AGENT
	MinWords     int  // SET: MINIMUM WORDS: shorter sentences are not coded
	// TabariRules codes with TABARI's rules rather than dyad's: clauses
	// end only at conjunctions, a clause's first actor is the source of
	// its verbs, the first actor after a verb (else the nearest before
	// it) its target, negated verbs are coded, pronouns refer to the
	// sentence's first actor. TabariOptions sets it.
	TabariRules bool
	// Forward is the record-id mask of FORWARD: ("^^*****NNN*SSS": N
	// story, S sentence), under which records of one story share
	// pronoun context; "" is off.
	Forward   string
	YYYY      bool // SET: YYYY: record dates have four-digit years
	TimeShift bool // SET: TIME SHIFT
	// Labels are the LABEL: lines (code → label); Set the SET: lines
	// as written; Raw every command in order.
	Labels map[string]string
	Set    map[string]string
	Raw    []string
}

// TabariOptions returns TABARI's defaults: one event per clause,
// comma-delimited internal and terminal clauses of 2–10 words deleted,
// sentences of fewer than 8 words not coded.
func TabariOptions() *Options {
	return &Options{
		CodeBy:      CodeByClause,
		Comma:       Comma{On: true, Min: 2, Max: 10, EMin: 2, EMax: 10, BMin: 255, BMax: 0},
		MinWords:    8,
		TabariRules: true,
	}
}

// Apply applies one option command ("SET: CODE ALL", "COMMA: OFF",
// "DEFAULT: SOURCE [X] PRIOR"). Commands that do not change coding
// (OUTPUT:, LABEL:, most SET: flags) are kept in Raw, Labels and Set.
func (o *Options) Apply(line string) error {
	line = strings.TrimSpace(line)
	k, val, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("option without ':': %q", line)
	}
	k, val = strings.ToUpper(strings.TrimSpace(k)), strings.TrimSpace(val)
	uval := strings.ToUpper(val)
	o.Raw = append(o.Raw, k+": "+val)
	switch k {
	case "LABEL":
		c, l, _ := strings.Cut(val, "=")
		if o.Labels == nil {
			o.Labels = map[string]string{}
		}
		o.Labels[strings.TrimSpace(c)] = strings.TrimSpace(l)
	case "SET":
		return o.applySet(uval)
	case "COMMA":
		return o.applyComma(uval)
	case "DEFAULT":
		return o.applyDefault(val)
	case "COMPLEX":
		return o.applyComplex(uval)
	case "FORWARD":
		f := strings.Fields(uval)
		if len(f) == 0 || f[len(f)-1] == "OFF" {
			o.Forward = ""
		} else {
			o.Forward = f[0]
		}
	case "OUTPUT":
	default:
		return fmt.Errorf("unknown option %q", k)
	}
	return nil
}

func (o *Options) applySet(v string) error {
	name, value, hasValue := strings.Cut(v, "=")
	name = strings.Join(strings.Fields(name), " ")
	value = strings.TrimSpace(value)
	if f := strings.Fields(value); len(f) > 0 {
		value = f[0] // "4  */": trailing text after the value
	}
	if o.Set == nil {
		o.Set = map[string]string{}
	}
	o.Set[name] = value
	flag := func() (bool, error) {
		switch value {
		case "TRUE", "T", "YES", "ON", "1":
			return true, nil
		case "FALSE", "F", "NO", "OFF", "0":
			return false, nil
		}
		return false, fmt.Errorf("SET: %s wants TRUE or FALSE, not %q", name, value)
	}
	var err error
	switch {
	case !hasValue && name == "CODE BY CLAUSE":
		o.CodeBy = CodeByClause
	case !hasValue && name == "CODE BY SENTENCE":
		o.CodeBy = CodeBySentence
	case !hasValue && name == "CODE ALL":
		o.CodeBy = CodeAll
	case name == "CONVERT AGENT":
		o.ConvertAgent, err = flag()
	case name == "YYYY":
		o.YYYY, err = flag()
	case name == "TIME SHIFT":
		o.TimeShift, err = flag()
	case name == "MINIMUM WORDS":
		n, perr := strconv.Atoi(value)
		if perr != nil || n < 0 {
			return fmt.Errorf("SET: MINIMUM WORDS wants a number, not %q", value)
		}
		o.MinWords = n
	}
	return err
}

func (o *Options) applyComma(v string) error {
	if strings.TrimSpace(v) == "OFF" {
		o.Comma.On = false
		return nil
	}
	c := o.Comma
	c.On = true
	f := strings.Fields(strings.ReplaceAll(v, "=", " = "))
	for i := 0; i+2 < len(f); i += 3 {
		if f[i+1] != "=" {
			return fmt.Errorf("COMMA: want NAME = N, got %q", strings.Join(f[i:i+3], " "))
		}
		n, err := strconv.Atoi(f[i+2])
		if err != nil || n < 0 {
			return fmt.Errorf("COMMA: %s wants a number, not %q", f[i], f[i+2])
		}
		switch f[i] {
		case "MIN":
			c.Min = n
		case "MAX":
			c.Max = n
		case "EMIN":
			c.EMin = n
		case "EMAX":
			c.EMax = n
		case "BMIN":
			c.BMin = n
		case "BMAX":
			c.BMax = n
		default:
			return fmt.Errorf("COMMA: unknown bound %q", f[i])
		}
	}
	if len(f)%3 != 0 {
		return fmt.Errorf("COMMA: want NAME = N pairs, got %q", v)
	}
	o.Comma = c
	return nil
}

// applyDefault reads "SOURCE [X] PRIOR TARGET [Y] AFTER" or "OFF".
func (o *Options) applyDefault(v string) error {
	if strings.EqualFold(strings.TrimSpace(v), "OFF") {
		o.Default = Defaults{}
		return nil
	}
	d := o.Default
	f := strings.Fields(strings.NewReplacer("[", " [", "]", "] ").Replace(v))
	last := ""
	for i := 0; i < len(f); i++ {
		w := strings.ToUpper(f[i])
		switch {
		case w == "SOURCE" || w == "TARGET":
			last = w
		case strings.HasPrefix(w, "["):
			code := strings.Trim(w, "[]")
			if i+1 < len(f) && !strings.HasSuffix(w, "]") {
				return fmt.Errorf("DEFAULT: unclosed code %q", f[i])
			}
			switch last {
			case "SOURCE":
				d.Source = code
			case "TARGET":
				d.Target = code
			default:
				return fmt.Errorf("DEFAULT: code %q before SOURCE or TARGET", f[i])
			}
		case w == "PRIOR":
			d.Prior = true
		case w == "AFTER":
			d.After = true
		default:
			return fmt.Errorf("DEFAULT: unknown word %q", f[i])
		}
	}
	o.Default = d
	return nil
}

// applyComplex reads "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN".
func (o *Options) applyComplex(v string) error {
	c := Complexity{}
	for _, w := range strings.Fields(v) {
		name, num, hasNum := strings.Cut(w, "[")
		n := 0
		if hasNum {
			var err error
			n, err = strconv.Atoi(strings.TrimSuffix(num, "]"))
			if err != nil || n < 0 {
				return fmt.Errorf("COMPLEX: %s wants [N], not %q", name, w)
			}
		}
		switch name {
		case "VERBS":
			c.Verbs = n
		case "CONJ":
			c.Conj = n
		case "ACTORS":
		case "NOACTPRIOR":
			c.NoActorPrior = true
		case "EXPLAIN", "NOSOURCE", "NOTARGET":
		default:
			return fmt.Errorf("COMPLEX: unknown condition %q", w)
		}
	}
	o.Complex = c
	return nil
}

// Clone returns a copy that Apply can change without changing o.
func (o *Options) Clone() *Options {
	c := *o
	c.Raw = append([]string(nil), o.Raw...)
	c.Labels = cloneMap(o.Labels)
	c.Set = cloneMap(o.Set)
	return &c
}

func cloneMap(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// ReadTabariOptions reads a TABARI .options file onto TABARI's defaults:
// one command a line ("SET: CODE ALL", "COMMA: MIN = 2 …", "LABEL:
// 010=YIELD"); "//" and "#" lines are comments and a line of "~" ends
// the commands.
func ReadTabariOptions(r io.Reader, name string) (*Options, error) {
	o := TabariOptions()
	o.Labels, o.Set = map[string]string{}, map[string]string{}
	lr := newLineReader(r)
	var errs Errors
	for {
		raw, ok := lr.next()
		if !ok {
			break
		}
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "~") {
			break
		}
		if line == "" || strings.HasPrefix(line, "//") || strings.HasPrefix(line, "#") {
			continue
		}
		if err := o.Apply(line); err != nil {
			errs = append(errs, &Error{Pos{name, lr.n}, err.Error()})
		}
	}
	if err := lr.err(); err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return o, errs
	}
	return o, nil
}
