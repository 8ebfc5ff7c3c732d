// Another person of a known person's surname, named with a given name
// that is not the known person's ("Ivana Trump"): no actor (issue 17).
//
// namesake read a given name only when it begins names of the
// dictionary's persons ("Margaret Hassan"); a given name no entry begins
// ("Melania", "Ivana") let the one-word entry ("DONALD TRUMP | TRUMP")
// code the wife as the president.

package code

import (
	"strings"

	"dyad/internal/dict"
)

// otherGiven reports whether the capitalised word at k, right before the
// surname at k+1, is the given name of someone other than the person of
// the entries acts: a common given name (givenNames) or, when every
// entry is a person's with a full name ending in that surname ("DONALD
// TRUMP | TRUMP"), a word shaped as one (unknownGiven); and not a word
// of the person's own names ("Yoweri Kaguta Museveni": Kaguta) nor after
// the person's own given name ("Donald John Trump": a middle name;
// "Donald and Ivana Trump": the surname is his too).
func (st *state) otherGiven(toks []token, k int, acts []*dict.Actor) bool {
	if k < 0 || k+1 >= len(toks) || st.c.set.TabariRules {
		return false
	}
	g := toks[k]
	if !g.capital || g.punct || !g.lower || functionWords[g.up] || regionWords[g.up] {
		return false
	}
	if n := len(st.pieces); n > 0 && st.pieces[n-1].end == k+1 {
		return false // "President Museveni", "Ugandan Museveni": a role or an actor took the word
	}
	if _, title := titles[g.up]; title || abbrevTitles[g.up] != nil {
		return false // "Mrs Hassan", "Gen Musharraf" (no dot)
	}
	sur := toks[k+1].up
	own := func(w string) bool {
		for _, a := range acts {
			for _, nm := range a.Names {
				for j := 0; j+1 < len(nm); j++ {
					if nm[j].Text == w {
						return true
					}
				}
			}
		}
		return false
	}
	if own(g.up) || k > 0 && !toks[k-1].punct && own(toks[k-1].up) {
		return false
	}
	if k > 1 && (toks[k-1].up == "AND" || toks[k-1].up == "&") && own(toks[k-2].up) {
		return false // "Donald and Ivana Trump": the surname names the person too
	}
	if givenNames[g.up] != 0 || st.c.givenNames[g.up] > 0 {
		return true
	}
	if len(acts) == 0 {
		return false
	}
	for _, a := range acts {
		if !fullNameEnds(a, sur) {
			return false
		}
	}
	return unknownGiven(toks, k, st.c)
}

// fullNameEnds reports whether a person's entry has a name of two words
// or more ending in the surname sur.
func fullNameEnds(a *dict.Actor, sur string) bool {
	if !isPersonName(a) {
		return false
	}
	for _, nm := range a.Names {
		if len(nm) >= 2 && personNameWords(nm) && nm[len(nm)-1].Text == sur {
			return true
		}
	}
	return false
}

