package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// The second stream: workers run the parallel stages and publish each
// prepared document here, tagged with the sequence number its raw document
// had in Stream; the one process holding the store's sequencer lease reads
// them back in that order and runs the ordered stages. So the store sees
// the documents in the order they were published, whatever the number of
// workers and whichever finished first — the single-process order.
const (
	PreparedStream  = "DYAD_PREPARED"
	PreparedSubject = "dyad.prepared"
	seqHeader       = "Dyad-Seq"
)

// PublishPrepared publishes a prepared document (opaque bytes) for the raw
// document of stream sequence seq, and waits for the stream's ack.
func (q *Queue) PublishPrepared(ctx context.Context, seq uint64, data []byte) error {
	m := nats.NewMsg(PreparedSubject)
	m.Header.Set(seqHeader, strconv.FormatUint(seq, 10))
	m.Data = data
	if _, err := q.js.PublishMsg(ctx, m); err != nil {
		return fmt.Errorf("publish prepared %d: %w", seq, err)
	}
	return nil
}

// PreparedPending is the number of prepared documents in the stream (the
// sequencer purges those it has stored).
func (q *Queue) PreparedPending(ctx context.Context) (uint64, error) {
	info, err := q.prep.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// SequencedOptions configure Sequenced.
type SequencedOptions struct {
	// Next is the first raw sequence number not yet stored (the cursor
	// kept with the store's lease; 0 or 1 for a new store).
	Next uint64
	// Idle ends the reading (io.EOF) when nothing new came for this long
	// and the next document is not there; 0 means 1s.
	Idle time.Duration
	// SetCursor stores the new cursor after documents were stored; it
	// must fail when the caller no longer holds the lease.
	SetCursor func(ctx context.Context, next uint64) error
}

// Sequenced reads prepared documents back in raw sequence order, from
// Next on: those already stored (below Next, or twice, from a worker that
// was killed after publishing and whose batch another worker redid) are
// skipped. After the caller says how many it stored (Committed), the
// cursor moves and the stream is purged of what is no longer needed.
type Sequenced struct {
	q    *Queue
	opts SequencedOptions
	cons jetstream.Consumer

	mu       sync.Mutex
	next     uint64            // the raw sequence Next returns next
	buf      map[uint64]bufMsg // arrived early
	emitted  []bufMsg          // returned by Next, not yet committed
	lastSeen uint64            // the last prepared-stream sequence read
}

type bufMsg struct {
	raw, stream uint64
	data        []byte
}

// Sequenced starts reading the prepared stream from its beginning.
func (q *Queue) Sequenced(ctx context.Context, opts SequencedOptions) (*Sequenced, error) {
	if opts.Idle <= 0 {
		opts.Idle = time.Second
	}
	if opts.Next == 0 {
		opts.Next = 1
	}
	cons, err := q.js.OrderedConsumer(ctx, PreparedStream, jetstream.OrderedConsumerConfig{DeliverPolicy: jetstream.DeliverAllPolicy})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", PreparedStream, err)
	}
	return &Sequenced{q: q, opts: opts, cons: cons, next: opts.Next, buf: map[uint64]bufMsg{}}, nil
}

// Next returns the prepared document of the next raw sequence number, or
// io.EOF when it has not come within Idle.
func (s *Sequenced) Next(ctx context.Context) ([]byte, error) {
	for {
		s.mu.Lock()
		if m, ok := s.buf[s.next]; ok {
			delete(s.buf, s.next)
			s.next++
			s.emitted = append(s.emitted, m)
			s.mu.Unlock()
			return m.data, nil
		}
		s.mu.Unlock()
		batch, err := s.cons.Fetch(256, jetstream.FetchMaxWait(s.opts.Idle))
		if err != nil {
			return nil, fmt.Errorf("fetch prepared: %w", err)
		}
		n := 0
		for m := range batch.Messages() {
			n++
			md, err := m.Metadata()
			if err != nil {
				continue
			}
			raw, err := strconv.ParseUint(m.Headers().Get(seqHeader), 10, 64)
			s.mu.Lock()
			s.lastSeen = md.Sequence.Stream
			if _, dup := s.buf[raw]; err == nil && raw >= s.next && !dup {
				s.buf[raw] = bufMsg{raw: raw, stream: md.Sequence.Stream, data: m.Data()}
			}
			s.mu.Unlock()
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("fetch prepared: %w", err)
		}
		if n == 0 {
			s.mu.Lock()
			_, ready := s.buf[s.next]
			s.mu.Unlock()
			if !ready {
				s.skipGap(ctx)
				return nil, io.EOF
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
}

// Waiting is how many prepared documents wait for an earlier one.
func (s *Sequenced) Waiting() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.buf)
}

// Committed says that the next n documents Next returned are stored: the
// cursor moves past them and the stream is purged below the oldest
// prepared document still needed.
func (s *Sequenced) Committed(ctx context.Context, n int) error {
	s.mu.Lock()
	if n > len(s.emitted) {
		n = len(s.emitted)
	}
	if n == 0 {
		s.mu.Unlock()
		return nil
	}
	next := s.emitted[n-1].raw + 1
	s.mu.Unlock()
	// The cursor first: if it cannot be stored (the lease was lost), the
	// documents stay in the stream for the next holder, which finds them
	// stored and skips them.
	if s.opts.SetCursor != nil {
		if err := s.opts.SetCursor(ctx, next); err != nil {
			return err
		}
	}
	s.mu.Lock()
	s.emitted = s.emitted[n:]
	purge := s.purgePoint()
	s.mu.Unlock()
	return s.purge(ctx, purge)
}

// Close purges what the run skipped (documents stored before).
func (s *Sequenced) Close(ctx context.Context) error {
	s.mu.Lock()
	purge := s.purgePoint()
	s.mu.Unlock()
	return s.purge(ctx, purge)
}

// purgePoint is the prepared-stream sequence below which nothing is
// needed any more: the oldest still buffered or not yet committed.
func (s *Sequenced) purgePoint() uint64 {
	p := s.lastSeen + 1
	for _, m := range s.emitted {
		p = min(p, m.stream)
	}
	for _, m := range s.buf {
		p = min(p, m.stream)
	}
	return p
}

func (s *Sequenced) purge(ctx context.Context, below uint64) error {
	if below <= 1 {
		return nil
	}
	if err := s.q.prep.Purge(ctx, jetstream.WithPurgeSequence(below)); err != nil {
		return fmt.Errorf("purge %s: %w", PreparedStream, err)
	}
	return nil
}

// skipGap moves past a raw sequence number that will never come: the
// whole prepared stream was read, the number is not in it, and the raw
// stream no longer holds it (it was acknowledged, which happens only
// after its prepared document was published — so that document was
// stored and purged, or the number was never a document). Without this a
// lost document would stall the sequencer for good; with the purge only
// behind stored documents it does not happen.
func (s *Sequenced) skipGap(ctx context.Context) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.buf) == 0 {
		return
	}
	first, err := s.q.firstPendingRaw(ctx)
	if err != nil || first <= s.next {
		return
	}
	lowest := uint64(0)
	for k := range s.buf {
		if lowest == 0 || k < lowest {
			lowest = k
		}
	}
	if lowest > s.next {
		s.next = lowest
	}
}
