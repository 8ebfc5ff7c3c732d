package extract

import (
	"reflect"
	"testing"
)

// FuzzTimeSpans checks the word scanner against the regular expression it
// replaces.
func FuzzTimeSpans(f *testing.F) {
	for _, s := range []string{"five years", "5 5 Years ago", "1.5 days,3\tweeks", "twenty\nDECADES", "x5 years", "one  month_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := timeSpans(text)
		want := spanRe.FindAllStringSubmatchIndex(text, -1)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("timeSpans(%q) = %v, regexp %v", text, got, want)
		}
	})
}
