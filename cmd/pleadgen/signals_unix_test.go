//go:build unix

package main

import (
	"syscall"
	"testing"
	"time"
)

// Once await returns, a signal is caught: it ends the context instead of
// the process, and the status tells which it was.
func TestInterruptCaughtOnceAwaited(t *testing.T) {
	i := onInterrupt(nil)
	defer i.stop()
	i.await()
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-i.ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the signal did not end the context")
	}
	if got := i.status(0); got != 128+int(syscall.SIGTERM) {
		t.Errorf("status %d", got)
	}
}
