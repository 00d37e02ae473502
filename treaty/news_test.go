package treaty

import (
	"strings"
	"testing"

	"github.com/entente/entente/event"
)

func pactFact(id string, parties []string, since string, mutual bool) event.Fact {
	return event.Fact{Kind: "fact", Doc: "test.txt", ID: id, Type: event.FactDefensePact,
		Sentence: event.Span{Start: 10, End: 90, Text: "The two leaders hailed the new defense alliance between their countries."},
		Evidence: event.Span{Start: 30, End: 55, Text: "the new defense alliance"},
		Parties:  parties, Since: since, Mutual: mutual, Modality: event.Asserted}
}

func TestCorroborate(t *testing.T) {
	cases := []struct {
		name      string
		fact      event.Fact
		treaty    string // "" = a candidate
		candidate string
	}{
		{"Russia–DPRK 2024", pactFact("f1", []string{"RUSGOV", "PRKGOV"}, "2024-06-19", true), "rus-prk-2024", ""},
		{"actor codes reduced to states", pactFact("f2", []string{"PRK", "RUSMIL", "RUS"}, "2024-06-20", true), "rus-prk-2024", ""},
		{"China–DPRK, no date", pactFact("f3", []string{"CHN", "PRK"}, "", true), "chn-prk-1961", ""},
		{"NATO members", pactFact("f4", []string{"FIN", "NOR"}, "2024-05-01", true), "nato", ""},
		{"unknown pact", pactFact("f5", []string{"SAU", "PAK"}, "2025-09-17", true), "", "reported-pak-sau-2025-09-17"},
		{"treaty signed after the report", pactFact("f6", []string{"RUS", "PRK"}, "2001-03-01", true), "rus-prk-2000", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Base().Corroborate(c.fact)
			if err != nil {
				t.Fatal(err)
			}
			if got.Evidence.Text != c.fact.Evidence.Text || got.Evidence.FactID != c.fact.ID || got.Evidence.Kind != "news" {
				t.Errorf("evidence %+v", got.Evidence)
			}
			if c.treaty != "" {
				if got.Treaty == nil || got.Treaty.ID != c.treaty {
					t.Fatalf("matched %v (%s); want %s", got.Treaty, got.Why, c.treaty)
				}
				return
			}
			cand := got.Candidate
			if got.Treaty != nil || cand == nil {
				t.Fatalf("got %+v; want a candidate", got)
			}
			if cand.ID != c.candidate || cand.Status != StatusReported || !cand.InForceUnknown || len(cand.Evidence) != 1 {
				t.Errorf("candidate %+v", cand)
			}
			// A candidate binds no one until its entry into force is recorded.
			r, err := Base().With([]*Treaty{cand}).Cascade(Query{Target: "PAK", At: MustDate("2026-01-01")})
			if err != nil {
				t.Fatal(err)
			}
			if o := find(r, "SAU"); o != nil {
				t.Errorf("a reported pact binds: %+v", o)
			}
		})
	}
}

func TestCorroborateOneSided(t *testing.T) {
	f := pactFact("f7", []string{"FRA", "DJI"}, "2024-01-01", false)
	f.Source, f.Target = "FRAGOV", "DJIGOV"
	got, err := Base().Corroborate(f)
	if err != nil {
		t.Fatal(err)
	}
	c := got.Candidate
	if c == nil || len(c.Clauses) != 1 || c.Clauses[0].By[0] != "FRA" || c.Clauses[0].To[0] != "DJI" {
		t.Fatalf("one-sided candidate %+v", c)
	}
}

func TestCorroborateErrors(t *testing.T) {
	cases := []struct {
		f    event.Fact
		want string
	}{
		{event.Fact{ID: "x", Type: event.FactTrade, Parties: []string{"RUS", "PRK"}}, "is not"},
		{event.Fact{ID: "x", Type: event.FactDefensePact, Parties: []string{"RUS"}}, "two parties"},
		{event.Fact{ID: "x", Type: event.FactDefensePact, Parties: []string{"RUS", "QQQ"}}, `"QQQ" is not a known`},
	}
	for _, c := range cases {
		if _, err := Base().Corroborate(c.f); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v; want %q", err, c.want)
		}
	}
}
