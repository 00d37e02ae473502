package sanctions

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func load(t *testing.T, src string) Loaded {
	t.Helper()
	s, err := ParseSource(src)
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func entry(t *testing.T, l Loaded, key string) *Entry {
	t.Helper()
	for i := range l.Entries {
		if l.Entries[i].Key() == key {
			return &l.Entries[i]
		}
	}
	t.Fatalf("no entry %s among %d", key, len(l.Entries))
	return nil
}

func names(e *Entry, kind NameKind) []string {
	var out []string
	for _, n := range e.Names {
		if n.Kind == kind {
			out = append(out, n.Text)
		}
	}
	return out
}

// problemAt reports whether l has a problem at file base name:line whose
// message holds msg.
func problemAt(l Loaded, file string, line int, msg string) bool {
	for _, p := range l.Problems {
		if filepath.Base(p.File) == file && p.Line == line && strings.Contains(p.Msg, msg) {
			return true
		}
	}
	return false
}

func TestReadOFAC(t *testing.T) {
	l := load(t, "ofac:testdata/ofac")
	sdn := entry(t, l, "us-ofac-sdn/101")
	if sdn.Type != Entity || sdn.Names[0].Text != "NORTHWIND TRADING OAO" || sdn.Names[0].Kind != Primary {
		t.Errorf("101: %+v", sdn.Names)
	}
	if !slices.Equal(sdn.Programmes, []string{"RUSSIA-EO14024", "UKRAINE-EO13662"}) {
		t.Errorf("101 programmes %v", sdn.Programmes)
	}
	if got := names(sdn, Weak); !slices.Equal(got, []string{"NORTHWIND"}) {
		t.Errorf("101 weak aliases %v", got)
	}
	if got := names(sdn, Strong); !slices.Equal(got, []string{"NORTHWIND TRADING JSC"}) {
		t.Errorf("101 strong aliases %v", got)
	}
	if len(sdn.Addresses) != 1 || sdn.Addresses[0].Text != "ul. Lesnaya 1, Moscow 101000, Russia" || sdn.Addresses[0].Country != "Russia" {
		t.Errorf("101 addresses %+v", sdn.Addresses)
	}
	if !strings.HasSuffix(sdn.Source, "sdn.csv:1") {
		t.Errorf("101 source %q", sdn.Source)
	}

	p := entry(t, l, "us-ofac-sdn/102")
	tests := []struct {
		what      string
		got, want []string
	}{
		{"birth dates", p.BirthDates, []string{"1961-01-08", "1962"}},
		{"birth places", p.BirthPlaces, []string{"Tula, Russia"}},
		{"nationalities", p.Nationalities, []string{"Russia"}},
		{"weak", names(p, Weak), []string{"SASHA"}},
		{"strong", names(p, Strong), []string{"PETROVSKII, Alexander", "PETROVSKY, Sasha", "PETROVSKÉ, Aleksandr"}},
	}
	for _, tt := range tests {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("102 %s = %q, want %q", tt.what, tt.got, tt.want)
		}
	}
	if p.Type != Person || p.Names[0].Surname != "PETROVSKY" {
		t.Errorf("102 type %q surname %q", p.Type, p.Names[0].Surname)
	}
	if !strings.Contains(p.Remarks, "address: as of 2020") {
		t.Errorf("102 remarks lost the address remark: %q", p.Remarks)
	}

	v := entry(t, l, "us-ofac-sdn/103")
	if v.Type != Vessel || !slices.Contains(v.Countries, "Panama") || !strings.Contains(v.Remarks, "call sign XYZ1") {
		t.Errorf("103 vessel %+v", v)
	}

	// The remarks of 105 continue in sdn_comments.csv mid-word.
	r := entry(t, l, "us-ofac-sdn/105")
	if !slices.Equal(r.Nationalities, []string{"Afghanistan", "Pakistan"}) || !strings.Contains(r.Remarks, "(Afghanistan)") {
		t.Errorf("105 nationalities %v, remarks %q", r.Nationalities, r.Remarks)
	}
	if !slices.Equal(r.BirthDates, []string{"1970~"}) {
		t.Errorf("105 birth dates %v", r.BirthDates)
	}

	orphan := entry(t, l, "us-ofac-sdn/999")
	if orphan.Type != Person || orphan.PrimaryName() != "ORPHAN, Alias Only" {
		t.Errorf("alias-only entry %+v", orphan)
	}
	cons := entry(t, l, "us-ofac-cons/701")
	if cons.PrimaryName() != "KESTREL BANK" || len(cons.Names) != 2 {
		t.Errorf("cons entry %+v", cons.Names)
	}

	problems := []struct {
		file string
		line int
		msg  string
	}{
		{"sdn.csv", 4, "3 fields, want 12"},
		{"sdn.csv", 5, "not a positive number"},
		{"sdn.csv", 7, "listed twice"},
		{"alt.csv", 4, "primary file does not have"},
		{"alt.csv", 5, "without a name"},
		{"add.csv", 3, "unknown ent_num 888"},
	}
	for _, p := range problems {
		if !problemAt(l, p.file, p.line, p.msg) {
			t.Errorf("no problem %s:%d %q in %v", p.file, p.line, p.msg, l.Problems)
		}
	}
	if len(l.Problems) != len(problems) {
		t.Errorf("%d problems, want %d: %v", len(l.Problems), len(problems), l.Problems)
	}
}

