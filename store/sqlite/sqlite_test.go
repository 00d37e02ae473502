package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"

	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"
	"github.com/entente/entente/store/storetest"
)

func openTemp(t *testing.T) *store.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, openTemp)
}

func sha(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return store.Hash(string(b))
}

// TestRefusesForeignFiles opens what is not a store and expects an error
// that says so, with the file left as it was.
func TestRefusesForeignFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("These are my notes, not a database.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xAB}, 8000)...), 0o644); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.db")
	raw, err := sql.Open("sqlite", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	for _, tc := range []struct {
		name, path string
		opt        sqlite.Options
		want       string
		notStore   bool
	}{
		{"a text file", text, sqlite.Options{}, "not an SQLite database", true},
		{"a damaged database", garbage, sqlite.Options{}, "", false},
		{"another program's database", other, sqlite.Options{}, "another program", true},
		{"a directory", dir, sqlite.Options{}, "is a directory", false},
		{"a missing file when reading", filepath.Join(dir, "none.db"), sqlite.Options{MustExist: true}, "no store there", false},
	} {
		var before string
		if fi, err := os.Stat(tc.path); err == nil && !fi.IsDir() {
			before = sha(t, tc.path)
		}
		db, err := sqlite.Open(context.Background(), tc.path, tc.opt)
		if err == nil {
			db.Close()
			t.Errorf("%s: opened", tc.name)
			continue
		}
		if !strings.Contains(err.Error(), tc.path) || (tc.want != "" && !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%s: %v, want the path and %q", tc.name, err, tc.want)
		}
		if tc.notStore && !errors.Is(err, sqlite.ErrNotStore) {
			t.Errorf("%s: %v is not ErrNotStore", tc.name, err)
		}
		if before != "" && sha(t, tc.path) != before {
			t.Errorf("%s: the file was changed", tc.name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a reader created a store")
	}
}

// TestDamagedStore truncates a store and expects errors, not a panic or
// wrong answers.
func TestDamagedStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.db")
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 30 {
		if _, err := db.Put(context.Background(), smallDoc(i)); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	db, err = sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		return // refused at once: fine
	}
	defer db.Close()
	_, err = db.Events(context.Background(), store.EventQuery{Limit: 1000, Mentions: true})
	if err == nil {
		_, err = db.Search(context.Background(), store.SearchQuery{Text: "Chile"})
	}
	if err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Errorf("reading a truncated store: %v, want SQLite's report of a malformed file", err)
	}
}

func TestNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "n.db")
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("INSERT INTO entente_migrations (version_id, is_applied) VALUES (99, 1)"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if _, err := sqlite.Open(context.Background(), path, sqlite.Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("open of a newer schema: %v", err)
	}
}

// smallDoc is a short document of our own, distinct for each i.
func smallDoc(i int) store.Input {
	text := fmt.Sprintf("Note %d\n\nChile thanked Peru for the talks of round %d. %s\n", i, i, strings.Repeat("The talks went on. ", 20))
	seg := segment.Segment(text)
	s := seg.Sentences[1]
	return store.Input{
		Document:  document.Document{ID: fmt.Sprintf("n%d.txt", i), Text: text, Published: time.Date(2025, 1, 1+i%20, 0, 0, 0, 0, time.UTC)},
		Sentences: seg.Sentences,
		Events: []event.Event{{ID: fmt.Sprint(i), Sentence: event.Span{Start: s.Start, End: s.End, Text: text[s.Start:s.End]},
			Source: event.Actor{Code: "CHL", Text: "Chile"}, Target: &event.Actor{Code: "PER", Text: "Peru"}, CAMEO: "051",
			Modality: "asserted", Date: &event.Date{Value: fmt.Sprintf("2025-01-%02d", 1+i%20), Granularity: "document"}}},
	}
}

// TestFullDisk fills a store to its size bound: the write that does not
// fit fails with SQLite's report of a full disk and leaves the store as
// it was; with room again, the same document goes in.
func TestFullDisk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "full.db")
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{MaxBytes: 600 << 10})
	if err != nil {
		t.Fatal(err)
	}
	var failed int
	var before store.Stats
	for i := 0; i < 5000; i++ {
		if before, err = db.Stats(context.Background()); err != nil {
			t.Fatal(err)
		}
		if _, err = db.Put(context.Background(), smallDoc(i)); err != nil {
			failed = i
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("filling the store: %v", err)
	}
	after, err := db.Stats(context.Background())
	if err != nil || after != before {
		t.Errorf("a failed write changed the store: %+v, was %+v (%v)", after, before, err)
	}
	db.Close()
	db, err = sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	res, err := db.Put(context.Background(), smallDoc(failed))
	if err != nil || res[0].Duplicate {
		t.Errorf("with room again: %+v, %v", res, err)
	}
	if s, _ := db.Stats(context.Background()); s.Documents != failed+1 {
		t.Errorf("%d documents, want %d", s.Documents, failed+1)
	}
}

// TestTwoWriters writes one event's mentions through two stores open on
// one file, in turns: each must see what the other committed (its cache
// of canonical events emptied when the other writes).
func TestTwoWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "two.db")
	a, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for i, db := range []*store.DB{a, b, a, b, b, a} {
		in := smallDoc(i)
		// Every note reports the same thanks on the same day.
		in.Events[0].Date.Value = "2025-01-01"
		if _, err := db.Put(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	p, err := a.Events(context.Background(), store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Total != 1 || p.Items[0].Sources != 6 || p.Items[0].MentionCount != 6 {
		t.Errorf("%d events, first %+v: want one with six sources", p.Total, p.Items)
	}
}
