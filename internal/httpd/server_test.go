package httpd

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// serveTest serves h on a loopback port until the test ends and returns
// the server and its address.
func serveTest(t *testing.T, h Handler) (*Server, string) {
	t.Helper()
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Handler: h}
	done := make(chan error, 1)
	go func() { done <- s.Serve(ln) }()
	t.Cleanup(func() {
		s.Close()
		if err := <-done; !errors.Is(err, ErrServerClosed) {
			t.Errorf("Serve returned %v, want ErrServerClosed", err)
		}
	})
	return s, ln.Addr().String()
}

// echo answers with what it was asked.
func echo(w *ResponseWriter, r *Request) {
	w.SetHeader("Content-Type", "text/plain")
	w.SetHeader("X-Asked", r.Header("x-ask"))
	w.WriteHeader(201)
	io.WriteString(w, r.Method+" "+r.Path+" ? "+r.Query+" @ "+r.Host)
}

// Go's own HTTP client reads the answers: status, fields, a body of the
// length given, none for HEAD.
func TestAnswersAnHTTPClient(t *testing.T) {
	_, addr := serveTest(t, echo)
	req, _ := http.NewRequest("GET", "http://"+addr+"/a/b?c=d", nil)
	req.Header.Set("X-Ask", "it\tall")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := "GET /a/b ? c=d @ " + addr
	if resp.StatusCode != 201 || string(body) != want || resp.ContentLength != int64(len(want)) {
		t.Errorf("got %d %q (length %d), want 201 %q", resp.StatusCode, body, resp.ContentLength, want)
	}
	if resp.Header.Get("X-Asked") != "it\tall" || resp.Header.Get("Content-Type") != "text/plain" || !resp.Close {
		t.Errorf("header %v, close %v", resp.Header, resp.Close)
	}
	if _, err := time.Parse(dateFormat, resp.Header.Get("Date")); err != nil {
		t.Errorf("Date: %v", err)
	}
	resp, err = http.Head("http://" + addr + "/x")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 201 || len(body) != 0 || resp.ContentLength != int64(len("HEAD /x ?  @ "+addr)) {
		t.Errorf("HEAD: %d %q, length %d", resp.StatusCode, body, resp.ContentLength)
	}
}

// exchange sends raw bytes and returns all the server answers.
func exchange(t *testing.T, addr, raw string) string {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(c, raw); err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(c)
	if err != nil {
		t.Fatalf("%q: %v", raw, err)
	}
	return string(b)
}

