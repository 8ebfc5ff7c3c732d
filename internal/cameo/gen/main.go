// Command gen writes the CAMEO code table (codes.tsv) of package cameo from
// the shared event-coding data: the derived table in
// ../shared/data/eventcoding/cameo/cameo_codes_derived.tsv (names and
// Goldstein scores of the ICEWS CAMEO table, GDELT's QuadClass rule, the
// CAMEO→PLOVER crosswalk). Run from the repository root:
//
//	go run ./internal/cameo/gen [-data ../shared/data] [-o internal/cameo/codes.tsv]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"dyad/internal/cameo"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder")
	out := flag.String("o", "internal/cameo/codes.tsv", "output file")
	flag.Parse()
	if err := run(filepath.Join(*data, "eventcoding", "cameo", "cameo_codes_derived.tsv"), *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	s, err := cameo.Generate(src)
	if err != nil {
		return err
	}
	return os.WriteFile(out, []byte(s), 0o644)
}
