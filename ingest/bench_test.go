package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/entente/entente/ingest"
	"github.com/entente/entente/internal/sharedtest"
	"github.com/entente/entente/store/sqlite"
)

// voaCopies writes n copies of the VOA development stories (from
// ../shared) into one JSONL file, each copy with its own id and a line of
// its own so that no two texts are the same.
func voaCopies(tb testing.TB, n int) string {
	tb.Helper()
	src := sharedtest.Dir(tb, "eval", "corpora", "voa-dev.jsonl")
	f, err := os.Open(src)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var docs []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d map[string]any
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	path := filepath.Join(tb.TempDir(), "voa.jsonl")
	out, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	for i := range n {
		d := map[string]any{}
		for k, v := range docs[i%len(docs)] {
			d[k] = v
		}
		d["id"] = fmt.Sprintf("%v-%d", d["id"], i)
		d["text"] = fmt.Sprintf("%s\n\nCopy %d.", d["text"], i)
		if err := enc.Encode(d); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkIngestVOA ingests copies of the VOA stories into a new SQLite
// store on every core and reports documents per second.
func BenchmarkIngestVOA(b *testing.B) {
	p := builtinPipeline(b)
	corpus := voaCopies(b, 2000)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu := cpuTime()
		rep, err := ingest.Run(context.Background(), db, p, []string{corpus}, ingest.Options{})
		if err != nil || rep.Stored != 2000 {
			b.Fatalf("stored %d, %v", rep.Stored, err)
		}
		// On a shared machine the wall clock says little; the processor
		// time per document and the writer's share say more.
		b.ReportMetric(float64(rep.Stored)/rep.Elapsed.Seconds(), "docs/s")
		b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(rep.Stored), "cpu-µs/doc")
		b.ReportMetric(float64(rep.Writing.Microseconds())/float64(rep.Stored), "write-µs/doc")
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
}

// cpuTime is the processor time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
