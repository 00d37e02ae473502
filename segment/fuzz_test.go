package segment

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"MOSCOW, June 19 (Reuters) - Russian President Vladimir Putin flew to Pyongyang.\n\nIssued on:\n\n3 minutes\n",
	"Related PostsRussian troops withdrew.The talks ended in Doha.“We are close,” a mediator said.",
	"Trade and weapons\n\nThe U.S. and Mr. Kim met at 10 a.m. on Jan. 5 for $3.5 billion... Why? No!",
	"- a ceasefire\n• prisoners\n1. talks\r\nKorea’s envoy didn't go.\rO'Brien's anti-aircraft guns",
	"Caf\xe9 talks\xff\xfe ended.\xe2\x80 Done\xe2 \xc2",
	"   \n\n\t\u00a0\u2009\ufeff",
	"By Jane Doe\n(AFP)\nPhoto: Reuters\n© 2024\n***\n",
}

func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := Segment(text)
		checkResult(t, text, r)
		var toks []Token
		for _, s := range r.Sentences {
			toks = Tokenize(text[s.Start:s.End], s.Start, toks[:0])
			checkTokens(t, text[s.Start:s.End], s.Start, toks)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Add("n't'’s’", 7)
	f.Fuzz(func(t *testing.T, s string, base int) {
		if base < 0 || base > 1<<40 {
			base = 0
		}
		toks := Tokenize(s, base, nil)
		checkTokens(t, s, base, toks)
		for _, tk := range toks {
			if tk.Kind > Clitic {
				t.Fatalf("bad kind %v", tk.Kind)
			}
			up := AppendUpper(nil, s[tk.Start-base:tk.End-base])
			if utf8.ValidString(s[tk.Start-base:tk.End-base]) != utf8.Valid(up) {
				t.Fatalf("AppendUpper(%q) = %q changed validity", s[tk.Start-base:tk.End-base], up)
			}
		}
	})
}
