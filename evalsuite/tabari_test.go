package evalsuite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/coder"
)

// tabariCoder gets the mini suite right when the directives reached it.
func tabariCoder(text string, o coder.Options) coder.Result {
	switch {
	case strings.HasPrefix(text, "Freedonia welcomed"):
		return events(ev("FRE", "SYL", "041"), ev("FRE", "GFW", "041"))
	case strings.HasPrefix(text, "Freedonia lost"):
		return coder.Result{Discard: coder.DiscardSentence}
	case strings.HasPrefix(text, "Said that"):
		return coder.Result{Complex: true}
	case strings.HasPrefix(text, "Freedonia praised Sylvania and"):
		if o.CodeBy == coder.BySentence {
			return events(ev("FRE", "SYL", "051"))
		}
		return events(ev("FRE", "SYL", "051"), ev("SYL", "FRE", "041"))
	case strings.HasPrefix(text, "Freedonia, a senior"):
		if o.Comma.Off && o.Defaults.Source == "DFS" && o.Defaults.SourcePrior {
			return events(ev("FRE", "SYL", "051"))
		}
	}
	return coder.Result{}
}

func TestRunTabari(t *testing.T) {
	recs := readFixture(t, "tabari-mini.jsonl")
	base := TabariDefaultOptions()
	na := map[string]string{
		"T-05":  "n/a/check_skipped",
		"T-MOD": "n/a/directive",
		"T-CMD": "n/a/directive",
		"T-08":  "n/a/nonstandard",
		"T-MIN": "n/a/directive",
		"T-END": "n/a/no_expectation",
		"T-BAD": "n/a/directive",
	}
	with := func(m map[string]string) map[string]string {
		for k, v := range na {
			m[k] = v
		}
		return m
	}

	t.Run("right", func(t *testing.T) {
		fac, asked := fakeFactory(tabariCoder)
		rep, err := RunTabari(context.Background(), recs, fac, base)
		if err != nil {
			t.Fatal(err)
		}
		checkStatuses(t, rep, with(map[string]string{
			"T-01": "pass", "T-02": "pass", "T-03": "pass", "T-04": "pass", "T-06": "pass", "T-07": "pass",
		}))
		if rep.Applicable() != 6 || rep.Passed != 6 || rep.ExpectedEvents != 4 || rep.FoundEvents != 4 || rep.ExtraEvents != 0 {
			t.Errorf("applicable %d passed %d expected %d found %d extra %d",
				rep.Applicable(), rep.Passed, rep.ExpectedEvents, rep.FoundEvents, rep.ExtraEvents)
		}
		if rep.DirectivesFound != 7 || rep.DirectivesApplied != 5 {
			t.Errorf("directives found %d applied %d, want 7 and 5", rep.DirectivesFound, rep.DirectivesApplied)
		}
		var names []string
		for _, d := range rep.Unsupported {
			names = append(names, d.From+":"+d.Directive)
		}
		if got := strings.Join(names, ","); got != "suite:SET: TIME SHIFT" {
			t.Errorf("unsupported %s", got)
		}
		if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0], "T-BAD") {
			t.Errorf("problems %q", rep.Problems)
		}
		// base (T-01..T-04), by sentence (T-06), + comma off and defaults (T-07)
		if len(*asked) != 3 || (*asked)[0] != base {
			t.Errorf("factory asked %d times, first with %+v", len(*asked), (*asked)[0])
		}
	})

	t.Run("nothing coded", func(t *testing.T) {
		fac, _ := fakeFactory(nothing)
		rep, err := RunTabari(context.Background(), recs, fac, base)
		if err != nil {
			t.Fatal(err)
		}
		checkStatuses(t, rep, with(map[string]string{
			"T-01": "fail/missing_events", "T-02": "pass", "T-03": "fail/not_discarded",
			"T-04": "fail/not_complex", "T-06": "fail/missing_events", "T-07": "fail/missing_events",
		}))
		if rep.ExpectedEvents != 4 || rep.FoundEvents != 0 {
			t.Errorf("expected %d found %d", rep.ExpectedEvents, rep.FoundEvents)
		}
	})

	t.Run("wrong order", func(t *testing.T) {
		fac, _ := fakeFactory(func(text string, o coder.Options) coder.Result {
			if strings.HasPrefix(text, "Freedonia welcomed") {
				return events(ev("FRE", "GFW", "041"), ev("FRE", "SYL", "041"))
			}
			return tabariCoder(text, o)
		})
		rep, err := RunTabari(context.Background(), recs[:1], fac, base)
		if err != nil {
			t.Fatal(err)
		}
		checkStatuses(t, rep, map[string]string{"T-01": "fail/order"})
		if rep.FoundEvents != 2 || rep.ExtraEvents != 0 {
			t.Errorf("found %d extra %d: order must not change the event figures", rep.FoundEvents, rep.ExtraEvents)
		}
	})
}

