package record

import (
	"bytes"
	"encoding/json"
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
