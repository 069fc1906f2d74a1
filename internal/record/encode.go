package record

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/quotekit/quote"
)

// An Encoder writes output lines. It is not safe for concurrent use; give
// each worker its own.
type Encoder struct {
	buf []byte
}

// NewEncoder returns an Encoder.
func NewEncoder() *Encoder { return new(Encoder) }

// Line returns {"id":id,"quotes":[...]} with no newline: id, raw JSON, is
// copied as is; "quotes" is [] when qs is empty, never null. The quotes
// are written as encoding/json writes them without HTML escaping, byte
// for byte (TestEncoderMatchesJSON), but without reflection, which cost
// the command a fifth of its time. The result is valid until the next
// call.
func (e *Encoder) Line(id []byte, qs []quote.Quote) []byte {
	if cap(e.buf) > 4<<20 {
		e.buf = nil // do not keep a huge buffer after a huge article
	}
	b := append(e.buf[:0], `{"id":`...)
	b = append(b, id...)
	b = append(b, `,"quotes":`...)
	b = appendQuotes(b, qs)
	b = append(b, '}')
	e.buf = b
	return b
}

// appendQuotes appends qs as a JSON array.
func appendQuotes(b []byte, qs []quote.Quote) []byte {
	b = append(b, '[')
	for i, q := range qs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '{')
		b = appendSpanFields(b, q.Span)
		b = append(b, `,"kind":"`...)
		b = append(b, q.Kind.String()...)
		b = append(b, `","marked":`...)
		b = strconv.AppendBool(b, q.Marked)
		if !q.Cue.IsZero() {
			b = append(b, `,"cue":`...)
			b = appendSpan(b, q.Cue)
		}
		if sp := q.Speaker; !sp.IsZero() {
			b = append(b, `,"speaker":{"name":`...)
			b = appendSpan(b, sp.Name)
			if !sp.Mention.IsZero() {
				b = append(b, `,"mention":`...)
				b = appendSpan(b, sp.Mention)
			}
			if !sp.Title.IsZero() {
				b = append(b, `,"title":`...)
				b = appendSpan(b, sp.Title)
			}
			b = append(b, `,"kind":"`...)
			b = append(b, sp.Kind.String()...)
			b = append(b, `"}`...)
		}
		b = append(b, `,"confidence":`...)
		b = appendFloat(b, q.Confidence)
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendSpan appends s as a JSON object.
func appendSpan(b []byte, s quote.Span) []byte {
	b = append(b, '{')
	b = appendSpanFields(b, s)
	return append(b, '}')
}

// appendSpanFields appends the members of s: "text", "start", "end".
func appendSpanFields(b []byte, s quote.Span) []byte {
	b = append(b, `"text":`...)
	b = appendString(b, s.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(s.End), 10)
}

// appendFloat appends f as encoding/json writes a float64.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0') // a Confidence is never either
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07", as encoding/json shortens it: "1e-7".
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendString appends s as a JSON string the way encoding/json does with
// HTML escaping off: control characters, quotes and backslashes escaped,
// invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped for JavaScript.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Most of a statement is ASCII with nothing to escape: skip
		// it eight bytes at a time.
		i = skipPlainASCII(s, i)
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// skipPlainASCII returns the first index from i, in steps of 8 bytes,
// where the next 8 bytes are not all ASCII that appendString copies as
// they are: no control character, quote or backslash. (The byte-wise
// tests below may flag a byte wrongly only above one flagged rightly, so
// "none flagged" is exact.)
func skipPlainASCII(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		// The compiler makes one load of these.
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		ctl := x - ones*0x20
		q := x ^ (ones * '"')
		bs := x ^ (ones * '\\')
		if (x|ctl|(q-ones)|(bs-ones))&highs != 0 {
			break
		}
	}
	return i
}
