// Package record reads and writes the JSON lines of the quotes command:
// {"id": ..., "text": ...} in, {"id": ..., "quotes": [...]} out. The
// quotes command and the Beam pipeline in beam/ share it, so that both
// read and write records byte for byte alike.
package record

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file reads the "id" and "text" of a JSONL record. The fast path
// scans the line once, checking that it is valid JSON as it goes, and
// copies only the text; anything unusual (an error, deep nesting) is left
// to the slow path, encoding/json, which also words the error messages.
// Keys are matched exactly; the last of duplicate keys wins.

// Decode reads the id and the text of a JSONL line. If the line
// cannot be used it returns a message saying why, and the id if it could
// be read. A record without an id gets the id null.
func Decode(line []byte) (id []byte, text, msg string) {
	line = bytes.TrimRight(line, "\r\n")
	if id, text, ok := fastDecode(line); ok {
		return id, text, ""
	}
	return slowDecode(line)
}

// slowDecode is Decode with encoding/json.
func slowDecode(line []byte) (id []byte, text, msg string) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, "", "not a JSON object (got " + te.Value + ")"
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, "", fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, err)
		}
		return nil, "", "invalid JSON: " + err.Error()
	}
	if m == nil {
		return nil, "", "not a JSON object (got null)"
	}
	id, ok := m["id"]
	if !ok {
		id = []byte("null")
	}
	t, ok := m["text"]
	switch {
	case !ok:
		return id, "", `no "text" key`
	case t[0] != '"':
		return id, "", `"text" is not a string (got ` + jsonKind(t) + ")"
	}
	var s string
	if err := json.Unmarshal(t, &s); err != nil {
		return id, "", "invalid JSON: " + err.Error() // cannot happen
	}
	return id, s, ""
}

// jsonKind names the type of a JSON value.
func jsonKind(v []byte) string {
	switch v[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// maxDepth is the nesting the fast path handles; encoding/json allows 10000.
const maxDepth = 1000

// fastDecode is Decode for a line that is a valid JSON object with
// a string "text". It returns ok == false for anything else.
//
// The scanners below take the line and the index where they start and
// return the index after what they read, or -1; keeping the index in a
// local variable rather than in a struct that every step updates made
// the scan, most of it over gold annotations the command never uses,
// twice as fast.
func fastDecode(b []byte) (id []byte, text string, ok bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return nil, "", false
	}
	var textLit []byte
	textEsc := false
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		i++
	} else {
		for {
			k0 := i
			var esc bool
			i, esc = scanString(b, i)
			if i < 0 {
				return nil, "", false
			}
			key := b[k0+1 : i-1]
			if esc {
				key = []byte(unescape(key))
			}
			i = skipSpace(b, i)
			if i >= len(b) || b[i] != ':' {
				return nil, "", false
			}
			v0 := skipSpace(b, i+1)
			switch string(key) {
			case "text":
				if v0 >= len(b) || b[v0] != '"' {
					return nil, "", false // the slow path words the error
				}
				i, esc = scanString(b, v0)
				if i < 0 {
					return nil, "", false
				}
				textLit, textEsc = b[v0+1:i-1], esc
			case "id":
				if i = scanValue(b, v0, 0); i < 0 {
					return nil, "", false
				}
				id = b[v0:i]
			default:
				if i = scanValue(b, v0, 0); i < 0 {
					return nil, "", false
				}
			}
			i = skipSpace(b, i)
			if i < len(b) && b[i] == '}' {
				i++
				break
			}
			if i >= len(b) || b[i] != ',' {
				return nil, "", false
			}
			i = skipSpace(b, i+1)
		}
	}
	if skipSpace(b, i) != len(b) || textLit == nil {
		return nil, "", false
	}
	if id == nil {
		id = []byte("null")
	}
	if textEsc || !utf8.Valid(textLit) {
		return id, unescape(textLit), true
	}
	return id, string(textLit), true
}

// skipSpace returns the index of the first byte at or after i that is
// not JSON white space. The first test settles most bytes, all but the
// space and control characters.
func skipSpace(b []byte, i int) int {
	for i < len(b) && b[i] <= ' ' && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t') {
		i++
	}
	return i
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// special8 returns, for the 8 bytes at b[i:], a mask whose lowest set bit
// is the high bit of the first byte that ends or escapes a string or is a
// control character, or 0 if there is none. (Bytes above the first may be
// flagged wrongly, by a borrow: only the lowest bit counts.) Invalid UTF-8
// is valid JSON to encoding/json, which reads it as U+FFFD.
func special8(b []byte, i int) uint64 {
	x := binary.LittleEndian.Uint64(b[i:])
	ctl := (x - ones*0x20) &^ x
	q := x ^ (ones * '"')
	bs := x ^ (ones * '\\')
	return (ctl | (q-ones)&^q | (bs-ones)&^bs) & highs
}

