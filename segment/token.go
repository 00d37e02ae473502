package segment

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind uint8

// Token kinds.
const (
	// Word is a run of letters and digits, with inner hyphens
	// ("anti-aircraft", "Jong-un"), inner apostrophes ("O'Brien",
	// "d'Ivoire") and the periods of abbreviations ("U.S.", "Mr.", "F.")
	// kept inside.
	Word TokenKind = iota
	// Number is a run of digits with inner separators ("3.5", "1,000",
	// "10:12", "20/06/2024", "2022-23").
	Number
	// Punct is punctuation: . , ; : ! ? quotes, brackets, dashes,
	// ellipses.
	Punct
	// Symbol is any other visible character: $ % & @ © and the like.
	Symbol
	// Possessive is the Treebank possessive split off its word: "'s" in
	// "Korea's", "'" in "allies'".
	Possessive
	// Clitic is a contraction split off its word: "n't", "'re", "'ll",
	// "'ve", "'d", "'m", and "'s" after a pronoun ("it's").
	Clitic
)

var tokenKindNames = [...]string{"Word", "Number", "Punct", "Symbol", "Possessive", "Clitic"}

// String returns the kind's name.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "TokenKind(?)"
}

// Token is one token: the byte range [Start, End) of the text it was cut
// from, shifted by the base given to Tokenize.
type Token struct {
	Start, End int
	Kind       TokenKind
}

// Tokenize appends the tokens of s to dst and returns the extended slice.
// Offsets are base plus the byte offset in s, so a sentence cut from a
// document with Segment can be tokenized with base = its Start and the
// tokens index the document directly. Tokenize allocates only when dst
// runs out of capacity.
//
// Conventions follow the Penn Treebank where the dictionaries expect
// them: possessive "'s" and contractions are split off ("Korea's" ->
// "Korea" "'s", "didn't" -> "did" "n't"), curly apostrophes count as
// ASCII ones, hyphenated words stay whole, en and em dashes are
// punctuation. Bytes that are not valid UTF-8 are kept inside words, so
// no offset is lost.
func Tokenize(s string, base int, dst []Token) []Token {
	i := 0
	for {
		start, end, kind := nextToken(s, i)
		if start >= len(s) {
			return dst
		}
		dst = append(dst, Token{Start: base + start, End: base + end, Kind: kind})
		i = end
	}
}

// nextToken returns the first token of s at or after i; start is len(s)
// when there is none.
func nextToken(s string, i int) (start, end int, kind TokenKind) {
	for i < len(s) {
		if s[i] == ' ' {
			i++
			continue
		}
		if w := spaceAt(s, i); w > 0 {
			i += w
			continue
		}
		break
	}
	if i >= len(s) {
		return len(s), len(s), Punct
	}
	c := s[i]
	if isAlnum(c) {
		return scanWord(s, i)
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return scanWord(s, i)
		case r == '’':
			return apostrophe(s, i, size)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			return scanWord(s, i)
		case r == '…' || unicode.IsPunct(r):
			return i, i + size, Punct
		}
		return i, i + size, Symbol
	}
	switch c {
	case '\'':
		return apostrophe(s, i, 1)
	case '.', '-':
		j := i + 1
		for j < len(s) && s[j] == c {
			j++
		}
		return i, j, Punct
	case ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '{', '}', '*', '/':
		return i, i + 1, Punct
	}
	return i, i + 1, Symbol
}

// apostrophe reads the token at an apostrophe of width w at i: a
// possessive or clitic when it follows a word, else a quote.
func apostrophe(s string, i, w int) (int, int, TokenKind) {
	if i > 0 && isWordByte(s[i-1]) {
		k := i + w
		m := k
		for m < len(s) && isLetter(s[m]) && m-k < 3 {
			m++
		}
		if m == len(s) || !isWordByte(s[m]) {
			switch clitic(s[k:m]) {
			case 's':
				if pronounBefore(s, i) {
					return i, m, Clitic
				}
				return i, m, Possessive
			case 'c':
				return i, m, Clitic
			case 0:
				if m == k && (s[i-1] == 's' || s[i-1] == 'S') {
					return i, k, Possessive
				}
			}
		}
	}
	return i, i + w, Punct
}

