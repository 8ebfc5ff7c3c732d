// "Due to" before a noun phrase is a cause, no schedule.

package modality

// dueToCause reports whether the "to" at aux[k], after "due", opens a
// noun phrase ("are due to the increased use of barges for exporting
// corn", "due to a shortage"): "because of", not "due to" + a verb
// ("is due to visit"), so the act after it is not scheduled.
func dueToCause(aux []string, k int) bool {
	return aux[k-1] == "DUE" && k+1 < len(aux) && determiners[aux[k+1]]
}
