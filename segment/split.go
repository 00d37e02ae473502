package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// split cuts the paragraph t[ps:pe] into units and hands each to g.unit.
func (g *segmenter) split(ps, pe int) {
	t := g.text
	us := ps
	quote := false // inside an ASCII double quote
	for i := ps; i < pe; {
		c := t[i]
		if !splitByte[c] {
			i++
			continue
		}
		switch {
		case c == '"':
			quote = !quote
			i++
		case c == '.' || c == '!' || c == '?' ||
			c == 0xE2 && i+2 < pe && t[i+1] == 0x80 && t[i+2] == 0xA6: // …
			var end int
			var cut bool
			end, i, cut = g.terminal(us, i, pe, &quote)
			if cut {
				g.unit(us, end)
				us = i
			}
		case isUpper(c) && i > us && isLower(t[i-1]):
			if glued(t, us, i-1, pe) {
				g.unit(us, i)
				us = i
			}
			i++
		default:
			i++
		}
	}
	g.unit(us, pe)
}

// splitByte marks the bytes split must look at: sentence punctuation,
// the first byte of "…", the ASCII double quote and capitals (where
// glued items start).
var splitByte = func() (b [256]bool) {
	for _, c := range []byte(".!?\"\xe2ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		b[c] = true
	}
	return b
}()

// terminal reads the sentence punctuation at t[i] (with the closing
// quotes and brackets after it) in the unit that starts at us and
// decides whether a sentence ends there: end is where it would end, next
// where scanning resumes (the next sentence's start when cut).
func (g *segmenter) terminal(us, i, pe int, quote *bool) (end, next int, cut bool) {
	t := g.text
	j := i
	dots, marks, ellipsis := 0, false, false
scan:
	for j < pe {
		switch c := t[j]; {
		case c == '.':
			dots++
			j++
		case c == '!' || c == '?':
			marks = true
			j++
		case c == 0xE2 && j+2 < pe && t[j+1] == 0x80 && t[j+2] == 0xA6:
			ellipsis = true
			j += 3
		default:
			break scan
		}
	}
	ellipsis = ellipsis || dots > 1
	closed := false
	for j < pe {
		w := 0
		switch c := t[j]; {
		case c == '"':
			// Closing when a quote is open, or when white space follows:
			// sources mix curly and straight quotes.
			if *quote || j+1 == pe || spaceAt(t[:pe], j+1) > 0 {
				*quote = false
				w = 1
			}
		case c == ')' || c == ']' || c == '}':
			w = 1
		case c == '\'':
			if j+1 == pe || spaceAt(t[:pe], j+1) > 0 {
				w = 1
			}
		case c == 0xE2 && j+2 < pe && t[j+1] == 0x80 && t[j+2] == 0x9D: // ”
			w = 3
		case c == 0xE2 && j+2 < pe && t[j+1] == 0x80 && t[j+2] == 0x99: // ’
			if j+3 == pe || spaceAt(t[:pe], j+3) > 0 {
				w = 3
			}
		case c == 0xC2 && j+1 < pe && t[j+1] == 0xBB: // »
			w = 2
		}
		if w == 0 {
			break
		}
		j += w
		closed = true
	}
	end = j
	k := j
	for k < pe {
		w := spaceAt(t[:pe], k)
		if w == 0 {
			break
		}
		k += w
	}
	if k >= pe {
		return end, pe, false
	}
	gap := k > j
	r := rune(t[k])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(t[k:pe])
	}
	lower := isLowerRune(r)
	upper := isUpperRune(r)
	opening := r == '“' || r == '‘' || r == '«' || r == '"' && !*quote
	switch {
	case lower:
		cut = false
	case marks || ellipsis:
		cut = upper || opening || gap && (r == '(' || '0' <= r && r <= '9')
	case !gap && !closed:
		// Glued: "in Hanoi.The", but not "U.S.A", "Mr.Smith", "3.5" or
		// "e.g.".
		w, long := wordBefore(t, us, i)
		cut = opening || upper && (long || len(w) > 1 && strings.IndexByte(w, '.') < 0 && abbrevClass(w) != abTitle)
	default:
		cut = periodEnds(t, us, i, k, pe, r, upper)
	}
	if cut {
		return end, k, true
	}
	return end, j, false
}

