package ingest_test

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente/evalsuite"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"

	_ "modernc.org/sqlite"
)

func openDB(t testing.TB, path string) *store.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// groups returns the canonical events as sets of (document, mention
// record id), in a stable order.
func groups(t testing.TB, db *store.DB) []string {
	t.Helper()
	var out []string
	err := db.ScanEvents(context.Background(), store.EventQuery{Mentions: true}, func(e store.Event) error {
		var keys []string
		for _, m := range e.Mentions {
			keys = append(keys, m.Doc+"#"+m.Key)
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

func stats(t testing.TB, db *store.DB) store.Stats {
	t.Helper()
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRunMixed ingests a folder of our own small documents — text files
// with sidecars, a JSONL file with one bad line, a binary file — with
// different worker counts and batch sizes, and expects the same store
// each time, the bad inputs reported and everything else kept.
func TestRunMixed(t *testing.T) {
	p := builtinPipeline(t)
	var want []string
	for _, opt := range []ingest.Options{{Workers: 1, Batch: 1}, {Workers: 3, Batch: 64}, {Workers: 2, Batch: 2}} {
		db := openDB(t, filepath.Join(t.TempDir(), "mixed.db"))
		var mu sync.Mutex
		var skipped []string
		opt.Skipped = func(path string, err error) {
			mu.Lock()
			skipped = append(skipped, filepath.Base(path))
			mu.Unlock()
		}
		progressed := 0
		opt.Progress = func(ingest.Report) { progressed++ }
		rep, err := ingest.Run(context.Background(), db, p, []string{"testdata/mixed"}, opt)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(skipped)
		if rep.Read != 4 || rep.Stored != 4 || rep.Failed != 2 || !slices.Equal(skipped, []string{"broken.txt", "more.jsonl"}) {
			t.Errorf("workers %d batch %d: %+v, skipped %v", opt.Workers, opt.Batch, rep, skipped)
		}
		if progressed == 0 || rep.Mentions == 0 || rep.Sentences < 6 {
			t.Errorf("report %+v, %d progress calls", rep, progressed)
		}
		got := groups(t, db)
		if want == nil {
			want = got
		} else if !slices.Equal(got, want) {
			t.Errorf("workers %d batch %d: canonical events differ\n got %q\nwant %q", opt.Workers, opt.Batch, got, want)
		}
		docs, err := db.Documents(context.Background(), store.DocumentQuery{Name: "one.txt"})
		if err != nil || len(docs.Items) != 1 || docs.Items[0].Title != "Chile and Peru sign a fishing accord" || docs.Items[0].Outlet != "Test Wire" {
			t.Errorf("one.txt: %+v, %v", docs.Items, err)
		}
		// Again: everything is a duplicate, nothing changes.
		before := stats(t, db)
		again, err := ingest.Run(context.Background(), db, p, []string{"testdata/mixed"}, ingest.Options{})
		if err != nil || again.Stored != 0 || again.Duplicates != 4 {
			t.Errorf("second run %+v, %v", again, err)
		}
		if s := stats(t, db); s != before {
			t.Errorf("second run changed the store: %+v, was %+v", s, before)
		}
	}
}

func TestRunMissingInput(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "m.db"))
	var skipped []string
	rep, err := ingest.Run(context.Background(), db, builtinPipeline(t), []string{"testdata/nothing-here.txt", "testdata/mixed/one.txt"},
		ingest.Options{Skipped: func(path string, err error) { skipped = append(skipped, path) }})
	if err != nil || rep.Failed != 1 || rep.Stored != 1 || len(skipped) != 1 {
		t.Errorf("%+v, %v, skipped %v", rep, err, skipped)
	}
}

func TestRunCancelled(t *testing.T) {
	db := openDB(t, filepath.Join(t.TempDir(), "c.db"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ingest.Run(ctx, db, builtinPipeline(t), []string{"testdata/mixed"}, ingest.Options{})
	if err == nil {
		t.Errorf("a cancelled run reports no error")
	}
}

// TestSeeds ingests the seed documents (../shared) and checks the
// cross-document groups of their gold, then that a second run changes
// nothing.
func TestSeeds(t *testing.T) {
	seeds := sharedtest.Dir(t, "seeds")
	goldPath := sharedtest.Dir(t, "gold", "seeds.gold.json")
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := evalsuite.ReadSeedGold(f)
	if err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(t.TempDir(), "seeds.db"))
	p := builtinPipeline(t)
	if _, err := ingest.Run(context.Background(), db, p, []string{seeds}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	before := stats(t, db)
	rep, err := ingest.Run(context.Background(), db, p, []string{seeds}, ingest.Options{})
	if err != nil || rep.Duplicates != 2 || stats(t, db) != before {
		t.Errorf("second run %+v, %v", rep, err)
	}
	var events []store.Event
	if err := db.ScanEvents(context.Background(), store.EventQuery{Mentions: true}, func(e store.Event) error {
		events = append(events, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, g := range evalsuite.ScoreAcross(gold, events) {
		if !g.OK {
			t.Errorf("group %q: %+v", g.Canonical, g)
		}
	}
}

// genCorpus writes n short news items of our own into a JSONL file: a
// handful of recurring occurrences reported on several days, so that
// canonical events gather mentions from many documents.
func genCorpus(t testing.TB, n int) string {
	t.Helper()
	countries := []string{"Chile", "Peru", "Bolivia", "Argentina", "Brazil", "Uruguay", "Paraguay", "Ecuador"}
	verbs := []string{"accused", "praised", "signed an agreement with", "visited", "criticised", "thanked"}
	path := filepath.Join(t.TempDir(), "gen.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	day := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	for i := range n {
		a, b := countries[i%len(countries)], countries[(i/3+1)%len(countries)]
		if a == b {
			b = countries[(i+2)%len(countries)]
		}
		v := verbs[(i/2)%len(verbs)]
		text := fmt.Sprintf("Item %d\n\n%s %s %s on Monday. Officials in %s said talks would go on. %s %s %s again.\n",
			i, a, v, b, a, b, verbs[(i+1)%len(verbs)], a)
		d := map[string]string{"id": "g" + strconv.Itoa(i), "published": day.AddDate(0, 0, i/40).Format(time.RFC3339), "text": text}
		if err := enc.Encode(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// The child half of the process tests: with these set, TestChild ingests
// ENTENTE_CHILD_INPUT into ENTENTE_CHILD_DB and exits.
const (
	childDB    = "ENTENTE_CHILD_DB"
	childInput = "ENTENTE_CHILD_INPUT"
)

func TestChild(t *testing.T) {
	path := os.Getenv(childDB)
	if path == "" {
		t.Skip("run by the process tests only")
	}
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := ingest.Run(context.Background(), db, builtinPipeline(t), []string{os.Getenv(childInput)}, ingest.Options{Batch: 4}); err != nil {
		t.Fatal(err)
	}
}

func child(t *testing.T, db, input string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childDB+"="+db, childInput+"="+input)
	out, err := os.CreateTemp(t.TempDir(), "child")
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// storedDocuments counts the documents in a store file that another
// process is writing, reading it as any reader would.
func storedDocuments(path string) int {
	r, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=query_only(1)")
	if err != nil {
		return 0
	}
	defer r.Close()
	var n int
	if err := r.QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil {
		return 0
	}
	return n
}

// checkConsistent verifies what no crash may break: SQLite's own check,
// and every stored document complete with its sentences and mentions, and
// every canonical event's counts matching its mentions.
func checkConsistent(t *testing.T, path string) {
	t.Helper()
	r, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var check string
	if err := r.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	for _, q := range []string{
		`SELECT count(*) FROM documents d WHERE d.sentences != (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id)`,
		`SELECT count(*) FROM documents d WHERE d.mentions != (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)`,
		`SELECT count(*) FROM events e WHERE e.mentions != (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)`,
		`SELECT count(*) FROM events e WHERE e.sources != (SELECT count(DISTINCT doc_id) FROM mentions m WHERE m.event_id = e.id)`,
		`SELECT count(*) FROM sentences s WHERE s.id NOT IN (SELECT rowid FROM sentences_fts)`,
		`SELECT count(*) FROM mentions m WHERE m.event_id NOT IN (SELECT id FROM events)`,
	} {
		var bad int
		if err := r.QueryRow(q).Scan(&bad); err != nil || bad != 0 {
			t.Errorf("%s: %d, %v", q, bad, err)
		}
	}
}

// TestKilledIngest kills an ingest process (SIGKILL) while it writes,
// checks that the store holds only complete documents, runs ingest again,
// and expects exactly what one uninterrupted run makes.
func TestKilledIngest(t *testing.T) {
	if os.Getenv(childDB) != "" {
		t.Skip("in a child")
	}
	const n = 1200
	corpus := genCorpus(t, n)
	dir := t.TempDir()
	killed := filepath.Join(dir, "killed.db")
	cmd := child(t, killed, corpus)
	deadline := time.Now().Add(2 * time.Minute)
	for storedDocuments(killed) < 100 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	at := storedDocuments(killed)
	if at == 0 || at >= n {
		t.Fatalf("killed after %d of %d documents: the test needs a kill mid-run", at, n)
	}
	checkConsistent(t, killed)
	p := builtinPipeline(t)
	db := openDB(t, killed)
	rep, err := ingest.Run(context.Background(), db, p, []string{corpus}, ingest.Options{Batch: 4})
	if err != nil || rep.Duplicates != at || rep.Stored != n-at {
		t.Fatalf("re-run after the kill at %d: %+v, %v", at, rep, err)
	}
	clean := openDB(t, filepath.Join(dir, "clean.db"))
	if _, err := ingest.Run(context.Background(), clean, p, []string{corpus}, ingest.Options{Batch: 4}); err != nil {
		t.Fatal(err)
	}
	if a, b := stats(t, db), stats(t, clean); a != b {
		t.Errorf("after the kill and a re-run %+v, one clean run %+v", a, b)
	}
	if a, b := groups(t, db), groups(t, clean); !slices.Equal(a, b) {
		t.Errorf("canonical events differ from one clean run's (%d and %d)", len(a), len(b))
	}
	checkConsistent(t, killed)
	t.Logf("killed after %d of %d documents", at, n)
}

// TestConcurrentProcesses runs three ingest processes over overlapping
// inputs into one SQLite file at once, while this process reads it.
func TestConcurrentProcesses(t *testing.T) {
	if os.Getenv(childDB) != "" {
		t.Skip("in a child")
	}
	corpus := genCorpus(t, 300)
	path := filepath.Join(t.TempDir(), "shared.db")
	var cmds []*exec.Cmd
	for range 3 {
		cmds = append(cmds, child(t, path, corpus))
	}
	reads := 0
	done := make(chan error, len(cmds))
	for _, c := range cmds {
		go func() { done <- c.Wait() }()
	}
	for finished := 0; finished < len(cmds); {
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("ingest process: %v", err)
			}
			finished++
		default:
			storedDocuments(path)
			reads++
			time.Sleep(10 * time.Millisecond)
		}
	}
	checkConsistent(t, path)
	db := openDB(t, path)
	s := stats(t, db)
	clean := openDB(t, filepath.Join(t.TempDir(), "clean.db"))
	if _, err := ingest.Run(context.Background(), clean, builtinPipeline(t), []string{corpus}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	c := stats(t, clean)
	// The processes interleave their documents, so canonical events may
	// be made in another order; documents and mentions are the same.
	if s.Documents != 300 || s.Documents != c.Documents || s.Mentions != c.Mentions || s.Sentences != c.Sentences {
		t.Errorf("three processes stored %+v, one %+v", s, c)
	}
	t.Logf("%d reads while three processes wrote", reads)
}

// TestFullDiskIngest runs ingest into a store that runs out of room: the
// run stops with an error that says the writes keep failing, the store
// holds only complete documents, and a run with room again completes it.
func TestFullDiskIngest(t *testing.T) {
	corpus := genCorpus(t, 600)
	path := filepath.Join(t.TempDir(), "full.db")
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{MaxBytes: 300 << 10})
	if err != nil {
		t.Fatal(err)
	}
	p := builtinPipeline(t)
	skipped := 0
	rep, err := ingest.Run(context.Background(), db, p, []string{corpus}, ingest.Options{Skipped: func(string, error) { skipped++ }})
	db.Close()
	if err == nil || !strings.Contains(err.Error(), "in a row") || !strings.Contains(err.Error(), "full") {
		t.Fatalf("ingest into a full store: %+v, %v", rep, err)
	}
	if rep.Stored == 0 || rep.Stored >= 600 || skipped == 0 {
		t.Fatalf("stored %d, skipped %d: the test needs the store to fill mid-run", rep.Stored, skipped)
	}
	checkConsistent(t, path)
	room := openDB(t, path)
	again, err := ingest.Run(context.Background(), room, p, []string{corpus}, ingest.Options{})
	if err != nil || again.Duplicates != rep.Stored || again.Stored != 600-rep.Stored {
		t.Errorf("with room again: %+v, %v (first run stored %d)", again, err, rep.Stored)
	}
	checkConsistent(t, path)
}
