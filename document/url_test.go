package document

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// newSite serves the fixtures of this package on loopback.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	file := func(path, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Error(err)
			}
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			}
			w.Write(b)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/world/minerals-talks", file("testdata/article.html", "text/html; charset=utf-8"))
	mux.Handle("/feeds/wire", file("testdata/feeds/wire.rss", "application/xml"))
	mux.Handle("/feeds/ledger", file("testdata/feeds/ledger.atom", "text/plain"))
	mux.Handle("/docs.jsonl", file("testdata/docs.jsonl", "text/plain; charset=utf-8"))
	mux.Handle("/visit.txt", file("testdata/visit.txt", "text/plain"))
	mux.Handle("/crawl.warc.gz", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(testArchive(t, true))
	}))
	mux.Handle("/moved", http.RedirectHandler("/world/minerals-talks", http.StatusMovedPermanently))
	mux.Handle("/slow", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestReadURL(t *testing.T) {
	srv := newSite(t)
	tests := []struct {
		path   string
		format Format
		docs   int    // documents read without error
		first  string // ID of the first
		url    string // URL of the first
	}{
		{"/world/minerals-talks", FormatHTML, 1, srv.URL + "/world/minerals-talks", srv.URL + "/world/minerals-talks"},
		{"/moved", FormatHTML, 1, srv.URL + "/moved", srv.URL + "/world/minerals-talks"},
		{"/feeds/wire", FormatFeed, 4, "harbour-0001", "https://example.org/harbour/fisheries"},
		{"/feeds/ledger", FormatFeed, 2, "urn:example:ledger:minerals", "https://example.org/ledger/minerals"},
		{"/docs.jsonl", FormatJSONL, 5, "a1", "https://example.org/a1"},
		{"/visit.txt", FormatText, 1, srv.URL + "/visit.txt", srv.URL + "/visit.txt"},
		{"/crawl.warc.gz", FormatWARC, 4, "urn:uuid:00000000-0000-4000-8000-000000000002", "https://example.org/world/minerals-talks"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			name := srv.URL + tt.path
			var ok []Document
			for _, r := range readAllDocs(t, name, Options{}) {
				if r.doc.Path != name || r.doc.Format != tt.format {
					t.Errorf("%s: Path, Format = %q %v, want %q %v", r.doc.ID, r.doc.Path, r.doc.Format, name, tt.format)
				}
				if r.err == nil {
					ok = append(ok, r.doc)
				}
			}
			if len(ok) != tt.docs {
				t.Fatalf("got %d documents, want %d", len(ok), tt.docs)
			}
			if ok[0].ID != tt.first || ok[0].URL != tt.url {
				t.Errorf("first document %q at %q, want %q at %q", ok[0].ID, ok[0].URL, tt.first, tt.url)
			}
		})
	}
}

func TestReadURLErrors(t *testing.T) {
	srv := newSite(t)
	noEmit := func(Document, error) error {
		t.Error("emit called")
		return nil
	}
	err := Read(context.Background(), srv.URL+"/nothing-here", Options{}, noEmit)
	if err == nil || !strings.Contains(err.Error(), "404 Not Found") || !strings.Contains(err.Error(), "/nothing-here") {
		t.Errorf("missing page: %v", err)
	}
	start := time.Now()
	err = Read(context.Background(), srv.URL+"/slow", Options{FetchTimeout: 50 * time.Millisecond}, noEmit)
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 3*time.Second {
		t.Errorf("slow server: %v after %v, want a deadline error soon", err, time.Since(start))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Read(ctx, srv.URL+"/slow", Options{}, noEmit); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %v", err)
	}
	if err := Read(context.Background(), "http://", Options{}, noEmit); err == nil || !strings.Contains(err.Error(), "invalid URL") {
		t.Errorf("empty host: %v", err)
	}
	// Too large for the limit: the page is a failed document, not a
	// failed run.
	got := readAllDocs(t, srv.URL+"/world/minerals-talks", Options{MaxBytes: 100})
	if len(got) != 1 || !errors.Is(got[0].err, ErrTooLarge) || got[0].doc.ID != srv.URL+"/world/minerals-talks" {
		t.Errorf("too large: %+v", got)
	}
}

// recordingClient is an HTTPClient that remembers what it was asked.
type recordingClient struct {
	req  *http.Request
	next HTTPClient
}

func (c *recordingClient) Do(r *http.Request) (*http.Response, error) {
	c.req = r
	return c.next.Do(r)
}

func TestReadURLClient(t *testing.T) {
	srv := newSite(t)
	c := &recordingClient{next: srv.Client()}
	got := readAllDocs(t, srv.URL+"/visit.txt", Options{HTTPClient: c})
	if len(got) != 1 || got[0].err != nil {
		t.Fatalf("got %+v", got)
	}
	if c.req == nil || c.req.Header.Get("User-Agent") != userAgent {
		t.Errorf("the given client was not used, or without the user agent: %+v", c.req)
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"http://example.org/a": true, "HTTPS://example.org": true, "https://": true,
		"ftp://example.org": false, "http:/x": false, "httpx": false, "": false, "a.txt": false,
	} {
		if got := isURL(in); got != want {
			t.Errorf("isURL(%q) = %v, want %v", in, got, want)
		}
	}
}
