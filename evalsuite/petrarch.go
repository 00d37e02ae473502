package evalsuite

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/entente/entente/coder"
)

// RunPetrarch scores the PETRARCH unit-test records (see the package
// documentation for the pass rule). It returns an error only when no coder
// can be had or ctx ends; records it cannot use are reported.
func RunPetrarch(ctx context.Context, records []Record, f Factory) (Report, error) {
	rep := newReport("petrarch")
	cs := &coders{f: f}
	ign := unsupported{}
	for _, rec := range records {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		o := newOutcome(rec)
		opts, err := petrarchOptions(rec.ConfigOverrides, ign)
		errKind := strings.ToLower(rec.ExpectedError)
		switch {
		case rec.NotDefaultRun:
			o.Status, o.Reason = NotApplicable, NANotDefaultRun
		case errKind == "bad_input_parse" || errKind == "dateline":
			o.Status, o.Reason = NotApplicable, NATreebankInput
		case err != nil:
			rep.badRecord(&o, rec, err.Error())
		default:
			expect, why := petrarchExpect(rec)
			switch {
			case why != "":
				rep.badRecord(&o, rec, why)
			case expect == "":
				o.Status, o.Reason = NotApplicable, NANoExpectation
			default:
				o.Expect = expect
				k, err := cs.get(opts)
				if err != nil {
					return rep, fmt.Errorf("coder for record %s: %w", rec.ID, err)
				}
				scoreRecord(k, rec, &o, false)
			}
		}
		rep.add(o)
	}
	rep.mergeUnsupported(ign.list())
	rep.OptionSets = len(cs.m)
	return rep, nil
}

// petrarchExpect says what rec expects; "" with a reason for an unknown
// error kind, "" alone when the record states nothing.
func petrarchExpect(rec Record) (string, string) {
	switch strings.ToLower(rec.ExpectedError) {
	case "":
	case "sentencediscard":
		return ExpectSentenceDiscard, ""
	case "storydiscard":
		return ExpectStoryDiscard, ""
	default:
		return "", fmt.Sprintf("unknown expected_error %q", rec.ExpectedError)
	}
	switch {
	case rec.ExpectNone && len(normExpected(rec.Expected)) > 0:
		return "", "expect_none with expected events"
	case rec.ExpectNone:
		return ExpectNothing, ""
	case len(normExpected(rec.Expected)) > 0:
		return ExpectEvents, ""
	}
	return "", ""
}

// PetrarchDefaultOptions returns the coder options that follow PETRARCH's
// conventions: a lone agent ("a senior official") is the actor "---GOV",
// a clause yields the events of one verb, and neither people outside the
// dictionaries (new_actor_length is its own option) nor pronouns are
// resolved.
func PetrarchDefaultOptions() coder.Options {
	o := coder.DefaultOptions()
	o.NullAgents = true
	o.OneEventPerClause = true
	o.NoPersons = true
	o.NoInference = true
	o.Pronouns = false
	return o
}

// petrarchOptions maps PETRARCH <Config> overrides onto the default
// options. Unknown keys are counted in ign; a value that cannot be read is
// an error.
func petrarchOptions(over map[string]string, ign unsupported) (coder.Options, error) {
	o := PetrarchDefaultOptions()
	for _, k := range slices.Sorted(maps.Keys(over)) {
		v := strings.TrimSpace(over[k])
		var dst *int
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "stop_on_error":
			continue
		case "require_dyad":
			b, err := strconv.ParseBool(strings.ToLower(v))
			if err != nil {
				return o, fmt.Errorf("config %s = %q: not true or false", k, v)
			}
			o.RequireDyad = b
			continue
		case "new_actor_length":
			dst = &o.NewActorLength
		case "comma_min":
			dst = &o.Comma.Min
		case "comma_max":
			dst = &o.Comma.Max
		case "comma_bmin":
			dst = &o.Comma.BMin
		case "comma_bmax":
			dst = &o.Comma.BMax
		case "comma_emin":
			dst = &o.Comma.EMin
		case "comma_emax":
			dst = &o.Comma.EMax
		default:
			ign.add(fromSuite, "config: "+k)
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return o, fmt.Errorf("config %s = %q: not a count", k, v)
		}
		*dst = n
	}
	return o, nil
}
