package cases

import (
	"strings"

	"gopkg.in/yaml.v3"

	"pleadgen/court"
)

// topicBodyKeys are the keys of a topic given as a mapping, besides the
// ids of parties and groups of parties.
var topicBodyKeys = []string{"heading", "after", string(Joint), string(Plaintiffs), string(Defendants), string(ThirdPartyDefendants), string(Intervenors)}

// isGroupKey reports whether a topic key names a party or a group of
// parties; which parties is checked once every party is read.
func isGroupKey(key string) bool { return groupIDs(key) != nil }

// decodeYAML reads the topics mapping: each key is a topic, and each value
// either one joint text or a mapping of a heading and texts by side.
func (t *Topics) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, field, "expected a mapping of topics, got %s", describe(n))
		return
	}
	var topics Topics
	// Which keys are topics is known once the court and the outline are:
	// checkTopics says.
	d.eachKeyOpen(n, field, "topic", nil, court.ValidTopicKey, func(name string, key, val *yaml.Node) {
		path := join(field, name)
		topic := Topic{Key: name, Pos: d.nodePos(key)}
		before := d.errorCount()
		d.decodeTopic(&topic, val, path)
		if len(topic.Positions) == 0 && d.errorCount() == before && !d.stopped {
			d.errorf(key, path, "topic has no text (give joint, a side such as plaintiffs, or a party's id)")
		}
		topics = append(topics, topic)
	})
	*t = topics
}

// decodeTopic reads one topic's value. Null means no text yet.
func (d *decoder) decodeTopic(topic *Topic, val *yaml.Node, field string) {
	d.pos[field] = d.nodePos(val)
	n := d.visit(val, field)
	switch {
	case n == nil || isNull(n):
	case n.Kind == yaml.MappingNode:
		d.decodeTopicBody(topic, n, field)
	default:
		if s, ok := d.text(n, field, "a string or a mapping"); ok {
			topic.add(string(Joint), newlines(s), d.nodePos(val))
			if k := len(topic.Positions) - 1; k >= 0 {
				topic.Positions[k].KeyPos = topic.Pos
			}
		}
	}
}

// decodeTopicBody reads a topic's heading and texts in the file's order.
func (d *decoder) decodeTopicBody(topic *Topic, n *yaml.Node, field string) {
	d.eachKeyOpen(n, field, "key", topicBodyKeys, isGroupKey, func(name string, key, val *yaml.Node) {
		path := join(field, name)
		d.pos[path] = d.nodePos(val)
		v := d.visit(val, path)
		if v == nil {
			return
		}
		s, ok := d.text(v, path, "a string")
		switch {
		case !ok:
		case name == "heading":
			if d.oneLine(v, path, s) {
				topic.Heading = strings.TrimRight(s, lineBreaks)
			}
		case name == "after":
			if d.oneLine(v, path, s) {
				topic.After = strings.TrimSpace(s)
			}
		default:
			topic.add(name, newlines(s), d.nodePos(val))
			if k := len(topic.Positions) - 1; k >= 0 && topic.Positions[k].Key == name {
				topic.Positions[k].KeyPos = d.nodePos(key)
			}
		}
	})
}

// add appends a text under its key unless it is blank.
func (t *Topic) add(key, text string, pos Pos) {
	if strings.TrimSpace(text) == "" {
		return
	}
	p := Position{Key: key, Text: text, Pos: pos}
	if key == string(Joint) || isSide(Side(key)) {
		p.Side = Side(key)
	} else {
		p.IDs = groupIDs(key)
	}
	t.Positions = append(t.Positions, p)
}
