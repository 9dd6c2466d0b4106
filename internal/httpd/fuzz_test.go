package httpd

import (
	"bufio"
	"errors"
	"strings"
	"testing"
)

// Any bytes at all are read without a panic as a request the handler may
// be given — GET or HEAD, a path of printable characters, the Host an
// HTTP/1.1 request must have — or refused with a status the server names,
// or a read that failed.
func FuzzReadRequest(f *testing.F) {
	for _, seed := range []string{
		"GET / HTTP/1.1\r\nHost: a\r\n\r\n",
		"HEAD /state?x=1 HTTP/1.0\r\n\r\n",
		"GET / HTTP/1.1\nHost: a\nX: b\n\n",
		"POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc",
		"GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
		"\r\n\r\nGET / HTTP/9.9\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := readRequest(bufio.NewReaderSize(strings.NewReader(string(raw)), 64), 512)
		var no *refusal
		switch {
		case errors.As(err, &no):
			if strings.HasPrefix(StatusText(no.status), "Status ") || no.status < 400 {
				t.Errorf("refused with %d %q", no.status, no.msg)
			}
		case err != nil:
			// The input ended before the header did.
		case r.Method != "GET" && r.Method != "HEAD":
			t.Errorf("method %q served", r.Method)
		case !strings.HasPrefix(r.Path, "/") || strings.ContainsAny(r.Path, " ?") || hasControl(r.Path):
			t.Errorf("path %q served", r.Path)
		case r.proto == "HTTP/1.1" && r.Header("host") != r.Host:
			t.Errorf("Host %q, field %q", r.Host, r.Header("host"))
		case !strings.Contains(string(raw), "\n\n") && !strings.Contains(string(raw), "\n\r\n"):
			t.Errorf("a request without the empty line that ends a header: %q", raw)
		}
	})
}
