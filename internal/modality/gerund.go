package modality

import "strings"

// thinkSayWords before an -ing form open the clause it is the subject of
// ("said holding elections … might help", "thought merging the services
// might have provided an answer").
var thinkSayWords = set("SAID", "SAYS", "SAY", "THOUGHT", "THINK", "THINKS", "BELIEVE", "BELIEVES", "BELIEVED",
	"ARGUED", "ARGUES", "SUGGESTED", "SUGGESTS", "FELT", "FEEL", "FEELS", "CLAIMED", "CLAIMS", "INSISTED", "INSISTS", "THAT")

// gerundModals are the modals whose subject, an -ing clause, is an act
// only weighed, not done.
var gerundModals = set("MIGHT", "COULD", "WOULD", "MAY", "CAN", "WILL", "SHOULD", "MUST")

// gerundStops end the -ing clause before a modal: a finite verb of its
// own, a quotation or another clause.
var gerundStops = set("IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "HAD", "DO", "DOES", "DID", "THAT", ":", "\"", ";", ".", "?", "!")

// weighedGerund returns the -ing form and the modal when the verb at v,
// an -ing form right after a verb of saying or thinking (or "that"), is
// the subject of any modal later in its clause (gerundSubject takes only
// "could be" and the like after a comma or at the sentence's start): the act is weighed as a means ("said holding
// elections on the same day might help motivate the electorate",
// "thought merging the prison service with the police might have
// provided an answer"), not stated as done. A relative clause between
// commas (", which provide community sentences,") is skipped; a finite
// verb first ("said attacking Uganda was a mistake") ends the search. ""
// when it is not.
func weighedGerund(up []string, v int) string {
	if v < 1 || !strings.HasSuffix(up[v], "ING") || !thinkSayWords[up[v-1]] {
		return ""
	}
	for k := v + 1; k < len(up) && k <= v+25; k++ {
		w := up[k]
		if w == "," && k+1 < len(up) && (up[k+1] == "WHICH" || up[k+1] == "WHO") {
			for k++; k < len(up) && up[k] != "," && up[k] != "."; k++ {
			}
			continue
		}
		if gerundModals[w] {
			return strings.ToLower(up[v] + " … " + w)
		}
		if gerundStops[w] || w == "," {
			return ""
		}
	}
	return ""
}

// genericVerbs are the verbs of a generic predicate in the present (or
// the past of reported speech, "meant") whose subject, an -ing clause, is
// a kind of act, not one done: "said backing Labour meant higher
// taxes", "said criticising Uganda is pointless". A past "was" may take
// the act as done ("said attacking Uganda was a mistake") and is left.
var genericVerbs = set("IS", "ARE", "MEANS", "MEAN", "MEANT", "REMAINS", "SEEMS")

// genericGerund returns the -ing form and the verb when the verb at v, an
// -ing form right after a verb of saying or thinking (not "that", which
// may be a determiner: "said that meeting is off"), is the subject of a
// generic predicate within ten words and no punctuation; "" when it is
// not. (rejudge15, issue 17)
func genericGerund(up []string, v int) string {
	if v < 1 || !strings.HasSuffix(up[v], "ING") || len(up[v]) < 5 || up[v-1] == "THAT" || !thinkSayWords[up[v-1]] {
		return ""
	}
	for k := v + 1; k < len(up) && k <= v+10; k++ {
		w := up[k]
		if genericVerbs[w] {
			return strings.ToLower(up[v] + " … " + w)
		}
		if gerundStops[w] || gerundModals[w] || w == "," || w == "AND" || w == "BUT" {
			return ""
		}
	}
	return ""
}
