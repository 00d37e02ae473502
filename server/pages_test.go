package server

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/event"
	"github.com/entente/entente/sanctions"
	"github.com/entente/entente/store"
	"github.com/entente/entente/treaty"
)

func TestPages(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var l EventList
	getJSON(t, ts.URL+"/api/events?min_sources=2", http.StatusOK, &l)
	if len(l.Events) == 0 {
		t.Fatal("no event with two sources")
	}
	ev := l.Events[0]
	var docs DocumentList
	getJSON(t, ts.URL+"/api/documents?q=Hanoi", http.StatusOK, &docs)
	if len(docs.Documents) != 1 {
		t.Fatal("no Hanoi document")
	}
	for _, tc := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`id="timeline"`, `data-src="/api/timeline?"`, `id="network"`, `data-src="/api/graph?"`, "Events", "<table class=\"events\""}},
		{"/?actor=RUS&from=2024-06", 200, []string{`data-src="/api/timeline?actor=RUS&amp;from=2024-06"`, `value="RUS"`}},
		{"/?actor=R%20US", 400, []string{"actor"}},
		{"/events?plover=ACCUSE", 200, []string{"accuse", `<option selected>ACCUSE</option>`}},
		{ev.Link, 200, append([]string{"What each source says", ev.Label}, sentencesOf(ev)...)},
		{"/events/99999", 404, []string{"no event 99999"}},
		{"/documents", 200, []string{"Putin meets To Lam in Hanoi"}},
		{"/documents/" + itoa(docs.Documents[0].ID), 200, []string{`class="hl-source`, `class="hl-date`, `id="s1"`, `class="evref"`, "Hanoi"}},
		{"/actors", 200, []string{"Vladimir Putin", "RUSGOV"}},
		{"/actors?kind=person", 200, []string{"Vladimir Putin"}},
		{"/actors/RUS", 200, []string{"Russia", "Counterparts", "Known to the dictionaries"}},
		{"/actors/QQQ", 404, []string{"QQQ"}},
		{"/relations", 200, []string{"arms_supply"}},
		{"/search?q=artillery", 200, []string{"2 sentences match", `class="hl-match"`}},
		{"/search", 200, []string{"Words"}},
		{"/cascade", 200, []string{"no treaty engine"}},
		{"/cascade?target=PRK", 501, []string{"no treaty engine"}},
		{"/cascade?target=P1", 400, []string{"target"}},
		{"/nowhere", 404, []string{"There is no page at /nowhere."}},
	} {
		code, h, body := get(t, ts.URL+tc.path)
		if code != tc.status {
			t.Errorf("GET %s: %d, want %d", tc.path, code, tc.status)
		}
		if ct := h.Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", tc.path, ct)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(body), w) {
				t.Errorf("GET %s: page lacks %q", tc.path, w)
			}
		}
		checkLocal(t, tc.path, string(body))
	}
}

// sentencesOf returns the sentences of an event's mentions as the event
// page escapes them.
func sentencesOf(e Event) []string {
	var out []string
	for _, m := range e.Mentions {
		words := strings.Fields(m.Sentence.Text)
		out = append(out, strings.Join(words[len(words)-2:], " "))
	}
	return out
}

var attrURL = regexp.MustCompile(`(?i)\b(?:src|href|action|data-src|data-cascade)\s*=\s*"([^"]*)"`)

// checkLocal fails when a page makes the browser load or send anything
// to another host: every src, href and form action is a path here.
func checkLocal(t *testing.T, path, body string) {
	t.Helper()
	for _, m := range attrURL.FindAllStringSubmatch(body, -1) {
		if u := m[1]; !strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "#") && !strings.HasPrefix(u, "?") {
			t.Errorf("GET %s: link to %q leaves the server", path, u)
		}
	}
}

func TestHostileDocumentIsEscaped(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	var docs DocumentList
	getJSON(t, ts.URL+"/api/documents?q=onerror", http.StatusOK, &docs)
	if len(docs.Documents) != 1 {
		t.Fatalf("hostile document not found: %+v", docs)
	}
	id := docs.Documents[0].ID
	pages := []string{"/documents/" + itoa(id), "/documents", "/search?q=onerror"}
	var evs EventList
	getJSON(t, ts.URL+"/api/events?doc="+itoa(id), http.StatusOK, &evs)
	for _, e := range evs.Events {
		pages = append(pages, e.Link)
	}
	if len(pages) < 4 {
		t.Fatal("the hostile document yields no event")
	}
	for _, p := range pages {
		_, h, body := get(t, ts.URL+p)
		b := string(body)
		for _, bad := range []string{"<script>alert", "<img src=x", "<script>document.title", "<b>Bold</b>", `"><script>`} {
			if strings.Contains(b, bad) {
				t.Errorf("GET %s: unescaped %q in the page", p, bad)
			}
		}
		if !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: CSP %q", p, h.Get("Content-Security-Policy"))
		}
	}
	_, _, body := get(t, ts.URL+"/documents/"+itoa(id))
	if !strings.Contains(string(body), "&lt;img src=x onerror=alert(1)&gt;") {
		t.Error("the document's markup is not shown as text")
	}
}

