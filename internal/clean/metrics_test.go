package clean

import (
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

// metricsFile holds every quality figure of the package, one section per
// suite ("## name"), sections in name order, so a regression is a diff.
const metricsFile = "testdata/metrics.txt"

var metricsMu sync.Mutex

// writeMetrics replaces the section name of the metrics file with body.
func writeMetrics(t *testing.T, name, body string) {
	t.Helper()
	metricsMu.Lock()
	defer metricsMu.Unlock()
	sections := map[string]string{}
	if b, err := os.ReadFile(metricsFile); err == nil {
		var cur string
		for _, line := range strings.SplitAfter(string(b), "\n") {
			if n, ok := strings.CutPrefix(line, "## "); ok {
				cur = strings.TrimSpace(n)
				continue
			}
			if cur != "" {
				sections[cur] += line
			}
		}
	}
	sections[name] = strings.TrimRight(body, "\n") + "\n\n"
	names := make([]string, 0, len(sections))
	for n := range sections {
		names = append(names, n)
	}
	sort.Strings(names)
	var out strings.Builder
	for _, n := range names {
		out.WriteString("## " + n + "\n" + sections[n])
	}
	if err := os.WriteFile(metricsFile, []byte(strings.TrimRight(out.String(), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
