package treaty

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
)

// Store implementations must satisfy the interface.
var _ Store = DirStore{}

func TestDirStoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := DirStore{Dir: t.TempDir()}
	imp := readATOPFiles(t, "testdata", "atop-alliances.csv", "atop-members.csv")
	if err := st.SaveTreaties(ctx, "atop-4.01", imp.Treaties); err != nil {
		t.Fatal(err)
	}
	got, err := st.LoadTreaties(ctx, "atop-4.01")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(imp.Treaties) {
		t.Fatalf("loaded %d treaties, saved %d", len(got), len(imp.Treaties))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i].Obligations()[0].Interval, imp.Treaties[i].Obligations()[0].Interval) || got[i].ID != imp.Treaties[i].ID {
			t.Errorf("treaty %d changed in the round trip", i)
		}
	}
	// Saving again replaces; an unknown source has nothing.
	if err := st.SaveTreaties(ctx, "atop-4.01", imp.Treaties[:1]); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.LoadTreaties(ctx, "atop-4.01"); len(got) != 1 {
		t.Errorf("after a second save %d treaties", len(got))
	}
	if got, err := st.LoadTreaties(ctx, "news"); err != nil || got != nil {
		t.Errorf("unknown source: %v %v", got, err)
	}
	if err := st.SaveTreaties(ctx, "../x", nil); err == nil {
		t.Error("a source with a slash was accepted")
	}
}

func TestBaseRoundTripsThroughJSONL(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, Base().Treaties); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSONL(&buf, DefaultCountries())
	if err != nil {
		t.Fatal(err)
	}
	for i, tr := range got {
		if a, b := len(tr.Obligations()), len(Base().Treaties[i].Obligations()); a != b {
			t.Errorf("%s: %d obligations after the round trip, %d before", tr.ID, a, b)
		}
	}
}

func TestReadJSONLErrors(t *testing.T) {
	in := `{"id":"a","name":"A","signed":"2000-01-01","parties":[{"code":"USA"},{"code":"QQQ"}],"obligations":[{"kind":"defense","by":["*"],"to":["*"],"article":"1"}]}
not json
`
	_, err := ReadJSONL(strings.NewReader(in), DefaultCountries())
	if err == nil || !strings.Contains(err.Error(), "line 1 (a)") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v", err)
	}
}
