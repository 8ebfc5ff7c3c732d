package code

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Quality floors: the measured scores at the last change, rounded down.
// The targets are higher (TABARI F1 0.90); a regression below the floor
// fails the test.
const (
	tabariFloor  = 0.93
	upFoundFloor = 0.765
	upFPCeiling  = 0.19
)

var metricsMu sync.Mutex

// writeMetrics replaces the section of testdata/metrics.txt named name.
func writeMetrics(t *testing.T, name, body string) {
	t.Helper()
	metricsMu.Lock()
	defer metricsMu.Unlock()
	path := filepath.Join("testdata", "metrics.txt")
	sections := map[string]string{}
	if b, err := os.ReadFile(path); err == nil {
		re := regexp.MustCompile(`(?m)^== (\S+) ==\n`)
		idx := re.FindAllStringSubmatchIndex(string(b), -1)
		for i, m := range idx {
			end := len(b)
			if i+1 < len(idx) {
				end = idx[i+1][0]
			}
			sections[string(b[m[2]:m[3]])] = string(b[m[1]:end])
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
		out.WriteString("== " + n + " ==\n" + sections[n])
	}
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
