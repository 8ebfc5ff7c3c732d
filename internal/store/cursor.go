package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseSince reads a changes cursor: a seq number from an earlier answer,
// or a time (RFC 3339, or YYYY-MM-DD for midnight UTC) to list what
// changed from then on. Empty is the beginning.
func ParseSince(s string) (seq int64, from time.Time, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, time.Time{}, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
		return n, time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return 0, t.UTC(), nil
		}
	}
	return 0, time.Time{}, fmt.Errorf("%w: since must be a cursor (a number from an earlier answer) or a time (RFC 3339 or YYYY-MM-DD), not %q", ErrInvalid, s)
}
