package cases

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// peopleKey notes the people: key of the filing's own file, which wins
// over one of a shared case file.
func (g *gatherer) peopleKey(path string, top *yaml.Node) {
	if _, v, _ := without(top, "people"); v != nil {
		g.peopleAt, g.peopleFrom = v, path
	}
}

// takePositions takes each side's texts from the files filing.positions
// names, into filing.topics, and drops the key.
func (g *gatherer) takePositions(root *yaml.Node) *yaml.Node {
	filing := lookup(root, "filing")
	key, files, filingRest := without(filing, "positions")
	if key == nil {
		return root
	}
	d := g.in.dec
	files = deref(files)
	if files.Kind != yaml.MappingNode {
		d.errorf(files, "filing.positions", "expected a mapping of sides to the files of their texts, got %s", describe(files))
		return root
	}
	topics := lookup(filingRest, "topics")
	if topics == nil {
		topics = g.place(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}, key)
	}
	for i := 0; i+1 < len(files.Content); i += 2 {
		side, val := files.Content[i], files.Content[i+1]
		path, texts := g.include(g.fileOf(val), val, "filing.positions."+side.Value)
		switch {
		case texts == nil:
		case texts.Kind != yaml.MappingNode:
			d.errorf(texts, "", "a positions file is a mapping of topic keys to texts, got %s", describe(texts))
		default:
			topics = g.addTexts(topics, side, path, texts)
		}
	}
	withTopics, _, _ := without(filingRest, "topics")
	_, _, rest := without(filingRest, "topics")
	filingRest = g.place(merge(rest, mapOf(filingRest, "topics", topics, withTopics)), filing)
	_, _, rootRest := without(root, "filing")
	return g.place(merge(rootRest, mapOf(root, "filing", filingRest)), root)
}

// addTexts adds a side's texts, by topic key, to topics under the side's
// key, refusing a text the topic has for that side already.
func (g *gatherer) addTexts(topics, side *yaml.Node, path string, texts *yaml.Node) *yaml.Node {
	d := g.in.dec
	field := "filing.positions." + side.Value
	for i := 0; i+1 < len(texts.Content); i += 2 {
		k, text := texts.Content[i], deref(texts.Content[i+1])
		if text.Kind != yaml.ScalarNode {
			d.errorf(text, field, "a positions file holds one text for each topic key, got %s under %q", describe(text), clip(k.Value))
			continue
		}
		sideKey := *side
		d.files[&sideKey] = d.files[side]
		topic := deref(lookup(topics, k.Value))
		switch {
		case topic == nil:
			entry := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: k.Line, Column: k.Column, Content: []*yaml.Node{&sideKey, text}}
			d.files[entry] = path
			topics = g.place(merge(topics, mapOf(topics, k.Value, entry, k)), topics)
		case topic.Kind == yaml.ScalarNode:
			joint := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: string(Joint), Line: topic.Line, Column: topic.Column}
			d.files[joint] = d.files[topic]
			entry := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: topic.Line, Column: topic.Column, Content: []*yaml.Node{joint, topic, &sideKey, text}}
			d.files[entry] = d.files[topic]
			topics = g.place(merge(topics, mapOf(topics, k.Value, entry, nil)), topics)
		case topic.Kind == yaml.MappingNode:
			if _, other, _ := without(topic, side.Value); other != nil {
				d.errorf(text, "filing.topics."+k.Value+"."+side.Value, "the text is given twice: here and at %s",
					d.nodePos(other).String(g.in.Path))
				continue
			}
			entry := *topic
			entry.Content = append(slices.Clip(topic.Content), &sideKey, text)
			d.files[&entry] = d.files[topic]
			topics = g.place(merge(topics, mapOf(topics, k.Value, &entry, nil)), topics)
		default:
			d.errorf(text, field, "filing.topics.%s is %s; its texts cannot be added to", clip(k.Value), describe(topic))
		}
	}
	return topics
}

// place gives a node made by merging the place, and the file, of the node
// it stands for.
func (g *gatherer) place(made, of *yaml.Node) *yaml.Node {
	made.Line, made.Column = of.Line, of.Column
	if f, ok := g.in.dec.files[of]; ok {
		g.in.dec.files[made] = f
	}
	return made
}

// mapOf makes a mapping of one key, named name, to val: a copy of the
// key node of m named so, of key when given, or a new key at val.
func mapOf(m *yaml.Node, name string, val *yaml.Node, key ...*yaml.Node) *yaml.Node {
	var k *yaml.Node
	if len(key) > 0 && key[0] != nil {
		k = key[0]
	} else if old, _, _ := without(m, name); old != nil {
		k = old
	} else {
		k = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name, Line: val.Line, Column: val.Column}
	}
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: k.Line, Column: k.Column, Content: []*yaml.Node{k, val}}
}

// fileOf is the file that holds node n: the filing's path for its own.
func (g *gatherer) fileOf(n *yaml.Node) string {
	if f := g.in.dec.files[n]; f != "" {
		return f
	}
	return g.in.Path
}

// takePeople replaces each counsel entry given as "ref: ID" by the people
// directory's entry of that ID, with the entry's other keys laid over it.
func (g *gatherer) takePeople(root *yaml.Node) *yaml.Node {
	key, list, rest := without(root, "counsel")
	list = deref(list)
	if key == nil || list.Kind != yaml.SequenceNode {
		return root
	}
	d := g.in.dec
	out := *list
	out.Content = slices.Clone(list.Content)
	changed := false
	for i, item := range out.Content {
		refKey, ref, own := without(item, "ref")
		if refKey == nil {
			continue
		}
		out.Content[i], changed = g.follow(ref, own), true
		d.files[out.Content[i]] = d.files[item]
	}
	if !changed {
		return root
	}
	return merge(rest, mapOf(root, "counsel", &out))
}

