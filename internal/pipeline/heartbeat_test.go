package pipeline

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"dyad/internal/store"
)

// flakyLeases is a store.Sequencing whose renewals answer from a script:
// an error, "held" or "not held" per call, the last answer repeating.
type flakyLeases struct {
	store.Sequencing
	mu      sync.Mutex
	answers []string
	calls   int
}

func (f *flakyLeases) TryLease(ctx context.Context, name, holder string, ttl time.Duration) (store.Lease, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.answers[min(f.calls, len(f.answers)-1)]
	f.calls++
	switch a {
	case "err":
		return store.Lease{}, false, errors.New("database is locked")
	case "held":
		return store.Lease{Holder: holder}, true, nil
	}
	return store.Lease{Holder: "another"}, false, nil
}

// A renewal that fails while the lease still has time is retried, not a
// lost lease; another holder, or failures until the lease would expire,
// are.
func TestHeartbeat(t *testing.T) {
	const ttl = 120 * time.Millisecond
	for _, tc := range []struct {
		name    string
		answers []string
		lost    bool
	}{
		{"renewed", []string{"held"}, false},
		{"one failure then renewed", []string{"err", "held"}, false},
		{"another holder", []string{"held", "not held"}, true},
		{"failures until expiry", []string{"err"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &Pipeline{opts: Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))}}
			s := &leaseSequencer{p: p, st: &flakyLeases{answers: tc.answers}, holder: "me", ttl: ttl}
			stop, lost := make(chan struct{}), make(chan struct{})
			ended := make(chan struct{})
			go func() {
				defer close(ended)
				s.heartbeat(context.Background(), time.Now(), stop, lost)
			}()
			var got bool
			select {
			case <-lost:
				got = true
			case <-time.After(4 * ttl):
			}
			close(stop)
			<-ended
			if got != tc.lost {
				t.Errorf("lost %v, want %v", got, tc.lost)
			}
		})
	}
}
