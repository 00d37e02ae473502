package treaty

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// find returns the obligor with code, or nil.
func find(r Result, code string) *Obligor {
	for i := range r.Obligors {
		if r.Obligors[i].Code == code {
			return &r.Obligors[i]
		}
	}
	return nil
}

func excluded(r Result, code, treaty string) *Excluded {
	for i := range r.Excluded {
		if r.Excluded[i].Code == code && r.Excluded[i].Treaty == treaty {
			return &r.Excluded[i]
		}
	}
	return nil
}

func cascade(t *testing.T, s *Set, q Query) Result {
	t.Helper()
	r, err := s.Cascade(q)
	if err != nil {
		t.Fatalf("%+v: %v", q, err)
	}
	return r
}

// TestDoneWhen checks the answers issue 7 asks for.
func TestDoneWhen(t *testing.T) {
	at := MustDate("2024-12-31")
	type want struct {
		code    string
		status  Status // "" = must not be an obligor in round 1
		treaty  string
		article string
	}
	cases := []struct {
		target string
		wants  []want
		noDef  bool // no defense obligor at all in round 1
	}{
		{"PRK", []want{{"RUS", Obligated, "rus-prk-2024", "4"}, {"CHN", Obligated, "chn-prk-1961", "II"}}, false},
		{"VNM", []want{{"RUS", Consulting, "rus-vnm-1994", ""}}, true},
		{"JPN", []want{{"USA", Obligated, "usa-jpn-1960", "V"}}, false},
		{"USA", []want{{"GBR", Obligated, "nato", "5"}, {"FIN", Obligated, "nato", "5"}, {"SWE", Obligated, "nato", "5"},
			{"TUR", Obligated, "nato", "5"}, {"CAN", Obligated, "nato", "5"}, {"JPN", "", "", ""}, {"NZL", "", "", ""}}, false},
	}
	for _, c := range cases {
		r := cascade(t, Base(), Query{Target: c.target, At: at})
		for _, w := range c.wants {
			o := find(r, w.code)
			if w.status == "" {
				if o != nil && o.Round == 1 {
					t.Errorf("%s: %s is an obligor (%s, %s); want none", c.target, w.code, o.Status, o.Reason)
				}
				continue
			}
			if o == nil || o.Round != 1 {
				t.Errorf("%s: %s not a round-1 obligor", c.target, w.code)
				continue
			}
			if o.Status != w.status || o.Treaty != w.treaty || o.Article != w.article {
				t.Errorf("%s: %s = %s %s art %q; want %s %s art %q", c.target, w.code, o.Status, o.Treaty, o.Article, w.status, w.treaty, w.article)
			}
			if o.Reason == "" {
				t.Errorf("%s: %s has no reason", c.target, w.code)
			}
		}
		if c.noDef {
			for _, o := range r.Obligors {
				if o.Round == 1 && (o.Status == Obligated || o.Status == Conditional) {
					t.Errorf("%s: %s is a defense obligor (%s)", c.target, o.Code, o.Reason)
				}
			}
		}
	}
	// Every NATO member is obligated or conditional for the United States.
	r := cascade(t, Base(), Query{Target: "USA", At: at})
	nato, _ := Base().Treaty("nato")
	for _, p := range nato.Parties {
		if p.Code == "USA" {
			continue
		}
		o := find(r, p.Code)
		if o == nil || o.Round != 1 || (o.Status != Obligated && o.Status != Conditional) {
			t.Errorf("USA: NATO member %s not obligated or conditional: %+v", p.Code, o)
		}
	}
}

