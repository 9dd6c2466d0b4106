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

// The signals of onInterruptAfter are caught once its delay is over, not
// before; stopped before then, it never catches them.
func TestInterruptCaughtAfterTheDelay(t *testing.T) {
	early := onInterruptAfter(nil, 20*time.Millisecond)
	early.stop()
	time.Sleep(100 * time.Millisecond)
	early.mu.Lock()
	catching := early.catching
	early.mu.Unlock()
	select {
	case <-early.caught:
		catching = true
	default:
	}
	if catching {
		t.Error("an interrupt stopped before its delay catches the signals")
	}

	i := onInterruptAfter(nil, 20*time.Millisecond)
	defer i.stop()
	start := time.Now()
	i.await() // does not wait
	select {
	case <-i.caught:
		t.Fatal("the signals are caught before the delay")
	default:
	}
	select {
	case <-i.caught:
	case <-time.After(10 * time.Second):
		t.Fatal("the signals are not caught after the delay")
	}
	if took := time.Since(start); took < 20*time.Millisecond {
		t.Errorf("caught after %v, before the delay", took)
	}
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