// clitic classifies the letters after an apostrophe: 's' for "s", 'c' for
// the contractions "re", "ve", "ll", "d", "m", 't' for "t", else 0.
func clitic(rest string) byte {
	switch len(rest) {
	case 1:
		switch rest[0] | 0x20 {
		case 's':
			return 's'
		case 'd', 'm':
			return 'c'
		case 't':
			return 't'
		}
	case 2:
		a, b := rest[0]|0x20, rest[1]|0x20
		if a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l' {
			return 'c'
		}
	}
	return 0
}

// pronounBefore reports whether the word ending at i is a pronoun whose
// "'s" is "is" or "has" rather than a possessive.
func pronounBefore(s string, i int) bool {
	j := i
	for j > 0 && isLetter(s[j-1]) && i-j < 6 {
		j--
	}
	if j > 0 && isWordByte(s[j-1]) {
		return false
	}
	var buf [6]byte
	n := copy(buf[:], s[j:i])
	for k := range n {
		buf[k] |= 0x20
	}
	switch string(buf[:n]) {
	case "it", "he", "she", "that", "there", "what", "who", "where", "here", "how", "let":
		return true
	}
	return false
}

// scanWord reads the word or number starting at i.
func scanWord(s string, i int) (int, int, TokenKind) {
	j := i
	letters := false
	seg := i // start of the current letter run, for dotted abbreviations
	for j < len(s) {
		// The common case: a run of ASCII letters and digits.
		var seen uint8
		for j < len(s) && alnum[s[j]] != 0 {
			seen |= alnum[s[j]]
			j++
		}
		letters = letters || seen&aLetter != 0
		if j >= len(s) {
			break
		}
		c := s[j]
		switch {
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[j:])
			if r == '’' {
				if e, k, stop := inWordApostrophe(s, i, j, size, letters); stop {
					return i, e, k
				}
				j += size
				continue
			}
			if r == utf8.RuneError && size == 1 || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
				letters = true
				j += size
				continue
			}
			// Non-breaking and soft hyphens, and the zero-width
			// (non-)joiners of Persian script, stay inside a word.
			if (r == '\u2011' || r == '\u00ad' || r == '\u200c' || r == '\u200d') && j+size < len(s) && isWordByte(s[j+size]) {
				j += size
				continue
			}
			return i, j, wordKind(letters)
		case c == '\'':
			if e, k, stop := inWordApostrophe(s, i, j, 1, letters); stop {
				return i, e, k
			}
			j++
			continue
		case c == '-':
			if j+1 < len(s) && isWordByte(s[j+1]) {
				j++
				seg = j
				continue
			}
			return i, j, wordKind(letters)
		case c == '.':
			if !letters {
				if j+1 < len(s) && isDigit(s[j+1]) {
					j++
					continue
				}
				return i, j, Number
			}
			// Dotted abbreviations: "U.S.", "e.g.", "a.m.", "Ph.D.".
			if j-seg <= 2 {
				k := j + 1
				m := k
				for m < len(s) && isLetter(s[m]) && m-k <= 2 {
					m++
				}
				if m > k && m-k <= 2 && m < len(s) && s[m] == '.' {
					j = m
					seg = k
					continue
				}
			}
			if dottedOrAbbrev(s, i, j) {
				return i, j + 1, Word
			}
			return i, j, Word
		case (c == ',' || c == ':' || c == '/') && !letters:
			if j+1 < len(s) && isDigit(s[j+1]) {
				j++
				continue
			}
			return i, j, Number
		default:
			return i, j, wordKind(letters)
		}
	}
	return i, j, wordKind(letters)
}

func wordKind(letters bool) TokenKind {
	if letters {
		return Word
	}
	return Number
}

