package web

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// /static/ serves files but lists no directory.
func TestStaticNoListing(t *testing.T) {
	h := New(nil)
	for path, want := range map[string]int{"/static/": http.StatusNotFound, "/static/nope.js": http.StatusNotFound} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != want {
			t.Errorf("GET %s: %d, want %d", path, rec.Code, want)
		}
	}
}
