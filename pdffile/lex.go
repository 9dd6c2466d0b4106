package pdffile

// This file splits a page's content stream into tokens for Inspect.

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
)

// token is one lexical item of a content stream.
type token struct {
	kind byte // 'n' number, 's' string, '/' name, '[' or ']', 'o' operator
	num  float64
	b    []byte // a string's bytes, a name or an operator
}

// lexer splits a content stream into tokens.
type lexer struct {
	b []byte
	i int
}

const pdfSpace = " \t\r\n\f\x00"

// next returns the next token; ok is false at the end of the stream.
func (l *lexer) next() (t token, ok bool, err error) {
	for l.i < len(l.b) {
		c := l.b[l.i]
		switch {
		case strings.IndexByte(pdfSpace, c) >= 0:
			l.i++
		case c == '%':
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
		case c == '(':
			s, err := l.literal()
			return token{kind: 's', b: s}, err == nil, err
		case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] != '<':
			s, err := l.hex()
			return token{kind: 's', b: s}, err == nil, err
		case c == '[' || c == ']':
			l.i++
			return token{kind: c}, true, nil
		case c == '/':
			l.i++
			return token{kind: '/', b: l.word()}, true, nil
		default:
			return l.wordToken(), true, nil
		}
	}
	return token{}, false, nil
}

// word reads a run of regular characters, or a dictionary bracket.
func (l *lexer) word() []byte {
	start := l.i
	if l.i+1 < len(l.b) && (l.b[l.i] == '<' || l.b[l.i] == '>') && l.b[l.i+1] == l.b[l.i] {
		l.i += 2
		return l.b[start:l.i]
	}
	for l.i < len(l.b) && isRegular(l.b[l.i]) {
		l.i++
	}
	if l.i == start { // a stray delimiter: skip it
		l.i++
	}
	return l.b[start:l.i]
}

// wordToken reads a number or an operator.
func (l *lexer) wordToken() token {
	w := l.word()
	if len(w) == 0 {
		return token{kind: 'o'}
	}
	if strings.IndexByte("+-.0123456789", w[0]) >= 0 {
		if n, err := strconv.ParseFloat(string(w), 64); err == nil {
			return token{kind: 'n', num: n}
		}
	}
	return token{kind: 'o', b: w}
}

// literal reads a string in parentheses, with its escapes.
func (l *lexer) literal() ([]byte, error) {
	// Most strings hold neither escapes nor parentheses: take them as
	// they are.
	rest := l.b[l.i+1:]
	if j := bytes.IndexAny(rest, "()\\"); j >= 0 && rest[j] == ')' {
		l.i += j + 2
		return rest[:j], nil
	}
	var out []byte
	depth := 0
	for ; l.i < len(l.b); l.i++ {
		c := l.b[l.i]
		switch c {
		case '(':
			depth++
			if depth == 1 {
				continue
			}
		case ')':
			depth--
			if depth == 0 {
				l.i++
				return out, nil
			}
		case '\\':
			var ok bool
			if c, ok = l.escape(); !ok {
				continue
			}
		}
		out = append(out, c)
	}
	return nil, errors.New("unterminated string in page content")
}

// escape reads the escape whose backslash is at l.i, leaving l.i on its
// last byte; ok is false for a line continuation, which stands for nothing.
func (l *lexer) escape() (byte, bool) {
	l.i++
	if l.i >= len(l.b) {
		return 0, false
	}
	switch c := l.b[l.i]; c {
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case '\r':
		if l.i+1 < len(l.b) && l.b[l.i+1] == '\n' {
			l.i++
		}
		return 0, false
	case '\n':
		return 0, false
	default:
		if c < '0' || c > '7' {
			return c, true
		}
		v := 0
		for k := 0; k < 3 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
			v = v*8 + int(l.b[l.i]-'0')
			l.i++
		}
		l.i--
		return byte(v), true
	}
}

// hex reads a string written in hexadecimal between angle brackets.
func (l *lexer) hex() ([]byte, error) {
	end := strings.IndexByte(string(l.b[l.i:]), '>')
	if end < 0 {
		return nil, errors.New("unterminated hex string in page content")
	}
	digits := strings.Map(func(r rune) rune {
		if strings.ContainsRune(pdfSpace, r) {
			return -1
		}
		return r
	}, string(l.b[l.i+1:l.i+end]))
	l.i += end + 1
	if len(digits)%2 == 1 {
		digits += "0"
	}
	out := make([]byte, len(digits)/2)
	for k := range out {
		v, err := strconv.ParseUint(digits[2*k:2*k+2], 16, 8)
		if err != nil {
			return nil, errors.New("bad hex string in page content")
		}
		out[k] = byte(v)
	}
	return out, nil
}
