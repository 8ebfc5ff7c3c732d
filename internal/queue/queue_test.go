package queue

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"dyad/internal/news"
)

// startServer runs an in-process NATS server with JetStream on loopback.
func startServer(t *testing.T) string {
	t.Helper()
	s, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(s.Shutdown)
	return s.ClientURL()
}

func TestEncodeDecode(t *testing.T) {
	tests := []struct {
		name string
		raw  news.RawDoc
	}{
		{"text", news.RawDoc{ID: "a", Path: "x.txt", Body: []byte("Some text.")}},
		{"failed", news.RawDoc{Path: "bad.jsonl:3", Err: errors.New("line 3: not JSON")}},
		{"binary body", news.RawDoc{Path: "b", Body: []byte{0, 1, 2, 0xff}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Encode(tc.raw)
			if err != nil {
				t.Fatal(err)
			}
			got := Decode(b)
			if got.ID != tc.raw.ID || got.Path != tc.raw.Path || string(got.Body) != string(tc.raw.Body) {
				t.Errorf("round trip: got %+v want %+v", got, tc.raw)
			}
			if (got.Err == nil) != (tc.raw.Err == nil) || (got.Err != nil && got.Err.Error() != tc.raw.Err.Error()) {
				t.Errorf("error: got %v want %v", got.Err, tc.raw.Err)
			}
		})
	}
	if raw := Decode([]byte("{not json")); raw.Err == nil {
		t.Error("undecodable message gave no error row")
	}
}

func TestPublishConsume(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	url := startServer(t)
	q, err := Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	const n = 50
	for i := 0; i < n; i++ {
		if err := q.Publish(ctx, news.RawDoc{ID: fmt.Sprint(i), Body: []byte("doc")}); err != nil {
			t.Fatal(err)
		}
	}
	// Two workers share the queue; a failing first batch is redelivered.
	var mu sync.Mutex
	seen := map[string]int{}
	failedOnce := false
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wq, err := Connect(ctx, url)
			if err != nil {
				errs <- err
				return
			}
			defer wq.Close()
			for {
				err := wq.Consume(ctx, ConsumeOptions{Batch: 7, MaxWait: 300 * time.Millisecond, StopWhenIdle: true},
					func(ctx context.Context, batch []news.RawDoc) error {
						mu.Lock()
						defer mu.Unlock()
						if !failedOnce {
							failedOnce = true
							return errors.New("store down")
						}
						for _, r := range batch {
							seen[r.ID]++
						}
						return nil
					})
				if err == nil {
					return
				}
				// the handler error: consume again, as a supervisor would
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if len(seen) != n {
		t.Fatalf("consumed %d distinct documents, want %d", len(seen), n)
	}
	pending, err := q.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if pending != 0 {
		t.Errorf("%d documents left in the queue", pending)
	}
}
