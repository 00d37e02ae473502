package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/event"
	"github.com/entente/entente/store"
)

// Open returns a new, empty store for one test; the test's cleanup closes
// and removes it.
type Open func(t *testing.T) *store.DB

// Run runs the conformance suite against the stores open makes.
func Run(t *testing.T, open Open) {
	for _, tc := range []struct {
		name string
		fn   func(*testing.T, *store.DB)
	}{
		{"PutAndDuplicates", testPut},
		{"CanonicalEvents", testCanonical},
		{"OrderOfDocuments", testOrder},
		{"EventFilters", testFilters},
		{"EventPaging", testPaging},
		{"Document", testDocument},
		{"Relations", testRelations},
		{"Actors", testActors},
		{"Search", testSearch},
		{"Scan", testScan},
		{"OddText", testOddText},
		{"BadQueries", testBadQueries},
		{"ActorOnBothSides", testBothSides},
		{"ConcurrentWriters", testConcurrent},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func put(t *testing.T, db *store.DB, ins ...store.Input) []store.PutResult {
	t.Helper()
	res, err := db.Put(context.Background(), ins...)
	if err != nil {
		t.Fatalf("Put: %v", err)
	}
	return res
}

func putAll(t *testing.T, db *store.DB) {
	t.Helper()
	put(t, db, docA(t), docB(t))
	put(t, db, docC(t))
}

func stats(t *testing.T, db *store.DB) store.Stats {
	t.Helper()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testPut(t *testing.T, db *store.DB) {
	ctx := context.Background()
	a := docA(t)
	res := put(t, db, a)
	if res[0].Duplicate || res[0].DocID == 0 || res[0].Mentions != 5 || res[0].Hash != store.Hash(a.Document.Text) {
		t.Fatalf("first put: %+v", res[0])
	}
	if has, err := db.Has(ctx, res[0].Hash); err != nil || !has {
		t.Errorf("Has after put = %v, %v", has, err)
	}
	if has, _ := db.Has(ctx, store.Hash("other")); has {
		t.Errorf("Has reports a text never stored")
	}
	before := stats(t, db)
	// The same text again, under another name and in a batch with itself:
	// nothing changes.
	again := docA(t)
	again.Document.ID = "renamed.txt"
	res = put(t, db, again, docA(t))
	for _, r := range res {
		if !r.Duplicate || r.DocID != res[0].DocID {
			t.Errorf("re-put: %+v, want a duplicate of document %d", r, res[0].DocID)
		}
	}
	if after := stats(t, db); after != before {
		t.Errorf("re-put changed the store: %+v, was %+v", after, before)
	}
	// A batch holding a new document twice stores it once.
	res = put(t, db, docB(t), docB(t))
	if res[0].Duplicate || !res[1].Duplicate || res[1].DocID != res[0].DocID {
		t.Errorf("batch with a repeat: %+v", res)
	}
	if s := stats(t, db); s.Documents != 2 || s.Mentions != 9 {
		t.Errorf("stats %+v, want 2 documents and 9 mentions", s)
	}
	if res, err := db.Put(ctx); err != nil || res != nil {
		t.Errorf("empty Put = %v, %v", res, err)
	}
}

// eventOf returns the events whose mentions hold words.
func find(t *testing.T, db *store.DB, q store.EventQuery, words string) []store.Event {
	t.Helper()
	q.Mentions, q.Limit = true, store.MaxLimit
	p, err := db.Events(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	var out []store.Event
	for _, e := range p.Items {
		for _, m := range e.Mentions {
			if strings.Contains(m.Sentence.Text, words) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func one(t *testing.T, db *store.DB, words string) store.Event {
	t.Helper()
	return oneOf(t, db, store.EventQuery{}, words)
}

func oneOf(t *testing.T, db *store.DB, q store.EventQuery, words string) store.Event {
	t.Helper()
	evs := find(t, db, q, words)
	if len(evs) != 1 {
		t.Fatalf("%d events mentioned with %q, want 1", len(evs), words)
	}
	return evs[0]
}

func testCanonical(t *testing.T, db *store.DB) {
	putAll(t, db)
	s := stats(t, db)
	if s.Documents != 3 || s.Mentions != 12 || s.Events != 8 {
		t.Fatalf("stats %+v, want 3 documents, 12 mentions, 8 canonical events", s)
	}
	pact := one(t, db, "signed a mutual defence pact")
	if pact.Sources != 3 || pact.MentionCount != 4 || len(pact.Mentions) != 4 || pact.CAMEO != "057" {
		t.Errorf("pact: %d sources, %d mentions (%d loaded), code %s; want 3, 4, 057", pact.Sources, pact.MentionCount, len(pact.Mentions), pact.CAMEO)
	}
	if pact.Date == nil || pact.Date.Value != "2025-03-04" || pact.Date.Granularity != "day" {
		t.Errorf("pact date %+v, want the day 2025-03-04", pact.Date)
	}
	var docs []string
	for _, m := range pact.Mentions {
		docs = append(docs, m.Doc)
		if m.Event != pact.ID {
			t.Errorf("mention %d of event %d says event %d", m.ID, pact.ID, m.Event)
		}
	}
	if want := []string{"a.txt", "a.txt", "b.txt", "c.txt"}; !slices.Equal(docs, want) {
		t.Errorf("pact mentions from %v, want %v (earliest report first)", docs, want)
	}
	if !pact.FirstReport.Equal(tue) || !pact.LastReport.Equal(thu) {
		t.Errorf("pact reported %v to %v, want %v to %v", pact.FirstReport, pact.LastReport, tue, thu)
	}
	arrival := one(t, db, "arrived in Oslo")
	if arrival.Sources != 2 || arrival.Source.Principal != "SWE" || arrival.Target == nil || arrival.Target.Principal != "NOR" {
		t.Errorf("arrival %+v: want 2 sources, SWE>NOR", arrival)
	}
	if arrival.Date == nil || arrival.Date.Value != "2025-03-03T21:40Z" {
		t.Errorf("arrival date %+v, want the clock time of the second story", arrival.Date)
	}
	if arrival.Source.Code != "SWEGOV" || arrival.Plover.Type != "CONSULT" {
		t.Errorf("arrival source %+v, PLOVER %+v", arrival.Source, arrival.Plover)
	}
	// The host's planned visit is the guest's visit seen from the host,
	// and a plan: its own event.
	host := one(t, db, "will host Swedish ships")
	if host.CAMEO != "042" || host.Source.Principal != "SWE" || host.Modality != event.Planned || host.Sources != 1 {
		t.Errorf("hosting %+v: want 042 SWE>NOR planned, one source", host)
	}
	supply := oneOf(t, db, store.EventQuery{CAMEO: "072"}, "selling missiles")
	if supply.Modality != event.Alleged {
		t.Errorf("supply modality %q, want alleged", supply.Modality)
	}
	got, err := db.Event(context.Background(), pact.ID)
	if err != nil || got.ID != pact.ID || len(got.Mentions) != 4 {
		t.Errorf("Event(%d) = %d with %d mentions, %v", pact.ID, got.ID, len(got.Mentions), err)
	}
	if _, err := db.Event(context.Background(), 1<<40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event of an unknown id: %v, want ErrNotFound", err)
	}
}

// groups returns the canonical events as sets of mention record ids.
func groups(t *testing.T, db *store.DB) []string {
	t.Helper()
	var out []string
	err := db.ScanEvents(context.Background(), store.EventQuery{Mentions: true}, func(e store.Event) error {
		var keys []string
		for _, m := range e.Mentions {
			keys = append(keys, m.Key)
		}
		slices.Sort(keys)
		out = append(out, strings.Join(keys, " "))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// testOrder ingests the documents in another order, one at a time, and
// expects the same canonical events: merging is incremental.
func testOrder(t *testing.T, db *store.DB) {
	put(t, db, docC(t))
	put(t, db, docB(t))
	put(t, db, docA(t))
	got := groups(t, db)
	want := []string{
		"a.txt-0 b.txt-1", "a.txt-1 a.txt-2 b.txt-0 c.txt-0", "a.txt-3", "a.txt-4", "b.txt-2", "b.txt-3", "c.txt-1", "c.txt-2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("canonical events\n got %q\nwant %q", got, want)
	}
}

func testFilters(t *testing.T, db *store.DB) {
	putAll(t, db)
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	docC := int64(0)
	docs, err := db.Documents(context.Background(), store.DocumentQuery{Name: "c.txt"})
	if err != nil || len(docs.Items) != 1 {
		t.Fatalf("documents named c.txt: %+v, %v", docs, err)
	}
	docC = docs.Items[0].ID
	for _, tc := range []struct {
		name string
		q    store.EventQuery
		want int
	}{
		{"everything", store.EventQuery{}, 8},
		{"actor on either side", store.EventQuery{Actor: "SWE"}, 7},
		{"actor in lower case", store.EventQuery{Actor: "fin"}, 1},
		{"actor code prefix", store.EventQuery{Actor: "NOR*"}, 4},
		{"full actor code", store.EventQuery{Actor: "SWEGOV"}, 2},
		{"directed dyad", store.EventQuery{Source: "SWE", Target: "NOR"}, 4},
		{"directed dyad the other way: only the mutual pact", store.EventQuery{Source: "NOR", Target: "SWE"}, 1},
		{"dyad either way", store.EventQuery{Source: "NOR", Target: "SWE", Dyad: true}, 4},
		{"source alone", store.EventQuery{Source: "RUS"}, 1},
		{"target alone: the mutual pact counts", store.EventQuery{Target: "SWE"}, 3},
		{"CAMEO root", store.EventQuery{CAMEO: "05"}, 2},
		{"CAMEO code", store.EventQuery{CAMEO: "057"}, 1},
		{"PLOVER type", store.EventQuery{PloverType: "consult"}, 2},
		{"modality", store.EventQuery{Modality: "planned"}, 1},
		{"dates within March", store.EventQuery{From: day("2025-03-01"), To: day("2025-04-01")}, 7},
		{"dates within one day", store.EventQuery{From: day("2025-03-04"), To: day("2025-03-05")}, 3},
		{"from April", store.EventQuery{From: day("2025-04-01")}, 1},
		{"dyad and dates", store.EventQuery{Source: "SWE", Target: "NOR", From: day("2025-03-01"), To: day("2025-03-31")}, 3},
		{"two sources", store.EventQuery{MinSources: 2}, 2},
		{"three sources", store.EventQuery{MinSources: 3}, 1},
		{"full text phrase", store.EventQuery{Text: `"defence pact"`}, 1},
		{"full text word", store.EventQuery{Text: "pact"}, 2},
		{"full text exclusion", store.EventQuery{Text: "pact -Russia"}, 1},
		{"full text or", store.EventQuery{Text: "Finland OR Kremlin"}, 2},
		{"document", store.EventQuery{DocID: docC}, 3},
		{"nothing", store.EventQuery{Actor: "ZZZ"}, 0},
	} {
		p, err := db.Events(context.Background(), tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if p.Total != tc.want || len(p.Items) != tc.want {
			t.Errorf("%s: %d events (total %d), want %d", tc.name, len(p.Items), p.Total, tc.want)
		}
	}
}

func testPaging(t *testing.T, db *store.DB) {
	ctx := context.Background()
	putAll(t, db)
	all, err := db.Events(ctx, store.EventQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var pages []store.Event
	for off := 0; off < all.Total; off += 3 {
		p, err := db.Events(ctx, store.EventQuery{Offset: off, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if p.Total != all.Total || p.Offset != off || p.Limit != 3 {
			t.Errorf("page at %d: total %d offset %d limit %d", off, p.Total, p.Offset, p.Limit)
		}
		pages = append(pages, p.Items...)
	}
	if len(pages) != len(all.Items) {
		t.Fatalf("pages hold %d events, the whole list %d", len(pages), len(all.Items))
	}
	for i := range pages {
		if pages[i].ID != all.Items[i].ID {
			t.Errorf("event %d: %d in pages, %d in the list", i, pages[i].ID, all.Items[i].ID)
		}
	}
	for i := 1; i < len(all.Items); i++ {
		if a, b := all.Items[i-1].Date, all.Items[i].Date; a != nil && b != nil && start(a.Value) > start(b.Value) {
			t.Errorf("date order: %s before %s", a.Value, b.Value)
		}
	}
	bySources, err := db.Events(ctx, store.EventQuery{Order: store.OrderSources, Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(bySources.Items) != 2 || bySources.Items[0].Sources != 3 || bySources.Items[1].Sources != 2 {
		t.Errorf("most sourced first: %+v", bySources.Items)
	}
	desc, err := db.Events(ctx, store.EventQuery{Order: store.OrderID, Desc: true, Limit: 1})
	if err != nil || len(desc.Items) != 1 || desc.Items[0].ID != slices.MaxFunc(all.Items, func(a, b store.Event) int { return int(a.ID - b.ID) }).ID {
		t.Errorf("newest id first: %+v, %v", desc.Items, err)
	}
	if p, err := db.Events(ctx, store.EventQuery{}); err != nil || p.Limit != store.DefaultLimit {
		t.Errorf("default limit %d, %v", p.Limit, err)
	}
	if p, err := db.Events(ctx, store.EventQuery{Offset: 100}); err != nil || len(p.Items) != 0 || p.Total != 8 || p.Items == nil {
		t.Errorf("past the end: %+v, %v (want an empty, non-nil page)", p, err)
	}
}

func start(value string) int64 {
	iv, _, _ := canon.Span(value)
	return iv.Lo
}

func testDocument(t *testing.T, db *store.DB) {
	ctx := context.Background()
	res := put(t, db, docA(t))
	v, err := db.Document(ctx, res[0].DocID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Text != storyA || v.Name != "a.txt" || v.Outlet != "Fixture Wire" || v.Hash != store.Hash(storyA) {
		t.Errorf("document %+v", v.Document)
	}
	if v.Published == nil || !v.Published.Equal(tue) {
		t.Errorf("published %v, want %v", v.Published, tue)
	} else if _, off := v.Published.Zone(); off != 3600 {
		t.Errorf("published %v lost its offset", v.Published)
	}
	if v.SentenceCount != len(v.Sentences) || len(v.Sentences) < 7 || v.MentionCount != 5 || v.FactCount != 2 {
		t.Errorf("counts: %d sentences (%d listed), %d mentions, %d facts", v.SentenceCount, len(v.Sentences), v.MentionCount, v.FactCount)
	}
	for i, s := range v.Sentences {
		if s.Index != i || s.Text != storyA[s.Start:s.End] {
			t.Errorf("sentence %d: %+v", i, s)
		}
	}
	if v.Sentences[0].Kind != "title" {
		t.Errorf("first sentence is a %s, want the title", v.Sentences[0].Kind)
	}
	if len(v.Mentions) != 5 || len(v.Facts) != 2 || len(v.Entities) != 2 {
		t.Fatalf("%d mentions, %d facts, %d entities; want 5, 2, 2", len(v.Mentions), len(v.Facts), len(v.Entities))
	}
	m := v.Mentions[0]
	if m.SourceSpan == nil || storyA[m.SourceSpan.Start:m.SourceSpan.End] != "Swedish Prime Minister Eva Lindqvist" {
		t.Errorf("source span %+v", m.SourceSpan)
	}
	if m.Sentence.Text != storyA[m.Sentence.Start:m.Sentence.End] || m.Published == nil {
		t.Errorf("mention %+v", m)
	}
	kinds := map[string]int{}
	for i, h := range v.Highlights {
		kinds[h.Kind]++
		if h.Start < 0 || h.End > len(storyA) || h.Start >= h.End {
			t.Errorf("highlight %+v outside the text", h)
		}
		if i > 0 && v.Highlights[i-1].Start > h.Start {
			t.Errorf("highlights out of order at %d", i)
		}
	}
	if kinds[store.HighlightSource] != 5 || kinds[store.HighlightTarget] != 4 || kinds[store.HighlightEvidence] != 2 || kinds[store.HighlightEntity] != 2 {
		t.Errorf("highlights by kind %v", kinds)
	}
	f := v.Facts[0]
	if f.Type != event.FactDefensePact || f.Evidence.Text != storyA[f.Evidence.Start:f.Evidence.End] || f.Relation == 0 {
		t.Errorf("fact %+v", f)
	}
	if _, err := db.Document(ctx, 1<<40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown document: %v", err)
	}
	put(t, db, docB(t), docC(t))
	for _, tc := range []struct {
		q    store.DocumentQuery
		want []string
	}{
		{store.DocumentQuery{}, []string{"a.txt", "b.txt", "c.txt"}},
		{store.DocumentQuery{Newest: true}, []string{"c.txt", "b.txt", "a.txt"}},
		{store.DocumentQuery{From: thu}, []string{"c.txt"}},
		{store.DocumentQuery{To: thu}, []string{"a.txt", "b.txt"}},
		{store.DocumentQuery{Text: "Kremlin"}, []string{"b.txt"}},
		{store.DocumentQuery{Outlet: "fixture"}, []string{"a.txt", "b.txt", "c.txt"}},
		{store.DocumentQuery{Outlet: "other"}, nil},
		{store.DocumentQuery{Limit: 1, Offset: 1}, []string{"b.txt"}},
	} {
		p, err := db.Documents(ctx, tc.q)
		if err != nil {
			t.Errorf("%+v: %v", tc.q, err)
			continue
		}
		var names []string
		for _, d := range p.Items {
			names = append(names, d.Name)
		}
		if !slices.Equal(names, tc.want) {
			t.Errorf("documents %+v: %v, want %v", tc.q, names, tc.want)
		}
	}
}

func testRelations(t *testing.T, db *store.DB) {
	ctx := context.Background()
	putAll(t, db)
	all, err := db.Relations(ctx, store.RelationQuery{Evidence: true})
	if err != nil {
		t.Fatal(err)
	}
	byType := map[string]store.Relation{}
	var offices []store.Relation
	for _, r := range all.Items {
		byType[r.Type] = r
		if r.Type == event.FactOffice {
			offices = append(offices, r)
		}
	}
	if all.Total != 6 || len(byType) != 5 || len(offices) != 2 {
		t.Fatalf("relations %+v, want one pact, one trade figure, one sanctions regime, one arms supply, two offices", all.Items)
	}
	// The story names both prime ministers with their office; the
	// second names Lindqvist without it, which adds nothing.
	pm := offices[0]
	if pm.Holder != "Eva Lindqvist" || pm.Level != "prime minister" || !slices.Equal(pm.Parties, []string{"SWE"}) ||
		pm.Status != store.StatusAsserted || pm.Sources != 1 || len(pm.Evidence) != 1 || pm.Evidence[0].Evidence.Text != "Eva Lindqvist" {
		t.Errorf("office %+v", pm)
	}
	pact := byType[event.FactDefensePact]
	if !slices.Equal(pact.Parties, []string{"NOR", "SWE"}) || !pact.Mutual || pact.Since != "2025-03-04" ||
		pact.Status != store.StatusAsserted || pact.Sources != 2 || len(pact.Evidence) != 2 ||
		!slices.Equal(pact.ClaimedBy, []string{"officials"}) || pact.Level != "mutual defence pact" {
		t.Errorf("pact %+v", pact)
	}
	if e := pact.Evidence[0]; e.Doc != "a.txt" || e.Evidence.Text != "promised to defend each other if attacked" || e.Fact == 0 {
		t.Errorf("pact evidence %+v", e)
	}
	trade := byType[event.FactTrade]
	if trade.ValueUSD != 40e9 || trade.Year != 2023 || trade.Status != store.StatusAsserted {
		t.Errorf("trade %+v", trade)
	}
	sanctions := byType[event.FactSanctions]
	if sanctions.Source != "SWE" || sanctions.Target != "BLR" || len(sanctions.Evidence) != 1 || sanctions.Evidence[0].Mention == 0 {
		t.Errorf("sanctions from the event %+v", sanctions)
	}
	supply := byType[event.FactArmsSupply]
	if supply.Status != store.StatusAlleged || len(supply.Evidence) != 2 || supply.Sources != 1 {
		t.Errorf("supply %+v: want alleged, evidence from the event and the fact", supply)
	}
	for _, tc := range []struct {
		q    store.RelationQuery
		want int
	}{
		{store.RelationQuery{Party: "NOR"}, 4},
		{store.RelationQuery{Party: "blr"}, 1},
		{store.RelationQuery{Type: event.FactDefensePact}, 1},
		{store.RelationQuery{Status: store.StatusAlleged}, 1},
		{store.RelationQuery{Status: store.StatusAsserted}, 5},
		{store.RelationQuery{Type: event.FactOffice}, 2},
		{store.RelationQuery{Status: store.StatusClaimed}, 0},
		{store.RelationQuery{MinSources: 2}, 1},
	} {
		p, err := db.Relations(ctx, tc.q)
		if err != nil || p.Total != tc.want || len(p.Items) != tc.want {
			t.Errorf("relations %+v: %d (total %d), %v; want %d", tc.q, len(p.Items), p.Total, err, tc.want)
		}
	}
	r, err := db.Relation(ctx, pact.ID)
	if err != nil || len(r.Evidence) != 2 {
		t.Errorf("Relation(%d) = %+v, %v", pact.ID, r, err)
	}
	if _, err := db.Relations(ctx, store.RelationQuery{Status: "rumoured"}); err == nil {
		t.Errorf("an unknown status is accepted")
	}
}

func testActors(t *testing.T, db *store.DB) {
	ctx := context.Background()
	putAll(t, db)
	for _, tc := range []struct {
		q     store.ActorQuery
		want  int
		first string
	}{
		{store.ActorQuery{Kind: "person"}, 2, "Eva Lindqvist"},
		{store.ActorQuery{Kind: "actor"}, 10, ""},
		{store.ActorQuery{Match: "swe"}, 4, "SWE"},
		{store.ActorQuery{Match: "berg", Kind: "person"}, 1, "Jonas Berg"},
		{store.ActorQuery{}, 12, ""},
	} {
		p, err := db.Actors(ctx, tc.q)
		if err != nil || p.Total != tc.want || len(p.Items) != tc.want {
			t.Errorf("actors %+v: %d (total %d), %v; want %d", tc.q, len(p.Items), p.Total, err, tc.want)
			continue
		}
		if tc.first != "" && p.Items[0].Name != tc.first && p.Items[0].Code != tc.first {
			t.Errorf("actors %+v: first %+v, want %s", tc.q, p.Items[0], tc.first)
		}
	}
	p, _ := db.Actors(ctx, store.ActorQuery{Kind: "person"})
	if l := p.Items[0]; l.Documents != 2 || l.Mentions != 2 || l.Country != "SWE" || l.Role != "prime minister" {
		t.Errorf("Lindqvist %+v: want two documents, the role kept", l)
	}
	p, _ = db.Actors(ctx, store.ActorQuery{Match: "SWEGOV", Kind: "actor"})
	if len(p.Items) != 1 || p.Items[0].Mentions != 5 || p.Items[0].Documents != 3 || p.Items[0].Principal != "SWE" {
		t.Errorf("SWEGOV %+v: want 5 mentions in 3 documents", p.Items)
	}
	if _, err := db.Actors(ctx, store.ActorQuery{Kind: "ship"}); err == nil {
		t.Errorf("an unknown kind is accepted")
	}
}

func testSearch(t *testing.T, db *store.DB) {
	ctx := context.Background()
	putAll(t, db)
	p, err := db.Search(ctx, store.SearchQuery{Text: "oslo"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 4 || len(p.Items) != 4 {
		t.Fatalf("%d hits (total %d) for oslo, want 4", len(p.Items), p.Total)
	}
	for _, h := range p.Items {
		if len(h.Matches) == 0 {
			t.Errorf("hit %q has no match", h.Sentence.Text)
		}
		for _, m := range h.Matches {
			if w := h.Sentence.Text[m.Start:m.End]; !strings.EqualFold(w, "oslo") {
				t.Errorf("match %q in %q", w, h.Sentence.Text)
			}
		}
	}
	if h := p.Items[2]; h.Doc != "b.txt" || len(h.Matches) != 2 {
		t.Errorf("third hit %+v: want the dateline sentence of b.txt with two matches", h)
	}
	for q, want := range map[string]int{
		`"defence pact"`: 2, "defence pact": 2, "pact -signed": 3, "Belarus OR Finland": 2, "Lindqvist Berg": 2, "zebra": 0,
	} {
		p, err := db.Search(ctx, store.SearchQuery{Text: q})
		if err != nil || p.Total != want {
			t.Errorf("search %s: %d hits, %v; want %d", q, p.Total, err, want)
		}
	}
}

func testScan(t *testing.T, db *store.DB) {
	ctx := context.Background()
	putAll(t, db)
	n, mentions := 0, 0
	last := int64(0)
	err := db.ScanEvents(ctx, store.EventQuery{Mentions: true}, func(e store.Event) error {
		if e.ID <= last {
			t.Errorf("scan out of id order: %d after %d", e.ID, last)
		}
		last = e.ID
		n++
		mentions += len(e.Mentions)
		return nil
	})
	if err != nil || n != 8 || mentions != 12 {
		t.Errorf("scan: %d events, %d mentions, %v", n, mentions, err)
	}
	n = 0
	err = db.ScanMentions(ctx, store.EventQuery{Actor: "SWE", MinSources: 2}, func(m store.Mention) error {
		n++
		return nil
	})
	if err != nil || n != 6 {
		t.Errorf("scan mentions of SWE events with two sources: %d, %v; want 6", n, err)
	}
	stop := errors.New("stop")
	if err := db.ScanEvents(ctx, store.EventQuery{}, func(store.Event) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("scan did not return the callback's error: %v", err)
	}
}

// testOddText stores text that some databases cannot hold as it is:
// invalid UTF-8 and a NUL byte. It must come back byte for byte.
func testOddText(t *testing.T, db *store.DB) {
	ctx := context.Background()
	text := "Caf\xe9 diplomacy\n\nSweden thanked Norway for the talks.\x00 Norway praised Sweden.\n"
	b := newDoc(t, "odd.txt", text, mon)
	b.in.Document.InvalidUTF8 = true
	in := b.event("thanked Norway", "SWE=Sweden", "NOR=Norway", "051", "asserted", "2025-03-03 document").done()
	res := put(t, db, in)
	v, err := db.Document(ctx, res[0].DocID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Text != text || !v.InvalidUTF8 {
		t.Errorf("text came back as %q (invalid %v)", v.Text, v.InvalidUTF8)
	}
	for _, s := range v.Sentences {
		if s.Text != text[s.Start:s.End] {
			t.Errorf("sentence %q, want %q", s.Text, text[s.Start:s.End])
		}
	}
	evs, err := db.Events(ctx, store.EventQuery{Mentions: true})
	if err != nil || len(evs.Items) != 1 || len(evs.Items[0].Mentions) != 1 {
		t.Fatalf("events of odd text: %+v, %v", evs, err)
	}
	if m := evs.Items[0].Mentions[0]; m.Sentence.Text != text[m.Sentence.Start:m.Sentence.End] {
		t.Errorf("mention sentence %q, want %q", m.Sentence.Text, text[m.Sentence.Start:m.Sentence.End])
	}
	p, err := db.Search(ctx, store.SearchQuery{Text: "thanked"})
	if err != nil || p.Total != 1 || p.Items[0].Sentence.Text != text[p.Items[0].Sentence.Start:p.Items[0].Sentence.End] {
		t.Errorf("search in odd text: %+v, %v", p, err)
	}
	// The same bytes are a duplicate; other bytes are not.
	if r := put(t, db, in); !r[0].Duplicate {
		t.Errorf("odd text not recognised as stored")
	}
}

func testBadQueries(t *testing.T, db *store.DB) {
	ctx := context.Background()
	putAll(t, db)
	for name, q := range map[string]store.EventQuery{
		"actor with a quote": {Actor: "RUS'"},
		"lone star":          {Actor: "*"},
		"CAMEO with letters": {CAMEO: "04a"},
		"unknown order":      {Order: "goldstein"},
		"negative limit":     {Limit: -1},
		"empty text":         {Text: "  "},
		"excluded only":      {Text: "-pact"},
		"dangling OR":        {Text: "pact OR"},
	} {
		if _, err := db.Events(ctx, q); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	for _, q := range []string{`"`, "OR", "- -", `"" pact`} {
		// Odd but harmless queries either fail cleanly or search.
		if _, err := db.Search(ctx, store.SearchQuery{Text: q}); err != nil && !strings.HasPrefix(err.Error(), "store:") {
			t.Errorf("search %q: %v", q, err)
		}
	}
}

// genDoc is a small document of its own, distinct text for each i.
func genDoc(t testing.TB, i int) store.Input {
	text := fmt.Sprintf("Bulletin %d\n\nChile thanked Peru for talks number %d. Peru praised Chile.\n", i, i)
	return newDoc(t, fmt.Sprintf("gen-%d.txt", i), text, mon.Add(time.Duration(i)*time.Minute)).
		event("thanked Peru", "CHL=Chile", "PER=Peru", "051", "asserted", fmt.Sprintf("%s document", mon.Format("2006-01-02"))).
		event("Peru praised", "PER=Peru", "CHL=Chile", "051", "asserted", "").
		done()
}

// testConcurrent writes from several goroutines while others read.
func testConcurrent(t *testing.T, db *store.DB) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const writers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers+2)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if _, err := db.Put(context.Background(), genDoc(t, w*each+i)); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	var readers sync.WaitGroup
	for range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for ctx.Err() == nil {
				if _, err := db.Events(ctx, store.EventQuery{Actor: "CHL", Mentions: true}); err != nil && ctx.Err() == nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	cancel()
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s := stats(t, db)
	// The thanks of every bulletin fall on one publication day: one
	// event with every source. The undated praise stays with its own
	// document.
	if s.Documents != writers*each || s.Mentions != 2*writers*each || s.Events != 1+writers*each {
		t.Errorf("stats %+v after concurrent writes", s)
	}
	thanks := one(t, db, "thanked Peru")
	if thanks.Sources != writers*each {
		t.Errorf("the thanks have %d sources, want %d", thanks.Sources, writers*each)
	}
}

// testBothSides lists an event whose two sides are one state once.
func testBothSides(t *testing.T, db *store.DB) {
	text := "Budget talks\n\nThe Swedish government praised the Swedish army for its savings.\n"
	in := newDoc(t, "home.txt", text, mon).
		event("praised the Swedish army", "SWEGOV=The Swedish government", "SWEMIL=the Swedish army", "051", "asserted", "2025-03-03 document").
		done()
	put(t, db, in)
	for _, q := range []store.EventQuery{{Actor: "SWE"}, {Actor: "SWE", Order: store.OrderSources}, {Actor: "SWE*"}} {
		p, err := db.Events(context.Background(), q)
		if err != nil || p.Total != 1 || len(p.Items) != 1 {
			t.Errorf("%+v: %d events (total %d), %v; want 1", q, len(p.Items), p.Total, err)
		}
	}
}
