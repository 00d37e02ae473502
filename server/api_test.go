package server

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/entente/entente/store"
)

func TestEventsList(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var all EventList
	getJSON(t, ts.URL+"/api/events?limit=1000", http.StatusOK, &all)
	if all.Total < 8 || len(all.Events) != all.Total {
		t.Fatalf("events: %d of %d; want every event of the fixture (at least 8)", len(all.Events), all.Total)
	}
	merged := false
	for _, e := range all.Events {
		if len(e.Mentions) == 0 || len(e.Mentions) != e.MentionCount {
			t.Errorf("event %d: %d mentions given, mention_count %d", e.ID, len(e.Mentions), e.MentionCount)
		}
		if len(e.Documents) != e.Sources {
			t.Errorf("event %d: %d documents, %d sources", e.ID, len(e.Documents), e.Sources)
		}
		if e.Link == "" || e.SourceName == "" || e.Label == "" {
			t.Errorf("event %d lacks its link, names or label: %+v", e.ID, e)
		}
		merged = merged || e.Sources > 1
	}
	if !merged {
		t.Error("no event reported by two documents: the two pact articles should merge")
	}

	count := func(query string) (EventList, int) {
		var l EventList
		getJSON(t, ts.URL+"/api/events?"+query, http.StatusOK, &l)
		return l, l.Total
	}
	for _, tc := range []struct {
		query string
		keep  func(e Event) bool
	}{
		{"actor=RUS", func(e Event) bool {
			return e.Source.Principal == "RUS" || e.Target != nil && e.Target.Principal == "RUS"
		}},
		{"actor=rusgov", func(e Event) bool { return e.Source.Code == "RUSGOV" || e.Target != nil && e.Target.Code == "RUSGOV" }},
		{"actor=IGO*", func(e Event) bool {
			return strings.HasPrefix(e.Source.Code, "IGO") || e.Target != nil && strings.HasPrefix(e.Target.Code, "IGO")
		}},
		{"source=USA&target=PRK", func(e Event) bool {
			return e.Source.Principal == "USA" && e.Target != nil && e.Target.Principal == "PRK"
		}},
		{"dyad=PRK,RUS", func(e Event) bool {
			return e.Target != nil && (e.Source.Principal == "PRK" && e.Target.Principal == "RUS" ||
				e.Source.Principal == "RUS" && e.Target.Principal == "PRK")
		}},
		{"cameo=04", func(e Event) bool { return strings.HasPrefix(e.CAMEO, "04") }},
		{"plover=accuse", func(e Event) bool { return e.Plover.Type == "ACCUSE" }},
		{"min_sources=2", func(e Event) bool { return e.Sources >= 2 }},
		{"from=2024-06-20&to=2024-06-20", func(e Event) bool { return e.Date != nil && strings.HasPrefix(e.Date.Value, "2024-06-20") }},
		{"to=2024-06", func(e Event) bool { return e.Date != nil && e.Date.Value < "2024-07" }},
		{"modality=asserted", func(e Event) bool { return e.Modality == "asserted" }},
		{"q=artillery", func(e Event) bool {
			return slices.ContainsFunc(e.Mentions, func(m store.Mention) bool { return strings.Contains(m.Sentence.Text, "artillery") })
		}},
	} {
		got, n := count(tc.query + "&limit=1000")
		want := 0
		for _, e := range all.Events {
			if tc.keep(e) {
				want++
			}
		}
		if n != want || len(got.Events) != n || want == 0 {
			t.Errorf("%s: %d events (%d listed), want %d (and more than none)", tc.query, n, len(got.Events), want)
		}
		for _, e := range got.Events {
			if !tc.keep(e) {
				t.Errorf("%s: event %d does not match: %+v", tc.query, e.ID, e.Event)
			}
		}
	}

	// Paging: pages of two add up to the whole list, in order.
	var ids []int64
	link := "/api/events?limit=2&mentions=false"
	for link != "" {
		var p EventList
		getJSON(t, ts.URL+link, http.StatusOK, &p)
		if len(p.Events) > 2 || p.Total != all.Total {
			t.Fatalf("%s: %d events of %d", link, len(p.Events), p.Total)
		}
		for _, e := range p.Events {
			if len(e.Mentions) != 0 {
				t.Fatalf("mentions=false gave mentions")
			}
			ids = append(ids, e.ID)
		}
		link = p.Next
	}
	var want []int64
	for _, e := range all.Events {
		want = append(want, e.ID)
	}
	if !slices.Equal(ids, want) {
		t.Errorf("paged ids %v, want %v", ids, want)
	}
	// mention_limit cuts the mentions a list gives, not the sources.
	cut, _ := count("min_sources=2&mention_limit=1")
	for _, e := range cut.Events {
		if len(e.Mentions) != 1 || !e.MentionsTruncated || len(e.Documents) != e.Sources {
			t.Errorf("mention_limit=1: event %d has %d mentions (truncated %v), %d documents of %d sources", e.ID,
				len(e.Mentions), e.MentionsTruncated, len(e.Documents), e.Sources)
		}
	}
	byDate, _ := count("order=sources&limit=1000")
	if len(byDate.Events) > 1 && byDate.Events[0].Sources < byDate.Events[len(byDate.Events)-1].Sources {
		t.Errorf("order=sources: first has %d sources, last %d", byDate.Events[0].Sources, byDate.Events[len(byDate.Events)-1].Sources)
	}
}

