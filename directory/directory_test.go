package directory

import (
	"context"
	"os"
	"reflect"
	"testing"
)

func fixture(t *testing.T) *Directory {
	t.Helper()
	d, err := Load(context.Background(), os.DirFS("testdata/dicts"))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestEntry(t *testing.T) {
	d := fixture(t)
	for _, tc := range []struct {
		code  string
		want  Entry
		known bool
	}{
		{"NRL", Entry{"NRL", "Northern Realm", KindState}, true},
		// A metonym's role code is named from its principal, not the metonym.
		{"NRLGOV", Entry{"NRLGOV", "Northern Realm · government", KindState}, true},
		{"nrlgovmil", Entry{"NRLGOVMIL", "Northern Realm · government · military", KindState}, true},
		{"RSO", Entry{"RSO", "Republic of the South", KindState}, true},
		{"IGOWSTNAT", Entry{"IGOWSTNAT", "NATO", KindOrganization}, true},
		{"IGOUNOHRI", Entry{"IGOUNOHRI", "Un Rights Panel", KindOrganization}, true},
		{"IGOUNOGOV", Entry{"IGOUNOGOV", "United Nations · government", KindOrganization}, true},
		{"ASA", Entry{"ASA", "Asia", KindRegion}, true},
		// Media records name a country's media, not the outlet.
		{"NRLMED", Entry{"NRLMED", "Northern Realm · media", KindState}, true},
		{"XYZ", Entry{"XYZ", "XYZ", KindState}, false},
		{"XYZOPP", Entry{"XYZOPP", "XYZOPP", KindOther}, false},
		{"", Entry{"", "", KindOther}, false},
	} {
		got, ok := d.Entry(tc.code)
		if got != tc.want || ok != tc.known {
			t.Errorf("Entry(%q) = %+v, %v; want %+v, %v", tc.code, got, ok, tc.want, tc.known)
		}
	}
}

func TestPerson(t *testing.T) {
	d := fixture(t)
	want := Person{
		Name:       "Anna Maria Voss",
		Aliases:    []string{"Anna-Maria Voss", "Voss"},
		Principals: []string{"NRL"},
		Terms: []Term{
			{Code: "NRLELI", Role: "elites (out of office)", To: "2010-01-31"},
			{Code: "NRLGOV", Role: "government", From: "2010-02-01", To: "2018-03-15", Office: true},
			{Code: "NRLGOVMIL", Role: "government · military", From: "2018-03-16", Office: true},
		},
	}
	for _, name := range []string{"Anna Maria Voss", "anna-maria voss", "ANNA_MARIA_VOSS_", "Voss"} {
		got, ok := d.Person(name)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("Person(%q) = %+v, %v; want %+v", name, got, ok, want)
		}
	}
	if _, ok := d.Person("Anna"); ok {
		t.Error("Person(Anna) found someone: a first name alone must not match")
	}
	if got := d.Persons("nrl"); len(got) != 1 || got[0].Name != want.Name {
		t.Errorf("Persons(nrl) = %+v", got)
	}
	if got := d.Persons("RSO"); len(got) != 0 {
		t.Errorf("Persons(RSO) = %+v, want none", got)
	}
}

func TestTitle(t *testing.T) {
	for _, tc := range []struct {
		in      string
		acronym bool
		want    string
	}{
		{"NORTH_KOREA_", false, "North Korea"},
		{"PEOPLE'S_REPUBLIC_OF_CHINA_", false, "People's Republic of China"},
		{"BOSNIA_AND_HERZEGOVINA_", false, "Bosnia and Herzegovina"},
		{"THE_GAMBIA_", false, "The Gambia"},
		{"GUINEA-BISSAU_", false, "Guinea-Bissau"},
		{"ASEAN_", true, "ASEAN"},
		{"ASEAN_", false, "Asean"},
		{"EUROPEAN_UNION_", true, "European Union"},
		{"CÔTE_D'IVOIRE_", false, "Côte D'ivoire"},
	} {
		if got := Title(tc.in, tc.acronym); got != tc.want {
			t.Errorf("Title(%q, %v) = %q, want %q", tc.in, tc.acronym, got, tc.want)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Kim Jong-un":      "KIM JONG UN",
		"KIM_JONG_UN_":     "KIM JONG UN",
		"  to   lam ":      "TO LAM",
		"People's":         "PEOPLES",
		"O’Neill":          "ONEILL",
		"":                 "",
		"--":               "",
		"Sergey V. Lavrov": "SERGEY V LAVROV",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBuiltin(t *testing.T) {
	d, err := Builtin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	codes, persons := d.Len()
	if codes < 190 || persons < 100 {
		t.Fatalf("built-in directory has %d codes and %d persons; want every state and the leaders", codes, persons)
	}
	for code, want := range map[string]string{
		"PRK": "North Korea", "USA": "United States", "IGOWSTNAT": "NATO", "RUSGOV": "Russia · government",
		"VNM": "Vietnam",
	} {
		if got := d.Name(code); got != want {
			t.Errorf("Name(%s) = %q, want %q", code, got, want)
		}
	}
	p, ok := d.Person("Vladimir Putin")
	if !ok || len(p.Terms) == 0 || p.Principals[0] != "RUS" {
		t.Fatalf("Person(Vladimir Putin) = %+v, %v", p, ok)
	}
}
