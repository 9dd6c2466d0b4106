package render

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// escapedByteByByte is writeEscaped's rule, a byte at a time.
func escapedByteByByte(s string) string {
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '(', ')':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestWriteEscaped: a PDF literal string's inside escapes its backslashes,
// parentheses and carriage returns, and nothing else.
func TestWriteEscaped(t *testing.T) {
	for in, want := range map[string]string{
		"":                 "",
		"plain text":       "plain text",
		"(a) and \\b":      `\(a\) and \\b`,
		"end)":             `end\)`,
		"line\rnext\n":     "line\\rnext\n",
		"\x93quoted\x94 §": "\x93quoted\x94 §",
	} {
		var b bytes.Buffer
		writeEscaped(&b, in)
		if b.String() != want {
			t.Errorf("writeEscaped(%q) = %q, want %q", in, b.String(), want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5000; i++ {
		s := make([]byte, rng.IntN(40))
		for j := range s {
			const alphabet = "ab (\\)\r\n\xff"
			s[j] = alphabet[rng.IntN(len(alphabet))]
		}
		var b bytes.Buffer
		writeEscaped(&b, string(s))
		if want := escapedByteByByte(string(s)); b.String() != want {
			t.Fatalf("writeEscaped(%q) = %q, want %q", s, b.String(), want)
		}
	}
}