func TestStatic(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	for path, ctype := range map[string]string{
		"/static/app.js":  "text/javascript; charset=utf-8",
		"/static/app.css": "text/css; charset=utf-8",
		"/static/vendor/cytoscape/cytoscape.min.js":               "text/javascript; charset=utf-8",
		"/static/vendor/vis-timeline/vis-timeline-graph2d.min.js": "text/javascript; charset=utf-8",
		"/static/vendor/htmx/htmx.min.js":                         "text/javascript; charset=utf-8",
	} {
		code, h, body := get(t, ts.URL+path)
		if code != 200 || h.Get("Content-Type") != ctype || len(body) < 1000 {
			t.Errorf("GET %s: %d %q, %d bytes", path, code, h.Get("Content-Type"), len(body))
		}
	}
	for _, path := range []string{"/static/nothing.js", "/static/", "/static/vendor/", "/static/../server.go"} {
		if code, _, _ := get(t, ts.URL+path); code != 404 {
			t.Errorf("GET %s: %d, want 404", path, code)
		}
	}
}

func TestPartialEventsTable(t *testing.T) {
	ts := newFixtureServer(t, Options{})
	req, _ := http.NewRequest("GET", ts.URL+"/events?limit=2&offset=2", nil)
	req.Header.Set("HX-Request", "true")
	req.Header.Set("HX-Target", "events-table")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	body := string(raw)
	if res.StatusCode != 200 || !strings.HasPrefix(strings.TrimSpace(body), `<div id="events-table">`) || strings.Contains(body, "<html") {
		t.Errorf("partial: %d %.200s", res.StatusCode, body)
	}
}

// fakeCascade answers every question with one obligor, or an error.
type fakeCascade struct{ err error }

func (f fakeCascade) Cascade(ctx context.Context, q CascadeQuery) (CascadeResult, error) {
	if f.err != nil {
		return CascadeResult{}, f.err
	}
	var attacker *string
	if q.Attacker != "" {
		attacker = &q.Attacker
	}
	return CascadeResult{Target: q.Target, Attacker: attacker, At: "2025-01-01", Obligors: []CascadeObligor{
		{Code: "CHN", Status: "obligated", Treaty: "Fixture treaty of 1961", Article: "Article II", Reason: "defense <owed>", Round: 1},
		{Code: "RUS", Status: "conditional", Treaty: "Fixture treaty of 2024", Article: "Article 4", Reason: "attack location unknown", Round: 2},
	}}, nil
}

func TestCascade(t *testing.T) {
	ts := newFixtureServer(t, Options{Cascade: fakeCascade{}})
	var r CascadeResult
	getJSON(t, ts.URL+"/api/cascade?target=prk&attacker=USA&at=2025-01-01&location=okinawa", http.StatusOK, &r)
	if r.Target != "PRK" || len(r.Obligors) != 2 {
		t.Fatalf("cascade %+v", r)
	}
	code, _, body := get(t, ts.URL+"/cascade?target=PRK")
	if code != 200 || !strings.Contains(string(body), "Round 2") || !strings.Contains(string(body), "defense &lt;owed&gt;") ||
		!strings.Contains(string(body), `data-cascade="/api/cascade?target=PRK"`) {
		t.Errorf("cascade page: %d %s", code, body)
	}
	bad := newFixtureServer(t, Options{Cascade: fakeCascade{err: errors.Join(ErrInvalid, errors.New("unknown state"))}})
	var e errorBody
	getJSON(t, bad.URL+"/api/cascade?target=QQQ", http.StatusBadRequest, &e)
	if !strings.Contains(e.Error.Message, "unknown state") {
		t.Errorf("error %+v", e)
	}
	if code, _, _ := get(t, bad.URL+"/cascade?target=QQQ"); code != 400 {
		t.Errorf("cascade page with a bad question: %d", code)
	}
}

