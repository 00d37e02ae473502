package evalsuite

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/entente/entente/dict"
)

func TestReadSuiteFixtures(t *testing.T) {
	p := readFixture(t, "petrarch-mini.jsonl")
	if len(p) != 12 {
		t.Fatalf("petrarch: %d records, want 12", len(p))
	}
	r := p[10] // MINI-11
	if r.ID != "MINI-11" || r.Line != 11 || r.Date != dict.Date(20240304) {
		t.Errorf("MINI-11: id %q line %d date %d", r.ID, r.Line, r.Date)
	}
	if r.ConfigOverrides["comma_max"] != "3" || r.ConfigOverrides["comma_min"] != "1" {
		t.Errorf("MINI-11 overrides %v: want comma_max 3 from a bare number", r.ConfigOverrides)
	}
	if !p[7].NotDefaultRun || p[0].NotDefaultRun {
		t.Errorf("NotDefaultRun: MINI-08 %v, MINI-01 %v", p[7].NotDefaultRun, p[0].NotDefaultRun)
	}
	if p[3].ExpectedError != "sentencediscard" || p[0].ExpectedError != "" {
		t.Errorf("ExpectedError: %q, %q", p[3].ExpectedError, p[0].ExpectedError)
	}

	tb := readFixture(t, "tabari-mini.jsonl")
	if len(tb) != 13 {
		t.Fatalf("tabari: %d records, want 13", len(tb))
	}
	if !tb[5].DirectiveOnly || len(tb[5].OptionDirectives) != 2 {
		t.Errorf("T-MOD: directive only %v, directives %q", tb[5].DirectiveOnly, tb[5].OptionDirectives)
	}
	if !tb[9].Nonstandard || tb[0].Nonstandard {
		t.Errorf("Nonstandard: T-08 %v, T-01 %v", tb[9].Nonstandard, tb[0].Nonstandard)
	}
	if !tb[4].CheckSkipped || !tb[4].Expected[0].Unchecked {
		t.Errorf("T-05: skipped %v, unchecked %v", tb[4].CheckSkipped, tb[4].Expected[0].Unchecked)
	}
}

func TestReadSuite(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		n       int
		wantErr string // substring; "" for success
	}{
		{"empty", "", 0, ""},
		{"blank lines", "\n  \n{\"id\":\"A\"}\n\n{\"id\":\"B\"}", 2, ""},
		{"bom", "\ufeff{\"id\":\"A\",\"date\":\"20200101\"}\n", 1, ""},
		{"crlf", "{\"id\":\"A\"}\r\n{\"id\":\"B\"}\r\n", 2, ""},
		{"null target", `{"id":"A","expected":[{"source":"X","target":null,"code":"010"}]}`, 1, ""},
		{"bad json", "{\"id\":\"A\"}\n{\"id\":\n", 0, "line 2"},
		{"not an object", "[1,2]", 0, "line 1"},
		{"no id", "{\"id\":\"A\"}\n{\"text\":\"x\"}", 0, "line 2: record has no id"},
		{"bad date", "{\"id\":\"A\",\"date\":\"950101\"}", 0, "line 1: record A: date"},
		{"bad month", "{\"id\":\"A\",\"date\":\"19951301\"}", 0, "not YYYYMMDD"},
		{"signed date", "{\"id\":\"A\",\"date\":\"+1950101\"}", 0, "not YYYYMMDD"},
		{"duplicate id", "{\"id\":\"A\"}\n{\"id\":\"B\"}\n{\"id\":\"A\"}", 0, "line 3: id \"A\" already used on line 1"},
		{"expected not a list", `{"id":"A","expected":{"source":"X"}}`, 0, "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ReadSuite(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != tt.n {
				t.Errorf("%d records, want %d", len(recs), tt.n)
			}
		})
	}
}

func FuzzReadSuite(f *testing.F) {
	for _, name := range []string{"petrarch-mini.jsonl", "tabari-mini.jsonl"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"id":"X","expected":[{"source":"\"A B\"","target":"","code":" 01 "}],"config_overrides":{"require_dyad":null,"comma_min":-1}}`))
	f.Add([]byte(`{"id":"D","is_directive_only":true,"option_directives":["COMMA: MIN = 2 MAX","DEFAULT: SOURCE","COMPLEX: VERBS[x]",":"]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		recs, err := ReadSuite(strings.NewReader(string(b)))
		if err != nil {
			return
		}
		for _, r := range recs {
			if strings.TrimSpace(r.ID) == "" {
				t.Fatalf("record with empty id accepted")
			}
		}
		// Whatever ReadSuite accepts, the runs must digest without panic.
		fac, _ := fakeFactory(nothing)
		if _, err := RunPetrarch(context.Background(), recs, fac); err != nil {
			t.Fatal(err)
		}
		rep, err := RunTabari(context.Background(), recs, fac, TabariDefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rep.JSON(); err != nil {
			t.Fatal(err)
		}
	})
}
