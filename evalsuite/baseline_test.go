package evalsuite

import (
	"os"
	"strings"
	"testing"
)

func TestReadBaseline(t *testing.T) {
	f, err := os.Open("testdata/baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := ReadBaseline(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != 5 || b["petrarch.pass_rate"] != 0.75 {
		t.Errorf("baseline %v", b)
	}
	for _, bad := range []string{
		`{"pass_rate": 0.8}`,
		`{"petrarch.passrate": 0.8}`,
		`{".pass_rate": 0.8}`,
		`{"petrarch.pass_rate": "high"}`,
		`[0.8]`,
	} {
		if _, err := ReadBaseline(strings.NewReader(bad)); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

func TestBaselineCheck(t *testing.T) {
	// 8 applicable, 6 passed (0.75), 7 expected, 7 found, 1 extra.
	rep := Report{Suite: "petrarch", Records: 12, NotApplicable: 4, Passed: 6, ExpectedEvents: 7, FoundEvents: 7, ExtraEvents: 1}
	tests := []struct {
		name string
		b    Baseline
		want []string // substrings, one per failure
	}{
		{"holds", Baseline{"petrarch.pass_rate": 0.75, "petrarch.found_ratio": 1, "petrarch.passed": 6,
			"petrarch.applicable": 8, "petrarch.extra_events_max": 1, "petrarch.extra_per_record_max": 0.125}, nil},
		{"other suite ignored", Baseline{"tabari.pass_rate": 1}, nil},
		{"pass rate", Baseline{"petrarch.pass_rate": 0.8}, []string{"petrarch.pass_rate: 0.75 below baseline 0.8"}},
		{"found", Baseline{"petrarch.found_ratio": 1.01}, []string{"found_ratio: 1 below baseline 1.01"}},
		{"passed", Baseline{"petrarch.passed": 7}, []string{"passed: 6 below baseline 7"}},
		{"applicable", Baseline{"petrarch.applicable": 9}, []string{"applicable: 8 below baseline 9"}},
		{"extra", Baseline{"petrarch.extra_events_max": 0}, []string{"extra_events_max: 1 above baseline 0"}},
		{"extra per record", Baseline{"petrarch.extra_per_record_max": 0.1}, []string{"extra_per_record_max: 0.125 above baseline 0.1"}},
		{"unknown figure", Baseline{"petrarch.speed": 1}, []string{"petrarch.speed: unknown"}},
		{"two, sorted", Baseline{"petrarch.passed": 7, "petrarch.extra_events_max": 0}, []string{"extra_events_max", "passed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.b.Check("petrarch", rep)
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %d failures", got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("failure %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

func TestBaselineOnRun(t *testing.T) {
	f, err := os.Open("testdata/baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := ReadBaseline(f)
	if err != nil {
		t.Fatal(err)
	}
	if fails := b.Check("petrarch", petrarchMiniReport(t)); len(fails) != 0 {
		t.Errorf("petrarch: %q", fails)
	}
	// The coder that codes nothing passes only T-02 of six.
	fails := b.Check("tabari", tabariMiniReport(t))
	if len(fails) != 1 || !strings.Contains(fails[0], "tabari.pass_rate") {
		t.Errorf("tabari: %q", fails)
	}
}
