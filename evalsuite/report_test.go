package evalsuite

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func petrarchMiniReport(t *testing.T) Report {
	t.Helper()
	fac, _ := fakeFactory(petrarchCoder)
	rep, err := RunPetrarch(context.Background(), readFixture(t, "petrarch-mini.jsonl"), fac)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func tabariMiniReport(t *testing.T) Report {
	t.Helper()
	to, err := LoadTabariOptions("testdata/tabari-dicts")
	if err != nil {
		t.Fatal(err)
	}
	fac, _ := fakeFactory(nothing)
	rep, err := RunTabari(context.Background(), readFixture(t, "tabari-mini.jsonl"), fac, to.Options)
	if err != nil {
		t.Fatal(err)
	}
	rep.AddOptionsFile(to)
	return rep
}

func TestWriteTextGolden(t *testing.T) {
	for name, rep := range map[string]Report{
		"petrarch-mini.report.txt": petrarchMiniReport(t),
		"tabari-mini.report.txt":   tabariMiniReport(t),
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := rep.WriteText(&b); err != nil {
				t.Fatal(err)
			}
			golden := "testdata/" + name
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if b.String() != string(want) {
				t.Errorf("report differs from %s (go test -update rewrites it):\n%s", golden, b.String())
			}
		})
	}
}

func TestJSON(t *testing.T) {
	rep := petrarchMiniReport(t)
	b, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsRune(b, '\n') {
		t.Error("JSON spans several lines")
	}
	const head = `{"suite":"petrarch","records":12,"passed":6,"not_applicable":4,"expected_events":7,"found_events":7,"extra_events":1,"applicable":8,"pass_rate":0.75,`
	if !strings.HasPrefix(string(b), head) {
		t.Errorf("JSON starts\n%s\nwant\n%s", b[:min(len(b), len(head))], head)
	}
	var back struct {
		Failures []Outcome `json:"failures"`
		ByCat    map[string]CategoryStats
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Failures) != 2 || back.Failures[0].ID != "MINI-05" || back.Failures[1].Reason != FailExtra {
		t.Errorf("failures %+v", back.Failures)
	}

	empty, err := Report{Suite: "tabari"}.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(empty), `"unsupported_directives":[],"problems":[],"failures":[]`) {
		t.Errorf("empty report: %s", empty)
	}
}

func TestTruncate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"a  b\n c", 10, "a b c"},
		{"abcdefghij", 5, "abcd…"},
		{"ñññññññ", 4, "ñññ…"},
	} {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}
