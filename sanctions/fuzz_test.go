package sanctions

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func seed(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
}

// checkLoaded holds what every reader promises: entries carry a list and
// an id, and problems a file and a message.
func checkLoaded(t *testing.T, l Loaded) {
	for _, e := range l.Entries {
		if e.List == "" || e.ID == "" {
			t.Fatalf("entry without list or id: %+v", e)
		}
	}
	for _, p := range l.Problems {
		if p.File == "" || p.Msg == "" {
			t.Fatalf("problem without file or message: %+v", p)
		}
	}
}

func FuzzReadOFAC(f *testing.F) {
	seed(f, "testdata/ofac/sdn.csv", "testdata/ofac/alt.csv")
	f.Add("1,\"A, B\",\"individual\",\"X] [Y\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1 Jan 1960 to 2 Feb 1961; a.k.a. 'C'\"\r\n\x1a")
	f.Fuzz(func(t *testing.T, in string) {
		// The same bytes as each file of a set: primary, alias, address
		// and comments rows have different widths.
		set := OFACSet{
			List:     ListOFACSDN,
			Primary:  &File{Name: "sdn.csv", R: strings.NewReader(in)},
			Alt:      &File{Name: "alt.csv", R: strings.NewReader(in)},
			Address:  &File{Name: "add.csv", R: strings.NewReader(in)},
			Comments: &File{Name: "sdn_comments.csv", R: strings.NewReader(in)},
		}
		l, err := ReadOFAC(context.Background(), set)
		if err != nil {
			t.Fatal(err)
		}
		checkLoaded(t, l)
	})
}

// fuzzReader fuzzes one reader of one file. Readers of files with a
// header may refuse the whole file; the others read what they can.
func fuzzReader(f *testing.F, read func(context.Context, File) (Loaded, error), mayRefuse bool) {
	f.Fuzz(func(t *testing.T, in string) {
		l, err := read(context.Background(), File{Name: "fuzz", R: strings.NewReader(in)})
		if err != nil {
			if !mayRefuse {
				t.Fatal(err)
			}
			return
		}
		checkLoaded(t, l)
	})
}

func FuzzReadUN(f *testing.F) {
	seed(f, "testdata/un.xml")
	fuzzReader(f, ReadUN, false)
}

func FuzzReadFtM(f *testing.F) {
	seed(f, "testdata/entities.ftm.json")
	fuzzReader(f, ReadFtM, false)
}

func FuzzReadOpenSanctionsCSV(f *testing.F) {
	seed(f, "testdata/targets.simple.csv")
	fuzzReader(f, ReadOpenSanctionsCSV, true)
}

func FuzzReadCSL(f *testing.F) {
	seed(f, "testdata/csl.csv")
	fuzzReader(f, ReadCSL, true)
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"list":"l","id":"1","type":"person","names":[{"name":"A B","kind":"primary"}]}` + "\n{}\n")
	fuzzReader(f, ReadJSONL, false)
}

// FuzzScreen screens arbitrary names: no panic, scores within [0, 1],
// explanations for every candidate, and folding that is stable.
func FuzzScreen(f *testing.F) {
	for _, s := range []string{"Alexander Petrovsky", "S.A. DE C.V.", "Владимир", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z", "x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x", "\xff\xfe"} {
		f.Add(s)
	}
	ix := testIndex()
	f.Fuzz(func(t *testing.T, name string) {
		for _, c := range ix.Screen(Query{Name: name, BirthDate: name}) {
			if c.Score < 0 || c.Score > 1 || c.Explanation == "" {
				t.Fatalf("candidate %+v", c)
			}
		}
		folded := Fold(name)
		if Fold(folded) != folded {
			t.Fatalf("Fold(%q) = %q, folded again %q", name, folded, Fold(folded))
		}
		if !utf8.ValidString(folded) {
			t.Fatalf("Fold(%q) = %q is not UTF-8", name, folded)
		}
	})
}

func FuzzParseQuery(f *testing.F) {
	f.Add(`{"name": "A B", "type": "person", "birth_date": "1960"}`)
	f.Add(`{"name": 1}`)
	f.Fuzz(func(t *testing.T, in string) {
		q, err := ParseQuery([]byte(in))
		if err == nil && strings.TrimSpace(q.Name) == "" {
			t.Fatalf("query without a name from %q", in)
		}
	})
}