func TestAsymmetric(t *testing.T) {
	at := MustDate("2024-12-31")
	// An attack on US territory does not bind Japan; one on US forces in
	// Okinawa does.
	r := cascade(t, Base(), Query{Target: "USA", At: at})
	if e := excluded(r, "JPN", "usa-jpn-1960"); e == nil || !strings.Contains(e.Reason, "outside territories under the administration of Japan") {
		t.Errorf("USA home: Japan's exclusion not explained: %+v", e)
	}
	r = cascade(t, Base(), Query{Target: "USA", At: at, Location: "okinawa"})
	if o := find(r, "JPN"); o == nil || o.Status != Obligated || o.Article != "V" {
		t.Errorf("USA in Okinawa: Japan = %+v; want obligated under Article V", o)
	}
	// The US–Iceland agreement runs one way only.
	r = cascade(t, Base(), Query{Target: "ISL", At: at})
	if o := find(r, "USA"); o == nil || o.Status != Obligated {
		t.Fatalf("ISL: USA = %+v", o)
	}
	for _, o := range Base().OwedTo("USA") {
		if o.Treaty.ID == "usa-isl-1951" {
			t.Errorf("Iceland owes the United States %s under the 1951 agreement", o.Kind)
		}
	}
}

func TestLocationConditions(t *testing.T) {
	at := MustDate("2024-12-31")
	cases := []struct {
		target, location, obligor string
		want                      Status // "" = excluded
		reason                    string
	}{
		{"USA", "hawaii", "GBR", "", "outside North Atlantic Treaty area"},
		{"USA", "alaska", "GBR", Obligated, "is in North Atlantic Treaty area"},
		{"USA", "puerto-rico", "GBR", Conditional, "south of the Tropic of Cancer"},
		{"ESP", "ceuta", "FRA", Obligated, ""}, // EU 42(7): its own territory, though outside NATO's area
		{"ESP", "ceuta", "USA", "", "outside North Atlantic Treaty area"},
		{"DNK", "greenland", "USA", Obligated, ""},
		{"GBR", "falklands", "USA", "", "outside"},
		{"TUR", "", "DEU", Obligated, "North Atlantic Treaty area"},
		{"JPN", "senkaku", "USA", Obligated, "administration of Japan"},
		{"JPN", "kuril-islands", "USA", "", "outside territories under the administration of Japan"},
		{"PHL", "south-china-sea", "USA", Obligated, ""},
		{"USA", "", "KOR", Conditional, "cannot be decided"},
		{"USA", "guam", "KOR", Obligated, ""},
	}
	for _, c := range cases {
		r := cascade(t, Base(), Query{Target: c.target, At: at, Location: c.location})
		o := find(r, c.obligor)
		if o != nil && o.Round != 1 {
			o = nil
		}
		switch {
		case c.want == "" && o != nil && (o.Status == Obligated || o.Status == Conditional):
			t.Errorf("%s at %q: %s = %s (%s); want no defense", c.target, c.location, c.obligor, o.Status, o.Reason)
		case c.want == "":
			found := false
			for _, e := range r.Excluded {
				if e.Code == c.obligor && strings.Contains(e.Reason, c.reason) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s at %q: no exclusion of %s saying %q: %+v", c.target, c.location, c.obligor, c.reason, r.Excluded)
			}
		case o == nil:
			t.Errorf("%s at %q: %s not an obligor", c.target, c.location, c.obligor)
		case o.Status != c.want || !strings.Contains(o.Reason, c.reason):
			t.Errorf("%s at %q: %s = %s (%s); want %s with %q", c.target, c.location, c.obligor, o.Status, o.Reason, c.want, c.reason)
		}
	}
}

// testSet is the base plus the test pacts of testdata/base.
func testSet(t testing.TB) *Set {
	t.Helper()
	s, err := LoadFS(os.DirFS("testdata"), "base")
	if err != nil {
		t.Fatal(err)
	}
	// Share the test areas with the embedded ones.
	for id, a := range Base().Areas {
		s.Areas[id] = a
	}
	return Base().With(s.Treaties).withAreas(s.Areas)
}