// periodEnds decides whether the period at t[i], followed by white space
// or closers and then the character r at t[k], ends a sentence.
func periodEnds(t string, us, i, k, pe int, r rune, upper bool) bool {
	w, long := wordBefore(t, us, i)
	if long {
		return true
	}
	digit := '0' <= r && r <= '9'
	switch abbrevClass(w) {
	case abTitle, abNever:
		return false
	case abMonth, abNumber:
		return !digit && opensSentence(t, k, pe)
	case abEnd:
		return opensSentence(t, k, pe)
	}
	if len(w) == 1 && isUpper(w[0]) {
		// An initial ("John F. Kennedy"), unless a sentence plainly
		// starts after it ("… Plan B. The talks").
		return opensSentence(t, k, pe)
	}
	return true
}

// wordBefore returns the ASCII word (letters and inner periods, as in
// "U.S") that ends at t[i], not reaching before us. long is set when the
// word is longer than any abbreviation or continues with other
// characters (digits, non-ASCII letters), so it cannot be one.
func wordBefore(t string, us, i int) (w string, long bool) {
	j := i
	for j > us && (isLetter(t[j-1]) || t[j-1] == '.') && i-j <= 8 {
		j--
	}
	for j < i && t[j] == '.' {
		j++
	}
	if j > us && (t[j-1] == '.' || letterBefore(t, us, j)) {
		return t[j:i], true
	}
	return t[j:i], false
}

// abbrev classes, by how an abbreviation's period relates to the end of
// a sentence.
type abbrev uint8

const (
	abNone   abbrev = iota
	abTitle         // precedes a name: never ends a sentence ("Gen.", "St.")
	abNever         // never ends a sentence ("vs.", "e.g.")
	abMonth         // "Jan." does not end one before a day number
	abNumber        // "No." does not end one before a number
	abEnd           // may end one: only before a typical opener ("Inc.", "U.S.")
)

// abbrevClass classifies the word w before a period.
func abbrevClass(w string) abbrev {
	switch w {
	case "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
		"Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Sen", "Sens", "Rep", "Reps", "Gov", "Pres",
		"Amb", "Sec", "Secy", "Atty", "Supt", "Insp", "Rev", "Hon", "Rt", "Fr", "Mme", "Mlle",
		"Messrs", "Gens", "St", "Ste", "Mt", "Ft":
		return abTitle
	case "vs", "v", "cf", "approx", "ca", "incl", "esp", "viz", "e.g", "i.e":
		return abNever
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec":
		return abMonth
	case "No", "Nos", "Nr", "Vol", "Art", "Fig", "Ch", "p", "pp":
		return abNumber
	case "Inc", "Corp", "Ltd", "Co", "Cos", "Jr", "Sr", "Bros", "Plc", "plc", "Ave", "Blvd",
		"Rd", "Dept", "Univ", "Assn", "Govt", "etc", "al":
		return abEnd
	}
	// Dotted abbreviations: "U.S", "U.N", "a.m", "Ph.D".
	dotted, seg := false, 0
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			dotted, seg = true, 0
			continue
		}
		if seg++; seg > 2 {
			return abNone
		}
	}
	if dotted {
		return abEnd
	}
	return abNone
}

// opensSentence reports whether the text at t[k] plainly opens a
// sentence: an opening quote, or a word that seldom follows an
// abbreviation inside one ("The", "He", "But", …).
func opensSentence(t string, k, pe int) bool {
	switch c := t[k]; {
	case c == '"' || c == '(':
		return true
	case c == 0xE2 && k+2 < pe && t[k+1] == 0x80 && (t[k+2] == 0x9C || t[k+2] == 0x98): // “ ‘
		return true
	}
	m := k
	for m < pe && isLetter(t[m]) && m-k < 12 {
		m++
	}
	if letterAt(t, m, pe) {
		return false
	}
	switch t[k:m] {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its",
		"Their", "Our", "My", "This", "That", "These", "Those", "There", "Here", "But", "And",
		"Or", "So", "Yet", "In", "On", "At", "For", "After", "Before", "When", "While", "As",
		"If", "Although", "Though", "However", "Meanwhile", "Some", "Many", "Most", "According",
		"Both", "Earlier", "Later", "Since", "With", "Despite", "During", "Under", "Also",
		"What", "Why", "How", "Who", "Where", "Officials", "Analysts", "Critics":
		return true
	}
	return false
}

