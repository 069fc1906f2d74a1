package quote

import (
	"slices"
	"strings"
	"unicode"
)

// This file pairs quotation marks. It runs after tokenize and before
// sentence splitting, and yields s.pairs: every opening mark matched with
// its closing mark, nested quotes included.
//
// The rules, in the order they apply:
//   - Typographic marks say their direction (“ opens, ” closes); straight
//     marks (" ' ＂) and marks used the wrong way round take it from what
//     flanks them, as CommonMark does for emphasis.
//   - An apostrophe inside a word, an elision ('Tis, 'em, rock 'n' roll),
//     a year ('90s) and a possessive after s (Jones' cow) are not marks.
//   - A closing mark closes the innermost open mark of its family; open
//     marks inside it that never closed are dropped and their own nested
//     quotes move up a level.
//   - A line that starts with an opening mark of the family still open
//     continues the quote (the news convention for multi-paragraph
//     quotes); the quote then runs to its last closing mark.
//   - An open mark still open at a paragraph break that ends a sentence, or
//     at the end of the text, is dropped, so that an unclosed mark never
//     swallows the rest of the article.

// A markShape describes a quotation mark: its family and the direction its
// glyph implies, plus the flanking the tokenizer saw around it.
type markShape uint8

const (
	famDouble markShape = iota + 1
	famSingle
	famGuillemet
	famSingleGuillemet
	famCorner
	famWhiteCorner
	famMask markShape = 7

	dirOpen    markShape = 8  // the glyph opens: “ ‘ „ « 「
	dirClose   markShape = 16 // the glyph closes: ” ’ » 」
	flankLeft  markShape = 32 // followed by text: could open
	flankRight markShape = 64 // preceded by text: could close
	spaceLeft  markShape = 128
)

// shapeOf returns the family and glyph direction of a quotation mark, or 0
// if r is not one.
func shapeOf(r rune) markShape {
	switch r {
	case '"', '＂', '″', '〃':
		return famDouble
	case '“', '‟':
		return famDouble | dirOpen
	case '„':
		return famDouble | dirOpen
	case '”':
		return famDouble | dirClose
	case '\'', '＇', '′':
		return famSingle
	case '‘', '‛', '‚', '`':
		return famSingle | dirOpen
	case '’':
		return famSingle | dirClose
	case '«':
		return famGuillemet | dirOpen
	case '»':
		return famGuillemet | dirClose
	case '‹':
		return famSingleGuillemet | dirOpen
	case '›':
		return famSingleGuillemet | dirClose
	case '「', '﹁':
		return famCorner | dirOpen
	case '」', '﹂':
		return famCorner | dirClose
	case '『', '﹃':
		return famWhiteCorner | dirOpen
	case '』', '﹄':
		return famWhiteCorner | dirClose
	}
	return 0
}

// family returns the family of a mark, its shape without direction or
// flanking: an opener closes only a mark of its own family.
func (m markShape) family() markShape { return m & famMask }

// canOpen and canClose give the roles a mark may play in context. A glyph
// used against its direction (“ as a closer, » as an opener) plays the
// role its flanking shows when that flanking is unambiguous.
func (m markShape) canOpen() bool {
	switch {
	case m&dirOpen != 0:
		return m&flankLeft != 0 || m&flankRight == 0
	case m&dirClose != 0:
		return m&flankLeft != 0 && m&flankRight == 0 && m&spaceLeft != 0
	}
	return m&flankLeft != 0 || m&flankRight == 0
}

func (m markShape) canClose() bool {
	switch {
	case m&dirClose != 0:
		// A closing glyph closes unless it stands before a word after
		// a space ("”word"); after punctuation it closes even with no
		// space after it: `paranoia,”Clinton said`.
		return m&flankRight != 0 || m&flankLeft == 0 || m&spaceLeft == 0
	case m&dirOpen != 0:
		return m&flankRight != 0 && m&flankLeft == 0
	}
	return m&flankRight != 0 || m&flankLeft == 0
}

