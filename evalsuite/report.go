package evalsuite

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/entente/entente/coder"
)

// textWidth is how much of a record's text the reports show.
const textWidth = 90

// WriteText writes a report for people: the totals, the pass rate of the
// applicable records, then the failures grouped by the suite's category,
// each with its id, failure kind, text (truncated), and expected against
// coded.
func (r Report) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("%s: %d records, %d applicable, %d not applicable\n", r.Suite, r.Records, r.Applicable(), r.NotApplicable)
	p("passed %d of %d applicable (%.1f%%)\n", r.Passed, r.Applicable(), 100*r.PassRate())
	p("events: %d expected, %d found (%.1f%%), %d extra\n", r.ExpectedEvents, r.FoundEvents, 100*r.FoundRatio(), r.ExtraEvents)
	if len(r.NotApplicableBy) > 0 {
		p("not applicable: %s\n", countList(r.NotApplicableBy))
	}
	if len(r.Failures) > 0 {
		p("failures: %s\n", countList(r.Failures))
	}
	if r.OptionsFile != "" {
		p("options file: %s\n", r.OptionsFile)
	}
	if r.DirectivesFound > 0 {
		p("directives in suite: %d, applied %d\n", r.DirectivesFound, r.DirectivesApplied)
	}
	if len(r.Unsupported) > 0 {
		p("ignored directives:\n")
		for _, d := range r.Unsupported {
			p("  %-28s %4d  (%s)\n", d.Directive, d.Count, d.From)
		}
	}
	if len(r.Problems) > 0 {
		p("problems:\n")
		for _, s := range r.Problems {
			p("  %s\n", s)
		}
	}

	byCat := map[string][]Outcome{}
	for _, o := range r.Outcomes {
		if o.Status == Fail {
			byCat[o.Category] = append(byCat[o.Category], o)
		}
	}
	if len(byCat) > 0 {
		p("\nfailures by category\n")
	}
	for _, cat := range slices.Sorted(maps.Keys(byCat)) {
		cs := r.Categories[cat]
		name := cat
		if name == "" {
			name = "(none)"
		}
		p("\n%s: %d of %d applicable failed\n", name, len(byCat[cat]), cs.Applicable)
		for _, o := range byCat[cat] {
			p("  %s  %s  %q\n", o.ID, o.Reason, truncate(o.Text, textWidth))
			if o.Detail != "" {
				p("      %s\n", o.Detail)
			}
			p("      expected: %s\n", expectedText(o))
			p("      got:      %s\n", gotText(o))
		}
	}
	return bw.Flush()
}

func countList(m map[string]int) string {
	parts := make([]string, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func tripleList(ts []Triple) string {
	if len(ts) == 0 {
		return "nothing"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return strings.Join(parts, ", ")
}

func expectedText(o Outcome) string {
	switch o.Expect {
	case ExpectEvents:
		return tripleList(o.Expected)
	case ExpectNothing:
		return "no event"
	case ExpectComplex:
		return "complex, no event"
	case ExpectDiscard:
		return "discard, no event"
	case ExpectSentenceDiscard:
		return "sentence discard, no event"
	case ExpectStoryDiscard:
		return "story discard, no event"
	}
	return o.Expect
}

func gotText(o Outcome) string {
	s := tripleList(o.Got)
	switch {
	case o.Reason == FailPanic:
		return "panic"
	case o.Discard == coder.DiscardSentence:
		s += " (sentence discarded)"
	case o.Discard == coder.DiscardStory:
		s += " (story discarded)"
	}
	if o.Complex {
		s += " (complex)"
	}
	return s
}

func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// jsonReport fixes the order of the keys: the seven contract figures first.
type jsonReport struct {
	Suite           string                   `json:"suite"`
	Records         int                      `json:"records"`
	Passed          int                      `json:"passed"`
	NotApplicable   int                      `json:"not_applicable"`
	ExpectedEvents  int                      `json:"expected_events"`
	FoundEvents     int                      `json:"found_events"`
	ExtraEvents     int                      `json:"extra_events"`
	Applicable      int                      `json:"applicable"`
	PassRate        float64                  `json:"pass_rate"`
	FoundRatio      float64                  `json:"found_ratio"`
	NotApplicableBy map[string]int           `json:"not_applicable_by"`
	FailuresBy      map[string]int           `json:"failures_by"`
	ByCategory      map[string]CategoryStats `json:"by_category"`
	OptionsFile     string                   `json:"options_file,omitempty"`
	Directives      int                      `json:"directives"`
	DirectivesUsed  int                      `json:"directives_applied"`
	OptionSets      int                      `json:"option_sets"`
	Unsupported     []DirectiveCount         `json:"unsupported_directives"`
	Problems        []string                 `json:"problems"`
	Failures        []Outcome                `json:"failures"`
}

// JSON renders the report as one line of JSON (no trailing newline) that
// starts with the figures every suite reports — suite, records, passed,
// not_applicable, expected_events, found_events, extra_events — followed by
// applicable, pass_rate, found_ratio, the breakdowns, and the failed
// records with their text truncated.
func (r Report) JSON() ([]byte, error) {
	j := jsonReport{
		Suite:           r.Suite,
		Records:         r.Records,
		Passed:          r.Passed,
		NotApplicable:   r.NotApplicable,
		ExpectedEvents:  r.ExpectedEvents,
		FoundEvents:     r.FoundEvents,
		ExtraEvents:     r.ExtraEvents,
		Applicable:      r.Applicable(),
		PassRate:        r.PassRate(),
		FoundRatio:      r.FoundRatio(),
		NotApplicableBy: nonNil(r.NotApplicableBy),
		FailuresBy:      nonNil(r.Failures),
		ByCategory:      r.Categories,
		OptionsFile:     r.OptionsFile,
		Directives:      r.DirectivesFound,
		DirectivesUsed:  r.DirectivesApplied,
		OptionSets:      r.OptionSets,
		Unsupported:     r.Unsupported,
		Problems:        r.Problems,
		Failures:        []Outcome{},
	}
	if j.ByCategory == nil {
		j.ByCategory = map[string]CategoryStats{}
	}
	if j.Unsupported == nil {
		j.Unsupported = []DirectiveCount{}
	}
	if j.Problems == nil {
		j.Problems = []string{}
	}
	for _, o := range r.Outcomes {
		if o.Status == Fail {
			o.Text = truncate(o.Text, textWidth)
			j.Failures = append(j.Failures, o)
		}
	}
	return json.Marshal(j)
}

func nonNil(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}
