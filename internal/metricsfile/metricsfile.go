// Package metricsfile keeps the quality figures that a package's tests
// measure in one text file (by convention testdata/metrics.txt), one
// section per suite, so that a regression shows as a diff in review.
//
// A section starts with a line "== name ==" and runs to the next one;
// sections are kept in name order, and writing one leaves the others as
// they are, so suites of one package may run alone or together.
package metricsfile

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
)

var (
	mu     sync.Mutex // tests of one package may write in parallel
	header = regexp.MustCompile(`(?m)^== (\S+) ==\n`)
)

// WriteSection replaces (or adds) the section name of the file at path
// with body, creating the file and its directory when absent.
func WriteSection(path, name, body string) error {
	if name == "" || strings.ContainsAny(name, " \t\n") {
		return fmt.Errorf("metrics section name %q: want one word", name)
	}
	if header.MatchString(body + "\n") {
		return fmt.Errorf("metrics section %s: a line of its body looks like a section header", name)
	}
	mu.Lock()
	defer mu.Unlock()
	sections := map[string]string{}
	if b, err := os.ReadFile(path); err == nil {
		sections = Parse(string(b))
	} else if !os.IsNotExist(err) {
		return fmt.Errorf("read metrics: %w", err)
	}
	sections[name] = strings.TrimRight(body, "\n") + "\n"
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write metrics: %w", err)
	}
	if err := os.WriteFile(path, []byte(Format(sections)), 0o644); err != nil {
		return fmt.Errorf("write metrics: %w", err)
	}
	return nil
}

// Parse splits a metrics file into its sections' bodies by name. Text
// before the first section is dropped; of two sections with one name, the
// later wins.
func Parse(text string) map[string]string {
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	sections := map[string]string{}
	idx := header.FindAllStringSubmatchIndex(text, -1)
	for i, m := range idx {
		end := len(text)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		sections[text[m[2]:m[3]]] = strings.TrimRight(text[m[1]:end], "\n") + "\n"
	}
	return sections
}

// Format is the file text of sections: in name order, a blank line
// between them.
func Format(sections map[string]string) string {
	names := make([]string, 0, len(sections))
	for n := range sections {
		names = append(names, n)
	}
	sort.Strings(names)
	var out strings.Builder
	for i, n := range names {
		if i > 0 {
			out.WriteString("\n")
		}
		out.WriteString("== " + n + " ==\n" + sections[n])
	}
	return out.String()
}
