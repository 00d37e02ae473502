package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a parsed full-text query: groups of terms, any group matching
// (OR), every term of a group matching (AND) or, for an excluded term, not
// matching.
type Query struct {
	Groups [][]Term
}

// Term is one word or phrase of a query.
type Term struct {
	// Words are the words of the term, lower-cased: one for a word, more
	// for a "quoted phrase", which matches them next to each other.
	Words []string
	// Exclude marks a term written with a leading minus.
	Exclude bool
}

// maxQueryTerms bounds a query, so that a pasted paragraph cannot make a
// statement of thousands of terms.
const maxQueryTerms = 64

// ParseQuery reads a user's full-text query: words, "quoted phrases",
// -excluded words or phrases, and OR between alternatives; words are
// letters and digits, matched whole and ignoring case ("U.S." is the words
// u and s). Every alternative needs at least one word that is not
// excluded.
func ParseQuery(s string) (Query, error) {
	var q Query
	var group []Term
	n := 0
	flush := func() error {
		if len(group) == 0 {
			return errors.New("store: OR without words on both sides")
		}
		pos := false
		for _, t := range group {
			pos = pos || !t.Exclude
		}
		if !pos {
			return errors.New("store: a query needs a word that is not excluded")
		}
		q.Groups = append(q.Groups, group)
		group = nil
		return nil
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		exclude := false
		if r == '-' {
			exclude = true
			i++
			if i >= len(s) {
				break
			}
			r, _ = utf8.DecodeRuneInString(s[i:])
		}
		var raw string
		if r == '"' {
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				raw, i = s[i+1:], len(s)
			} else {
				raw, i = s[i+1:i+1+end], i+2+end
			}
		} else {
			end := strings.IndexFunc(s[i:], unicode.IsSpace)
			if end < 0 {
				end = len(s) - i
			}
			raw, i = s[i:i+end], i+end
		}
		if raw == "OR" && !exclude {
			if err := flush(); err != nil {
				return Query{}, err
			}
			continue
		}
		words := Words(raw)
		if len(words) == 0 {
			continue
		}
		if n += len(words); n > maxQueryTerms {
			return Query{}, fmt.Errorf("store: query of more than %d words", maxQueryTerms)
		}
		// An unquoted token that holds punctuation ("U.S.", "Kim-Jong")
		// is a phrase of its words.
		group = append(group, Term{Words: words, Exclude: exclude})
	}
	if len(group) == 0 && len(q.Groups) == 0 {
		return Query{}, errors.New("store: empty query")
	}
	if err := flush(); err != nil {
		return Query{}, err
	}
	return q, nil
}

// wordRune reports a rune of a word: letters, digits and the marks that
// combine with them (lower-casing "İ" gives "i" and a combining dot).
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// Words cuts text into lower-cased words of letters and digits.
func Words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !wordRune(r) }) {
		out = append(out, strings.ToLower(f))
	}
	return out
}

// FTS5 renders the query in SQLite FTS5's syntax.
func (q Query) FTS5() string {
	groups := make([]string, len(q.Groups))
	for i, g := range q.Groups {
		var pos, neg []string
		for _, t := range g {
			p := `"` + strings.Join(t.Words, " ") + `"`
			if t.Exclude {
				neg = append(neg, p)
			} else {
				pos = append(pos, p)
			}
		}
		s := strings.Join(pos, " AND ")
		for _, n := range neg {
			s = "(" + s + ") NOT " + n
		}
		groups[i] = "(" + s + ")"
	}
	return strings.Join(groups, " OR ")
}

// TSQuery renders the query in PostgreSQL's to_tsquery syntax.
func (q Query) TSQuery() string {
	groups := make([]string, len(q.Groups))
	for i, g := range q.Groups {
		terms := make([]string, len(g))
		for j, t := range g {
			ws := make([]string, len(t.Words))
			for k, w := range t.Words {
				ws[k] = "'" + w + "'"
			}
			s := strings.Join(ws, " <-> ")
			if len(ws) > 1 {
				s = "(" + s + ")"
			}
			if t.Exclude {
				s = "!" + s
			}
			terms[j] = s
		}
		groups[i] = "(" + strings.Join(terms, " & ") + ")"
	}
	return strings.Join(groups, " | ")
}

// Matches returns the spans of text, relative to its start, that hold a
// word of the query's terms that are not excluded.
func (q Query) Matches(text string) []Span {
	want := map[string]bool{}
	for _, g := range q.Groups {
		for _, t := range g {
			if !t.Exclude {
				for _, w := range t.Words {
					want[w] = true
				}
			}
		}
	}
	out := []Span{}
	start := -1
	for i, r := range text + " " {
		word := wordRune(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if want[strings.ToLower(text[start:i])] {
				out = append(out, Span{Start: start, End: i})
			}
			start = -1
		}
	}
	return out
}
