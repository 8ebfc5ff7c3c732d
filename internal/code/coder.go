package code

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"

	"dyad/internal/dict"
	"dyad/internal/news"
)

// Version is the coder's own version.
const Version = "0.1.0"

// Options configure a Coder. The zero value codes with the built-in
// dictionaries.
type Options struct {
	// Verbs, Actors, Agents, Discards, Issues are dictionary files in the
	// PETRARCH2/Phoenix, TABARI or dyad format; empty means built-in.
	// Replacing one kind keeps the built-in dictionaries of the others,
	// except that replacing Verbs or Actors also drops the built-in
	// agents, discards and issues unless given (a TABARI or PETRARCH
	// validation set comes with its own).
	Verbs, Actors, Agents, Discards, Issues []string
	// OptionFiles are TABARI .options files: the coder then codes under
	// TABARI's defaults as the files modify them (comma-clause deletion,
	// CODE BY, DEFAULT codes, agent conversion, minimum words, the
	// complexity filter). Settings, when set, is used instead.
	OptionFiles []string
	Settings    *dict.Options
	// Explain fills Event.Explain with the dictionary entries used.
	Explain bool
	// DateFunc resolves an event's date from its sentence and the
	// reference (publication) date, YYYY-MM-DD. nil: an explicit full
	// date in the sentence ("December 15, 2021"), else the reference.
	DateFunc func(sentence, ref string) (date, dateText string)
	// Warn receives dictionary entry errors that were skipped; nil drops
	// them.
	Warn func(err error)
	// Gates judge each article, sentence and event (relevance, modality,
	// …), in order; nil: none. The default set is built by package
	// coding, which every command uses.
	Gates []Gate
}

// Coder codes events. It is safe for concurrent use.
type Coder struct {
	opts     Options
	actors   trie[*dict.Actor]
	agents   trie[*dict.Agent]
	verbs    trie[verbVal]
	discards trie[*dict.Discard]
	issues   trie[*dict.Issue]
	sets     map[string]*trie[struct{}]
	version  string
	nActors  int
	nVerbs   int
	intent   bool
	words    map[string]string // TABARI <NOUN>/<ADJECTIVE> words
	set      dict.Options
	panics   *atomic.Int64
	tagger   Tagger // the gate that tags sentences before matching, if any
	// person entries by the last word of their names, for a surname
	// after a title of office (titledSurname)
	surnames   map[string][]*dict.Actor
	givenNames map[string]int     // how many person names begin with a word
	actVerbs   map[string]verbVal // an act noun's verb (actnoun.go)
}

// Panics is the number of sentences whose coding panicked (and lost their
// events); it should stay 0.
func (c *Coder) Panics() int64 { return c.panics.Load() }

// Settings returns the coding options in force (the zero value: dyad's
// own behaviour).
func (c *Coder) Settings() dict.Options { return c.set }

// WithSettings returns a coder that shares c's dictionaries and codes
// under o (nil: dyad's own behaviour), as TABARI does after an option
// command.
func (c *Coder) WithSettings(o *dict.Options) *Coder {
	n := *c
	n.set = dict.Options{}
	if o != nil {
		n.set = *o.Clone()
	}
	return &n
}

type verbVal struct {
	block *dict.VerbBlock
	form  *dict.VerbForm
	// needs[i] are the words block.Patterns[i] cannot match without (see
	// patternNeeds), shared by the block's forms.
	needs [][]need
}

// need is a word a pattern cannot match without: a token equal to the
// word or to its plural (word + "S", as phraseAt lets a phrase's last word
// take), as the words' bits in a sentence's wordBits.
type need struct{ word, plural uint16 }

// wordBits is a Bloom filter of a sentence's words: one bit a word, by
// wordBit. A need whose bits are both clear is not in the sentence; a set
// bit may be another word's, and the pattern is then matched in full.
type wordBits [8]uint64

// wordBit is w's bit in a wordBits (FNV-1a).
func wordBit(w string) uint16 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return uint16(h % 512)
}

func (b *wordBits) set(w string)      { k := wordBit(w); b[k/64] |= 1 << (k % 64) }
func (b *wordBits) has(k uint16) bool { return b[k/64]&(1<<(k%64)) != 0 }

