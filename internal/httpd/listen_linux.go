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
	if err != nil && wildcard && noIPv6(err) {
		ap = netip.AddrPortFrom(netip.IPv4Unspecified(), ap.Port())
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
	addr := addrPortOf(sa)
	f := os.NewFile(uintptr(fd), "listener "+addr.String())
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	return &sockListener{f: f, rc: rc, addr: addr}, nil
}

// noIPv6 reports whether a socket failed for want of IPv6 on the machine.
func noIPv6(err error) bool {
	return errors.Is(err, syscall.EAFNOSUPPORT) || errors.Is(err, syscall.EPROTONOSUPPORT)
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
		// Where the system refuses, the socket takes IPv6 alone.
		syscall.SetsockoptInt(fd, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, 0)
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
		return nil, os.ErrClosed // the only way the wait fails
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
	rc.Control(func(fd uintptr) { tune(int(fd)) })
	return &sockConn{File: f, rc: rc}, nil
}

// tune sets an accepted socket as package net does: small writes go out
// at once (a server-sent event is one), and a client that vanishes from
// the network without a word is found out within a minute, not the
// quarter of an hour it takes TCP to give up on it.
func tune(fd int) {
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, 1)
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_KEEPIDLE, keepAlive)
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_KEEPINTVL, keepAlive)
}

// keepAlive is the seconds of silence before a probe, and between probes.
const keepAlive = 15

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
