package sanctions

import (
	"slices"
	"testing"
	"time"
)

func validDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func TestRegimesWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Regimes() {
		if seen[r.ID] {
			t.Errorf("regime %s twice", r.ID)
		}
		seen[r.ID] = true
		if r.By == "" || r.Programme == "" || r.Source == "" || r.Kind == "" {
			t.Errorf("regime %s lacks by, programme, source or kind: %+v", r.ID, r)
		}
		if !validDate(r.Since) {
			t.Errorf("regime %s since %q is not a date", r.ID, r.Since)
		}
		if r.Until != "" && (!validDate(r.Until) || r.Until <= r.Since) {
			t.Errorf("regime %s until %q", r.ID, r.Until)
		}
		if r.Target != "" && len(r.Target) != 3 {
			t.Errorf("regime %s target %q is not an ISO 3166-1 alpha-3 code", r.ID, r.Target)
		}
	}
	tags := map[string]bool{}
	for _, p := range ProgrammeTags() {
		k := p.Authority + " " + p.Tag
		if tags[k] {
			t.Errorf("tag %s twice", k)
		}
		tags[k] = true
		r, ok := RegimeByID(p.Regime)
		if !ok {
			t.Errorf("tag %s: no regime %s", k, p.Regime)
			continue
		}
		if p.Since != "" && (!validDate(p.Since) || p.Since < r.Since) {
			t.Errorf("tag %s since %q is not a date on or after its regime's %s", k, p.Since, r.Since)
		}
	}
}

func TestRegimesNamedInIssue(t *testing.T) {
	// The regimes issue 8 names, with the dates it gives.
	want := []struct{ by, target, since string }{
		{"IGOUNO", "PRK", "2006-10-14"},
		{"USA", "RUS", "2014-03-06"},
		{"USA", "RUS", "2022-02-24"},
		{"IGOEUREEC", "RUS", "2014-03-17"},
		{"IGOEUREEC", "RUS", "2022-02-23"},
		{"GBR", "RUS", "2022-02-22"},
		{"USA", "RUS", "2017-08-02"},
	}
	for _, w := range want {
		found := slices.ContainsFunc(RegimeRelations(), func(r Relation) bool {
			return r.By == w.by && r.Target == w.target && r.Since == w.since
		})
		if !found {
			t.Errorf("no regime by %s on %s since %s", w.by, w.target, w.since)
		}
	}
}

func TestEntryRegimesAndRelations(t *testing.T) {
	tests := []struct {
		e       Entry
		regimes []string
		since   []string
	}{
		{Entry{List: ListOFACSDN, ID: "1", Programmes: []string{"DPRK3", "RUSSIA-EO14024"}}, []string{"us-dprk", "us-russia-2021"}, []string{"2016-03-15", "2021-04-15"}},
		{Entry{List: ListOFACCons, ID: "2", Programmes: []string{"UKRAINE-EO13662"}}, []string{"us-russia-2014"}, []string{"2014-03-20"}},
		{Entry{List: ListUN, ID: "KPi.033", Programmes: []string{"DPRK"}, Listed: "2016-11-30"}, []string{"un-1718-dprk"}, []string{"2016-11-30"}},
		{Entry{List: ListUN, ID: "QDe.001", Listed: "2001-10-06"}, []string{"un-1267-isil-al-qaida"}, nil},
		{Entry{List: "us-csl-sdn", ID: "3", Programmes: []string{"CAATSA - RUSSIA"}}, []string{"us-caatsa-russia"}, []string{"2017-08-02"}},
		{Entry{List: ListOFACSDN, ID: "4", Programmes: []string{"NO-SUCH-TAG"}}, nil, []string{""}},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range tt.e.Regimes() {
			got = append(got, r.ID)
		}
		if !slices.Equal(got, tt.regimes) {
			t.Errorf("%s regimes %v, want %v", tt.e.Key(), got, tt.regimes)
		}
		var since []string
		for _, r := range tt.e.Relations() {
			since = append(since, r.Since)
			if r.Entry != tt.e.Key() || r.By == "" {
				t.Errorf("%s relation %+v", tt.e.Key(), r)
			}
		}
		if !slices.Equal(since, tt.since) {
			t.Errorf("%s relations since %v, want %v", tt.e.Key(), since, tt.since)
		}
	}
}

func TestUnknownTags(t *testing.T) {
	got := UnknownTags([]Entry{
		{List: ListOFACSDN, Programmes: []string{"SDGT", "MADE-UP"}},
		{List: ListOFACSDN, Programmes: []string{"MADE-UP"}},
		{List: "eu_fsf", Programmes: []string{"SDGT"}},
	})
	if len(got) != 2 || got["us-ofac-sdn MADE-UP"] != 2 || got["eu_fsf SDGT"] != 1 {
		t.Errorf("unknown tags %v", got)
	}
}