func TestBadRequests(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	for _, tc := range []struct {
		path   string
		status int
		param  string
	}{
		{"/api/events?limit=0", 400, "limit"},
		{"/api/events?limit=100000", 400, "limit"},
		{"/api/events?limit=ten", 400, "limit"},
		{"/api/events?offset=-1", 400, "offset"},
		{"/api/events?from=yesterday", 400, "from"},
		{"/api/events?from=2024-13-01", 400, "from"},
		{"/api/events?from=2024-07&to=2024-06", 400, "to"},
		{"/api/events?actor=R%20US", 400, "actor"},
		{"/api/events?actor=*", 400, "actor"},
		{"/api/events?cameo=4a", 400, "cameo"},
		{"/api/events?plover=not-a-type", 400, "plover"},
		{"/api/events?dyad=RUS", 400, "dyad"},
		{"/api/events?dyad=RUS,PRK&source=RUS", 400, "dyad"},
		{"/api/events?modality=maybe", 400, "modality"},
		{"/api/events?min_sources=-2", 400, "min_sources"},
		{"/api/events?q=-only", 400, "q"},
		{"/api/events?order=random", 400, "order"},
		{"/api/events?mentions=perhaps", 400, "mentions"},
		{"/api/events?mention_limit=0", 400, "mention_limit"},
		{"/api/events?actor=RUS&actor=PRK", 400, "actor"},
		{"/api/events?acter=RUS", 400, "acter"},
		{"/api/events/abc", 400, "id"},
		{"/api/events/0", 400, "id"},
		{"/api/events/99999", 404, ""},
		{"/api/events/1?x=1", 400, "x"},
		{"/api/documents/99999", 404, ""},
		{"/api/documents?from=soon", 400, "from"},
		{"/api/relations/99999", 404, ""},
		{"/api/relations?type=friendship", 400, "type"},
		{"/api/relations?status=rumoured", 400, "status"},
		{"/api/actors?kind=alien", 400, "kind"},
		{"/api/actors/R%20US", 400, "code"},
		{"/api/search", 400, "q"},
		{"/api/search?q=%22", 400, "q"},
		{"/api/timeline?limit=9000", 400, "limit"},
		{"/api/graph?min_events=0", 400, "min_events"},
		{"/api/cascade", 400, "target"},
		{"/api/cascade?target=North%20Korea", 400, "target"},
		{"/api/cascade?target=PRK&at=June", 400, "at"},
		{"/api/cascade?target=PRK", 501, ""},
		{"/api/nothing", 404, ""},
	} {
		var body errorBody
		getJSON(t, ts.URL+tc.path, tc.status, &body)
		if body.Error.Status != tc.status || body.Error.Message == "" || body.Error.Param != tc.param {
			t.Errorf("%s: error %+v, want status %d, param %q", tc.path, body.Error, tc.status, tc.param)
		}
	}
	res, err := http.Post(ts.URL+"/api/events", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /api/events: %d, want 405", res.StatusCode)
	}
}

