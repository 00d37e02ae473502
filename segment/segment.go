// Package segment cuts a document's text into paragraphs, sentences and
// tokens. Every span is a byte range into the original text, which may
// hold invalid UTF-8: nothing is copied, decoded into a new string or
// normalised, so any output can be shown in its place in the document.
//
// Segment drops the lines of page furniture that web extraction leaves in
// news text (timestamps, reading times, share buttons, bylines, photo
// credits, "Related Posts") and reports them with a reason; it keeps
// headings apart from the prose that follows them, splits items glued
// together without a space ("Related PostsRussian President …", "… in
// Hanoi.The two leaders …") and marks datelines ("MOSCOW, June 19
// (Reuters) -"). Tokenize cuts a sentence into tokens the way the
// dictionaries expect, and AppendUpper folds a token to their upper case.
//
// The package sits on the hot path of coding: it scans bytes, uses no
// regular expressions and allocates only the slices of its results.
package segment

import (
	"strings"
	"unicode/utf8"
)

// Span is the byte range [Start, End) of a document's text.
type Span struct{ Start, End int }

// Text returns the text the span covers in doc.
func (s Span) Text(doc string) string { return doc[s.Start:s.End] }

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Kind says what a kept unit of text is.
type Kind uint8

// Kinds of units.
const (
	// Prose is an ordinary sentence, to be coded.
	Prose Kind = iota
	// Heading is a short line without final punctuation followed by more
	// text ("Trade and weapons"): shown, but not coded and never merged
	// with the sentence after it.
	Heading
	// Title is the document's first unit when it is a line without final
	// punctuation followed by more text: the headline. It reads like a
	// clause ("Putin arrives in Vietnam after …"), so a coder may code it.
	Title
)

