package httpd

import (
	"bufio"
	"strconv"
	"strings"
	"time"
)

// ResponseWriter is a handler's answer. What it writes is kept until the
// handler returns and then sent with its length, unless the handler
// flushes: the answer is then streamed, and ends when the connection
// closes.
type ResponseWriter struct {
	conn      Conn
	bw        *bufio.Writer
	head      bool // a HEAD request: the header only
	header    []field
	status    int
	body      []byte
	streaming bool
	err       error // the first write that failed: nothing more is sent
}

type field struct{ name, value string }

// writeTimeout is how long one write to the client may take; a variable
// for the tests.
var writeTimeout = 10 * time.Second

func newResponseWriter(conn Conn, head bool) *ResponseWriter {
	return &ResponseWriter{conn: conn, bw: bufio.NewWriter(timedWriter{conn}), head: head}
}

// timedWriter gives each write to a connection writeTimeout, so that a
// client that stops reading never holds a handler for longer.
type timedWriter struct{ conn Conn }

func (t timedWriter) Write(p []byte) (int, error) {
	t.conn.SetWriteDeadline(time.Now().Add(writeTimeout))
	return t.conn.Write(p)
}

// SetHeader sets a header field of the answer, replacing any value set
// before; a line break in either becomes a space. It does nothing once the
// answer streams.
func (w *ResponseWriter) SetHeader(name, value string) {
	if w.streaming {
		return
	}
	name, value = oneLine(name), oneLine(value)
	for i := range w.header {
		if strings.EqualFold(w.header[i].name, name) {
			w.header[i].value = value
			return
		}
	}
	w.header = append(w.header, field{name, value})
}

// WriteHeader sets the status of the answer, 200 unless set; it does
// nothing once the answer streams.
func (w *ResponseWriter) WriteHeader(status int) {
	if !w.streaming {
		w.status = status
	}
}

// Write adds p to the answer's body.
func (w *ResponseWriter) Write(p []byte) (int, error) {
	if !w.streaming {
		w.body = append(w.body, p...)
		return len(p), nil
	}
	if w.err == nil && !w.head {
		_, w.err = w.bw.Write(p)
	}
	return len(p), w.err
}

// Flush sends the header, if not sent yet, and what is written: from then
// on the answer streams.
func (w *ResponseWriter) Flush() error {
	if !w.streaming {
		w.streaming = true
		w.writeHead(-1)
		w.Write(w.body)
		w.body = nil
	}
	return w.flushConn()
}

// finish sends what the handler left unsent.
func (w *ResponseWriter) finish() error {
	if !w.streaming {
		w.writeHead(len(w.body))
		if !w.head && w.err == nil {
			_, w.err = w.bw.Write(w.body)
		}
	}
	return w.flushConn()
}

// writeHead writes the status line and the header fields, with the
// body's length unless it is streamed (length -1).
func (w *ResponseWriter) writeHead(length int) {
	status := w.status
	if status == 0 {
		status = 200
	}
	b := w.bw
	b.WriteString("HTTP/1.1 " + strconv.Itoa(status) + " " + StatusText(status) + "\r\n")
	for _, f := range w.header {
		b.WriteString(f.name + ": " + f.value + "\r\n")
	}
	b.WriteString("Date: " + time.Now().UTC().Format(dateFormat) + "\r\n")
	if length >= 0 {
		b.WriteString("Content-Length: " + strconv.Itoa(length) + "\r\n")
	}
	b.WriteString("Connection: close\r\n\r\n")
}

// dateFormat is the form of the Date field (RFC 9110 §5.6.7).
const dateFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

func (w *ResponseWriter) flushConn() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.bw.Flush()
	return w.err
}

// Error answers with status and a line of plain text.
func Error(w *ResponseWriter, msg string, status int) {
	w.SetHeader("Content-Type", "text/plain; charset=utf-8")
	w.SetHeader("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write([]byte(msg + "\n"))
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

// StatusText is the reason phrase of the statuses the server sends.
func StatusText(status int) string {
	switch status {
	case 200:
		return "OK"
	case 400:
		return "Bad Request"
	case 403:
		return "Forbidden"
	case 404:
		return "Not Found"
	case 405:
		return "Method Not Allowed"
	case 431:
		return "Request Header Fields Too Large"
	case 500:
		return "Internal Server Error"
	case 503:
		return "Service Unavailable"
	case 505:
		return "HTTP Version Not Supported"
	}
	return "Status " + strconv.Itoa(status)
}
