package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/directory"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"
)

// fixture is the store built once from testdata/articles, shared by the
// tests that only read it.
var fixture struct {
	db  *store.DB
	dir *directory.Directory
}

func TestMain(m *testing.M) {
	tmp, err := os.MkdirTemp("", "entente-server-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := func() int {
		ctx := context.Background()
		db, _, err := ingestInto(ctx, filepath.Join(tmp, "fixture.db"), nil, "testdata/articles")
		if err != nil {
			fmt.Fprintln(os.Stderr, "build the fixture store:", err)
			return 1
		}
		defer db.Close()
		if fixture.dir, err = directory.Builtin(ctx); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fixture.db = db
		return m.Run()
	}()
	os.RemoveAll(tmp)
	os.Exit(code)
}

// ingestInto opens (or makes) an SQLite store at path and ingests the
// inputs — in fsys when it is not nil — coded with the built-in
// dictionaries.
func ingestInto(ctx context.Context, path string, fsys fs.FS, inputs ...string) (*store.DB, ingest.Report, error) {
	set, err := dict.LoadFS(ctx, builtin.FS(), "builtin")
	if err != nil {
		return nil, ingest.Report{}, err
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		return nil, ingest.Report{}, err
	}
	db, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return nil, ingest.Report{}, err
	}
	rep, err := ingest.Run(ctx, db, pipeline.New(c), inputs, ingest.Options{FS: fsys})
	if err == nil && (rep.Failed > 0 || rep.Stored+rep.Duplicates == 0) {
		err = fmt.Errorf("ingest %v: %d stored, %d already there, %d failed", inputs, rep.Stored, rep.Duplicates, rep.Failed)
	}
	if err != nil {
		db.Close()
		return nil, rep, err
	}
	return db, rep, nil
}

// newFixtureServer serves the fixture store with opt.
func newFixtureServer(t testing.TB, opt Options) *httptest.Server {
	t.Helper()
	return serveStore(t, fixture.db, opt)
}

// serveStore serves st with opt (its Directory set to the built-in one
// when nil) until the test ends.
func serveStore(t testing.TB, st Store, opt Options) *httptest.Server {
	t.Helper()
	if opt.Directory == nil {
		opt.Directory = fixture.dir
	}
	srv, err := New(st, opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

// get fetches url and returns the status, the headers and the body.
func get(t testing.TB, url string) (int, http.Header, []byte) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header, body
}

// getJSON fetches url, checks the status and decodes the body into v.
func getJSON(t testing.TB, url string, status int, v any) {
	t.Helper()
	code, h, body := get(t, url)
	if code != status {
		t.Fatalf("GET %s: status %d, want %d; body %s", url, code, status, body)
	}
	if ct := h.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Fatalf("GET %s: Content-Type %q", url, ct)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v in %s", url, err, body)
	}
}
