package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

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
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(ins); i += 64 {
			if _, err := db.Put(context.Background(), ins[i:min(i+64, len(ins))]...); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(ins)), "µs/doc")
}
