package api_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"dyad/internal/api"
)

var update = flag.Bool("update", false, "rewrite docs/openapi.json")

// TestOpenAPI checks docs/openapi.json against the routes the server
// registers: every route described, nothing described that is not served,
// and the file equal to what OpenAPI() generates (-update rewrites it).
func TestOpenAPI(t *testing.T) {
	spec := api.OpenAPI()
	b, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("..", "..", "docs", "openapi.json")
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(b) {
		t.Errorf("docs/openapi.json is out of date: go test ./internal/api -run TestOpenAPI -update")
	}
	var described []string
	for p, item := range spec["paths"].(map[string]any) {
		for m := range item.(map[string]any) {
			described = append(described, strings.ToUpper(m)+" "+p)
		}
	}
	served := api.New(nil, api.Options{}).Routes()
	sort.Strings(described)
	sort.Strings(served)
	if !slices.Equal(described, served) {
		t.Errorf("routes and docs/openapi.json differ:\nserved    %v\ndescribed %v", served, described)
	}
}