// scanString reads the string literal at b[i]. esc reports whether it
// has escapes; one that has none is its own text.
func scanString(b []byte, i int) (end int, esc bool) {
	if i >= len(b) || b[i] != '"' {
		return -1, false
	}
	i++
	for {
		// Eight bytes at a time, and straight to the byte that stops
		// the scan: keys and numbers' neighbours are short strings.
		for i+8 <= len(b) {
			if m := special8(b, i); m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		for i < len(b) && b[i] >= 0x20 && b[i] != '"' && b[i] != '\\' {
			i++
		}
		if i >= len(b) {
			return -1, false
		}
		switch b[i] {
		case '"':
			return i + 1, esc
		case '\\':
			esc = true
			if i+1 >= len(b) {
				return -1, false
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if getu4(b[i:]) < 0 {
					return -1, false
				}
				i += 6
			default:
				return -1, false
			}
		default: // a control character
			return -1, false
		}
	}
}

// scanValue reads any JSON value at b[i], nested depth deep.
func scanValue(b []byte, i, depth int) int {
	if i >= len(b) || depth > maxDepth {
		return -1
	}
	switch b[i] {
	case '"':
		i, _ = scanString(b, i)
		return i
	case '{':
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == '}' {
			return i + 1
		}
		for {
			if i, _ = scanString(b, i); i < 0 {
				return -1
			}
			i = skipSpace(b, i)
			if i >= len(b) || b[i] != ':' {
				return -1
			}
			// Most members of the gold annotations a record may carry
			// are strings and numbers: read them with one call, not two.
			switch i = skipSpace(b, i+1); {
			case i < len(b) && b[i] == '"' && depth < maxDepth:
				i, _ = scanString(b, i)
			case i < len(b) && b[i]-'0' <= 9 && depth < maxDepth:
				i = scanNumber(b, i)
			default:
				i = scanValue(b, i, depth+1)
			}
			if i < 0 {
				return -1
			}
			i = skipSpace(b, i)
			if i < len(b) && b[i] == '}' {
				return i + 1
			}
			if i >= len(b) || b[i] != ',' {
				return -1
			}
			i = skipSpace(b, i+1)
		}
	case '[':
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == ']' {
			return i + 1
		}
		for {
			if i = scanValue(b, i, depth+1); i < 0 {
				return -1
			}
			i = skipSpace(b, i)
			if i < len(b) && b[i] == ']' {
				return i + 1
			}
			if i >= len(b) || b[i] != ',' {
				return -1
			}
			i = skipSpace(b, i+1)
		}
	case 't':
		return scanLiteral(b, i, "true")
	case 'f':
		return scanLiteral(b, i, "false")
	case 'n':
		return scanLiteral(b, i, "null")
	}
	return scanNumber(b, i)
}

// scanLiteral reads the word w at b[i].
func scanLiteral(b []byte, i int, w string) int {
	if len(b)-i >= len(w) && string(b[i:i+len(w)]) == w {
		return i + len(w)
	}
	return -1
}

// scanNumber reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? at b[i].
func scanNumber(b []byte, i int) int {
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = skipDigits(b, i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		if j := skipDigits(b, i+1); j > i+1 {
			i = j
		} else {
			return -1
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := skipDigits(b, i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

// skipDigits returns the index of the first byte at or after i that is
// not a digit.
func skipDigits(b []byte, i int) int {
	for i < len(b) && b[i]-'0' <= 9 {
		i++
	}
	return i
}

// getu4 decodes \uXXXX at the start of b, or returns -1.
func getu4(b []byte) rune {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return -1
	}
	var r rune
	for _, c := range b[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// unescape decodes the body of a string literal that str accepted, as
// encoding/json does: invalid UTF-8 bytes and unpaired surrogates become
// U+FFFD.
func unescape(b []byte) string {
	var out strings.Builder // its String does not copy
	out.Grow(len(b))
	for i := 0; i < len(b); {
		// Copy the run up to the next backslash in one go when it is
		// valid UTF-8.
		j := bytes.IndexByte(b[i:], '\\')
		if j < 0 {
			j = len(b) - i
		}
		if run := b[i : i+j]; utf8.Valid(run) {
			out.Write(run)
		} else {
			for k := 0; k < len(run); {
				r, n := utf8.DecodeRune(run[k:])
				out.WriteRune(r) // RuneError for an invalid byte
				k += n
			}
		}
		i += j
		if i >= len(b) {
			break
		}
		switch b[i+1] {
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r := getu4(b[i:])
			i += 6
			if utf16.IsSurrogate(r) {
				if dec := utf16.DecodeRune(r, getu4(b[i:])); dec != utf8.RuneError {
					out.WriteRune(dec)
					i += 6
					continue
				}
				r = utf8.RuneError
			}
			out.WriteRune(r)
			continue
		default: // " \ /
			out.WriteByte(b[i+1])
		}
		i += 2
	}
	return out.String()
}
