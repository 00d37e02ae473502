package sanctions_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/sanctions"
	"github.com/entente/entente/sanctions/screeneval"
)

// TestSharedLists reads the real lists of ../shared/eval/sanctions and
// checks the counts their README gives, and that no record is skipped.
func TestSharedLists(t *testing.T) {
	dir := sharedtest.Dir(t, "eval", "sanctions")
	tests := []struct {
		src     string
		list    string
		entries int
	}{
		{"ofac:" + filepath.Join(dir, "ofac_sdn_2021"), sanctions.ListOFACSDN, 8976},
		{"ofac:" + filepath.Join(dir, "ofac_sdn_2025", "cons_prim.csv.gz"), sanctions.ListOFACCons, 442},
		{"un:" + filepath.Join(dir, "un_sc_consolidated.xml.gz"), sanctions.ListUN, 730 + 273},
		{"ftm:" + filepath.Join(dir, "opensanctions", "yente_t1_entities.ftm.json"), "eu_fsf", 6},
		{"csl:" + filepath.Join(dir, "trade_gov_csl_sample_2019.csv"), "", 115},
	}
	for _, tt := range tests {
		src, err := sanctions.ParseSource(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		l, err := sanctions.Load(context.Background(), src)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, e := range l.Entries {
			if tt.list == "" || e.List == tt.list {
				n++
			}
		}
		if n != tt.entries || len(l.Problems) != 0 {
			t.Errorf("%s: %d entries of %s, want %d; problems %v", tt.src, n, tt.list, tt.entries, l.Problems)
		}
		if unknown := sanctions.UnknownTags(l.Entries); tt.list != "eu_fsf" && len(unknown) > 0 {
			t.Errorf("%s: programme tags without a regime: %v", tt.src, unknown)
		}
	}
}

// TestSharedScreening holds issue 8's "done when" on the shared sets: the
// named cases, at least 98% of the UN positives found as the top match,
// under 2% of the US Congress falsely matched.
func TestSharedScreening(t *testing.T) {
	ix := sharedIndex(t)
	un := sharedNames(t, "yente_positives_un_untreated.csv")
	congress := sharedNames(t, "yente_positives_us_congress_untreated.csv")
	rep, err := screeneval.Run(context.Background(), ix, un, congress)
	if err != nil {
		t.Fatal(err)
	}
	f := rep.Figures()
	if f["cases_right"] != 1 || f["un_top1"] < 0.98 || f["congress_false_rate_max"] >= 0.02 || rep.UNRows < 670 {
		t.Errorf("figures %v (UN rows %d)", f, rep.UNRows)
		for _, m := range rep.Misses {
			t.Logf("miss %+v", m)
		}
	}
}
