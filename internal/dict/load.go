package dict

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Detect guesses the kind and format of a dictionary from its name and
// content. kind, when not empty, is what the caller expects.
func Detect(name string, data []byte, kind Kind) (Kind, string) {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.HasPrefix(head, []byte(dyadMagic)) {
		line, _, _ := bytes.Cut(head, []byte("\n"))
		f := strings.Fields(strings.TrimPrefix(string(line), dyadMagic))
		if len(f) > 0 {
			return Kind(f[0]), "dyad"
		}
		return kind, "dyad"
	}
	base := strings.ToLower(filepath.Base(name))
	ext := filepath.Ext(base)
	switch ext {
	case ".verbs":
		return KindVerbs, "tabari"
	case ".actors":
		return KindActors, "tabari"
	case ".agents":
		return KindAgents, "tabari"
	case ".options":
		return KindOptions, "tabari"
	}
	if kind == "" {
		switch {
		case strings.Contains(base, "verb") || strings.Contains(base, "cameo"):
			kind = KindVerbs
		case strings.Contains(base, "agent"):
			kind = KindAgents
		case strings.Contains(base, "discard"):
			kind = KindDiscards
		case strings.Contains(base, "issue"):
			kind = KindIssues
		case strings.Contains(base, "option"):
			kind = KindOptions
		case strings.Contains(base, "actor"):
			kind = KindActors
		case bytes.Contains(head, []byte("\n---")) || bytes.Contains(head, []byte("<SYNSETS>")):
			kind = KindVerbs
		case bytes.Contains(head, []byte("[~")):
			kind = KindAgents
		case bytes.Contains(head, []byte("<ISSUE")):
			kind = KindIssues
		default:
			kind = KindActors
		}
	}
	format := "phoenix"
	switch kind {
	case KindVerbs:
		format = "petrarch"
		if bytes.Contains(head, []byte("<SYNSETS>")) || !bytes.Contains(data, []byte("\n---")) && !bytes.HasPrefix(data, []byte("---")) {
			format = "tabari"
		}
	case KindOptions:
		format = "tabari"
	case KindActors, KindAgents:
		// TABARI files use ';' comments and '[ ~X]' spacing.
		if bytes.Contains(head, []byte(" ;")) && !bytes.Contains(head, []byte("<!--")) && !bytes.Contains(head, []byte("\n#")) {
			format = "tabari"
		}
	}
	return kind, format
}

// Parse reads a dictionary from data. kind may be "" to detect it.
func Parse(name string, data []byte, kind Kind) (*File, error) {
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		data, err = io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	k, format := Detect(name, data, kind)
	if kind != "" && k != kind {
		return nil, fmt.Errorf("%s: is a %s dictionary, expected %s", name, k, kind)
	}
	f := &File{Path: name, Kind: k, Format: format}
	r := bytes.NewReader(data)
	var err error
	switch {
	case format == "dyad":
		var df *File
		df, err = ReadDyad(r, name)
		if df != nil {
			f = df
		}
	case k == KindVerbs && format == "tabari":
		f.Verbs, err = ReadTabariVerbs(r, name)
	case k == KindVerbs:
		f.Verbs, err = ReadPetrarchVerbs(r, name)
	case k == KindActors:
		f.Actors, f.Words, err = readActors(r, name, format == "tabari")
	case k == KindAgents:
		f.Agents, err = ReadAgents(r, name, format == "tabari")
	case k == KindDiscards:
		f.Discards, err = ReadDiscards(r, name)
	case k == KindIssues:
		f.Issues, err = ReadIssues(r, name)
	case k == KindOptions:
		f.Options, err = ReadTabariOptions(r, name)
	default:
		err = fmt.Errorf("%s: unknown dictionary kind %q", name, k)
	}
	if f.Kind == KindVerbs && f.Verbs == nil {
		f.Verbs = &Verbs{Sets: map[string][]Phrase{}}
	}
	if f.Kind == KindOptions && f.Options == nil {
		f.Options = &Options{}
	}
	return f, err
}

// Load reads a dictionary file. kind may be "" to detect it. Entry errors
// come back as Errors ("file:line: message") together with the entries
// that did load.
func Load(path string, kind Kind) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	return Parse(path, data, kind)
}