// What is not a GET or HEAD request the server may serve is refused with
// the status that says why, and never reaches the handler.
func TestRefusesWhatItDoesNotServe(t *testing.T) {
	_, addr := serveTest(t, func(w *ResponseWriter, r *Request) {
		io.WriteString(w, "served "+r.Method)
	})
	long := "GET / HTTP/1.1\r\nHost: a\r\nX: " + strings.Repeat("x", maxHeaderBytes) + "\r\n\r\n"
	for _, tc := range []struct {
		raw, status string
	}{
		{"GET / HTTP/1.1\r\nHost: a\r\n\r\n", "200 OK"},
		{"HEAD / HTTP/1.1\r\nHost: a\r\n\r\n", "200 OK"},
		{"GET / HTTP/1.0\r\n\r\n", "200 OK"},
		{"\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", "200 OK"},
		{"GET / HTTP/1.1\nHost: a\n\n", "200 OK"},
		{"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", "200 OK"},
		{"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc", "405 Method Not Allowed"},
		{"get / HTTP/1.1\r\nHost: a\r\n\r\n", "405 Method Not Allowed"},
		{"GET / HTTP/2.0\r\nHost: a\r\n\r\n", "505 HTTP Version Not Supported"},
		{"GET / HTTP/1.1\r\n\r\n", "400 Bad Request"},
		{"GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n", "400 Bad Request"},
		{"GET  / HTTP/1.1\r\nHost: a\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1 \r\nHost: a\r\n\r\n", "400 Bad Request"},
		{"GET /\x01 HTTP/1.1\r\nHost: a\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nX: a\x00b\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nNo colon\r\n\r\n", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello", "400 Bad Request"},
		{"GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "400 Bad Request"},
		{"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", "400 Bad Request"},
		{long, "431 Request Header Fields Too Large"},
	} {
		got := exchange(t, addr, tc.raw)
		if !strings.HasPrefix(got, "HTTP/1.1 "+tc.status+"\r\n") {
			t.Errorf("%.60q: got %.80q, want %s", tc.raw, got, tc.status)
			continue
		}
		served := strings.Contains(got, "served ")
		if !strings.Contains(tc.raw, "HEAD") && served != strings.HasPrefix(tc.status, "200") {
			t.Errorf("%.60q: the handler ran: %v", tc.raw, served)
		}
		if strings.HasPrefix(tc.status, "405") && !strings.Contains(got, "\r\nAllow: GET, HEAD\r\n") {
			t.Errorf("%.60q: no Allow field: %q", tc.raw, got)
		}
		if strings.HasPrefix(tc.raw, "HEAD") && strings.HasSuffix(got, "served HEAD") {
			t.Errorf("HEAD got a body: %q", got)
		}
	}
}

// A client that does not finish its header in time is hung up on,
// unanswered.
func TestHangsUpOnASlowClient(t *testing.T) {
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Handler: echo, ReadHeaderTimeout: 50 * time.Millisecond}
	go s.Serve(ln)
	defer s.Close()
	start := time.Now()
	got := exchange(t, ln.Addr().String(), "GET / HTTP/1.1\r\nHost: a\r\n")
	if got != "" || time.Since(start) > 3*time.Second {
		t.Errorf("got %q after %v, want nothing soon after 50ms", got, time.Since(start))
	}
}

// A streamed answer reaches the client as it is flushed, and the handler
// learns when the client hangs up.
func TestStreamsUntilTheClientHangsUp(t *testing.T) {
	next, gone := make(chan bool), make(chan bool)
	_, addr := serveTest(t, func(w *ResponseWriter, r *Request) {
		w.SetHeader("Content-Type", "text/event-stream")
		io.WriteString(w, "data: one\n\n")
		w.Flush()
		<-next
		io.WriteString(w, "data: two\n\n")
		w.Flush()
		select {
		case <-r.Context().Done():
			gone <- true
		case <-time.After(5 * time.Second):
			gone <- false
		}
	})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(c, "GET /events HTTP/1.1\r\nHost: a\r\n\r\n")
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.ContentLength != -1 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Errorf("a stream with length %d, header %v", resp.ContentLength, resp.Header)
	}
	line := func() string {
		s, err := br.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		br.ReadString('\n')
		return s
	}
	if s := line(); s != "data: one\n" {
		t.Errorf("first event %q", s)
	}
	next <- true
	if s := line(); s != "data: two\n" {
		t.Errorf("second event %q", s)
	}
	c.Close()
	if !<-gone {
		t.Error("the handler did not learn that the client hung up")
	}
}

// Close ends Serve, the streams under way and their handlers' contexts.
func TestCloseEndsTheStreams(t *testing.T) {
	ended := make(chan bool, 1)
	started := make(chan bool)
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Handler: func(w *ResponseWriter, r *Request) {
		w.Flush()
		started <- true
		<-r.Context().Done()
		ended <- true
	}}
	served := make(chan error, 1)
	go func() { served <- s.Serve(ln) }()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: a\r\n\r\n")
	<-started
	s.Close()
	if !<-ended {
		t.Fatal("the handler is still running")
	}
	if err := <-served; !errors.Is(err, ErrServerClosed) {
		t.Errorf("Serve returned %v", err)
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.ReadAll(c); err != nil {
		t.Errorf("the stream did not end: %v", err)
	}
	if err := s.Serve(ln); !errors.Is(err, ErrServerClosed) {
		t.Errorf("Serve after Close returned %v", err)
	}
}

