//go:build unix

package pipeline

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

// A lease holder of this machine whose process has ended is dead; this
// process, another machine's or an unreadable name is not.
func TestDeadHolder(t *testing.T) {
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run true:", err)
	}
	host, _ := os.Hostname()
	for _, tc := range []struct {
		holder string
		dead   bool
	}{
		{fmt.Sprintf("%s:%d:ab", host, cmd.Process.Pid), true},
		{fmt.Sprintf("%s:%d:ab", host, os.Getpid()), false},
		{fmt.Sprintf("%s:%d:ab", host, os.Getppid()), false},
		{fmt.Sprintf("other-%s:%d:ab", host, cmd.Process.Pid), false},
		{"nonsense", false},
	} {
		if got := deadHolder(tc.holder); got != tc.dead {
			t.Errorf("deadHolder(%q) = %v, want %v", tc.holder, got, tc.dead)
		}
	}
}