func TestParseTabariDirective(t *testing.T) {
	base := TabariDefaultOptions()
	base.Defaults = coder.Defaults{Source: "OLD", Target: "OLT"}
	base.Complex = coder.Complex{Verbs: 9, Conj: 9, NoActorPrior: true}
	tests := []struct {
		in      string
		handled bool
		wantErr bool
		want    func(*coder.Options)
	}{
		{"SET: CODE BY SENTENCE", true, false, func(o *coder.Options) { o.CodeBy = coder.BySentence }},
		{"set:   code  by   clause", true, false, func(o *coder.Options) { o.CodeBy = coder.ByClause }},
		{"SET: CODE ALL", true, false, func(o *coder.Options) { o.CodeBy = coder.All }},
		{"SET: CONVERT AGENT = TRUE", true, false, func(o *coder.Options) { o.ConvertAgent = true }},
		{"SET: CONVERT AGENT=false", true, false, func(o *coder.Options) { o.ConvertAgent = false }},
		{"SET: CONVERT AGENT = SOMETIMES", false, true, nil},
		{"COMMA: OFF", true, false, func(o *coder.Options) { o.Comma.Off = true }},
		{"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", true, false, func(o *coder.Options) {
			o.Comma = coder.Comma{Min: 4, Max: 6, EMin: 3, EMax: 6, BMin: 3, BMax: 8}
		}},
		{"COMMA: MIN=3", true, false, func(o *coder.Options) { o.Comma.Min = 3 }},
		{"COMMA: MIN = 4 WIDTH = 2", false, true, nil},
		{"COMMA: MIN =", false, true, nil},
		{"COMMA:", false, true, nil},
		{"DEFAULT: OFF", true, false, func(o *coder.Options) { o.Defaults = coder.Defaults{} }},
		{"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", true, false, func(o *coder.Options) {
			o.Defaults = coder.Defaults{Source: "DEFSRC", Target: "DEFTAR", SourcePrior: true, TargetAfter: true}
		}},
		{"DEFAULT: SOURCE [DEFSRC]  TARGET [DEFTAR] AFTER", true, false, func(o *coder.Options) {
			o.Defaults = coder.Defaults{Source: "DEFSRC", Target: "DEFTAR", TargetAfter: true}
		}},
		{"DEFAULT: TARGET [ DEFTAR ]", true, false, func(o *coder.Options) { o.Defaults = coder.Defaults{Target: "DEFTAR"} }},
		{"DEFAULT: SOURCE", false, true, nil},
		{"DEFAULT: PRIOR", false, true, nil},
		{"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", true, false, func(o *coder.Options) {
			o.Complex = coder.Complex{Verbs: 5, Conj: 4, NoActorPrior: true}
		}},
		{"COMPLEX: VERBS [5] CONJ[4] EXPLAIN", true, false, func(o *coder.Options) { o.Complex = coder.Complex{Verbs: 5, Conj: 4} }},
		{"COMPLEX: OFF", true, false, func(o *coder.Options) { o.Complex = coder.Complex{} }},
		{"COMPLEX: VERBS[6] ACTORS[6] EXPLAIN", false, true, nil},
		{"COMPLEX: VERBS[x]", false, true, nil},
		{"SET: TIME SHIFT = FALSE", false, false, nil},
		{"SET: YYYY = TRUE", false, false, nil},
		{"FORWARD: ^^*****NNN*SSS OFF", false, false, nil},
		{"OUTPUT: ID STORY SENT", false, false, nil},
		{"LABEL: 051=PRAISE", false, false, nil},
		{"no colon here", false, true, nil},
		{": nothing before", false, true, nil},
		{"", false, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			o := base
			handled, err := ParseTabariDirective(tt.in, &o)
			if handled != tt.handled || (err != nil) != tt.wantErr {
				t.Fatalf("handled %v err %v, want %v and error %v", handled, err, tt.handled, tt.wantErr)
			}
			want := base
			if tt.want != nil {
				tt.want(&want)
			}
			if o != want {
				t.Errorf("options %+v, want %+v", o, want)
			}
		})
	}
}

