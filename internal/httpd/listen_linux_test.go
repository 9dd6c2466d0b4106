package httpd

import (
	"syscall"
	"testing"
)

// The sockets are not handed to the programs the preview starts (a
// browser), and an accepted one sends small writes at once and probes a
// silent client, as package net's do.
func TestSocketsAreSetLikeNets(t *testing.T) {
	ln, _, c := connected(t, "127.0.0.1:0")
	control := func(rc syscall.RawConn, f func(fd int)) {
		t.Helper()
		if err := rc.Control(func(fd uintptr) { f(int(fd)) }); err != nil {
			t.Fatal(err)
		}
	}
	closeOnExec := func(name string, fd int) {
		flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
		if errno != 0 || flags&syscall.FD_CLOEXEC == 0 {
			t.Errorf("the %s socket is not closed on exec (flags %#x, %v)", name, flags, errno)
		}
	}
	control(ln.(*sockListener).rc, func(fd int) { closeOnExec("listening", fd) })
	control(c.(*sockConn).rc, func(fd int) {
		closeOnExec("accepted", fd)
		for _, opt := range []struct {
			name       string
			level, opt int
			want       int
		}{
			{"TCP_NODELAY", syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1},
			{"SO_KEEPALIVE", syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, 1},
			{"TCP_KEEPIDLE", syscall.IPPROTO_TCP, syscall.TCP_KEEPIDLE, keepAlive},
			{"TCP_KEEPINTVL", syscall.IPPROTO_TCP, syscall.TCP_KEEPINTVL, keepAlive},
		} {
			if v, err := syscall.GetsockoptInt(fd, opt.level, opt.opt); err != nil || v != opt.want {
				t.Errorf("%s = %d, %v; want %d", opt.name, v, err, opt.want)
			}
		}
	})
}