func TestEventDetail(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var l EventList
	getJSON(t, ts.URL+"/api/events?min_sources=2&mentions=false", http.StatusOK, &l)
	if len(l.Events) == 0 {
		t.Fatal("no event with two sources")
	}
	var e Event
	getJSON(t, ts.URL+"/api/events/"+itoa(l.Events[0].ID), http.StatusOK, &e)
	if e.ID != l.Events[0].ID || len(e.Mentions) != e.MentionCount || len(e.Documents) < 2 {
		t.Fatalf("event %d: %d mentions (count %d), %d documents", e.ID, len(e.Mentions), e.MentionCount, len(e.Documents))
	}
	for _, m := range e.Mentions {
		if m.Event != e.ID || m.Sentence.Text == "" || m.DocID == 0 {
			t.Errorf("mention %+v", m)
		}
		if m.SourceSpan != nil && m.SourceSpan.End > m.DocBytes {
			t.Errorf("mention %d: source span %v beyond the document", m.ID, m.SourceSpan)
		}
	}
}

func TestDocuments(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var l DocumentList
	getJSON(t, ts.URL+"/api/documents", http.StatusOK, &l)
	if l.Total != 4 || len(l.Documents) != 4 {
		t.Fatalf("documents: %d of %d, want the 4 fixture articles", len(l.Documents), l.Total)
	}
	var d Document
	getJSON(t, ts.URL+"/api/documents/"+itoa(l.Documents[0].ID), http.StatusOK, &d)
	if d.Text == "" || len(d.Sentences) == 0 || len(d.Highlights) == 0 {
		t.Fatalf("document %d: %d bytes of text, %d sentences, %d highlights", d.ID, len(d.Text), len(d.Sentences), len(d.Highlights))
	}
	for _, h := range d.Highlights {
		if h.Start < 0 || h.End > len(d.Text) || h.Start >= h.End {
			t.Errorf("highlight %+v outside the text", h)
		}
	}
	var q DocumentList
	getJSON(t, ts.URL+"/api/documents?q=Hanoi", http.StatusOK, &q)
	if q.Total != 1 {
		t.Errorf("documents?q=Hanoi: %d, want 1", q.Total)
	}
}

func TestActorsAndPersons(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var l ActorList
	getJSON(t, ts.URL+"/api/persons", http.StatusOK, &l)
	var putin *Actor
	for i, a := range l.Actors {
		if a.Kind != "person" {
			t.Errorf("persons lists %+v", a)
		}
		if a.Name == "Vladimir Putin" {
			putin = &l.Actors[i]
		}
	}
	if putin == nil || len(putin.Terms) == 0 || putin.Link != "/actors/RUS" {
		t.Fatalf("Vladimir Putin: %+v; want him with his terms from the dictionaries", putin)
	}
	var codes ActorList
	getJSON(t, ts.URL+"/api/actors?kind=actor&q=RUS", http.StatusOK, &codes)
	if codes.Total == 0 || codes.Actors[0].DisplayName == "" || !strings.HasPrefix(codes.Actors[0].Code, "RUS") {
		t.Fatalf("actors?kind=actor&q=RUS: %+v", codes)
	}
	var d ActorDetail
	getJSON(t, ts.URL+"/api/actors/RUS", http.StatusOK, &d)
	if d.Name != "Russia" || d.Type != "state" || d.Events == 0 || d.AsSource+d.AsTarget < d.Events || len(d.Partners) == 0 {
		t.Fatalf("actor RUS: %+v", d)
	}
	if !slices.ContainsFunc(d.Persons, func(a Actor) bool { return a.Name == "Vladimir Putin" }) {
		t.Errorf("actor RUS: persons %+v lack Putin", d.Persons)
	}
	if len(d.DictionaryPersons) == 0 {
		t.Error("actor RUS: the dictionaries know other Russian office holders")
	}
	var unknown ActorDetail
	getJSON(t, ts.URL+"/api/actors/QQQ", http.StatusOK, &unknown)
	if unknown.Known || unknown.Events != 0 {
		t.Errorf("actor QQQ: %+v", unknown)
	}
}

