// Speakers the dictionaries lack, named again by a surname alone or
// named after their speech tag (pron18).
//
// unknownSpeakers (coref14) finds "Jane Otieno, lawyer for the pilots,
// said"; an article then goes on with "Otieno said …" and "he …", and
// the surname alone named no one, so "he" fell to the last person the
// dictionaries knew (an analyst's "He predicted …" as the US military).
// A speaker named after the tag ("…, said Frederick Meinke, analyst at
// …", "…,' said Ms. Perino") is the tag's subject as well.

package code

// noteUnknown keeps the surname (the last word) of a person the
// dictionaries lack, named by two or three capitalised words.
func (p *pronState) noteUnknown(w string) {
	if p.unknown == nil {
		p.unknown = map[string]bool{}
	}
	p.unknown[w] = true
}

// unknownAgain finds the surnames of persons the dictionaries lack, named
// before in the article, standing alone here (no mention covers them, no
// capitalised word next to them): each names that person again.
func (st *state) unknownAgain(toks []token, covered func(int) (*mention, bool)) []namedPerson {
	if len(st.pron.unknown) == 0 {
		return nil
	}
	var out []namedPerson
	for k, t := range toks {
		if t.punct || !t.capital || !st.pron.unknown[t.up] || st.pron.known[t.up] != "" {
			continue
		}
		if _, ok := covered(k); ok {
			continue
		}
		if k > 0 && toks[k-1].capital && !toks[k-1].punct && !functionWords[toks[k-1].up] || k+1 < len(toks) && toks[k+1].capital && !toks[k+1].punct {
			continue // a longer name ("Otieno Road", "Mary Otieno"; "But Otieno said" is the name alone)
		}
		out = append(out, namedPerson{at: k, subject: st.subjectAt(toks, k)})
	}
	return out
}

// invertedSpeakers finds two or three capitalised words no mention covers
// right after a speech tag that follows punctuation and closing at
// punctuation ("…, said Frederick Meinke, analyst at …"): the tag's
// subject, a person the dictionaries lack.
func (st *state) invertedSpeakers(toks []token, covered func(int) (*mention, bool)) []namedPerson {
	var out []namedPerson
	for k := 1; k+2 < len(toks); k++ {
		if !speechTags[toks[k].up] || toks[k].capital || !toks[k-1].punct {
			continue
		}
		s, e := k+1, k+1
		for e < len(toks) && e-s < 4 {
			t := toks[e]
			if t.punct || !t.capital || !t.lower || functionWords[t.up] {
				break
			}
			if _, ok := covered(e); ok {
				break
			}
			e++
		}
		if n := e - s; n < 2 || n > 3 || e < len(toks) && !toks[e].punct {
			continue
		}
		if _, title := titles[toks[s].up]; title || bodyWord(toks[e-1].up) || st.pron.known[toks[e-1].up] != "" || codedApposition(toks, e, covered) {
			continue
		}
		st.pron.noteUnknown(toks[e-1].up)
		out = append(out, namedPerson{at: s, subject: true})
	}
	return out
}

// afterInvertedTag reports whether the name at token k comes right after
// a speech tag that follows punctuation ("…,' said Ms. Perino"): the
// tag's subject, though a verb stands before it.
func afterInvertedTag(toks []token, k int) bool {
	return k >= 2 && speechTags[toks[k-1].up] && !toks[k-1].capital && toks[k-2].punct
}

// codedApposition reports whether an apposition after the name ending at
// token e (a comma, then words up to the next punctuation) holds a coded
// mention ("Henry Schuler, a former U.S. diplomat", "Shoichi Saba,
// Chairman of the Electronic Industries Association of Japan"): the
// person is coded by that role or affiliation, and "he" may stand for
// it; the name is no unknown speaker.
func codedApposition(toks []token, e int, covered func(int) (*mention, bool)) bool {
	if e >= len(toks) || toks[e].up != "," {
		return false
	}
	for k := e + 1; k < len(toks) && k <= e+12 && !toks[k].punct; k++ {
		if m, ok := covered(k); ok && len(m.members) == 1 && m.members[0].person && (m.members[0].actor.Code != "" || m.members[0].needCountry) {
			return true
		}
	}
	return false
}
