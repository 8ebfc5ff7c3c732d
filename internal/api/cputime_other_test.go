//go:build !unix

package api_test

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
