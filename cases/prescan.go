package cases

import "bytes"

// prescan counts, in one pass over the bytes and before the YAML parser
// builds anything, the fewest nodes the file can hold: an item of a flow
// collection for each comma and opening bracket, one for each "- " item
// of a block sequence, two for each "key:" of a block mapping. Block
// scalars, comments and quoted text are passed over. The parser builds
// every node in memory before the decoder's own limit can count them, so
// a file with more than maxNodes is refused here, where it costs nothing;
// no file the decoder would accept is.
//
// It returns the offset of the first item past the limit, or −1.
func prescan(data []byte, limit int) int {
	s := scanner{limit: limit}
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		if at := s.line(data[off:off+end], off); at >= 0 {
			return at
		}
		off += end + 1
	}
	return -1
}

// scanner is prescan's state between lines.
type scanner struct {
	limit, count int
	depth        int  // open flow collections
	quote        byte // the quote a scalar is open in, or 0
	inBlock      bool // in the text of a block scalar
	block        int  // the indent of the line that opened it
}

// line scans one line that starts at offset off.
func (s *scanner) line(l []byte, off int) int {
	indent := len(l) - len(bytes.TrimLeft(l, " "))
	body := bytes.TrimRight(l[indent:], " \t\r")
	if s.inBlock {
		if len(body) == 0 || indent > s.block {
			return -1 // the block scalar's text
		}
		s.inBlock = false
	}
	if s.depth == 0 && s.quote == 0 {
		if len(body) == 0 || body[0] == '#' {
			return -1
		}
		if at := s.blockItems(body, off+indent); at >= 0 {
			return at
		}
		if opensBlockScalar(body) {
			s.inBlock, s.block = true, indent
			return -1
		}
	}
	return s.flow(l, off)
}

// blockItems counts the "- " items and the "key:" of a line outside any
// flow collection.
func (s *scanner) blockItems(body []byte, off int) int {
	for bytes.HasPrefix(body, []byte("- ")) || bytes.Equal(body, []byte("-")) {
		if s.add(1) {
			return off
		}
		body = bytes.TrimLeft(bytes.TrimPrefix(body, []byte("-")), " ")
	}
	if len(body) == 0 {
		return -1
	}
	if body[0] != '"' && body[0] != '\'' && (bytes.Contains(body, []byte(": ")) || bytes.HasSuffix(body, []byte(":"))) {
		if s.add(2) {
			return off
		}
	}
	return -1
}

// flow counts the items of flow collections on a line: each opening
// bracket and each comma outside quotes; a comment ends the line.
func (s *scanner) flow(l []byte, off int) int {
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case s.quote != 0:
			if c == '\\' && s.quote == '"' {
				i++
			} else if c == s.quote {
				s.quote = 0
			}
		case c == '"' || c == '\'':
			if s.depth > 0 || i == 0 || l[i-1] == ' ' {
				s.quote = c
			}
		case c == '#' && (i == 0 || l[i-1] == ' '):
			return -1
		case c == '[' || c == '{':
			s.depth++
			if s.add(1) {
				return off + i
			}
		case (c == ']' || c == '}') && s.depth > 0:
			s.depth--
		case c == ',' && s.depth > 0:
			if s.add(1) {
				return off + i
			}
		}
	}
	return -1
}

// add counts n nodes and reports whether the count passed the limit.
func (s *scanner) add(n int) bool {
	s.count += n
	return s.count > s.limit
}

// opensBlockScalar reports whether a line ends with a block scalar's
// indicator: "key: |", "- >-", "key: |2+".
func opensBlockScalar(body []byte) bool {
	i := bytes.LastIndexAny(body, "|>")
	if i < 0 || (i > 0 && body[i-1] != ' ') {
		return false
	}
	for _, c := range body[i+1:] {
		if !(c == '-' || c == '+' || c >= '1' && c <= '9') {
			return false
		}
	}
	return true
}