func TestReadOFACWithoutPrimary(t *testing.T) {
	l := load(t, "ofac:testdata/ofac_aliases")
	if len(l.Problems) != 0 {
		t.Errorf("problems %v", l.Problems)
	}
	p := entry(t, l, "us-ofac-sdn/501")
	if p.Type != Person || p.PrimaryName() != "KOVALENKO, Dmitry Sergeyevich" || p.Names[0].Surname != "KOVALENKO" {
		t.Errorf("501 %+v", p)
	}
	if e := entry(t, l, "us-ofac-sdn/502"); e.Type != Entity {
		t.Errorf("502 type %q", e.Type)
	}
	if e := entry(t, l, "us-ofac-sdn/503"); len(e.Names) != 0 || len(e.Addresses) != 1 {
		t.Errorf("503 %+v", e)
	}
	if len(l.Notes) != 2 {
		t.Errorf("notes %v", l.Notes)
	}
}

func TestLoadOFACOneFile(t *testing.T) {
	l := load(t, "ofac:testdata/ofac/cons_prim.csv")
	if len(l.Entries) != 1 || l.Entries[0].List != ListOFACCons {
		t.Errorf("entries %+v", l.Entries)
	}
}

func TestReadUN(t *testing.T) {
	l := load(t, "un:testdata/un.xml")
	p := entry(t, l, "un-sc/KPi.901")
	if p.PrimaryName() != "PAK SONG CHOL" || p.Type != Person || p.Listed != "2017-08-05" {
		t.Errorf("KPi.901 %+v", p)
	}
	if got := names(p, Weak); !slices.Equal(got, []string{"Songchol"}) {
		t.Errorf("weak %v", got)
	}
	if got := p.BirthDates; !slices.Equal(got, []string{"1970-03-02", "1969-03-02", "1968/1971"}) {
		t.Errorf("birth dates %v", got)
	}
	if !slices.Equal(p.Programmes, []string{"DPRK"}) || !slices.Equal(p.Positions, []string{"Trade representative"}) {
		t.Errorf("programmes %v positions %v", p.Programmes, p.Positions)
	}
	z := entry(t, l, "un-sc/TAi.901")
	if !slices.Equal(z.BirthDates, []string{"1964~"}) || len(z.Names) != 2 || z.Names[1].Note != "original script" {
		t.Errorf("TAi.901 %+v", z)
	}
	e := entry(t, l, "un-sc/KPe.901")
	if e.Type != Entity || len(names(e, Strong)) != 2 || e.Names[2].Note != "fka" || !strings.Contains(e.Addresses[0].Text, "(as of 2016)") {
		t.Errorf("KPe.901 %+v", e)
	}
	if len(l.Problems) != 2 || !strings.Contains(l.Problems[0].Msg, "no name") || !strings.Contains(l.Problems[1].Msg, "listed twice") {
		t.Errorf("problems %v", l.Problems)
	}
	if l.Problems[0].Line != 36 {
		t.Errorf("problem line %d, want 36 (the record's start)", l.Problems[0].Line)
	}
}

