package evalsuite

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/segment"
)

// cannedCoder codes a document by giving, for every coded sentence that
// contains a key, the events under that key with the sentence's span.
type cannedCoder map[string][]event.Event

func (c cannedCoder) Code(doc document.Document) []event.Event {
	var out []event.Event
	for _, s := range segment.Segment(doc.Text).Sentences {
		if s.Kind == segment.Heading {
			continue
		}
		text := doc.Text[s.Start:s.End]
		for _, k := range slices.Sorted(maps.Keys(c)) {
			if !strings.Contains(text, k) {
				continue
			}
			for _, e := range c[k] {
				e.Doc = doc.ID
				e.Sentence = event.Span{Start: s.Start, End: s.End, Text: text}
				out = append(out, e)
			}
		}
	}
	return out
}

// cev builds a coded event: "FRAGOV>DEU" (">" alone: no target), a CAMEO
// code, a PLOVER type and a date value ("" for none).
func cev(dyad, cameo, plover, date string) event.Event {
	src, tgt, _ := strings.Cut(dyad, ">")
	e := event.Event{Source: event.Actor{Code: src}, CAMEO: cameo, Plover: event.Plover{Type: plover}, Modality: event.Asserted}
	if tgt != "" {
		e.Target = &event.Actor{Code: tgt}
	}
	if date != "" {
		e.Date = &event.Date{Value: date, Granularity: "day"}
	}
	return e
}

