package clean

import (
	"testing"

	"dyad/internal/metricsfile"
)

// writeMetrics replaces the section name of testdata/metrics.txt, which
// holds every quality figure of the package, so a regression is a diff.
func writeMetrics(t *testing.T, name, body string) {
	t.Helper()
	if err := metricsfile.WriteSection("testdata/metrics.txt", name, body); err != nil {
		t.Fatal(err)
	}
}
