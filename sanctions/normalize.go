package sanctions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokenClass says what a name token is for matching.
type tokenClass uint8

const (
	plain tokenClass = iota
	// initial is a single letter ("L." in "Jennifer L. McClellan").
	initial
	// particle is a connecting word of names (al, bin, de, van).
	particle
	// form is a company form (LLC, OAO, JSC, GmbH): ignored in matching.
	form
)

// token is one word of a name: its folded text and its transliteration
// key.
type token struct {
	text  string
	key   string
	class tokenClass
	// patronymic marks an East Slavic father's name (Ivanovich,
	// Sergeyevna), which the news mostly leaves out: missing from a
	// query it costs little.
	patronymic bool
}

// formWords are company forms and the words of the long forms ("open
// joint stock company", "obshchestvo s ogranichennoi otvetstvennostyu"):
// they say what kind of body an entity is, not which one.
var formWords = setOf(
	"llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "company", "plc", "lp", "llp",
	"jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ooo", "ao", "tov", "pat", "dp", "fgup", "gup", "mup", "nao",
	"gmbh", "ag", "kg", "mbh", "sa", "sas", "sarl", "sl", "srl", "spa", "sae", "saog", "bv", "nv", "ab", "as", "oy",
	"fze", "fzco", "fzc", "fzllc", "dmcc", "pte", "pvt", "pty", "bhd", "sdn", "kk", "cv", "sac", "eirl",
	"joint", "stock", "liability", "open", "closed", "public", "private", "aktsionernoe", "obshchestvo",
	"otkrytoe", "zakrytoe", "publichnoe", "nepublichnoe", "ogranichennoi", "ogranichennoy", "otvetstvennostyu",
	"tovarystvo", "obmezhenoyu", "vidpovidalnistyu", "aktsionerne", "tovaristvo",
)

// particles join the parts of names in many languages; they count for
// little, since nearly every Arabic, Spanish or Dutch name has some.
var particles = setOf(
	"al", "el", "ul", "bin", "ibn", "bint", "ben", "bte", "binti", "ould",
	"de", "da", "del", "della", "di", "do", "dos", "das", "du", "la", "le", "les", "lo",
	"van", "von", "der", "den", "ter", "ten", "zu", "y", "e", "and", "of", "the",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// foldRune maps letters that decomposition leaves alone, and the
// Cyrillic and Greek alphabets, to Latin (a simple scientific-style
// romanisation that the key then reconciles with the others: "Шугаев"
// gives "shugaev").
var foldRune = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h",
	'ŋ': "ng", 'ſ': "s", 'ə': "a",
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u", 'ђ': "dj", 'ј': "j",
	'љ': "lj", 'њ': "nj", 'ћ': "c", 'џ': "dz", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// isApostrophe reports the marks that sit inside a word (NU'MAN,
// Da’oud, ʻAli): they are dropped without cutting the word.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʹ', '`', '´', 'ʾ', 'ʿ':
		return true
	}
	return false
}

// tokenize folds a name to lower-case Latin letters and digits and cuts it
// into tokens: case and diacritics go, Cyrillic and Greek are
// romanised, apostrophes vanish, every other mark separates words, and
// dotted abbreviations join ("S.A." is "sa", "U.S." is "us"). Letters of
// other scripts (Arabic, Chinese) are kept, lower-cased, for matching
// against names in the same script. The order of the words is kept;
// "LAST, First" is not reordered since matching ignores order.
func tokenize(s string) []token {
	var out []token
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, newToken(cur.String()))
			cur.Reset()
		}
	}
	curLetters := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			cur.WriteByte(byte(r))
			curLetters++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			cur.WriteByte(byte(r + 'a' - 'A'))
			curLetters++
		case isApostrophe(r):
		case r == '.':
			// "S.A.", "U.S.": a single letter, a dot, then another single
			// letter and a dot (or the end) make one word.
			if curLetters == 1 && joinsAbbrev(s[i:]) {
				continue
			}
			flush()
			curLetters = 0
		case r < utf8.RuneSelf:
			flush()
			curLetters = 0
		default:
			if f, ok := foldRune[unicode.ToLower(r)]; ok {
				cur.WriteString(f)
				curLetters += len(f)
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				flush()
				curLetters = 0
				continue
			}
			n := foldLetter(&cur, r)
			curLetters += n
		}
	}
	flush()
	return out
}

