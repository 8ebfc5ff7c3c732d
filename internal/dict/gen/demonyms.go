package main

import "dyad/internal/dict"

// extraDemonyms are the adjective and people's names of countries whose
// Phoenix entry holds the country's other forms but not these ("SWEDE"
// but not "SWEDISH", "NEPALESE" but not "NEPALI", "KAZAKHSTANI" missing
// and "KAZAKH" too), so that "Swedish officials" or "Kazakh oil workers"
// named no country and the sentence no event. Keyed by the entry's first
// name; each name gets the entry's codes (dates included).
var extraDemonyms = map[string][]string{
	"SWEDEN":       {"SWEDISH", "SWEDES"},
	"KAZAKHSTAN":   {"KAZAKH", "KAZAKHS"},
	"NEPAL":        {"NEPALI", "NEPALIS"},
	"SLOVENIA":     {"SLOVENIAN", "SLOVENIANS", "SLOVENES"},
	"AZERBAIJAN":   {"AZERI", "AZERIS"},
	"ICELAND":      {"ICELANDIC", "ICELANDERS"},
	"MALDIVES":     {"MALDIVIAN"},
	"DJIBOUTI":     {"DJIBOUTIAN", "DJIBOUTIANS"},
	"LUXEMBOURG":   {"LUXEMBOURGISH"},
	"TURKMENISTAN": {"TURKMENISTANI", "TURKMENS"},
	"TAJIKISTAN":   {"TAJIKISTANI", "TAJIKS"},
	"KYRGYZSTAN":   {"KYRGYZSTANI"},
	"BOTSWANA":     {"BOTSWANAN"},
}

// addDemonyms adds extraDemonyms to their country's entry, each name only
// when no entry holds it already. It returns how many names it added.
func addDemonyms(acts []dict.Actor) int {
	have := nameSet(acts)
	added := 0
	for i := range acts {
		a := &acts[i]
		if len(a.Names) == 0 {
			continue
		}
		for _, w := range extraDemonyms[a.Names[0].String()] {
			if have[w] {
				continue
			}
			a.Names = append(a.Names, dict.Phrase{{Text: w}})
			have[w] = true
			added++
		}
	}
	return added
}
