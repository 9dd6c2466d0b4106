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

// leaveInterrupts catches nothing: await does not wait, the context is
// never done, and the status is the one given.
func TestLeftInterruptsCatchNothing(t *testing.T) {
	i := leaveInterrupts()
	i.await()
	select {
	case <-i.caught:
		t.Error("the signals are caught")
	default:
	}
	i.stop()
	if i.ctx.Done() != nil || i.status(7) != 7 {
		t.Errorf("after stop: a context that can end (%v), status %d", i.ctx.Err(), i.status(7))
	}
}

// An interrupt stopped before it caught the signals catches none, and its
// await returns.
func TestInterruptStoppedAtOnce(t *testing.T) {
	for range 50 {
		i := onInterrupt(nil)
		i.stop()
		done := make(chan bool)
		go func() { i.await(); done <- true }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("await after stop waits for ever")
		}
	}
}