var kindNames = [...]string{"Prose", "Heading", "Title"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Sentence is one kept unit of text: a sentence, a heading or the title.
// Its span is trimmed of surrounding white space and never empty.
type Sentence struct {
	Span
	// Paragraph indexes Result.Paragraphs.
	Paragraph int
	Kind      Kind
	// Dateline is the dateline that opens the sentence ("MOSCOW, June 19
	// (Reuters)", without the dash that follows it); empty when there is
	// none. The dateline stays inside the sentence's span.
	Dateline Span
}

// Reasons a line or item is dropped.
const (
	ReasonTimestamp   = "timestamp"      // "Issued on: 20/06/2024 - 10:12", "June 19, 2024"
	ReasonReadingTime = "reading time"   // "3 minutes", "5 min read"
	ReasonByline      = "byline"         // "By Jane Doe", "(Reporting by …; Editing by …)"
	ReasonCredit      = "credit"         // "Photo: Reuters", "(AFP)", "AFP/Getty Images"
	ReasonCopyright   = "copyright"      // "Copyright 2024 Reuters", "© AFP"
	ReasonFurniture   = "page furniture" // share buttons, "Related Posts", "Subscribe", "Advertisement"
	ReasonSeparator   = "separator"      // a unit with no word in it: "***", "—"
)

// Dropped is a span of text that is not part of any sentence, with the
// reason it was dropped (one of the Reason constants).
type Dropped struct {
	Span
	Reason string
}

// Result is a segmented document.
type Result struct {
	// Sentences are the kept units in document order; their spans are
	// ordered and do not overlap.
	Sentences []Sentence
	// Dropped are the units taken out as page furniture, in order.
	Dropped []Dropped
	// Paragraphs are the spans of the paragraphs that hold at least one
	// kept unit. A paragraph is a block of lines between blank lines; in
	// a block, each line is a paragraph of its own (news text often has
	// one paragraph per line) unless it visibly goes on in the next line
	// (it ends with a comma, or with a word such as "the" or "of", or
	// without final punctuation before a lower-case word) or the text is
	// hard-wrapped at a fixed width. A list item ("- ", "• ", "1. ") is a
	// paragraph of its own, its bullet left out of its span.
	Paragraphs []Span
}

// Segment cuts text into paragraphs and sentences. See SegmentInto.
func Segment(text string) Result {
	var r Result
	SegmentInto(&r, text)
	return r
}

// SegmentInto segments text into r, reusing the capacity of r's slices,
// so that a caller segmenting many documents allocates nothing once the
// slices have grown.
//
// Sentences end at . ! ? and ellipses, after any closing quotes or
// brackets, when what follows starts a new sentence; abbreviations
// ("Mr.", "Gen.", "U.S.", "Jan. 5", "a.m."), initials ("John F.
// Kennedy") and decimals ("$3.5 billion") do not end one. A line without
// final punctuation ends its unit. Text glued without a space is split
// where a sentence's punctuation runs into a capital ("in Hanoi.The") or
// a furniture word runs into the next item ("Related PostsRussian").
func SegmentInto(r *Result, text string) {
	r.Sentences = r.Sentences[:0]
	r.Dropped = r.Dropped[:0]
	r.Paragraphs = r.Paragraphs[:0]
	g := segmenter{text: text, r: r, loneCR: hasLoneCR(text)}
	g.layout()

	open := false
	var ps, pe int
	var single, bullet bool
	var prev line
	for i := 0; i < len(text); {
		l := g.lineAt(i)
		i = l.next
		if l.start == l.end {
			if open {
				g.paragraph(ps, pe, single, bullet)
				open = false
			}
			continue
		}
		b := bulletAt(text, l.start, l.end)
		if open && b < 0 && g.joins(prev, l) {
			pe, single, prev = l.end, false, l
			continue
		}
		if open {
			g.paragraph(ps, pe, single, bullet)
		}
		open, ps, pe, single, bullet, prev = true, l.start, l.end, true, b >= 0, l
		if bullet {
			ps = b
		}
	}
	if open {
		g.paragraph(ps, pe, single, bullet)
	}
	// A heading or title must be followed by text; at the end of the
	// document it is just a short line.
	for k := len(r.Sentences) - 1; k >= 0 && r.Sentences[k].Kind != Prose; k-- {
		r.Sentences[k].Kind = Prose
	}
}

// segmenter holds the state of one SegmentInto call.
type segmenter struct {
	text   string
	r      *Result
	loneCR bool // the text has CRs that end lines on their own

	// Layout of the document's lines (see layout).
	wrapped   bool
	width     int
	minIndent int

	// The paragraph being split.
	ps, pe int
	single bool // the paragraph is one line
	bullet bool // the paragraph is a list item
	para   int  // its index in r.Paragraphs, -1 until a unit is kept
}

// line is one line of the text: [start, end) is its content without
// surrounding white space; lineStart is where the line begins and next
// where the following one does.
type line struct {
	lineStart, start, end, next int
}

// lineAt returns the line that begins at i. Lines end at "\n", "\r\n" or
// a lone "\r".
func (g *segmenter) lineAt(i int) line {
	t := g.text
	l := line{lineStart: i}
	var e int
	if g.loneCR {
		e = i
		for e < len(t) && t[e] != '\n' && t[e] != '\r' {
			e++
		}
	} else if k := strings.IndexByte(t[i:], '\n'); k >= 0 {
		e = i + k
	} else {
		e = len(t)
	}
	l.next = e
	if e < len(t) {
		l.next = e + 1
		if t[e] == '\r' && e+1 < len(t) && t[e+1] == '\n' {
			l.next = e + 2
		}
	}
	s := i
	for s < e {
		w := spaceAt(t[:e], s)
		if w == 0 {
			break
		}
		s += w
	}
	for e > s {
		w := spaceBefore(t, e)
		if w == 0 {
			break
		}
		e -= w
	}
	l.start, l.end = s, e
	return l
}

// hasLoneCR reports whether t has a CR that is not part of a CRLF: then
// lines must be found byte by byte rather than by searching for LF.
func hasLoneCR(t string) bool {
	for i := 0; ; {
		k := strings.IndexByte(t[i:], '\r')
		if k < 0 {
			return false
		}
		i += k + 1
		if i == len(t) || t[i] != '\n' {
			return true
		}
	}
}

// Hard-wrapped text: the narrowest and widest lines, in characters, of
// text taken as wrapped at a fixed width, and how far short of that
// width a line without final punctuation may stop and still continue on
// the next line.
const (
	minWrap   = 40
	maxWrap   = 132
	wrapSlack = 12
)

// layout finds out whether the text is hard-wrapped at a fixed width:
// then the lines of a block are joined into paragraphs (a line that
// would have taken the next line's first word had there been room
// continues on it), and indentation starts a paragraph.
func (g *segmenter) layout() {
	t := g.text
	inner, maxBytes := 0, 0
	g.minIndent = len(t)
	blank := true
	for i := 0; i < len(t); {
		l := g.lineAt(i)
		i = l.next
		if l.start == l.end {
			blank = true
			continue
		}
		if !blank {
			inner++
		}
		blank = false
		maxBytes = max(maxBytes, l.end-l.lineStart)
		g.minIndent = min(g.minIndent, l.start-l.lineStart)
	}
	if inner < 3 || maxBytes > 4*maxWrap {
		return
	}
	for i := 0; i < len(t); {
		l := g.lineAt(i)
		i = l.next
		g.width = max(g.width, cols(t[l.lineStart:l.end]))
	}
	if g.width > maxWrap || g.width < minWrap {
		return
	}
	filled := 0
	var prev line
	blank = true
	for i := 0; i < len(t); {
		l := g.lineAt(i)
		i = l.next
		if l.start == l.end {
			blank = true
			continue
		}
		if !blank && g.fill(prev, l) > g.width {
			filled++
		}
		blank = false
		prev = l
	}
	g.wrapped = 5*filled >= 3*inner
}

// fill returns the width line a would have had with b's first word
// appended: more than the text's width when a was wrapped before it.
func (g *segmenter) fill(a, b line) int {
	t := g.text
	k := b.start
	for k < b.end && spaceAt(t[:b.end], k) == 0 {
		k++
	}
	return cols(t[a.lineStart:a.end]) + 1 + cols(t[b.start:k])
}

// joins reports whether line b continues the paragraph whose last line is
// a.
func (g *segmenter) joins(a, b line) bool {
	t := g.text
	if g.wrapped && b.start-b.lineStart > g.minIndent {
		return false
	}
	last := lastOpen(t, a.start, a.end)
	if last == ',' || last == ';' || !isFinal(last) && (startsLower(t, b.start, b.end) || endsOpen(t, a.start, a.end)) {
		// A furniture line such as "Image caption," does not go on.
		return furniture(t[a.start:a.end], true) == ""
	}
	if !g.wrapped {
		return false
	}
	// Hand-wrapped text is ragged: a line that does not end a sentence
	// continues when it comes close to the width; a heading is shorter.
	fill := g.fill(a, b)
	return fill > g.width || !isFinal(last) && fill > g.width-wrapSlack
}

// endsOpen reports whether t[s:e] ends with a word that cannot end a
// sentence or a heading: an article, preposition or conjunction ("… to
// Haiti on").
func endsOpen(t string, s, e int) bool {
	j := e
	for j > s && isLower(t[j-1]) && e-j < 8 {
		j--
	}
	if j == e || j > s && spaceBefore(t, j) == 0 {
		return false
	}
	switch t[j:e] {
	case "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "from", "by", "and", "or",
		"but", "as", "than", "that", "into", "onto", "over", "under", "between", "about",
		"against", "after", "before", "during", "without", "within", "via", "per", "whose",
		"which", "who", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// lastOpen returns the last character of t[s:e] before any closing
// quotes and brackets, or 0.
func lastOpen(t string, s, e int) rune {
	for e > s {
		if w := closerBefore(t, s, e); w > 0 {
			e -= w
			continue
		}
		if c := t[e-1]; c < utf8.RuneSelf {
			return rune(c)
		}
		r, _ := utf8.DecodeLastRuneInString(t[s:e])
		return r
	}
	return 0
}

// closerBefore returns the width of a closing quote or bracket ending at
// t[:e] (not before s), or 0.
func closerBefore(t string, s, e int) int {
	switch c := t[e-1]; c {
	case '"', '\'', ')', ']', '}':
		return 1
	case 0x9D, 0x99: // ” ’
		if e-3 >= s && t[e-3] == 0xE2 && t[e-2] == 0x80 {
			return 3
		}
	case 0xBB: // »
		if e-2 >= s && t[e-2] == 0xC2 {
			return 2
		}
	}
	return 0
}

// isFinal reports whether r ends a sentence or a clause that goes on.
func isFinal(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', ',', '…':
		return true
	}
	return false
}

// startsLower reports whether t[s:e] starts with a lower-case letter.
func startsLower(t string, s, e int) bool {
	if s >= e {
		return false
	}
	if c := t[s]; c < utf8.RuneSelf {
		return isLower(c)
	}
	r, _ := utf8.DecodeRuneInString(t[s:e])
	return isLowerRune(r)
}

// bulletAt returns where the content of a list item starts when the line
// t[s:e] starts with a bullet ("- ", "• ", "1. ", "a) "), or -1.
func bulletAt(t string, s, e int) int {
	k := s
	switch c := t[s]; {
	case c == '-' || c == '*' || c == '+':
		k++
	case c == 0xC2 && s+1 < e && t[s+1] == 0xB7: // ·
		k += 2
	case c == 0xE2 && s+2 < e:
		switch t[s+1] {
		case 0x80:
			if b := t[s+2]; b == 0xA2 || b == 0xA3 || b == 0x93 || b == 0x94 { // • ‣ – —
				k += 3
			}
		case 0x96:
			if b := t[s+2]; b == 0xAA || b == 0xBA || b == 0xA0 { // ▪ ► ■
				k += 3
			}
		case 0x97:
			if b := t[s+2]; b == 0xA6 || b == 0x8F { // ◦ ●
				k += 3
			}
		}
	case isDigit(c):
		for k < e && k-s < 3 && isDigit(t[k]) {
			k++
		}
		if k < e && (t[k] == '.' || t[k] == ')') {
			k++
		} else {
			return -1
		}
	case isLower(c) && s+1 < e && t[s+1] == ')':
		k += 2
	}
	if k == s || k >= e || spaceAt(t[:e], k) == 0 {
		return -1
	}
	for k < e {
		w := spaceAt(t[:e], k)
		if w == 0 {
			return k
		}
		k += w
	}
	return -1
}

// paragraph splits the paragraph t[ps:pe] into units.
func (g *segmenter) paragraph(ps, pe int, single, bullet bool) {
	g.ps, g.pe, g.single, g.bullet, g.para = ps, pe, single, bullet, -1
	g.split(ps, pe)
}

// unit classifies the unit t[us:ue] and records it as kept or dropped.
func (g *segmenter) unit(us, ue int) {
	t := g.text
	for us < ue {
		w := spaceAt(t[:ue], us)
		if w == 0 {
			break
		}
		us += w
	}
	for ue > us {
		w := spaceBefore(t[:ue], ue)
		if w == 0 {
			break
		}
		ue -= w
	}
	if us >= ue {
		return
	}
	u := t[us:ue]
	r := g.r
	whole := g.single && us == g.ps && ue == g.pe
	if why := furniture(u, whole); why != "" {
		r.Dropped = append(r.Dropped, Dropped{Span{us, ue}, why})
		return
	}
	kind := Prose
	if whole && !g.bullet && !isFinal(lastOpen(t, us, ue)) {
		n := countWords(u, maxTitleWords+1)
		if len(r.Sentences) == 0 && n <= maxTitleWords {
			kind = Title
		} else if n <= maxHeadingWords {
			kind = Heading
		}
	}
	first := g.para < 0
	if first {
		r.Paragraphs = append(r.Paragraphs, Span{g.ps, g.pe})
		g.para = len(r.Paragraphs) - 1
	}
	s := Sentence{Span: Span{us, ue}, Paragraph: g.para, Kind: kind}
	if first && kind == Prose {
		if n := dateline(u); n > 0 {
			s.Dateline = Span{us, us + n}
		}
	}
	r.Sentences = append(r.Sentences, s)
}

// Longest headings and titles, in words.
const (
	maxHeadingWords = 12
	maxTitleWords   = 30
)

// countWords counts the space-separated fields of s, up to limit.
func countWords(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		if w := spaceAt(s, i); w > 0 {
			in = false
			i += w
			continue
		}
		if !in {
			n++
			if n >= limit {
				return n
			}
			in = true
		}
		i++
	}
	return n
}

// cols returns the number of characters in s (counting each invalid
// byte as one).
func cols(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
