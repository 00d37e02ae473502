package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzAPIQuery sends any query string to the list endpoints: the answer
// must be 200 or a 400 naming the bad parameter, never a server error,
// and always JSON.
func FuzzAPIQuery(f *testing.F) {
	for _, seed := range []string{
		"", "actor=RUS", "dyad=RUS,PRK&from=2024-06&to=2024-07", "q=%22pact%22+-ukraine+OR+treaty", "limit=0",
		"cameo=04&plover=consult&min_sources=2", "from=2024-13-40", "actor=IGO*&order=sources&desc=1",
		"offset=99999999999999999999", "q=%22", "target=PRK&at=2025-01-01", "kind=person&q=Kim", "doc=1&mention_limit=1",
		"type=arms_supply&party=prk&evidence=true", "relations=false&min_events=2", "a=%ZZ", "q=-x",
	} {
		f.Add(uint8(0), seed)
	}
	srv, err := New(fixture.db, Options{Directory: fixture.dir, CacheTTL: -1})
	if err != nil {
		f.Fatal(err)
	}
	paths := []string{"/api/events", "/api/timeline", "/api/graph", "/api/documents", "/api/actors", "/api/persons",
		"/api/relations", "/api/search", "/api/cascade", "/api/events/1", "/events", "/"}
	f.Fuzz(func(t *testing.T, which uint8, query string) {
		path := paths[int(which)%len(paths)]
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawQuery = path, query
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK, http.StatusBadRequest:
		case http.StatusNotImplemented:
			if path != "/api/cascade" {
				t.Fatalf("%s?%s: 501", path, query)
			}
		default:
			t.Fatalf("%s?%s: status %d: %s", path, query, rec.Code, rec.Body.String())
		}
		if !strings.HasPrefix(path, "/api/") {
			return
		}
		var v map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
			t.Fatalf("%s?%s: not JSON: %v", path, query, err)
		}
		if rec.Code == http.StatusBadRequest {
			e, _ := v["error"].(map[string]any)
			if e == nil || e["message"] == "" {
				t.Fatalf("%s?%s: 400 without an error message: %s", path, query, rec.Body.String())
			}
		}
	})
}