// joinsAbbrev reports whether rest, the text after a dot that follows a
// single letter, goes on with one more letter and a dot or the end of the
// word.
func joinsAbbrev(rest string) bool {
	if len(rest) == 0 || !isASCIILetter(rest[0]) {
		return false
	}
	return len(rest) == 1 || rest[1] == '.' || rest[1] < utf8.RuneSelf && !isASCIILetter(rest[1]) && !('0' <= rest[1] && rest[1] <= '9')
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// foldLetter writes r without its diacritics, lower-cased, and returns
// how many letters it wrote. Combining marks are dropped.
func foldLetter(b *strings.Builder, r rune) int {
	n := 0
	for _, d := range norm.NFD.String(string(r)) {
		if unicode.Is(unicode.Mn, d) {
			continue
		}
		d = unicode.ToLower(d)
		if f, ok := foldRune[d]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(d)
		}
		n++
	}
	return n
}

// Fold returns a name as matching sees it: lower-case Latin words
// without diacritics or punctuation, separated by single spaces
// ("AL-QUBAYSI, Munir" is "al qubaysi munir").
func Fold(name string) string {
	toks := tokenize(name)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
	}
	return strings.Join(words, " ")
}

func newToken(text string) token {
	t := token{text: text, key: translitKey(text)}
	switch {
	case formWords[text]:
		t.class = form
	case particles[text]:
		t.class = particle
	case utf8.RuneCountInString(text) == 1 && isASCIILetter(text[0]):
		t.class = initial
	}
	t.patronymic = t.class == plain && isPatronymic(text)
	return t
}

// isPatronymic reports a word with the endings of East Slavic
// patronymics. Some family names end alike (Abramovich): they match as
// any word does, and only weigh less when the query leaves them out.
func isPatronymic(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range []string{"ovich", "evich", "yevich", "ovna", "evna", "yevna", "ichna", "ovych", "ovych", "ivna"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isVowel(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// translitKey reduces a folded token to a key that the usual ways of
// writing one name in Latin letters share: x is ks (Rosoboronexport,
// Rosoboroneksport), ph f, q and hard c k, kh h, zh and dzh j, w v, ou
// and oo u; a y between vowels goes (Mikheyev, Mikheev; Shugayev,
// Shugaev), any other y is i (Dmitry, Dmitri), and doubled letters are
// single (Mohammed, Mohamed). Tokens with letters outside a-z are their
// own key.
func translitKey(t string) string {
	for i := 0; i < len(t); i++ {
		if !('a' <= t[i] && t[i] <= 'z' || '0' <= t[i] && t[i] <= '9') {
			return t
		}
	}
	b := make([]byte, 0, len(t)+2)
	for i := 0; i < len(t); i++ {
		c := t[i]
		next := byte(0)
		if i+1 < len(t) {
			next = t[i+1]
		}
		switch {
		case c == 'x':
			b = append(b, 'k', 's')
		case c == 'p' && next == 'h':
			b = append(b, 'f')
			i++
		case c == 'q':
			b = append(b, 'k')
		case c == 'c' && next == 'k':
			b = append(b, 'k')
			i++
		case c == 'c' && next != 'h':
			b = append(b, 'k')
		case c == 'k' && next == 'h':
			b = append(b, 'h')
			i++
		case c == 'd' && next == 'z' && i+2 < len(t) && t[i+2] == 'h':
			b = append(b, 'j')
			i += 2
		case c == 'z' && next == 'h':
			b = append(b, 'j')
			i++
		case c == 'w':
			b = append(b, 'v')
		case c == 'o' && (next == 'u' || next == 'o'):
			b = append(b, 'u')
			i++
		default:
			b = append(b, c)
		}
	}
	b = collapse(b)
	// y between two vowels goes; any other y is i.
	out := b[:0]
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == 'y' {
			if i > 0 && i+1 < len(b) && isVowel(b[i-1]) && b[i-1] != 'y' && isVowel(b[i+1]) && b[i+1] != 'y' {
				continue
			}
			c = 'i'
		}
		out = append(out, c)
	}
	return string(collapse(out))
}

// collapse makes doubled letters single, in place.
func collapse(b []byte) []byte {
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if len(out) > 0 && out[len(out)-1] == b[i] && b[i] > '9' {
			continue
		}
		out = append(out, b[i])
	}
	return out
}

// skeleton is a key without its vowels: what the spellings of one name
// keep when only their vowels differ (Mohamed, Muhamad: mhmd).
func skeleton(key string) string {
	b := make([]byte, 0, len(key))
	for i := 0; i < len(key); i++ {
		if !isVowel(key[i]) {
			b = append(b, key[i])
		}
	}
	return string(b)
}