// scanMark scans a quotation mark or apostrophe at text[i]. It returns a
// word token instead for elisions ('Tis, 'em, 'n') and years ('90s).
func (s *state) scanMark(t *token, i int, r rune, size int) int {
	text := s.text
	next := i + size
	if end, n := s.markRun(next); n >= maxMarkRun-1 {
		// A dozen marks in a row quote nothing: rules, filler or
		// garbage. One symbol token keeps a flood of them cheap.
		t.kind = tSymbol
		return end
	}
	shape := shapeOf(r)
	if r == '`' && next < len(text) && text[next] == '`' {
		// LaTeX and Penn Treebank ``: an opening double mark.
		shape = famDouble | dirOpen
		next++
	} else if r == '\'' && threeMarks(text, i) {
		// ''' after a word closes the inner quote before the outer one:
		// ''call it 'bold,''' he said. A single mark; the '' comes next.
	} else if r == '\'' && next < len(text) && text[next] == '\'' && !s.elisionAt(next+1) {
		// '' closes a LaTeX quote, and opens and closes quotes in some
		// newspapers' ASCII copy: a straight double mark.
		shape = famDouble
		next++
	} else if shape.family() == famSingle && r != '‚' && !unicode.IsLetter(runeBefore(text, i)) {
		if s.elisionAt(next) || s.classAt(next) == chDigit && s.yearAt(next) {
			// 'Tis, 'em, rock 'n' roll, '90s: part of a word.
			t.kind = tWord
			end := s.scanWord(t, next)
			if end < len(text) && text[end] == '\'' && s.text[next:end] == "n" {
				end++
			}
			t.class = lookupWord(text[next:end])
			return end
		}
	}
	prev := runeBefore(text, i)
	if shape.family() == famSingle && shape&dirOpen == 0 && next == i+size && unicode.IsLetter(prev) {
		ws := i
		for ws > 0 && s.classAt(ws-1) == chLetter {
			ws--
		}
		if n := s.cliticAt(ws, next); n > 0 {
			// Russia's, it's, we're: a clitic.
			t.kind = tClitic
			t.class = lookupWord(text[i : next+n])
			return next + n
		}
	}
	t.kind = tMark
	var nextR rune = ' '
	if next < len(text) {
		nextR, _ = decode(text, next)
	}
	pc, nc := flankClass(prev), flankClass(nextR)
	if nc != chSpace && (nc != chPunct || pc == chSpace || pc == chPunct) {
		shape |= flankLeft
	}
	if pc != chSpace && (pc != chPunct || nc == chSpace || nc == chPunct) {
		shape |= flankRight
	}
	if shape.family() == famDouble && shape&(dirOpen|dirClose) == 0 && prev == ',' && nc == chLetter && s.attributionWordAt(next) {
		// A straight mark glued between a comma and a word may close
		// as well as open, before a name or the words of an
		// attribution: `the crowd,"Ann Lee said`, `,"said Lee`,
		// `,"she said`. Pairing decides: it closes only a quote still
		// open. Before other words it opens: `the "plan,"as she put it`.
		shape |= flankRight
	}
	if pc == chSpace {
		shape |= spaceLeft
	}
	if shape&dirClose != 0 && nc == chSpace && (i == 0 || prev == '\n' || prev == '\r') {
		// A closing glyph that opens a line opens a quote, as a typo
		// for its twin: `” … the train has left,” he wrote`.
		shape |= flankLeft
	}
	if shape.family() == famSingle && shape&dirOpen == 0 && shape&flankRight != 0 && shape&flankLeft == 0 {
		// Jones' cow, Evers’ wife: a possessive after s, not a closing mark.
		if (prev == 's' || prev == 'S' || prev == 'z') && nc == chSpace && s.letterAfterSpace(next) {
			shape &^= flankRight
			t.flags |= fPossessiveMark
		}
	}
	t.mark = shape
	return next
}

// threeMarks reports whether text[i:] starts a run of exactly three
// straight single marks after a word or punctuation and before no letter.
func threeMarks(text string, i int) bool {
	if i == 0 || !strings.HasPrefix(text[i:], "'''") || strings.HasPrefix(text[i+3:], "'") {
		return false
	}
	prev := runeBefore(text, i)
	if prev == '\'' || unicode.IsSpace(prev) {
		return false
	}
	if i+3 == len(text) {
		return true
	}
	r, _ := decode(text, i+3)
	return !unicode.IsLetter(r)
}

// flankClass is the class of a flanking rune: letters and digits are text,
// other marks and brackets count as punctuation.
func flankClass(r rune) charClass {
	switch c := classify(r); c {
	case chNewline:
		return chSpace
	case chLetter, chDigit, chOther:
		return chLetter
	case chMark:
		return chPunct
	default:
		return c
	}
}

// elisionAt reports whether a word that begins with an apostrophe, such as
// "Tis" or "em", starts at text[i].
func (s *state) elisionAt(i int) bool {
	j := i
	for j < len(s.text) && j-i < 8 {
		c := s.text[j]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			break
		}
		j++
	}
	if j == i || s.classAt(j) == chLetter {
		return false
	}
	return lookupWord(s.text[i:j])&cElision != 0
}

// yearAt reports whether two digits and an optional "s" start at text[i]:
// the '90s, '08.
func (s *state) yearAt(i int) bool {
	if i+2 > len(s.text) || s.classAt(i+1) != chDigit {
		return false
	}
	j := i + 2
	if j < len(s.text) && s.text[j] == 's' {
		j++
	}
	c := s.classAt(j)
	return c != chLetter && c != chDigit
}

// letterAfterSpace reports whether text[i] is white space followed by a
// letter on the same line.
func (s *state) letterAfterSpace(i int) bool {
	if i >= len(s.text) || s.text[i] != ' ' {
		return false
	}
	return s.classAt(i+1) == chLetter
}

