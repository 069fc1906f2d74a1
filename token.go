package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// This file holds the first stage of the pipeline: it cuts the text into
// tokens that keep their byte offsets, and the tokens into sentences and
// paragraphs. Later stages never look at characters again, only at tokens.

type tokenKind uint8

const (
	tWord   tokenKind = iota // letters and digits, with inner hyphens, periods and apostrophes
	tClitic                  // a split-off "'s", or the "s" of a stripped "Russia s"
	tPunct                   // punctuation other than quotation marks
	tMark                    // a quotation mark, or an apostrophe that may be one
	tSymbol                  // anything else: $, %, emoji, U+FFFD
)

type tokenFlag uint32

const (
	fSpace          tokenFlag = 1 << iota // white space before the token
	fWide                                 // phantoms > 0: spaces where ISOT stripping may have left a mark
	fNewline                              // a line break before it
	fBlankLine                            // a blank line before it
	fCap                                  // begins with an upper-case letter
	fUpper                                // all letters upper case, two or more of them
	fDigit                                // contains a digit
	fAbbrev                               // a word that ends in an abbreviation's period
	fInitial                              // a single capital letter and a period: "J."
	fSentStart                            // first token of a sentence
	fParaStart                            // first token of a paragraph
	fDateline                             // part of a dateline: "MOSCOW (Reuters) -"
	fNoSpaceAfter                         // no white space after the token
	fStrippedTail                         // "s", "t", "re" after a word and one space: a stripped contraction
	fPossessiveMark                       // an apostrophe after s: Jones' cow
	fReopen                               // a mark that reopens a quote in a new paragraph
	fASCII                                // a token all in ASCII: wordIs compares it byte by byte
	fHyphen                               // a word that holds a hyphen: "al-Dovari", "ambassador-at-large"
)

// punctuation codes for tPunct tokens; ASCII punctuation is its own code.
const (
	pDash     = '-' // -, --, –, —, ―
	pEllipsis = '…' // ..., …
)

// A token is one word, mark or piece of punctuation. Its fields are laid
// out largest first to keep it at 40 bytes: long texts have millions.
type token struct {
	start, end int
	class      wordClass
	punct      rune // tPunct: the punctuation, with dashes and ellipses folded; 0 for other kinds
	flags      tokenFlag
	kind       tokenKind
	mark       markShape
	phantoms   uint8 // spaces before the token that stripped marks may have left
}

// isPunct reports whether t is the punctuation p; capWord whether it is
// a capitalised word, lowerWord a word in lower case with no digits; word
// returns the text of token i.
func (t *token) isPunct(p rune) bool { return t.punct == p } // punct: only tPunct's is not 0
func (t *token) capWord() bool       { return t.kind == tWord && t.flags&fCap != 0 }
func (t *token) lowerWord() bool     { return t.kind == tWord && t.flags&(fCap|fDigit) == 0 }
func (s *state) word(i int) string   { return s.text[s.toks[i].start:s.toks[i].end] }

