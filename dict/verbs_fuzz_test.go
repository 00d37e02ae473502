package dict

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzReadVerbs(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "verbs", "*"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{
		"ACT_ [100]\n{ ACTING_ }\n- SAID_{ A | B C }_* ~_X [101]\n",
		"<TIME>\nSOON [+1]\n- * X [+2]\n</TIME>\n<BOGUS>\nX\n",
		"&A\n+&A_&A\n+&B\n&B\n+&A X\n--- V ---\nV\n- * &A_B [1]\n",
		"--- V [1] ---\n+X_+Y {+XS_Y}\n- * ({&Z/Q}) (A/B $) [:2]\n- * ((((( [3]\n",
		"--- V [1] ---\nV\n~ a (b) = c\n<!-- x\n- * X [2]\n-->\n- * Y [3] # z\n",
		"- * X [1]\n{ Y }\n+Z\n\r[]\r{}\r|\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		lines := strings.Count(in, "\n") + strings.Count(in, "\r") + 1
		verbs, synsets, problems, err := ReadVerbs(strings.NewReader(in), "fuzz.verbs")
		if err != nil {
			t.Fatal(err)
		}
		shifts, timeProblems, err := ReadTimeShifts(strings.NewReader(in), "fuzz.verbs")
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range append(problems, timeProblems...) {
			if p.Line < 1 || p.Line > lines || p.Msg == "" {
				t.Fatalf("bad problem %v for %d lines", p, lines)
			}
		}
		for label, members := range synsets {
			if label == "" {
				t.Fatal("empty synset label")
			}
			for _, m := range members {
				checkVerbPhrase(t, m)
				for _, w := range m {
					if strings.HasPrefix(w.Text, "&") {
						t.Fatalf("synset %s keeps a reference %v", label, m)
					}
				}
			}
		}
		for _, v := range verbs {
			if v.Name == "" || len(v.Forms) == 0 || v.Pos.Line < 1 || v.Pos.Line > lines {
				t.Fatalf("bad verb %+v", v)
			}
			for _, p := range v.Forms {
				checkVerbPhrase(t, p)
			}
			for _, p := range v.Patterns {
				checkVerbElems(t, p.Before, synsets)
				checkVerbElems(t, p.After, synsets)
			}
		}
		for _, s := range shifts {
			checkVerbPhrase(t, s.Phrase)
			for _, p := range s.Patterns {
				checkVerbElems(t, p.Before, synsets)
				checkVerbElems(t, p.After, synsets)
			}
		}
	})
}

func checkVerbPhrase(t *testing.T, p Phrase) {
	t.Helper()
	if len(p) == 0 {
		t.Fatal("empty phrase")
	}
	for _, w := range p {
		if w.Text == "" || strings.ContainsAny(w.Text, " \t_{}[]") {
			t.Fatalf("bad word %q in %v", w.Text, p)
		}
	}
}

// checkVerbElems fails on an element the coder could not use.
func checkVerbElems(t *testing.T, elems []Elem, synsets map[string][]Phrase) {
	t.Helper()
	for _, e := range elems {
		switch e.Kind {
		case ElemWord:
			if e.Word.Text == "" || strings.ContainsAny(e.Word.Text, " \t_{}()[]|*") {
				t.Fatalf("bad pattern word %q", e.Word.Text)
			}
		case ElemSynset:
			if _, ok := synsets[e.Label]; !ok {
				t.Fatalf("undefined synset %q kept", e.Label)
			}
		case ElemSource, ElemTarget, ElemCompound, ElemSkipNP:
		case ElemAlt:
			if len(e.Alts) == 0 {
				t.Fatal("no alternatives")
			}
			for _, a := range e.Alts {
				if len(a) == 0 {
					t.Fatal("empty alternative")
				}
				checkVerbElems(t, a, synsets)
			}
		case ElemGroup:
			if len(e.Group) == 0 || (e.Bracket != '(' && e.Bracket != '{') {
				t.Fatalf("bad group %+v", e)
			}
			checkVerbElems(t, e.Group, synsets)
		default:
			t.Fatalf("unknown element kind %d", e.Kind)
		}
	}
}
