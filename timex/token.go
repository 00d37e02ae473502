package timex

import (
	"unicode"
	"unicode/utf8"
)

// token is one word, number or punctuation mark of a sentence.
type token struct {
	s, e int // bytes [s, e) in the sentence
	// low is the token lowercased (ASCII letters only; other bytes as
	// they are).
	low  string
	kind tokKind
	cap  bool // starts with an upper-case letter
	sp   bool // white space before it
	num  int  // value of a number token, -1 when it is too long
	lex  lex  // the lexicon entry of low, if any
	// heart is set on a number or a word that can be the heart of an
	// expression (see lex.near).
	heart bool
}

type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters only
	tokNum                      // digits only
	tokAlnum                    // digits and letters: "2am", "19th", "1950s"
	tokPunct
)

// Byte classes of ASCII, for the loops that see every byte.
const (
	cOther uint8 = iota
	cSpace
	cLower
	cUpper
	cDigit
	cHigh // a byte of a multi-byte rune
)

var class = func() (c [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b >= 'a' && b <= 'z':
			c[b] = cLower
		case b >= 'A' && b <= 'Z':
			c[b] = cUpper
		case b >= '0' && b <= '9':
			c[b] = cDigit
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v':
			c[b] = cSpace
		case b >= 0x80:
			c[b] = cHigh
		}
	}
	return c
}()

func isLetterClass(c uint8) bool { return c == cLower || c == cUpper }

// tokenize splits s into tokens and reports whether s is worth looking
// at (see worthLooking); it makes no tokens when it is not. A token is a
// maximal run of letters and digits, or a single punctuation rune;
// spaces separate.
func tokenize(s string, toks []token) ([]token, bool) {
	toks = toks[:0]
	if !worthLooking(s) {
		return toks, false
	}
	sp := true
	for i := 0; i < len(s); {
		c := class[s[i]]
		switch c {
		case cSpace:
			sp = true
			i++
			continue
		case cOther:
			toks = append(toks, token{s: i, e: i + 1, kind: tokPunct, sp: sp, num: -1})
			sp = false
			i++
			continue
		case cHigh:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				sp = true
				i += n
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				toks = append(toks, token{s: i, e: i + n, kind: tokPunct, sp: sp, num: -1})
				sp = false
				i += n
				continue
			}
		}
		j, letters, digits := i, false, false
	word:
		for j < len(s) {
			switch class[s[j]] {
			case cDigit:
				digits = true
				j++
			case cLower, cUpper:
				letters = true
				j++
			case cHigh:
				r, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break word
				}
				letters = true
				j += n
			default:
				break word
			}
		}
		t := token{s: i, e: j, sp: sp, num: -1}
		sp = false
		t.cap = c == cUpper
		if c == cHigh {
			r, _ := utf8.DecodeRuneInString(s[i:])
			t.cap = unicode.IsUpper(r)
		}
		switch {
		case digits && !letters:
			t.kind = tokNum
			if j-i <= 9 {
				n := 0
				for k := i; k < j; k++ {
					n = n*10 + int(s[k]-'0')
				}
				t.num = n
			}
		case digits:
			t.kind = tokAlnum
		default:
			t.kind = tokWord
		}
		toks = append(toks, t)
		i = j
	}
	return toks, true
}

// worthLooking is the cheap test of a sentence: a digit, or a word of the
// lexicon that can stand for a time on its own ("Thursday", "yesterday",
// "years", "now"). A word costs a bit test on its first three letters and
// length and, only when that passes, a map look-up.
func worthLooking(s string) bool {
	var buf [16]byte
	for i := 0; i < len(s); {
		c := class[s[i]]
		if c == cDigit {
			return true
		}
		if !isLetterClass(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isLetterClass(class[s[j]]) {
			j++
		}
		if n := j - i; n >= 3 && n <= len(buf) && triggers.has(s[i:j]) {
			for k := 0; k < n; k++ {
				buf[k] = s[i+k] | 0x20 // ASCII letters only here
			}
			if l, ok := lexicon[string(buf[:n])]; ok && l.trigger() && (l.k != lMonth || c == cUpper) {
				return true
			}
		}
		i = j
	}
	return false
}

// lowerInto fills in the lowercased text and lexicon entry of each token.
// It makes one lowercased copy of s when s has upper-case ASCII letters.
func lowerInto(s string, toks []token) {
	low := s
	for i := 0; i < len(s); i++ {
		if class[s[i]] == cUpper {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if class[b[k]] == cUpper {
					b[k] |= 0x20
				}
			}
			low = string(b)
			break
		}
	}
	for i := range toks {
		t := &toks[i]
		t.low = low[t.s:t.e]
		switch t.kind {
		case tokWord:
			if len(t.low) < 3 {
				// Spare the map the commonest words: "of", "to", "is".
				switch t.low {
				case "a", "an", "in", "at", "up":
					t.lex = lexicon[t.low]
				}
			} else if known.has(t.low) {
				t.lex = lexicon[t.low]
				t.heart = t.lex.near()
			}
		case tokAlnum:
			t.lex = lexicon[t.low]
			t.heart = true
		case tokNum:
			t.heart = true
		}
	}
}

// wordFilter is a Bloom filter of one probe on a word's first three
// letters and its length: false means the word is not in the set. It is
// 2 KiB, so that it stays in the first-level cache.
type wordFilter [256]uint64

// probe returns the filter bit of w, and false when w does not start with
// three ASCII letters (the map then decides).
func probe(w string) (uint, bool) {
	if len(w) < 3 {
		return 0, false
	}
	a, b, c := w[0]|0x20, w[1]|0x20, w[2]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' || c < 'a' || c > 'z' {
		return 0, false
	}
	h := (uint(a)*31+uint(b))*31 + uint(c)
	h = h*37 + uint(len(w))
	h *= 0x9E3779B1
	return (h >> 7) & (256*64 - 1), true
}

// has reports whether w may be a word of the set.
func (f *wordFilter) has(w string) bool {
	x, ok := probe(w)
	return !ok || f[x>>6]&(1<<(x&63)) != 0
}

var (
	// triggers filters the words that make a sentence worth looking at.
	triggers = buildFilter(lex.trigger)
	// known filters the words of the lexicon, so that most words of a
	// sentence cost no map look-up.
	known = buildFilter(func(lex) bool { return true })
)

func buildFilter(keep func(lex) bool) *wordFilter {
	var f wordFilter
	for w, l := range lexicon {
		if !keep(l) {
			continue
		}
		if x, ok := probe(w); ok {
			f[x>>6] |= 1 << (x & 63)
		}
	}
	return &f
}
