package court

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Where is the place of a key of the court's file, "FILE:LINE:COL", by
// its path ("rules[3]", "paper.grid", "outlines.judge-dmr"); the file
// alone when the path leads nowhere.
func (c *Court) Where(path string) string {
	n := c.root
	for _, seg := range splitPath(path) {
		if n = child(n, seg); n == nil {
			return c.File
		}
	}
	if n == nil {
		return c.File
	}
	return fmt.Sprintf("%s:%d:%d", c.File, n.Line, n.Column)
}

// placeError is a validation error placed at the deepest key of the
// court's file that its leading "key: key: " segments name.
func (c *Court) placeError(err error) error {
	msg := err.Error()
	n, path := c.root, ""
	for {
		seg, rest, ok := strings.Cut(msg, ": ")
		if !ok {
			break
		}
		name := strings.TrimSpace(strings.Split(seg, " (")[0])
		var next *yaml.Node
		for _, s := range splitPath(name) {
			if next = child(firstNonNil(next, n), s); next == nil {
				break
			}
		}
		if next == nil {
			break
		}
		n, path, msg = next, path+seg+": ", rest
	}
	if n == nil || n == c.root {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	return fmt.Errorf("%s:%d:%d: %s%s", c.File, n.Line, n.Column, path, msg)
}

func firstNonNil(a, b *yaml.Node) *yaml.Node {
	if a != nil {
		return a
	}
	return b
}

var indexPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.*)\[([0-9]+)\]$`) })

// splitPath splits "rules[3].topics" into "rules", "[3]", "topics".
func splitPath(path string) []string {
	var out []string
	for _, p := range strings.Split(path, ".") {
		var idx []string
		for {
			m := indexPattern().FindStringSubmatch(p)
			if m == nil {
				break
			}
			idx = append([]string{"[" + m[2] + "]"}, idx...)
			p = m[1]
		}
		if p != "" {
			out = append(out, p)
		}
		out = append(out, idx...)
	}
	return out
}

// child is the value of a mapping's key, a sequence's item by [index], or
// the item of a sequence whose name is seg.
func child(n *yaml.Node, seg string) *yaml.Node {
	if n == nil {
		return nil
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == seg {
				return n.Content[i+1]
			}
		}
	case yaml.SequenceNode:
		if strings.HasPrefix(seg, "[") {
			i, err := strconv.Atoi(strings.Trim(seg, "[]"))
			if err == nil && i >= 0 && i < len(n.Content) {
				return n.Content[i]
			}
			return nil
		}
		for _, item := range n.Content {
			if child(item, "name") != nil && child(item, "name").Value == seg {
				return item
			}
		}
	}
	return nil
}
