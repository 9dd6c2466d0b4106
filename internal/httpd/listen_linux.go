package httpd

import (
	"errors"
	"net/netip"
	"os"
	"syscall"
)

// On Linux the server's sockets are made with the system calls
// themselves, not package net. Package net brings a resolver that, built
// where a C compiler is installed, links the C library: the program would
// then start through the dynamic loader, which costs every run, a render
// of one filing too, more than a millisecond, and would tie the binary to
// the C library of the machine it was built on. A listener needs little of
// net: a socket, bind, listen and accept; the sockets are non-blocking
// files, which the runtime's poller waits on as it does for net.

func listen(ap netip.AddrPort, wildcard bool) (Listener, error) {
	fd, err := listenSocket(ap)
	if err != nil && wildcard && errors.Is(err, syscall.EAFNOSUPPORT) {
		ap = netip.AddrPortFrom(netip.IPv4Unspecified(), ap.Port()) // no IPv6 here
		fd, err = listenSocket(ap)
	}
	if err != nil {
		return nil, os.NewSyscallError("listen on "+ap.String(), err)
	}
	sa, err := syscall.Getsockname(fd)
	if err != nil {
		syscall.Close(fd)
		return nil, os.NewSyscallError("getsockname", err)
	}
	f := os.NewFile(uintptr(fd), "listener "+ap.String())
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &sockListener{f: f, rc: rc, addr: addrPortOf(sa)}, nil
}

// listenSocket makes a non-blocking socket listening on ap. The IPv6
// unspecified address takes IPv4 connections too.
func listenSocket(ap netip.AddrPort) (int, error) {
	family := syscall.AF_INET
	if ap.Addr().Is6() {
		family = syscall.AF_INET6
	}
	fd, err := syscall.Socket(family, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return -1, err
	}
	if err := bindAndListen(fd, ap); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	return fd, nil
}

func bindAndListen(fd int, ap netip.AddrPort) error {
	if err := syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1); err != nil {
		return err
	}
	if ap.Addr().Is6() && ap.Addr().IsUnspecified() {
		if err := syscall.SetsockoptInt(fd, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, 0); err != nil {
			return err
		}
	}
	if err := syscall.Bind(fd, sockaddrOf(ap)); err != nil {
		return err
	}
	return syscall.Listen(fd, maxConns)
}

func sockaddrOf(ap netip.AddrPort) syscall.Sockaddr {
	if ap.Addr().Is6() {
		return &syscall.SockaddrInet6{Port: int(ap.Port()), Addr: ap.Addr().As16()}
	}
	return &syscall.SockaddrInet4{Port: int(ap.Port()), Addr: ap.Addr().As4()}
}

func addrPortOf(sa syscall.Sockaddr) netip.AddrPort {
	switch sa := sa.(type) {
	case *syscall.SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port))
	case *syscall.SockaddrInet6:
		return netip.AddrPortFrom(netip.AddrFrom16(sa.Addr), uint16(sa.Port))
	}
	return netip.AddrPort{}
}

// sockListener is a listening socket.
type sockListener struct {
	f    *os.File
	rc   syscall.RawConn
	addr netip.AddrPort
}

// Accept waits, in the runtime's poller, for a connection and takes it.
// A connection the client gave up before it was taken is passed over.
func (l *sockListener) Accept() (Conn, error) {
	var fd int
	var aerr error
	err := l.rc.Read(func(lfd uintptr) bool {
		for {
			fd, _, aerr = syscall.Accept4(int(lfd), syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
			if aerr != syscall.EINTR && aerr != syscall.ECONNABORTED {
				return aerr != syscall.EAGAIN
			}
		}
	})
	if err != nil {
		return nil, err // closed
	}
	if aerr != nil {
		return nil, os.NewSyscallError("accept", aerr)
	}
	f := os.NewFile(uintptr(fd), "connection")
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &sockConn{File: f, rc: rc}, nil
}

func (l *sockListener) Close() error         { return l.f.Close() }
func (l *sockListener) Addr() netip.AddrPort { return l.addr }

// sockConn is a connected socket: reads and writes wait in the poller and
// keep to their deadlines as a file's do.
type sockConn struct {
	*os.File
	rc syscall.RawConn
}

func (c *sockConn) CloseWrite() error {
	var err error
	if cerr := c.rc.Control(func(fd uintptr) { err = syscall.Shutdown(int(fd), syscall.SHUT_WR) }); cerr != nil {
		return cerr
	}
	return err
}
