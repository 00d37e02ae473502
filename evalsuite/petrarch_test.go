package evalsuite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/entente/entente/coder"
)

// petrarchCoder gets the mini suite right except MINI-05 (wrong discard
// kind) and MINI-11 (an extra event), and only when the record's options
// reached it.
func petrarchCoder(text string, o coder.Options) coder.Result {
	switch {
	case strings.HasPrefix(text, "Freedonia praised Sylvania on"):
		return events(ev("FRE", "SYL", "051"))
	case strings.HasPrefix(text, "Freedonia and Sylvania signed"):
		if !o.RequireDyad {
			return coder.Result{}
		}
		return events(ev("SYL", "GFW", "057"), ev("FRE", "GFW", "057"))
	case strings.HasPrefix(text, "Freedonia beat"):
		return coder.Result{Discard: coder.DiscardSentence}
	case strings.HasPrefix(text, "Freedonia hosted"):
		return coder.Result{Discard: coder.DiscardSentence}
	case strings.HasPrefix(text, "Freedonia praised Sylvania, an official"):
		if o.RequireDyad || o.Comma.EMax != 0 {
			return events(ev("FRE", "SYL", "051"))
		}
		return events(ev("FRE", "SYL", "051"), ev("---GOV", "", "010"))
	case strings.HasPrefix(text, "Grand Fenwick's"):
		if o.NewActorLength != 4 {
			return coder.Result{}
		}
		return events(evText(text, "Grand Fenwick's Duchess Gloriana", "---", "SYL", "051"))
	case strings.HasPrefix(text, "Sylvania, it seems"):
		want := coder.Comma{Min: 1, Max: 3, BMin: 2, BMax: 6, EMin: 2, EMax: 6}
		if o.Comma != want {
			return coder.Result{}
		}
		return events(ev("SYL", "FRE", "111"), ev("FRE", "SYL", "111"))
	}
	return coder.Result{}
}

func TestRunPetrarch(t *testing.T) {
	recs := readFixture(t, "petrarch-mini.jsonl")
	fac, asked := fakeFactory(petrarchCoder)
	rep, err := RunPetrarch(context.Background(), recs, fac)
	if err != nil {
		t.Fatal(err)
	}
	checkStatuses(t, rep, map[string]string{
		"MINI-01": "pass",
		"MINI-02": "pass",
		"MINI-03": "pass",
		"MINI-04": "pass",
		"MINI-05": "fail/wrong_discard",
		"MINI-06": "n/a/treebank_input",
		"MINI-07": "n/a/treebank_input",
		"MINI-08": "n/a/not_in_default_run",
		"MINI-09": "pass",
		"MINI-10": "pass",
		"MINI-11": "fail/extra_events",
		"MINI-12": "n/a/bad_record",
	})
	figs := [][2]int{
		{rep.Records, 12}, {rep.NotApplicable, 4}, {rep.Applicable(), 8}, {rep.Passed, 6},
		{rep.ExpectedEvents, 7}, {rep.FoundEvents, 7}, {rep.ExtraEvents, 1},
		{rep.NotApplicableBy[NATreebankInput], 2}, {len(rep.Problems), 1},
	}
	for i, f := range figs {
		if f[0] != f[1] {
			t.Errorf("figure %d: %d, want %d", i, f[0], f[1])
		}
	}
	if len(rep.Unsupported) != 1 || rep.Unsupported[0].Directive != "config: verbose_trace" {
		t.Errorf("unsupported %+v, want config: verbose_trace", rep.Unsupported)
	}
	// Options are built once per distinct set: default (01, 03-05), dyad
	// (02), dyad off + emax 0 (09), new actors (10), comma (11).
	if len(*asked) != 5 || rep.OptionSets != 5 {
		t.Errorf("factory asked %d times, option sets %d; want 5", len(*asked), rep.OptionSets)
	}
}

func TestPetrarchOptions(t *testing.T) {
	def := PetrarchDefaultOptions()
	tests := []struct {
		name    string
		over    map[string]string
		want    func(*coder.Options)
		wantErr bool
	}{
		{"none", nil, func(*coder.Options) {}, false},
		{"stop_on_error ignored", map[string]string{"stop_on_error": "True"}, func(*coder.Options) {}, false},
		{"dyad TRUE", map[string]string{"require_dyad": "TRUE"}, func(o *coder.Options) { o.RequireDyad = true }, false},
		{"dyad True", map[string]string{"require_dyad": " True "}, func(o *coder.Options) { o.RequireDyad = true }, false},
		{"dyad false", map[string]string{"require_dyad": "false"}, func(o *coder.Options) { o.RequireDyad = false }, false},
		{"dyad junk", map[string]string{"require_dyad": "maybe"}, nil, true},
		{"new actors", map[string]string{"new_actor_length": "4"}, func(o *coder.Options) { o.NewActorLength = 4 }, false},
		{"comma", map[string]string{"comma_min": "4", "comma_max": "6", "comma_bmin": "3", "comma_bmax": "0", "comma_emin": "3", "comma_emax": "6"},
			func(o *coder.Options) { o.Comma = coder.Comma{Min: 4, Max: 6, BMin: 3, BMax: 0, EMin: 3, EMax: 6} }, false},
		{"negative", map[string]string{"comma_min": "-1"}, nil, true},
		{"not a number", map[string]string{"new_actor_length": "four"}, nil, true},
		{"unknown key", map[string]string{"whatever": "1"}, func(*coder.Options) {}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ign := unsupported{}
			got, err := petrarchOptions(tt.over, ign)
			if tt.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			want := def
			tt.want(&want)
			if got != want {
				t.Errorf("options %+v, want %+v", got, want)
			}
		})
	}
}

func TestRunErrors(t *testing.T) {
	recs := readFixture(t, "petrarch-mini.jsonl")
	boom := errors.New("no dictionaries")
	failing := func(coder.Options) (Coder, error) { return nil, boom }
	if _, err := RunPetrarch(context.Background(), recs, failing); !errors.Is(err, boom) {
		t.Errorf("petrarch: err %v, want the factory's", err)
	}
	if _, err := RunTabari(context.Background(), readFixture(t, "tabari-mini.jsonl"), failing, TabariDefaultOptions()); !errors.Is(err, boom) {
		t.Errorf("tabari: err %v, want the factory's", err)
	}
	nilCoder := func(coder.Options) (Coder, error) { return nil, nil }
	if _, err := RunPetrarch(context.Background(), recs, nilCoder); err == nil {
		t.Error("nil coder accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	fac, _ := fakeFactory(nothing)
	if _, err := RunPetrarch(ctx, recs, fac); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: err %v", err)
	}
}

func TestCoderPanic(t *testing.T) {
	recs := readFixture(t, "petrarch-mini.jsonl")[:2]
	fac, _ := fakeFactory(func(text string, _ coder.Options) coder.Result {
		if strings.Contains(text, "signed") {
			panic("index out of range")
		}
		return events(ev("FRE", "SYL", "051"))
	})
	rep, err := RunPetrarch(context.Background(), recs, fac)
	if err != nil {
		t.Fatal(err)
	}
	checkStatuses(t, rep, map[string]string{"MINI-01": "pass", "MINI-02": "fail/panic"})
	if rep.ExpectedEvents != 3 || rep.FoundEvents != 1 {
		t.Errorf("expected %d found %d, want 3 and 1", rep.ExpectedEvents, rep.FoundEvents)
	}
	if d := rep.Outcomes[1].Detail; d != "index out of range" {
		t.Errorf("detail %q", d)
	}
}
