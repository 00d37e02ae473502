package ingest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkIngestVOA ingests copies of the VOA stories (about 4 KB and 30
// sentences each) into a new SQLite store on every core.
func BenchmarkIngestVOA(b *testing.B) {
	p := builtinPipeline(b)
	corpus := voaCopies(b, 2000)
	benchIngest(b, p, corpus, 2000)
}

// benchIngest ingests input (n documents) into a new store per round and
// reports documents per second, processor time per document and the
// writer's time per document.
func benchIngest(b *testing.B, p ingest.Processor, input string, n int) {
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu := cpuTime()
		rep, err := ingest.Run(context.Background(), db, p, []string{input}, ingest.Options{})
		if err != nil || rep.Stored != n {
			b.Fatalf("stored %d of %d, %v", rep.Stored, n, err)
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

// Pieces of the generated articles, written for this benchmark.
var (
	genSubjects = []string{"Chile's foreign minister", "The Peruvian government", "Brazilian President Ana Souza",
		"Argentina's defence ministry", "Officials in Quito", "The Bolivian army", "Uruguay", "Paraguay's prime minister"}
	genVerbs = []string{"accused", "praised", "signed a trade agreement with", "met", "criticised", "thanked",
		"warned", "promised aid to", "hosted a delegation from", "imposed sanctions on"}
	genObjects = []string{"Colombia", "the Venezuelan government", "Ecuador", "Mexico", "Cuba", "Panama", "Spain", "Canada"}
	genTails   = []string{"on Monday", "after talks in the capital", "in a statement on Tuesday", "during a two-day visit",
		"late on Wednesday", "despite protests at home", "according to state media", "in a speech to parliament"}
	genCities = []string{"SANTIAGO", "LIMA", "BRASILIA", "BUENOS AIRES", "QUITO", "LA PAZ", "MONTEVIDEO", "ASUNCION"}
)

// genArticles writes n plain-text articles of about ten sentences, each
// its own, with their sidecars into a folder.
func genArticles(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	day := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	for i := range n {
		var b strings.Builder
		rng := rand.New(rand.NewPCG(uint64(i), 7))
		pick := func(s []string) string { return s[rng.IntN(len(s))] }
		fmt.Fprintf(&b, "%s %s %s\n\n", pick(genSubjects), pick(genVerbs), pick(genObjects))
		d := day.AddDate(0, 0, i/100)
		fmt.Fprintf(&b, "%s, %s %d (Test Wire) - ", pick(genCities), d.Month(), d.Day())
		for s := range 10 {
			if s > 0 && s%4 == 0 {
				b.WriteString("\n\n")
			}
			fmt.Fprintf(&b, "%s %s %s %s. ", pick(genSubjects), pick(genVerbs), pick(genObjects), pick(genTails))
		}
		fmt.Fprintf(&b, "\n\nThis is article %d.\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(b.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
		// A sidecar with the publication time, as wires give it: without
		// one the date is looked for in the text, which costs far more
		// than coding the article (see docs/store.md).
		meta := fmt.Sprintf(`{"published": %q, "source": "Test Wire"}`, d.Add(9*time.Hour).Format(time.RFC3339))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.meta.json", i)), []byte(meta), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// BenchmarkIngestArticles ingests 4000 generated plain-text articles
// (about ten sentences, 1 KB each) into a new SQLite store on every core.
func BenchmarkIngestArticles(b *testing.B) {
	p := builtinPipeline(b)
	dir := genArticles(b, 4000)
	benchIngest(b, p, dir, 4000)
}
