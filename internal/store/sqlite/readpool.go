package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"time"

	"dyad/internal/store/sqlstore"
)

// maxReadStmts bounds the statements a read connection keeps prepared:
// distinct SQL texts are the combinations of filters in use, a few dozen
// in practice.
const maxReadStmts = 256

// readPool lends the read connections, one per read (sqlstore.Pool: an
// events page and its evidence run on one connection in a row), and each
// connection keeps its statements prepared (parsing was a tenth of an
// events page's time). With a lag, a connection stays in one read
// transaction — one snapshot, one page cache — for up to lag before it
// looks at newer commits: SQLite empties a connection's page cache when it
// sees a commit, and under a trickle of one-document commits that reset,
// and freeing the pages, was half of a read's CPU. An idle connection ends
// its transaction once older than lag, so checkpoints are not held back.
type readPool struct {
	lag   time.Duration
	conns chan *readConn
	stop  chan struct{}
	wg    sync.WaitGroup
}

type readConn struct {
	c     *sql.Conn
	stmts map[string]*sql.Stmt
	began time.Time // when its read transaction began; zero when none is open
}

var _ sqlstore.Pool = (*readPool)(nil)

func newReadPool(ctx context.Context, db *sql.DB, n int, lag time.Duration) (*readPool, error) {
	p := &readPool{lag: lag, conns: make(chan *readConn, n), stop: make(chan struct{})}
	for i := 0; i < n; i++ {
		c, err := db.Conn(ctx)
		if err != nil {
			p.close()
			return nil, err
		}
		p.conns <- &readConn{c: c, stmts: map[string]*sql.Stmt{}}
	}
	if lag > 0 {
		p.wg.Add(1)
		go p.janitor()
	}
	return p, nil
}

// Session lends one connection; done gives it back.
func (p *readPool) Session(ctx context.Context) (sqlstore.Queryer, func(), error) {
	var rc *readConn
	select {
	case rc = <-p.conns:
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
	if p.lag > 0 {
		if err := rc.snapshot(ctx, p.lag, time.Now()); err != nil {
			p.conns <- rc
			return nil, nil, err
		}
	}
	return rc, func() { p.conns <- rc }, nil
}

// snapshot keeps the connection's read transaction while it is younger
// than lag, else ends it and begins another (its snapshot is taken at the
// first read).
func (rc *readConn) snapshot(ctx context.Context, lag time.Duration, now time.Time) error {
	if !rc.began.IsZero() && now.Sub(rc.began) < lag {
		return nil
	}
	if err := rc.end(ctx); err != nil {
		return err
	}
	if _, err := rc.c.ExecContext(ctx, `BEGIN`); err != nil {
		return err
	}
	rc.began = now
	return nil
}

// end ends the connection's read transaction, if one is open.
func (rc *readConn) end(ctx context.Context) error {
	if rc.began.IsZero() {
		return nil
	}
	rc.began = time.Time{}
	_, err := rc.c.ExecContext(ctx, `COMMIT`)
	return err
}

// janitor ends the read transactions of idle connections older than lag.
func (p *readPool) janitor() {
	defer p.wg.Done()
	t := time.NewTicker(p.lag)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case now := <-t.C:
			for i := cap(p.conns); i > 0; i-- {
				select {
				case rc := <-p.conns:
					if !rc.began.IsZero() && now.Sub(rc.began) >= p.lag {
						rc.end(context.Background())
					}
					p.conns <- rc
				default:
				}
			}
		}
	}
}

func (rc *readConn) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st := rc.stmts[q]
	if st == nil {
		var err error
		if st, err = rc.c.PrepareContext(ctx, q); err != nil {
			return nil, err
		}
		if len(rc.stmts) >= maxReadStmts {
			for k, old := range rc.stmts {
				old.Close()
				delete(rc.stmts, k)
				break
			}
		}
		rc.stmts[q] = st
	}
	return st.QueryContext(ctx, args...)
}

// close closes the connections that are not lent.
func (p *readPool) close() error {
	close(p.stop)
	p.wg.Wait()
	var errs []error
	for {
		select {
		case rc := <-p.conns:
			rc.end(context.Background())
			for _, st := range rc.stmts {
				st.Close()
			}
			errs = append(errs, rc.c.Close())
		default:
			return errors.Join(errs...)
		}
	}
}
