// A decision that is the act itself.

package modality

// decidedIsAct reports whether "decided to" before an act of this root
// is the act, not an intent: a decision to give, lift or release (06-08:
// "decided to lift sanctions", "decided to grant asylum") and a decision
// to reduce or break relations (16: "decided to break diplomatic
// relations", "decided to suspend aid") are taken by the one that does
// them and done by deciding, as CAMEO codes them (161, 162). A decision
// to meet (036), to attack (138) or to coerce (137) still waits on
// others and on force: an intent or a threat.
func decidedIsAct(root string) bool {
	switch root {
	case "06", "07", "08", "16":
		return true
	}
	return false
}
