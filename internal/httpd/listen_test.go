package httpd

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseListenAddr(t *testing.T) {
	for _, tc := range []struct {
		in       string
		want     string
		wildcard bool
	}{
		{"127.0.0.1:0", "127.0.0.1:0", false},
		{"localhost:8080", "127.0.0.1:8080", false},
		{"[::1]:65535", "[::1]:65535", false},
		{":80", "[::]:80", true},
		{"0.0.0.0:1", "0.0.0.0:1", false},
		{"[::ffff:127.0.0.1]:9", "127.0.0.1:9", false},
		{"10.1.2.3:00443", "10.1.2.3:443", false},
	} {
		ap, wildcard, err := parseListenAddr(tc.in)
		if err != nil || ap.String() != tc.want || wildcard != tc.wildcard {
			t.Errorf("parseListenAddr(%q) = %v, %v, %v; want %s, %v", tc.in, ap, wildcard, err, tc.want, tc.wildcard)
		}
	}
	for _, in := range []string{
		"", "127.0.0.1", "127.0.0.1:", "127.0.0.1:65536", "127.0.0.1:-1", "127.0.0.1:+80", "127.0.0.1:http",
		"example.com:80", "::1:80", "[127.0.0.1]:80", "[::1:80", "[fe80::1%eth0]:80", "1.2.3:80", " 127.0.0.1:80",
	} {
		if ap, _, err := parseListenAddr(in); err == nil {
			t.Errorf("parseListenAddr(%q) = %v, want an error", in, ap)
		} else if !strings.Contains(err.Error(), "listen on") {
			t.Errorf("parseListenAddr(%q): %v does not name what it was asked", in, err)
		}
	}
}

// connected listens on addr and returns the listener, a client's
// connection to it and the connection accepted, all closed when the test
// ends.
func connected(t *testing.T, addr string) (Listener, net.Conn, Conn) {
	t.Helper()
	ln, err := Listen(addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	c, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return ln, client, c
}

// A listener on port 0 reports the port it took; a connection to it is
// accepted, carries bytes both ways, and ends in EOF when the other end
// closes its sending half.
func TestListenAcceptsAndCarries(t *testing.T) {
	ln, client, c := connected(t, "localhost:0")
	if a := ln.Addr(); a.Addr() != netip.MustParseAddr("127.0.0.1") || a.Port() == 0 {
		t.Fatalf("Addr() = %v, want 127.0.0.1 and the port taken", a)
	}
	io.WriteString(client, "ping")
	got := make([]byte, 4)
	if _, err := io.ReadFull(c, got); err != nil || string(got) != "ping" {
		t.Fatalf("read %q, %v", got, err)
	}
	io.WriteString(c, "pong")
	if err := c.CloseWrite(); err != nil {
		t.Fatal(err)
	}
	client.SetReadDeadline(time.Now().Add(5 * time.Second))
	all, err := io.ReadAll(client)
	if err != nil || string(all) != "pong" {
		t.Fatalf("the client read %q, %v; want pong, then EOF", all, err)
	}
	io.WriteString(client, "still heard")
	client.(*net.TCPConn).CloseWrite()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if rest, err := io.ReadAll(c); err != nil || string(rest) != "still heard" {
		t.Errorf("after CloseWrite the server read %q, %v", rest, err)
	}
}

// A read past its deadline fails as a timeout.
func TestListenDeadline(t *testing.T) {
	_, _, c := connected(t, "127.0.0.1:0")
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	read := make(chan error, 1)
	go func() {
		_, err := c.Read(make([]byte, 1))
		read <- err
	}()
	select {
	case err := <-read:
		if !errors.Is(err, os.ErrDeadlineExceeded) {
			t.Errorf("a read past its deadline: %v, want a timeout", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a read outlived its deadline: the socket blocks")
	}
}

// Accept waits for a connection, takes it when it comes, and ends with
// os.ErrClosed when the listener closes under it.
func TestAcceptWaitsUntilClose(t *testing.T) {
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	type accepted struct {
		c   Conn
		err error
	}
	accept := func() chan accepted {
		ch := make(chan accepted, 1)
		go func() {
			c, err := ln.Accept()
			ch <- accepted{c, err}
		}()
		return ch
	}
	first := accept()
	select {
	case a := <-first:
		t.Fatalf("Accept returned %v, %v before any client came", a.c, a.err)
	case <-time.After(50 * time.Millisecond):
	}
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	select {
	case a := <-first:
		if a.err != nil {
			t.Fatalf("Accept: %v", a.err)
		}
		a.c.Close()
	case <-time.After(5 * time.Second):
		t.Fatal("Accept did not take the client's connection")
	}
	second := accept()
	time.Sleep(20 * time.Millisecond)
	ln.Close()
	select {
	case a := <-second:
		if !errors.Is(a.err, os.ErrClosed) {
			t.Errorf("Accept after Close: %v, %v; want os.ErrClosed", a.c, a.err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not wake Accept")
	}
}

// Every address of the machine takes loopback connections, over IPv4 too;
// a port taken already is refused with the address in the error.
func TestListenEverywhereAndTaken(t *testing.T) {
	ln, err := Listen(":0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if !ln.Addr().Addr().IsUnspecified() {
		t.Errorf("Addr() = %v, want an unspecified address", ln.Addr())
	}
	port := ln.Addr().Port()
	client, err := net.Dial("tcp", netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), port).String())
	if err != nil {
		t.Fatal(err)
	}
	client.Close()
	c, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	busy, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	if again, err := Listen(busy.Addr().String()); err == nil {
		again.Close()
		t.Errorf("a second listener on %v", busy.Addr())
	} else if !strings.Contains(err.Error(), busy.Addr().String()) {
		t.Errorf("the error %q does not name the address", err)
	}
}
