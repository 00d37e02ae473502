package pipeline

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
	"github.com/entente/entente/document"
	"github.com/entente/entente/internal/sharedtest"
)

// benchPipeline returns a pipeline with the built-in dictionaries and the
// documents of the VOA corpus in ../shared.
func benchPipeline(b testing.TB) (*Pipeline, []document.Document) {
	b.Helper()
	shared := sharedtest.Dir(b)
	ctx := context.Background()
	set, err := dict.LoadFS(ctx, builtin.FS(), "builtin")
	if err != nil {
		b.Fatal(err)
	}
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	var docs []document.Document
	err = document.Read(ctx, filepath.Join(shared, "eval/corpora/voa-dev.jsonl"), document.Options{}, func(d document.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil || len(docs) == 0 {
		b.Fatalf("corpus: %v (%d documents)", err, len(docs))
	}
	return New(c), docs
}

// BenchmarkProcess runs every stage (events, people, facts) over the VOA
// corpus, one document per iteration, and reports sentences/s: the figure
// `entente bench` gives, without the command around it.
func BenchmarkProcess(b *testing.B) { benchRun(b, true) }

// BenchmarkCode runs the stages without facts, for comparison with
// BenchmarkProcess: the difference is what facts cost.
func BenchmarkCode(b *testing.B) { benchRun(b, false) }

func benchRun(b *testing.B, facts bool) {
	p, docs := benchPipeline(b)
	sentences := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sentences += run(p, docs[i%len(docs)], facts)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkFactsCost measures what facts add to the rest of the pipeline
// on a machine shared with other work: each document is run without and
// with facts in turn (in either order, round after round), and the
// fastest of each over the rounds counts, so that pauses of the machine
// fall on neither. It reports the extra time in percent (facts-%).
func BenchmarkFactsCost(b *testing.B) {
	p, docs := benchPipeline(b)
	best := make([][2]time.Duration, len(docs))
	for i := range best {
		best[i] = [2]time.Duration{time.Hour, time.Hour}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(docs)
		// Which runs first changes between rounds: the second finds the
		// document's data in the caches.
		order := []int{0, 1}
		if (i/len(docs))%2 == 1 {
			order = []int{1, 0}
		}
		for _, j := range order {
			t0 := time.Now()
			run(p, docs[k], j == 1)
			best[k][j] = min(best[k][j], time.Since(t0))
		}
	}
	var without, with time.Duration
	for _, d := range best {
		if d[0] == time.Hour {
			continue // not run: b.N below the number of documents
		}
		without += d[0]
		with += d[1]
	}
	if without > 0 {
		b.ReportMetric(100*(float64(with)/float64(without)-1), "facts-%")
	}
}

// run codes doc, with its facts or not, and returns its sentences.
func run(p *Pipeline, doc document.Document, facts bool) int {
	var n int
	var r *Result
	if facts {
		r = &Result{}
	}
	p.code(doc, &n, r)
	return n
}
