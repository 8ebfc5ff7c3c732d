package code

import (
	"strings"

	"dyad/internal/news"
)

// noteSameName keeps a person named in full whose surname already
// stands for another person of the article ("Hillary Clinton" after
// "Bill Clinton"): a later "Mrs. Clinton" is hers (sameNameBySex). The
// bare surname keeps standing for the first named.
func (st *state) noteSameName(surname string, first, m member) {
	if !m.person || m.body || m.pronoun || !m.named || first.actor.Name == m.actor.Name || first.body {
		return
	}
	for _, n := range st.sameNames[surname] {
		if n.actor.Name == m.actor.Name {
			return
		}
	}
	if st.sameNames == nil {
		st.sameNames = map[string][]member{}
	}
	a := m
	a.explain = append([]string(nil), m.explain...)
	st.sameNames[surname] = append(st.sameNames[surname], a)
}

// sameNameBySex is the person a surname at i stands for: the alias a (the
// first person of that surname the article named), unless a title before
// it gives a sex ("Mr", "Mrs", "Ms", "Lord", "Lady") that a's name or
// title does not and another person of the surname named in full has
// ("Bill Clinton … Hillary Clinton … Mrs. Clinton": Hillary), else the
// one person of the dictionaries with that surname, a's country and the
// title's sex ("Bill Clinton … Mrs. Clinton": Hillary).
func (st *state) sameNameBySex(toks []token, i int, a member) member {
	if i == 0 {
		return a
	}
	ns := st.sameNames[toks[i].up]
	t := i - 1
	if toks[t].up == "." && t > 0 {
		t-- // "Mrs. Clinton": the title's dot is a token of its own
	}
	want := titles[toks[t].up]
	if want == 0 || st.sexOf(a) == want {
		return a
	}
	for _, n := range ns {
		if st.sexOf(n) == want {
			n.explain = append(n.explain[:len(n.explain):len(n.explain)], "the title "+titleWord(toks[t].up)+" gives the namesake of that sex")
			return n
		}
	}
	if st.sexOf(a) == 0 || a.body {
		return a
	}
	// none named in full: the one person of the dictionary with that
	// surname, of a's country, whose given name gives the title's sex
	// ("Bill Clinton … Mrs. Clinton": Hillary Clinton)
	var one member
	found := 0
	for _, d := range st.c.surnames[toks[i].up] {
		code := st.codeAt(d)
		if code == "" || countryOf(code) != countryOf(a.actor.Code) || len(d.Names) == 0 || givenSex(d.Names[0].String()) != want {
			continue
		}
		if found > 0 && one.entry == d {
			continue
		}
		found++
		one = a
		one.entry = d
		one.actor = news.Actor{Code: code, Country: countryOf(code), Name: titleWords(d.Names[0].String())}
		one.explain = append(a.explain[:len(a.explain):len(a.explain)], "the title "+titleWord(toks[t].up)+" gives the person of that sex and surname in the dictionaries: "+one.actor.Name)
	}
	if found == 1 {
		return one
	}
	return a
}

// titleWords title-cases each word of a name ("HILLARY CLINTON" → "Hillary Clinton").
func titleWords(s string) string {
	f := strings.Fields(s)
	for k, w := range f {
		f[k] = titleWord(w)
	}
	return strings.Join(f, " ")
}

// titleSexAgainst reports whether the title before the surname at i
// gives a sex that the person a it would stand for is known not to have
// ("Michael Howard … Mrs Howard": his wife, whom no dictionary holds):
// the surname stands for no actor, not for the husband's code.
func (st *state) titleSexAgainst(toks []token, i int, a member) bool {
	if i == 0 || a.body {
		return false
	}
	t := i - 1
	if toks[t].up == "." && t > 0 {
		t--
	}
	want := titles[toks[t].up]
	have := st.sexOf(a)
	return want != 0 && have != 0 && have != want
}
