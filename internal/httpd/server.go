// Package httpd owns the HTTP the browser preview speaks: HTTP/1.1 GET and
// HEAD requests, one a connection, answered whole or streamed (server-sent
// events), and nothing else — no request bodies, no keep-alive, no TLS.
// That is all a browser on the same machine needs, and the program does
// not link net/http for it: net/http and crypto/tls, which it brings, cost
// every run of the program, a render of one filing too, a millisecond of
// start-up. Its sockets are its own too on Linux (listen_linux.go), for
// package net would link the C library.
package httpd

import (
	"bufio"
	"context"
	"errors"
	"io"
	"runtime/debug"
	"sync"
	"time"
)

// Handler answers a request.
type Handler func(w *ResponseWriter, r *Request)

// Server serves a Handler.
type Server struct {
	Handler Handler
	// ReadHeaderTimeout is how long a client has to send its request's
	// header; 5 seconds when zero.
	ReadHeaderTimeout time.Duration
	// Logf, when not nil, hears of a handler's panic.
	Logf func(format string, args ...any)

	mu     sync.Mutex
	ln     Listener
	conns  map[Conn]bool
	closed bool
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Limits of a request and of the connections served at once.
const (
	maxHeaderBytes = 16 << 10
	maxConns       = 128
)

// ErrServerClosed is what Serve returns once Close is called.
var ErrServerClosed = errors.New("httpd: server closed")

// Serve accepts connections on ln and serves each on a goroutine of its
// own until Close; it returns ErrServerClosed then, or the error that
// stopped it accepting.
func (s *Server) Serve(ln Listener) error {
	if !s.start(ln) {
		ln.Close()
		return ErrServerClosed
	}
	backoff := time.Duration(0)
	for {
		c, err := ln.Accept()
		if err != nil {
			if s.isClosed() {
				return ErrServerClosed
			}
			if !isTemporary(err) {
				return err
			}
			backoff = min(max(2*backoff, 5*time.Millisecond), time.Second)
			time.Sleep(backoff)
			continue
		}
		backoff = 0
		if !s.track(c) {
			busy(c)
			continue
		}
		go s.serveConn(c)
	}
}

// start records the listener; it reports false when the server is closed.
func (s *Server) start(ln Listener) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.ln = ln
	if s.ctx == nil {
		s.ctx, s.cancel = context.WithCancel(context.Background())
		s.conns = map[Conn]bool{}
	}
	return true
}

// Close stops the server: the listener and every connection close, the
// requests' contexts are done, and Close returns once every handler has
// returned.
func (s *Server) Close() error {
	s.mu.Lock()
	s.closed = true
	var err error
	if s.ln != nil {
		err = s.ln.Close()
	}
	for c := range s.conns {
		c.Close()
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.mu.Unlock()
	s.wg.Wait()
	return err
}

func (s *Server) isClosed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closed
}

// track records an open connection, which Close then waits for; it
// refuses one when the server is closed or serves as many as it may.
func (s *Server) track(c Conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || len(s.conns) >= maxConns {
		return false
	}
	s.conns[c] = true
	s.wg.Add(1)
	return true
}

// busy answers a connection the server has no room for with 503 and
// closes it. The answer fits a new connection's send buffer: the write
// does not wait.
func busy(c Conn) {
	c.SetWriteDeadline(time.Now().Add(time.Second))
	io.WriteString(c, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	c.Close()
}

func (s *Server) forget(c Conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
}

// serveConn reads one request from c, answers it and closes c.
func (s *Server) serveConn(c Conn) {
	defer s.wg.Done()
	defer s.forget(c)
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(s.headerTimeout()))
	r, err := readRequest(bufio.NewReaderSize(c, 4096), maxHeaderBytes)
	var no *refusal
	if errors.As(err, &no) {
		w := newResponseWriter(c, false)
		Error(w, no.msg, no.status)
		if no.status == 405 {
			w.SetHeader("Allow", "GET, HEAD")
		}
		w.finish()
		linger(c)
		return
	}
	if err != nil {
		return // the client went away, or took too long
	}
	c.SetReadDeadline(time.Time{})
	ctx, cancel := context.WithCancel(s.ctx)
	defer cancel()
	r.ctx = ctx
	go awaitHangUp(c, cancel)
	w := newResponseWriter(c, r.Method == "HEAD")
	if s.handle(w, r) {
		w.finish()
	}
}

// handle runs the handler and reports whether it returned. A handler that
// panics ends its connection, not the program: the panic is logged, and
// answered with 500 when nothing was sent yet.
func (s *Server) handle(w *ResponseWriter, r *Request) (returned bool) {
	defer func() {
		if returned {
			return
		}
		p := recover()
		if s.Logf != nil {
			s.Logf("httpd: panic serving %s %s: %v\n%s", r.Method, r.Path, p, debug.Stack())
		}
		if !w.streaming {
			fresh := newResponseWriter(w.conn, w.head)
			Error(fresh, "internal error", 500)
			fresh.finish()
		}
	}()
	s.Handler(w, r)
	return true
}

// awaitHangUp cancels a request when its client closes the connection or
// sends anything more: a request is the last the connection carries.
func awaitHangUp(c Conn, cancel context.CancelFunc) {
	var b [1]byte
	c.Read(b[:])
	cancel()
}

// linger lets a refused client read its answer: the connection's sending
// half closes, and what the client still sends is read and dropped for a
// moment, so that closing with it unread does not reset the connection
// under the answer.
func linger(c Conn) {
	c.CloseWrite()
	c.SetReadDeadline(time.Now().Add(lingerTime))
	io.CopyN(io.Discard, c, maxLinger)
}

// lingerTime and maxLinger bound what linger reads.
const (
	lingerTime = 500 * time.Millisecond
	maxLinger  = 256 << 10
)

func (s *Server) headerTimeout() time.Duration {
	if s.ReadHeaderTimeout > 0 {
		return s.ReadHeaderTimeout
	}
	return 5 * time.Second
}

// isTemporary reports whether an accept error may pass, as running out
// of file descriptors for a moment does.
func isTemporary(err error) bool {
	var t interface{ Temporary() bool }
	return errors.As(err, &t) && t.Temporary()
}
