package templates

import (
	"bytes"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"hash/adler32"
	"math/big"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"text/template"
)

// encodingFuncs encode and decode text: base64 and base32, checksums,
// JSON, URLs, and the checking of a PEM certificate and key.
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

		"urlParse":        urlParse,
		"urlJoin":         urlJoin,
		"buildCustomCert": buildCustomCert,
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

// certificate is a PEM certificate and its private key.
type certificate struct {
	Cert string
	Key  string
}

// buildCustomCert checks a base64 PEM certificate and private key and
// returns them decoded.
func buildCustomCert(b64cert, b64key string) (certificate, error) {
	cert, err := base64.StdEncoding.DecodeString(b64cert)
	if err != nil {
		return certificate{}, errors.New("unable to decode base64 certificate")
	}
	key, err := base64.StdEncoding.DecodeString(b64key)
	if err != nil {
		return certificate{}, errors.New("unable to decode base64 private key")
	}
	block, _ := pem.Decode(cert)
	if block == nil {
		return certificate{}, errors.New("unable to decode certificate")
	}
	if _, err := x509.ParseCertificate(block.Bytes); err != nil {
		return certificate{}, fmt.Errorf("error parsing certificate: decodedCert.Bytes: %w", err)
	}
	if err := checkPrivateKey(key); err != nil {
		return certificate{}, fmt.Errorf("error parsing private key: %w", err)
	}
	return certificate{Cert: string(cert), Key: string(key)}, nil
}

// checkPrivateKey checks that a PEM block holds a private key: PKCS #8,
// or RSA, EC or DSA.
func checkPrivateKey(key []byte) error {
	block, _ := pem.Decode(key)
	if block == nil {
		return errors.New("no PEM data in input")
	}
	var err error
	switch block.Type {
	case "PRIVATE KEY":
		_, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "RSA PRIVATE KEY":
		_, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		_, err = x509.ParseECPrivateKey(block.Bytes)
	case "DSA PRIVATE KEY":
		var dsa struct {
			Version       int
			P, Q, G, Y, X *big.Int
		}
		_, err = asn1.Unmarshal(block.Bytes, &dsa)
	default:
		if !strings.HasSuffix(block.Type, " PRIVATE KEY") {
			return fmt.Errorf("no private key data in PEM block of type %s", block.Type)
		}
		return fmt.Errorf("invalid private key type %s", block.Type)
	}
	if err != nil {
		return fmt.Errorf("parsing %s: %w", block.Type, err)
	}
	return nil
}
