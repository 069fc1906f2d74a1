// Package overlap matches found statements to annotated ones as the
// reference scorer (score.py) does: by the letters and digits they share.
// The quotes eval command and the calibration of Confidence both use it,
// so that what they call a match is the same.
package overlap

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// A Set is a set of byte positions, sorted.
type Set []int

// Alnum is score.py's alnum_positions(b, s, e): the positions of the
// alphanumeric characters of b[s:e] decoded with errors='replace',
// counted as score.py counts them (each U+FFFD advances by 3 bytes).
func Alnum(b string, s, e int) Set {
	lo, hi := SliceIndex(s, len(b)), SliceIndex(e, len(b))
	var out Set
	pos := s
	for i := lo; i < hi; {
		r, n := DecodeRune(b[i:hi])
		if IsAlnum(r) {
			out = append(out, pos)
		}
		pos += utf8.RuneLen(r) // len(ch.encode('utf-8')): 3 for U+FFFD
		i += n
	}
	return out
}

// SliceIndex is a Python slice bound i on a sequence of length n.
func SliceIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return max(0, min(i, n))
}

// InterLen is len(a & b).
func InterLen(a, b Set) int {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] < b[0] || b[len(b)-1] < a[0] {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Union is the union of sets.
func Union(sets ...Set) Set {
	var all Set
	for _, s := range sets {
		all = append(all, s...)
	}
	slices.Sort(all)
	return slices.Compact(all)
}

// A Pair is a gold statement G matched to a found one P, with the Jaccard
// index of their sets.
type Pair struct {
	Jaccard float64
	G, P    int
}

// Match pairs gold and found statements one to one as score.py does:
// every overlapping pair, best Jaccard first (ties: higher indexes
// first, as Python's reverse sort of tuples has it), taken while neither
// side is taken and the Jaccard is at least one half. It returns the
// pairs in the order taken.
func Match(gold, found []Set) []Pair {
	var all []Pair
	for i, g := range gold {
		for j, p := range found {
			if inter := InterLen(g, p); inter > 0 {
				all = append(all, Pair{float64(inter) / float64(len(g)+len(p)-inter), i, j})
			}
		}
	}
	slices.SortFunc(all, func(a, b Pair) int {
		switch {
		case a.Jaccard != b.Jaccard:
			if a.Jaccard > b.Jaccard {
				return -1
			}
			return 1
		case a.G != b.G:
			return b.G - a.G
		}
		return b.P - a.P
	})
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(found))
	var out []Pair
	for _, p := range all {
		if p.Jaccard < 0.5 || usedG[p.G] || usedP[p.P] {
			continue
		}
		usedG[p.G], usedP[p.P] = true, true
		out = append(out, p)
	}
	return out
}

// DecodeRune decodes the first character of p as Python's UTF-8 decoder
// does with errors='replace': an invalid sequence becomes one U+FFFD for
// each maximal subpart of a valid sequence (Unicode's recommended
// practice), where Go's decoder would give one U+FFFD per byte.
func DecodeRune(p string) (r rune, size int) {
	r, size = utf8.DecodeRuneInString(p)
	if r != utf8.RuneError || size != 1 {
		return r, size
	}
	c := p[0]
	n := 0
	lo2, hi2 := byte(0x80), byte(0xBF)
	switch {
	case 0xC2 <= c && c <= 0xDF:
		n = 2
	case c == 0xE0:
		n, lo2 = 3, 0xA0
	case 0xE1 <= c && c <= 0xEC, c == 0xEE, c == 0xEF:
		n = 3
	case c == 0xED:
		n, hi2 = 3, 0x9F
	case c == 0xF0:
		n, lo2 = 4, 0x90
	case 0xF1 <= c && c <= 0xF3:
		n = 4
	case c == 0xF4:
		n, hi2 = 4, 0x8F
	default:
		return utf8.RuneError, 1
	}
	i := 1
	for ; i < n && i < len(p); i++ {
		lo, hi := byte(0x80), byte(0xBF)
		if i == 1 {
			lo, hi = lo2, hi2
		}
		if p[i] < lo || p[i] > hi {
			break
		}
	}
	return utf8.RuneError, i
}

// IsAlnum is Python's str.isalnum for one character: a letter (Lu, Ll,
// Lt, Lm, Lo) or a character with a numeric value (Nd, Nl, No). Python's
// isnumeric also covers some CJK ideographs with numeric values, which are
// letters (Lo) anyway. The two may differ only on characters that Go's and
// Python's Unicode versions assign differently.
func IsAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
