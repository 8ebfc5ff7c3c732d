package code

import "dyad/internal/cameo"

// lookup returns the Goldstein score, QuadClass and PLOVER category of a
// CAMEO code from the project's code table (internal/cameo).
func lookup(code string) (float64, int, string) {
	c, ok := cameo.Lookup(code)
	if !ok {
		return 0, 0, ""
	}
	return c.Goldstein, c.QuadClass, c.PLOVER
}
