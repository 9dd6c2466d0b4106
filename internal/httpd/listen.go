package httpd

import (
	"fmt"
	"io"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Conn is a connection a request comes in on and its answer goes out on.
type Conn interface {
	io.ReadWriteCloser
	SetReadDeadline(t time.Time) error
	SetWriteDeadline(t time.Time) error
	// CloseWrite closes the sending half: the client reads the end of
	// the answer while what it still sends may be read.
	CloseWrite() error
}

// Listener accepts a server's connections.
type Listener interface {
	Accept() (Conn, error)
	Close() error
	// Addr is the address connections come to: its port is the one
	// chosen when Listen was asked for port 0.
	Addr() netip.AddrPort
}

// Listen listens for TCP connections on addr, HOST:PORT: HOST is an IP
// address, localhost (127.0.0.1) or empty (every address of the machine);
// PORT is a number, 0 for any free port. Host names are not looked up:
// the program links no resolver (see listen_linux.go).
func Listen(addr string) (Listener, error) {
	ap, wildcard, err := parseListenAddr(addr)
	if err != nil {
		return nil, err
	}
	return listen(ap, wildcard)
}

// CheckAddr returns what Listen would find wrong with addr before it
// listens, or nil: a command refuses a bad address as it reads its flags.
func CheckAddr(addr string) error {
	_, _, err := parseListenAddr(addr)
	return err
}

// parseListenAddr reads HOST:PORT; wildcard reports an empty HOST, for which ap
// holds the IPv6 unspecified address.
func parseListenAddr(addr string) (ap netip.AddrPort, wildcard bool, err error) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return ap, false, fmt.Errorf("listen on %q: want HOST:PORT", addr)
	}
	host, portText := addr[:i], addr[i+1:]
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return ap, false, fmt.Errorf("listen on %q: the port is a number from 0 to 65535", addr)
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
		if !strings.Contains(host, ":") {
			return ap, false, fmt.Errorf("listen on %q: brackets hold an IPv6 address", addr)
		}
	} else if strings.Contains(host, ":") {
		return ap, false, fmt.Errorf("listen on %q: an IPv6 address is written in brackets, [::1]:PORT", addr)
	}
	var ip netip.Addr
	switch host {
	case "":
		ip, wildcard = netip.IPv6Unspecified(), true
	case "localhost":
		ip = netip.AddrFrom4([4]byte{127, 0, 0, 1})
	default:
		ip, err = netip.ParseAddr(host)
		if err != nil || ip.Zone() != "" {
			return ap, false, fmt.Errorf("listen on %q: HOST is an IP address, localhost or nothing (every address); host names are not looked up", addr)
		}
	}
	return netip.AddrPortFrom(ip.Unmap(), uint16(port)), wildcard, nil
}
