package storetest

import (
	"errors"
	"testing"
	"time"

	"dyad/internal/store"
)

// testLease: one holder at a time; renewal, expiry, release; the cursor
// survives takeovers; SignaturesSince gives what came after a point.
func testLease(t *testing.T, open Opener) {
	st, _ := open(t)
	sq, ok := st.(store.Sequencing)
	if !ok {
		t.Skip("store does not implement store.Sequencing")
	}
	const ttl = 2 * time.Second
	l, held, err := sq.TryLease(ctx, "seq", "a", ttl)
	if err != nil || !held || l.Holder != "a" {
		t.Fatalf("first take: %+v %v %v", l, held, err)
	}
	if l, err := sq.Lease(ctx, "seq"); err != nil || l.Holder != "a" || !l.Expires.After(time.Now()) {
		t.Fatalf("read lease: %+v %v", l, err)
	}
	if l, err := sq.Lease(ctx, "never-taken"); err != nil || l.Holder != "" {
		t.Fatalf("read a lease never taken: %+v %v", l, err)
	}
	if l, held, err = sq.TryLease(ctx, "seq", "b", ttl); err != nil || held || l.Holder != "a" {
		t.Fatalf("b took a's lease: %+v %v %v", l, held, err)
	}
	if _, held, err = sq.TryLease(ctx, "seq", "a", ttl); err != nil || !held {
		t.Fatalf("renewal: %v %v", held, err)
	}
	if err := sq.SetLeaseCursor(ctx, "seq", "a", 42); err != nil {
		t.Fatal(err)
	}
	if err := sq.SetLeaseCursor(ctx, "seq", "b", 7); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("cursor by a non-holder: %v", err)
	}
	time.Sleep(ttl + 200*time.Millisecond)
	if l, held, err = sq.TryLease(ctx, "seq", "b", ttl); err != nil || !held || l.Cursor != 42 {
		t.Fatalf("takeover after expiry: %+v %v %v", l, held, err)
	}
	if err := sq.SetLeaseCursor(ctx, "seq", "a", 9); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("cursor by the expired holder: %v", err)
	}
	if err := sq.ReleaseLease(ctx, "seq", "b"); err != nil {
		t.Fatal(err)
	}
	if l, held, err = sq.TryLease(ctx, "seq", "c", ttl); err != nil || !held || l.Cursor != 42 {
		t.Fatalf("take after release: %+v %v %v", l, held, err)
	}
	if _, held, _ := sq.TakeOver(ctx, "seq", "e", "someone-else", ttl); held {
		t.Error("took over a lease from a holder it does not have")
	}
	if l, held, err := sq.TakeOver(ctx, "seq", "e", "c", ttl); err != nil || !held || l.Cursor != 42 {
		t.Fatalf("take over from a dead holder: %+v %v %v", l, held, err)
	}
	fenced := store.WithFence(ctx, store.Fence{Name: "seq", Holder: "b"})
	if _, err := st.PutBundles(fenced, []store.Bundle{{Doc: doc("fenced", "2024-01-01", "X", "independent")}}); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("a write fenced by a lease another holds: %v", err)
	}
	fenced = store.WithFence(ctx, store.Fence{Name: "seq", Holder: "e"})
	if _, err := st.PutBundles(fenced, []store.Bundle{{Doc: doc("fenced", "2024-01-01", "X", "independent")}}); err != nil {
		t.Fatalf("a write fenced by the holder's lease: %v", err)
	}
	if _, held, _ := sq.TryLease(ctx, "other", "d", ttl); !held {
		t.Error("leases of other names are independent")
	}

	for _, id := range []string{"x1", "x2", "x3"} {
		if err := st.PutSignature(ctx, "k", id, []byte(id)); err != nil {
			t.Fatal(err)
		}
	}
	var seqs []int64
	var ids []string
	if err := sq.SignaturesSince(ctx, "k", 0, func(seq int64, id string, data []byte) error {
		seqs, ids = append(seqs, seq), append(ids, id)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) != 3 || ids[0] != "x1" || ids[2] != "x3" || seqs[0] >= seqs[1] || seqs[1] >= seqs[2] {
		t.Fatalf("since 0: %v %v", ids, seqs)
	}
	if last, err := sq.SignatureSeq(ctx); err != nil || last != seqs[2] {
		t.Fatalf("SignatureSeq = %d, %v; want %d", last, err, seqs[2])
	}
	ids = nil
	sq.SignaturesSince(ctx, "k", seqs[0], func(_ int64, id string, _ []byte) error { ids = append(ids, id); return nil })
	if len(ids) != 2 || ids[0] != "x2" {
		t.Fatalf("since the first: %v", ids)
	}
}
