package evalsuite

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Baseline holds the figures CI keeps from falling, read from a small JSON
// object whose keys are SUITE.FIGURE:
//
//	{"petrarch.pass_rate": 0.80, "petrarch.found_ratio": 0.85,
//	 "petrarch.extra_events_max": 40, "tabari.applicable": 438}
//
// SUITE is Report.Suite ("petrarch", "tabari"). The figures:
//
//	pass_rate             at least this Passed/Applicable (0 to 1)
//	found_ratio           at least this FoundEvents/ExpectedEvents (0 to 1)
//	passed                at least this many records passed
//	applicable            at least this many records scored, so that a
//	                      harness change cannot raise pass_rate by
//	                      dropping records
//	extra_events_max      at most this many ExtraEvents
//	extra_per_record_max  at most this ExtraEvents/Applicable
//
// The seeds suite ([SeedsReport.Figures]) has recall, precision (0 to 1),
// required_found, matched, required (at least this many gold events, so
// that a gold reader change cannot drop them), extra_events_max,
// no_event_violations_max, boilerplate_ok and headings_ok (1 when the rule
// holds), persons_recall and organizations_recall (0 to 1). The plover
// suite ([PloverReport.Figures]) has accuracy, type_accuracy,
// dyad_accuracy (0 to 1), right and records. The sanctions suite
// (sanctions/screeneval) has cases_right, un_top1, un_typo_top1,
// un_drop_top1 (0 to 1), un_rows and congress (counts), and
// congress_false_rate_max. The across
// suite ([AcrossReport.Figures]) has groups, groups_ok and idempotent.
//
// Raise a figure whenever a change improves it (lower, for the _max ones).
type Baseline map[string]float64

// baselineFigures are the figures Check knows, and whether each is a floor
// (true) or a ceiling (false).
var baselineFigures = map[string]bool{
	"pass_rate":            true,
	"found_ratio":          true,
	"passed":               true,
	"applicable":           true,
	"extra_events_max":     false,
	"extra_per_record_max": false,
	// seeds
	"recall":                  true,
	"metonyms_recall":         true, // and the next two: the recall of required items
	"facts_recall":            true,
	"relations_recall":        true,
	"precision":               true,
	"required_found":          true,
	"matched":                 true,
	"required":                true,
	"no_event_violations_max": false,
	"boilerplate_ok":          true,
	"headings_ok":             true,
	"persons_recall":          true,
	"organizations_recall":    true,
	// tempeval3 (see cmd/entente eval tempeval3)
	"strict_f1":  true,
	"relaxed_f1": true,
	"value_f1":   true,
	"gold":       true,
	// plover
	"accuracy":      true,
	"type_accuracy": true,
	"dyad_accuracy": true,
	"right":         true,
	"records":       true,
	// atop (see treaty.DyadReport)
	"agreement":       true,
	"reference_dyads": true,
	"both":            true,
	// sanctions (see cmd/entente eval sanctions)
	"cases_right":             true,
	"un_top1":                 true,
	"un_rows":                 true,
	"congress":                true,
	"congress_false_rate_max": false,
	"un_typo_top1":            true,
	"un_drop_top1":            true,
	// across (see AcrossReport.Figures)
	"groups":     true,
	"groups_ok":  true,
	"idempotent": true,
}

// ReadBaseline reads a baseline file. A key without a suite prefix or with
// an unknown figure is an error, so that a typo cannot switch a check off.
func ReadBaseline(r io.Reader) (Baseline, error) {
	var b Baseline
	if err := json.NewDecoder(r).Decode(&b); err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	for k := range b {
		suite, fig, ok := strings.Cut(k, ".")
		if _, known := baselineFigures[fig]; !ok || suite == "" || !known {
			return nil, fmt.Errorf("read baseline: key %q is not SUITE.FIGURE with a known figure", k)
		}
	}
	return b, nil
}

// Check compares r with the figures for suite and returns one line per
// figure that fell below its floor or rose above its ceiling; nil means
// the report holds the baseline. Keys of other suites are ignored; an
// unknown figure for this suite is reported.
func (b Baseline) Check(suite string, r Report) []string {
	return b.CheckFigures(suite, r.Figures())
}

// Figures returns the report's figures by the names a Baseline uses.
func (r Report) Figures() map[string]float64 {
	return map[string]float64{
		"pass_rate":            r.PassRate(),
		"found_ratio":          r.FoundRatio(),
		"passed":               float64(r.Passed),
		"applicable":           float64(r.Applicable()),
		"extra_events_max":     float64(r.ExtraEvents),
		"extra_per_record_max": ratio(r.ExtraEvents, r.Applicable()),
	}
}

// CheckFigures is Check for a suite whose report gives its figures as a
// map, keyed by figure name (see [SeedsReport.Figures] and
// [PloverReport.Figures]). A baseline figure for suite that have does not
// hold is reported as unknown.
func (b Baseline) CheckFigures(suite string, have map[string]float64) []string {
	// Figures are ratios of small counts written with two or three
	// decimals; the slack keeps 0.8 from failing against 4/5.
	const slack = 1e-9
	var out []string
	for _, k := range slices.Sorted(maps.Keys(b)) {
		s, fig, _ := strings.Cut(k, ".")
		if s != suite {
			continue
		}
		want := b[k]
		got, ok := have[fig]
		if !ok {
			out = append(out, fmt.Sprintf("%s: unknown baseline figure", k))
			continue
		}
		if floor := baselineFigures[fig]; floor && got < want-slack {
			out = append(out, fmt.Sprintf("%s: %s below baseline %s", k, figure(got), figure(want)))
		} else if !floor && got > want+slack {
			out = append(out, fmt.Sprintf("%s: %s above baseline %s", k, figure(got), figure(want)))
		}
	}
	return out
}

func figure(x float64) string { return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64) }
