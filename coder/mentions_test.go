package coder

import (
	"strings"
	"testing"

	"github.com/entente/entente/dict"
)

// TestMentions lists a sentence's actor phrases with the parts the facts
// stage reads: the actor's words and code, the person and the title, and
// the phrases of short comma clauses, which event coding drops.
func TestMentions(t *testing.T) {
	c, err := New(testSet(), DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	span := func(text string, a, b int) string {
		if a >= b {
			return ""
		}
		return text[a:b]
	}
	tests := []struct {
		text string
		date dict.Date
		want []string // phrase|actor words|code|actor code|person|title, * for a reference
	}{
		{"The Valdorian foreign minister visited Kestran.", 0,
			[]string{"The Valdorian foreign minister|Valdorian|VLDGOV|VLD||foreign minister", "Kestran|Kestran|KST|KST||"}},
		{"Valdorian Foreign Minister Osric Talven visited Kestran.", 20220301,
			[]string{"Valdorian Foreign Minister Osric Talven|Valdorian|VLDGOV|VLD|Osric Talven|Foreign Minister", "Kestran|Kestran|KST|KST||"}},
		// "North Meran, which Kestran condemned," is dropped by event
		// coding, and kept here.
		{"Valdoria, which Kestran condemned, visited North Meran.", 0,
			[]string{"Valdoria|Valdoria|VLD|VLD||", "Kestran|Kestran|KST|KST||", "North Meran|North Meran|NMR|NMR||"}},
		{"Valdoria condemned Kestran after it visited North Meran.", 0,
			[]string{"Valdoria|Valdoria|VLD|VLD||", "Kestran|Kestran|KST|KST||", "it||VLD|VLD||*", "North Meran|North Meran|NMR|NMR||"}},
		{"Nothing here names anyone.", 0, nil},
		// A hyphenated pair: one mention per part; "Valdoria-led" is no
		// pair.
		{"The Valdoria-Kestran pact held.", 0, []string{"Valdoria|Valdoria|VLD|VLD||", "Kestran|Kestran|KST|KST||"}},
		{"The Valdoria-led bloc held.", 0, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range c.Mentions(nil, nil, tt.text, tt.date) {
			ref := ""
			if m.Reference {
				ref = "*"
			}
			got = append(got, strings.Join([]string{span(tt.text, m.Start, m.End), span(tt.text, m.ActorStart, m.ActorEnd),
				m.Code, m.Actor, span(tt.text, m.PersonStart, m.PersonEnd), span(tt.text, m.RoleStart, m.RoleEnd)}, "|")+ref)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got  %q\n want %q", tt.text, got, tt.want)
		}
	}
	// Mentions leaves the document context as it was, and event coding
	// after it is unchanged.
	var ctx Context
	text := "Valdoria, which Kestran condemned, visited North Meran."
	c.Mentions(nil, &ctx, text, 0)
	if len(ctx.Subject) != 0 || len(ctx.Persons()) != 0 {
		t.Errorf("Mentions changed the context: %+v", ctx)
	}
	if got, want := triples(c.CodeSentenceIn(&ctx, text, 0)), triples(c.CodeSentence(text, 0)); got != want {
		t.Errorf("coding after Mentions: %s, want %s", got, want)
	}
}