// unknownGiven reports whether the capitalised word at k, which no list
// of given names holds, is shaped as one: in a sentence not written in
// title case (a headline's "Judge Backs Trump": no lower-case word of
// four letters or more), not the sentence's first word ("If Trump",
// "While Obama") nor after an abbreviation's dot, an article, a
// possessive or a number ("a Florida Trump rally", "the Iowa Trump
// voters": a name used as a modifier), and no month or weekday, word that
// opens a clause, hyphenated word ("Reagan-appointed"), first word of a
// dictionary verb ("Endorse Trump") or role ("Speaker Ryan", "Candidate
// Trump", "Justice Scalia"), form of address or rank ("Comrade",
// "Cardinal", "Herr"), or word ending in -s, -ing or -ed (a plural or a
// verb: "Presidents Obama", "Hints Trump", "Rebuking Trump").
func unknownGiven(toks []token, k int, c *Coder) bool {
	g := toks[k]
	if k == 0 || toks[k-1].punct && toks[k-1].up != "," || strings.HasSuffix(toks[k-1].up, ".") || len(g.up) < 3 {
		return false // the sentence's first word ("If Trump"), or after an abbreviation's dot ("the U.S. While Clinton")
	}
	if modifierBefore[toks[k-1].up] || toks[k-1].up[0] >= '0' && toks[k-1].up[0] <= '9' {
		return false // "a Florida Trump rally": the surname is a modifier, the word before it a place or a thing
	}
	if months[g.up] != "" || weekdays[g.up] || notGiven[g.up] || addressWords[g.up] || roleNouns[g.up] || strings.ContainsAny(g.up, "-.'") {
		return false
	}
	if c.agents.root.kid(g.up) != nil {
		return false // a role of the agents dictionary ("Speaker Ryan", "Candidate Trump", "Justice Scalia")
	}
	for _, suf := range []string{"S", "ING", "ED"} {
		if strings.HasSuffix(g.up, suf) {
			return false // "Rebuking Trump", "Endorsed Trump"
		}
	}
	if c.verbs.root.kid(g.up) != nil {
		return false // a verb of a quoted headline ("Officeholders Who Endorse Trump")
	}
	for _, t := range toks {
		if !t.punct && !t.capital && len(t.up) >= 4 {
			return true
		}
	}
	return false // no lower-case word of four letters: a headline in title case
}

// notGiven are capitalised words that open a clause or qualify a name
// when a sentence was not split or a headline is quoted ("… the U.S.
// While Clinton …").
var notGiven = map[string]bool{"WHILE": true, "WHEN": true, "WHERE": true, "AFTER": true, "BEFORE": true,
	"SINCE": true, "ALTHOUGH": true, "THOUGH": true, "BECAUSE": true, "UNTIL": true, "UNLESS": true, "WHETHER": true,
	"ONCE": true, "THEN": true, "YET": true, "STILL": true, "WHAT": true, "HOW": true, "WHY": true, "EVEN": true,
	"ONLY": true, "LIKE": true, "UNLIKE": true, "ABOUT": true, "AGAINST": true, "OVER": true, "UNDER": true,
	"DESPITE": true, "AMONG": true, "BEHIND": true, "BEYOND": true, "POST": true, "PRE": true, "ANTI": true,
	"NEVER": true, "MAYBE": true, "PERHAPS": true, "THIS": true, "THAT": true, "THESE": true, "THOSE": true,
	"EVERY": true, "EACH": true, "BOTH": true, "SOME": true, "MANY": true, "MOST": true, "MORE": true,
	"OTHER": true, "ANOTHER": true, "SUCH": true, "ALL": true, "ANY": true, "NO": true, "NOW": true, "OUR": true,
	"YOUR": true, "MY": true, "WE": true, "YOU": true, "THEY": true, "HE": true, "SHE": true, "IT": true, "SO": true,
	"TEAM": true, "DEAR": true, "SAINT": true, "SAN": true, "SANTA": true, "FORT": true, "MOUNT": true, "LAKE": true,
	"NEW": true, "OLD": true, "YOUNG": true, "BIG": true, "LITTLE": true, "GREAT": true, "FAT": true}

// modifierBefore are words after which a capitalised word and a surname
// modify a noun rather than name a person ("the Iowa Trump voters", "a
// Florida Trump rally", "his Manhattan Trump tower").
var modifierBefore = map[string]bool{"THE": true, "A": true, "AN": true, "'S": true, "HIS": true, "HER": true,
	"ITS": true, "THEIR": true, "OUR": true, "MY": true, "YOUR": true, "THIS": true, "THAT": true, "THESE": true,
	"THOSE": true, "EVERY": true, "EACH": true, "SOME": true, "MANY": true, "NO": true}

