package evalsuite

import (
	"context"
	"github.com/entente/entente/internal/sharedtest"
	"os"
	"path/filepath"
	"testing"
)

// sharedSuites returns ../shared/eval/event-coding beside the module root,
// or skips the test when it is not there.
func sharedSuites(t *testing.T) string {
	t.Helper()
	return sharedtest.Dir(t, "eval", "event-coding")
}

func readRealSuite(t *testing.T, path string) []Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("suite %s not present: %v", path, err)
	}
	defer f.Close()
	recs, err := ReadSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestRealSuites runs both suites with a coder that codes nothing: a check
// of the harness (counts, not-applicable rules, directives), not of the
// coder. The counts follow from the suites' README and the package rules.
func TestRealSuites(t *testing.T) {
	dir := sharedSuites(t)
	ctx := context.Background()
	fac, _ := fakeFactory(nothing)

	t.Run("petrarch", func(t *testing.T) {
		recs := readRealSuite(t, filepath.Join(dir, "petrarch-unittest.jsonl"))
		rep, err := RunPetrarch(ctx, recs, fac)
		if err != nil {
			t.Fatal(err)
		}
		expectNone := 0
		for _, r := range recs {
			if r.ExpectNone && !r.NotDefaultRun {
				expectNone++
			}
		}
		checkFigures(t, rep, map[string]int{
			"records":            284,
			"applicable":         278,
			"treebank_input":     rep.NotApplicableBy[NATreebankInput],
			"not_in_default_run": rep.NotApplicableBy[NANotDefaultRun],
			"passed":             rep.Passed,
			"found":              rep.FoundEvents,
			"extra":              rep.ExtraEvents,
			"problems":           len(rep.Problems),
		}, map[string]int{
			"records": 284, "applicable": 278, "treebank_input": 3, "not_in_default_run": 3,
			// Coding nothing passes exactly the expect_none records.
			"passed": expectNone, "found": 0, "extra": 0, "problems": 0,
		})
		if expectNone != 20 {
			t.Errorf("%d expect_none records in the default run, README says 20", expectNone)
		}
		// 359 triples in the suite, less the 4 of the three records out of
		// the default run.
		if rep.ExpectedEvents != 355 {
			t.Errorf("expected events %d, want 355", rep.ExpectedEvents)
		}
		t.Logf("petrarch: %d records, %d applicable, n/a %v, %d option sets, unsupported %v",
			rep.Records, rep.Applicable(), rep.NotApplicableBy, rep.OptionSets, rep.Unsupported)
	})

	t.Run("tabari", func(t *testing.T) {
		recs := readRealSuite(t, filepath.Join(dir, "tabari-validate.jsonl"))
		to, err := LoadTabariOptions(filepath.Join(dir, "tabari-validate-dicts"))
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(to.Path) != "Validate.options" {
			t.Errorf("options file %s, want Validate.options", to.Path)
		}
		if c := to.Options.Complex; c.Verbs != 5 || c.Conj != 4 || !c.NoActorPrior {
			t.Errorf("base complex %+v, want VERBS 5 CONJ 4 NOACTPRIOR", c)
		}
		rep, err := RunTabari(ctx, recs, fac, to.Options)
		if err != nil {
			t.Fatal(err)
		}
		rep.AddOptionsFile(to)
		expectNone := 0
		for _, o := range rep.Outcomes {
			if o.Expect == ExpectNothing {
				expectNone++
			}
		}
		checkFigures(t, rep, map[string]int{
			"records":        rep.Records,
			"applicable":     rep.Applicable(),
			"directive":      rep.NotApplicableBy[NADirective],
			"nonstandard":    rep.NotApplicableBy[NANonstandard],
			"check_skipped":  rep.NotApplicableBy[NACheckSkipped],
			"no_expectation": rep.NotApplicableBy[NANoExpectation],
			"directives":     rep.DirectivesFound,
			"applied":        rep.DirectivesApplied,
			"expected":       rep.ExpectedEvents,
			"passed":         rep.Passed,
			"found":          rep.FoundEvents,
			"problems":       len(rep.Problems),
		}, map[string]int{
			"records": 475, "applicable": 438,
			// 19 directive-only records and the three MINWRD records whose
			// directive is in their notes.
			"directive": 22, "nonstandard": 8, "check_skipped": 6, "no_expectation": 1,
			// 27 option_directives and the three in MINWRD notes; all but
			// OUTPUT, TIME SHIFT and YYYY are applied.
			"directives": 30, "applied": 25,
			// Coding nothing passes exactly the expect_none records.
			"passed": expectNone, "found": 0, "problems": 0,
			// Expected blocks of applicable records that expect events.
			"expected": 500,
		})
		if expectNone != 16 {
			t.Errorf("%d applicable expect_none records, want 16 (17 less FBIS-002-002, skipped and nonstandard)", expectNone)
		}
		t.Logf("tabari: %d records, %d applicable, n/a %v, directives %d (applied %d), %d option sets, expected events %d",
			rep.Records, rep.Applicable(), rep.NotApplicableBy, rep.DirectivesFound, rep.DirectivesApplied, rep.OptionSets, rep.ExpectedEvents)
		for _, d := range rep.Unsupported {
			t.Logf("  ignored %-22s %3d (%s)", d.Directive, d.Count, d.From)
		}
	})
}

func checkFigures(t *testing.T, rep Report, have, want map[string]int) {
	t.Helper()
	for k, w := range want {
		if have[k] != w {
			t.Errorf("%s %s = %d, want %d", rep.Suite, k, have[k], w)
		}
	}
}
