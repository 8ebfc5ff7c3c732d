// Package shareddata locates the workplace's shared data folder
// (../shared/data beside the repository) for tests and benchmarks. The
// corpora and dictionaries there are never copied into the project; tests
// that need them skip with a clear message when the folder is absent.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar overrides the location of the shared data folder.
const EnvVar = "DYAD_SHARED_DATA"

// Dir returns the shared data folder: $DYAD_SHARED_DATA, or ../shared/data
// beside the module root found by walking up from the working directory.
// It returns "" when there is none.
func Dir() string {
	if d := os.Getenv(EnvVar); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(dir, "..", "shared", "data")
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return filepath.Clean(d)
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of rel inside the shared data folder, skipping the
// test with a message naming what is missing when it is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skipf("shared data folder not found (../shared/data beside the repository, or $%s): skipping test that needs %s", EnvVar, rel)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s not found: %v", rel, err)
	}
	return p
}
