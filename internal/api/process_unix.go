//go:build unix

package api

import (
	"errors"
	"syscall"
)

// processRuns reports whether a process of this machine runs (signal 0
// only asks; EPERM means it runs as another user).
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