// No more than maxConns connections are open at once: one more is closed
// unread.
func TestBoundsTheConnections(t *testing.T) {
	s, addr := serveTest(t, echo)
	var open []net.Conn
	defer func() {
		for _, c := range open {
			c.Close()
		}
	}()
	for range maxConns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		open = append(open, c)
	}
	// The server has accepted them all once the last one is answered.
	c := open[len(open)-1]
	io.WriteString(c, "GET / HTTP/1.0\r\n\r\n")
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if b, _ := io.ReadAll(c); !strings.HasPrefix(string(b), "HTTP/1.1 201") {
		t.Fatalf("the last allowed connection got %q", b)
	}
	open = open[:len(open)-1]
	c.Close()
	// The client reads the answer's end before the server forgets the
	// connection: the next one is refused until it has.
	waitFor(t, "the answered connection to be forgotten", func() bool { return s.served() < maxConns })
	if got := exchange(t, addr, "GET / HTTP/1.0\r\n\r\n"); !strings.HasPrefix(got, "HTTP/1.1 201") {
		t.Errorf("a connection once one closed got %q", got)
	}
	waitFor(t, "the exchange's connection to be forgotten", func() bool { return s.served() < maxConns })
	extra, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer extra.Close()
	// open holds maxConns-1 and extra fills the last place: a further one
	// is answered 503 and closed at once, unread, where one accepted waits
	// seconds for its request.
	waitFor(t, "the extra connection to be served", func() bool { return s.served() == maxConns })
	beyond, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer beyond.Close()
	beyond.SetReadDeadline(time.Now().Add(time.Second))
	got, err := io.ReadAll(beyond)
	if !strings.HasPrefix(string(got), "HTTP/1.1 503 Service Unavailable\r\n") || err != nil {
		t.Errorf("a connection beyond the limit got %q, %v", got, err)
	}
}

// A client that stops reading holds its handler no longer than the write
// timeout, however big the answer.
func TestDropsAClientThatDoesNotRead(t *testing.T) {
	defer func(d time.Duration) { writeTimeout = d }(writeTimeout)
	writeTimeout = 100 * time.Millisecond
	done := make(chan error, 1)
	_, addr := serveTest(t, func(w *ResponseWriter, r *Request) {
		w.Write(make([]byte, 64<<20))
		done <- w.finish()
	})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET / HTTP/1.0\r\n\r\n")
	select {
	case err := <-done:
		if err == nil {
			t.Error("64 MB reached a client that reads nothing")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the handler is still writing to a client that reads nothing")
	}
}

// A handler that panics is answered 500; the server goes on serving.
func TestSurvivesAPanickingHandler(t *testing.T) {
	var logged []string
	var mu sync.Mutex
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Handler: func(w *ResponseWriter, r *Request) {
		if r.Path == "/boom" {
			io.WriteString(w, "half an answer")
			panic("boom")
		}
		io.WriteString(w, "fine")
	}, Logf: func(format string, args ...any) {
		mu.Lock()
		logged = append(logged, fmt.Sprintf(format, args...))
		mu.Unlock()
	}}
	go s.Serve(ln)
	defer s.Close()
	addr := ln.Addr().String()
	if got := exchange(t, addr, "GET /boom HTTP/1.0\r\n\r\n"); !strings.HasPrefix(got, "HTTP/1.1 500 ") || strings.Contains(got, "half an answer") {
		t.Errorf("a panic answered %q", got)
	}
	if got := exchange(t, addr, "GET / HTTP/1.0\r\n\r\n"); !strings.HasSuffix(got, "\r\n\r\nfine") {
		t.Errorf("after a panic: %q", got)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(logged) != 1 || !strings.Contains(logged[0], "panic serving GET /boom: boom") {
		t.Errorf("logged %q", logged)
	}
}

// A line break in a header field set by a handler cannot start a field of
// its own.
func TestHeaderFieldsStayOneLine(t *testing.T) {
	_, addr := serveTest(t, func(w *ResponseWriter, r *Request) {
		w.SetHeader("X-A", "one\r\nSet-Cookie: evil=1")
		w.SetHeader("X-B\n", "two")
		w.SetHeader("x-a", "again\rone")
	})
	got := exchange(t, addr, "GET / HTTP/1.0\r\n\r\n")
	if strings.Contains(got, "\nSet-Cookie") || !strings.Contains(got, "\r\nX-A: again one\r\n") || !strings.Contains(got, "\r\nX-B : two\r\n") {
		t.Errorf("got %q", got)
	}
}

// A handler's context is done once its request is answered, not before.
func TestContextLastsTheRequest(t *testing.T) {
	ctxs := make(chan context.Context, 1)
	_, addr := serveTest(t, func(w *ResponseWriter, r *Request) {
		ctxs <- r.Context()
		if r.Context().Err() != nil {
			io.WriteString(w, "done early")
		}
	})
	if got := exchange(t, addr, "GET / HTTP/1.0\r\n\r\n"); strings.Contains(got, "done early") {
		t.Error(got)
	}
	select {
	case <-(<-ctxs).Done():
	case <-time.After(5 * time.Second):
		t.Error("the context outlived its request")
	}
}

// served is how many connections the server holds open.
func (s *Server) served() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// waitFor waits up to five seconds for cond, which names what it waits for.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("waited five seconds for %s", what)
		}
	}
}
