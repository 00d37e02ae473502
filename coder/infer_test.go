package coder

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
)

var builtinOnce = sync.OnceValues(func() (*Coder, error) {
	set, err := dict.LoadFS(context.Background(), builtin.FS(), "builtin")
	if err != nil {
		return nil, err
	}
	return New(set, DefaultOptions())
})

func builtinCoder(tb testing.TB) *Coder {
	tb.Helper()
	c, err := builtinOnce()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// codeDoc codes sentences as one document and returns each sentence's
// events as "SRC>TGT:CODE" (full codes, "-" for no target) and the
// document's context.
func codeDoc(c *Coder, date dict.Date, sentences ...string) ([][]string, *Context) {
	var ctx Context
	out := make([][]string, len(sentences))
	for i, text := range sentences {
		for _, e := range c.CodeSentenceIn(&ctx, text, date).Events {
			tgt := e.Target.Code
			if tgt == "" {
				tgt = "-"
			}
			k := e.Source.Code + ">" + tgt + ":" + e.Code
			if e.Negated {
				k += "!"
			}
			out[i] = append(out[i], k)
		}
	}
	return out, &ctx
}

// TestInference codes short stories written for this test. Each case
// lists the events its last sentence must yield (prefix match on the
// codes: "RUS>PRK:05" accepts RUSGOV>PRK:051) and those it must not.
func TestInference(t *testing.T) {
	c := builtinCoder(t)
	tests := []struct {
		name      string
		sentences []string
		want, not []string
	}{
		{
			name:      "misspelt leader",
			sentences: []string{"Chinese officials said Xi Jinpng visited Laos on Monday."},
			want:      []string{"CHNGOV>LAO:042"},
		},
		{
			name:      "surname after a title",
			sentences: []string{"President Zelenskyy visited Poland."},
			want:      []string{"UKRGOV>POL:042"},
		},
		{
			name:      "a title takes the one state of its sentence",
			sentences: []string{"Deputy Interior Minister Arvo Lindqvist of the Kenyan delegation visited Uganda with Kenyan officials."},
			not:       []string{"---"},
		},
		{
			name:      "a lone agent takes the one state of its sentence",
			sentences: []string{"Police arrested opposition leaders in Uganda."},
			want:      []string{"UGACOP>UGAOPP:173"},
		},
		{
			name:      "a foreign agent does not",
			sentences: []string{"Foreign diplomats condemned Uganda."},
			not:       []string{"UGAGOV>UGA"},
		},
		{
			name:      "an agent used as an adjective is no actor",
			sentences: []string{"The minister made an official visit to Ottawa."},
			not:       []string{"CANGOV"},
		},
		{
			name:      "the two countries: the pair of the story",
			sentences: []string{"Chile and Peru signed a fisheries accord.", "The two countries condemned Bolivia."},
			want:      []string{"CHL>BOL:11", "PER>BOL:11"},
		},
		{
			name:      "both superpowers: the pair just named",
			sentences: []string{"Brazil avoided the rivalry between the United States and China, as both superpowers courted India."},
			not:       []string{"BRA>IND"},
		},
		{
			name:      "his host",
			sentences: []string{"Narendra Modi visited Tokyo on Friday.", "Modi thanked his host."},
			want:      []string{"INDGOV>JPN:051"},
		},
		{
			name:      "the North in a Korean story",
			sentences: []string{"South Korea and Japan met in Seoul.", "Japan later condemned the North."},
			want:      []string{"JPN>PRK:11"},
		},
		{
			name:      "the North elsewhere is nobody",
			sentences: []string{"Italy and France met in Rome.", "France later condemned the North."},
			not:       []string{"FRA>PRK"},
		},
		{
			name:      "a demand reported in speech",
			sentences: []string{"Kenya said on Monday that Somalia must withdraw its troops."},
			want:      []string{"KEN>SOM:10"},
			not:       []string{"SOM>"},
		},
		{
			name:      "the act a demand asks for did not happen",
			sentences: []string{"Ghana demanded that Togo reopen the border."},
			not:       []string{"TGO>"},
		},
		{
			name:      "a purpose after 'for X to' is no event",
			sentences: []string{"The crisis makes it urgent for Austria to cooperate with Hungary."},
			not:       []string{"AUT>HUN"},
		},
		{
			name:      "an interest in acting is no act",
			sentences: []string{"Chile and Peru have a shared interest in resuming arms sales."},
			not:       []string{"CHL>PER", "PER>CHL"},
		},
		{
			name:      "the setting of a war is no party",
			sentences: []string{"Poland pledged support over the war in Ukraine."},
			not:       []string{"POL>UKR"},
		},
		{
			name:      "a quoted pronoun is not the speaker",
			sentences: []string{"Japan praised Canada.", "\"They are helping each other,\" the Japanese minister said."},
			not:       []string{"JPN>-:05", "JPNGOV>-:05"},
		},
		{
			name:      "a visit told by a noun",
			sentences: []string{"After his visit to Kenya, Emmanuel Macron met students."},
			want:      []string{"FRAGOV>KEN:042"},
		},
		{
			name:      "a charge in a reported clause",
			sentences: []string{"Georgia told Reuters that Russia was behind the massacre of civilians."},
			want:      []string{"GEO>RUS:112"},
		},
		{
			name:      "a participle with its agent",
			sentences: []string{"Lula arrived in Lisbon, greeted by Portugal's president."},
			want:      []string{"PRTGOV>BRAGOV:043"},
		},
		{
			name:      "a participle whose agent is nobody",
			sentences: []string{"Lula arrived in Lisbon, greeted by cheering crowds."},
			not:       []string{"BRAGOV>-:043"},
		},
		{
			name:      "a noun after a determiner and a modifier",
			sentences: []string{"Commenting on the Paris visit, Germany criticized Hungary."},
			not:       []string{"FRA>DEU", "FRA>"},
		},
		{
			name:      "not ruling out an option is an intent",
			sentences: []string{"Russia would not rule out military cooperation with Iran."},
			want:      []string{"RUS>IRN:0312"},
			not:       []string{"RUS>IRN:0312!"},
		},
		{
			name:      "a misspelt state",
			sentences: []string{"Ethopia condemned Eritrea."},
			want:      []string{"ETH>ERI:11"},
		},
		{
			name:      "a word one letter from a state's adjective is no state",
			sentences: []string{"Korean workers condemned Japan."},
			not:       []string{"KOR>"},
		},
		{
			name:      "forces led by a state",
			sentences: []string{"Saudi-led forces attacked Yemen."},
			want:      []string{"SAU"},
		},
		{
			name:      "a place named after a state",
			sentences: []string{"Protesters from Chile blocked the Europe Bridge."},
			not:       []string{">EUR"},
		},
		{
			name:      "a part of a state in a one-state sentence",
			sentences: []string{"The Nigerian government lifted the curfew in Kano State."},
			want:      []string{"NGAGOV>NGA:0813"},
		},
		{
			name:      "an arrest told in the passive, done in a state",
			sentences: []string{"Three Canadian journalists were arrested in Egypt."},
			want:      []string{"EGY>CAN"},
		},
		{
			name:      "a refusal for the future",
			sentences: []string{"Poland will not accept the refugees from Belarus."},
			want:      []string{"POL>"},
			not:       []string{":075"},
		},
		{
			name:      "a threat held over the one a condition names",
			sentences: []string{"Iran threatened to close the strait if the United States attacked."},
			want:      []string{"IRN>USA:13"},
		},
		{
			name:      "a coordinated clause set off by commas",
			sentences: []string{"Chad opened its border to Sudanese refugees, but was refusing entry to Libyan soldiers, officials said."},
			want:      []string{"TCD>LBY"},
		},
		{
			name:      "a plain word between an actor and its agent",
			sentences: []string{"Angry Greek farm workers blocked a road to Bulgaria."},
			want:      []string{"GRCLAB>"},
		},
		{
			name:      "a demand with a modal and no verb the dictionaries know",
			sentences: []string{"Norway said Sweden and Finland must safeguard the fjords to allow shipping."},
			want:      []string{"NOR>SWE:100", "NOR>FIN:100"},
			not:       []string{"SWE>", "FIN>"},
		},
		{
			name:      "what an appeal asks for has not happened",
			sentences: []string{"Egypt called on Jordan to unite with Syria and attack Israel."},
			not:       []string{"JOR>ISR", "JOR>SYR"},
		},
		{
			name:      "a compound subject with no object acts on itself",
			sentences: []string{"Rwanda and Uganda agreed to exchange prisoners."},
			want:      []string{"RWA>UGA:03", "UGA>RWA:03"},
		},
		{
			name:      "the two Koreas",
			sentences: []string{"The two Koreas held talks at the border."},
			want:      []string{"PRK>KOR:04", "KOR>PRK:04"},
		},
		{
			name:      "one actor is no compound for a pattern's %",
			sentences: []string{"The Chinese navy held exercises near Taiwan."},
			want:      []string{"CHNMIL>"},
		},
		{
			name:      "a denied act",
			sentences: []string{"Iran denied that it supplied drones to Russia."},
			want:      []string{"IRN>RUS:072!"},
		},
		{
			name:      "the text's title outranks the dictionary's term",
			sentences: []string{"President Barack Obama visited Cairo."},
			want:      []string{"USAGOV>EGY:042"},
			not:       []string{"USAELI"},
		},
		{
			name:      "agents shared by a list of states",
			sentences: []string{"Indian and Pakistani troops exchanged fire across the border."},
			want:      []string{"INDMIL>PAKMIL:190", "PAKMIL>INDMIL:190"},
		},
		{
			name:      "an agent that modifies as its owner",
			sentences: []string{"Militants ambushed an army convoy in Pakistan."},
			want:      []string{"PAKREB>PAKMIL:190"},
		},
		{
			name:      "a petitioner does not take the state it appeals to",
			sentences: []string{"Tamil refugees asked India for asylum."},
			not:       []string{"INDREF"},
		},
		{
			name:      "a visitor does not take the state it visits",
			sentences: []string{"The delegation leader visited Ottawa."},
			not:       []string{"CANGOV>CAN"},
		},
		{
			name:      "he is a person, and not in the opening phrase",
			sentences: []string{"In his first visit to Cuba, Lula said that he would strengthen cooperation with Havana."},
			not:       []string{"CUB>"},
		},
		{
			name:      "a coordinated act shares its subject's object",
			sentences: []string{"Lula called Macron a friend and pledged his full support."},
			want:      []string{"BRAGOV>FRAGOV:05"},
			not:       []string{"BRAGOV>-:05"},
		},
		{
			name:      "a lower-case word is no state",
			sentences: []string{"Women may not travel without a male guardian, the Iranian police said, and Iran detained a turkey farmer."},
			not:       []string{"MDV", "TUR"},
		},
		{
			name:      "a dash clause holds no object",
			sentences: []string{"Spain praised its partner – whose country is under EU sanctions – and left."},
			not:       []string{"ESP>IGO"},
		},
	}
	for _, tc := range tests {
		got, _ := codeDoc(c, 20240619, tc.sentences...)
		last := got[len(got)-1]
		for _, w := range tc.want {
			if !slices.ContainsFunc(last, func(k string) bool { return strings.HasPrefix(k, w) }) {
				t.Errorf("%s: %q: missing %s in %v", tc.name, tc.sentences[len(tc.sentences)-1], w, last)
			}
		}
		for _, n := range tc.not {
			if slices.ContainsFunc(last, func(k string) bool { return strings.Contains(k, n) }) {
				t.Errorf("%s: %q: unwanted %s in %v", tc.name, tc.sentences[len(tc.sentences)-1], n, last)
			}
		}
	}
}

// TestEntities checks the people and organisations a story names.
func TestEntities(t *testing.T) {
	c := builtinCoder(t)
	_, ctx := codeDoc(c, 20240619,
		"Kenyan President William Ruto visited Addis Ababa with his delegation.",
		"The Kenyan delegation includes Deputy Trade Minister Amina Odhiambo, the head of the Kenyan export agency for textiles, Peter Kamau, and the director of the shipping company Bahari Lines, Joseph Mwangi.",
		"Odhiambo met Ethiopian officials.",
	)
	want := map[string]string{
		"Amina Odhiambo": "KENGOV",
		"Peter Kamau":    "KEN",
		"Joseph Mwangi":  "KENBUS",
		"Bahari Lines":   "KENBUS",
	}
	got := map[string]Person{}
	for _, p := range ctx.Persons() {
		got[p.Name] = p
	}
	for name, code := range want {
		p, ok := got[name]
		if !ok {
			t.Errorf("%s not found in %v", name, ctx.Persons())
			continue
		}
		if !strings.HasPrefix(p.Code, code) {
			t.Errorf("%s: code %s, want %s…", name, p.Code, code)
		}
	}
	if p := got["Bahari Lines"]; p.Kind != KindOrganization {
		t.Errorf("Bahari Lines: kind %q", p.Kind)
	}
	if p := got["Joseph Mwangi"]; p.Organization != "Bahari Lines" || !strings.Contains(p.Role, "director") {
		t.Errorf("Joseph Mwangi: role %q, organisation %q", p.Role, p.Organization)
	}
	if p := got["Amina Odhiambo"]; len(p.Mentions) != 2 {
		t.Errorf("Amina Odhiambo: mentions %v, want two", p.Mentions)
	}
}

func TestWithinOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"NGUYEN", "NGUYEN", true},
		{"NGUYEN", "NGUEYN", true},          // swap
		{"BOUTEFLIKA", "BOUTEFLICKA", true}, // insertion
		{"GBAGBO", "GBAGO", true},           // deletion
		{"MUGABE", "MUGABI", true},          // change
		{"PUTIN", "PUTINA", true},
		{"PUTIN", "PATIN", true},
		{"PUTIN", "PITAN", false},
		{"KIM", "KIMMM", false},
		{"", "A", true},
		{"AB", "BA", true},
		{"ABC", "CBA", false},
	}
	for _, tc := range tests {
		if got := withinOneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("withinOneEdit(%q, %q) = %v", tc.a, tc.b, got)
		}
		if got := withinOneEdit(tc.b, tc.a); got != tc.want {
			t.Errorf("withinOneEdit(%q, %q) = %v", tc.b, tc.a, got)
		}
	}
}

// TestNoInference checks that the option for the older programs' ways
// turns the readings off.
func TestNoInference(t *testing.T) {
	c := builtinCoder(t)
	opt := DefaultOptions()
	opt.NoInference = true
	old := c.WithOptions(opt)
	got, _ := codeDoc(old, 20240619, "Police arrested opposition leaders in Uganda.")
	if slices.ContainsFunc(got[0], func(k string) bool { return strings.HasPrefix(k, "UGACOP") }) {
		t.Errorf("with NoInference a lone agent took the sentence's state: %v", got[0])
	}
}
