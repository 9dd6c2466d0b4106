package markup

import (
	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Footnotes are parsed here rather than by goldmark's footnote extension,
// whose cost grows with the square of the number of notes. A definition,
// "[^label]:" at the start of a block, is a container of the note's
// blocks; a reference, "[^label]" in inline text, is a node of its own.
// Both only record what they saw: numbering, duplicates and references to
// undefined labels are settled afterwards, in one pass over the
// document (see notes.go).

// maxLabel is the longest footnote label, in bytes.
const maxLabel = 100

// noteDef is a footnote definition in goldmark's tree.
type noteDef struct {
	ast.BaseBlock
	label  string
	offset int // byte offset of its "[^"
}

// noteRef is a footnote reference in goldmark's tree.
type noteRef struct {
	ast.BaseInline
	label  string
	offset int // byte offset of its "[^"
}

var (
	kindNoteDef = ast.NewNodeKind("FootnoteDefinition")
	kindNoteRef = ast.NewNodeKind("FootnoteReference")
)

func (n *noteDef) Kind() ast.NodeKind { return kindNoteDef }
func (n *noteDef) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"label": n.label}, nil)
}

func (n *noteRef) Kind() ast.NodeKind { return kindNoteRef }
func (n *noteRef) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"label": n.label}, nil)
}

// noteDefsKey holds, in a parse context, a *[]*noteDef: every definition
// in document order. Only a context that holds it parses footnotes, so
// the lines of line blocks, parsed on their own, keep "[^label]" as text.
var noteDefsKey = gparser.NewContextKey()

// noteDefsIn returns the definitions list of a parse context, or nil.
func noteDefsIn(pc gparser.Context) *[]*noteDef {
	defs, _ := pc.Get(noteDefsKey).(*[]*noteDef)
	return defs
}

// noteLabel reads "[^label]" at the start of b and returns the label and
// the bytes it spans, or 0 bytes when b does not start with one. A label
// is 1 to maxLabel bytes of anything but white space and brackets.
func noteLabel[T string | []byte](b T) (string, int) {
	if len(b) < 4 || b[0] != '[' || b[1] != '^' {
		return "", 0
	}
	for i := 2; i < len(b) && i <= maxLabel+2; i++ {
		switch c := b[i]; {
		case c == ']':
			if i == 2 {
				return "", 0
			}
			return string(b[2:i]), i + 1
		case c == '[' || c <= ' ' || c == 0x7f:
			return "", 0
		}
	}
	return "", 0
}

// NoteDefinitionPrefix returns the length of the "[^label]:" that starts
// a footnote's definition at the start of s, with the blanks after it, or
// 0 when s starts no definition.
func NoteDefinitionPrefix(s string) int {
	_, n := noteLabel(s)
	if n == 0 || n >= len(s) || s[n] != ':' {
		return 0
	}
	n++
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// noteDefParser opens a footnote definition at a line starting
// "[^label]:". The text after the colon starts the note; the lines
// indented four columns that follow continue it, blank lines included.
type noteDefParser struct{}

func (noteDefParser) Trigger() []byte { return []byte{'['} }

func (noteDefParser) Open(parent ast.Node, reader text.Reader, pc gparser.Context) (ast.Node, gparser.State) {
	defs := noteDefsIn(pc)
	pos := pc.BlockOffset()
	if defs == nil || pos < 0 {
		return nil, gparser.NoChildren
	}
	line, seg := reader.PeekLine()
	label, n := noteLabel(line[pos:])
	if n == 0 || pos+n >= len(line) || line[pos+n] != ':' {
		return nil, gparser.NoChildren
	}
	def := &noteDef{label: label, offset: seg.Start + pos - seg.Padding}
	*defs = append(*defs, def)
	reader.AdvanceAndSetPadding(pos+n+1-seg.Padding, seg.Padding)
	return def, gparser.HasChildren
}

func (noteDefParser) Continue(node ast.Node, reader text.Reader, pc gparser.Context) gparser.State {
	line, _ := reader.PeekLine()
	if util.IsBlank(line) {
		return gparser.Continue | gparser.HasChildren
	}
	pos, padding := util.IndentPosition(line, reader.LineOffset(), 4)
	if pos < 0 {
		return gparser.Close
	}
	reader.AdvanceAndSetPadding(pos, padding)
	return gparser.Continue | gparser.HasChildren
}

func (noteDefParser) Close(ast.Node, text.Reader, gparser.Context) {}
func (noteDefParser) CanInterruptParagraph() bool                  { return true }
func (noteDefParser) CanAcceptIndentedLine() bool                  { return false }

// noteRefParser reads a footnote reference, "[^label]", in inline text.
// It also takes "![^label]" as a "!" before a reference, which goldmark's
// image syntax would otherwise claim.
type noteRefParser struct{}

func (noteRefParser) Trigger() []byte { return []byte{'[', '!'} }

func (noteRefParser) Parse(parent ast.Node, block text.Reader, pc gparser.Context) ast.Node {
	if noteDefsIn(pc) == nil {
		return nil
	}
	line, seg := block.PeekLine()
	bang := 0
	if len(line) > 0 && line[0] == '!' {
		bang = 1
	}
	label, n := noteLabel(line[bang:])
	if n == 0 {
		return nil
	}
	if bang == 1 {
		parent.AppendChild(parent, ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+1)))
	}
	block.Advance(bang + n)
	return &noteRef{label: label, offset: seg.Start + bang}
}
