package main

import (
	"strings"
	"testing"

	"dyad/internal/news"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantStatus string
		wantText   string
		wantDomain string
	}{
		{"text", "Ministers meet\n\nFarm ministers from five countries met on Monday to discuss grain exports.\n\nSource link\n",
			nil, news.StatusOK, "Farm ministers from five countries met on Monday to discuss grain exports.", ""},
		{"html with url", "<html><head><title>Ministers meet</title></head><body><article><p>Farm ministers from five countries met on Monday to discuss grain exports and harvest data.</p></article></body></html>",
			[]string{"--url", "https://www.example.org/a"}, news.StatusOK, "Farm ministers from five countries met on Monday", "example.org"},
		{"binary is a failed document", "\x00\x01\x02\x03", nil, "failed: binary content, not text or HTML", "", ""},
		{"empty is a failed document", "  \n", nil, "failed: empty document", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := dyad(t, tc.stdin, append([]string{"extract"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			doc := decodeJSON[news.Document](t, out)
			if doc.Status != tc.wantStatus || !strings.Contains(doc.Text, tc.wantText) || doc.Source.Domain != tc.wantDomain {
				t.Errorf("status %q text %q domain %q", doc.Status, doc.Text, doc.Source.Domain)
			}
			if doc.ID == "" || doc.ContentHash == "" {
				t.Errorf("id %q content hash %q", doc.ID, doc.ContentHash)
			}
		})
	}
	if _, _, code := dyad(t, "", "extract", "--format", "table"); code != 2 {
		t.Errorf("--format table: exit %d, want 2", code)
	}
}
