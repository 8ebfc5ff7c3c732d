// Package queue is dyad's scale-out path: `dyad ingest --nats URL` publishes
// raw documents to a NATS JetStream work queue, and any number of
// `dyad worker --nats URL` processes take them in batches, run the pipeline
// and write to the shared store. A batch is acknowledged only after the
// pipeline has stored it; a failed batch is redelivered, which is harmless
// because ingest is idempotent.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"dyad/internal/news"
)

// Names of the stream, its subject and the workers' durable consumer.
const (
	Stream   = "DYAD_DOCS"
	Subject  = "dyad.docs"
	Consumer = "dyad-workers"
)

// Queue is a connection to the work queue.
type Queue struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	st   jetstream.Stream
	prep jetstream.Stream // prepared documents for the sequencer
}

// Connect connects to NATS at url and makes sure the stream exists.
func Connect(ctx context.Context, url string) (*Queue, error) {
	nc, err := nats.Connect(url, nats.Name("dyad"), nats.Timeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("connect to NATS %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	// Look the stream up first: many workers connect at once, and only
	// the first needs to create it.
	st, err := js.Stream(ctx, Stream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		st, err = js.CreateStream(ctx, jetstream.StreamConfig{
			Name:       Stream,
			Subjects:   []string{Subject},
			Retention:  jetstream.WorkQueuePolicy,
			Storage:    jetstream.FileStorage,
			MaxMsgSize: 16 << 20,
		})
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			st, err = js.Stream(ctx, Stream)
		}
	}
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("create stream %s: %w", Stream, err)
	}
	prep, err := ensureStream(ctx, js, jetstream.StreamConfig{
		Name:       PreparedStream,
		Subjects:   []string{PreparedSubject},
		Retention:  jetstream.LimitsPolicy,
		Storage:    jetstream.FileStorage,
		MaxMsgSize: 64 << 20,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("create stream %s: %w", PreparedStream, err)
	}
	return &Queue{nc: nc, js: js, st: st, prep: prep}, nil
}

// ensureStream looks a stream up and creates it when missing.
func ensureStream(ctx context.Context, js jetstream.JetStream, cfg jetstream.StreamConfig) (jetstream.Stream, error) {
	st, err := js.Stream(ctx, cfg.Name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		st, err = js.CreateStream(ctx, cfg)
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			st, err = js.Stream(ctx, cfg.Name)
		}
	}
	return st, err
}

// Close closes the connection.
func (q *Queue) Close() error {
	q.nc.Close()
	return nil
}

// message is a RawDoc on the wire; the read error travels as text so that
// a worker stores the failed row.
type message struct {
	news.RawDoc
	Error string `json:"error,omitempty"`
}

// Encode serialises a raw document for the queue.
func Encode(raw news.RawDoc) ([]byte, error) {
	m := message{RawDoc: raw}
	if raw.Err != nil {
		m.Error = raw.Err.Error()
	}
	return json.Marshal(m)
}

// Decode reads a raw document from the queue. A message that cannot be
// decoded becomes a RawDoc with Err set, so that it is stored as failed.
func Decode(b []byte) news.RawDoc {
	var m message
	if err := json.Unmarshal(b, &m); err != nil {
		return news.RawDoc{Path: "nats", Err: fmt.Errorf("undecodable queue message: %v", err)}
	}
	raw := m.RawDoc
	if m.Error != "" {
		raw.Err = errors.New(m.Error)
	}
	return raw
}

// Publish puts one raw document on the queue and waits for the stream's
// acknowledgement.
func (q *Queue) Publish(ctx context.Context, raw news.RawDoc) error {
	b, err := Encode(raw)
	if err != nil {
		return fmt.Errorf("encode %s: %w", raw.Path, err)
	}
	if _, err := q.js.Publish(ctx, Subject, b); err != nil {
		return fmt.Errorf("publish %s: %w", raw.Path, err)
	}
	return nil
}

// Pending is the number of documents waiting in the queue.
func (q *Queue) Pending(ctx context.Context) (uint64, error) {
	info, err := q.st.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}

// firstPendingRaw is the lowest raw sequence number still in the work
// queue (every lower one was acknowledged).
func (q *Queue) firstPendingRaw(ctx context.Context) (uint64, error) {
	info, err := q.st.Info(ctx)
	if err != nil {
		return 0, err
	}
	if info.State.Msgs == 0 {
		return info.State.LastSeq + 1, nil
	}
	return info.State.FirstSeq, nil
}

