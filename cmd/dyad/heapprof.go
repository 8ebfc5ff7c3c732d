package main

import (
	"context"
	"os"
	"runtime/metrics"
	"runtime/pprof"
	"time"
)

// heapProfileEnv names a file that, when set in the environment, receives
// the heap profile taken at the run's largest live heap (polled every
// 100 ms; rewritten at each new high). A developer's tool for finding
// where a large document's memory goes; not part of the contract.
const heapProfileEnv = "DYAD_HEAPPROFILE"

// cpuProfileEnv names a file that, when set in the environment, receives
// a CPU profile of the whole command (for `go tool pprof`). A developer's
// tool for finding where an ingest's time goes; not part of the contract.
const cpuProfileEnv = "DYAD_CPUPROFILE"

// startCPUProfile starts a CPU profile written to path; the returned
// function stops it and closes the file. A file that cannot be made is
// no profile (the command runs as usual).
func startCPUProfile(path string) func() {
	f, err := os.Create(path)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		_ = f.Close()
	}
}

// watchHeap writes a heap profile to path each time the live heap after a
// collection reaches a new high, until ctx ends; the returned function
// waits for the last write.
func watchHeap(ctx context.Context, path string) func() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var high uint64
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if live := sample[0].Value.Uint64(); live > high+high/50 {
				high = live
				if f, err := os.Create(path); err == nil {
					_ = pprof.Lookup("heap").WriteTo(f, 0)
					_ = f.Close()
				}
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	return func() { <-done }
}
