//go:build !linux

package httpd

import (
	"errors"
	"net"
	"net/netip"
	"os"
)

// listen listens with package net where the socket calls of
// listen_linux.go are not written.
func listen(ap netip.AddrPort, wildcard bool) (Listener, error) {
	a := net.TCPAddrFromAddrPort(ap)
	if wildcard {
		a = &net.TCPAddr{Port: int(ap.Port())}
	}
	ln, err := net.ListenTCP("tcp", a)
	if err != nil {
		return nil, err
	}
	return netListener{ln}, nil
}

type netListener struct{ ln *net.TCPListener }

func (l netListener) Accept() (Conn, error) {
	c, err := l.ln.AcceptTCP()
	if errors.Is(err, net.ErrClosed) {
		return nil, os.ErrClosed
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

func (l netListener) Close() error { return l.ln.Close() }

func (l netListener) Addr() netip.AddrPort {
	return l.ln.Addr().(*net.TCPAddr).AddrPort()
}