func readMiniGold(t *testing.T) *SeedGold {
	t.Helper()
	f, err := os.Open("testdata/gold/seeds-mini.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadSeedGold(f)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestRunSeedsMini(t *testing.T) {
	g := readMiniGold(t)
	planned := cev("FRAGOV>DEU", "042", "CONSULT", "2025-03-07")
	planned.Modality = event.Planned
	c := cannedCoder{
		"arrives in Germany": {cev("FRA>DEU", "043", "CONSULT", "2025-03-06"), cev("DEU>FRA", "042", "CONSULT", "2025-03-06")},
		"state visit": {
			planned,
			cev("ESP>FRA", "057", "SUPPORT", "2025-03-05"), // symmetric pact, swapped
			cev("FRA>", "010", "", "2025-03-06"),           // bare statement
		},
		"accuse Moscow":    {cev("DEUGOV>RUS", "112", "ACCUSE", "2025-03-06"), cev("RUSGOV>", "120", "REJECT", "2025-03-06")},
		"cooler in Poland": {cev("POL>", "043", "CONSULT", "2025-03-06")},
	}
	rep, err := RunSeeds(context.Background(), g, filepath.Join("testdata", "seeds"), c)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{
		"required": rep.Required, "required_found": rep.RequiredFound, "optional": rep.Optional, "optional_found": rep.OptionalFound,
		"coded": rep.Coded, "matched": rep.Matched, "bare": rep.BareStatements, "no_event": rep.NoEventViolations,
		"boilerplate_failures": rep.BoilerplateFailures, "heading_failures": rep.HeadingFailures,
		"modality_checked": rep.ModalityChecked, "modality_agreed": rep.ModalityAgreed, "across": rep.AcrossGroups,
	}
	want := map[string]int{
		"required": 4, "required_found": 3, "optional": 2, "optional_found": 2,
		"coded": 8, "matched": 5, "bare": 1, "no_event": 1,
		"boilerplate_failures": 0, "heading_failures": 0,
		"modality_checked": 1, "modality_agreed": 1, "across": 1,
	}
	if !maps.Equal(got, want) {
		t.Errorf("figures\n got %v\nwant %v", got, want)
	}
	if rep.Recall() != 0.75 || rep.Precision() != 5.0/8 {
		t.Errorf("recall %v precision %v", rep.Recall(), rep.Precision())
	}
	d := rep.Documents[0]
	for _, o := range d.Events {
		if o.Gold.ID == "m-discuss" {
			if o.Found || len(o.Misses) != 1 || o.Misses[0] != "nothing coded from the sentence" {
				t.Errorf("m-discuss: found %v, misses %q", o.Found, o.Misses)
			}
		}
	}
	for _, b := range d.Boilerplate {
		if !strings.HasPrefix(b.Detail, "dropped: ") {
			t.Errorf("boilerplate %q: %s", b.Text, b.Detail)
		}
	}
	for _, c := range rep.Categories {
		if c.Implemented || c.Found != 0 {
			t.Errorf("category %s: implemented %v, found %d; the extraction has none", c.Name, c.Implemented, c.Found)
		}
	}
	if c := rep.Category("persons"); c.Required != 2 || c.Listed != 2 {
		t.Errorf("persons %+v", c)
	}

	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"recall    0.750", "precision 0.625", "1 bare statements", "not implemented yet",
		"m-discuss", "[bare statement]", "no-event sentence coded", "not evaluated here: entente eval across",
	} {
		if !strings.Contains(text.String(), s) {
			t.Errorf("text report lacks %q:\n%s", s, text.String())
		}
	}
	b, err := rep.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var j map[string]any
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"recall", "precision", "required", "matched", "coded", "no_event_violations", "boilerplate_ok", "headings_ok", "categories", "across_documents"} {
		if _, ok := j[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
	if j["boilerplate_ok"] != true || j["no_event_violations"] != 1.0 {
		t.Errorf("JSON %s", b)
	}
	persons := j["categories"].(map[string]any)["persons"].(map[string]any)
	if persons["implemented"] != false || !strings.Contains(persons["note"].(string), "not implemented") {
		t.Errorf("persons in JSON: %v", persons)
	}
}

// entityCoder is a cannedCoder that also names people.
type entityCoder struct {
	cannedCoder
	people []event.Entity
}

func (c entityCoder) CodeEntities(doc document.Document) ([]event.Event, []event.Entity) {
	return c.Code(doc), c.people
}

func TestExtractEntities(t *testing.T) {
	g := readMiniGold(t)
	c := entityCoder{
		cannedCoder: cannedCoder{"state visit": {cev("FRA>DEU", "042", "CONSULT", "2025-03-07")}},
		people: []event.Entity{
			{Kind: "person", Name: "Anne-Marie Exemple", Code: "FRAGOV", Country: "FRA"},
			{Kind: "person", Name: "Otto Beispiel", Code: "DEU", Country: "DEU"}, // wrong affiliation
			{Kind: "organization", Name: "Example Wire", Code: "FRAMED", Country: "FRA"},
			{Kind: "organization", Name: "Other Wire", Code: "DEUMED", Country: "DEU"}, // not in the gold
		},
	}
	rep, err := RunSeeds(context.Background(), g, filepath.Join("testdata", "seeds"), c)
	if err != nil {
		t.Fatal(err)
	}
	if p := rep.Category("persons"); !p.Implemented || p.RequiredFound != 1 || p.Required != 2 {
		t.Errorf("persons %+v", p)
	}
	if o := rep.Category("organizations"); !o.Implemented || o.RequiredFound != 1 || o.Required != 1 {
		t.Errorf("organizations %+v", o)
	}
	if rep.Coded != 1 || rep.Matched != 1 {
		t.Errorf("coded %d matched %d", rep.Coded, rep.Matched)
	}
}

// TestSeedEventRules checks each matching rule of the gold README on a
// document of one sentence and one gold event.
func TestSeedEventRules(t *testing.T) {
	const sentence = "Kingland’s leader – in a rare move – “welcomed” the envoy of Queensland on Monday."
	gold := func(mod func(*GoldEvent)) GoldEvent {
		g := GoldEvent{
			ID: "x", Required: true, Source: GoldActors{Codes: []string{"FRA"}}, Target: GoldActors{Codes: []string{"DEU"}},
			CAMEORoots: []string{"04"}, Plover: []string{"CONSULT"}, Evidence: "leader - in a rare move - \"welcomed\" the envoy",
		}
		if mod != nil {
			mod(&g)
		}
		return g
	}
	tests := []struct {
		name  string
		gold  GoldEvent
		event event.Event
		found bool
		why   string // a substring of the miss, when not found
	}{
		{"curly quotes and dashes folded", gold(nil), cev("FRA>DEU", "042", "CONSULT", ""), true, ""},
		{"apostrophe folded", gold(func(g *GoldEvent) { g.Evidence = "Kingland's leader" }), cev("FRA>DEU", "042", "CONSULT", ""), true, ""},
		{"evidence as written", gold(func(g *GoldEvent) { g.Evidence = "Kingland’s leader – in a rare move – “welcomed”" }), cev("FRA>DEU", "042", "CONSULT", ""), true, ""},
		{"double hyphen is not a dash", gold(func(g *GoldEvent) { g.Evidence = "leader -- in" }), cev("FRA>DEU", "042", "CONSULT", ""), false, "no sentence contains"},
		{"evidence elsewhere", gold(func(g *GoldEvent) { g.Evidence = "not in the text" }), cev("FRA>DEU", "042", "CONSULT", ""), false, "no sentence contains"},
		{"role block", gold(nil), cev("FRAGOVMIL>DEUGOV", "042", "CONSULT", ""), true, ""},
		{"later block", gold(func(g *GoldEvent) { g.Source.Codes = []string{"NAT"} }), cev("IGOWSTNAT>DEU", "042", "CONSULT", ""), true, ""},
		{"first block IGO", gold(func(g *GoldEvent) { g.Source.Codes = []string{"IGO"} }), cev("IGOWSTNAT>DEU", "042", "CONSULT", ""), true, ""},
		{"block not aligned", gold(func(g *GoldEvent) { g.Source.Codes = []string{"OWS"} }), cev("IGOWSTNAT>DEU", "042", "CONSULT", ""), false, "source IGOWSTNAT not in [OWS]"},
		{"wrong source", gold(nil), cev("ESP>DEU", "042", "CONSULT", ""), false, "source ESP not in [FRA]"},
		{"wrong target", gold(nil), cev("FRA>ESP", "042", "CONSULT", ""), false, "target ESP not in [DEU]"},
		{"swapped, not symmetric", gold(nil), cev("DEU>FRA", "042", "CONSULT", ""), false, "source DEU"},
		{"swapped, symmetric", gold(func(g *GoldEvent) { g.Symmetric = true }), cev("DEU>FRA", "042", "CONSULT", ""), true, ""},
		{"symmetric, wrong", gold(func(g *GoldEvent) { g.Symmetric = true }), cev("DEU>ESP", "042", "CONSULT", ""), false, "either way"},
		{"no target, not accepted", gold(nil), cev("FRA>", "042", "CONSULT", ""), false, "target none not in [DEU]"},
		{"no target, null accepted", gold(func(g *GoldEvent) { g.Target.None = true }), cev("FRA>", "042", "CONSULT", ""), true, ""},
		{"--- is no target", gold(func(g *GoldEvent) { g.Target.None = true }), cev("FRA>---", "042", "CONSULT", ""), true, ""},
		{"null source", gold(func(g *GoldEvent) { g.Source = GoldActors{Codes: []string{"IGO"}, None: true} }), cev(">DEU", "042", "CONSULT", ""), true, ""},
		{"root only", gold(func(g *GoldEvent) { g.Plover = nil }), cev("FRA>DEU", "0431", "", ""), true, ""},
		{"type only", gold(func(g *GoldEvent) { g.CAMEORoots = []string{"03"} }), cev("FRA>DEU", "042", "CONSULT", ""), true, ""},
		{"old type name", gold(func(g *GoldEvent) { g.CAMEORoots = nil; g.Plover = []string{"REQUEST"} }), cev("FRA>DEU", "100", "DEMAND", ""), true, ""},
		{"wrong code", gold(nil), cev("FRA>DEU", "051", "SUPPORT", ""), false, "code 051 (SUPPORT) not in roots [04]"},
		{"date same day", gold(func(g *GoldEvent) { g.Date = "2025-03-03" }), cev("FRA>DEU", "042", "CONSULT", "2025-03-03"), true, ""},
		{"date finer", gold(func(g *GoldEvent) { g.Date = "2025-03" }), cev("FRA>DEU", "042", "CONSULT", "2025-03-03T10:00Z"), true, ""},
		{"date coarser", gold(func(g *GoldEvent) { g.Date = "2025-03-03" }), cev("FRA>DEU", "042", "CONSULT", "2025"), false, "date 2025 does not start with 2025-03-03"},
		{"month coarser", gold(func(g *GoldEvent) { g.Date = "2025-03-03" }), cev("FRA>DEU", "042", "CONSULT", "2025-03"), false, "does not start"},
		{"date wrong", gold(func(g *GoldEvent) { g.Date = "2025-03-03" }), cev("FRA>DEU", "042", "CONSULT", "2025-03-04"), false, "date 2025-03-04"},
		{"date alt", gold(func(g *GoldEvent) { g.Date = "2025-03-03"; g.DateAlt = []string{"2025-03-02"} }), cev("FRA>DEU", "042", "CONSULT", "2025-03-02"), true, ""},
		{"no date", gold(func(g *GoldEvent) { g.Date = "2025" }), cev("FRA>DEU", "042", "CONSULT", ""), false, "date none"},
		{"undated gold takes any date", gold(nil), cev("FRA>DEU", "042", "CONSULT", "1999"), true, ""},
		{"bare statement", gold(func(g *GoldEvent) { g.CAMEORoots = []string{"01"}; g.Target.None = true }), cev("FRA>", "010", "", ""), false, "bare statement"},
		{"01x with a target is not bare", gold(func(g *GoldEvent) { g.CAMEORoots = []string{"01"} }), cev("FRA>DEU", "012", "", ""), true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Title line\n\n" + sentence + "\n"
			start := strings.Index(text, sentence)
			e := tt.event
			e.Sentence = event.Span{Start: start, End: start + len(sentence), Text: sentence}
			g := &SeedGold{Documents: []GoldDocument{{File: "d.txt", Events: []GoldEvent{tt.gold}}}}
			seg := segment.Segment(text)
			rep := ScoreSeeds(g, map[string]Extraction{"d.txt": {Text: text, Sentences: seg.Sentences, Events: []event.Event{e}}})
			o := rep.Documents[0].Events[0]
			if o.Found != tt.found {
				t.Fatalf("found %v, want %v; misses %q", o.Found, tt.found, o.Misses)
			}
			if tt.found != (rep.Matched == 1) {
				t.Errorf("matched %d", rep.Matched)
			}
			if !tt.found && !strings.Contains(strings.Join(o.Misses, " | "), tt.why) {
				t.Errorf("misses %q, want one containing %q", o.Misses, tt.why)
			}
		})
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"“full support” – ‘yes’ — no": `"full support" - 'yes' - no`,
		"a\u00a0b  \n c": "a b c",
		"Russia’s":       "Russia's",
		"«quoted»":       `"quoted"`,
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSeedLineChecks(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		boilerplate string
		heading     string
		bpOK, hdOK  bool
	}{
		{"kept apart", "A title line\n\nFirst sentence here.\n\nNew section\n\nMore text follows here.\n\nRelated Posts\n", "Related Posts", "New section", true, true},
		{"merged heading", "A title line\n\nFirst sentence here.\n\nNew section More text follows here.\n", "Share this", "New section", true, false},
		{"boilerplate kept", "A title line\n\nFirst sentence here.\n\nPremium content ahead\n\nNew section\n\nMore text follows here.\n", "Premium content ahead", "New section", false, true},
		{"heading missing", "A title line\n\nFirst sentence here.\n", "x y z", "New section", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &SeedGold{Documents: []GoldDocument{{File: "d", Boilerplate: []string{tt.boilerplate}, Headings: []string{tt.heading}}}}
			seg := segment.Segment(tt.text)
			rep := ScoreSeeds(g, map[string]Extraction{"d": {Text: tt.text, Sentences: seg.Sentences, Dropped: seg.Dropped}})
			if rep.BoilerplateOK() != tt.bpOK || rep.HeadingsOK() != tt.hdOK {
				t.Errorf("boilerplate ok %v (want %v) %+v; headings ok %v (want %v) %+v",
					rep.BoilerplateOK(), tt.bpOK, rep.Documents[0].Boilerplate, rep.HeadingsOK(), tt.hdOK, rep.Documents[0].Headings)
			}
		})
	}
}

