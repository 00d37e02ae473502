package coder

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/entente/entente/dict"
)

func w(s string) dict.Phrase {
	var p dict.Phrase
	for _, f := range strings.Fields(s) {
		stem := !strings.HasSuffix(f, "_")
		p = append(p, dict.Word{Text: strings.TrimSuffix(f, "_"), Stem: stem})
	}
	return p
}

func word(s string, next dict.Join) dict.Elem {
	stem := !strings.HasSuffix(s, "_")
	return dict.Elem{Kind: dict.ElemWord, Word: dict.Word{Text: strings.TrimSuffix(s, "_"), Stem: stem}, Next: next}
}

// testSet is a small dictionary of invented states, written for these tests.
func testSet() *dict.Set {
	return &dict.Set{
		Actors: []dict.Actor{
			{Names: []dict.Phrase{w("VALDORIA_"), w("VALDORIAN_")}, Codes: []dict.DatedCode{{Code: "VLD"}}},
			{Names: []dict.Phrase{w("KESTRAN_"), w("KESTRANIAN_")}, Codes: []dict.DatedCode{{Code: "KST"}}},
			{Names: []dict.Phrase{w("NORTH_ MERAN_")}, Codes: []dict.DatedCode{{Code: "NMR"}}},
			{Names: []dict.Phrase{w("OSRIC_ TALVEN_"), w("TALVEN_")}, Codes: []dict.DatedCode{{Code: "VLDGOV", From: 20200101, To: 20231231}, {Code: "VLDELI"}}},
		},
		Agents: []dict.Agent{
			{Names: []dict.Phrase{w("GOVERNMENT_")}, Code: "GOV"},
			{Names: []dict.Phrase{w("FOREIGN_ MINISTER_")}, Code: "GOV"},
			{Names: []dict.Phrase{w("SOLDIERS_")}, Code: "MIL"},
			{Names: []dict.Phrase{w("RELIEF_ GROUP_")}, Code: "NGO", Before: true},
		},
		Verbs: []dict.Verb{
			{Name: "VISIT", Forms: []dict.Phrase{w("VISIT_"), w("VISITED_"), w("VISITS_")}, Code: dict.Code{Main: "042", Paired: "043"}},
			{Name: "CONDEMN", Forms: []dict.Phrase{w("CONDEMNED_"), w("CONDEMN_")}, Code: dict.Code{Main: "122"}},
			{Name: "PROMISE", Forms: []dict.Phrase{w("PROMISED_")}, Code: dict.Code{Main: "030"},
				Patterns: []dict.Pattern{{After: []dict.Elem{word("AID_", dict.JoinSkip), {Kind: dict.ElemTarget}}, Code: dict.Code{Main: "050"}}}},
			{Name: "GREET", Forms: []dict.Phrase{w("GREETED_")}, Code: dict.Code{Main: "042"}},
			{Name: "SIGN", Forms: []dict.Phrase{w("SIGNED_")}, Code: dict.Code{Main: "057"},
				Patterns: []dict.Pattern{{Before: []dict.Elem{word("REFUSED_", dict.JoinNext), word("TO_", dict.JoinNext)}, Code: dict.Code{Kind: dict.CodeNull}}}},
		},
		Discards: []dict.Discard{{Phrase: w("FOOTBALL_")}, {Phrase: w("HOROSCOPE_"), Story: true}},
	}
}

