package server

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// mark is a span of a text to show marked: an actor's words, a date, an
// entity, a search match, a sentence.
type mark struct {
	start, end int
	// class is a CSS class; title a tooltip; link where a click goes.
	class, title, link string
	// sentence marks a kept sentence: anchor names its start, events are
	// the events it reports, shown after it.
	sentence bool
	anchor   string
	events   []eventRef
}

// eventRef is a link to an event shown after the sentence that reports
// it.
type eventRef struct {
	Link, Label, Title string
}

// segment is a piece of text with the same marks all along, as the page
// templates render it: escaped text in a span with the marks' classes.
type segment struct {
	Text    string
	Classes string
	Title   string
	Link    string
	// Anchor is set on the first segment of a sentence; After holds the
	// event links shown at a sentence's end.
	Anchor string
	After  []eventRef
}

// block is a paragraph of a text.
type block struct {
	Segments []segment
}

// runeStart moves i back to the start of the rune it falls in, so that
// byte offsets from outside never split a character.
func runeStart(text string, i int) int {
	i = max(0, min(i, len(text)))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// segments cuts text[lo:hi] at every mark's ends. Marks are in the
// offsets of text; those outside [lo, hi) are ignored and those across
// its ends are cut. A segment outside every sentence mark gets the class
// "outside" when any sentence mark was given.
func segments(text string, lo, hi int, marks []mark) []segment {
	lo, hi = runeStart(text, lo), runeStart(text, hi)
	if hi <= lo {
		return nil
	}
	cuts := []int{lo, hi}
	var in []mark
	anySentence := false
	for _, m := range marks {
		anySentence = anySentence || m.sentence
		s, e := runeStart(text, max(m.start, lo)), runeStart(text, min(m.end, hi))
		if e <= s {
			continue
		}
		m.start, m.end = s, e
		in = append(in, m)
		cuts = append(cuts, s, e)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	slices.SortStableFunc(in, func(a, b mark) int { return a.start - b.start })
	var out []segment
	var active []mark
	next := 0
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		active = slices.DeleteFunc(active, func(m mark) bool { return m.end <= a })
		for next < len(in) && in[next].start <= a {
			active = append(active, in[next])
			next++
		}
		seg := segment{Text: text[a:b]}
		var classes, titles []string
		inSentence := false
		for _, m := range active {
			if m.sentence {
				inSentence = true
				if m.start == a {
					seg.Anchor = m.anchor
				}
				if m.end == b {
					seg.After = append(seg.After, m.events...)
				}
			}
			if m.class != "" && !slices.Contains(classes, m.class) {
				classes = append(classes, m.class)
			}
			if m.title != "" && !slices.Contains(titles, m.title) {
				titles = append(titles, m.title)
			}
			if seg.Link == "" {
				seg.Link = m.link
			}
		}
		if anySentence && !inSentence {
			classes = append(classes, "outside")
		}
		seg.Classes, seg.Title = strings.Join(classes, " "), strings.Join(titles, " · ")
		out = append(out, seg)
	}
	return out
}

// blocks cuts text into paragraphs at blank lines and each paragraph into
// segments.
func blocks(text string, marks []mark) []block {
	var out []block
	emit := func(lo, hi int) {
		hi = lo + len(strings.TrimRight(text[lo:hi], "\r\n"))
		out = append(out, block{Segments: segments(text, lo, hi, marks)})
	}
	start := -1 // of the paragraph being read
	for i := 0; i < len(text); {
		end := len(text)
		if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
			end = i + j + 1
		}
		blank := strings.TrimSpace(text[i:end]) == ""
		switch {
		case blank && start >= 0:
			emit(start, i)
			start = -1
		case !blank && start < 0:
			start = i
		}
		i = end
	}
	if start >= 0 {
		emit(start, len(text))
	}
	return out
}