// TestSeedCategories scores persons, organizations, metonyms, facts and
// relations as a later extractor will supply them.
func TestSeedCategories(t *testing.T) {
	g := readMiniGold(t)
	file := g.Documents[0].File
	factSentence := event.Span{Text: "They recorded trade of $2 billion last year."}
	relSentence := event.Span{Text: "Russia has been under UN sanctions since 2022 – and still is."}
	x := Extraction{
		Persons: []Person{
			{Name: "anne marie  exemple", Country: "FRAGOV"}, // variant spelling, role block
			{Name: "Otto Beispiel", Country: "IGOWSTNAT"},    // the gold's "NATO"
		},
		Organizations: []Organization{{Name: "Example Wire", Country: "DEU"}}, // wrong country
		Metonyms:      []Metonym{{Text: "Berlin", Code: "DEUGOV"}, {Text: "the Kremlin", Code: "RUSGOV"}, {Text: "Moscow", Code: "PRK"}},
		Facts:         []Fact{{Kind: "trade", Parties: []string{"DEU", "FRA"}, ValueUSD: 2.01e9, Year: 2024, Sentence: factSentence}},
		Relations: []Relation{
			{Kind: "sanctions", From: "IGOUNO", To: "RUS", Since: "2022-02", Sentence: relSentence},
			{Kind: "defense_pact", From: "ESP", To: "FRA", Mutual: true, Sentence: event.Span{Text: "A pact with Spain."}},
		},
	}
	rep := ScoreSeeds(g, map[string]Extraction{file: x})
	want := map[string][2]int{ // found of required
		"persons": {2, 2}, "organizations": {0, 1}, "metonyms": {2, 3}, "facts": {1, 1}, "relations": {1, 1},
	}
	for name, w := range want {
		c := rep.Category(name)
		if !c.Implemented || c.RequiredFound != w[0] || c.Required != w[1] {
			t.Errorf("%s: %+v, want %d of %d required", name, c, w[0], w[1])
		}
	}
	if c := rep.Category("relations"); c.Found != 2 || c.Listed != 2 {
		t.Errorf("relations found %d of %d listed, want 2 of 2", c.Found, c.Listed)
	}
	if c := rep.Category("metonyms"); len(c.Missed) != 1 || !strings.Contains(c.Missed[0], "Moscow") {
		t.Errorf("metonyms missed %q", c.Missed)
	}

	// A fact off by more than 1%, in the wrong year or with one party only.
	for _, f := range []Fact{
		{Kind: "trade", Parties: []string{"FRA", "DEU"}, ValueUSD: 2.5e9, Year: 2024, Sentence: factSentence},
		{Kind: "trade", Parties: []string{"FRA", "DEU"}, ValueUSD: 2e9, Year: 2023, Sentence: factSentence},
		{Kind: "trade", Parties: []string{"FRA", "FRA"}, ValueUSD: 2e9, Year: 2024, Sentence: factSentence},
		{Kind: "trade", Parties: []string{"FRA"}, ValueUSD: 2e9, Year: 2024, Sentence: factSentence},
	} {
		rep := ScoreSeeds(g, map[string]Extraction{file: {Facts: []Fact{f}}})
		if c := rep.Category("facts"); c.Found != 0 {
			t.Errorf("fact %+v matched", f)
		}
	}
	// A relation whose since is coarser than the gold's, or directed the wrong way.
	for _, r := range []Relation{
		{Kind: "sanctions", From: "IGOUNO", To: "RUS", Since: "20", Sentence: relSentence},
		{Kind: "sanctions", From: "RUS", To: "IGOUNO", Since: "2022", Sentence: relSentence},
	} {
		rep := ScoreSeeds(g, map[string]Extraction{file: {Relations: []Relation{r}}})
		if c := rep.Category("relations"); c.RequiredFound != 0 {
			t.Errorf("relation %+v matched", r)
		} else if len(c.Why) != 1 || len(c.Why[0]) != 1 {
			t.Errorf("relation %+v: why %q, want one line", r, c.Why)
		}
	}
	// A pact the gold calls mutual must be read as mutual.
	pact := Relation{Kind: "defense_pact", From: "FRA", To: "ESP", Sentence: event.Span{Text: "A pact with Spain."}}
	if c := ScoreSeeds(g, map[string]Extraction{file: {Relations: []Relation{pact}}}).Category("relations"); c.Found != 0 {
		t.Errorf("one-way pact matched a mutual one")
	}
	// Metonyms: an article aside; a wrong code is said.
	for _, tt := range []struct {
		have  Metonym
		found int
		why   string
	}{
		{Metonym{Text: "Kremlin", Code: "RUSGOV"}, 1, ""},
		{Metonym{Text: "The Kremlin", Code: "RUS"}, 1, ""},
		{Metonym{Text: "the Kremlin", Code: "UKR"}, 0, "read as UKR"},
		{Metonym{Text: "Kremlin Palace", Code: "RUS"}, 0, "not recognised as an actor"},
	} {
		c := ScoreSeeds(g, map[string]Extraction{file: {Metonyms: []Metonym{tt.have}}}).Category("metonyms")
		why := ""
		for i, m := range c.Missed {
			if strings.Contains(m, "Kremlin") && len(c.Why[i]) > 0 {
				why = c.Why[i][0]
			}
		}
		if c.Found != tt.found || why != tt.why {
			t.Errorf("%+v: found %d, why %q; want %d, %q", tt.have, c.Found, why, tt.found, tt.why)
		}
	}
}

