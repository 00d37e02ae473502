package pipeline

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/document"
)

func builtinPipeline(t *testing.T) *Pipeline {
	t.Helper()
	set, err := dict.LoadFS(context.Background(), builtin.FS(), "builtin")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Problems) > 0 {
		t.Fatalf("built-in dictionaries: %d problems, first %s", len(set.Problems), set.Problems[0])
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return New(c)
}

// TestCode codes a short wire story written for this test and checks the
// events against what a reader would extract, and that every event points
// back into its sentence.
func TestCode(t *testing.T) {
	p := builtinPipeline(t)
	text := "Talks in Geneva\n\n" +
		"GENEVA, March 3 (Test Wire) - Japan's foreign minister visited Canada on Monday.\n\n" +
		"The Canadian government condemned North Korea, while Japan praised Canada.\n\n" +
		"Share this article\n"
	doc := document.Document{ID: "t.txt", Text: text, Published: time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)}
	events := p.Code(doc)
	var got []string
	for _, e := range events {
		tgt := ""
		if e.Target != nil {
			tgt = e.Target.Code
		}
		got = append(got, e.Source.Code+">"+tgt+":"+e.CAMEO[:2])
		if s := e.Sentence; text[s.Start:s.End] != s.Text {
			t.Errorf("sentence span %d-%d does not hold %q", s.Start, s.End, s.Text)
		}
		if !strings.Contains(e.Sentence.Text, e.Source.Text) {
			t.Errorf("source text %q not in sentence %q", e.Source.Text, e.Sentence.Text)
		}
		if e.ID == "" || e.Plover.Type == "" || e.Date == nil || e.Date.Value != "2025-03-03" {
			t.Errorf("incomplete event %+v", e)
		}
		// "on Monday" (the day of publication) dates the visit; the other
		// sentence has no date of its own.
		want := "document"
		if strings.Contains(e.Sentence.Text, "Monday") {
			want = "day"
		}
		if e.Date != nil && e.Date.Granularity != want {
			t.Errorf("%q: date %+v, want granularity %s", e.Sentence.Text, *e.Date, want)
		}
	}
	for _, want := range []string{"JPNGOV>CAN:04", "CANGOV>PRK:11", "JPN>CAN:05"} {
		found := false
		for _, g := range got {
			if g == want {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %s in %v", want, got)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, "CHE") {
			t.Errorf("the dateline city became an actor: %v", got)
		}
	}
	// Re-coding gives the same ids.
	again := p.Code(doc)
	for i := range again {
		if again[i].ID != events[i].ID {
			t.Fatalf("event ids are not stable")
		}
	}
}

func TestStats(t *testing.T) {
	p := builtinPipeline(t)
	st := p.Stats(document.Document{ID: "x", Text: "Japan praised Canada. Canada thanked Japan."})
	if st.Sentences != 2 || st.Events < 2 {
		t.Errorf("stats %+v, want 2 sentences and at least 2 events", st)
	}
}
