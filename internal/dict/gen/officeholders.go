package main

import (
	"fmt"
	"slices"
	"strings"

	"dyad/internal/dict"
)

// holder is one post-2016 officeholder: the fields the generator uses
// from dyad/internal/actors.Officeholder.
type holder struct {
	Name     string
	Aliases  []string
	Code     string // e.g. USAGOV
	From, To string // YYYY-MM-DD, "" open
	File     string // the file of dyad/internal/actors it came from
	Basis    string
}

// officeholders returns the post-2016 officeholders as actor entries.
func officeholders() []dict.Actor { return holderActors(loadHolders()) }

// holderActors turns officeholders into actor entries, one per person,
// with a date-bounded code per office held.
func holderActors(hs []holder) []dict.Actor {
	byName := map[string]int{}
	var out []dict.Actor
	for _, h := range hs {
		names := append([]string{h.Name}, h.Aliases...)
		key := normName(h.Name)
		if key == "" || h.Code == "" {
			continue
		}
		code := dict.DatedCode{Code: h.Code, From: h.From, To: h.To}
		if i, ok := byName[key]; ok {
			out[i].Codes = append(out[i].Codes, code)
			out[i].Names = addNames(out[i].Names, names)
			continue
		}
		origin := "dyad/internal/actors"
		if h.File != "" {
			origin += "/" + h.File
		}
		if h.Basis != "" {
			origin += " (" + strings.ReplaceAll(strings.ReplaceAll(h.Basis, "\t", " "), "|", "/") + ")"
		}
		a := dict.Actor{Codes: []dict.DatedCode{code}, Origin: origin}
		a.Names = addNames(nil, names)
		byName[key] = len(out)
		out = append(out, a)
	}
	return out
}

func normName(s string) string {
	return dict.ParsePhrase(cleanName(s), false).String()
}

// cleanName drops punctuation a dictionary phrase cannot hold.
func cleanName(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ',', '(', ')', '"', '|', '\t', '*':
			return ' '
		}
		return r
	}, s)
}

func addNames(have []dict.Phrase, names []string) []dict.Phrase {
	seen := map[string]bool{}
	for _, p := range have {
		seen[p.String()] = true
	}
	for _, n := range names {
		p := dict.ParsePhrase(cleanName(n), false)
		if len(p) == 0 || seen[p.String()] {
			continue
		}
		seen[p.String()] = true
		have = append(have, p)
	}
	return have
}

// mergeActors adds the officeholders' codes to existing entries with the
// same head name (so "OLAF SCHOLZ" keeps one entry, with his 2021 office
// added) and appends the others.
func mergeActors(base []dict.Actor, extra []dict.Actor) []dict.Actor {
	idx := map[string]int{}
	for i, a := range base {
		for _, n := range a.Names {
			if _, ok := idx[n.String()]; !ok {
				idx[n.String()] = i
			}
		}
	}
	for _, e := range extra {
		if i, ok := idx[e.Names[0].String()]; ok {
			for _, c := range e.Codes {
				if !slices.Contains(base[i].Codes, c) { // a name added to an entry whose code it shares
					base[i].Codes = append(base[i].Codes, c)
				}
			}
			base[i].Names = addNames(base[i].Names, phraseStrings(e.Names))
			base[i].Origin += fmt.Sprintf("; codes added from %s", e.Origin)
			continue
		}
		base = append(base, e)
	}
	return base
}

func phraseStrings(ps []dict.Phrase) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.String()
	}
	return out
}
