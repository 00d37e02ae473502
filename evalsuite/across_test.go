package evalsuite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"
)

func readAcrossGold(t *testing.T) *SeedGold {
	t.Helper()
	f, err := os.Open("testdata/across/gold/across.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadSeedGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// dated is cev with a granularity.
func dated(dyad, cameo, plover, value, granularity string) event.Event {
	e := cev(dyad, cameo, plover, value)
	e.Date.Granularity = granularity
	return e
}

// TestRunAcross ingests two stories written for this test into a real
// store and checks the groups, as coded right and coded in ways that must
// fail a group.
func TestRunAcross(t *testing.T) {
	g := readAcrossGold(t)
	landed := dated("ESPGOV>PRT", "042", "CONSULT", "2025-05-13T22:15Z", "instant")
	right := cannedCoder{
		"arrived in Lisbon":     {dated("ESPGOV>PRT", "042", "CONSULT", "2025-05-13", "day")},
		"water-sharing treaty":  {cev("ESPGOV>PRTGOV", "057", "SUPPORT", "2025-05-14")},
		"treaty on river water": {dated("PRT>ESP", "057", "SUPPORT", "2025-05-14", "document")},
		"had landed":            {landed},
	}
	planned := landed
	planned.Modality = event.Planned
	split := cannedCoder{}
	for k, v := range right {
		split[k] = v
	}
	split["had landed"] = []event.Event{planned}
	unmatched := cannedCoder{}
	for k, v := range right {
		unmatched[k] = v
	}
	unmatched["had landed"] = []event.Event{dated("ESPGOV>PRT", "051", "", "2025-05-13T22:15Z", "instant")}
	for _, tc := range []struct {
		name      string
		c         cannedCoder
		ok        int
		split     []string
		unmatched []string
	}{
		{"coded right", right, 2, nil, nil},
		{"the landing coded as a plan", split, 1, []string{"x02:y-landed"}, nil},
		{"the landing not coded as a visit", unmatched, 1, nil, []string{"x02:y-landed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			process := func(d document.Document) store.Input {
				return store.Input{Document: d, Sentences: segment.Segment(d.Text).Sentences, Events: tc.c.Code(d)}
			}
			rep, err := RunAcross(context.Background(), g, filepath.Join("testdata", "across", "seeds"), db, process)
			if err != nil {
				t.Fatal(err)
			}
			if rep.OK() != tc.ok || !rep.Idempotent || len(rep.Groups) != 2 {
				t.Errorf("%d of %d groups ok, idempotent %v; want %d", rep.OK(), len(rep.Groups), rep.Idempotent, tc.ok)
			}
			arrival := rep.Groups[1]
			if !slices.Equal(arrival.Split, orEmpty(tc.split)) || !slices.Equal(arrival.Unmatched, orEmpty(tc.unmatched)) {
				t.Errorf("arrival %+v: want split %v, unmatched %v", arrival, tc.split, tc.unmatched)
			}
			if tc.ok == 2 && (arrival.Sources != 2 || arrival.Date != "2025-05-13T22:15Z") {
				t.Errorf("arrival %+v: want two sources and the clock time", arrival)
			}
			if f := rep.Figures(); f["groups"] != 2 || f["groups_ok"] != float64(tc.ok) || f["idempotent"] != 1 {
				t.Errorf("figures %v", f)
			}
		})
	}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
