package store

import (
	"context"
	"errors"
	"time"
)

// ErrLeaseLost says that a lease's holder no longer holds it (it expired
// and another writer took it).
var ErrLeaseLost = errors.New("lease lost")

// Lease is a named lease kept in the store: one holder at a time runs the
// ordered stages of ingest (see pipeline's sequencer), whatever the number
// of processes writing to the store.
type Lease struct {
	Name     string
	Holder   string
	Acquired time.Time // when the current holder took it
	Expires  time.Time // the holder renews it before then; afterwards anyone may take it
	// Cursor is a position the holders keep with the lease across
	// takeovers (the NATS sequencer's next stream sequence).
	Cursor int64
}

// Sequencing is implemented by stores that several writers may share (both
// backends). Taking and renewing the lease is a write transaction, so two
// writers never both hold it, on one machine or several.
type Sequencing interface {
	// TryLease takes the named lease for holder until ttl from now when it
	// is free, expired or already holder's (a renewal). It returns the
	// lease as it stands afterwards; held says whether holder has it.
	TryLease(ctx context.Context, name, holder string, ttl time.Duration) (l Lease, held bool, err error)
	// TakeOver is TryLease that also takes the lease from the holder from
	// before it expires: the caller knows that holder is dead (a process
	// of this machine that no longer runs).
	TakeOver(ctx context.Context, name, holder, from string, ttl time.Duration) (l Lease, held bool, err error)
	// Lease reads the named lease without taking the write lock (the zero
	// Lease, Holder "", when nobody ever took it).
	Lease(ctx context.Context, name string) (Lease, error)
	// ReleaseLease gives up the lease if holder has it; its cursor stays.
	ReleaseLease(ctx context.Context, name, holder string) error
	// SetLeaseCursor stores cursor with the lease; ErrLeaseLost if holder
	// does not hold it.
	SetLeaseCursor(ctx context.Context, name, holder string, cursor int64) error
	// SignaturesSince calls fn for every signature of kind stored after
	// the store-wide sequence number after, in order, with its number.
	SignaturesSince(ctx context.Context, kind string, after int64, fn func(seq int64, docID string, data []byte) error) error
	// SignatureSeq is the sequence number of the last signature stored.
	SignatureSeq(ctx context.Context) (int64, error)
}

// Fence names a lease a write must be made under.
type Fence struct{ Name, Holder string }

type fenceKey struct{}

// WithFence returns a context under which PutBundles writes only while
// holder holds the named lease: the check is made inside the write
// transaction, which taking a lease also needs, so a writer whose lease
// another took over (it stalled past the expiry) fails with ErrLeaseLost
// instead of writing beside the new holder.
func WithFence(ctx context.Context, f Fence) context.Context {
	return context.WithValue(ctx, fenceKey{}, f)
}

// FenceFrom returns the fence WithFence set, if any.
func FenceFrom(ctx context.Context) (Fence, bool) {
	f, ok := ctx.Value(fenceKey{}).(Fence)
	return f, ok
}