func triples(r Result) string {
	var out []string
	for _, e := range r.Events {
		neg := ""
		if e.Negated {
			neg = "!"
		}
		out = append(out, fmt.Sprintf("%s>%s:%s%s", e.Source.Code, e.Target.Code, e.Code, neg))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestCodeSentence(t *testing.T) {
	c, err := New(testSet(), Options{RequireDyad: true, Comma: DefaultOptions().Comma})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		date dict.Date
		want string
	}{
		{"Valdoria visited Kestran on Monday.", 0, "KST>VLD:043 VLD>KST:042"},
		{"The Valdorian government condemned North Meran.", 0, "VLDGOV>NMR:122"},
		{"Kestran's foreign minister visited Valdoria.", 0, "KSTGOV>VLD:042 VLD>KSTGOV:043"},
		{"Soldiers from Kestran condemned Valdoria.", 0, "KSTMIL>VLD:122"},
		{"Valdoria and Kestran condemned North Meran.", 0, "KST>NMR:122 VLD>NMR:122"},
		{"Valdoria condemned Kestran and promised aid to North Meran.", 0, "VLD>KST:122 VLD>NMR:050"},
		{"Kestran was greeted by Valdoria.", 0, "VLD>KST:042"},
		{"Kestran refused to signed Valdoria.", 0, ""},
		{"Valdoria did not condemn Kestran.", 0, "VLD>KST:122!"},
		{"Talven condemned Kestran.", 20220301, "VLDGOV>KST:122"},
		{"Talven condemned Kestran.", 20240301, "VLDELI>KST:122"},
		{"The Valdoria relief group condemned Kestran.", 0, "NGOVLD>KST:122"},
		{"Kestran condemned the football match in Valdoria.", 0, ""},
		{"Valdoria condemned Kestran, a senior official said on Saturday.", 0, "VLD>KST:122"},
		{"Valdoria, Kestran and North Meran condemned nothing.", 0, ""},
	}
	for _, tc := range tests {
		got := triples(c.CodeSentence(tc.text, tc.date))
		if got != tc.want {
			t.Errorf("%q\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestDiscard(t *testing.T) {
	c, _ := New(testSet(), DefaultOptions())
	if r := c.CodeSentence("Kestran condemned the football match.", 0); r.Discard != DiscardSentence {
		t.Errorf("discard = %v, want sentence", r.Discard)
	}
	if r := c.CodeSentence("Your horoscope for Valdoria.", 0); r.Discard != DiscardStory {
		t.Errorf("discard = %v, want story", r.Discard)
	}
}

func TestTokenize(t *testing.T) {
	toks, buf, _ := tokenize("North Korea's Kim Jong-un didn't visit the U.S. in 2024, officials said.", nil, nil, nil)
	finishTokens(toks, buf)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.up)
	}
	want := "NORTH KOREA 'S KIM JONG-UN DID N'T VISIT THE U.S. IN 2024 , OFFICIALS SAID ."
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestModalityAndNonfinite(t *testing.T) {
	set := testSet()
	set.Verbs = append(set.Verbs,
		dict.Verb{Name: "ACCUSE", Forms: []dict.Phrase{w("ACCUSED_")}, Code: dict.Code{Main: "112"}},
		dict.Verb{Name: "SUPPLY", Forms: []dict.Phrase{w("SUPPLYING_")}, Code: dict.Code{Main: "072"}},
		dict.Verb{Name: "SIGN", Forms: []dict.Phrase{w("SIGNING_")}, Code: dict.Code{Main: "057"}},
	)
	c, err := New(set, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string
	}{
		{"Valdoria will visit Kestran next week.", "VLD>KST:042:planned KST>VLD:043:planned"},
		{"Valdoria plans to visit Kestran.", "VLD>KST:042:planned KST>VLD:043:planned"},
		{"Valdoria could condemn Kestran.", "VLD>KST:122:hypothetical"},
		{"Valdoria allegedly condemned Kestran.", "VLD>KST:122:alleged"},
		{"Valdoria accused Kestran of supplying North Meran.", "VLD>KST:112:asserted KST>NMR:072:alleged"},
		{"Valdoria visited Kestran a day after signing North Meran.", "VLD>KST:042:asserted KST>VLD:043:asserted VLD>NMR:057:asserted"},
	}
	for _, tc := range tests {
		var got []string
		for _, e := range c.CodeSentence(tc.text, 0).Events {
			got = append(got, e.Source.Code+">"+e.Target.Code+":"+e.Code+":"+e.Mood.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
	// The older programs' convention: one verb per clause.
	o := DefaultOptions()
	o.OneEventPerClause = true
	if n := len(c.WithOptions(o).CodeSentence("Valdoria accused Kestran of supplying North Meran.", 0).Events); n != 1 {
		t.Errorf("one event per clause: %d events", n)
	}
}

func TestAttribution(t *testing.T) {
	set := testSet()
	set.Actors = append(set.Actors, dict.Actor{Names: []dict.Phrase{w("KESTRAN_ HERALD_")}, Codes: []dict.DatedCode{{Code: "KSTMED"}}})
	set.Agents = append(set.Agents, dict.Agent{Names: []dict.Phrase{w("SPOKESMAN_")}, Code: "GOV"})
	c, err := New(set, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want, code string }{
		{"Valdoria condemned Kestran, the Kestran Herald reported.", "Kestran Herald", "KSTMED"},
		{"Valdoria condemned Kestran, according to a Valdorian spokesman.", "Valdorian spokesman", "VLDGOV"},
		{"A Valdorian spokesman told the Kestran Herald that Valdoria condemned North Meran.", "Kestran Herald", "KSTMED"},
		{"Valdoria condemned Kestran on Monday.", "", ""},
	}
	for _, tc := range tests {
		a := c.CodeSentence(tc.text, 0).Attribution
		got := ""
		if a.Code != "" {
			got = tc.text[a.Start:a.End]
		}
		if got != tc.want || a.Code != tc.code {
			t.Errorf("%q: attribution %q %s, want %q %s", tc.text, got, a.Code, tc.want, tc.code)
		}
	}
}

func TestPersonsFromText(t *testing.T) {
	set := testSet()
	set.Agents = append(set.Agents,
		dict.Agent{Names: []dict.Phrase{w("AIDE_")}, Code: "GOV"},
		dict.Agent{Names: []dict.Phrase{w("PRESIDENT_")}, Code: "GOV"},
		dict.Agent{Names: []dict.Phrase{w("DEFENCE_ MINISTER_")}, Code: "GOVMIL"},
	)
	c, err := New(set, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var ctx Context
	doc := []struct{ text, want string }{
		// A title with a rank gives the person's role.
		{"Valdorian Deputy Defence Minister Arlo Brennick visited Kestran.", "VLDGOVMIL[Arlo Brennick]>KST:042 KST>VLDGOVMIL[Arlo Brennick]:043"},
		// An appositive places a person the dictionaries do not know.
		{"Mira Toskanen, a senior aide to Kestranian President Odo Varn, condemned Valdoria.", "KSTGOV[Mira Toskanen]>VLD:122"},
		// Later the surname alone is enough, even after a capitalised word.
		{"Toskanen condemned North Meran.", "KSTGOV[Toskanen]>NMR:122"},
		{"Later Brennick condemned North Meran.", "VLDGOVMIL[Brennick]>NMR:122"},
		// A capitalised phrase that names no one known gives no actor.
		{"Valdoria condemned the Grand Harbour Project.", "VLD>:122"},
	}
	for _, tc := range doc {
		var got []string
		for _, e := range c.CodeSentenceIn(&ctx, tc.text, 0).Events {
			src := e.Source.Code
			if e.Source.PersonEnd > 0 {
				src += "[" + tc.text[e.Source.PersonStart:e.Source.PersonEnd] + "]"
			}
			tgt := e.Target.Code
			if e.Target.PersonEnd > 0 {
				tgt += "[" + tc.text[e.Target.PersonStart:e.Target.PersonEnd] + "]"
			}
			got = append(got, src+">"+tgt+":"+e.Code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q\n got %s\nwant %s", tc.text, g, tc.want)
		}
	}
	var names []string
	for _, p := range ctx.Persons() {
		names = append(names, p.Name+"="+p.Code)
	}
	if g := strings.Join(names, ", "); g != "Arlo Brennick=VLDGOVMIL, Mira Toskanen=KSTGOV, Odo Varn=KSTGOV" {
		t.Errorf("persons: %s", g)
	}
}

// TestPooledScratch codes, in one document, a sentence with people and
// then sentences that stop early (discarded, too long): nothing of the
// first may leak into the others.
func TestPooledScratch(t *testing.T) {
	c, err := New(testSet(), Options{MaxWords: 5})
	if err != nil {
		t.Fatal(err)
	}
	var ctx Context
	c.CodeSentenceIn(&ctx, "Mira Toskanen and Odo Varn visited Kestran.", 0)
	for _, text := range []string{"The football.", "Valdoria visited Kestran on a very long day.", "x"} {
		if r := c.CodeSentenceIn(&ctx, text, 0); len(r.Events) != 0 {
			t.Errorf("%q: %d events", text, len(r.Events))
		}
	}
}
