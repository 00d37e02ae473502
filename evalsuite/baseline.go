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
		var have float64
		switch fig {
		case "pass_rate":
			have = r.PassRate()
		case "found_ratio":
			have = r.FoundRatio()
		case "passed":
			have = float64(r.Passed)
		case "applicable":
			have = float64(r.Applicable())
		case "extra_events_max":
			have = float64(r.ExtraEvents)
		case "extra_per_record_max":
			have = ratio(r.ExtraEvents, r.Applicable())
		default:
			out = append(out, fmt.Sprintf("%s: unknown baseline figure", k))
			continue
		}
		if floor := baselineFigures[fig]; floor && have < want-slack {
			out = append(out, fmt.Sprintf("%s: %s below baseline %s", k, figure(have), figure(want)))
		} else if !floor && have > want+slack {
			out = append(out, fmt.Sprintf("%s: %s above baseline %s", k, figure(have), figure(want)))
		}
	}
	return out
}

func figure(x float64) string { return strconv.FormatFloat(math.Round(x*1e4)/1e4, 'f', -1, 64) }
