package web

import (
	"net/http"

	"dyad/internal/store"
)

// feeds shows the followed feeds' health.
func (h *Handler) feeds(w http.ResponseWriter, r *http.Request) {
	var feeds []store.Feed
	if fst, ok := h.st.(store.FeedStore); ok {
		var err error
		if feeds, err = fst.Feeds(r.Context()); err != nil {
			h.failErr(w, err)
			return
		}
	}
	h.render(w, "feeds.html", map[string]any{"Feeds": feeds})
}
