package tempeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const tml = `<?xml version="1.0" ?><TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2024-06-19">June 19, 2024</TIMEX3></DCT>
<TITLE>Talks</TITLE>
<TEXT>
The envoy <EVENT eid="e1">met</EVENT> the king <TIMEX3 tid="t1" type="DATE" value="2024-06-18">Tuesday</TIMEX3> &amp; will return <TIMEX3 tid="t2" type="DATE" value="2024-07">next month</TIMEX3>.
Talks lasted <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>`

func TestReadTML(t *testing.T) {
	d, err := ReadTML(strings.NewReader(tml))
	if err != nil {
		t.Fatal(err)
	}
	if d.DCT != "2024-06-19" || len(d.Gold) != 3 {
		t.Fatalf("DCT %q, %d gold", d.DCT, len(d.Gold))
	}
	for _, g := range d.Gold {
		if txt := d.Text[g.Start:g.End]; txt != map[string]string{"2024-06-18": "Tuesday", "2024-07": "next month", "P3D": "three days"}[g.Value] {
			t.Errorf("gold %s covers %q", g.Value, txt)
		}
	}
	if !strings.Contains(d.Text, "king Tuesday & will") {
		t.Errorf("text not unescaped: %q", d.Text)
	}
}

func TestScore(t *testing.T) {
	d, err := ReadTML(strings.NewReader(tml))
	if err != nil {
		t.Fatal(err)
	}
	found, err := Find(d)
	if err != nil {
		t.Fatal(err)
	}
	var r Report
	r.Score(d, found)
	if r.Gold != 3 || r.Found != 3 || r.Strict != 3 || r.ValueOK != 3 {
		t.Errorf("got %+v, want all three found exactly with their values", r)
	}
	// A spurious expression and an overlap: relaxed but not strict.
	var r2 Report
	r2.Score(d, []Span{{Start: d.Gold[0].Start, End: d.Gold[0].End + 3, Type: "DATE", Value: "2024-06-18"}, {Start: 0, End: 3, Type: "DATE", Value: "x"}})
	if r2.Strict != 0 || r2.Relaxed != 1 || r2.ValueOK != 1 || r2.Found != 2 {
		t.Errorf("got %+v", r2)
	}
	if f := r2.ValueF1(); f < 0.39 || f > 0.41 { // 2·1/(2+3)
		t.Errorf("value F1 %v, want 0.4", f)
	}
}

// Floors for the TempEval-3 platinum set; raise them when the figures
// rise. The published systems: HeidelTime value F1 0.776, SUTime 0.674.
const (
	floorValueF1   = 0.85
	floorRelaxedF1 = 0.90
	floorStrictF1  = 0.85
)

func TestPlatinum(t *testing.T) {
	dir := platinumDir(t)
	docs, err := ReadDir(t.Context(), dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Run(t.Context(), docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gold %d found %d: strict F1 %.4f, relaxed F1 %.4f, type accuracy %.4f, value F1 %.4f",
		r.Gold, r.Found, r.StrictF1(), r.RelaxedF1(), r.TypeAccuracy(), r.ValueF1())
	if r.Gold < 130 {
		t.Errorf("only %d gold expressions read", r.Gold)
	}
	if r.ValueF1() < floorValueF1 || r.RelaxedF1() < floorRelaxedF1 || r.StrictF1() < floorStrictF1 {
		t.Errorf("below the floors (value %.2f, relaxed %.2f, strict %.2f)", floorValueF1, floorRelaxedF1, floorStrictF1)
	}
}

// platinumDir finds ../shared/eval/temporal/tempeval3-platinum beside the
// repository root, or skips.
func platinumDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test: cannot find ../shared")
		}
		dir = parent
	}
	p := filepath.Join(filepath.Dir(dir), "shared", "eval", "temporal", "tempeval3-platinum")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("TempEval-3 platinum not found at %s (../shared sits beside the repository in CI)", p)
	}
	return p
}
