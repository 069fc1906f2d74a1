package main

// Python semantics that quotes eval needs to agree with the reference
// scorer score.py: str() of JSON values, float repr, UTF-8 decoding with
// errors='replace' (with internal/overlap), str.split, and json.dumps output.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotekit/quote/internal/overlap"
)

// pyDecode is bytes.decode('utf-8', 'replace').
func pyDecode(p string) string {
	if utf8.ValidString(p) {
		return p
	}
	var sb strings.Builder
	for i := 0; i < len(p); {
		r, n := overlap.DecodeRune(p[i:])
		sb.WriteRune(r)
		i += n
	}
	return sb.String()
}

// pyIsSpace is Python's str.isspace for one character.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1C <= r && r <= 0x1F
}

// pyWordCount is len(s.split()).
func pyWordCount(s string) int {
	return len(strings.FieldsFunc(s, pyIsSpace))
}

// pyStrip is s.strip().
func pyStrip(s string) string {
	return strings.TrimFunc(s, pyIsSpace)
}

// norm is score.py's norm: lower case, runs of anything but [0-9a-z]
// become one space, trimmed.
func norm(s string) string {
	var sb strings.Builder
	sep := false
	put := func(c byte) {
		if sep && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sep = false
		sb.WriteByte(c)
	}
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			put(byte(r))
		case 'A' <= r && r <= 'Z':
			put(byte(r) + 'a' - 'A')
		case r == '\u212A': // KELVIN SIGN lower-cases to k
			put('k')
		case r == '\u0130': // İ lower-cases to i + U+0307
			put('i')
			sep = true
		default:
			sep = true
		}
	}
	return sb.String()
}

// pyFloatRepr is Python's repr of a float.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// pyJSONFloat is a float as Python's json.dumps writes it.
func pyJSONFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case math.IsNaN(f):
		return "NaN"
	}
	return pyFloatRepr(f)
}

// pyRound is Python's round(f, 3).
func pyRound3(f float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 3, 64), 64)
	if err != nil {
		return f
	}
	return r
}