// capsWord reports whether token k is a word of two or more letters, all
// capitals.
func (s *state) capsWord(k int) bool {
	t := &s.toks[k]
	if t.kind != tWord {
		return false
	}
	letters := 0
	for i := t.start; i < t.end; i++ {
		c := s.text[i]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// lower returns token i in lower case. It copies only words with
// capitals or non-ASCII letters that the lexicon does not hold: "He" and
// "Said" come from the lexicon's keys, names are copied.
func (s *state) lower(i int) string {
	return lowerWord(s.word(i))
}

// lowerWord is strings.ToLower, without a copy for words that are lower
// case already or in the lexicon.
func lowerWord(w string) string {
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return "abcdefghijklmnopqrstuvwxyz"[w[0]-'A' : w[0]-'A'+1]
	}
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= 'A' && c <= 'Z' {
			if isASCII(w) {
				if k, ok := lexiconTable().key(w); ok {
					return k
				}
			}
			return strings.ToLower(w)
		} else if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// lowerIn reports whether lowerWord(w) is one of words, given in lower
// case, without lowering an ASCII word: rules ask it of any word, names
// too, which lowerWord would copy.
func lowerIn(w string, words ...string) bool {
	if !isASCII(w) {
		return slices.Contains(words, lowerWord(w))
	}
	for _, x := range words {
		if equalFoldASCII(w, x) {
			return true
		}
	}
	return false
}

// hasStem reports whether w, already in lower case, starts with one of
// stems: the forms of a verb ("recall" for "recalled", "recalling").
func hasStem(w string, stems ...string) bool {
	for _, p := range stems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// lowerHasSuffix reports whether lowerWord(w) ends in suffix, given in
// lower case, without lowering an ASCII word (see lowerIn).
func lowerHasSuffix(w, suffix string) bool {
	if !isASCII(w) {
		return strings.HasSuffix(lowerWord(w), suffix)
	}
	return len(w) >= len(suffix) && equalFoldASCII(w[len(w)-len(suffix):], suffix)
}

// wordIs reports whether token i is one of words, ignoring case, without
// copying.
func (s *state) wordIs(i int, words ...string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false // rules look ahead past a text's last token
	}
	t := &s.toks[i]
	w := s.text[t.start:t.end]
	if t.flags&fASCII != 0 {
		// Unicode folding can match an ASCII word only to an ASCII
		// word of its length. Most words asked about differ from the
		// token in length or first letter (case flips only its 0x20
		// bit), so both are tested before the bytes, in one branch
		// rather than two: which test fails varies from word to word,
		// and a branch on each mispredicts often. Tokens are never
		// empty.
		c := w[0] &^ 0x20
		for _, x := range words {
			if x == "" {
				continue
			}
			if uint(len(x)^len(w))|uint(x[0]&^0x20^c) == 0 && asciiFoldEqual(w, x) {
				return true
			}
		}
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !foldsToASCII(r) {
		// A dash or a curly mark: folding matches first characters
		// first, so only a word that starts outside ASCII may match.
		for _, x := range words {
			if x != "" && x[0] >= utf8.RuneSelf && strings.EqualFold(w, x) {
				return true
			}
		}
		return false
	}
	ascii := -1 // unknown until a length differs
	for _, x := range words {
		if len(w) != len(x) {
			// Only Unicode folding can match words of other lengths.
			if ascii < 0 {
				ascii = 0
				if isASCII(w) {
					ascii = 1
				}
			}
			if ascii == 1 {
				continue
			}
		}
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// foldsToASCII reports whether Unicode case folding may turn r into an
// ASCII character: whether it is one, or the Kelvin sign or the long s,
// which fold to "k" and "s" (TestFoldsToASCII checks that Unicode has no
// others).
func foldsToASCII(r rune) bool { return r < utf8.RuneSelf || r == '\u212a' || r == '\u017f' }

// wordsIn returns how many of tokens [a, b) are words.
func (s *state) wordsIn(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if s.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// atLeastWords reports whether wordsIn(a, b) >= n, looking no further
// than the n-th word: a statement may run to the end of a long sentence.
func (s *state) atLeastWords(a, b, n int) bool {
	for k := a; k < b && n > 0; k++ {
		if s.toks[k].kind == tWord {
			n--
		}
	}
	return n <= 0
}

// wordsUpTo is wordsIn counting no further than max words, for a test
// run at every comma of a sentence that may be long. A stretch of more
// than 4*max+16 tokens counts as max words, however few it holds.
func (s *state) wordsUpTo(a, b, max int) int {
	n := 0
	for k := a; k < b && n < max; k++ {
		if k-a > 4*max+16 {
			return max
		}
		if s.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// tokenSpan returns the span of the text from token i to token j-1.
func (s *state) tokenSpan(i, j int) Span { return s.span(s.toks[i].start, s.toks[j-1].end) }

// span returns the Span of text[start:end].
func (s *state) span(start, end int) Span {
	if start >= end {
		return Span{}
	}
	return Span{Text: s.text[start:end], Start: start, End: end}
}

// foldRune maps fullwidth forms to their ASCII letters and punctuation and
// typographic apostrophes to ASCII, so that "＂" is a quotation mark and
// "ｓａｉｄ" is a speech verb.
func foldRune(r rune) rune {
	switch r {
	case '’', 'ʼ':
		return '\''
	}
	if r >= 0x3000 && r <= 0xFFEE {
		if f := width.LookupRune(r).Folded(); f != 0 {
			return f
		}
	}
	return r
}

// charClass classifies a rune for the tokenizer.
type charClass uint8

const (
	chSpace charClass = iota
	chNewline
	chLetter
	chDigit
	chPunct
	chMark
	chOther
)

var asciiClass = func() (t [utf8.RuneSelf]charClass) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n':
			t[c] = chNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = chSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = chLetter
		case '0' <= c && c <= '9':
			t[c] = chDigit
		case c == '"' || c == '\'' || c == '`':
			t[c] = chMark
		case c < ' ' || c == 0x7f:
			t[c] = chSpace
		case c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '|' || c == '~':
			// Symbols, as in Unicode (Sc, Sm, Sk), like "€" and "£":
			// "$11 million" opens a clause as "€11 million" does.
			t[c] = chOther
		default:
			t[c] = chPunct
		}
	}
	return t
}()

// classify returns the class of character r.
func classify(r rune) charClass {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch r {
	case '\u2028', '\u2029', '\u0085':
		return chNewline
	case '\u00a0', '\u200b', '\ufeff', '\u2060':
		return chSpace
	}
	if unicode.Is(unicode.Cf, r) {
		// Format characters (bidi marks, soft hyphens) read as nothing;
		// here they flank like space.
		return chSpace
	}
	if shapeOf(r) != 0 {
		return chMark
	}
	r = foldRune(r)
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch {
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
		return chLetter
	case unicode.IsDigit(r):
		return chDigit
	case unicode.IsSpace(r):
		return chSpace
	case unicode.IsPunct(r):
		return chPunct
	}
	return chOther
}

// decode returns the rune at text[i] and its size; invalid UTF-8 reads as
// U+FFFD of size 1.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// classAt returns the class of the character at byte i, or chSpace
// outside the text.
func (s *state) classAt(i int) charClass {
	if i < 0 || i >= len(s.text) {
		return chSpace
	}
	r, _ := decode(s.text, i)
	return classify(r)
}

// runeBefore returns the rune that ends at text[i].
func runeBefore(text string, i int) rune {
	if i <= 0 {
		return ' '
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// isApostrophe reports whether r may be written for an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' || r == '‘' }

// tokenize cuts s.text into s.toks.
func (s *state) tokenize() {
	text := s.text
	if want := min(len(text)/4+16, 1<<16); cap(s.toks) < want {
		// News runs five to six bytes a token; a little more room saves
		// a copy of the slice when a text has many short tokens. Past an
		// article's size the slice doubles as it fills instead, so that
		// a huge text of few tokens does not reserve room for many.
		s.toks = make([]token, 0, want)
	}
	var pending tokenFlag // white-space flags for the next token
	spaces := 0           // spaces on the current line of the gap
	gap := 0              // spaces in the whole gap
	for i := 0; i < len(text); {
		var r rune
		var size int
		var cc charClass
		if c := text[i]; c < utf8.RuneSelf {
			r, size, cc = rune(c), 1, asciiClass[c]
			if c == ' ' {
				// The commonest byte of all.
				spaces++
				gap++
				pending |= fSpace
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			cc = classify(r)
		}
		switch cc {
		case chSpace:
			if r == '\t' || r == '\u00a0' {
				spaces += 2
				gap += 2
			} else if r != '\r' {
				// A CR is part of a line break ("\r\n" or a lone CR),
				// never a space a stripped mark left.
				spaces++
				gap++
			}
			if r == '\r' && (i+1 >= len(text) || text[i+1] != '\n') {
				// A lone CR ends a line.
				if pending&fNewline != 0 {
					pending |= fBlankLine
				}
				pending |= fNewline
				spaces = 0
			}
			pending |= fSpace
			i += size
			continue
		case chNewline:
			if pending&fNewline != 0 {
				pending |= fBlankLine
			}
			pending |= fNewline | fSpace
			spaces = 0
			i += size
			continue
		}
		t := token{start: i, flags: pending}
		// Each space beyond the one that separates words, or any space
		// beside a line break, may be a stripped mark.
		// No space follows an opening parenthesis or comes before a
		// closing one but a stripped mark's: `( We won,  she said)` from
		// `(“We won,” she said)`, `the party ( Dover First )`.
		if pending&fNewline == 0 && r != ')' && !(len(s.toks) > 0 && s.toks[len(s.toks)-1].isPunct('(')) {
			gap--
		}
		t.phantoms = uint8(min(max(gap, 0), 255))
		if t.phantoms > 0 {
			t.flags |= fWide
		} else {
			t.flags &^= fWide
		}
		pending, spaces, gap = 0, 0, 0
		switch cc {
		case chLetter, chDigit:
			i = s.scanWord(&t, i)
		case chMark:
			i = s.scanMark(&t, i, r, size)
		case chPunct:
			i = s.scanPunct(&t, i, r, size)
		default:
			t.kind = tSymbol
			i += size
		}
		t.end = i
		if t.kind != tWord && isASCII(text[t.start:t.end]) {
			// Rules ask wordIs of any token, "," too: it compares an
			// ASCII one byte by byte.
			t.flags |= fASCII
		}
		if n := len(s.toks); n > 0 && t.flags&fSpace == 0 {
			s.toks[n-1].flags |= fNoSpaceAfter
		}
		if len(s.toks) == cap(s.toks) {
			// Double, rather than append's quarter for large slices: a
			// text of many short tokens copies the slice less.
			s.toks = slices.Grow(s.toks, cap(s.toks))
		}
		s.toks = append(s.toks, t)
	}
	if n := len(s.toks); n > 0 {
		s.toks[n-1].flags |= fNoSpaceAfter
	}
	s.markStrippedTails()
	s.markAcronyms()
}

// asciiCapitals reports whether w is only the letters A to Z: "ACN", not
// "U.N." or "ÉTÉ".
func asciiCapitals(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// markAcronyms gives the organisation class to a word of three to five
// capitals that no list holds, standing among words in lower or title
// case: "an ACN committeeman", "ACN officials said". In a line set all in
// capitals it is just a word.
func (s *state) markAcronyms() {
	for k := range s.toks {
		t := &s.toks[k]
		if t.kind != tWord || t.flags&(fUpper|fDigit) != fUpper {
			continue // most words, tested once
		}
		if t.end-t.start == 2 && t.class&cObjPron != 0 && s.text[t.start:t.end] == "US" && !(k > 0 && s.toks[k-1].flags&fUpper != 0 || k+1 < len(s.toks) && s.toks[k+1].flags&fUpper != 0) {
			// "the US envoy", "told US officials": between words not
			// set in capitals, the country, not the pronoun.
			t.class = 0
			continue
		}
		if t.class != 0 || t.end-t.start < 3 || t.end-t.start > 5 || !asciiCapitals(s.text[t.start:t.end]) || strings.Trim(s.text[t.start:t.end], "IVX") == "" {
			continue // "Tom Reyes III" has a numeral
		}
		if k > 0 && s.toks[k-1].flags&fUpper != 0 || k+1 < len(s.toks) && (s.toks[k+1].flags&fUpper != 0 || s.toks[k+1].isPunct(':')) {
			// "REYES: I was there" labels a speaker's turn.
			continue
		}
		t.class |= cOrg
	}
}

// scanWord scans a word that starts at i and sets its flags and classes.
func (s *state) scanWord(t *token, i int) int {
	text := s.text
	t.kind = tWord
	start := i
	segLetters := 0 // letters since the last inner period
	onlyInitials := true
	upper, lower, letters := 0, 0, 0
	first := true
	// The lexicon key's hash, computed on the way (see hashFold), and
	// how many bytes it covers.
	h := uint64(14695981039346656037)
	fast := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII fast path: most of news text.
			switch {
			case 'a' <= c && c <= 'z':
				// A run of lower-case letters, most of any word, in a
				// loop that does no more than hash them.
				j := i
				for ; j < len(text) && 'a' <= text[j] && text[j] <= 'z'; j++ {
					h = (h ^ uint64(text[j])) * 1099511628211
				}
				n := j - i
				lower += n
				letters += n
				segLetters += n
				fast += n
				first = false
				i = j
				continue
			case 'A' <= c && c <= 'Z':
				upper++
				letters++
				if first {
					t.flags |= fCap
				}
				segLetters++
				first = false
				h = (h ^ uint64(c+'a'-'A')) * 1099511628211
				i++
				fast++
				continue
			case '0' <= c && c <= '9':
				t.flags |= fDigit
				segLetters++
				first = false
				h = (h ^ uint64(c)) * 1099511628211
				i++
				fast++
				continue
			case c == '!' && t.flags&fCap != 0 && lower > 0 && s.bangInName(i+1):
				// A brand's exclamation mark is part of its name and
				// ends no sentence: "Bakeo! said", "Bakeo!, a shop".
				i++
				continue
			case c != '-' && c != '.' && c != ',' && c != ':' && c != '&' && c != '\'' && c != '`':
				// Space or punctuation that joins no word parts: the
				// word ends here, with no need to look past it.
				return s.finishWord(t, start, i, h, fast == i-start, onlyInitials && segLetters <= 1, upper, lower, letters)
			}
		}
		r, size := decode(text, i)
		cc := classify(r)
		if cc == chLetter || cc == chDigit {
			if cc == chDigit {
				t.flags |= fDigit
			} else {
				letters++
				fr := foldRune(r)
				if unicode.IsUpper(fr) {
					upper++
					if first {
						t.flags |= fCap
					}
				} else if unicode.IsLower(fr) {
					lower++
				}
			}
			first = false
			segLetters++
			i += size
			continue
		}
		next := i + size
		nc := s.classAt(next)
		switch {
		case (r == '-' || r == '‐' || r == '‑') && (nc == chLetter || nc == chDigit):
			// ambassador-at-large, Son-hui, U.S.-South
			t.flags |= fHyphen
			segLetters = 0
			onlyInitials = false
			i = next
			continue
		case r == '.' && nc == chLetter && segLetters == 1:
			// U.S, J.D, a.m: single letters joined by periods.
			segLetters = 0
			i = next
			continue
		case r == '.' && segLetters == 1 && onlyInitials && next+1 < len(text) && text[next] == '-' && s.classAt(next+1) == chLetter:
			// U.S.-led, U.N.-backed: initials and their period in a
			// compound.
			i = next
			continue
		case r == '.' && nc == chLetter && segLetters > 1 && s.domainAt(next):
			// CaliforniaCityFinance.com, whitehouse.gov
			i = next
			continue
		case (r == ',' || r == '.' || r == ':') && nc == chDigit && t.flags&fDigit != 0 && segLetters > 0:
			// 1,000 3.5 10:30
			i = next
			continue
		case r == '&' && nc == chLetter && upper > 0 && lower == 0:
			// AT&T, S&P
			i = next
			continue
		case isApostrophe(r) && r != '`' && nc == chLetter:
			// Keep "don't" and "O'Brien" whole, but split off "'s" so
			// that "Russia's" is a name and a possessive, and "'re",
			// "'ve", "'ll", "'d", "'m" after a pronoun ("we're").
			if s.cliticAt(start, next) > 0 {
				return s.finishWord(t, start, i, h, fast == i-start, onlyInitials && segLetters <= 1, upper, lower, letters)
			}
			onlyInitials = false
			segLetters = 0
			i = next
			continue
		case r == '`' && nc == chLetter && segLetters > 0:
			// John`s: a backtick used as an apostrophe.
			if s.possessiveAt(next) {
				return s.finishWord(t, start, i, h, fast == i-start, false, upper, lower, letters)
			}
			i = next
			continue
		}
		break
	}
	return s.finishWord(t, start, i, h, fast == i-start, onlyInitials && segLetters <= 1, upper, lower, letters)
}

// bangInName reports whether the exclamation mark before text[i] may
// belong to the capitalised word before it: one space and a lower-case
// letter follow, or a comma and one space. Two spaces are a stripped
// closing mark's (`  We won!  she said`, `  Go Dover!,  she said`), and a
// capital opens a sentence.
func (s *state) bangInName(i int) bool {
	if i < len(s.text) && s.text[i] == ',' {
		i++
		return i+1 < len(s.text) && s.text[i] == ' ' && s.text[i+1] != ' '
	}
	return i+1 < len(s.text) && s.text[i] == ' ' && 'a' <= s.text[i+1] && s.text[i+1] <= 'z'
}

// asciiFoldEqual reports whether a and b, of the same length, are equal
// ignoring ASCII case; unlike equalFoldASCII, b need not be in lower case
// ("I", "According").
func asciiFoldEqual(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && foldByte(a[i]) != foldByte(b[i]) {
			return false
		}
	}
	return true
}

// possessive reports whether token k ends a possessor: "'s", the "s" left
// where stripping took the apostrophe ("Russia s"), or the apostrophe of
// "the Smiths'".
func (s *state) possessive(k int) bool {
	t := &s.toks[k]
	return t.kind == tClitic && (s.wordIs(k, "'s", "’s") || t.flags&fStrippedTail != 0 && s.lower(k) == "s") || t.kind == tMark && t.flags&fPossessiveMark != 0
}

// possessiveAt reports whether text[i:] is the "s" of a clitic "'s".
func (s *state) possessiveAt(i int) bool {
	if i >= len(s.text) || (s.text[i] != 's' && s.text[i] != 'S') {
		return false
	}
	c := s.classAt(i + 1)
	return c != chLetter && c != chDigit
}

// cliticAt returns the length of a clitic that starts at text[i], after
// an apostrophe that follows the word text[start:]: "s" after any word,
// "re", "ve", "ll", "d", "m" after a pronoun. It returns 0 if none does.
func (s *state) cliticAt(start, i int) int {
	if s.possessiveAt(i) {
		return 1
	}
	n := 0
	for n < 2 && i+n < len(s.text) {
		c := s.text[i+n] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		n++
	}
	if n == 0 || s.classAt(i+n) == chLetter || s.classAt(i+n) == chDigit {
		return 0
	}
	switch strings.ToLower(s.text[i : i+n]) {
	case "re", "ve", "ll", "d", "m":
	default:
		return 0
	}
	end := i - 1
	for end > start && s.text[end-1] >= 0x80 {
		end-- // the apostrophe may be several bytes
	}
	for end > start && !(s.text[end-1] >= 'A' && s.text[end-1] <= 'z') {
		end--
	}
	if lookupWord(s.text[start:end])&(cSubjPron|cFirstSecond) == 0 && !strings.EqualFold(s.text[start:end], "that") && !strings.EqualFold(s.text[start:end], "there") {
		return 0
	}
	return n
}

// finishWord ends a word at end, takes in an abbreviation's period, and
// looks the word up in the lexicon.
func (s *state) finishWord(t *token, start, end int, h uint64, hashed bool, initials bool, upper, lower, letters int) int {
	text := s.text
	word := text[start:end]
	if upper >= 2 && lower == 0 {
		t.flags |= fUpper
	}
	if hashed || isASCII(word) {
		t.flags |= fASCII
	}
	if hashed {
		// Only ASCII letters and digits: the hash is ready.
		t.class = s.lex.lookupHashed(word, h)
	} else {
		t.class = lookupWord(word)
	}
	if t.class == 0 && !hashed {
		// Only a word with more than letters and digits can hold a
		// hyphen: the common case pays nothing.
		t.class = prefixedTitle(word)
	}
	if t.class&cOrg != 0 && t.flags&fUpper == 0 && end-start <= 5 && isAcronymOrg(word) {
		// An acronym's letters in title case are a name's, not a
		// body's: "Dover TV", but "Tv Lee".
		t.class &^= cOrg
	}
	if t.class&cTime != 0 && word[0] >= 'a' && word[0] <= 'z' && strings.EqualFold(word, "march") {
		// A month's name is capitalised; in lower case "march" is a
		// noun, "organisers of the march".
		t.class &^= cTime
	}
	if s.user != nil {
		t.class |= s.user.lookup(word)
	}
	if end < len(text) && text[end] == '.' {
		// A period that belongs to the word: an initial, U.S., Mr., Jan.
		inner := false
		for k := start; k < end; k++ {
			if text[k] == '.' {
				inner = true
				break
			}
		}
		single := letters == 1 && end-start <= 4 && t.flags&fCap != 0
		if inner && initials || single || t.class&cAbbrev != 0 && t.flags&fDigit == 0 && !bareNo(text, start, end) {
			if single {
				t.flags |= fInitial
			}
			t.flags |= fAbbrev
			end++
		}
	}
	return end
}

// bareNo reports whether the word "no" or "nos" at [start, end), before a
// period, is the word and not the abbreviation of "number": a word, a
// mark or a line break follows, not a number. "Lee said no. Rain fell."
// ends a sentence, "No. 5" does not, nor (as for any abbreviation) "no.
// ..." where a quotation may go on.
func bareNo(text string, start, end int) bool {
	if w := text[start:end]; !strings.EqualFold(w, "no") && !strings.EqualFold(w, "nos") {
		return false
	}
	k := end + 1
	for k < len(text) && k < end+3 && text[k] == ' ' {
		k++
	}
	if k >= len(text) {
		return true
	}
	c := text[k]
	return c == '\n' || c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '"' || c == '\''
}

// isAcronymOrg reports whether w is one of acronymOrgs in any case.
func isAcronymOrg(w string) bool {
	for _, a := range acronymOrgs {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return false
}

// markStrippedTails flags the single letters ISOT stripping leaves of
// contractions and possessives: "Russia s", "can t", "we re".
func (s *state) markStrippedTails() {
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tWord || t.class&cContractionTail == 0 || t.flags&fSpace == 0 || t.flags&(fWide|fNewline) != 0 {
			continue
		}
		p := &s.toks[i-1]
		if p.kind != tWord || p.flags&fNoSpaceAfter != 0 {
			continue
		}
		w := s.text[t.start:t.end]
		switch w {
		case "s", "S":
			// "Russia s Foreign Ministry": a letter s after a word is a
			// possessive (or "it s") unless it is a list item.
			// It reads as "'s" does in marked text, "is" or "has"
			// where a word is wanted: "said that s what".
			t.kind = tClitic
			t.flags |= fStrippedTail
			t.class |= lookupWord("'s")
		case "t", "T":
			if p.class&cContractionHead != 0 {
				t.flags |= fStrippedTail
				p.class |= cAux | cNeg
				t.class = cNeg
			}
		default:
			if p.class&(cSubjPron|cFirstSecond) != 0 || s.text[p.start:p.end] == "I" {
				t.flags |= fStrippedTail
				t.class = cAux
			}
		}
	}
}

// scanPunct scans punctuation, folding runs of dashes and periods.
func (s *state) scanPunct(t *token, i int, r rune, size int) int {
	t.kind = tPunct
	r = foldRune(r)
	switch r {
	case '—', '–', '―', '‒', '⁓', '‐', '‑', '－':
		t.punct = pDash
		return i + size
	case '…':
		t.punct = pEllipsis
		return i + size
	case '-':
		t.punct = pDash
		j := i + 1
		for j < len(s.text) && s.text[j] == '-' {
			j++
		}
		return j
	case '.':
		j := i + 1
		for j < len(s.text) && (s.text[j] == '.' || s.text[j] == ' ' && j+1 < len(s.text) && s.text[j+1] == '.') {
			j++
		}
		for j > i+1 && s.text[j-1] == ' ' {
			j--
		}
		if j-i >= 3 {
			t.punct = pEllipsis
			return j
		}
		t.punct = '.'
		return i + 1
	}
	t.punct = r
	return i + size
}

// A sentence is the half-open token range [first, last) and the
// paragraph it belongs to.
type sentence struct {
	first, last int
	para        int
}

// splitSentences fills s.sents. A sentence ends at terminal punctuation
// (with any closing marks and brackets after it) before a capital, a digit,
// an opening mark or a line break; at a blank line; and at a line break
// after a line that ended a sentence or a headline in title case (before a
// capital). An abbreviation's period ends a sentence only before a function
// word ("in the U.S. The ...").
func (s *state) splitSentences() {
	s.sents = s.sents[:0]
	n := len(s.toks)
	blank := false // the text has blank lines between paragraphs
	for i := range s.toks {
		if s.toks[i].flags&fBlankLine != 0 {
			blank = true
			break
		}
	}
	para := 0
	start := 0
	words, caps := 0, 0 // the words of the line so far, and those capitalised
	for k := 0; k < n; k++ {
		t := &s.toks[k]
		if k > 0 && t.flags&fNewline != 0 {
			newPara := t.flags&fBlankLine != 0 || !blank
			// A headline in title case ends at its line break, with
			// no stop: "Lee Says She Will Run\nLee said ...".
			headline := words >= 3 && caps*10 >= words*7 && t.capWord()
			if k > start && (newPara || s.endsSentence(k-1) || t.flags&fReopen != 0 || headline) {
				s.sents = append(s.sents, sentence{first: start, last: k, para: para})
				start = k
			}
			if newPara && k == start {
				para++
			}
			words, caps = 0, 0
		}
		if t.kind == tWord && t.flags&fDigit == 0 {
			words++
			if t.flags&fCap != 0 {
				caps++
			}
		}
		if k == start {
			t.flags |= fSentStart
			paraStart := len(s.sents) == 0 || s.sents[len(s.sents)-1].para != para
			if paraStart {
				t.flags |= fParaStart
			}
			if e := s.skipDateline(k, !paraStart); e > k {
				// The dateline is a sentence of its own, with no
				// statement in it.
				s.sents = append(s.sents, sentence{first: k, last: e, para: para})
				start = e
				k = e - 1
				continue
			}
		}
		if !s.terminal(k) {
			continue
		}
		// Take in closing marks and brackets that follow with no space.
		j := k + 1
		for j < n && s.toks[j].flags&fSpace == 0 && (s.toks[j].kind == tMark || s.toks[j].isPunct(')') || s.toks[j].isPunct(']')) {
			j++
		}
		if j >= n || s.startsSentence(k, j) {
			s.sents = append(s.sents, sentence{first: start, last: j, para: para})
			start = j
			k = j - 1
		}
	}
	if start < n {
		s.sents = append(s.sents, sentence{first: start, last: n, para: para})
	}
}

// terminal reports whether token k could end a sentence.
func (s *state) terminal(k int) bool {
	t := &s.toks[k]
	if t.kind == tPunct {
		return t.punct == '.' || t.punct == '!' || t.punct == '?' || t.punct == pEllipsis
	}
	return t.kind == tWord && t.flags&fAbbrev != 0 && t.class&cTitleAbbrev == 0 && t.flags&fInitial == 0
}

// startsSentence reports whether token j can begin a new sentence after
// the terminal token k.
func (s *state) startsSentence(k, j int) bool {
	t := &s.toks[j]
	if t.flags&fSpace == 0 && t.flags&fWide == 0 {
		// "3.5", "U.S.-led", "END NOW![0637": no space, no break.
		return false
	}
	if t.flags&fNewline != 0 {
		return true
	}
	abbrev := s.toks[k].kind == tWord
	if s.toks[k].punct == pEllipsis && !t.capWord() {
		return false
	}
	if (s.toks[k].punct == '?' || s.toks[k].punct == '!' || s.toks[k].punct == pEllipsis) && (j > k+1 || t.flags&fWide != 0 && t.flags&fNewline == 0) && s.attributionAhead(j) {
		// `"Where is the mayor?" Smith asked.`, `"We'll see…" she
		// said.`: the attribution belongs to the quote's sentence. So
		// it does when the closing mark was stripped to a space.
		return false
	}
	switch {
	case t.kind == tMark:
		if abbrev {
			// `a fair in Dover, Kes. "The pies sold out ...`: a
			// quotation that opens with a capital starts a sentence.
			return t.mark.canOpen() && j+1 < len(s.toks) && s.toks[j+1].flags&fSpace == 0 && s.toks[j+1].capWord()
		}
		return t.mark.canOpen() || t.flags&fWide != 0
	case t.kind == tWord && t.flags&fDigit != 0:
		return !abbrev
	case t.capWord():
		if !abbrev {
			return true
		}
		// After an abbreviation, only a capitalised function word, or
		// a pronoun, starts a new sentence: "in the U.S. The ..."; or
		// any capital after the two spaces a stripped opening mark
		// leaves, as after a mark itself: `in Salem, Ore.  Tom Reyes
		// and his board ...`.
		if s.toks[k].class&cOrg != 0 && j+1 < len(s.toks) && s.toks[j+1].kind == tClitic && (s.toks[j+1].flags&fSpace == 0 || s.toks[j+1].flags&fStrippedTail != 0) {
			// A body's suffix ends its name, and a possessor after it
			// opens a sentence: "for Acme Corp. Kestia's shares rose",
			// also with the apostrophe stripped.
			return true
		}
		return t.class&(cDet|cSubjPron|cConj|cPrep|cSubord|cAdverb|cPossPron) != 0 && s.text[t.start:t.end] != "U.S." || t.phantoms == 1 && t.flags&fNewline == 0
	case t.isPunct('('), t.isPunct('['):
		return !abbrev
	case t.isPunct(pDash) && !s.toks[k].isPunct(pEllipsis) && t.flags&fSpace != 0 && j+1 < len(s.toks) && s.toks[j+1].capWord() && s.toks[j+1].flags&fSpace != 0:
		// A dash after a sentence's stop opens the next entry of a
		// list run into one line: "... at once.  - The Sailors Union
		// said ...".
		return !abbrev
	case t.isPunct(pEllipsis) && t.flags&fWide != 0 && j+1 < len(s.toks) && s.toks[j+1].capWord():
		// A quote opened by a stripped mark and an ellipsis, `.  ...
		// Yet`.
		return !abbrev
	case (t.kind == tPunct || t.kind == tSymbol) && s.text[t.start] == '#' && j+1 < len(s.toks) && s.toks[j+1].flags&fSpace == 0:
		// A hashtag, "#DACA".
		return !abbrev
	}
	return false
}

// skipDateline marks a dateline at the start of a paragraph ("MOSCOW
// (Reuters) -", "WASHINGTON —", "(Reuters) -", "Dover, Dec. 11 (AP) --")
// and returns the first token after it, with a byline before it ("By Ann
// Lee BEIJING (Reuters) -"). A place in title case needs the agency, and
// a dash stripped to a space will do. Within a paragraph (strict) it
// takes only a place in capitals with a short agency: text with no line
// breaks may open with an editor's note, "(This story corrects ...)
// HANOI (Reuters) -".
func (s *state) skipDateline(k int, strict bool) int {
	n := len(s.toks)
	j := k
	if j < n && s.word(j) == "By" {
		// A byline: "By" and names, joined by "and" or commas.
		for j++; j < n && j-k < 12 && (s.toks[j].capWord() && s.toks[j].flags&fUpper == 0 || s.wordIs(j, "and") || s.toks[j].isPunct(',')); j++ {
		}
		if j == k+1 || j >= n || s.toks[j].flags&fUpper == 0 {
			return k
		}
	}
	first := j
	sawCaps, sawAgency := false, false
	// Words in title case before any in capitals, none a function
	// word: a place has few, "New York (AFP) -", where a sentence opens
	// on one, "The Harbour Board (HB) - which".
	mixed := 0
	for j < n && j-first < 16 {
		t := &s.toks[j]
		if j > k && t.flags&fNewline != 0 {
			return k
		}
		if j > first && t.phantoms >= 2 && t.capWord() && (sawCaps || sawAgency && mixed <= 3) && (!strict || sawCaps && sawAgency) {
			// Stripping left the dash as a space between two others,
			// `DOVER (AP)   Fishermen say`, `DOVER   Fishermen say`.
			return s.endDateline(k, j)
		}
		switch {
		case t.kind == tWord && (t.flags&fUpper != 0 || t.flags&fCap != 0 && sawCaps):
			sawCaps = sawCaps || t.flags&fUpper != 0
		case t.kind == tClitic && sawCaps && j+1 < n && s.toks[j+1].kind == tWord && s.toks[j+1].flags&fUpper != 0:
			// A possessive in a place's name, its apostrophe
			// stripped: "ELM S BAY, Kestia (Reuters) -".
		case t.kind == tWord && t.flags&fCap != 0 && t.class&(cDet|cPrep|cConj|cSubjPron|cPossPron|cSubord) == 0:
			// A place in title case before an agency, "New York
			// (AFP) -", a month before its day, "Dec 29 (Reuters) -".
			mixed++
		case t.kind == tWord && t.flags&fDigit != 0 && j > first:
			// The day of a date, "DOVER, Dec. 11 (UPI) -".
		case t.isPunct(',') || t.isPunct('/') || t.isPunct('.'):
		case t.isPunct('('):
			// (Reuters), (AP): an agency in brackets.
			e := j + 1
			for e < n && e-j < 6 && !s.toks[e].isPunct(')') {
				e++
			}
			if e >= n || !s.toks[e].isPunct(')') || strict && e-j > 3 {
				// Within a paragraph only a short agency will do:
				// "NATO (North Atlantic Treaty Organization) -" is none.
				return k
			}
			sawAgency = sawAgency || e > j+1 && s.toks[j+1].capWord()
			j = e
		case t.isPunct(pDash) && (sawCaps || sawAgency && mixed <= 3) && j > first && (!strict || sawCaps && sawAgency):
			// A text may open with the agency alone, "(Reuters) -".
			return s.endDateline(k, j+1)
		default:
			return k
		}
		j++
	}
	return k
}

// endDateline marks tokens [k, e) as a dateline and returns e.
func (s *state) endDateline(k, e int) int {
	for i := k; i < e; i++ {
		s.toks[i].flags |= fDateline
	}
	if e < len(s.toks) {
		s.toks[e].flags |= fSentStart
	}
	return e
}

// domainAt reports whether a top-level domain starts at text[i] and ends
// the word: "com" in "Reuters.com", a country's "ru" in "kestia.ru".
func (s *state) domainAt(i int) bool {
	for _, tld := range [...]string{"com", "org", "net", "gov", "edu", "io", "co", "uk", "info", "mil", "au", "ca", "cn", "de", "eu", "fr", "jp", "ru", "tv", "ua"} {
		if strings.HasPrefix(s.text[i:], tld) {
			c := s.classAt(i + len(tld))
			if c != chLetter && c != chDigit {
				return true
			}
		}
	}
	return false
}

// attributionAhead reports whether a short attribution starts at token j:
// a name, title or pronoun and then a speech verb, or the verb first.
func (s *state) attributionAhead(j int) bool {
	if t := &s.toks[j]; t.kind == tWord && t.flags&fCap != 0 && t.class&(cSubjPron|cDet) != 0 && s.word(j) != "I" {
		// `"Why?" He answered, "..."`: a quote's own attribution
		// would run on in lower case, "he asked".
		return false
	}
	for k := j; k < len(s.toks) && k < j+7; k++ {
		t := &s.toks[k]
		if t.kind != tWord && t.kind != tClitic || k > j && t.flags&fNewline != 0 {
			return false
		}
		if t.class&cSpeech != 0 && t.flags&fCap == 0 {
			return true
		}
		if t.flags&fCap == 0 && t.class&(cSubjPron|cDet|cTitle|cTitleMod|cUnnamed|cAdverb) == 0 {
			return false
		}
	}
	return false
}

// prefixedTitle returns the title classes of a title noun after "co-",
// "vice-", "ex-" or "deputy-" or before "-general": "co-leader",
// "ex-minister", "inspector-general", and the period
// of an abbreviated one, "ex-Gov.". Other hyphenated words ("U.S.-led",
// "pro-business") have none. A title held "then" is a past one, not the
// speaker's, but its abbreviation's period ends no sentence: "then-Sen.
// Tom Reyes".
func prefixedTitle(word string) wordClass {
	if j := strings.LastIndexByte(word, '-'); j > 0 && strings.EqualFold(word[j+1:], "general") {
		// A title noun and "-general" is a higher office of it:
		// "Inspector-General", "director-general".
		return lookupWord(word[:j]) & cTitle
	}
	i := strings.IndexByte(word, '-')
	if i < 2 || i > 6 || i+1 >= len(word) {
		return 0
	}
	if strings.EqualFold(word[:i], "then") {
		return lookupWord(word[i+1:]) & cAbbrev
	}
	for _, p := range [...]string{"co", "vice", "ex", "deputy"} {
		if strings.EqualFold(word[:i], p) {
			return lookupWord(word[i+1:]) & (cTitle | cTitleMod | cAbbrev)
		}
	}
	return 0
}