// ConsumeOptions configure Consume.
type ConsumeOptions struct {
	// Batch is the most documents handed to Handle at once; 0 means 64.
	Batch int
	// MaxWait is how long one fetch waits for documents; 0 means 2s.
	MaxWait time.Duration
	// StopWhenIdle returns when a fetch finds the queue empty (tests,
	// one-shot workers); otherwise Consume runs until ctx is done.
	StopWhenIdle bool
	// AckWait is how long a fetched batch may stay unacknowledged before
	// the server hands it to another worker (a worker killed mid-batch);
	// 0 means 30s. The first worker to create the consumer sets it.
	AckWait time.Duration
}

// Msg is one document taken from the queue with its stream sequence
// number (the order dyad ingest --nats published it in).
type Msg struct {
	Seq uint64
	Raw news.RawDoc
}

// Handler processes one batch; an error makes the batch redelivered.
type Handler func(ctx context.Context, batch []news.RawDoc) error

// Consume takes documents from the queue in batches and hands them to h,
// acknowledging each batch after h returns nil. It returns nil when ctx is
// done (or, with StopWhenIdle, when the queue is empty).
func (q *Queue) Consume(ctx context.Context, opts ConsumeOptions, h Handler) error {
	return q.ConsumeSeq(ctx, opts, func(ctx context.Context, batch []Msg) error {
		raws := make([]news.RawDoc, len(batch))
		for i, m := range batch {
			raws[i] = m.Raw
		}
		return h(ctx, raws)
	})
}

// ConsumeSeq is Consume with each document's stream sequence number. With
// StopWhenIdle it returns only when the stream holds no document at all,
// acknowledged or not: a batch a killed worker had taken comes back after
// AckWait and is processed.
func (q *Queue) ConsumeSeq(ctx context.Context, opts ConsumeOptions, h func(ctx context.Context, batch []Msg) error) error {
	if opts.AckWait <= 0 {
		opts.AckWait = 30 * time.Second
	}
	if opts.Batch <= 0 {
		opts.Batch = 64
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = 2 * time.Second
	}
	cons, err := q.st.Consumer(ctx, Consumer)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		cons, err = q.st.CreateConsumer(ctx, jetstream.ConsumerConfig{
			Durable:   Consumer,
			AckPolicy: jetstream.AckExplicitPolicy,
			AckWait:   opts.AckWait,
		})
		if errors.Is(err, jetstream.ErrConsumerExists) {
			cons, err = q.st.Consumer(ctx, Consumer)
		}
	}
	if err != nil {
		return fmt.Errorf("create consumer: %w", err)
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(opts.Batch, jetstream.FetchMaxWait(opts.MaxWait))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("fetch: %w", err)
		}
		var msgs []jetstream.Msg
		var raws []Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
			var seq uint64
			if md, err := m.Metadata(); err == nil {
				seq = md.Sequence.Stream
			}
			raws = append(raws, Msg{Seq: seq, Raw: Decode(m.Data())})
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && ctx.Err() == nil {
			return fmt.Errorf("fetch: %w", err)
		}
		if len(msgs) == 0 {
			if opts.StopWhenIdle {
				if n, err := q.Pending(ctx); err == nil && n == 0 {
					return nil
				}
			}
			continue
		}
		// Tell the server the batch is being worked on while h runs, so
		// that a slow batch is not handed to another worker: only a dead
		// worker's batch comes back after AckWait.
		stop := make(chan struct{})
		go func() {
			t := time.NewTicker(opts.AckWait / 3)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					for _, m := range msgs {
						_ = m.InProgress()
					}
				}
			}
		}()
		err = h(ctx, raws)
		close(stop)
		if err != nil {
			for _, m := range msgs {
				_ = m.Nak()
			}
			return fmt.Errorf("process batch: %w", err)
		}
		for _, m := range msgs {
			if err := m.Ack(); err != nil {
				return fmt.Errorf("ack: %w", err)
			}
		}
	}
	return nil
}

// SliceSource yields the documents of a batch; it satisfies
// pipeline.Source.
type SliceSource struct {
	docs []news.RawDoc
	i    int
}

// NewSliceSource returns a source over docs.
func NewSliceSource(docs []news.RawDoc) *SliceSource { return &SliceSource{docs: docs} }

// Next returns the next document, or io.EOF at the end.
func (s *SliceSource) Next(ctx context.Context) (news.RawDoc, error) {
	if err := ctx.Err(); err != nil {
		return news.RawDoc{}, err
	}
	if s.i >= len(s.docs) {
		return news.RawDoc{}, io.EOF
	}
	s.i++
	return s.docs[s.i-1], nil
}

// Close does nothing.
func (s *SliceSource) Close() error { return nil }
