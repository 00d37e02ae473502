package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs entente with args and returns what it printed on stdout.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

// TestStoreCommands ingests a folder of our own documents and reads the
// store back with every reading command and export.
func TestStoreCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cmd.db")
	if _, err := run(t, "events", "--db", db); err == nil || !strings.Contains(err.Error(), "no store there") {
		t.Errorf("reading a missing store: %v", err)
	}
	// The folder holds two unreadable inputs: the exit status says so,
	// the others are stored.
	if _, err := run(t, "ingest", "--db", db, "../../ingest/testdata/mixed"); err == nil || !strings.Contains(err.Error(), "2 document(s)") {
		t.Errorf("ingest: %v", err)
	}
	out, err := run(t, "events", "--db", db, "--format", "jsonl", "--actor", "CHL")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var ev struct {
		ID       int64 `json:"id"`
		Sources  int   `json:"sources"`
		Mentions []struct {
			Doc      string `json:"doc"`
			Sentence struct {
				Start, End int
				Text       string
			} `json:"sentence"`
		} `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &ev); err != nil || len(ev.Mentions) == 0 || ev.Mentions[0].Sentence.Text == "" || ev.Sources == 0 {
		t.Errorf("events jsonl %q: %v", lines[0], err)
	}
	for _, args := range [][]string{
		{"events", "--format", "csv", "--dyad", "CHL,PER"},
		{"events", "--all", "--text", "fishing"},
		{"relations", "--format", "jsonl"},
		{"actors", "--kind", "actor"},
		{"documents", "--format", "csv"},
		{"documents", "--id", "1"},
		{"search", "--format", "jsonl", "--", "fishing", "-Bolivia"},
	} {
		if _, err := run(t, withDB(args, db)...); err != nil {
			t.Errorf("%v: %v", args, err)
		}
	}
	for _, bad := range [][]string{
		{"events", "--from", "June"},
		{"events", "--dyad", "CHL"},
		{"events", "--format", "xml"},
		{"events", "--cameo", "4a"},
		{"documents", "--id", "999"},
		{"search", "--", "-fishing"},
	} {
		if _, err := run(t, withDB(bad, db)...); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
	out = filepath.Join(dir, "out")
	for _, kind := range []string{"gdelt", "plover", "csv"} {
		if _, err := run(t, "export", kind, "--db", db, "--out", out); err != nil {
			t.Errorf("export %s: %v", kind, err)
		}
	}
	for _, f := range []string{"events.tsv", "mentions.tsv", "events.jsonl", "events.csv", "mentions.csv", "relations.csv"} {
		if fi, err := os.Stat(filepath.Join(out, f)); err != nil || fi.Size() == 0 {
			t.Errorf("export file %s: %v", f, err)
		}
	}
}

// withDB puts --db right after the command's name, before any "--".
func withDB(args []string, db string) []string {
	return append([]string{args[0], "--db", db}, args[1:]...)
}