// pyJSONString is a string as Python's json.dumps writes it (ASCII only).
func pyJSONString(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		case '\b':
			sb.WriteString(`\b`)
		case '\f':
			sb.WriteString(`\f`)
		default:
			switch {
			case r >= 0x10000:
				r -= 0x10000
				fmt.Fprintf(&sb, `\u%04x\u%04x`, 0xD800+(r>>10), 0xDC00+(r&0x3FF))
			case r < 0x20 || r >= 0x7F:
				fmt.Fprintf(&sb, `\u%04x`, r)
			default:
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// pyStr is Python's str() of the value json.loads gives for raw, or of
// None if raw is nil.
func pyStr(raw json.RawMessage) (string, error) {
	if raw == nil {
		return "None", nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	return pyValue(dec, true)
}

// pyValue is str() (top) or repr() of the next JSON value of dec.
func pyValue(dec *json.Decoder, top bool) (string, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", err
	}
	switch t := tok.(type) {
	case nil:
		return "None", nil
	case bool:
		if t {
			return "True", nil
		}
		return "False", nil
	case json.Number:
		return pyNumber(string(t)), nil
	case string:
		if top {
			return t, nil
		}
		return pyRepr(t), nil
	case json.Delim:
		if t == '[' {
			var elems []string
			for dec.More() {
				s, err := pyValue(dec, false)
				if err != nil {
					return "", err
				}
				elems = append(elems, s)
			}
			if _, err := dec.Token(); err != nil {
				return "", err
			}
			return "[" + strings.Join(elems, ", ") + "]", nil
		}
		// An object: a later duplicate key keeps the first one's place.
		var keys, vals []string
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return "", err
			}
			k, _ := kt.(string)
			v, err := pyValue(dec, false)
			if err != nil {
				return "", err
			}
			found := false
			for i := range keys {
				if keys[i] == k {
					vals[i], found = v, true
				}
			}
			if !found {
				keys, vals = append(keys, k), append(vals, v)
			}
		}
		if _, err := dec.Token(); err != nil {
			return "", err
		}
		parts := make([]string, len(keys))
		for i := range keys {
			parts[i] = pyRepr(keys[i]) + ": " + vals[i]
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	return "", fmt.Errorf("unexpected JSON token %v", tok)
}

// pyNumber is str() of a JSON number as json.loads reads it: an int
// unless it has a fraction or an exponent.
func pyNumber(lit string) string {
	if strings.ContainsAny(lit, ".eE") {
		f, _ := strconv.ParseFloat(lit, 64) // ±Inf on overflow, as Python
		return pyFloatRepr(f)
	}
	if strings.Trim(lit, "-0") == "" {
		return "0"
	}
	return lit
}

// pyRepr is Python's repr of a str.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < 0x20 || r == 0x7F:
			fmt.Fprintf(&sb, `\x%02x`, r)
		case r < 0x7F || unicode.IsPrint(r):
			sb.WriteRune(r)
		case r <= 0xFF:
			fmt.Fprintf(&sb, `\x%02x`, r)
		case r <= 0xFFFF:
			fmt.Fprintf(&sb, `\u%04x`, r)
		default:
			fmt.Fprintf(&sb, `\U%08x`, r)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

// pyKey is a key that is equal for two JSON values exactly when the values
// json.loads gives for them are equal dict keys in Python (1 == 1.0 ==
// True). Lists and objects cannot be dict keys.
func pyKey(raw json.RawMessage) (string, error) {
	v, err := decodeNumber(raw)
	if err != nil {
		return "", err
	}
	switch t := v.(type) {
	case string:
		return "s" + t, nil
	case nil:
		return "None", nil
	case bool:
		if t {
			return "n1", nil
		}
		return "n0", nil
	case json.Number:
		lit := string(t)
		if !strings.ContainsAny(lit, ".eE") {
			return "n" + pyNumber(lit), nil
		}
		f, _ := strconv.ParseFloat(lit, 64)
		if math.IsInf(f, 0) || f != math.Trunc(f) {
			return "f" + pyFloatRepr(f), nil
		}
		return "n" + new(big.Float).SetFloat64(f+0).Text('f', 0), nil // -0.0 == 0
	}
	return "", fmt.Errorf("id %s cannot be a dictionary key in Python", raw)
}

// decodeNumber decodes a JSON value with numbers as json.Number.
func decodeNumber(raw json.RawMessage) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// pyTruthy is Python's bool() of the value json.loads gives for raw; nil
// (a missing key) is None.
func pyTruthy(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return false
	}
	switch raw[0] {
	case 'n', 'f':
		return false
	case 't':
		return true
	case '"':
		return len(raw) > 2
	case '[', '{':
		inner := bytes.TrimSpace(raw[1 : len(raw)-1])
		return len(inner) > 0
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	return err != nil || f != 0
}

// pyNum reads a JSON number or boolean as Python compares it; ok is false
// for other values.
func pyNum(raw json.RawMessage) (f float64, ok bool) {
	raw = bytes.TrimSpace(raw)
	switch {
	case len(raw) == 0:
		return 0, false
	case string(raw) == "true":
		return 1, true
	case string(raw) == "false":
		return 0, true
	case raw[0] == '-' || '0' <= raw[0] && raw[0] <= '9':
		f, err := strconv.ParseFloat(string(raw), 64)
		return f, err == nil || math.IsInf(f, 0)
	}
	return 0, false
}

// pyInt is Python's int() of the value of raw: a number (truncated), a
// boolean or a string of an integer. Values beyond int64 saturate, which
// keeps them out of range of any text.
func pyInt(raw json.RawMessage) (int64, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return 0, err
		}
		s = strings.ReplaceAll(pyStrip(s), "_", "")
		if s == "" || !strings.ContainsAny(s[len(s)-1:], "0123456789") {
			return 0, fmt.Errorf("invalid literal for int(): %q", s)
		}
		raw = []byte(s)
		for _, c := range raw[1:] {
			if c < '0' || c > '9' {
				return 0, fmt.Errorf("invalid literal for int(): %q", s)
			}
		}
	}
	if len(raw) > 0 && (raw[0] == '-' || raw[0] == '+' || '0' <= raw[0] && raw[0] <= '9') {
		lit := string(raw)
		if !strings.ContainsAny(lit, ".eE") {
			n, err := strconv.ParseInt(lit, 10, 64)
			if err != nil {
				if lit[0] == '-' {
					return math.MinInt64 / 2, nil
				}
				return math.MaxInt64 / 2, nil
			}
			return n, nil
		}
		f, err := strconv.ParseFloat(lit, 64)
		if err != nil && !math.IsInf(f, 0) {
			return 0, err
		}
		switch {
		case f >= math.MaxInt64/2:
			return math.MaxInt64 / 2, nil
		case f <= math.MinInt64/2:
			return math.MinInt64 / 2, nil
		}
		return int64(f), nil // truncates toward zero, as int()
	}
	switch string(raw) {
	case "true":
		return 1, nil
	case "false":
		return 0, nil
	}
	return 0, fmt.Errorf("int() of %s", raw)
}
