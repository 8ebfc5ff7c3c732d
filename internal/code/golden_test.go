package code

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestSeedsGolden keeps every event coded from the seed articles in
// testdata/seeds.golden, so that a change in coding is a reviewed diff.
// Rewrite with go test ./internal/code -run TestSeedsGolden -update.
func TestSeedsGolden(t *testing.T) {
	evs := seedEvents(t)
	var b strings.Builder
	for _, e := range evs {
		ev := e.Evidence[0]
		verb := ""
		if ev.VerbSpan != nil {
			verb = ev.Sentence[ev.VerbSpan.Start:ev.VerbSpan.End]
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s→%s\t%s\t%q\t%s…\n", ev.DocID[:9], e.Date, e.CAMEO, e.Source.Code, e.Target.Code,
			e.Source.Name+" → "+e.Target.Name, verb, truncateRunes(ev.Sentence, 60))
	}
	path := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(want) != b.String() {
		t.Errorf("seed events differ from %s (run with -update and review the diff):\n%s", path, b.String())
	}
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}
