package postgres

import (
	"context"
	"time"

	"dyad/internal/store"
	"dyad/internal/store/sqlstore"
)

var _ store.JobStore = (*Store)(nil)

// PutJob stores an ingest job.
func (s *Store) PutJob(ctx context.Context, j store.Job) error {
	return s.withTx(ctx, func(tx *txn) error { return sqlstore.PutJob(ctx, tx, j) })
}

// Job returns one ingest job.
func (s *Store) Job(ctx context.Context, id string) (store.Job, error) { return s.read.Job(ctx, id) }

// Jobs lists the latest ingest jobs, newest first.
func (s *Store) Jobs(ctx context.Context, limit int) ([]store.Job, error) {
	return s.read.Jobs(ctx, limit)
}

// FailOrphanJobs records the jobs of stopped servers that were left queued
// or running as failed.
func (s *Store) FailOrphanJobs(ctx context.Context, gone func(server string) bool, reason string, at time.Time) ([]store.Job, error) {
	var failed []store.Job
	err := s.withTx(ctx, func(tx *txn) error {
		var err error
		failed, err = sqlstore.FailOrphanJobs(ctx, tx, gone, reason, at)
		return err
	})
	return failed, err
}
