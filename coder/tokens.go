package coder

import (
	"unicode"
	"unicode/utf8"
)

// tok is one token of a sentence as the matcher sees it.
type tok struct {
	start, end int32 // byte offsets into the sentence
	// up is the token folded to upper case, the form dictionaries use.
	up string
	// punct is the byte of a one-character punctuation token, else 0.
	punct byte
	// capital is true when the token starts with an upper-case letter.
	capital bool
	// cand is the range [c0, c1) of the token's dictionary word ids in
	// sentence.cands: its exact word id and the ids of every stem that
	// begins it.
	c0, c1 int32
}

// isWordByte reports bytes that continue a word once it has started.
func isInner(r rune) bool {
	return r == '.' || r == '-' || r == '\'' || r == '’' || r == '&' || r == '_'
}

// tokenize splits s into tokens and folds them to upper case. Possessive
// "'s" and the negation "n't" become tokens of their own, as in the
// Treebank convention the dictionaries were written for.
func tokenize(s string, dst []tok, buf []byte) ([]tok, []byte) {
	dst = dst[:0]
	buf = buf[:0]
	i := 0
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 || unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < len(s) {
				r2, sz2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, sz2 = utf8.DecodeRuneInString(s[j:])
				}
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += sz2
					continue
				}
				if isInner(r2) || r2 == ',' && j > i && isDigit(s[j-1]) && j+1 < len(s) && isDigit(s[j+1]) {
					// An inner mark stays in the word only when a letter or
					// digit follows ("U.S", "Jong-un", "d'Ivoire", "50,000");
					// a final "." stays for abbreviations ("U.S.").
					k := j + sz2
					if k < len(s) {
						r3, _ := utf8.DecodeRuneInString(s[k:])
						if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
							j = k
							continue
						}
					}
					if r2 == '.' && isAbbrev(s[i:j]) {
						j = k
					}
					// A hanging hyphen stays with its prefix: "anti- Gondor",
					// "pro- and anti-war".
					if r2 == '-' && (k >= len(s) || s[k] == ' ') {
						j = k
					}
				}
				break
			}
			dst, buf = appendWord(dst, buf, s, i, j)
			i = j
		default:
			dst = append(dst, tok{start: int32(i), end: int32(i + size), punct: punctByte(r)})
			if dst[len(dst)-1].punct == 0 {
				dst[len(dst)-1].punct = '?'
			}
			dst[len(dst)-1].up = punctString(dst[len(dst)-1].punct)
			i += size
		}
	}
	return dst, buf
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isAbbrev reports whether w followed by "." is an abbreviation that keeps
// its dot: dotted initials ("U.S", "U.N") and single capitals ("W").
func isAbbrev(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	for i := 1; i < len(w); i += 2 {
		if w[i] != '.' {
			return false
		}
	}
	return true
}

// appendWord appends the word s[i:j], splitting a trailing possessive
// "'s" / "’s" / "s'" and a trailing "n't".
func appendWord(dst []tok, buf []byte, s string, i, j int) ([]tok, []byte) {
	w := s[i:j]
	split := -1
	switch {
	case hasSuffixFold(w, "'s"):
		split = len(w) - 2
	case hasSuffixFold(w, "’s"):
		split = len(w) - len("’s")
	case hasSuffixFold(w, "n't") && len(w) > 3:
		split = len(w) - 3
	case hasSuffixFold(w, "n’t") && len(w) > 5:
		split = len(w) - len("n’t")
	}
	if split > 0 {
		dst, buf = appendTok(dst, buf, s, i, i+split)
		return appendTok(dst, buf, s, i+split, j)
	}
	return appendTok(dst, buf, s, i, j)
}

func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	t := w[len(w)-len(suf):]
	for k := 0; k < len(suf); k++ {
		a, b := t[k], suf[k]
		if a >= 'A' && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// appendTok folds s[i:j] to upper case into buf and appends the token. The
// token's up string is made once from buf by the caller (finishTokens) so
// that one sentence costs one string allocation.
func appendTok(dst []tok, buf []byte, s string, i, j int) ([]tok, []byte) {
	b0 := len(buf)
	w := s[i:j]
	ascii := true
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf = append(buf, c)
		}
	} else {
		for _, r := range w {
			if r == '’' {
				r = '\''
			}
			buf = utf8.AppendRune(buf, unicode.ToUpper(r))
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	t := tok{start: int32(i), end: int32(j), capital: unicode.IsUpper(first)}
	// Temporarily keep the offsets into buf in c0/c1; finishTokens turns
	// them into strings.
	t.c0, t.c1 = int32(b0), int32(len(buf))
	return append(dst, t), buf
}

// finishTokens gives every word token its upper-case string, all sharing
// one allocation.
func finishTokens(toks []tok, buf []byte) {
	up := string(buf)
	for k := range toks {
		if toks[k].punct == 0 {
			toks[k].up = up[toks[k].c0:toks[k].c1]
			toks[k].c0, toks[k].c1 = 0, 0
		}
	}
}

func punctByte(r rune) byte {
	switch r {
	case ',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '"', '\'', '-', '/':
		return byte(r)
	case '“', '”', '«', '»', '„':
		return '"'
	case '‘', '’':
		return '\''
	case '—', '–':
		return '-'
	}
	return 0
}

var punctStrings = func() [128]string {
	var a [128]string
	for c := 0; c < 128; c++ {
		a[c] = string(rune(c))
	}
	return a
}()

func punctString(b byte) string { return punctStrings[b&0x7f] }
