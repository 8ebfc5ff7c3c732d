package code

// Verbs of saying and thinking that take a clause, besides saidand.go's
// say-verbs: a verb after "and" or "but" that agrees with one of them in
// tense is coordinated with it, not with the clause it introduced ("Kenya
// predicted that the talks would fail and criticised Uganda": Kenya's
// criticism, no future of the talks' clause). The clause's "would" or
// "not" is not the later verb's (SayCoordinated).
func init() {
	for _, w := range []string{"PREDICTED", "FEARED", "HOPED", "COMPLAINED", "CONCEDED", "NOTED", "EXPLAINED",
		"REITERATED", "CONFIRMED", "ADMITTED", "ACKNOWLEDGED", "BELIEVED", "SUGGESTED"} {
		saidPast[w] = true
	}
	for _, w := range []string{"PREDICTS", "FEARS", "HOPES", "COMPLAINS", "CONCEDES", "NOTES", "EXPLAINS",
		"REITERATES", "CONFIRMS", "ADMITS", "ACKNOWLEDGES", "BELIEVES", "SUGGESTS"} {
		saidPresent[w] = true
	}
}
