package dict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// addSeeds adds the fixtures of the given kind, some hand-made edge cases
// and, when present, the first bytes of the real dictionaries.
func addSeeds(f *testing.F, k kind, extra ...string) {
	for _, s := range extra {
		f.Add(s)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	for _, p := range paths {
		if kindOf(p) == k {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Add("<!-- unclosed\n[X]\n")
	f.Add("\xef\xbb\xbf\xff\xfe[\r\n]\r")
	f.Add("[[[]]]]{}{}!!==~~")
}

// checkProblems fails when a problem does not point at a line of the input.
func checkProblems(t *testing.T, in string, probs []Problem) {
	lines := strings.Count(in, "\n") + strings.Count(in, "\r") + 1
	for _, p := range probs {
		if p.Line < 1 || p.Line > lines || p.Msg == "" {
			t.Fatalf("bad problem %v for %d lines", p, lines)
		}
	}
}

func checkPhrases(t *testing.T, ps ...Phrase) {
	for _, p := range ps {
		if len(p) == 0 {
			t.Fatal("empty phrase")
		}
		for _, w := range p {
			if w.Text == "" || strings.ContainsAny(w.Text, " \t_") {
				t.Fatalf("bad word %q in %v", w.Text, p)
			}
		}
	}
}

func FuzzReadActors(f *testing.F) {
	addSeeds(f, kindActors,
		"ALBRIGHT  [USAGOV 991201-010114] [---]\n",
		"GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 950601 - 990815]\n",
		"<NOUN>\nBEES\n</NOUN>\n~~FINISH\n",
		"A\nB\n\t[X >20200229]\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		for _, name := range []string{"f.actors", "f.actors.txt"} {
			actors, nouns, adjs, probs, err := ReadActors(strings.NewReader(in), name)
			if err != nil {
				t.Fatal(err)
			}
			checkProblems(t, in, probs)
			checkPhrases(t, nouns...)
			checkPhrases(t, adjs...)
			for _, a := range actors {
				checkPhrases(t, a.Names...)
				if len(a.Codes) == 0 {
					t.Fatalf("actor without codes: %+v", a)
				}
				for _, c := range a.Codes {
					if c.Code == "" || c.From != 0 && c.To != 0 && c.From > c.To {
						t.Fatalf("bad code %+v", c)
					}
				}
				a.CodeAt(20200101)
			}
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	addSeeds(f, kindAgents,
		"!P! = MAN, MEN\nCONGRESS!P! [~LEG]\n!P!_!P!_!P! [~X]\n",
		"ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nPOLICE {} [ ~COP]\nBODY [NGO~]\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		for _, name := range []string{"f.agents", "f.agents.txt"} {
			agents, probs, err := ReadAgents(strings.NewReader(in), name)
			if err != nil {
				t.Fatal(err)
			}
			checkProblems(t, in, probs)
			for _, a := range agents {
				checkPhrases(t, a.Names...)
				if a.Code == "" || len(a.Names) > 2*maxExpansions+2 {
					t.Fatalf("bad agent %+v", a)
				}
			}
		}
	})
}

func FuzzReadDiscards(f *testing.F) {
	addSeeds(f, kindDiscards, "+WORLD CUP\nYEARS LATER # x\n")
	f.Fuzz(func(t *testing.T, in string) {
		for _, name := range []string{"f.discards", "f.discards.txt"} {
			ds, probs, err := ReadDiscards(strings.NewReader(in), name)
			if err != nil {
				t.Fatal(err)
			}
			checkProblems(t, in, probs)
			for _, d := range ds {
				checkPhrases(t, d.Phrase)
			}
		}
	})
}

func FuzzReadIssues(f *testing.F) {
	addSeeds(f, kindIssues,
		"<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\npre+n:school [A]\nn:a+v:b+c+d [B]\n~~x\n</ISSUE>\n",
		"a+b+c+d+e+f+g+h+i [X]\n",
	)
	f.Fuzz(func(t *testing.T, in string) {
		is, probs, err := ReadIssues(strings.NewReader(in), "f.issues.txt")
		if err != nil {
			t.Fatal(err)
		}
		checkProblems(t, in, probs)
		for _, x := range is {
			checkPhrases(t, x.Phrase)
			if x.Negative == (x.Code != "") {
				t.Fatalf("bad issue %+v", x)
			}
		}
	})
}
