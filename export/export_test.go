package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/event"
	"github.com/entente/entente/store"
)

// pact is a canonical event of two mentions, written for these tests.
func pact() store.Event {
	pub := time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC)
	return store.Event{
		ID: 7, Source: store.Actor{Code: "SWEGOV", Principal: "SWE", Person: "Eva Lindqvist"},
		Target: &store.Actor{Code: "NORGOV", Principal: "NOR"}, CAMEO: "057",
		Plover: event.Plover{Type: "AGREE"}, Goldstein: 8, Quad: 1,
		Date:     &event.Date{Value: "2025-03-04", Granularity: "day"},
		Modality: "asserted", Sources: 2, MentionCount: 2, FirstReport: pub, LastReport: pub.Add(time.Hour),
		Mentions: []store.Mention{
			{ID: 1, Event: 7, Doc: "a.txt", DocID: 1, Sentence: event.Span{Start: 10, End: 60, Text: "Norway and Sweden\tsigned a pact."},
				SentenceIndex: 1, Paragraph: 1, Source: event.Actor{Code: "NOR", Text: "Norway"}, Target: &event.Actor{Code: "SWE", Text: "Sweden"},
				SourceSpan: &store.Span{Start: 10, End: 16}, CAMEO: "057", Modality: "asserted", Published: &pub, Outlet: "Wire", DocBytes: 400},
			{ID: 2, Event: 7, Doc: "b.txt", DocID: 2, Sentence: event.Span{Start: 0, End: 30, Text: "Lindqvist signed with Berg."},
				SentenceIndex: 4, Paragraph: 3, Source: event.Actor{Code: "SWEGOV", Text: "Lindqvist"}, CAMEO: "057",
				Modality: "asserted", Outlet: "Other", URL: "https://example.org/b", DocBytes: 90},
		},
	}
}

func TestGDELT(t *testing.T) {
	var ev, mb bytes.Buffer
	we, err := GDELTEvents(&ev, true)
	if err != nil {
		t.Fatal(err)
	}
	wm, err := GDELTMentions(&mb, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []*Writer[store.Event]{we, wm} {
		if err := w.Write(pact()); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	lines := strings.Split(strings.TrimSuffix(ev.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("events table: %d lines, want a header and one row", len(lines))
	}
	head, row := strings.Split(lines[0], "\t"), strings.Split(lines[1], "\t")
	if len(head) != 61 || len(row) != 61 {
		t.Fatalf("events table: %d and %d columns, want GDELT's 61", len(head), len(row))
	}
	col := func(name string) string {
		for i, h := range head {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for name, want := range map[string]string{
		"GLOBALEVENTID": "7", "SQLDATE": "20250304", "MonthYear": "202503", "Year": "2025",
		"Actor1Code": "SWEGOV", "Actor1Name": "EVA LINDQVIST", "Actor1CountryCode": "SWE", "Actor1Type1Code": "GOV",
		"Actor2Code": "NORGOV", "Actor2Name": "NORWAY", "Actor2CountryCode": "NOR",
		"IsRootEvent": "1", "EventCode": "057", "EventBaseCode": "057", "EventRootCode": "05", "QuadClass": "1",
		"GoldsteinScale": "8", "NumMentions": "2", "NumSources": "2", "NumArticles": "2",
		"DATEADDED": "20250304093000", "SOURCEURL": "",
	} {
		if got := col(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	ms := strings.Split(strings.TrimSuffix(mb.String(), "\n"), "\n")
	if len(ms) != 2 {
		t.Fatalf("mentions table: %d rows, want 2 (no header)", len(ms))
	}
	first := strings.Split(ms[0], "\t")
	if len(first) != 16 || first[0] != "7" || first[3] != "6" || first[5] != "a.txt" || first[6] != "2" || first[7] != "10" || first[8] != "-1" {
		t.Errorf("first mention row %q", first)
	}
	if second := strings.Split(ms[1], "\t"); second[3] != "1" || second[5] != "https://example.org/b" {
		t.Errorf("a mention with a URL is a web mention named by it: %q", second)
	}
	if strings.Count(ms[0], "\t") != 15 {
		t.Errorf("a tab inside a sentence leaked into the table: %q", ms[0])
	}
}

func TestPLOVER(t *testing.T) {
	var b bytes.Buffer
	w, err := PLOVER(&b)
	if err != nil {
		t.Fatal(err)
	}
	statement := pact()
	statement.CAMEO, statement.Plover = "010", event.Plover{}
	for _, e := range []store.Event{pact(), statement} {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines, want one (PLOVER leaves out statements)", len(lines))
	}
	var got struct {
		ID, Date, Event, Text, Version string
		Source, Target                 []struct{ ActorText, Code, Sector string }
		Entente                        struct {
			CAMEO    string
			Sources  int
			Mentions []json.RawMessage
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != "entente-7" || got.Date != "2025-03-04" || got.Event != "AGREE" || len(got.Source) != 1 || got.Source[0].Code != "SWE" ||
		got.Source[0].Sector != "GOV" || got.Source[0].ActorText != "Sweden" || got.Target[0].Code != "NOR" ||
		got.Entente.CAMEO != "057" || got.Entente.Sources != 2 || len(got.Entente.Mentions) != 2 {
		t.Errorf("PLOVER event %+v", got)
	}
}

func TestListFormats(t *testing.T) {
	for _, format := range []string{Table, CSV, JSONL} {
		var b bytes.Buffer
		w, err := Events(&b, format)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(pact()); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		switch format {
		case CSV:
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) != 2 || len(recs[0]) != len(eventColumns.header) || recs[1][0] != "7" || recs[0][0] != "id" {
				t.Errorf("csv %q, %v", out, err)
			}
		case Table:
			if !strings.HasPrefix(out, "ID") || !strings.Contains(out, "SWEGOV") || strings.Count(out, "\n") != 2 {
				t.Errorf("table %q", out)
			}
		case JSONL:
			var e store.Event
			if err := json.Unmarshal([]byte(out), &e); err != nil || e.ID != 7 || len(e.Mentions) != 2 || e.Mentions[0].Sentence.Text == "" {
				t.Errorf("jsonl %q, %v", out, err)
			}
		}
	}
	if _, err := Events(&bytes.Buffer{}, "xml"); err == nil {
		t.Errorf("an unknown format is accepted")
	}
	// An empty CSV still names its columns.
	var b bytes.Buffer
	w, _ := Relations(&b, CSV)
	if err := w.Close(); err != nil || !strings.HasPrefix(b.String(), "id,type,parties") {
		t.Errorf("empty csv %q, %v", b.String(), err)
	}
	if got := tableCell(strings.Repeat("é", 100)); len([]rune(got)) != 60 {
		t.Errorf("a long cell keeps %d runes", len([]rune(got)))
	}
}