func TestReadUNBroken(t *testing.T) {
	f := File{Name: "broken.xml", R: strings.NewReader(`<CONSOLIDATED_LIST><INDIVIDUALS>
<INDIVIDUAL><FIRST_NAME>ONE</FIRST_NAME><REFERENCE_NUMBER>XXi.1</REFERENCE_NUMBER></INDIVIDUAL>
<INDIVIDUAL><FIRST_NAME>TWO</FIRST_NAME><REFERENCE_NUMBER>XXi.2</INDIVIDUAL>`)}
	l, err := ReadUN(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	// The cut record keeps what it had; the problem names where the
	// file broke off.
	if len(l.Entries) != 2 || len(l.Problems) != 1 || l.Problems[0].Line != 3 {
		t.Errorf("entries %d, problems %v", len(l.Entries), l.Problems)
	}
}

func TestReadFtM(t *testing.T) {
	l := load(t, "ftm:testdata/entities.ftm.json")
	p := entry(t, l, "test_fsf/t-person-1")
	if p.PrimaryName() != "Irina Sergeyevna VOLKOVA" || p.Names[0].Surname != "VOLKOVA" || p.Type != Person {
		t.Errorf("person %+v", p)
	}
	if got := names(p, Weak); !slices.Equal(got, []string{"Ira"}) {
		t.Errorf("weak %v", got)
	}
	if p.Listed != "2022-06-02" || !slices.Equal(p.Programmes, []string{"TEST-PROGRAMME"}) {
		t.Errorf("sanction not attached: listed %q programmes %v", p.Listed, p.Programmes)
	}
	if len(p.Addresses) != 1 || p.Addresses[0].Text != "Lenina 5, Minsk" {
		t.Errorf("address by referent: %+v", p.Addresses)
	}
	o := entry(t, l, "opensanctions/t-org-1")
	if o.Type != Entity || !slices.Contains(names(o, Strong), "Birch Capital") || !slices.Equal(o.Countries, []string{"by"}) {
		t.Errorf("org %+v", o)
	}
	if len(l.Entries) != 2 {
		t.Errorf("%d entries, want 2 (the non-target and the link are not designations)", len(l.Entries))
	}
	if !problemAt(l, "entities.ftm.json", 7, "not a JSON entity") || !problemAt(l, "entities.ftm.json", 8, "no name") {
		t.Errorf("problems %v", l.Problems)
	}
}

func TestReadOpenSanctionsCSV(t *testing.T) {
	l := load(t, "opensanctions:testdata/targets.simple.csv")
	p := entry(t, l, "test_eu/t-s-1")
	if p.Type != Person || len(p.Names) != 3 || !slices.Equal(p.Nationalities, []string{"ru"}) || p.Listed != "2022-03-01" || !slices.Equal(p.Programmes, []string{"TEST-RU"}) {
		t.Errorf("person %+v", p)
	}
	v := entry(t, l, "opensanctions/t-s-2")
	if v.Type != Vessel || !slices.Equal(v.Countries, []string{"pa"}) {
		t.Errorf("vessel %+v", v)
	}
	if !problemAt(l, "targets.simple.csv", 4, "schema \"Address\"") || !problemAt(l, "targets.simple.csv", 5, "schema \"Person\"") && !problemAt(l, "targets.simple.csv", 5, "without id or name") {
		t.Errorf("problems %v", l.Problems)
	}
}

func TestReadOpenSanctionsCSVNeedsHeader(t *testing.T) {
	_, err := ReadOpenSanctionsCSV(context.Background(), File{Name: "x.csv", R: strings.NewReader("a,b\n1,2\n")})
	if err == nil || !strings.Contains(err.Error(), `missing from the header: "id", "schema", "name"`) {
		t.Errorf("err %v", err)
	}
}

func TestReadCSL(t *testing.T) {
	l := load(t, "csl:testdata/csl.csv")
	p := entry(t, l, "us-csl-sdn/9001")
	if p.Type != Person || p.Names[0].Surname != "HOSSEINI" || len(p.Names) != 3 || !slices.Equal(p.Programmes, []string{"SDGT", "IRGC"}) {
		t.Errorf("sdn row %+v", p)
	}
	e := entry(t, l, "us-csl-el/line-3")
	if e.Type != Entity || e.Listed != "2018-09-04" {
		t.Errorf("entity list row %+v", e)
	}
	if !problemAt(l, "csl.csv", 4, "without a name") {
		t.Errorf("problems %v", l.Problems)
	}
}

func TestCSLList(t *testing.T) {
	tests := map[string]string{
		"Specially Designated Nationals (SDN) - Treasury Department":            "us-csl-sdn",
		"Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department": "us-csl-ns-mbs",
		"Entity List (EL) - Bureau of Industry and Security":                    "us-csl-el",
		"Some New List - Somewhere":                                             "us-csl-some-new-list---somewhere",
		"":                                                                      "us-csl",
	}
	for in, want := range tests {
		if got := cslList(in); got != want {
			t.Errorf("cslList(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	in := load(t, "un:testdata/un.xml")
	var b strings.Builder
	if err := WriteJSONL(&b, in.Entries); err != nil {
		t.Fatal(err)
	}
	bad := "{}\nnot json\n" + `{"list":"l","id":"1","type":"ship"}` + "\n" + `{"list":"l","id":"2","names":[{"name":"X","kind":"odd"}]}` + "\n"
	out, err := ReadJSONL(context.Background(), File{Name: "x.jsonl", R: strings.NewReader(b.String() + bad)})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Entries) != len(in.Entries) || len(out.Problems) != 4 {
		t.Fatalf("%d entries back of %d, problems %v", len(out.Entries), len(in.Entries), out.Problems)
	}
	for i := range in.Entries {
		if in.Entries[i].Key() != out.Entries[i].Key() || len(in.Entries[i].Names) != len(out.Entries[i].Names) {
			t.Errorf("entry %d changed", i)
		}
	}
}

func TestParseSource(t *testing.T) {
	tests := []struct {
		in   string
		want Source
		err  string
	}{
		{"ofac:/data/sdn", Source{"ofac", "/data/sdn"}, ""},
		{"UN:list.xml.gz", Source{"un", "list.xml.gz"}, ""},
		{"un:C:\\lists\\un.xml", Source{"un", "C:\\lists\\un.xml"}, ""},
		{"list.xml", Source{}, "want FORMAT:PATH"},
		{"xml:list.xml", Source{}, "unknown format"},
		{"un:", Source{}, "want FORMAT:PATH"},
	}
	for _, tt := range tests {
		got, err := ParseSource(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseSource(%q) err %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseSource(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestMergeDuplicates(t *testing.T) {
	old := Entry{List: "l", ID: "1", Type: Person, Names: []Name{{Text: "DOE, Jan", Kind: Primary}}, Programmes: []string{"A"}}
	alias := Entry{List: "l", ID: "1", Names: []Name{{Text: "DOE, Jan", Kind: Strong}, {Text: "DOE, Johann", Kind: Strong}}, Programmes: []string{"B"}, Listed: "2020"}
	other := Entry{List: "l", ID: "2", Names: []Name{{Text: "ROE, Ann", Kind: Primary}}}
	got, folded := MergeDuplicates([]Entry{old, other, alias})
	if folded != 1 || len(got) != 2 {
		t.Fatalf("folded %d, %d entries", folded, len(got))
	}
	m := got[0]
	if len(m.Names) != 2 || m.Names[0].Kind != Primary || !slices.Equal(m.Programmes, []string{"A", "B"}) || m.Listed != "2020" || m.Type != Person {
		t.Errorf("merged %+v", m)
	}
}

func TestOFACDate(t *testing.T) {
	tests := map[string]string{
		"08 Jan 1984":                "1984-01-08",
		"8 jan 1984":                 "1984-01-08",
		"Jan 1984":                   "1984-01",
		"1984":                       "1984",
		"circa 1960":                 "1960~",
		"1960 to 1962":               "1960/1962",
		"01 Jan 1960 to 31 Dec 1962": "1960-01-01/1962-12-31",
		"between 1960 and 1962":      "between 1960 and 1962",
		"32 Jan 1984":                "32 Jan 1984",
	}
	for in, want := range tests {
		if got := ofacDate(in); got != want {
			t.Errorf("ofacDate(%q) = %q, want %q", in, got, want)
		}
	}
}