// addressWords are forms of address, ranks and religious or family
// titles written before a surname that no title list or dictionary role
// holds ("Comrade Kim", "Cardinal Nichols", "Herr Schmidt", "Uncle Sam").
var addressWords = map[string]bool{"MISTER": true, "MADAM": true, "MADAME": true, "HERR": true,
	"FRAU": true, "MONSIEUR": true, "MADEMOISELLE": true, "SENOR": true, "SENORA": true, "SIGNOR": true,
	"SIGNORA": true, "COMRADE": true, "CITIZEN": true, "UNCLE": true, "AUNT": true, "AUNTIE": true, "GRANDPA": true,
	"GRANDMA": true, "DADDY": true, "MAMA": true, "PAPA": true, "CARDINAL": true, "BISHOP": true, "ARCHBISHOP": true,
	"PATRIARCH": true, "POPE": true, "PASTOR": true, "REVEREND": true, "IMAM": true, "MULLAH": true, "RABBI": true,
	"SHEIKH": true, "SHEIK": true, "SHAIKH": true, "EMIR": true, "AMIR": true, "SULTAN": true, "SHAH": true,
	"TSAR": true, "CZAR": true, "KAISER": true, "MUFTI": true, "AYATOLLAH": true, "MAULANA": true, "SWAMI": true,
	"GURU": true, "COUNCILLOR": true, "COUNCILOR": true, "COUNCILMAN": true, "COUNCILWOMAN": true, "ALDERMAN": true,
	"NOMINEE": true, "DETECTIVE": true, "CONSTABLE": true, "CORPORAL": true, "PRIVATE": true, "MARSHAL": true,
	"BRIGADIER": true, "MAGISTRATE": true, "LATE": true, "INTERIM": true, "ACTING": true, "FORMER": true,
	"DEPUTY": true, "VICE": true, "ASSOCIATE": true, "ASSISTANT": true, "HONOURABLE": true, "HONORABLE": true,
	"HON": true, "CLLR": true, "SUPT": true, "INSP": true, "SGT": true, "DET": true, "CPL": true, "PVT": true,
	"ATTY": true, "MOGUL": true, "TYCOON": true, "BILLIONAIRE": true, "HERO": true, "INDEPENDENT": true,
	"CANDIDATE": true, "CHAIRMAN": true, "CHAIRWOMAN": true, "SPEAKER": true, "LEADER": true, "JUSTICE": true,
	"JUDGE": true, "MAYOR": true, "OFFICER": true, "INSPECTOR": true, "SERGEANT": true, "COMMISSIONER": true,
	"DIRECTOR": true, "AGENT": true, "COACH": true, "MANAGER": true, "PRESIDENTE": true, "HURRICANE": true, "STORM": true,
	"TYPHOON": true, "CYCLONE": true, "CAMP": true, "PRO": true, "FATHER": true, "BROTHER": true, "SISTER": true}

// metEntry reports whether a person of the surname at i was met earlier
// in the article (by a title or the surname alone: "President Trump met
// …"; a namesake is no actor, so that was an entry's person) and the
// title before the surname gives no sex, or the sex the given name of
// an entry's main name gives ("Mr. Trump" after "Melania Trump" is still
// he; "Mrs. Trump" is she; "Mrs Hassan" stays the namesake when the
// entry's name tells no sex): a namesake named later does not take
// over every title of the surname.
func (st *state) metEntry(toks []token, i int, acts []*dict.Actor) bool {
	k := i - 1
	if k >= 1 && toks[k].up == "." {
		k--
	}
	if k < 0 {
		return false
	}
	sex := titles[toks[k].up]
	for _, m := range st.history {
		f := strings.Fields(strings.ToUpper(m.actor.Name))
		if !m.person || m.actor.Code == "" || len(f) == 0 || f[len(f)-1] != toks[i].up {
			continue
		}
		for _, a := range acts {
			if sex != 0 && len(a.Names) > 0 {
				var ws []string
				for _, w := range a.Names[0] {
					ws = append(ws, w.Text)
				}
				if givenSex(strings.Join(ws, " ")) != sex {
					continue // "Mrs Hassan" after "Margaret Hassan": Prince Hassan's entry tells no sex
				}
			}
			return true
		}
	}
	return false
}