// glued reports whether the lower-case letter at t[i], directly followed
// by a capital, is where two items run together: the word it ends is a
// furniture word ("Related Posts|Russian"), or the capitalised word that
// starts at t[i+1] is ("in Ukraine|Advertisement"). Names such as
// "McDonald", "iPhone" or "PlayStation" are not split.
func glued(t string, us, i, pe int) bool {
	// Furniture words are short: the scans stop after maxGlue letters so
	// that a long run of letters costs no more than its length.
	const maxGlue = 16
	j := i
	for j > us && isLetter(t[j-1]) && i-j < maxGlue {
		j--
	}
	if !letterBefore(t, us, j) && wordClass(t[j:i+1])&wGlueL != 0 {
		return true
	}
	m := i + 2
	for m < pe && isLower(t[m]) && m-i < maxGlue {
		m++
	}
	if m < pe && !isUpper(t[m]) && letterAt(t, m, pe) {
		return false
	}
	return wordClass(t[i+1:m])&wGlueR != 0
}

// dateline returns the length of the dateline that opens the sentence u
// ("MOSCOW, June 19 (Reuters)", "HANOI (AP)", "(Reuters)"), without the
// dash after it, or 0. A dateline is a few capitalised words, numbers
// and a parenthesised agency before a spaced dash; without an agency
// it must start with a place in capitals of four letters or more
// ("WASHINGTON -"), which tells it from a sentence that starts with a
// name and a dash.
func dateline(u string) int {
	if u == "" || !(isUpper(u[0]) || u[0] == '(') {
		return 0
	}
	lim := min(len(u), 100)
	// Most sentences start with a capitalised word and have no
	// parenthesis near their start: no dateline.
	if !(len(u) > 1 && isUpper(u[1])) && strings.IndexByte(u[:lim], '(') < 0 {
		return 0
	}
	for j := 1; j < lim; j++ {
		w := 0
		switch c := u[j]; {
		case c == '-':
			w = 1
			if j+1 < len(u) && u[j+1] == '-' {
				w = 2
			}
		case c == 0xE2 && j+2 < len(u) && u[j+1] == 0x80 && (u[j+2] == 0x93 || u[j+2] == 0x94):
			w = 3
		}
		if w == 0 {
			continue
		}
		before := u[j-1] == ')' || spaceBefore(u, j) > 0
		after := j+w == len(u) || spaceAt(u, j+w) > 0 || u[j-1] == ')'
		if !before || !after {
			if w == 1 {
				continue // a hyphen inside a word
			}
			return 0
		}
		e := j
		for e > 0 && spaceBefore(u, e) > 0 {
			e -= spaceBefore(u, e)
		}
		if datelineWords(u[:e]) {
			return e
		}
		return 0
	}
	return 0
}

// datelineWords reports whether p reads as a dateline.
func datelineWords(p string) bool {
	words, capsLetters := 0, 0
	paren, agency, capsRun := 0, false, true
	for i := 0; ; {
		s, e, k := nextToken(p, i)
		if s >= len(p) {
			break
		}
		i = e
		tok := p[s:e]
		switch k {
		case Punct:
			switch tok {
			case "(":
				paren++
			case ")":
				if paren > 0 {
					paren--
					agency = true
				}
			case ",", ".", "/":
			default:
				return false
			}
			continue
		case Symbol, Possessive, Clitic:
			return false
		}
		words++
		if words > 10 {
			return false
		}
		if paren > 0 || k == Number {
			capsRun = false
			continue
		}
		c := tok[0]
		if isLower(c) {
			return false
		}
		caps := true
		for b := 0; b < len(tok); b++ {
			if isLower(tok[b]) {
				caps = false
				break
			}
		}
		if capsRun && caps {
			capsLetters += len(tok)
		} else {
			capsRun = false
		}
	}
	return words > 0 && paren == 0 && (agency || capsLetters >= 4)
}

func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// letterBefore reports whether the character that ends at t[:j], not
// starting before lo, is a letter, a digit or an invalid byte: part of a
// word. Quotes and dashes are not.
func letterBefore(t string, lo, j int) bool {
	if j <= lo {
		return false
	}
	if c := t[j-1]; c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeLastRuneInString(t[lo:j])
	return isWordRune(r)
}

// letterAt reports whether the character at t[k], before hi, is part of
// a word, as letterBefore.
func letterAt(t string, k, hi int) bool {
	if k >= hi {
		return false
	}
	if c := t[k]; c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(t[k:hi])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	return r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}
