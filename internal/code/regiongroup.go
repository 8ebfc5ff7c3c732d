package code

import "dyad/internal/cameo"

// regionGroup reports whether code is a region's code with GOV after it
// ("AFRGOV" for "African countries", "WSTGOV" for "Western
// governments", internal/actors regions.tsv): the states of a region,
// many bodies, which "he" and "she" never stand for. Nor do they name a state of the article: one that names
// only "other European countries" still places its role words in the
// outlet's country ("The TUC urges the government to examine the support
// other European countries give": the government is the outlet's).
func regionGroup(code string) bool {
	if len(code) != 6 || code[3:] != "GOV" {
		return false
	}
	_, ok := cameo.Regions[code[:3]]
	return ok
}
