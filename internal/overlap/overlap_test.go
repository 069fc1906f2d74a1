package overlap

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestAlnum(t *testing.T) {
	// Python: [p for p in alnum_positions(b, s, e)] for these cases.
	text := "\u0130zmir\u2019s 30\u202f% \u4e8c\xff"
	tests := []struct {
		s, e int
		want Set
	}{
		{0, len(text), Set{0, 2, 3, 4, 5, 9, 11, 12, 18}},
		{1, 8, Set{4, 5, 6, 7}},         // starts inside İ: U+FFFD counts 3 bytes, shifting the rest
		{7, 10, Set{13}},                // starts inside ’: one U+FFFD for the two bytes
		{8, 10, Set{11}},                // the last byte of ’ alone
		{-3, len(text), nil},            // negative start slices from the end
		{5, 100, Set{5, 9, 11, 12, 18}}, // end beyond the text
		{10, 5, nil},                    // empty slice
		{21, 22, nil},                   // the invalid byte \xff
		{18, 22, Set{18}},               // 二 then \xff
		{0, 1, nil},                     // half of İ: U+FFFD is not alphanumeric
		{2, 7, Set{2, 3, 4, 5}},         // ends inside ’
	}
	for _, tc := range tests {
		if got := Alnum(text, tc.s, tc.e); !cmp.Equal(tc.want, got, cmpopts.EquateEmpty()) {
			t.Errorf("Alnum(%d, %d) = %v, want %v", tc.s, tc.e, got, tc.want)
		}
	}
}

// TestMatch checks the one-to-one pairing: best Jaccard first, at least
// one half, each side taken once.
func TestMatch(t *testing.T) {
	gold := []Set{{1, 2, 3, 4}, {10, 11, 12, 13}, {20, 21}}
	found := []Set{
		{1, 2, 3},        // gold 0, Jaccard .75
		{1, 2, 3, 4, 5},  // gold 0 too, Jaccard .8: wins it
		{10, 11, 30, 31}, // gold 1, Jaccard 1/3: too little
		{20, 21},         // gold 2, exact
	}
	want := []Pair{{1, 2, 3}, {0.8, 0, 1}}
	if got := Match(gold, found); !cmp.Equal(want, got) {
		t.Errorf("Match mismatch (-want +got):\n%s", cmp.Diff(want, got))
	}
}
