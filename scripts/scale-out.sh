#!/usr/bin/env bash
# scale-out.sh: the distributed-mode check on the whole corpora.
#
#   bash scripts/scale-out.sh
#
# Starts (or reuses) a throwaway PostgreSQL on 127.0.0.1 (scripts/pg-test.sh),
# then runs TestWorkersEqualOneProcess and TestConcurrentWritersEqualOneRun on
# all of Reuters (19,043 stories) and BBC (2,225): one `dyad ingest` into
# SQLite as the reference; a real NATS JetStream server (nats-server/v2,
# in the test process, on 127.0.0.1) with 1, 2 and 4 `dyad worker`
# processes on PostgreSQL, the sequencer of the four killed with SIGKILL
# once a third is stored; two writers on one store (same input twice,
# halves). Each compares documents, events (ids, counts, evidence), stories
# and dup_of with the reference and prints docs/s. Takes about an hour on
# two cores. CI runs the same tests on a subset.
set -euo pipefail
cd "$(dirname "$0")/.."
eval "$(scripts/pg-test.sh)"
export DYAD_TEST_FULL=1
go test ./cmd/dyad -run TestWorkersEqualOneProcess -count=1 -v -timeout 3h 2>&1 | grep -E '^(=== RUN|---|    )'
go test ./internal/pipeline -run TestConcurrentWritersEqualOneRun -count=1 -v -timeout 3h 2>&1 | grep -E '^(=== RUN|---|    )'