func TestConditions(t *testing.T) {
	s := testSet(t)
	at := MustDate("2024-12-31")
	cases := []struct {
		name string
		q    Query
		code string
		want Status
		why  string
	}{
		{"adversary unknown", Query{Target: "NPL", At: at}, "BTN", Conditional, "attacker is not given"},
		{"adversary named", Query{Target: "NPL", Attacker: "IND", At: at}, "BTN", Obligated, "IND is a named adversary"},
		{"non-provocation undecided", Query{Target: "MDV", At: at}, "LKA", Conditional, "unprovoked"},
		{"non-provocation met", Query{Target: "MDV", At: at, Unprovoked: true}, "LKA", Obligated, "location (Article 3) met"},
		{"on request undecided", Query{Target: "KAZ", At: at}, "RUS", Conditional, "request"},
		{"on request met", Query{Target: "KAZ", At: at, Requested: true}, "RUS", Obligated, ""},
		{"reservation", Query{Target: "FRA", At: at}, "AUT", Conditional, "specific character"},
		{"class of adversary", Query{Target: "THA", At: at}, "USA", Conditional, "communist"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cascade(t, s, c.q)
			o := find(r, c.code)
			if o == nil {
				t.Fatalf("%s not an obligor", c.code)
			}
			if o.Status != c.want || !strings.Contains(o.Reason, c.why) {
				t.Errorf("%s = %s (%s); want %s with %q", c.code, o.Status, o.Reason, c.want, c.why)
			}
		})
	}
	// Named adversary not the attacker: the test pact does not bind.
	r := cascade(t, s, Query{Target: "NPL", Attacker: "CHN", At: at})
	if e := excluded(r, "BTN", "pact-adversary"); e == nil || !strings.Contains(e.Reason, "not by IND") {
		t.Errorf("adversary condition not excluded: %+v", e)
	}
}

func TestIntervals(t *testing.T) {
	s := testSet(t)
	cases := []struct {
		name, target, day, code, treaty string
		bound                           bool
		why                             string
	}{
		{"Russia–DPRK before entry into force", "PRK", "2024-12-03", "RUS", "rus-prk-2024", false, "not in force for RUS→PRK until 2024-12-04"},
		{"Russia–DPRK in force", "PRK", "2024-12-04", "RUS", "rus-prk-2024", true, ""},
		{"USSR–DPRK before its end", "PRK", "1990-06-01", "RUS", "ussr-prk-1961", true, ""},
		{"ended treaty", "KEN", "2005-01-01", "UGA", "pact-ended", false, "no longer binds UGA→KEN since 2000-01-01"},
		{"suspended", "NZL", "2024-12-31", "USA", "anzus", false, "suspended since 1986-09-17"},
		{"before the suspension", "NZL", "1985-01-01", "USA", "anzus", true, ""},
		{"Finland before NATO", "EST", "2023-04-03", "FIN", "nato", false, ""},
		{"Finland in NATO", "EST", "2023-04-04", "FIN", "nato", true, ""},
		{"Sweden a day early", "NOR", "2024-03-06", "SWE", "nato", false, ""},
		{"Sweden in NATO", "NOR", "2024-03-07", "SWE", "nato", true, ""},
		{"entry into force unknown", "IRN", "2025-12-01", "RUS", "rus-irn-2025", false, ""},
		{"Uzbekistan out of the CSTO", "KAZ", "2015-01-01", "UZB", "csto", false, "no longer binds"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cascade(t, s, Query{Target: c.target, At: MustDate(c.day)})
			o := find(r, c.code)
			got := o != nil && o.Round == 1 && o.Treaty == c.treaty
			if o != nil && o.Round == 1 {
				for _, a := range o.Also {
					got = got || a.Treaty == c.treaty
				}
			}
			if got != c.bound {
				t.Errorf("%s bound to %s under %s on %s = %v, want %v (%+v)", c.code, c.target, c.treaty, c.day, got, c.bound, o)
			}
			if c.why != "" {
				if e := excluded(r, c.code, c.treaty); e == nil || !strings.Contains(e.Reason, c.why) {
					t.Errorf("exclusion reason = %+v; want %q", e, c.why)
				}
			}
		})
	}
}

