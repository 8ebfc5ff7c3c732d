// Amounts of money written with a currency sign.

package code

// currencySigns open an amount written with a sign ("$5 million",
// "€95 million", "£2bn").
var currencySigns = map[string]bool{"$": true, "€": true, "£": true, "¥": true}

// currencySign reports whether toks[i] is a currency sign right before a
// number ("$5 million"): the amount names money as a currency word does
// ("5 million dollars"), so it stands for a member of CAMEO's &CURRENCY
// set.
func currencySign(toks []token, i int) bool {
	if i+1 >= len(toks) || !currencySigns[toks[i].up] || toks[i+1].start != toks[i].end {
		return false
	}
	c := toks[i+1].up[0]
	return c >= '0' && c <= '9'
}
