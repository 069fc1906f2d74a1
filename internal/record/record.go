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
func fastDecode(line []byte) (id []byte, text string, ok bool) {
	s := jscan{b: line}
	s.ws()
	if !s.byte('{') {
		return nil, "", false
	}
	var textLit []byte
	textEsc := false
	s.ws()
	if !s.byte('}') {
		for {
			s.ws()
			k0 := s.i
			esc, good := s.str()
			if !good {
				return nil, "", false
			}
			key := s.b[k0+1 : s.i-1]
			if esc {
				key = []byte(unescape(key))
			}
			s.ws()
			if !s.byte(':') {
				return nil, "", false
			}
			s.ws()
			v0 := s.i
			switch string(key) {
			case "text":
				if s.i >= len(s.b) || s.b[s.i] != '"' {
					return nil, "", false // the slow path words the error
				}
				esc, good := s.str()
				if !good {
					return nil, "", false
				}
				textLit, textEsc = s.b[v0+1:s.i-1], esc
			case "id":
				if !s.value(0) {
					return nil, "", false
				}
				id = s.b[v0:s.i]
			default:
				if !s.value(0) {
					return nil, "", false
				}
			}
			s.ws()
			if s.byte('}') {
				break
			}
			if !s.byte(',') {
				return nil, "", false
			}
		}
	}
	s.ws()
	if s.i != len(s.b) || textLit == nil {
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

// jscan is a JSON syntax checker over b.
type jscan struct {
	b []byte
	i int
}

func (s *jscan) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		default:
			return
		}
	}
}

// byte consumes c if it is next.
func (s *jscan) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// strPlain marks the bytes that can be skipped inside a string: all but
// the quote, the backslash and control characters. Invalid UTF-8 is
// valid JSON to encoding/json, which reads it as U+FFFD.
var strPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x100; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plain8 reports whether none of the 8 bytes at b[i:] ends or escapes a
// string or is a control character.
func plain8(b []byte, i int) bool {
	x := binary.LittleEndian.Uint64(b[i:])
	ctl := (x - ones*0x20) &^ x
	q := x ^ (ones * '"')
	bs := x ^ (ones * '\\')
	return (ctl|(q-ones)&^q|(bs-ones)&^bs)&highs == 0
}

// str consumes a string literal. esc reports whether it has escapes or
// non-ASCII bytes; one that has neither is its own text.
func (s *jscan) str() (esc, ok bool) {
	if !s.byte('"') {
		return false, false
	}
	b := s.b
	i := s.i
	for {
		for i+8 <= len(b) && plain8(b, i) {
			i += 8
		}
		for i < len(b) && strPlain[b[i]] {
			i++
		}
		if i >= len(b) {
			return false, false
		}
		switch c := b[i]; {
		case c == '"':
			s.i = i + 1
			return esc, true
		case c == '\\':
			esc = true
			if i+1 >= len(b) {
				return false, false
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if getu4(b[i:]) < 0 {
					return false, false
				}
				i += 6
			default:
				return false, false
			}
		default: // a control character
			return false, false
		}
	}
}

// value consumes any JSON value.
func (s *jscan) value(depth int) bool {
	if s.i >= len(s.b) || depth > maxDepth {
		return false
	}
	switch c := s.b[s.i]; c {
	case '"':
		_, ok := s.str()
		return ok
	case '{':
		s.i++
		s.ws()
		if s.byte('}') {
			return true
		}
		for {
			s.ws()
			if _, ok := s.str(); !ok {
				return false
			}
			s.ws()
			if !s.byte(':') {
				return false
			}
			s.ws()
			if !s.value(depth + 1) {
				return false
			}
			s.ws()
			if s.byte('}') {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case '[':
		s.i++
		s.ws()
		if s.byte(']') {
			return true
		}
		for {
			s.ws()
			if !s.value(depth + 1) {
				return false
			}
			s.ws()
			if s.byte(']') {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case 't':
		return s.lit("true")
	case 'f':
		return s.lit("false")
	case 'n':
		return s.lit("null")
	default:
		return s.number()
	}
}

func (s *jscan) lit(w string) bool {
	if bytes.HasPrefix(s.b[s.i:], []byte(w)) {
		s.i += len(w)
		return true
	}
	return false
}

// number consumes -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *jscan) number() bool {
	s.byte('-')
	switch {
	case s.byte('0'):
	case s.i < len(s.b) && s.b[s.i] >= '1' && s.b[s.i] <= '9':
		s.digits()
	default:
		return false
	}
	if s.byte('.') && !s.digits() {
		return false
	}
	if s.byte('e') || s.byte('E') {
		if !s.byte('+') {
			s.byte('-')
		}
		if !s.digits() {
			return false
		}
	}
	return true
}

// digits consumes [0-9]* and reports whether there was at least one.
func (s *jscan) digits() bool {
	// A local index: the offsets in a record are many numbers.
	i := s.i
	for i < len(s.b) && s.b[i]-'0' <= 9 {
		i++
	}
	ok := i > s.i
	s.i = i
	return ok
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
