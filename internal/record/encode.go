package record

import (
	"bytes"
	"encoding/json"

	"github.com/quotekit/quote"
)

// An Encoder writes output lines. It is not safe for concurrent use; give
// each worker its own.
type Encoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// NewEncoder returns an Encoder.
func NewEncoder() *Encoder {
	e := new(Encoder)
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// Line returns {"id":id,"quotes":[...]} with no newline: id, raw JSON, is
// copied as is; "quotes" is [] when qs is empty, never null; the quotes
// are encoded by encoding/json without HTML escaping, so that text reads
// as it was. The result is valid until the next call.
func (e *Encoder) Line(id []byte, qs []quote.Quote) []byte {
	if e.buf.Cap() > 4<<20 {
		e.buf = bytes.Buffer{} // do not keep a huge buffer after a huge article
	}
	e.buf.Reset()
	e.buf.WriteString(`{"id":`)
	e.buf.Write(id)
	e.buf.WriteString(`,"quotes":`)
	if len(qs) == 0 {
		e.buf.WriteString("[]}")
		return e.buf.Bytes()
	}
	e.enc.Encode(qs)                // cannot fail: the types marshal cleanly
	e.buf.Truncate(e.buf.Len() - 1) // the encoder's newline
	e.buf.WriteByte('}')
	return e.buf.Bytes()
}