func TestReadSeedGoldErrors(t *testing.T) {
	ok := `{"documents": [{"file": "a.txt", "events": [{"id": "e", "source": ["FRA"], "target": [null], "cameo_roots": ["04"], "evidence": "x"}]}]}`
	if _, err := ReadSeedGold(strings.NewReader(ok)); err != nil {
		t.Fatalf("valid gold: %v", err)
	}
	event := func(fields string) string {
		return `{"documents": [{"file": "a.txt", "events": [{"id": "e", "evidence": "x", ` + fields + `}]}]}`
	}
	for name, bad := range map[string]string{
		"not JSON":         `{"documents": [`,
		"trailing data":    ok + ` {}`,
		"no documents":     `{"documents": []}`,
		"no file":          `{"documents": [{"file": " "}]}`,
		"unknown field":    event(`"source": ["FRA"], "target": ["DEU"], "cameo_roots": ["04"], "symetric": true`),
		"no source":        event(`"target": ["DEU"], "cameo_roots": ["04"]`),
		"empty target":     event(`"source": ["FRA"], "target": [], "cameo_roots": ["04"]`),
		"no code":          event(`"source": ["FRA"], "target": ["DEU"]`),
		"root of 3 digits": event(`"source": ["FRA"], "target": ["DEU"], "cameo_roots": ["042"]`),
		"bad date":         event(`"source": ["FRA"], "target": ["DEU"], "cameo_roots": ["04"], "date": "June 2024"`),
		"alt without date": event(`"source": ["FRA"], "target": ["DEU"], "cameo_roots": ["04"], "date_alt": ["2024"]`),
		"actor not string": event(`"source": [3], "target": ["DEU"], "cameo_roots": ["04"]`),
		"duplicate id": `{"documents": [{"file": "a.txt", "events": [
			{"id": "e", "source": ["FRA"], "target": ["DEU"], "cameo_roots": ["04"], "evidence": "x"},
			{"id": "e", "source": ["FRA"], "target": ["DEU"], "cameo_roots": ["04"], "evidence": "y"}]}]}`,
		"bad published":  `{"documents": [{"file": "a.txt", "published": "yesterday"}]}`,
		"bad mention":    `{"documents": [{"file": "001.txt"}], "across_documents": [{"mentions": ["001:nope"]}]}`,
		"empty evidence": event(`"source": ["FRA"], "target": ["DEU"], "cameo_roots": ["04"], "evidence": " "`),
	} {
		if _, err := ReadSeedGold(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestBaselineFigures(t *testing.T) {
	b, err := ReadBaseline(strings.NewReader(`{"seeds.recall": 0.5, "seeds.no_event_violations_max": 0, "seeds.headings_ok": 1,
		"plover.accuracy": 0.4, "plover.records": 161}`))
	if err != nil {
		t.Fatal(err)
	}
	seeds := SeedsReport{Required: 4, RequiredFound: 2, NoEventViolations: 1, HeadingLines: 1}
	if got := b.CheckFigures("seeds", seeds.Figures()); len(got) != 1 || !strings.Contains(got[0], "no_event_violations_max: 1 above baseline 0") {
		t.Errorf("seeds: %q", got)
	}
	plover := PloverReport{Records: 161, Right: 60}
	if got := b.CheckFigures("plover", plover.Figures()); len(got) != 1 || !strings.Contains(got[0], "plover.accuracy") {
		t.Errorf("plover: %q", got)
	}
	if got := (Baseline{"seeds.pass_rate": 1}).CheckFigures("seeds", seeds.Figures()); len(got) != 1 || !strings.Contains(got[0], "unknown") {
		t.Errorf("a petrarch figure for seeds: %q", got)
	}
}

// TestSeedsShared scores the real seed documents with the built-in
// dictionaries: a check that the gold reads and every document is found
// and coded, not of the figures.
func TestSeedsShared(t *testing.T) {
	dir := sharedtest.Dir(t, "gold")
	raw, err := os.ReadFile(filepath.Join(dir, "seeds.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var loose struct {
		Documents []struct {
			Events []struct {
				Required bool `json:"required"`
			} `json:"events"`
		} `json:"documents"`
		Across []json.RawMessage `json:"across_documents"`
	}
	if err := json.Unmarshal(raw, &loose); err != nil {
		t.Fatal(err)
	}
	required, all := 0, 0
	for _, d := range loose.Documents {
		for _, e := range d.Events {
			all++
			if e.Required {
				required++
			}
		}
	}
	g, err := ReadSeedGold(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
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
	rep, err := RunSeeds(ctx, g, filepath.Join(dir, "..", "seeds"), pipeline.New(c))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Documents) != len(loose.Documents) || rep.Required != required || rep.Required+rep.Optional != all {
		t.Errorf("%d documents, %d required of %d events; the gold has %d, %d of %d",
			len(rep.Documents), rep.Required, rep.Required+rep.Optional, len(loose.Documents), required, all)
	}
	if rep.AcrossGroups != len(loose.Across) || len(rep.Problems) > 0 {
		t.Errorf("across groups %d, want %d; problems %q", rep.AcrossGroups, len(loose.Across), rep.Problems)
	}
	for _, d := range rep.Documents {
		if d.Coded == 0 {
			t.Errorf("%s: nothing coded", d.File)
		}
	}
	t.Logf("seeds, built-in dictionaries: recall %.3f precision %.3f", rep.Recall(), rep.Precision())
}

func FuzzReadSeedGold(f *testing.F) {
	if b, err := os.ReadFile("testdata/gold/seeds-mini.gold.json"); err == nil {
		f.Add(string(b))
	}
	f.Add(`{"documents": [{"file": "a.txt", "events": [{"id": "e", "source": ["FRA", null], "target": [null], "plover": ["AGREE"], "evidence": "x", "date": "2024-06"}]}]}`)
	f.Add(`{"documents": [{"file": "001.txt", "events": [{"id": "e", "source": ["A"], "target": ["B"], "cameo_roots": ["01"], "evidence": "e"}]}], "across_documents": [{"mentions": ["001:e", ":e", "0"]}]}`)
	f.Add(`{"documents": [{"file": "a", "metonyms": {"x": "y"}, "relations": [{"kind": "k", "evidence": "e", "since": "2024-1"}]}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ReadSeedGold(strings.NewReader(s))
		if err != nil {
			return
		}
		// Whatever reads must score without panicking, with or without
		// an extraction, and give figures between 0 and 1.
		ex := map[string]Extraction{}
		for i, d := range g.Documents {
			if i%2 == 0 {
				text := strings.Join(append(slices.Clone(d.Boilerplate), d.Headings...), "\n")
				seg := segment.Segment(text)
				ex[d.File] = Extraction{Text: text, Sentences: seg.Sentences, Dropped: seg.Dropped,
					Events: []event.Event{cev("FRA>", "010", "", ""), cev("FRAGOV>DEU", "042", "CONSULT", "2024")}}
			}
		}
		rep := ScoreSeeds(g, ex)
		if r, p := rep.Recall(), rep.Precision(); r < 0 || r > 1 || p < 0 || p > 1 {
			t.Fatalf("recall %v precision %v", r, p)
		}
		if _, err := rep.JSON(); err != nil {
			t.Fatal(err)
		}
		if err := rep.WriteText(&strings.Builder{}); err != nil {
			t.Fatal(err)
		}
	})
}
