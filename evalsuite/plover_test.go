package evalsuite

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/event"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/pipeline"
)

func readPloverMini(t *testing.T) []PloverRecord {
	t.Helper()
	f, err := os.Open("testdata/plover-mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadPloverSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestReadPloverSuite(t *testing.T) {
	recs := readPloverMini(t)
	if len(recs) != 6 {
		t.Fatalf("%d records, want 6", len(recs))
	}
	byID := map[string]PloverRecord{}
	for _, r := range recs {
		byID[r.ID] = r
	}
	if r := byID["T-AGREE-1"]; len(r.Source) != 2 || r.Source[0].Code != "NOR" || r.Source[0].Sector != "GOV" || r.Target != nil || r.Line != 1 || r.Version != "0.5b1" {
		t.Errorf("T-AGREE-1: %+v", r)
	}
	if r := byID["T-AID-1"]; r.Target != nil || r.Line != 5 {
		t.Errorf(`T-AID-1: target "" read as %+v, line %d`, r.Target, r.Line)
	}
	if r := byID["T-PROTEST-1"]; r.Target != nil {
		t.Errorf(`T-PROTEST-1: target "diplomatic" read as %+v`, r.Target)
	}
	if r := byID["T-FIGHT-1"]; r.Source != nil || len(r.Target) != 1 {
		t.Errorf("T-FIGHT-1: %+v", r)
	}
	if r := byID["T-CONSULT-1"]; r.Mode != "visit" || r.Date != "2001-02-03" {
		t.Errorf("T-CONSULT-1: %+v", r)
	}

	for name, bad := range map[string]string{
		"not JSON":        `{"id": "x"`,
		"no id":           `{"event": "AGREE", "text": "t"}`,
		"no text":         `{"id": "x", "event": "AGREE", "text": " "}`,
		"no event":        `{"id": "x", "text": "t"}`,
		"bad date":        `{"id": "x", "event": "AGREE", "text": "t", "date": "2001-13-45"}`,
		"source a number": `{"id": "x", "event": "AGREE", "text": "t", "source": 3}`,
		"actor not obj":   `{"id": "x", "event": "AGREE", "text": "t", "target": ["PER"]}`,
		"duplicate id":    "{\"id\": \"x\", \"event\": \"AGREE\", \"text\": \"t\"}\n{\"id\": \"x\", \"event\": \"AGREE\", \"text\": \"u\"}",
	} {
		if _, err := ReadPloverSuite(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestPloverRules checks the type mapping and the actor comparison on
// invented records.
func TestPloverRules(t *testing.T) {
	actors := func(codes ...string) []PloverActor {
		var as []PloverActor
		for _, c := range codes {
			as = append(as, PloverActor{Code: c})
		}
		return as
	}
	rec := func(typ string, src, tgt []PloverActor) PloverRecord {
		return PloverRecord{ID: "r", Text: "t", Event: typ, Source: src, Target: tgt}
	}
	tests := []struct {
		name              string
		rec               PloverRecord
		events            []event.Event
		right, typ, dyadG bool
	}{
		{"same", rec("AGREE", actors("CHL"), actors("PER")), []event.Event{cev("CHL>PER", "030", "AGREE", "")}, true, true, true},
		{"sector blocks ignored", rec("AGREE", actors("CHL"), actors("PER")), []event.Event{cev("CHLGOV>PERMIL", "030", "AGREE", "")}, true, true, true},
		{"DEMAND is REQUEST", rec("DEMAND", actors("CHL"), actors("PER")), []event.Event{cev("CHL>PER", "100", "REQUEST", "")}, true, true, true},
		{"DISAPPROVE is ACCUSE", rec("DISAPPROVE", actors("CHL"), actors("PER")), []event.Event{cev("CHL>PER", "111", "ACCUSE", "")}, true, true, true},
		{"INVESTIGATE is ACCUSE", rec("INVESTIGATE", actors("CHL"), actors("PER")), []event.Event{cev("CHL>PER", "090", "ACCUSE", "")}, true, true, true},
		{"FIGHT is ASSAULT", rec("FIGHT", actors("CHL"), actors("PER")), []event.Event{cev("CHL>PER", "190", "ASSAULT", "")}, true, true, true},
		{"DEMAND is not DEMAND's neighbour", rec("DEMAND", actors("CHL"), actors("PER")), []event.Event{cev("CHL>PER", "130", "THREATEN", "")}, false, false, true},
		{"JAP is JPN", rec("CONSULT", actors("KEN"), actors("JAP")), []event.Event{cev("KENGOV>JPNGOV", "042", "CONSULT", "")}, true, true, true},
		{"ITL is ITA", rec("CONSULT", actors("ITL"), actors("KEN")), []event.Event{cev("ITA>KEN", "042", "CONSULT", "")}, true, true, true},
		{"bare IGO is any IGO", rec("AID", actors("IGO"), actors("SDN")), []event.Event{cev("IGOUNOWFP>SDNREF", "070", "AID", "")}, true, true, true},
		{"IGO is not NGO", rec("AID", actors("IGO"), actors("SDN")), []event.Event{cev("NGOHLH>SDN", "070", "AID", "")}, false, true, false},
		{"wrong source", rec("AID", actors("CHL"), actors("PER")), []event.Event{cev("BOL>PER", "070", "AID", "")}, false, true, false},
		{"reversed dyad", rec("AID", actors("CHL"), actors("PER")), []event.Event{cev("PER>CHL", "070", "AID", "")}, false, true, false},
		{"target wanted, none coded", rec("PROTEST", actors("BOL"), actors("BOL")), []event.Event{cev("BOLLAB>", "141", "PROTEST", "")}, false, true, false},
		{"one of several targets", rec("THREATEN", actors("IMG"), actors("USA", "GBR")), []event.Event{cev("IMGMUSALQ>GBR", "138", "THREATEN", "")}, true, true, true},
		{"joint act: no target", rec("AGREE", actors("NOR", "DNK"), nil), []event.Event{cev("NORGOV>", "030", "AGREE", "")}, true, true, true},
		{"joint act: one on the other", rec("AGREE", actors("NOR", "DNK"), nil), []event.Event{cev("NOR>DNKGOV", "030", "AGREE", "")}, true, true, true},
		{"joint act: outsider target", rec("AGREE", actors("NOR", "DNK"), nil), []event.Event{cev("NOR>SWE", "030", "AGREE", "")}, false, true, false},
		{"no source: none coded", rec("FIGHT", nil, actors("MLI")), []event.Event{cev(">MLIMIL", "190", "ASSAULT", "")}, true, true, true},
		{"no source: domestic", rec("FIGHT", nil, actors("MLI")), []event.Event{cev("MLIREB>MLIMIL", "190", "ASSAULT", "")}, true, true, true},
		{"no source: foreign", rec("FIGHT", nil, actors("MLI")), []event.Event{cev("NER>MLIMIL", "190", "ASSAULT", "")}, false, true, false},
		{"halves in different events", rec("AID", actors("CHL"), actors("PER")),
			[]event.Event{cev("CHL>PER", "042", "CONSULT", ""), cev("BOL>PER", "070", "AID", "")}, false, true, true},
		{"nothing coded", rec("AID", actors("CHL"), actors("PER")), nil, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := ScorePlover([]PloverRecord{tt.rec}, [][]event.Event{tt.events})
			o := rep.Outcomes[0]
			if o.Right != tt.right || o.TypeRight != tt.typ || o.DyadRight != tt.dyadG {
				t.Errorf("right %v type %v dyad %v, want %v %v %v", o.Right, o.TypeRight, o.DyadRight, tt.right, tt.typ, tt.dyadG)
			}
		})
	}
}

func TestRunPloverMini(t *testing.T) {
	recs := readPloverMini(t)
	c := cannedCoder{
		"agreed on Tuesday": {cev("NOR>DNK", "030", "AGREE", "")},
		"demanded":          {cev("CHL>PER", "130", "THREATEN", "")},
		"hosted":            {cev("KENGOV>JPNGOV", "042", "CONSULT", ""), cev("JPNGOV>KENGOV", "043", "CONSULT", "")},
		"sent food":         {cev("IGOUNO>", "070", "AID", "")},
	}
	rep, err := RunPlover(context.Background(), recs, c)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Records != 6 || rep.Right != 3 || rep.TypeRight != 3 || rep.DyadRight != 4 || rep.Uncoded != 2 {
		t.Errorf("records %d right %d type %d dyad %d uncoded %d", rep.Records, rep.Right, rep.TypeRight, rep.DyadRight, rep.Uncoded)
	}
	if rep.Accuracy() != 0.5 {
		t.Errorf("accuracy %v", rep.Accuracy())
	}
	var demand PloverTypeScore
	sum := 0
	for _, ty := range rep.Types {
		sum += ty.Records
		if ty.Label == "DEMAND" {
			demand = ty
		}
	}
	if sum != 6 || demand.Type != "REQUEST" || demand.Records != 1 || demand.DyadRight != 1 || demand.TypeRight != 0 {
		t.Errorf("types %+v", rep.Types)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"accuracy      0.500", "DEMAND       REQUEST", "T-DEMAND-1  type wrong  want REQUEST CHL>PER", "nothing coded"} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text lacks %q:\n%s", s, text.String())
		}
	}
	b, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Accuracy float64                   `json:"accuracy"`
		ByType   map[string]jsonPloverType `json:"by_type"`
		Wrong    []string                  `json:"wrong"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	if j.Accuracy != 0.5 || j.ByType["FIGHT"].Type != "ASSAULT" || len(j.Wrong) != 3 {
		t.Errorf("JSON %s", b)
	}
}

// TestPloverShared codes the real PLOVER dev records with the built-in
// dictionaries: a check that every record reads and is scored, not of the
// figures.
func TestPloverShared(t *testing.T) {
	path := filepath.Join(sharedtest.Dir(t, "eval", "event-coding"), "plover-gsr-dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("%s: %v", path, err)
	}
	defer f.Close()
	recs, err := ReadPloverSuite(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 161 {
		t.Errorf("%d records, the README says 161", len(recs))
	}
	ctx := context.Background()
	set, err := dict.LoadFS(ctx, builtin.FS(), "builtin")
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	rep, err := RunPlover(ctx, recs, pipeline.New(c))
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, ty := range rep.Types {
		sum += ty.Records
		if ty.Type == "DEMAND" || ty.Type == "DISAPPROVE" || ty.Type == "INVESTIGATE" || ty.Type == "FIGHT" {
			t.Errorf("label %s left under its v0.5b1 name", ty.Label)
		}
	}
	if rep.Records != len(recs) || sum != len(recs) || rep.Uncoded == len(recs) {
		t.Errorf("records %d, per type %d, uncoded %d", rep.Records, sum, rep.Uncoded)
	}
	t.Logf("plover, built-in dictionaries: accuracy %.3f type %.3f dyad %.3f", rep.Accuracy(), rep.TypeAccuracy(), rep.DyadAccuracy())
}

func FuzzReadPloverSuite(f *testing.F) {
	if b, err := os.ReadFile("testdata/plover-mini.jsonl"); err == nil {
		f.Add(string(b))
	}
	f.Add(`{"id": "x", "event": "FIGHT", "text": "t", "source": null, "target": [{"code": "IGO"}, {"code": ""}]}`)
	f.Add("\ufeff{\"id\": \"x\", \"event\": \"A\", \"text\": \"t\", \"target\": \"\"}\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := ReadPloverSuite(strings.NewReader(s))
		if err != nil {
			return
		}
		events := make([][]event.Event, len(recs))
		for i := range events {
			events[i] = []event.Event{cev("IGOUNO>", "070", "AID", ""), cev("JAP>ITL", "100", "DEMAND", "")}
		}
		rep := ScorePlover(recs, events)
		if rep.Records != len(recs) || rep.Right > rep.TypeRight || rep.Right > rep.DyadRight {
			t.Fatalf("records %d right %d type %d dyad %d", rep.Records, rep.Right, rep.TypeRight, rep.DyadRight)
		}
		if _, err := rep.JSON(); err != nil {
			t.Fatal(err)
		}
	})
}
