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

// FuzzCodeDocument codes text with the built-in dictionaries as the two
// halves of one document, so that the readings that carry from sentence
// to sentence (people by surname, "the two countries", "his host", "the
// North") run on any input, and checks the spans of the events and of the
// people the context remembers.
func FuzzCodeDocument(f *testing.F) {
	for _, s := range []string{
		"Narendra Modi visited Tokyo. Modi thanked his host – whose country is an ally – and left.",
		"South Korea and Japan met. The two countries condemned the North, and President Yoon said Pyongyang must stop.",
		"Deputy Defense Minister Ilse Marr of Kenya, the head of the Kenyan agency, Peter Kamau, visited Ethopia.",
		"Saudi-led forces were arrested in Egypt by one hour if the United States attacked.",
		"\"They are helping each other,\" she said, but was refusing entry to the Europe Bridge.",
	} {
		f.Add(s)
	}
	c, err := builtinOnce()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		half := len(text) / 2
		for half > 0 && !utf8.RuneStart(text[half]) {
			half--
		}
		var ctx Context
		for _, part := range []struct {
			text string
			off  int
		}{{text[:half], 0}, {text[half:], half}} {
			ctx.Offset = part.off
			res := c.CodeSentenceIn(&ctx, part.text, 20240619)
			for _, e := range res.Events {
				for _, m := range []Mention{e.Source, e.Target} {
					if m.Code != "" && (m.Start < 0 || m.End > len(part.text) || m.Start > m.End) {
						t.Fatalf("mention %+v outside %q", m, part.text)
					}
				}
			}
		}
		for _, p := range ctx.Persons() {
			for _, m := range p.Mentions {
				if m[0] < 0 || m[1] > len(text) || m[0] >= m[1] {
					t.Fatalf("%s: mention %v outside the document of %d bytes", p.Name, m, len(text))
				}
			}
		}
	})
}
