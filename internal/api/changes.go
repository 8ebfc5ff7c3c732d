package api

import (
	"net/http"
	"strconv"

	"dyad/internal/store"
)

// changes lists what changed after a cursor — documents and events added,
// updated or deleted — as a downstream job follows GDELT's 15-minute
// files: GET /api/v1/changes?since=CURSOR|TIME&limit=N answers
// {"data": [...], "cursor": "N", "more": bool}; pass cursor back as since.
func (s *Server) changes(w http.ResponseWriter, r *http.Request) error {
	cl, ok := s.st.(store.ChangeLog)
	if !ok {
		return errNotFound("this store keeps no change log")
	}
	q := r.URL.Query()
	since, from, err := store.ParseSince(q.Get("since"))
	if err != nil {
		return err
	}
	limit := 100
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return httpError{http.StatusBadRequest, "limit must be 1 to 1000"}
		}
	}
	cs, err := cl.Changes(r.Context(), since, from, limit+1)
	if err != nil {
		return err
	}
	more := len(cs) > limit
	if more {
		cs = cs[:limit]
	}
	items, err := store.LoadChangesCapped(r.Context(), s.st, cs, listEvidence)
	if err != nil {
		return err
	}
	cursor := strconv.FormatInt(since, 10)
	switch {
	case len(cs) > 0:
		cursor = strconv.FormatInt(cs[len(cs)-1].Seq, 10)
	case !from.IsZero():
		cursor = q.Get("since") // nothing changed since that time: ask again from it
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": items, "cursor": cursor, "more": more})
	return nil
}
