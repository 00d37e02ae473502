package server

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/entente/entente/examples/demo"
	"github.com/entente/entente/internal/sharedtest"
)

// TestDemoCorpus is what `entente demo` shows: the bundled corpus,
// ingested twice (the second time changes nothing), gives a timeline, a
// network and events with several sources.
func TestDemoCorpus(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "demo.db")
	db, first, err := ingestInto(ctx, path, demo.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, again, err := ingestInto(ctx, path, demo.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if first.Stored < 20 || again.Stored != 0 || again.Duplicates != first.Stored {
		t.Fatalf("first run stored %d, second %d with %d already there; want at least 20, then none new", first.Stored,
			again.Stored, again.Duplicates)
	}
	ts := serveStore(t, db, Options{})
	var l EventList
	getJSON(t, ts.URL+"/api/events?min_sources=2&limit=1000", http.StatusOK, &l)
	if l.Total < 5 {
		t.Errorf("%d events reported by two or more articles; the corpus tells several events more than once", l.Total)
	}
	var tl Timeline
	getJSON(t, ts.URL+"/api/timeline", http.StatusOK, &tl)
	var g Graph
	getJSON(t, ts.URL+"/api/graph", http.StatusOK, &g)
	if len(tl.Items) < 50 || len(g.Nodes) < 10 || len(g.Edges) < 10 {
		t.Errorf("timeline %d items, graph %d nodes and %d edges: want a full picture", len(tl.Items), len(g.Nodes), len(g.Edges))
	}
	t.Logf("demo corpus: %d articles, %d events (%d with two or more sources), %d timeline items, %d nodes, %d edges",
		first.Stored, first.NewEvents, l.Total, len(tl.Items), len(g.Nodes), len(g.Edges))
}

// TestSeedsEvents is the check: with the seed stories ingested,
// /api/events gives at least 10 events, each with its mentions.
func TestSeedsEvents(t *testing.T) {
	seeds := sharedtest.Dir(t, "seeds")
	db, _, err := ingestInto(context.Background(), filepath.Join(t.TempDir(), "seeds.db"), nil, seeds)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ts := serveStore(t, db, Options{})
	var l EventList
	getJSON(t, ts.URL+"/api/events?limit=1000", http.StatusOK, &l)
	if len(l.Events) < 10 {
		t.Fatalf("%d events from the seeds, want at least 10", len(l.Events))
	}
	for _, e := range l.Events {
		if len(e.Mentions) == 0 || len(e.Mentions) != e.MentionCount {
			t.Errorf("event %d has %d mentions, mention_count %d", e.ID, len(e.Mentions), e.MentionCount)
		}
		for _, m := range e.Mentions {
			if m.Sentence.Text == "" || m.Doc == "" {
				t.Errorf("event %d: mention %d lacks its sentence or document", e.ID, m.ID)
			}
		}
	}
	t.Logf("seeds: %d events, each with its mentions", len(l.Events))
}
