package record

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/quotekit/quote"
)

// TestDecodeRecord checks the fast record decoder against encoding/json
// on many mutated lines: whenever it accepts a line, encoding/json must
// read the same id and text from it, and it must never accept invalid JSON.
func TestDecodeRecord(t *testing.T) {
	seeds := []string{
		`{"id": "a", "text": "plain"}`,
		`{"id": 12345678901234567890, "text": "esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \ud800 \udc00x \ud800\u0041"}`,
		`{"text": "caf` + "\xc3\xa9 bad \xff\xfe \xe2\x82" + `", "id": {"a": [1, 2.5e-3, -0, true, false, null]}}`,
		`{"id": [], "text": "", "quotes": [{"start": 1, "end": 2, "speaker": null}], "x": {}}`,
		`  {"te\u0078t": "escaped key", "\u0069d": 5}  `,
		`{"id": 1, "text": "first", "text": "second", "id": 2}`,
		`{"id":1,"text":"x","n":[-1.5E+3,0,0.0,1e5,[[[]]]]}`,
	}
	check := func(line []byte) {
		id, text, ok := fastDecode(line)
		if !ok {
			return
		}
		if !json.Valid(line) {
			t.Fatalf("fastDecode accepted invalid JSON %q", line)
		}
		sid, stext, msg := slowDecode(line)
		if msg != "" || string(sid) != string(id) || stext != text {
			t.Fatalf("%q:\nfast: %s %q\nslow: %s %q %s", line, id, text, sid, stext, msg)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("{}[]\",:\\ u0123456789abcdefABCDEF.eE+-tfnrl\x00\x1f\x7f\xc3\xa9\xff")
	for _, s := range seeds {
		if _, _, ok := fastDecode([]byte(s)); !ok {
			t.Errorf("fastDecode rejected %q", s)
		}
		check([]byte(s))
		for range 3000 {
			b := []byte(s)
			for range 1 + rng.IntN(3) {
				i := rng.IntN(len(b) + 1)
				switch rng.IntN(3) {
				case 0: // insert
					b = slices.Insert(b, i, alphabet[rng.IntN(len(alphabet))])
				case 1: // delete
					if i < len(b) {
						b = slices.Delete(b, i, i+1)
					}
				case 2: // replace
					if i < len(b) {
						b[i] = alphabet[rng.IntN(len(alphabet))]
					}
				}
			}
			check(b)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte(`{"id": "a", "text": "x\n\u00e9"}`))
	f.Add([]byte(`{"id": [1, {"b": null}], "text": "\ud800"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		id, text, ok := fastDecode(line)
		if !ok {
			return
		}
		if !json.Valid(line) {
			t.Fatalf("accepted invalid JSON %q", line)
		}
		sid, stext, msg := slowDecode(line)
		if msg != "" || string(sid) != string(id) || stext != text {
			t.Fatalf("%q: fast %s %q, slow %s %q %s", line, id, text, sid, stext, msg)
		}
	})
}

// TestEncoderLine checks the output line's shape: the id copied as is,
// [] for no quotes, and text without HTML escaping.
func TestEncoderLine(t *testing.T) {
	e := NewEncoder()
	if got, want := string(e.Line([]byte(`{"a": 1}`), nil)), `{"id":{"a": 1},"quotes":[]}`; got != want {
		t.Errorf("no quotes: got %s, want %s", got, want)
	}
	qs := quote.Find(`"Tom & Jerry <3 cheese," Ann Lee said.`)
	line := e.Line([]byte(`7`), qs)
	var got struct {
		ID     int           `json:"id"`
		Quotes []quote.Quote `json:"quotes"`
	}
	if err := json.Unmarshal(line, &got); err != nil {
		t.Fatalf("%s: %v", line, err)
	}
	if got.ID != 7 || len(got.Quotes) != 1 || got.Quotes[0].Text != "Tom & Jerry <3 cheese" {
		t.Errorf("got %s", line)
	}
	if !bytes.Contains(line, []byte("Tom & Jerry <3")) {
		t.Errorf("HTML escaped: %s", line)
	}
}

// TestDecodeMessages checks what Decode reads and how it words errors.
func TestDecodeMessages(t *testing.T) {
	tests := []struct {
		line, id, text, msg string
	}{
		{`{"id": {"a": [1, 2]}, "text": "hi \u00e9", "x": 1}`, `{"a": [1, 2]}`, "hi é", ""},
		{`{"text": "no id"}`, "null", "no id", ""},
		{`{"id": 1, "text": "a", "text": "b"}`, "1", "b", ""},
		{`not json`, "", "", "invalid JSON at byte 2: invalid character 'o' in literal null (expecting 'u')"},
		{`[1, 2]`, "", "", "not a JSON object (got array)"},
		{`null`, "", "", "not a JSON object (got null)"},
		{`{"id": 7}`, "7", "", `no "text" key`},
		{`{"id": 7, "text": 12}`, "7", "", `"text" is not a string (got number)`},
		{`{"id": 7, "text": null}`, "7", "", `"text" is not a string (got null)`},
	}
	for _, tt := range tests {
		id, text, msg := Decode([]byte(tt.line))
		if string(id) != tt.id || text != tt.text || msg != tt.msg {
			t.Errorf("Decode(%s) = %q, %q, %q; want %q, %q, %q", tt.line, id, text, msg, tt.id, tt.text, tt.msg)
		}
	}
}

// jsonLine is the line Encoder.Line writes, as encoding/json writes it.
func jsonLine(id []byte, qs []quote.Quote) []byte {
	var b bytes.Buffer
	b.WriteString(`{"id":`)
	b.Write(id)
	b.WriteString(`,"quotes":`)
	if len(qs) == 0 {
		b.WriteString("[]}")
		return b.Bytes()
	}
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(qs)
	b.Truncate(b.Len() - 1)
	b.WriteByte('}')
	return b.Bytes()
}

// TestEncoderMatchesJSON checks that the hand-written encoder writes what
// encoding/json writes, byte for byte, for found quotes and for odd ones.
func TestEncoderMatchesJSON(t *testing.T) {
	odd := "a\x00b\x1f\"\\\b\f\n\r\t<>&\u2028\u2029\xff\xfe é 😀 \x7f"
	quotes := [][]quote.Quote{
		quote.Find("“We will win,” said Mayor Ann Lee, 45.\n\nHe said the plan, which “failed,” was fine, according to a report."),
		quote.Find("Russia s Foreign Ministry said the talks would go ahead.  I can t see it,  Lee said."),
		{{Span: quote.Span{Text: odd, Start: 1, End: 2}, Kind: quote.Mixed, Marked: true, Confidence: 1e-7}},
		{{Span: quote.Span{Text: ""}, Confidence: 0}},
		{{Span: quote.Span{Text: "x"}, Kind: quote.Indirect, Cue: quote.Span{Text: odd, Start: 3, End: 9},
			Speaker: quote.Speaker{Name: quote.Span{Text: odd}, Title: quote.Span{Text: "t", Start: 1, End: 2}, Kind: quote.Unnamed}, Confidence: 1}},
		{{Speaker: quote.Speaker{Mention: quote.Span{Text: "m", End: 1}, Kind: quote.Organization}, Confidence: 0.5}, {Confidence: 123456789e20}},
	}
	e := NewEncoder()
	for i, qs := range quotes {
		want := string(jsonLine([]byte(`"x"`), qs))
		if got := string(e.Line([]byte(`"x"`), qs)); got != want {
			t.Errorf("%d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// FuzzEncoder checks the encoder against encoding/json on any text.
func FuzzEncoder(f *testing.F) {
	f.Add("“We will win,” she said.", 0.91)
	f.Add("a\x00\xff\u2028<b>", 1e-9)
	e := NewEncoder()
	f.Fuzz(func(t *testing.T, text string, c float64) {
		if math.IsNaN(c) || math.IsInf(c, 0) {
			return
		}
		qs := quote.Find(text)
		qs = append(qs, quote.Quote{Span: quote.Span{Text: text}, Cue: quote.Span{Text: text, End: 1}, Confidence: c})
		if got, want := string(e.Line([]byte("1"), qs)), string(jsonLine([]byte("1"), qs)); got != want {
			t.Fatalf("got %s\nwant %s", got, want)
		}
	})
}
