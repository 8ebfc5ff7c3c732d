package api

import (
	"net/http"

	"dyad/internal/store"
)

// listFeeds lists the followed feeds with their health (dyad watch,
// dyad serve --feeds): last success, last error, items seen, new
// documents.
func (s *Server) listFeeds(w http.ResponseWriter, r *http.Request) error {
	var feeds []store.Feed
	if fst, ok := s.st.(store.FeedStore); ok {
		var err error
		if feeds, err = fst.Feeds(r.Context()); err != nil {
			return err
		}
	}
	if feeds == nil {
		feeds = []store.Feed{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"data": feeds})
	return nil
}