// TestTreatyCascade asks the treaty engine through the API: facts of the
// built-in treaty base (the 1961 China–DPRK treaty, Article II; the 2024
// Russia–DPRK treaty, in force from 2024-12-04).
func TestTreatyCascade(t *testing.T) {
	ts := newFixtureServer(t, Options{Cascade: Treaties(treaty.Base())})
	var r CascadeResult
	getJSON(t, ts.URL+"/api/cascade?target=PRK&at=2025-01-01", http.StatusOK, &r)
	round1 := map[string]CascadeObligor{}
	for _, o := range r.Obligors {
		if o.Round == 1 {
			round1[o.Code] = o
		}
		if o.Reason == "" || o.Treaty == "" {
			t.Errorf("obligor without reason or treaty: %+v", o)
		}
	}
	if round1["CHN"].Status != "obligated" || round1["RUS"].Status != "obligated" {
		t.Errorf("round 1 for PRK on 2025-01-01: %+v", round1)
	}
	getJSON(t, ts.URL+"/api/cascade?target=PRK&at=2024-07-01", http.StatusOK, &r)
	for _, o := range r.Obligors {
		if o.Code == "RUS" && o.Round == 1 && o.Status == "obligated" {
			t.Errorf("RUS obligated to PRK before the 2024 treaty is in force: %+v", o)
		}
	}
	var e errorBody
	getJSON(t, ts.URL+"/api/cascade?target=QQQ", http.StatusBadRequest, &e)
	if strings.HasPrefix(e.Error.Message, "invalid request") || !strings.Contains(e.Error.Message, "QQQ") {
		t.Errorf("error message %q", e.Error.Message)
	}
	getJSON(t, ts.URL+"/api/cascade?target=PRK&at=2025-02-30", http.StatusBadRequest, &e)
	code, _, body := get(t, ts.URL+"/cascade?target=JPN&attacker=CHN&at=2025-01-01&location=okinawa")
	if code != 200 || !strings.Contains(string(body), "usa-jpn-1960") {
		t.Errorf("cascade page for JPN: %d", code)
	}
}

// fakeScreen reports every person named Putin.
type fakeScreen struct{}

func (fakeScreen) Screen(ctx context.Context, entities []event.Entity) ([]ScreenHit, error) {
	var out []ScreenHit
	for _, e := range entities {
		if strings.Contains(e.Name, "Putin") {
			out = append(out, ScreenHit{Name: e.Name, Kind: e.Kind, List: "FIXTURE", Entry: "1", EntryName: "PUTIN, Vladimir",
				Score: 0.97, Explanation: "all name tokens match"})
		}
	}
	return out, nil
}

func TestScreening(t *testing.T) {
	ts := newFixtureServer(t, Options{Screen: fakeScreen{}})
	var docs DocumentList
	getJSON(t, ts.URL+"/api/documents?q=Hanoi", http.StatusOK, &docs)
	var d Document
	getJSON(t, ts.URL+"/api/documents/"+itoa(docs.Documents[0].ID), http.StatusOK, &d)
	if len(d.Screening) == 0 {
		t.Fatalf("no screening hits in %+v", d.Entities)
	}
	_, _, body := get(t, ts.URL+"/documents/"+itoa(docs.Documents[0].ID))
	if !strings.Contains(string(body), `class="badge sanctioned"`) {
		t.Error("document page shows no sanctions badge")
	}
}

// slowStore lists events after delay, or not until the request's
// context ends when delay is zero, or panics.
type slowStore struct {
	Store
	panics bool
	delay  time.Duration
}

func (s slowStore) Events(ctx context.Context, q store.EventQuery) (store.Page[store.Event], error) {
	if s.panics {
		panic("fixture panic")
	}
	if s.delay > 0 {
		time.Sleep(s.delay)
		return s.Store.Events(ctx, q)
	}
	<-ctx.Done()
	return store.Page[store.Event]{}, ctx.Err()
}

func TestTimeoutAndPanic(t *testing.T) {
	for _, tc := range []struct {
		st     slowStore
		status int
	}{{slowStore{Store: fixture.db}, http.StatusServiceUnavailable}, {slowStore{Store: fixture.db, panics: true}, http.StatusInternalServerError}} {
		srv, err := New(tc.st, Options{RequestTimeout: 50e6})
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{"/api/events", "/events"} {
			req, _ := http.NewRequest("GET", path, nil)
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Errorf("panics=%v %s: %d, want %d", tc.st.panics, path, rec.Code, tc.status)
			}
		}
	}
}

// TestSanctionsScreening screens the fixture documents' persons against a
// list of our own with the sanctions package's index.
func TestSanctionsScreening(t *testing.T) {
	ix, _, err := sanctions.LoadIndex(context.Background(),
		[]sanctions.Source{{Format: "entente", Path: "testdata/lists/fixture.jsonl"}}, sanctions.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := newFixtureServer(t, Options{Screen: Sanctions(ix)})
	var docs DocumentList
	getJSON(t, ts.URL+"/api/documents?q=Hanoi", http.StatusOK, &docs)
	var d Document
	getJSON(t, ts.URL+"/api/documents/"+itoa(docs.Documents[0].ID), http.StatusOK, &d)
	var putin, toLam bool
	for _, h := range d.Screening {
		putin = putin || h.Name == "Vladimir Putin" && h.Entry == "F-1" && h.List == "fixture-list" && h.Explanation != ""
		toLam = toLam || h.Name == "To Lam"
	}
	if !putin || toLam {
		t.Errorf("screening %+v: want Vladimir Putin on the fixture list and To Lam on none", d.Screening)
	}
	_, _, body := get(t, ts.URL+"/documents/"+itoa(docs.Documents[0].ID))
	if !strings.Contains(string(body), "listed: fixture-list PUTIN, Vladimir") {
		t.Error("the document page shows no badge for Putin")
	}
}
