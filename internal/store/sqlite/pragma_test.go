package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

// The connection settings hold on a new store and on reopening it: 1 KiB
// pages (set before the switch to WAL), WAL, and query-only readers.
func TestPragmas(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dyad.db")
	for i := 0; i < 2; i++ {
		s, err := Open(ctx, path, Options{ReadConns: 1})
		if err != nil {
			t.Fatal(err)
		}
		tests := []struct{ pragma, writer, reader string }{
			{"page_size", "1024", "1024"},
			{"journal_mode", "wal", "wal"},
			{"synchronous", "1", "1"},
			{"foreign_keys", "1", "1"},
			{"query_only", "0", "1"},
			{"busy_timeout", "10000", "10000"},
		}
		for _, tc := range tests {
			var w, r string
			if err := s.w.QueryRowContext(ctx, `PRAGMA `+tc.pragma).Scan(&w); err != nil {
				t.Fatal(err)
			}
			q, done, err := s.pool.Session(ctx)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := q.QueryContext(ctx, `PRAGMA `+tc.pragma)
			if err != nil {
				t.Fatal(err)
			}
			rows.Next()
			err = rows.Scan(&r)
			rows.Close()
			done()
			if err != nil {
				t.Fatal(err)
			}
			if w != tc.writer || r != tc.reader {
				t.Errorf("open %d: %s = %s on the writer, %s on a reader; want %s, %s", i, tc.pragma, w, r, tc.writer, tc.reader)
			}
		}
		s.Close()
	}
}