// patternNeeds lists the words each pattern cannot match without: the
// first word of each literal element (not a stem, not a synonym set), so
// that a pattern whose word the sentence lacks is not tried.
func patternNeeds(ps []dict.Pattern) [][]need {
	out := make([][]need, len(ps))
	for i := range ps {
		for _, els := range [][]dict.PatTok{ps[i].Pre, ps[i].Post} {
			for _, el := range els {
				if el.Kind != dict.TokWord || len(el.Phrase) == 0 {
					continue
				}
				w := el.Phrase[0]
				if w.Stem || w.Text == "" || w.Text[0] == '&' {
					continue
				}
				out[i] = append(out[i], need{wordBit(w.Text), wordBit(w.Text + "S")})
			}
		}
	}
	return out
}

// New loads the dictionaries and compiles them. An unreadable dictionary
// is an error; bad entries are skipped and passed to Options.Warn.
func New(ctx context.Context, opts Options) (*Coder, error) {
	c := &Coder{opts: opts, sets: map[string]*trie[struct{}]{}, panics: new(atomic.Int64)}
	h := sha256.New()
	custom := len(opts.Verbs)+len(opts.Actors) > 0
	load := func(kind dict.Kind, files []string) ([]*dict.File, error) {
		if len(files) == 0 {
			if custom && kind != dict.KindVerbs && kind != dict.KindActors {
				return nil, nil
			}
			f, data, err := dict.Builtin(kind)
			if err != nil {
				return nil, fmt.Errorf("built-in %s: %w", kind, err)
			}
			h.Write(data)
			return []*dict.File{f}, nil
		}
		var out []*dict.File
		for _, p := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			f, err := dict.Load(p, kind)
			if err != nil {
				var es dict.Errors
				if f == nil || !errors.As(err, &es) {
					return nil, err
				}
				if opts.Warn != nil {
					for _, e := range es {
						opts.Warn(e)
					}
				}
			}
			fmt.Fprintf(h, "%s\x00", filepath.Base(p))
			out = append(out, f)
		}
		return out, nil
	}
	kinds := []struct {
		k     dict.Kind
		files []string
	}{{dict.KindVerbs, opts.Verbs}, {dict.KindActors, opts.Actors}, {dict.KindAgents, opts.Agents}, {dict.KindDiscards, opts.Discards}, {dict.KindIssues, opts.Issues}}
	for _, k := range kinds {
		files, err := load(k.k, k.files)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			c.add(f)
		}
	}
	for _, p := range opts.OptionFiles {
		f, err := dict.Load(p, dict.KindOptions)
		if err != nil {
			var es dict.Errors
			if f == nil || !errors.As(err, &es) {
				return nil, err
			}
			if opts.Warn != nil {
				for _, e := range es {
					opts.Warn(e)
				}
			}
		}
		if f.Options != nil {
			c.set = *f.Options
		}
	}
	if opts.Settings != nil {
		c.set = *opts.Settings.Clone()
	}
	c.version = "dyad/" + Version + " dict/" + hex.EncodeToString(h.Sum(nil))[:12]
	// The built-in CAMEO verbs get the codebook's "express intent" rule;
	// other verb dictionaries (TABARI's WEIS-like codes) are coded as
	// written.
	c.intent = len(opts.Verbs) == 0
	c.actVerbs = c.actNounVerbVals()
	for _, g := range opts.Gates {
		if t, ok := g.(Tagger); ok {
			c.tagger = t
			break
		}
	}
	return c, nil
}

