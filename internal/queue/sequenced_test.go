package queue

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"
)

// Prepared documents published out of order, one twice (a redone batch),
// come back in raw order, once each, from the cursor on; what is stored
// is purged, and a second reader starts where the cursor says.
func TestSequenced(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	q, err := Connect(ctx, startServer(t))
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for _, seq := range []uint64{3, 1, 4, 2, 3, 6} {
		if err := q.PublishPrepared(ctx, seq, []byte{byte(seq)}); err != nil {
			t.Fatal(err)
		}
	}
	var cursor uint64
	s, err := q.Sequenced(ctx, SequencedOptions{Next: 1, Idle: 300 * time.Millisecond,
		SetCursor: func(_ context.Context, next uint64) error { cursor = next; return nil }})
	if err != nil {
		t.Fatal(err)
	}
	var got []byte
	for {
		b, err := s.Next(ctx)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, b...)
	}
	if string(got) != "\x01\x02\x03\x04" || s.Waiting() != 1 {
		t.Fatalf("got %v, %d waiting; want 1 2 3 4 and 6 waiting for 5", got, s.Waiting())
	}
	if err := s.Committed(ctx, 4); err != nil {
		t.Fatal(err)
	}
	if cursor != 5 {
		t.Errorf("cursor %d, want 5", cursor)
	}
	// 6 arrived as the 6th message: everything before it is purged.
	if n, _ := q.PreparedPending(ctx); n != 1 {
		t.Errorf("%d prepared left after the purge, want 1", n)
	}
	if err := q.PublishPrepared(ctx, 5, []byte{5}); err != nil {
		t.Fatal(err)
	}
	s2, err := q.Sequenced(ctx, SequencedOptions{Next: cursor, Idle: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for {
		b, err := s2.Next(ctx)
		if err != nil {
			break
		}
		got = append(got, b...)
	}
	if string(got) != "\x05\x06" {
		t.Errorf("second reader got %v, want 5 6", got)
	}
}
