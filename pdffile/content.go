package pdffile

import (
	"math"
	"strings"
	"unicode/utf16"
)

// This file reads a page's content stream for Inspect: it follows the text
// operators (BT, Tf, Td, TD, Tm, T*, TL, Ts, Tj, TJ, ' and ") and the
// graphics state stack (q, Q), and records each string shown with the
// place where it starts. pleadgen begins every string with its own BT …
// Td, so the places are exact; a string shown after another inside one BT
// block, without a move between them, is recorded where the last move left
// the text position, since the width of the first is not measured.

// textState is the part of the graphics state that text depends on.
type textState struct {
	font    *font
	size    float64
	leading float64
	rise    float64
}

// content interprets one page's content stream.
type content struct {
	fonts    map[string]*font
	pg       *PageFacts
	top      float64 // the page's top edge in PDF coordinates
	ts       textState
	saved    []textState
	tm, tlm  [6]float64
	operands []token
}

// readContent adds the texts of a content stream to pg.
func readContent(data []byte, fonts map[string]*font, pg *PageFacts, top float64) error {
	c := &content{fonts: fonts, pg: pg, top: top, tm: identity, tlm: identity}
	l := &lexer{b: data}
	for {
		t, ok, err := l.next()
		if err != nil || !ok {
			return err
		}
		if t.kind != 'o' {
			c.operands = append(c.operands, t)
			continue
		}
		c.do(string(t.b))
		c.operands = c.operands[:0]
	}
}

var identity = [6]float64{1, 0, 0, 1, 0, 0}

// do carries out one operator with the operands collected before it.
func (c *content) do(op string) {
	switch op {
	case "q":
		c.saved = append(c.saved, c.ts)
	case "Q":
		if n := len(c.saved); n > 0 {
			c.ts, c.saved = c.saved[n-1], c.saved[:n-1]
		}
	case "BT":
		c.tm, c.tlm = identity, identity
	case "Tf":
		if nums, ok := c.nums(1); ok && len(c.operands) >= 2 && c.operands[len(c.operands)-2].kind == '/' {
			c.ts.font, c.ts.size = c.fonts[string(c.operands[len(c.operands)-2].b)], nums[0]
		}
	case "TL", "Ts":
		if nums, ok := c.nums(1); ok && op == "TL" {
			c.ts.leading = nums[0]
		} else if ok {
			c.ts.rise = nums[0]
		}
	case "Td", "TD":
		if nums, ok := c.nums(2); ok {
			if op == "TD" {
				c.ts.leading = -nums[1]
			}
			c.move(nums[0], nums[1])
		}
	case "Tm":
		if nums, ok := c.nums(6); ok {
			copy(c.tm[:], nums)
			c.tlm = c.tm
		}
	case "T*":
		c.move(0, -c.ts.leading)
	case "Tj", "TJ", "'", "\"":
		if op == "'" || op == "\"" {
			c.move(0, -c.ts.leading)
		}
		c.show()
	}
}

// nums returns the last n operands, if they are all numbers.
func (c *content) nums(n int) ([]float64, bool) {
	if len(c.operands) < n {
		return nil, false
	}
	out := make([]float64, n)
	for i, t := range c.operands[len(c.operands)-n:] {
		if t.kind != 'n' {
			return nil, false
		}
		out[i] = t.num
	}
	return out, true
}

// move starts a new line offset by (tx, ty) from the start of the last.
func (c *content) move(tx, ty float64) {
	m := c.tlm
	m[4] += tx*m[0] + ty*m[2]
	m[5] += tx*m[1] + ty*m[3]
	c.tlm, c.tm = m, m
}

// show records the strings among the operands as one text.
func (c *content) show() {
	var s []byte
	for _, t := range c.operands {
		if t.kind == 's' {
			s = append(s, t.b...)
		}
	}
	f := c.ts.font
	name := ""
	if f != nil {
		name = f.name
	}
	y := c.tm[5] + c.ts.rise*c.tm[3]
	c.pg.Texts = append(c.pg.Texts, TextFacts{
		S:    decodeText(s, f),
		X:    c.tm[4],
		Y:    c.top - y,
		Size: c.ts.size * math.Hypot(c.tm[2], c.tm[3]),
		Font: name,
	})
}

// decodeText turns a shown string into text: UTF-16 for the Unicode
// (Type0) fonts, whose codes are the characters' own, Windows-1252 for
// the others.
func decodeText(s []byte, f *font) string {
	if f != nil && f.unicode {
		u := make([]uint16, len(s)/2)
		for i := range u {
			u[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
		}
		return string(utf16.Decode(u))
	}
	ascii := true
	for _, ch := range s {
		ascii = ascii && ch < 0x80
	}
	if ascii {
		return string(s)
	}
	var b strings.Builder
	for _, ch := range s {
		b.WriteRune(WinAnsiRune(ch))
	}
	return b.String()
}
