package court

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// decodeStrict decodes a YAML document into v, refusing any key that v's
// type does not have, at the key's line and column, and any key given
// twice.
func decodeStrict(file string, data []byte, v any) error {
	_, err := decodeStrictNode(file, data, v)
	return err
}

// decodeStrictNode is decodeStrict that also returns the document's node.
func decodeStrictNode(file string, data []byte, v any) (*yaml.Node, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, placeYAMLError(file, data, nil, err)
	}
	if err := decodeRoot(file, &root, v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return nil, placeYAMLError(file, data, &root, te)
		}
		return nil, err
	}
	return &root, nil
}

// decodeRoot decodes a parsed document into v strictly.
func decodeRoot(file string, root *yaml.Node, v any) error {
	if len(root.Content) == 0 {
		return fmt.Errorf("%s: empty file", file)
	}
	if err := checkKeys(root.Content[0], reflect.TypeOf(v).Elem(), ""); err != nil {
		return fmt.Errorf("%s:%w", file, err)
	}
	if err := root.Content[0].Decode(v); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			return te // placed by the caller, which has the document's bytes
		}
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// keyError is an unknown or repeated key at its place.
func keyError(k *yaml.Node, format string, args ...any) error {
	return fmt.Errorf("%d:%d: %s", k.Line, k.Column, fmt.Sprintf(format, args...))
}

// checkKeys walks a node beside the type it decodes into and refuses the
// keys the type does not have.
func checkKeys(n *yaml.Node, t reflect.Type, path string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode {
		return keyError(n, "%s: aliases are not used in court files", path)
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return nil // Decode says what is wrong with the value
		}
		fields := yamlFields(t)
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			f, ok := fields[k.Value]
			switch {
			case seen[k.Value]:
				return keyError(k, "%s: key %q given twice", pathJoin(path, k.Value), k.Value)
			case !ok:
				return keyError(k, "unknown key %q in %s (known: %s)", k.Value, orTop(path), strings.Join(sortedKeys(fields), ", "))
			}
			seen[k.Value] = true
			if err := checkKeys(n.Content[i+1], f.Type, pathJoin(path, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if seen[k.Value] {
				return keyError(k, "%s: key %q given twice", pathJoin(path, k.Value), k.Value)
			}
			seen[k.Value] = true
			if err := checkKeys(n.Content[i+1], t.Elem(), pathJoin(path, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if n.Kind != yaml.SequenceNode {
			return nil
		}
		for i, item := range n.Content {
			if err := checkKeys(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// yamlFields are a struct type's fields by their YAML names.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f
	}
	return out
}

func sortedKeys(m map[string]reflect.StructField) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func pathJoin(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func orTop(path string) string {
	if path == "" {
		return "the court file"
	}
	return path
}