// inWordApostrophe decides what an apostrophe of width w at j does to the
// word that started at i: stop reports that the token ends at e with kind
// k (the word before a possessive or a clitic, the word before "n't", or
// "n't" itself); otherwise the apostrophe is inside the word ("O'Brien",
// "d'Ivoire").
func inWordApostrophe(s string, i, j, w int, letters bool) (e int, k TokenKind, stop bool) {
	r := j + w
	m := r
	for m < len(s) && isLetter(s[m]) && m-r < 3 {
		m++
	}
	if m == r {
		return j, wordKind(letters), true
	}
	if m < len(s) && isWordByte(s[m]) {
		return 0, 0, false
	}
	switch clitic(s[r:m]) {
	case 's', 'c':
		return j, wordKind(letters), true
	case 't':
		if s[j-1]|0x20 == 'n' {
			if j-1 > i {
				return j - 1, Word, true
			}
			return m, Clitic, true
		}
	}
	return 0, 0, false
}

// dottedOrAbbrev reports whether the period at j ends the word s[i:j] as
// part of it: a dotted abbreviation ("U.S"), a known abbreviation ("Mr",
// "Gen", "Jan") or an initial ("F" in "John F. Kennedy").
func dottedOrAbbrev(s string, i, j int) bool {
	w := s[i:j]
	for k := 1; k < len(w); k++ {
		if w[k] == '.' {
			return true
		}
	}
	if len(w) == 1 {
		return isUpper(w[0])
	}
	switch abbrevClass(w) {
	case abNone:
		return false
	case abNumber:
		// "No." only before a number: "said no." ends a sentence.
		k := j + 1
		for k < len(s) && s[k] == ' ' {
			k++
		}
		return k < len(s) && isDigit(s[k])
	}
	return true
}

// AppendUpper appends tok folded to upper case to dst, the form the
// dictionaries use. ASCII is folded byte by byte; other letters are
// folded with their diacritics kept ("Nguyễn" -> "NGUYỄN"); the curly
// apostrophes ’ and ‘ become '; invalid UTF-8 bytes are copied as they
// are.
func AppendUpper(dst []byte, tok string) []byte {
	n := len(dst)
	dst = append(dst, tok...)
	for i := n; i < len(dst); i++ {
		c := dst[i]
		if c >= utf8.RuneSelf {
			return appendUpperRunes(dst[:i], tok[i-n:])
		}
		if 'a' <= c && c <= 'z' {
			dst[i] = c - ('a' - 'A')
		}
	}
	return dst
}

// appendUpperRunes is AppendUpper past the first non-ASCII byte.
func appendUpperRunes(dst []byte, tok string) []byte {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, c)
		case r == '’' || r == '‘' || r == 'ʼ':
			dst = append(dst, '\'')
		default:
			dst = utf8.AppendRune(dst, unicode.ToUpper(r))
		}
		i += size
	}
	return dst
}

// alnum classifies ASCII letters and digits for scanWord.
var alnum = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = aLetter
		t[c-'a'+'A'] = aLetter
	}
	return t
}()

const (
	aDigit uint8 = 1 << iota
	aLetter
)

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// isWordByte reports bytes that can be part of a word: ASCII letters and
// digits and any non-ASCII byte (letters of other scripts, and invalid
// bytes, which are kept inside words).
func isWordByte(c byte) bool { return isAlnum(c) || c >= utf8.RuneSelf }

// spaceAt returns the width of the white space at s[i], or 0. Besides
// ASCII space it knows the no-break, typographic and zero-width spaces
// and the byte order mark that turn up in extracted web text.
func spaceAt(s string, i int) int {
	c := s[i]
	if c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	switch c {
	case 0xC2:
		if i+1 < len(s) && (s[i+1] == 0xA0 || s[i+1] == 0x85) {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) {
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0x80 && (0x80 <= b2 && b2 <= 0x8B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) ||
				b1 == 0x81 && (b2 == 0x9F || b2 == 0xA0) {
				return 3
			}
		}
	case 0xE1:
		if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
			return 3
		}
	case 0xE3:
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3
		}
	case 0xEF:
		if i+2 < len(s) && s[i+1] == 0xBB && s[i+2] == 0xBF {
			return 3
		}
	}
	return 0
}

// spaceBefore returns the width of the white space that ends at s[:j], or
// 0.
func spaceBefore(s string, j int) int {
	if j <= 0 {
		return 0
	}
	c := s[j-1]
	if c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	if j >= 2 && spaceAt(s[:j], j-2) == 2 {
		return 2
	}
	if j >= 3 && spaceAt(s[:j], j-3) == 3 {
		return 3
	}
	return 0
}
