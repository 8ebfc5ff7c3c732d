package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"dyad/internal/store/sqlstore"
)

// maxReadStmts bounds the statements a read connection keeps prepared:
// distinct SQL texts are the combinations of filters in use, a few dozen
// in practice.
const maxReadStmts = 256

// readPool lends the read connections, one per read (sqlstore.Pool: an
// events page and its evidence run on one connection in a row), and each
// connection keeps its statements prepared (parsing was a tenth of an
// events page's time).
type readPool struct {
	conns chan *readConn
}

type readConn struct {
	c     *sql.Conn
	stmts map[string]*sql.Stmt
}

var _ sqlstore.Pool = (*readPool)(nil)

func newReadPool(ctx context.Context, db *sql.DB, n int) (*readPool, error) {
	p := &readPool{conns: make(chan *readConn, n)}
	for i := 0; i < n; i++ {
		c, err := db.Conn(ctx)
		if err != nil {
			p.close()
			return nil, err
		}
		p.conns <- &readConn{c: c, stmts: map[string]*sql.Stmt{}}
	}
	return p, nil
}

// Session lends one connection; done gives it back.
func (p *readPool) Session(ctx context.Context) (sqlstore.Queryer, func(), error) {
	select {
	case rc := <-p.conns:
		return rc, func() { p.conns <- rc }, nil
	case <-ctx.Done():
		return nil, nil, ctx.Err()
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
	var errs []error
	for {
		select {
		case rc := <-p.conns:
			for _, st := range rc.stmts {
				st.Close()
			}
			errs = append(errs, rc.c.Close())
		default:
			return errors.Join(errs...)
		}
	}
}
