package coder

import (
	"testing"
	"unicode/utf8"
)

// FuzzCodeSentence checks that any text codes without panicking and that
// every span the coder reports lies inside the sentence.
func FuzzCodeSentence(f *testing.F) {
	for _, s := range []string{
		"Valdoria condemned Kestran and promised aid to North Meran.",
		"Kestran was greeted by Valdoria, officials said on Monday.",
		"He didn't visit them; it isn't over.",
		"anti- Valdoria , , and and",
		"\xff\xfe Valdoria\x00 visited \u00a0Kestran’s",
		"",
	} {
		f.Add(s)
	}
	c, err := New(testSet(), DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	o := DefaultOptions()
	o.Pronouns, o.VerbsAfterDeterminers, o.CodeBy, o.NullAgents = true, true, All, true
	o.Complex = Complex{Verbs: 3, Conj: 2, NoActorPrior: true}
	c2 := c.WithOptions(o)
	f.Fuzz(func(t *testing.T, text string) {
		for _, k := range []*Coder{c, c2} {
			var ctx Context
			res := k.CodeSentenceIn(&ctx, text, 20240101)
			for _, e := range res.Events {
				for _, m := range []Mention{e.Source, e.Target} {
					if m.Code == "" {
						continue
					}
					if m.Start < 0 || m.End > len(text) || m.Start > m.End {
						t.Fatalf("mention %+v outside %q", m, text)
					}
				}
				if e.VerbStart < 0 || e.VerbEnd > len(text) || e.VerbStart >= e.VerbEnd {
					t.Fatalf("verb span [%d,%d) outside %q", e.VerbStart, e.VerbEnd, text)
				}
				if utf8.ValidString(text) && !utf8.ValidString(text[e.VerbStart:e.VerbEnd]) {
					t.Fatalf("verb span cuts a character in %q", text)
				}
			}
		}
	})
}