// follow returns the people directory's entry that ref names, with own,
// the entry's other keys, laid over it; or own, marked unresolved, with
// the reason reported at ref.
func (g *gatherer) follow(ref, own *yaml.Node) *yaml.Node {
	d := g.in.dec
	if d.unresolved == nil {
		d.unresolved = map[*yaml.Node]bool{}
	}
	d.unresolved[own] = true
	ref = deref(ref)
	if ref.Kind != yaml.ScalarNode || ref.Value == "" || isNull(ref) {
		d.errorf(ref, "", "ref is the ID of an entry of the people directory, got %s", describe(ref))
		return own
	}
	dir := g.people(ref)
	if dir == nil {
		return own
	}
	entry := deref(lookup(dir, ref.Value))
	if entry == nil {
		d.errorf(ref, "", "no one in the people directory %s has the ID %q%s", g.peopleFile, clip(ref.Value), suggest(ref.Value, "ID", keysOf(dir)))
		return own
	}
	delete(d.unresolved, own)
	return merge(g.identity(entry), own)
}

// identityKeys are what a people directory's entry may say: who the
// person is. What they do in a case (for, files, signs …) the case says.
var identityKeys = []string{"name", "bar", "firm", "title", "under", "address", "phone", "fax", "email"}

// isCounselKey reports whether name is a key of a counsel entry.
func isCounselKey(name string) bool {
	for _, f := range fieldsOf(reflect.TypeOf(Counsel{})) {
		if f.name == name {
			return true
		}
	}
	return false
}

// identity returns an entry without the keys of a counsel entry that say
// what the person does in a case, reporting each at its place in the
// directory; an unknown key stays, for the decoder to name.
func (g *gatherer) identity(entry *yaml.Node) *yaml.Node {
	if entry.Kind != yaml.MappingNode {
		return entry // the decoder says what it should be
	}
	d := g.in.dec
	out := *entry
	out.Content = nil
	for i := 0; i+1 < len(entry.Content); i += 2 {
		k := entry.Content[i]
		if !slices.Contains(identityKeys, k.Value) && isCounselKey(k.Value) {
			if !g.refused[k] {
				g.refused[k] = true
				d.errorf(k, "", "a people directory says who a person is (%s); %q belongs in the case file, under the person's ref",
					strings.Join(identityKeys, ", "), clip(k.Value))
			}
			continue
		}
		out.Content = append(out.Content, k, entry.Content[i+1])
	}
	return &out
}

// keysOf lists a mapping's keys.
func keysOf(m *yaml.Node) []string {
	var out []string
	for i := 0; i+1 < len(m.Content); i += 2 {
		out = append(out, m.Content[i].Value)
	}
	return out
}

// people returns the people directory's top mapping, read once: the file
// people: names, else the command line's, else the nearest people.yaml in
// the filing's folder or a folder above. A ref without a directory is
// reported at ref.
func (g *gatherer) people(ref *yaml.Node) *yaml.Node {
	if g.peopleDone {
		return g.peopleDir
	}
	g.peopleDone = true
	d := g.in.dec
	switch {
	case g.peopleAt != nil:
		g.peopleFile, g.peopleDir = g.include(g.peopleFrom, g.peopleAt, "people")
	case g.opts.People != "":
		at := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: g.opts.People, Line: ref.Line, Column: ref.Column}
		d.files[at] = d.files[ref]
		g.peopleFile, g.peopleDir = g.include(filepath.Join(".", "--people"), at, "--people")
	default:
		path, ok := nearest(filepath.Dir(g.in.Path), PeopleFile, func(p string) { g.in.Sought = append(g.in.Sought, p) })
		if !ok {
			g.peopleDir = nil
			d.errorf(ref, "", "counsel given by ref need a people directory: there is no %s in %s or a folder above it; name one with people: or --people",
				PeopleFile, filepath.Dir(g.in.Path))
			return nil
		}
		at := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: path, Line: ref.Line, Column: ref.Column}
		d.files[at] = d.files[ref]
		g.peopleFile, g.peopleDir = g.include(g.in.Path, at, "the people directory")
	}
	return g.peopleDir
}

// nearest finds name in dir or the nearest folder above it, and returns
// its path relative to dir; each path looked at goes to sought.
func nearest(dir, name string, sought func(string)) (string, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	var looked []string
	for up := abs; ; {
		path := filepath.Join(up, name)
		looked = append(looked, path)
		if st, err := os.Stat(path); err == nil && !st.IsDir() {
			for _, l := range looked { // the nearer places a new one would take
				sought(l)
			}
			rel, err := filepath.Rel(abs, path)
			if err != nil {
				return path, true
			}
			return rel, true
		}
		parent := filepath.Dir(up)
		if parent == up {
			sought(looked[0]) // none anywhere: watch for one beside the filing
			return "", false
		}
		up = parent
	}
}

// takePaper replaces a paper: key that names a file by the file's mapping.
func (g *gatherer) takePaper(root *yaml.Node) *yaml.Node {
	key, val, rest := without(root, "paper")
	if key == nil || deref(val).Kind != yaml.ScalarNode || isNull(deref(val)) {
		return root
	}
	_, paper := g.include(g.fileOf(val), val, "paper")
	if paper == nil {
		return rest // the include's error says why; the key is not read again
	}
	return g.place(merge(rest, mapOf(root, "paper", paper, key)), root)
}
