package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/document"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/store"
	"github.com/entente/entente/store/sqlite"
)

// voaInputs codes the VOA development stories once and returns n inputs
// made of them, each with a text of its own.
func voaInputs(b *testing.B, n int) []store.Input {
	b.Helper()
	path := sharedtest.Dir(b, "eval", "corpora", "voa-dev.jsonl")
	set, err := dict.LoadFS(context.Background(), builtin.FS(), "builtin")
	if err != nil {
		b.Fatal(err)
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	p := pipeline.New(c)
	var docs []document.Document
	err = document.Read(context.Background(), path, document.Options{}, func(d document.Document, err error) error {
		docs = append(docs, d)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	out := make([]store.Input, n)
	for i := range out {
		d := docs[i%len(docs)]
		d.ID = fmt.Sprintf("%s-%d", d.ID, i)
		d.Text = fmt.Sprintf("%s\n\nCopy %d.", d.Text, i)
		out[i] = ingest.Input(p, d)
	}
	return out
}

// BenchmarkPut measures the writer alone: coded VOA stories put in
// batches of 64 into a new SQLite store.
func BenchmarkPut(b *testing.B) {
	ins := voaInputs(b, 1000)
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c := cpuTime()
		for i := 0; i < len(ins); i += 64 {
			if _, err := db.Put(context.Background(), ins[i:min(i+64, len(ins))]...); err != nil {
				b.Fatal(err)
			}
		}
		cpu += cpuTime() - c
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(ins)), "µs/doc")
	// Processor time says more than the clock on a shared machine.
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N*len(ins)), "cpu-µs/doc")
}

// synthetic fills a new store with n canonical events between 60 states
// (the first ones far more often, as news has it), dated over 2000–2025,
// with one document, sentence and mention each, written straight into the
// tables: the merge has its own benchmark. The file is kept in the
// temporary folder and reused.
func synthetic(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("entente-bench-%d-v1.db", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part"
	os.Remove(tmp)
	db, err := sqlite.Open(context.Background(), tmp, sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", "file:"+tmp+"?_pragma=journal_mode(WAL)&_pragma=synchronous(OFF)")
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()
	codes := make([]string, 60)
	for i := range codes {
		codes[i] = fmt.Sprintf("'%c%c%c'", 'A'+i/26%26, 'A'+i%26, 'X')
	}
	list := strings.Join(codes, ", ")
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	stmts := []string{
		"CREATE TEMP TABLE codes (i INTEGER PRIMARY KEY, c TEXT)",
		"INSERT INTO codes (c) SELECT value FROM json_each('[' || replace(\"" + list + "\", '''', '\"') || ']')",
		fmt.Sprintf(`CREATE TEMP TABLE gen AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
			SELECT i, 1 + (abs(random()) %% 60) * (abs(random()) %% 60) / 60 AS s, 1 + (abs(random()) %% 60) * (abs(random()) %% 60) / 60 AS t,
			%d + (abs(random()) %% 9497) * 86400 AS day FROM n`, n, start),
		`INSERT INTO documents (id, hash, name, path, line, format, title, outlet, url, language, published, published_text,
			report_time, ingested, bytes, invalid_utf8, raw, text, sentences, mentions, facts)
			SELECT i, 'h' || i, 'd' || i || '.txt', '', 0, 'text', '', 'Synthetic', '', 'en', day, strftime('%Y-%m-%dT%H:%M:%SZ', day, 'unixepoch'),
			day, day, 40, 0, NULL, 'Synthetic event number ' || i || ' happened.', 1, 1, 0 FROM gen`,
		`INSERT INTO sentences (id, doc_id, idx, start_byte, end_byte, kind, paragraph, text, raw)
			SELECT i, i, 0, 0, 40, 'prose', 0, 'Synthetic event number ' || i || ' happened.', NULL FROM gen`,
		`INSERT INTO events SELECT g.i, '04|' || min(a.c, c.c) || '|' || max(a.c, c.c) || '|factual', '042', '04', 'CONSULT', 'visit', 1.9, 1,
			a.c, a.c || 'GOV', '', c.c, c.c, '', 1, 'factual', 'asserted', 1, g.day - 50400, g.day + 129600,
			strftime('%Y-%m-%d', g.day, 'unixepoch'), 'day', '', 86400, g.day, g.day + 86400, 1, 1, g.day, g.day
			FROM gen g JOIN codes a ON a.i = g.s JOIN codes c ON c.i = g.t`,
		`INSERT INTO mentions SELECT i, i, i, i, 'k' || i, 'AAXGOV', 'Synthetic', '', 0, 9, 1, 'ABX', 'Other', '', 10, 15,
			'042', 'CONSULT', 'visit', 1.9, 1, '', 'document', '', 'asserted', '', '' FROM gen`,
		"INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences",
		"ANALYZE",
	}
	for _, s := range stmts {
		if _, err := raw.Exec(s); err != nil {
			b.Fatalf("%s: %v", s[:40], err)
		}
	}
	if _, err := raw.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		b.Fatal(err)
	}
	raw.Close()
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	return path
}

// BenchmarkDyadDateQuery asks a store of one million events for the
// events of a dyad, either way round, or of one actor, in a month or a
// year (a page of 50 with the total count), and reports the latency
// percentiles.
func BenchmarkDyadDateQuery(b *testing.B) {
	for _, tc := range []struct {
		name     string
		mentions bool
		actor    bool
	}{{"dyad", false, false}, {"dyad+mentions", true, false}, {"actor+mentions", true, true}} {
		b.Run(tc.name, func(b *testing.B) {
			db, err := sqlite.Open(context.Background(), synthetic(b, 1_000_000), sqlite.Options{MustExist: true})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			rng := rand.New(rand.NewPCG(1, 2))
			var took []time.Duration
			total := 0
			// The first queries read the file into the page cache; a store
			// in use has it there.
			warm := 100
			b.ResetTimer()
			for i := range b.N + warm {
				if i == warm {
					took, total = took[:0], 0
					b.ResetTimer()
				}
				// Popular states come first in the code list.
				a, c := rng.IntN(20), rng.IntN(60)
				from := time.Date(2000+rng.IntN(26), time.Month(1+rng.IntN(12)), 1, 0, 0, 0, 0, time.UTC)
				to := from.AddDate(0, 1, 0)
				if rng.IntN(2) == 0 {
					from = time.Date(from.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
					to = from.AddDate(1, 0, 0)
				}
				q := store.EventQuery{Source: code(a), Target: code(c), Dyad: true, From: from, To: to, Mentions: tc.mentions}
				if tc.actor {
					q = store.EventQuery{Actor: code(c), From: from, To: to, Mentions: tc.mentions}
				}
				t0 := time.Now()
				p, err := db.Events(context.Background(), q)
				if err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(t0))
				total += p.Total
			}
			b.StopTimer()
			slices.Sort(took)
			pct := func(p float64) float64 { return float64(took[int(p*float64(len(took)-1))].Microseconds()) / 1000 }
			b.ReportMetric(pct(0.5), "p50-ms")
			b.ReportMetric(pct(0.99), "p99-ms")
			b.ReportMetric(float64(total)/float64(b.N), "events/query")
		})
	}
}

func code(i int) string { return fmt.Sprintf("%c%cX", 'A'+i/26%26, 'A'+i%26) }

// cpuTime is the processor time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
