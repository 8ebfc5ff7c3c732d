package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"dyad/internal/news"
	"dyad/internal/store"
)

// JobTable creates the ingest jobs' table when missing (on first write,
// like the feed tables: no schema version).
const JobTable = `CREATE TABLE IF NOT EXISTS ingest_jobs (id TEXT PRIMARY KEY, created TEXT NOT NULL, state TEXT NOT NULL)`

// PutJob stores a job in a write transaction.
func PutJob(ctx context.Context, tx Tx, j store.Job) error {
	if _, err := tx.ExecContext(ctx, JobTable); err != nil {
		return fmt.Errorf("job table: %w", err)
	}
	if len(j.DocIDs) > store.MaxJobDocIDs {
		j.DocIDs = j.DocIDs[:store.MaxJobDocIDs]
	}
	b, err := json.Marshal(j)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ingest_jobs (id, created, state) VALUES (?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET state = excluded.state`,
		j.ID, j.Created.UTC().Format(time.RFC3339Nano), string(b)); err != nil {
		return fmt.Errorf("put job %s: %w", j.ID, err)
	}
	return nil
}

// Job reads one job.
func (r *Reader) Job(ctx context.Context, id string) (store.Job, error) {
	jobs, err := r.jobs(ctx, `SELECT state FROM ingest_jobs WHERE id = ?`, id)
	if err != nil {
		return store.Job{}, fmt.Errorf("job %s: %w", id, err)
	}
	if len(jobs) == 0 {
		return store.Job{}, fmt.Errorf("job %s: %w", id, store.ErrNotFound)
	}
	return jobs[0], nil
}

// Jobs lists the latest jobs, newest first.
func (r *Reader) Jobs(ctx context.Context, n int) ([]store.Job, error) {
	jobs, err := r.jobs(ctx, `SELECT state FROM ingest_jobs ORDER BY created DESC, id DESC`+limit(n))
	if err != nil {
		return nil, fmt.Errorf("jobs: %w", err)
	}
	return jobs, nil
}

func (r *Reader) jobs(ctx context.Context, q string, args ...any) ([]store.Job, error) {
	db, done, err := r.DB.Session(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	states, err := Strings(ctx, db, q, args...)
	if err != nil {
		if missingTable(err) {
			return nil, nil
		}
		return nil, err
	}
	out := make([]store.Job, 0, len(states))
	for _, s := range states {
		var j store.Job
		if err := json.Unmarshal([]byte(s), &j); err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, nil
}

// FailOrphanJobs records as failed, with reason and finished at, the jobs
// still queued or running whose server gone reports as stopped (a server
// killed before it could record how its jobs ended), in a write
// transaction; it returns them.
func FailOrphanJobs(ctx context.Context, tx Tx, gone func(server string) bool, reason string, at time.Time) ([]store.Job, error) {
	if _, err := tx.ExecContext(ctx, JobTable); err != nil {
		return nil, fmt.Errorf("job table: %w", err)
	}
	// The state is json.Marshal's text: no spaces after the colons. The
	// pattern only narrows the rows; the status is checked below.
	states, err := Strings(ctx, tx, `SELECT state FROM ingest_jobs WHERE state LIKE ? OR state LIKE ? ORDER BY created, id`,
		`%"status":"`+store.JobQueued+`"%`, `%"status":"`+store.JobRunning+`"%`)
	if err != nil {
		return nil, fmt.Errorf("open jobs: %w", err)
	}
	var failed []store.Job
	for _, s := range states {
		var j store.Job
		if err := json.Unmarshal([]byte(s), &j); err != nil {
			return nil, fmt.Errorf("open jobs: %w", err)
		}
		if (j.Status != store.JobQueued && j.Status != store.JobRunning) || !gone(j.Server) {
			continue
		}
		j.Status, j.Finished = news.Failed(reason), at.UTC()
		if err := PutJob(ctx, tx, j); err != nil {
			return nil, err
		}
		failed = append(failed, j)
	}
	return failed, nil
}