func (c *Coder) add(f *dict.File) {
	switch f.Kind {
	case dict.KindVerbs:
		for name, phrases := range f.Verbs.Sets {
			t := c.sets[name]
			if t == nil {
				t = &trie[struct{}]{}
				c.sets[name] = t
			}
			for _, p := range expandSets(phrases, f.Verbs.Sets, 0) {
				t.add(p, struct{}{})
			}
		}
		for _, b := range f.Verbs.Blocks {
			needs := patternNeeds(b.Patterns)
			for i := range b.Verbs {
				vf := &b.Verbs[i]
				for _, form := range vf.Forms {
					c.verbs.add(form, verbVal{b, vf, needs})
				}
				c.nVerbs++
			}
		}
	case dict.KindActors:
		for w, k := range f.Words {
			if c.words == nil {
				c.words = map[string]string{}
			}
			c.words[w] = k
		}
		for i := range f.Actors {
			a := &f.Actors[i]
			for _, n := range a.Names {
				c.actors.add(splitPossessive(n), a)
			}
			c.addSurnames(a)
			c.nActors++
		}
	case dict.KindAgents:
		for i := range f.Agents {
			a := &f.Agents[i]
			for _, n := range a.Names {
				c.agents.add(splitPossessive(n), a)
			}
		}
	case dict.KindDiscards:
		for i := range f.Discards {
			c.discards.add(f.Discards[i].Phrase, &f.Discards[i])
		}
	case dict.KindIssues:
		for i := range f.Issues {
			c.issues.add(f.Issues[i].Phrase, &f.Issues[i])
		}
	}
}

// Version is "dyad/VERSION dict/HASH", the Event.Coder string.
func (c *Coder) Version() string { return c.version }

// Stats reports the number of actor entries and verbs loaded.
func (c *Coder) Stats() (actors, verbs int) { return c.nActors, c.nVerbs }

// ResolveActor resolves a quote speaker: the name through the actor
// dictionary (with its code on date), else the title ("Foreign Ministry
// spokesperson", "Russian President") through the agents and the country
// named in it.
func (c *Coder) ResolveActor(name, title, date string) news.Actor {
	st := newState(c, date)
	if name != "" {
		toks := tokenize(name, nil)
		ms := st.mentions(name, toks)
		if len(ms) > 0 && len(ms[0].members) > 0 && !ms[0].members[0].needCountry {
			a := ms[0].members[0].actor
			a.Name = name
			return a
		}
	}
	if title != "" {
		toks := tokenize(title, nil)
		ms := st.mentions(title, toks)
		if len(ms) > 0 && len(ms[0].members) > 0 {
			m := ms[0].members[0]
			if !m.needCountry || m.actor.Code != "" {
				a := m.actor
				a.Name = name
				return a
			}
		}
	}
	return news.Actor{Name: name}
}

// expandSets replaces "&SET" words inside set members by each member of
// that set ("+&TIETYPES_MEMOS" → "MILITARY MEMOS", "ECONOMIC MEMOS", …).
func expandSets(ps []dict.Phrase, sets map[string][]dict.Phrase, depth int) []dict.Phrase {
	var out []dict.Phrase
	for _, p := range ps {
		k := -1
		for i, w := range p {
			if len(w.Text) > 1 && w.Text[0] == '&' {
				k = i
				break
			}
		}
		if k < 0 || depth > 3 {
			out = append(out, p)
			continue
		}
		name := strings.TrimSuffix(p[k].Text[1:], "_")
		members, ok := sets[name]
		if !ok {
			out = append(out, p)
			continue
		}
		var next []dict.Phrase
		for _, m := range members {
			q := append(append(append(dict.Phrase{}, p[:k]...), m...), p[k+1:]...)
			next = append(next, q)
		}
		out = append(out, expandSets(next, sets, depth+1)...)
	}
	return out
}

// splitPossessive writes a dictionary name's possessive words as the
// tokenizer reads them: "NEW PEOPLE'S ARMY" is matched as NEW, PEOPLE,
// 'S, ARMY (the text's "People's" is two tokens), so that the name
// matches at all.
func splitPossessive(p dict.Phrase) dict.Phrase {
	k := -1
	for i, w := range p {
		if !w.Stem && len(w.Text) > 2 && strings.HasSuffix(w.Text, "'S") {
			k = i
			break
		}
	}
	if k < 0 {
		return p
	}
	out := append(dict.Phrase(nil), p[:k]...)
	for _, w := range p[k:] {
		if !w.Stem && len(w.Text) > 2 && strings.HasSuffix(w.Text, "'S") {
			out = append(out, dict.Word{Text: w.Text[:len(w.Text)-2], Gap: w.Gap}, dict.Word{Text: "'S"})
			continue
		}
		out = append(out, w)
	}
	return out
}
