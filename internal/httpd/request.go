package httpd

import (
	"bufio"
	"context"
	"errors"
	"strings"
)

// Request is a GET or HEAD request, read whole: its line and its header.
type Request struct {
	Method string // GET or HEAD
	Path   string // the target up to its query, as sent: "/state"
	Query  string // what follows "?", if anything
	Host   string // the Host header
	proto  string // HTTP/1.0 or HTTP/1.1
	header map[string]string
	ctx    context.Context
}

// Header returns the value of the header field name (any case), the
// values of a repeated field joined by ", ", or "".
func (r *Request) Header(name string) string { return r.header[strings.ToLower(name)] }

// Context is done when the client goes away or the server closes.
func (r *Request) Context() context.Context { return r.ctx }

// refusal is a request the server answers with an error status, without
// calling the handler.
type refusal struct {
	status int
	msg    string
}

func (e *refusal) Error() string { return e.msg }

func refuse(status int, msg string) error { return &refusal{status, msg} }

// errTooLong is a line or header longer than the server reads.
var errTooLong = errors.New("too long")

// maxEmptyLines is how many empty lines may come before a request line
// (RFC 9112 §2.2 asks a server to skip at least one).
const maxEmptyLines = 4

// readRequest reads a request's line and header fields from br, reading
// no more than limit bytes in all. A request the server will not serve is
// a *refusal; a read that fails (the client gone, the time up) is that
// error.
func readRequest(br *bufio.Reader, limit int) (*Request, error) {
	lr := &lineReader{br: br, left: limit}
	line, err := lr.line()
	for n := 0; err == nil && line == "" && n < maxEmptyLines; n++ {
		line, err = lr.line()
	}
	if err != nil {
		return nil, lr.failure(err)
	}
	r, err := parseRequestLine(line)
	if err != nil {
		return nil, err
	}
	if r.header, err = readHeader(lr); err != nil {
		return nil, err
	}
	return r, checkHeader(r)
}

// parseRequestLine reads "METHOD TARGET HTTP/1.x".
func parseRequestLine(line string) (*Request, error) {
	method, rest, ok1 := strings.Cut(line, " ")
	target, version, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || !isToken(method) || target == "" || strings.ContainsAny(target, " \t") || hasControl(target) {
		return nil, refuse(400, "malformed request line")
	}
	switch {
	case version == "HTTP/1.1" || version == "HTTP/1.0":
	case isVersion(version):
		return nil, refuse(505, "only HTTP/1.0 and HTTP/1.1 are served")
	default:
		return nil, refuse(400, "malformed request line")
	}
	if !strings.HasPrefix(target, "/") {
		return nil, refuse(400, "the target must be a path")
	}
	path, query, _ := strings.Cut(target, "?")
	return &Request{Method: method, Path: path, Query: query, proto: version}, nil
}

// readHeader reads header fields up to the empty line that ends them.
func readHeader(lr *lineReader) (map[string]string, error) {
	h := map[string]string{}
	for {
		line, err := lr.line()
		if err != nil {
			return nil, lr.failure(err)
		}
		if line == "" {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			return nil, refuse(400, "folded header lines are not accepted")
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || !isToken(name) || hasControl(value) {
			return nil, refuse(400, "malformed header field")
		}
		name, value = strings.ToLower(name), strings.Trim(value, " \t")
		if old, seen := h[name]; seen {
			if name == "host" {
				return nil, refuse(400, "more than one Host")
			}
			value = old + ", " + value
		}
		h[name] = value
	}
}

// checkHeader refuses what the server does not serve: a method other than
// GET or HEAD, a body, an HTTP/1.1 request without a Host.
func checkHeader(r *Request) error {
	host, hasHost := r.header["host"]
	r.Host = host
	switch {
	case r.proto == "HTTP/1.1" && !hasHost:
		return refuse(400, "missing Host")
	case r.Method != "GET" && r.Method != "HEAD":
		return refuse(405, "only GET and HEAD are served")
	case r.header["transfer-encoding"] != "" || (r.header["content-length"] != "" && r.header["content-length"] != "0"):
		return refuse(400, "a request body is not accepted")
	}
	return nil
}

// lineReader reads lines ended by LF (a CR before it is dropped) within a
// limit of bytes.
type lineReader struct {
	br   *bufio.Reader
	left int
}

func (lr *lineReader) line() (string, error) {
	var b []byte
	for {
		chunk, err := lr.br.ReadSlice('\n')
		if len(b)+len(chunk) > lr.left {
			return "", errTooLong
		}
		b = append(b, chunk...)
		if err == nil {
			break
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return "", err
		}
	}
	lr.left -= len(b)
	b = b[:len(b)-1]
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return string(b), nil
}

// failure is what a failed read means: a header too long is refused, any
// other failure ends the connection unanswered.
func (lr *lineReader) failure(err error) error {
	if errors.Is(err, errTooLong) {
		return refuse(431, "request header too large")
	}
	return err
}

// isToken reports whether s is an RFC 9110 token: a method or a field
// name.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || !tokenChar[c] {
			return false
		}
	}
	return true
}

var tokenChar = func() (t [128]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] = true
	}
	return t
}()

// hasControl reports whether s holds a control character other than a tab.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < ' ' && c != '\t') || c == 0x7f {
			return true
		}
	}
	return false
}

// isVersion reports whether s has the form of an HTTP version, "HTTP/d.d".
func isVersion(s string) bool {
	return len(s) == 8 && strings.HasPrefix(s, "HTTP/") && isDigit(s[5]) && s[6] == '.' && isDigit(s[7])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