// A pair is a quotation: an opening and a closing mark token.
type pair struct {
	open, close int // token indexes of the marks
	depth       int // 0 for a top-level quotation
}

// closesQuestion reports whether token k closes a quotation that ends in
// a question or exclamation mark.
func (s *state) closesQuestion(k int) bool {
	p := s.pairOf[k]
	return k > 0 && p >= 0 && s.pairs[p].close == k && (s.toks[k-1].isPunct('?') || s.toks[k-1].isPunct('!'))
}

// maxMarkRun is the length from which a run of marks with nothing
// between them is no quotation: `"'`, `”’"` and even four nested LaTeX
// closers, eight apostrophes, are; a line of a dozen `“` is not.
const maxMarkRun = 12

// markRun returns the end of the run of marks that starts at i, and how
// many marks it holds.
func (s *state) markRun(i int) (end, n int) {
	for i < len(s.text) {
		r, size := decode(s.text, i)
		if classify(r) != chMark {
			break
		}
		i += size
		n++
	}
	return i, n
}

// maxMarkDepth bounds the stack of open marks, so that a text of nothing
// but opening marks costs linear time.
const maxMarkDepth = 32

// pairMarks fills s.pairs, ordered by opening mark.
func (s *state) pairMarks() {
	type open struct {
		tok    int
		family markShape
	}
	// The stack is bounded, and the pairs go to s.pairs: reusing both
	// saves a third of the allocations of a call.
	stack := make([]open, 0, maxMarkDepth)
	pairs := s.pairs[:0]
	drop := func(n int) { stack = stack[:n] }
	for k := range s.toks {
		t := &s.toks[k]
		if t.flags&fNewline != 0 && len(stack) > 0 {
			top := stack[len(stack)-1]
			if t.kind == tMark && t.mark.family() == top.family && t.mark.canOpen() && t.mark&dirClose == 0 {
				// A new paragraph that reopens the open quote continues it.
				t.flags |= fReopen
				continue
			}
			if t.flags&fBlankLine != 0 && s.endsSentence(k-1) {
				drop(0)
			}
		}
		if t.kind != tMark {
			continue
		}
		m := t.mark
		if m.canClose() {
			found := -1
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].family == m.family() {
					found = j
					break
				}
			}
			if found >= 0 {
				o := stack[found]
				drop(found)
				if len(pairs) == cap(pairs) {
					pairs = slices.Grow(pairs, cap(pairs))
				}
				pairs = append(pairs, pair{open: o.tok, close: k})
				continue
			}
		}
		if m.canOpen() && t.flags&fPossessiveMark == 0 && len(stack) < maxMarkDepth {
			// A possessive after s opens nothing: "the months' work".
			stack = append(stack, open{tok: k, family: m.family()})
		}
	}
	// Pairs were found in order of closing; order them by opening and
	// mark the nested ones.
	sortPairs(pairs)
	end := -1
	outer := make([]int, 0, maxMarkDepth) // closing marks of the enclosing pairs; deeper nesting spills to the heap
	for i := range pairs {
		p := &pairs[i]
		for len(outer) > 0 && outer[len(outer)-1] < p.open {
			outer = outer[:len(outer)-1]
		}
		p.depth = len(outer)
		outer = append(outer, p.close)
		if p.close > end {
			end = p.close
		}
	}
	s.pairs = pairs
}

// sortPairs sorts pairs by opening mark. Pairs arrive nearly sorted (a
// pair closes after the pairs nested in it), so insertion sort is linear
// in practice, but the nesting depth bound keeps it linear in the worst
// case too.
func sortPairs(p []pair) {
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && p[j].open < p[j-1].open; j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
}

// endsSentence reports whether token k ends a sentence: terminal
// punctuation, possibly followed by closing marks or brackets.
func (s *state) endsSentence(k int) bool {
	for lo := k - 8; k >= 0 && k > lo; k-- {
		t := &s.toks[k]
		switch {
		case t.kind == tMark, t.isPunct(')'), t.isPunct(']'):
			continue
		case t.isPunct('.'), t.isPunct('!'), t.isPunct('?'), t.isPunct(pEllipsis):
			return true
		case t.kind == tWord && t.flags&fAbbrev != 0:
			return true
		}
		return false
	}
	return false
}

// attributionWordAt reports whether the word at byte i can open the
// attribution after a closing mark: a capitalised word, a speech verb
// ("said", "adding") or a subject pronoun ("she").
func (s *state) attributionWordAt(i int) bool {
	if r, _ := decode(s.text, i); unicode.IsUpper(r) {
		return true
	}
	end := i
	for end < len(s.text) && end-i < 24 && s.classAt(end) == chLetter {
		end++
	}
	return lookupWord(s.text[i:end])&(cSpeech|cSpeechAct|cSubjPron) != 0
}
