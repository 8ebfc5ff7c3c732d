#!/usr/bin/env bash
# The whole test suite, as the README gives it: every package with the race
# detector. Tests that need ../shared/data, PostgreSQL ($DYAD_TEST_POSTGRES)
# or Chromium skip with a message when those are absent (and fail under CI).
set -euo pipefail
cd "$(dirname "$0")/.."
go test -race -timeout 60m -count=1 ./... "$@"
