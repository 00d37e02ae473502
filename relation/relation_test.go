package relation

import (
	"slices"
	"testing"

	"github.com/entente/entente/event"
)

func TestFromFact(t *testing.T) {
	for _, tc := range []struct {
		name    string
		f       event.Fact
		ok      bool
		key     string
		parties []string
	}{
		{"a mutual pact, parties as codes", event.Fact{Type: event.FactDefensePact, Parties: []string{"RUSGOV", "PRK"}, Mutual: true, Modality: "asserted"},
			true, "defense_pact|PRK+RUS|factual", []string{"PRK", "RUS"}},
		{"the same pact the other way round", event.Fact{Type: event.FactDefensePact, Parties: []string{"PRKGOV", "RUS", "RUS"}, Mutual: true},
			true, "defense_pact|PRK+RUS|factual", []string{"PRK", "RUS"}},
		{"arms supply is directed", event.Fact{Type: event.FactArmsSupply, Parties: []string{"PRK", "RUS"}, Source: "PRK", Target: "RUSMIL", Modality: "alleged"},
			true, "arms_supply|PRK>RUS|factual", []string{"PRK", "RUS"}},
		{"sanctions named by source and target only", event.Fact{Type: event.FactSanctions, Source: "IGOUNO", Target: "PRK"},
			true, "sanctions|IGOUNO>PRK|factual", []string{"IGOUNO", "PRK"}},
		{"trade figures are per year", event.Fact{Type: event.FactTrade, Parties: []string{"VNM", "CHN"}, ValueUSD: 175e9, Year: 2022},
			true, "trade|CHN+VNM|2022|factual", []string{"CHN", "VNM"}},
		{"a planned pact is not the pact", event.Fact{Type: event.FactDefensePact, Parties: []string{"RUS", "PRK"}, Modality: "planned"},
			true, "defense_pact|PRK+RUS|planned", []string{"PRK", "RUS"}},
		{"no party", event.Fact{Type: event.FactTrade, Parties: []string{"", "---"}}, false, "", nil},
		{"no type", event.Fact{Parties: []string{"RUS"}}, false, "", nil},
	} {
		c, ok := FromFact(tc.f)
		if ok != tc.ok {
			t.Errorf("%s: ok %v", tc.name, ok)
			continue
		}
		if ok && (c.Key() != tc.key || !slices.Equal(c.Parties, tc.parties)) {
			t.Errorf("%s: key %q parties %v, want %q %v", tc.name, c.Key(), c.Parties, tc.key, tc.parties)
		}
	}
}

func TestFromEvent(t *testing.T) {
	ev := func(src, tgt, code string) event.Event {
		e := event.Event{Source: event.Actor{Code: src}, CAMEO: code, Modality: "asserted"}
		if tgt != "" {
			e.Target = &event.Actor{Code: tgt}
		}
		return e
	}
	for _, tc := range []struct {
		e   event.Event
		key string
	}{
		{ev("USAGOV", "RUS", "163"), "sanctions|USA>RUS|factual"},
		{ev("USA", "IRN", "1631"), "sanctions|USA>IRN|factual"},
		{ev("PRK", "RUSMIL", "072"), "arms_supply|PRK>RUS|factual"},
		{ev("USA", "", "163"), ""},
		{ev("RUSGOV", "RUSMIL", "072"), ""},
		{ev("USA", "RUS", "112"), ""},
		{ev("USA", "RUS", "1"), ""},
	} {
		c, ok := FromEvent(tc.e)
		if got := ""; ok {
			got = c.Key()
			if got != tc.key {
				t.Errorf("%+v: %q, want %q", tc.e, got, tc.key)
			}
		} else if tc.key != "" {
			t.Errorf("%+v: no claim, want %q", tc.e, tc.key)
		}
	}
}

func TestFromEntity(t *testing.T) {
	c, ok := FromEntity(event.Entity{Kind: "person", Name: " Alexander Fomin ", Code: "RUSGOVMIL", Role: "deputy defense minister"})
	if !ok || c.Key() != "office|RUS|deputy defense minister|alexander fomin|factual" || c.Holder != "Alexander Fomin" {
		t.Errorf("office %+v, %v", c, ok)
	}
	for _, x := range []event.Entity{
		{Kind: "person", Name: "Kim", Code: "PRKGOV"},
		{Kind: "organization", Name: "Rosoboronexport", Code: "RUSBUS", Role: "exporter"},
		{Kind: "person", Name: "", Code: "RUSGOV", Role: "minister"},
	} {
		if _, ok := FromEntity(x); ok {
			t.Errorf("%+v makes an office", x)
		}
	}
}

func TestState(t *testing.T) {
	base := Claim{Type: event.FactPartnership, Parties: []string{"RUS", "VNM"}, Class: "factual", Modality: "asserted"}
	s := Start(Claim{Type: base.Type, Parties: base.Parties, Class: "factual", Modality: "alleged", Since: "2012", Level: "strategic partnership"})
	if s.Status() != "alleged" {
		t.Errorf("an accusation alone: %s", s.Status())
	}
	c := base
	c.Attribution, c.Since, c.Level = "NATO", "2001-03", "comprehensive strategic partnership"
	s.Add(c)
	if s.Status() != "claimed" || !slices.Equal(s.ClaimedBy, []string{"NATO"}) {
		t.Errorf("claimed by NATO: %s %v", s.Status(), s.ClaimedBy)
	}
	c = base
	c.Until, c.ValueUSD = "2030", 5
	s.Add(c)
	if s.Status() != "asserted" || s.Since != "2001-03" || s.Until != "2030" || s.Level != "comprehensive strategic partnership" || s.ValueUSD != 5 {
		t.Errorf("state %+v: want asserted, the earliest since, the until, the latest level, the value", s)
	}
	if p := Start(Claim{Type: event.FactDefensePact, Parties: []string{"A"}, Class: "negated"}); p.Status() != "negated" {
		t.Errorf("a denied pact: %s", p.Status())
	}
}
