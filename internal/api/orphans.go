package api

import (
	"context"
	"os"
	"strconv"
	"strings"
	"time"

	"dyad/internal/store"
)

// orphanReason is the status reason of a job whose server stopped before
// it recorded how the job ended (killed, or the host went down).
const orphanReason = "the server stopped before the job finished (killed?); what was committed is stored, send the body again for the rest"

// failOrphanJobs records as failed the jobs that a stopped server of this
// host left queued or running: their spooled bodies went with it, so they
// would never run. Jobs of other hosts are left alone (their servers may
// run); so are those of a live process of this one.
func (s *Server) failOrphanJobs(js store.JobStore, self string) {
	host, _, _ := strings.Cut(self, "/")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	failed, err := js.FailOrphanJobs(ctx, func(server string) bool { return serverGone(server, host) }, orphanReason, time.Now())
	if err != nil {
		s.opts.Log.Error("record the jobs of a stopped server", "err", err)
		return
	}
	for _, j := range failed {
		s.opts.Log.Warn("ingest job of a stopped server recorded as failed", "job", j.ID, "server", j.Server)
	}
}

// serverGone reports whether server ("host/pid", see startQueue) is a
// process of host that no longer runs; this process counts as gone too,
// since it has no job yet (an earlier server had its pid).
func serverGone(server, host string) bool {
	h, p, ok := strings.Cut(server, "/")
	if !ok || h != host {
		return false
	}
	pid, err := strconv.Atoi(p)
	if err != nil || pid <= 0 {
		return false
	}
	return pid == os.Getpid() || !processRuns(pid)
}
