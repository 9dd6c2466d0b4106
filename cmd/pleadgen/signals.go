package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// interrupt turns the first SIGINT or SIGTERM into the end of a context:
// a batch then starts no more cases and stops waiting for those under way
// after stopGrace. A second signal ends the process at once, as if
// pleadgen had not caught the first: the system's default, which leaves
// no more than a temporary file that the next run removes.
type interrupt struct {
	ctx    context.Context
	cancel context.CancelFunc
	ch     chan os.Signal
	once   sync.Once
	caught chan struct{} // closed once the signals are caught
	system bool          // the signals are left to the system
	mu     sync.Mutex
	sig    os.Signal // the signal received, or nil
}

// onInterrupt catches SIGINT and SIGTERM until stop is called, telling
// w, when it is not nil, that one arrived. The signals are caught by the
// time await returns: the first catching of a signal waits for the
// runtime to start a thread of its own, about a millisecond, which a
// command spends on its own start meanwhile.
func onInterrupt(w io.Writer) *interrupt {
	i := &interrupt{ch: make(chan os.Signal, 1), caught: make(chan struct{})}
	i.ctx, i.cancel = context.WithCancel(context.Background())
	go func() {
		signal.Notify(i.ch, os.Interrupt, syscall.SIGTERM)
		close(i.caught)
		i.wait(w)
	}()
	return i
}

// leaveInterrupts is the interrupt of a command that leaves SIGINT and
// SIGTERM to the system, which ends the process at once: the render of one
// case file, most often done in milliseconds, for which catching them
// would cost more than the render's parse of its case file — the runtime
// starts and locks a thread for it, over a millisecond of CPU — and would
// keep nothing a signal ends: a PDF is put in place whole or not at all,
// and a temporary file left is removed by the next run. Its context is
// never done: what it runs, nothing stops.
func leaveInterrupts() *interrupt {
	return &interrupt{ctx: context.Background(), cancel: func() {}, system: true}
}

// await returns once the signals are caught; for leaveInterrupts', at
// once.
func (i *interrupt) await() {
	if !i.system {
		<-i.caught
	}
}

// wait ends the context at the first signal and lets the next one kill.
func (i *interrupt) wait(w io.Writer) {
	sig, ok := <-i.ch
	if !ok {
		return
	}
	i.mu.Lock()
	i.sig = sig
	i.mu.Unlock()
	signal.Reset(os.Interrupt, syscall.SIGTERM)
	if w != nil {
		fmt.Fprintf(w, "pleadgen: %s: starting no more cases (a second one stops at once)\n", signalName(sig))
	}
	i.cancel()
}

// stop stops catching signals.
func (i *interrupt) stop() {
	i.once.Do(func() {
		if !i.system {
			i.await()
			signal.Stop(i.ch)
			close(i.ch)
		}
		i.cancel()
	})
}

// status is the exit status of a command the signal ended: 128 plus the
// signal's number, as shells report a process a signal killed (130 for
// Ctrl-C, 143 for SIGTERM); or else the status given.
func (i *interrupt) status(otherwise int) int {
	i.mu.Lock()
	defer i.mu.Unlock()
	if s, ok := i.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return otherwise
}

// signalName names a signal as a user knows it.
func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "interrupted"
	case syscall.SIGTERM:
		return "terminated"
	}
	return sig.String()
}
