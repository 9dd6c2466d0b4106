package templates

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/adler32"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"text/template"
)

// encodingFuncs encode and decode text: base64 and base32, checksums,
// JSON and URLs.
func encodingFuncs() template.FuncMap {
	return template.FuncMap{
		"b64enc": func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) },
		"b64dec": func(s string) string { return decoded(base64.StdEncoding.DecodeString(s)) },
		"b32enc": func(s string) string { return base32.StdEncoding.EncodeToString([]byte(s)) },
		"b32dec": func(s string) string { return decoded(base32.StdEncoding.DecodeString(s)) },

		"sha1sum":    func(s string) string { sum := sha1.Sum([]byte(s)); return hex.EncodeToString(sum[:]) },
		"sha256sum":  func(s string) string { sum := sha256.Sum256([]byte(s)); return hex.EncodeToString(sum[:]) },
		"sha512sum":  func(s string) string { sum := sha512.Sum512([]byte(s)); return hex.EncodeToString(sum[:]) },
		"adler32sum": func(s string) string { return strconv.FormatUint(uint64(adler32.Checksum([]byte(s))), 10) },

		"fromJson":     func(s string) any { v, _ := fromJSON(s); return v },
		"mustFromJson": fromJSON,

		"urlParse": urlParse,
		"urlJoin":  urlJoin,
	}
}

// jsonFuncs encode a value as JSON: compact, indented by two spaces, or
// raw, with "<", ">" and "&" left as they are. Those without "must" give
// "" for a value JSON cannot encode, but toRawJson an error. bounded.go
// bounds their arguments.
func jsonFuncs() map[string]any {
	ignore := func(encode func(any) (string, error)) func(any) string {
		return func(v any) string { s, _ := encode(v); return s }
	}
	return map[string]any{
		"toJson":           ignore(toJSON),
		"mustToJson":       toJSON,
		"toPrettyJson":     ignore(toPrettyJSON),
		"mustToPrettyJson": toPrettyJSON,
		"toRawJson":        toRawJSON,
		"mustToRawJson":    toRawJSON,
	}
}

// decoded is the text decoded, or the error's message.
func decoded(b []byte, err error) string {
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func fromJSON(s string) (any, error) {
	var v any
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func toJSON(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func toPrettyJSON(v any) (string, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func toRawJSON(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// urlParse splits a URL into a dict of its parts: scheme, host, hostname,
// path, query, opaque, fragment and userinfo.
func urlParse(s string) (map[string]any, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("unable to parse url: %w", err)
	}
	userinfo := ""
	if u.User != nil {
		userinfo = u.User.String()
	}
	return map[string]any{
		"scheme":   u.Scheme,
		"host":     u.Host,
		"hostname": u.Hostname(),
		"path":     u.Path,
		"query":    u.RawQuery,
		"opaque":   u.Opaque,
		"fragment": u.Fragment,
		"userinfo": userinfo,
	}, nil
}

// urlJoin makes a URL of a dict of parts as urlParse makes. Each part it
// has must be a string.
func urlJoin(d map[string]any) (string, error) {
	var parts [7]string
	for i, key := range []string{"scheme", "host", "path", "query", "opaque", "fragment", "userinfo"} {
		v, ok := d[key]
		if !ok {
			continue
		}
		s := reflect.ValueOf(v)
		if s.Kind() != reflect.String {
			return "", fmt.Errorf("urlJoin: the %s must be a string, not %s", key, kindName(s))
		}
		parts[i] = s.String()
	}
	u := url.URL{Scheme: parts[0], Host: parts[1], Path: parts[2], RawQuery: parts[3], Opaque: parts[4], Fragment: parts[5]}
	if userinfo := parts[6]; userinfo != "" {
		withUser, err := url.Parse("proto://" + userinfo + "@host")
		if err != nil {
			return "", fmt.Errorf("urlJoin: unable to parse the userinfo: %w", err)
		}
		u.User = withUser.User
	}
	return u.String(), nil
}
