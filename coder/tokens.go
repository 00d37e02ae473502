package coder

import (
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/segment"
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
	// report marks a reporting verb ("said", "told").
	report bool
	// cand is the range [c0, c1) of the token's dictionary word ids in
	// sentence.cands: its exact word id and the ids of every stem that
	// begins it.
	c0, c1 int32
}

// tokenize cuts s with segment.Tokenize (possessive "'s" and "n't" are
// tokens of their own, as in the Treebank convention the dictionaries
// were written for) and folds the words to upper case. A hyphen left
// hanging after a prefix stays with it ("anti- Gondor" → ANTI-).
func tokenize(s string, dst []tok, buf []byte, stoks []segment.Token) ([]tok, []byte, []segment.Token) {
	dst, buf = dst[:0], buf[:0]
	stoks = segment.Tokenize(s, 0, stoks[:0])
	for k := 0; k < len(stoks); k++ {
		st := stoks[k]
		start, end := st.Start, st.End
		if st.Kind == segment.Punct || st.Kind == segment.Symbol {
			r, _ := utf8.DecodeRuneInString(s[start:end])
			p := punctByte(r)
			if p == 0 {
				p = '?'
			}
			dst = append(dst, tok{start: int32(start), end: int32(end), punct: p, up: punctString(p)})
			continue
		}
		if k+1 < len(stoks) && stoks[k+1].Start == end && s[end] == '-' && stoks[k+1].End == end+1 &&
			(end+1 == len(s) || s[end+1] == ' ') {
			end++
			k++
		}
		b0 := len(buf)
		buf = segment.AppendUpper(buf, s[start:end])
		first, _ := utf8.DecodeRuneInString(s[start:end])
		// Keep the offsets into buf in c0/c1 until finishTokens.
		dst = append(dst, tok{start: int32(start), end: int32(end), capital: unicode.IsUpper(first), c0: int32(b0), c1: int32(len(buf))})
	}
	return dst, buf, stoks
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
	case ',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '"', '\'', '-', '/', '&', '%', '$':
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

// punctStrings holds the one-byte strings of punctuation tokens, so that a
// token's up string costs no allocation.
var punctStrings = func() [128]string {
	var a [128]string
	for c := 0; c < 128; c++ {
		a[c] = string(rune(c))
	}
	return a
}()

func punctString(b byte) string { return punctStrings[b&0x7f] }
