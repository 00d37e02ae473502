package treaty

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
)

func readATOPFiles(t testing.TB, dir, alliances, members string) *ATOPImport {
	t.Helper()
	a, err := os.Open(filepath.Join(dir, alliances))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	m, err := os.Open(filepath.Join(dir, members))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	imp, err := ReadATOP(a, m, DefaultCountries())
	if err != nil {
		t.Fatal(err)
	}
	return imp
}

// TestReadATOPFixture reads a small file pair written for this test in
// ATOP's layout: an asymmetric pact, a phased alliance with a member
// leaving, a historical member and a location condition.
func TestReadATOPFixture(t *testing.T) {
	imp := readATOPFiles(t, "testdata", "atop-alliances.csv", "atop-members.csv")
	if imp.Version != "4.01" || len(imp.Treaties) != 3 || imp.Members != 7 {
		t.Fatalf("version %q, %d treaties, %d members; problems %v", imp.Version, len(imp.Treaties), imp.Members, imp.Problems)
	}
	byID := map[string]*Treaty{}
	for _, tr := range imp.Treaties {
		byID[tr.ID] = tr
	}
	asym := byID["atop-9001"]
	var kinds []string
	for _, o := range asym.Obligations() {
		kinds = append(kinds, o.By+">"+o.To+":"+string(o.Kind))
	}
	got := strings.Join(kinds, " ")
	for _, want := range []string{"USA>JPN:defense", "USA>JPN:consultation", "JPN>USA:consultation"} {
		if !strings.Contains(got, want) {
			t.Errorf("atop-9001 obligations %q lack %s", got, want)
		}
	}
	if strings.Contains(got, "JPN>USA:defense") {
		t.Errorf("atop-9001: Japan owes defense: %s", got)
	}
	ph := byID["atop-9002"]
	if !ph.IsParty("CAN", MustDate("1960-01-01")) || ph.IsParty("CAN", MustDate("1970-01-01")) {
		t.Error("atop-9002: Canada's exit in 1965 not kept")
	}
	var loc bool
	for _, o := range ph.Obligations() {
		for _, c := range o.Conditions {
			loc = loc || c.Type == Location
		}
	}
	if !loc {
		t.Error("atop-9002: location condition lost")
	}
	hist := byID["atop-9003"]
	if !hist.IsParty("cow:245", MustDate("1850-01-01")) || imp.Historical != 1 {
		t.Errorf("atop-9003: Bavaria not kept as cow:245 (historical %d): %+v", imp.Historical, hist.Parties)
	}
	for _, p := range hist.Parties {
		if p.Code == "cow:245" && p.Name != "Bavaria" {
			t.Errorf("cow:245 named %q", p.Name)
		}
	}
}

func TestReadATOPErrors(t *testing.T) {
	good := "atopid,begyr,begmo,begday,endyr,endmo,endday\n1,1950,1,1,0,0,0\n"
	cases := []struct{ alliances, members, want string }{
		{"atopid,begyr\n1,1950\n", "", `no column "begmo"`},
		{good, "atopid,member\n1,2\n", `no column "yrent"`},
		{good, "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul\n2,2,1950,1,1,0,0,0,1,0,0,0,0\n", "atopid 2 is not in the alliance-level file"},
		{good, "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul\n1,x,1950,1,1,0,0,0,1,0,0,0,0\n", `"x" is not a whole number`},
		{good + "1,1951,1,1,0,0,0\n", "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,defense,offense,neutral,nonagg,consul\n", "listed twice"},
	}
	for _, c := range cases {
		_, err := ReadATOP(strings.NewReader(c.alliances), strings.NewReader(c.members), DefaultCountries())
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v; want %q", err, c.want)
		}
	}
}

// TestATOPAgreement2016 is the agreement check on the real files:
// the v4.01 import against ATOP's own v5.1 directed dyad-year file.
func TestATOPAgreement2016(t *testing.T) {
	dir := sharedtest.Dir(t, "eval", "alliances")
	imp := readATOPFiles(t, dir, "atop4_01_alliance_level.csv", "atop4_01_member_level.csv")
	f, err := os.Open(filepath.Join(dir, "atop5_1_ddyr_peacesciencer.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ref, err := ReadDyadYears(f, 2016, DefaultCountries())
	if err != nil {
		t.Fatal(err)
	}
	rep := CompareDyads(imp.Treaties, ref, Defense)
	if rep.Reference < 3000 || rep.Agreement < 0.99 {
		t.Errorf("2016 defense: %d reference dyads, agreement %.4f; disagreements %v", rep.Reference, rep.Agreement, rep.Disagreements)
	}
	if len(ref.Unmapped) > 0 {
		t.Errorf("COW codes of 2016 with no ISO code: %v", ref.Unmapped)
	}
}

func FuzzReadATOP(f *testing.F) {
	a, _ := os.ReadFile("testdata/atop-alliances.csv")
	m, _ := os.ReadFile("testdata/atop-members.csv")
	f.Add(string(a), string(m))
	f.Fuzz(func(t *testing.T, alliances, members string) {
		imp, err := ReadATOP(strings.NewReader(alliances), strings.NewReader(members), DefaultCountries())
		if err != nil {
			return
		}
		for _, tr := range imp.Treaties {
			_ = tr.Obligations()
		}
	})
}

func FuzzReadDyadYears(f *testing.F) {
	f.Add("ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n2,740,2016,1,0,0,1,1\n740,2,2016,0,0,0,1,1\n", 2016)
	f.Fuzz(func(t *testing.T, in string, year int) {
		d, err := ReadDyadYears(strings.NewReader(in), year, DefaultCountries())
		if err != nil {
			return
		}
		_ = CompareDyads(nil, d, Defense)
	})
}
