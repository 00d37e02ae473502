package coder

import (
	"context"
	"github.com/entente/entente/internal/sharedtest"
	"path/filepath"
	"testing"

	"github.com/entente/entente/dict"
	"github.com/entente/entente/document"
	"github.com/entente/entente/segment"
)

// sharedDir returns ../shared beside the repository root, or skips.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	return sharedtest.Dir(tb)
}

// BenchmarkCodePhoenix codes the sentences of the VOA corpus with the full
// Phoenix dictionaries, one sentence per iteration; it reports
// sentences/s. It is the benchmark behind the speed figure in the README.
func BenchmarkCodePhoenix(b *testing.B) {
	shared := sharedDir(b)
	ctx := context.Background()
	set, err := dict.LoadDir(ctx, filepath.Join(shared, "eval/dictionaries/phoenix"))
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(set, DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	var sents []string
	err = document.Read(ctx, filepath.Join(shared, "eval/corpora/voa-dev.jsonl"), document.Options{}, func(d document.Document, err error) error {
		if err != nil {
			return nil
		}
		for _, s := range segment.Segment(d.Text).Sentences {
			if s.Kind == segment.Prose {
				sents = append(sents, d.Text[s.Start:s.End])
			}
		}
		return nil
	})
	if err != nil || len(sents) == 0 {
		b.Fatalf("corpus: %v (%d sentences)", err, len(sents))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.CodeSentence(sents[i%len(sents)], 20250101)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeBuiltin codes the sentences of the VOA corpus with the
// built-in dictionaries, as one document per story so that people and
// references carry from sentence to sentence; it reports sentences/s.
func BenchmarkCodeBuiltin(b *testing.B) {
	shared := sharedDir(b)
	ctx := context.Background()
	c := builtinCoder(b)
	var docs [][]string
	err := document.Read(ctx, filepath.Join(shared, "eval/corpora/voa-dev.jsonl"), document.Options{}, func(d document.Document, err error) error {
		if err != nil {
			return nil
		}
		var sents []string
		for _, s := range segment.Segment(d.Text).Sentences {
			if s.Kind == segment.Prose {
				sents = append(sents, d.Text[s.Start:s.End])
			}
		}
		docs = append(docs, sents)
		return nil
	})
	if err != nil || len(docs) == 0 {
		b.Fatalf("corpus: %v (%d documents)", err, len(docs))
	}
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for n < b.N {
		for _, d := range docs {
			var cx Context
			for _, s := range d {
				c.CodeSentenceIn(&cx, s, 20250101)
				if n++; n == b.N {
					break
				}
			}
			if n == b.N {
				break
			}
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeSmall codes one sentence with the small test dictionary.
func BenchmarkCodeSmall(b *testing.B) {
	c, err := New(testSet(), DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c.CodeSentence("Valdoria condemned Kestran and promised aid to North Meran, officials said on Monday.", 0)
	}
}
