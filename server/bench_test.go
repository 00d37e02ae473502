package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente/entente/examples/demo"
)

// BenchmarkAPIEvents answers GET /api/events (the first page, 50 events
// with their mentions) over the demo corpus, in process: the store's
// queries, the names and the JSON, without the network and without the
// cache; "cached" is the same request answered from the cache.
func BenchmarkAPIEvents(b *testing.B) {
	db, _, err := ingestInto(context.Background(), filepath.Join(b.TempDir(), "demo.db"), demo.FS(), ".")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	srv, err := New(db, Options{Directory: fixture.dir, CacheTTL: -1})
	if err != nil {
		b.Fatal(err)
	}
	cached, err := New(db, Options{Directory: fixture.dir, CacheTTL: time.Hour})
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name, path string
		srv        *Server
	}{
		{"first-page", "/api/events", srv}, {"no-mentions", "/api/events?mentions=false", srv},
		{"actor", "/api/events?actor=RUS&limit=10", srv}, {"cached", "/api/events", cached},
	} {
		b.Run(tc.name, func(b *testing.B) {
			srv, path := tc.srv, tc.path
			req := httptest.NewRequest("GET", path, nil)
			b.ReportAllocs()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					rec := httptest.NewRecorder()
					srv.ServeHTTP(rec, req)
					if rec.Code != http.StatusOK {
						b.Fatalf("%s: %d", path, rec.Code)
					}
				}
			})
		})
	}
}