func TestDirectiveName(t *testing.T) {
	for in, want := range map[string]string{
		"SET: TIME SHIFT = FALSE":     "SET: TIME SHIFT",
		"set:  minimum words=4":       "SET: MINIMUM WORDS",
		"LABEL: 010=YIELD":            "LABEL",
		"FORWARD: ^^*****NNN*SSS OFF": "FORWARD",
	} {
		if got := directiveName(in); got != want {
			t.Errorf("directiveName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNotesDirective(t *testing.T) {
	for in, want := range map[string]string{
		"{ OPTION: SET: MINIMUM WORDS = 4":  "SET: MINIMUM WORDS = 4",
		"{OPTION: COMMA: OFF }":             "COMMA: OFF",
		"[Test of minLex/ SET: MINIMUM = ;": "",
		"{ Comments }":                      "",
		"":                                  "",
	} {
		if got := notesDirective(in); got != want {
			t.Errorf("notesDirective(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadTabariOptions(t *testing.T) {
	to, err := LoadTabariOptions("testdata/tabari-dicts")
	if err != nil {
		t.Fatal(err)
	}
	want := TabariDefaultOptions()
	want.Complex = coder.Complex{Verbs: 6, Conj: 3, NoActorPrior: true}
	want.CodeBy = coder.All // and not BY SENTENCE, which follows the ~~~~~ end
	if to.Options != want {
		t.Errorf("options %+v, want %+v", to.Options, want)
	}
	if to.Directives != 7 || to.Applied != 2 || len(to.Problems) != 1 {
		t.Errorf("directives %d applied %d problems %q", to.Directives, to.Applied, to.Problems)
	}
	var got []string
	for _, d := range to.Unsupported {
		got = append(got, d.Directive+"="+string(rune('0'+d.Count))+"@"+d.From)
	}
	if s := strings.Join(got, ","); s != "LABEL=2@Mini.options,OUTPUT=1@Mini.options,SET: SKIP RECORDS=1@Mini.options" {
		t.Errorf("unsupported %s", s)
	}

	rep := newReport("tabari")
	rep.Problems = []string{"later"}
	rep.AddOptionsFile(to)
	if rep.OptionsFile != filepath.Join("testdata/tabari-dicts", "Mini.options") || len(rep.Unsupported) != 3 || len(rep.Problems) != 2 || rep.Problems[1] != "later" {
		t.Errorf("after AddOptionsFile: file %q unsupported %d problems %q", rep.OptionsFile, len(rep.Unsupported), rep.Problems)
	}
}

func TestFindOptionsFile(t *testing.T) {
	mk := func(names ...string) string {
		dir := t.TempDir()
		for _, n := range names {
			if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	tests := []struct {
		name    string
		files   []string
		want    string
		wantErr bool
	}{
		{"validate preferred", []string{"A.options", "Validate.options", "Z.options"}, "Validate.options", false},
		{"case-insensitive", []string{"CAMEO.options", "validate.OPTIONS"}, "validate.OPTIONS", false},
		{"only one", []string{"CAMEO.09b5.options", "x.verbs"}, "CAMEO.09b5.options", false},
		{"several", []string{"A.options", "B.options"}, "", true},
		{"none", []string{"x.verbs"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := mk(tt.files...)
			got, err := FindOptionsFile(dir)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v", err)
			}
			if !tt.wantErr && got != filepath.Join(dir, tt.want) {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if _, err := LoadTabariOptions(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing folder accepted")
	}
}

func FuzzParseTabariDirective(f *testing.F) {
	for _, s := range []string{
		"SET: CODE BY SENTENCE", "SET: CONVERT AGENT = TRUE", "COMMA: OFF",
		"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8",
		"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "DEFAULT: OFF",
		"COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", "LABEL: 010=YIELD", "FORWARD: ^^**NNN OFF",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		base := TabariDefaultOptions()
		o := base
		handled, err := ParseTabariDirective(s, &o)
		if (err != nil || !handled) && o != base {
			t.Fatalf("%q: options changed though handled=%v err=%v", s, handled, err)
		}
		_ = directiveName(s)
		_ = notesDirective(s)
	})
}
