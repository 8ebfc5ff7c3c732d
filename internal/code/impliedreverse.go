package code

import "dyad/internal/dict"

// impliedReverse reports whether a paired code's second event (the
// target's act toward the source) is only implied by the first: a
// protest (14) paired with its repression (17). "Police detained
// demonstrators" [175:141] says the demonstrators protested, not that
// they protested against the police; "protesters clashed with police"
// [145:175] says nothing of repression. Other pairs stay: one act seen
// from both sides (met 040:040, visited and hosted 042:043, peacekeepers
// sent and received 074:0861, which PLOVER's gold codes both ways).
func impliedReverse(c dict.Code) bool {
	if c.Code == "" || len(c.Code) < 2 || len(c.Reverse) < 2 {
		return false
	}
	a, b := c.Code[:2], c.Reverse[:2]
	return a == "14" && b == "17" || a == "17" && b == "14"
}