func TestRounds(t *testing.T) {
	s := testSet(t)
	at := MustDate("2024-12-31")
	r := cascade(t, s, Query{Target: "PRK", At: at})
	if o := find(r, "ARM"); o == nil || o.Round != 2 || o.Status != Obligated || o.OwedTo != "RUS" {
		t.Errorf("PRK: Armenia = %+v; want obligated to RUS in round 2", o)
	}
	if o := find(r, "BLR"); o == nil || o.Round != 2 || o.Status != Conditional {
		t.Errorf("PRK: Belarus = %+v; want conditional in round 2", o)
	}
	// The attacker's allies come in only with counterattack.
	r = cascade(t, s, Query{Target: "HUN", Attacker: "SRB", At: at})
	if o := find(r, "SRB"); o != nil {
		t.Errorf("the attacker is listed as an obligor: %+v", o)
	}
	r = cascade(t, s, Query{Target: "PRK", Attacker: "USA", At: at})
	if o := find(r, "GBR"); o != nil {
		t.Errorf("without counterattack the attacker's ally GBR is drawn in: %+v", o)
	}
	r = cascade(t, s, Query{Target: "PRK", Attacker: "USA", At: at, Counterattack: true})
	o := find(r, "GBR")
	if o == nil || o.Side != "attacker" || o.OwedTo != "USA" || o.Round < 2 {
		t.Errorf("with counterattack GBR = %+v; want drawn in on the attacker's side", o)
	}
	// Every state appears once.
	seen := map[string]bool{}
	for _, o := range r.Obligors {
		if seen[o.Code] {
			t.Errorf("%s listed twice", o.Code)
		}
		seen[o.Code] = true
	}
	if seen["PRK"] || seen["USA"] {
		t.Error("target or attacker listed as obligor")
	}
}

func TestQueryErrors(t *testing.T) {
	at := MustDate("2024-12-31")
	cases := []struct {
		q    Query
		want string
	}{
		{Query{At: at}, "no target"},
		{Query{Target: "XYZ", At: at}, `target "XYZ"`},
		{Query{Target: "USA", Attacker: "USA", At: at}, "its own attacker"},
		{Query{Target: "USA"}, "full date"},
		{Query{Target: "USA", At: MustDate("2024")}, "full date"},
		{Query{Target: "USA", At: at, Location: "atlantis"}, `unknown location "atlantis"`},
		{Query{Target: "USA", At: at, Counterattack: true}, "needs an attacker"},
	}
	for _, c := range cases {
		_, err := Base().Cascade(c.q)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: error %v; want %q", c.q, err, c.want)
		}
	}
}

func TestResultJSONShape(t *testing.T) {
	r := cascade(t, Base(), Query{Target: "PRK", At: MustDate("2024-12-31")})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if strings.Join(keys, ",") != "at,attacker,obligors,target" {
		t.Errorf("top-level keys %v", keys)
	}
	var obs []map[string]any
	if err := json.Unmarshal(m["obligors"], &obs); err != nil {
		t.Fatal(err)
	}
	keys = keys[:0]
	for k := range obs[0] {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if strings.Join(keys, ",") != "article,code,reason,round,status,treaty" {
		t.Errorf("obligor keys %v", keys)
	}
	if string(m["attacker"]) != "null" || string(m["at"]) != `"2024-12-31"` {
		t.Errorf("attacker %s at %s", m["attacker"], m["at"])
	}
}

func BenchmarkCascade(b *testing.B) {
	s := Base()
	q := Query{Target: "USA", At: MustDate("2024-12-31")}
	for b.Loop() {
		if _, err := s.Cascade(q); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCascadeCounterattack(b *testing.B) {
	s := Base()
	q := Query{Target: "PRK", Attacker: "USA", Counterattack: true, At: MustDate("2024-12-31")}
	for b.Loop() {
		if _, err := s.Cascade(q); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCascadeWithATOP runs the cascade over an ATOP import, whose location
// conditions name no area: they must stay undecided, not crash or pass.
func TestCascadeWithATOP(t *testing.T) {
	imp := readATOPFiles(t, "testdata", "atop-alliances.csv", "atop-members.csv")
	s := Base().With(imp.Treaties)
	r := cascade(t, s, Query{Target: "GBR", At: MustDate("1960-01-01")})
	o := find(r, "CAN")
	if o == nil {
		t.Fatal("CAN not an obligor under atop-9002")
	}
	var viaATOP bool
	for _, b := range append([]Obligor{*o}, o.Also...) {
		if b.Treaty == "atop-9002" && b.Status == Conditional && strings.Contains(b.Reason, "without saying where") {
			viaATOP = true
		}
	}
	if !viaATOP {
		t.Errorf("CAN: %+v; want atop-9002 conditional on an unnamed location", o)
	}
}
