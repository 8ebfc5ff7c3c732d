package modality

import "strings"

// Rules of 2026-12-07 (prec17, issue 17): a reason or a risk named for an
// act is no act. "Kenya has every incentive to find common ground with
// Uganda", "the ruling gives Kenya an incentive to reach a deal with
// Uganda": the act is what an incentive would lead to. "Kenya's move
// risks angering Uganda", "Kenya risked undermining the talks": a risked
// result has not happened.
var (
	// incentiveNouns before "to": a motive to act, no act done
	incentiveNouns = set("INCENTIVE", "INCENTIVES", "MOTIVE", "MOTIVATION", "TEMPTATION")
	// riskWords right before a gerund: the gerund's act is only risked
	riskWords = set("RISK", "RISKS", "RISKED", "RISKING")
)

// incentiveOrRisk returns the words of an incentive to the act or of a
// risk of it (incentiveTo, risked); "" when there is none.
func incentiveOrRisk(up, aux []string, v int) string {
	if w := incentiveTo(aux); w != "" {
		return w
	}
	if w := risked(up, v); w != "" {
		return w + " … -ing"
	}
	return ""
}

// incentiveTo returns "incentive to" (or its noun) when an incentive noun
// and "to" come among the auxiliaries; "" when there is none.
func incentiveTo(aux []string) string {
	for k := 0; k+1 < len(aux); k++ {
		if incentiveNouns[aux[k]] && aux[k+1] == "TO" {
			return strings.ToLower(aux[k]) + " to"
		}
	}
	return ""
}

// risked returns the risk word right before the verb at v when the verb
// is a gerund ("risks angering Uganda"); "" when there is none.
func risked(up []string, v int) string {
	if v < 1 || v >= len(up) || !riskWords[up[v-1]] {
		return ""
	}
	if w := up[v]; len(w) > 4 && strings.HasSuffix(w, "ING") {
		return strings.ToLower(up[v-1])
	}
	return ""
}
