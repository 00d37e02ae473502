package screeneval

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/entente/entente/sanctions"
)

func TestReadNames(t *testing.T) {
	tests := []struct {
		in    string
		names []string
		err   string
	}{
		{"full_name,date_of_birth,nationality\nANNA EXAMPLE,1970,xx\n\"DOE, John\",,\n", []string{"ANNA EXAMPLE", "DOE, John"}, ""},
		{"\ufefffull_name\nONLY NAME\n", []string{"ONLY NAME"}, ""},
		{"name,dob\nX,1\n", nil, "no full_name column"},
		{"full_name,dob\n,1970\n", nil, "line 2: no full_name"},
		{"", nil, "read header"},
	}
	for _, tt := range tests {
		rows, err := ReadNames(strings.NewReader(tt.in))
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ReadNames(%q) err %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ReadNames(%q): %v", tt.in, err)
			continue
		}
		var got []string
		for _, r := range rows {
			got = append(got, r.Name)
		}
		if strings.Join(got, "|") != strings.Join(tt.names, "|") {
			t.Errorf("ReadNames(%q) = %q, want %q", tt.in, got, tt.names)
		}
	}
	rows, _ := ReadNames(strings.NewReader("full_name,date_of_birth,nationality\nANNA EXAMPLE,1970,xx\n"))
	if rows[0].BirthDate != "1970" || rows[0].Nationality != "xx" || rows[0].Line != 2 {
		t.Errorf("row %+v", rows[0])
	}
}

func TestRun(t *testing.T) {
	// A made-up UN list and OFAC list: the same invented person on both,
	// two UN entries, and a common-word OFAC entry that a made-up
	// "congress" name should not match.
	un := func(id, name string) sanctions.Entry {
		return sanctions.Entry{List: sanctions.ListUN, ID: id, Type: sanctions.Person, Names: []sanctions.Name{{Text: name, Kind: sanctions.Primary}}}
	}
	entries := []sanctions.Entry{
		un("XXi.1", "ZARKAWI BELMONTE ORLOV"),
		un("XXi.2", "QUENTIN FARRAGUT ILVES"),
		{List: sanctions.ListOFACSDN, ID: "9", Type: sanctions.Person, Names: []sanctions.Name{{Text: "ORLOV, Zarkawi Belmonte", Kind: sanctions.Primary, Surname: "ORLOV"}}},
		{List: sanctions.ListOFACSDN, ID: "10", Type: sanctions.Person, Names: []sanctions.Name{{Text: "SMITH, Jane Quentin", Kind: sanctions.Primary, Surname: "SMITH"}}},
	}
	ix := sanctions.NewIndex(entries, sanctions.Options{Limit: 10})
	pos := []Row{{Name: "ZARKAWI BELMONTE ORLOV", Line: 2}, {Name: "QUENTIN FARRAGUT ILVES", Line: 3}, {Name: "DELISTED PERSON NAME", Line: 4}}
	neg := []Row{{Name: "Jane Smith", Line: 2}, {Name: "Robert Example", Line: 3}}
	rep, err := Run(context.Background(), ix, pos, neg)
	if err != nil {
		t.Fatal(err)
	}
	if rep.UNRows != 2 || rep.UNNotListed != 1 || rep.UNTop1 != 2 {
		t.Errorf("UN: rows %d, not listed %d, top1 %d", rep.UNRows, rep.UNNotListed, rep.UNTop1)
	}
	// Jane Smith matches the made-up OFAC entry: one false match of two.
	if rep.Congress != 2 || rep.CongressFalse != 1 {
		t.Errorf("congress %d, false %d", rep.Congress, rep.CongressFalse)
	}
	// The named cases need the real lists: here only the five that must
	// match nothing are right.
	if rep.Cases != len(NamedCases) || rep.CasesRight != 5 {
		t.Errorf("cases %d right of %d", rep.CasesRight, rep.Cases)
	}
	f := rep.Figures()
	if f["un_top1"] != 1 || f["congress_false_rate_max"] != 0.5 {
		t.Errorf("figures %v", f)
	}
	var b strings.Builder
	if err := rep.WriteText(&b); err != nil || !strings.Contains(b.String(), `congress "Jane Smith" (line 2)`) {
		t.Errorf("text report %q, %v", b.String(), err)
	}
	if js, err := rep.JSON(); err != nil || !strings.Contains(string(js), `"un_top1":1`) {
		t.Errorf("JSON %s, %v", js, err)
	}
}

func FuzzReadNames(f *testing.F) {
	f.Add("full_name,date_of_birth\nANNA EXAMPLE,1970\n")
	f.Add("full_name\n\"unterminated\n")
	f.Add("a,b,full_name\n1\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadNames(strings.NewReader(in))
		if err == nil {
			for _, r := range rows {
				if r.Name == "" {
					t.Fatalf("row without a name: %+v", r)
				}
			}
		}
	})
}

func TestTypoAndDrop(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for range 200 {
		name := "ABDUL QAYUM ZAKIRI"
		got := Typo(r, name)
		if got == name && !strings.Contains(name, "AA") {
			// A swap of two equal letters changes nothing; this name has none.
			t.Fatalf("Typo(%q) changed nothing", name)
		}
		if d := len(name) - len(got); d < 0 || d > 1 || len(strings.Fields(got)) != 3 {
			t.Fatalf("Typo(%q) = %q: more than one error", name, got)
		}
		changed := 0
		for i, w := range strings.Fields(got) {
			if w != strings.Fields(name)[i] {
				changed++
			}
		}
		if changed != 1 {
			t.Fatalf("Typo(%q) = %q changed %d words", name, got, changed)
		}
		if d := Drop(r, name); len(strings.Fields(d)) != 2 {
			t.Fatalf("Drop(%q) = %q", name, d)
		}
	}
	if got := Typo(r, "AB CD"); got != "AB CD" {
		t.Errorf("Typo of short words only = %q", got)
	}
	if got := Drop(r, "ANNA EXAMPLE"); got != "ANNA EXAMPLE" {
		t.Errorf("Drop of a two-word name = %q", got)
	}
}