func TestRelationsAndSearch(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var l RelationList
	getJSON(t, ts.URL+"/api/relations?evidence=true", http.StatusOK, &l)
	if l.Total == 0 {
		t.Fatal("no relations: the arms-supply accusation should give one")
	}
	for _, r := range l.Relations {
		if len(r.Evidence) == 0 {
			t.Errorf("relation %d without evidence", r.ID)
		}
	}
	var r store.Relation
	getJSON(t, ts.URL+"/api/relations/"+itoa(l.Relations[0].ID), http.StatusOK, &r)
	if r.ID != l.Relations[0].ID || len(r.Evidence) == 0 {
		t.Errorf("relation %d: %+v", l.Relations[0].ID, r)
	}
	var s SearchResult
	getJSON(t, ts.URL+"/api/search?q="+url.QueryEscape(`"artillery shells"`), http.StatusOK, &s)
	if s.Total != 2 || len(s.Hits) != 2 {
		t.Fatalf("search: %d hits, want the 2 sentences", s.Total)
	}
	for _, h := range s.Hits {
		if len(h.Matches) == 0 {
			t.Errorf("hit without matches: %+v", h)
		}
		for _, m := range h.Matches {
			if got := strings.ToLower(h.Sentence.Text[m.Start:m.End]); got != "artillery" && got != "shells" {
				t.Errorf("match %q", got)
			}
		}
	}
	var st store.Stats
	getJSON(t, ts.URL+"/api/stats", http.StatusOK, &st)
	if st.Documents != 4 || st.Events == 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestGraphAndTimeline(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var g Graph
	getJSON(t, ts.URL+"/api/graph", http.StatusOK, &g)
	nodes := map[string]GraphNode{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n
	}
	for _, code := range []string{"RUS", "PRK", "USA", "VNM", "IGOWSTNAT"} {
		if _, ok := nodes[code]; !ok {
			t.Errorf("graph lacks node %s: %v", code, g.Nodes)
		}
	}
	if nodes["IGOWSTNAT"].Type != "organization" || nodes["RUS"].Type != "state" || nodes["RUS"].Label != "Russia" {
		t.Errorf("nodes %+v %+v", nodes["IGOWSTNAT"], nodes["RUS"])
	}
	kinds := map[string]int{}
	for _, e := range g.Edges {
		kinds[e.Kind]++
		if _, ok := nodes[e.Source]; !ok {
			t.Errorf("edge %s from a missing node", e.ID)
		}
		if _, ok := nodes[e.Target]; !ok {
			t.Errorf("edge %s to a missing node", e.ID)
		}
		if e.Color == "" || e.Link == "" {
			t.Errorf("edge %+v lacks colour or link", e)
		}
		if e.Kind == edgeEvents && (e.Events == 0 || e.Quads[0]+e.Quads[1]+e.Quads[2]+e.Quads[3] != e.Events) {
			t.Errorf("events edge %+v", e)
		}
	}
	if kinds[edgeEvents] == 0 || kinds["arms_supply"] == 0 {
		t.Errorf("edge kinds %v: want events and the arms_supply relation", kinds)
	}
	var only Graph
	getJSON(t, ts.URL+"/api/graph?actor=VNM&relations=false", http.StatusOK, &only)
	for _, e := range only.Edges {
		if e.Source != "VNM" && e.Target != "VNM" || e.Kind != edgeEvents {
			t.Errorf("actor=VNM&relations=false drew %+v", e)
		}
	}

	var tl Timeline
	getJSON(t, ts.URL+"/api/timeline", http.StatusOK, &tl)
	if len(tl.Groups) != 4 || len(tl.Items)+tl.Undated != tl.Total || len(tl.Items) == 0 {
		t.Fatalf("timeline: %d items, %d undated, %d total, %d groups", len(tl.Items), tl.Undated, tl.Total, len(tl.Groups))
	}
	for i, it := range tl.Items {
		if it.Start == "" || it.Group < 1 || it.Group > 4 || it.Label == "" || (it.Type == "range") != (it.End != "") {
			t.Errorf("item %+v", it)
		}
		if i > 0 && it.Start < tl.Items[i-1].Start {
			t.Errorf("items out of order: %s after %s", it.Start, tl.Items[i-1].Start)
		}
	}
}

func TestGoldsteinColor(t *testing.T) {
	for g, want := range map[float64]string{-10: "#b71c1c", -20: "#b71c1c", 0: "#9e9e9e", 10: "#1b7a2e", 5: "#5d8c66"} {
		if got := GoldsteinColor(g); got != want {
			t.Errorf("GoldsteinColor(%v) = %s, want %s", g, got, want)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
