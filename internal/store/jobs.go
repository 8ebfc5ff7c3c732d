package store

import (
	"context"
	"time"
)

// Job is one queued ingest (POST /api/v1/ingest): its state and, once it
// ran, what it stored. Status is "queued", "running", "ok" or
// "failed: reason", like a document's.
type Job struct {
	ID       string    `json:"id"`
	Status   string    `json:"status"`
	Name     string    `json:"name,omitempty"` // what the client sent, e.g. the body's media type
	Bytes    int64     `json:"bytes"`
	Server   string    `json:"server,omitempty"` // the process that took the job
	Created  time.Time `json:"created"`
	Started  time.Time `json:"started,omitzero"`
	Finished time.Time `json:"finished,omitzero"`
	// What the ingest stored (set when the job ran).
	New       int `json:"new"`
	Duplicate int `json:"duplicate"`
	Failed    int `json:"failed"`
	Copies    int `json:"copies"`
	// DocIDs are the ids of the documents the body gave, at most
	// MaxJobDocIDs of them (DocCount counts them all).
	DocIDs   []string `json:"doc_ids,omitempty"`
	DocCount int      `json:"doc_count"`
}

// MaxJobDocIDs is how many document ids a job row keeps.
const MaxJobDocIDs = 1000

// Job states besides "ok" and "failed: reason" (news.Failed).
const (
	JobQueued  = "queued"
	JobRunning = "running"
)

// JobStore keeps ingest jobs. Both backends implement it; the table is
// made on first write.
type JobStore interface {
	// PutJob inserts or replaces a job.
	PutJob(ctx context.Context, j Job) error
	// Job returns one job, or ErrNotFound.
	Job(ctx context.Context, id string) (Job, error)
	// Jobs lists the latest jobs, newest first, at most limit (0: all).
	Jobs(ctx context.Context, limit int) ([]Job, error)
	// FailOrphanJobs records as failed (reason, finished at) each job
	// still queued or running whose server gone reports as stopped, and
	// returns them: a server killed before it recorded how its jobs
	// ended leaves them so.
	FailOrphanJobs(ctx context.Context, gone func(server string) bool, reason string, at time.Time) ([]Job, error)
}
