package cases

import (
	"fmt"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// resolve lays the filing's top mapping over the shared case file it
// names (in turn laid over the one that one names), then takes in the
// sides' positions files and the people directory's entries. It returns
// the merged top mapping, or nil when a file could not be read.
func (g *gatherer) resolve(path string, top *yaml.Node) *yaml.Node {
	g.peopleKey(path, top)
	merged := g.layCase(path, top)
	if merged == nil {
		return nil
	}
	_, _, merged = without(merged, "people")
	return g.takePeople(g.takePositions(merged))
}

// layCase lays top, the top mapping of the file at path, over the shared
// case file its case: key names, if any, and returns the result without
// the key.
func (g *gatherer) layCase(path string, top *yaml.Node) *yaml.Node {
	d := g.in.dec
	// A paper: file is read where it is named, so that a filing's paper
	// changes merge with a shared case file's paper file by key.
	top = g.takePaper(top)
	key, val, rest := without(top, "case")
	if key == nil {
		return rest
	}
	clean := filepath.Clean(path)
	g.chain = append(g.chain, clean)
	defer func() { g.chain = g.chain[:len(g.chain)-1] }()
	if len(g.chain) > maxChain {
		d.errorf(val, "case", "shared case files name one another more than %d deep", maxChain)
		return nil
	}
	target, ok := d.includePath(val, "case")
	if !ok {
		return nil
	}
	if p := g.target(path, target); indexOf(g.chain, p) >= 0 {
		d.errorf(val, "case", "%s includes itself: %s", clip(target), strings.Join(append(g.chain[indexOf(g.chain, p):], p), " → "))
		return nil
	}
	incPath, base := g.include(path, val, "case")
	if base == nil {
		return nil
	}
	if _, peopleVal, _ := without(base, "people"); peopleVal != nil && g.peopleAt == nil {
		g.peopleAt, g.peopleFrom = peopleVal, incPath
	}
	base = g.layCase(incPath, base)
	if base == nil {
		return nil
	}
	return merge(base, rest)
}

// target is the clean path a file's key names.
func (g *gatherer) target(from, name string) string {
	if !filepath.IsAbs(name) {
		name = filepath.Join(filepath.Dir(from), name)
	}
	return filepath.Clean(name)
}

// merge lays over on base: mappings merge by key, over's value winning;
// "KEY+" in over adds its list to base's KEY; anything else of over
// replaces base's. A key given twice in one mapping stays twice, for the
// decoder to report. Neither is changed: the result shares their nodes.
func merge(base, over *yaml.Node) *yaml.Node {
	base, over = deref(base), deref(over)
	if base.Kind != yaml.MappingNode || over.Kind != yaml.MappingNode {
		return over
	}
	out := &yaml.Node{Kind: yaml.MappingNode, Tag: over.Tag, Style: over.Style, Line: over.Line, Column: over.Column}
	at := map[string]int{} // index of each key's value in out.Content
	add := func(k, v *yaml.Node) {
		if _, twice := at[k.Value]; !twice {
			at[k.Value] = len(out.Content) + 1
		}
		out.Content = append(out.Content, k, v)
	}
	for i := 0; i+1 < len(base.Content); i += 2 {
		add(base.Content[i], base.Content[i+1])
	}
	seen := map[string]bool{} // over's keys, without "+"
	for i := 0; i+1 < len(over.Content); i += 2 {
		k, v := over.Content[i], over.Content[i+1]
		name, appends := strings.CutSuffix(k.Value, "+")
		j, inBase := at[name]
		if seen[name] { // given twice: both stay, and the decoder says so
			out.Content = append(out.Content, k, v)
			continue
		}
		seen[name] = true
		switch {
		case appends && inBase && deref(out.Content[j]).Kind == yaml.SequenceNode && deref(v).Kind == yaml.SequenceNode:
			list := *deref(out.Content[j])
			list.Content = append(append([]*yaml.Node(nil), list.Content...), deref(v).Content...)
			out.Content[j] = &list
		case appends && !inBase:
			key := *k
			key.Value = name
			add(&key, v)
		case inBase && !appends:
			out.Content[j-1], out.Content[j] = k, merge(out.Content[j], v)
		default:
			add(k, v) // "KEY+" over what is not a list: the decoder names the key
		}
	}
	return out
}

// deref follows an alias.
func deref(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// without returns a mapping's key and value named name, and the mapping
// without them; a copy when the key is there.
func without(m *yaml.Node, name string) (key, val, rest *yaml.Node) {
	m = deref(m)
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil, m
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode && k.Value == name {
			cp := *m
			cp.Content = append(append([]*yaml.Node(nil), m.Content[:i]...), m.Content[i+2:]...)
			return k, m.Content[i+1], &cp
		}
	}
	return nil, nil, m
}

// hasKey reports whether a mapping has a key of that name.
func hasKey(m *yaml.Node, name string) bool {
	k, _, _ := without(m, name)
	return k != nil
}

// lookup returns the value of a mapping's key, or nil.
func lookup(m *yaml.Node, name string) *yaml.Node {
	_, v, _ := without(m, name)
	return deref(v)
}

// dropDuplicates reports each key a mapping of the tree at n gives twice
// ("counsel+" and "counsel" count as one), and removes the later, so that
// no merge can silently keep one and lose the other. It runs on each
// file's tree as it is parsed.
func (d *decoder) dropDuplicates(n *yaml.Node, field string) {
	switch n.Kind {
	case yaml.MappingNode:
		seen := map[string]bool{}
		kept := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			name := strings.TrimSuffix(k.Value, "+")
			if k.Kind == yaml.ScalarNode && seen[name] {
				d.errorf(k, join(field, name), "duplicate key %q", clip(k.Value))
				continue
			}
			seen[name] = true
			d.dropDuplicates(v, join(field, name))
			kept = append(kept, k, v)
		}
		n.Content = kept
	case yaml.SequenceNode:
		for i, item := range n.Content {
			d.dropDuplicates(item, fmt.Sprintf("%s[%d]", field, i))
		}
	}
}
