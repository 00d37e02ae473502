package store

import (
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	for _, tc := range []struct {
		in, fts5, tsquery string
	}{
		{"pact", `("pact")`, `('pact')`},
		{"Defence Pact", `("defence" AND "pact")`, `('defence' & 'pact')`},
		{`"defence pact" Oslo`, `("defence pact" AND "oslo")`, `(('defence' <-> 'pact') & 'oslo')`},
		{"pact -Russia", `(("pact") NOT "russia")`, `('pact' & !'russia')`},
		{"Belarus OR Finland", `("belarus") OR ("finland")`, `('belarus') | ('finland')`},
		{"U.S. sanctions", `("u s" AND "sanctions")`, `(('u' <-> 's') & 'sanctions')`},
		{`unclosed "quote here`, `("unclosed" AND "quote here")`, `('unclosed' & ('quote' <-> 'here'))`},
		{"Zelensky's aide", `("zelensky s" AND "aide")`, `(('zelensky' <-> 's') & 'aide')`},
		{"Nguyễn", `("nguyễn")`, `('nguyễn')`},
		{"İstanbul", `("istanbul")`, `('istanbul')`},
	} {
		q, err := ParseQuery(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if got := q.FTS5(); got != tc.fts5 {
			t.Errorf("%q: FTS5 %s, want %s", tc.in, got, tc.fts5)
		}
		if got := q.TSQuery(); got != tc.tsquery {
			t.Errorf("%q: tsquery %s, want %s", tc.in, got, tc.tsquery)
		}
	}
	for _, bad := range []string{"", "   ", "-pact", "pact OR", "OR pact", "- - -", `"  "`, strings.Repeat("word ", 65)} {
		if _, err := ParseQuery(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestMatches(t *testing.T) {
	q, err := ParseQuery(`oslo "defence pact" -Russia`)
	if err != nil {
		t.Fatal(err)
	}
	text := "OSLO - Sweden and Norway signed a defence pact in Oslo; Russia objected."
	var got []string
	for _, m := range q.Matches(text) {
		got = append(got, text[m.Start:m.End])
	}
	if strings.Join(got, ",") != "OSLO,defence,pact,Oslo" {
		t.Errorf("matches %q", got)
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"pact", `"a b" -c OR d`, `"`, "-", "OR", "Café’s \"x", "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			return
		}
		for _, g := range q.Groups {
			for _, term := range g {
				for _, w := range term.Words {
					if w == "" || strings.IndexFunc(w, func(r rune) bool { return !wordRune(r) }) >= 0 {
						t.Fatalf("%q: word %q is not letters and digits", s, w)
					}
				}
			}
		}
		if n := strings.Count(q.FTS5(), `"`); n%2 != 0 {
			t.Fatalf("%q: FTS5 %s has unbalanced quotes", s, q.FTS5())
		}
		if n := strings.Count(q.TSQuery(), "'"); n%2 != 0 {
			t.Fatalf("%q: tsquery %s has unbalanced quotes", s, q.TSQuery())
		}
		q.Matches(s)
	})
}
