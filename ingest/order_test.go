package ingest_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/entente/entente/document"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/store"
)

// slowProcessor takes a random while over each document, so that workers
// finish out of reading order.
type slowProcessor struct{}

func (slowProcessor) Process(doc document.Document) pipeline.Result {
	time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	return pipeline.Result{}
}

// recorder is a store that remembers the order documents were put in.
type recorder struct {
	mu      sync.Mutex
	order   []string
	batches int
}

func (r *recorder) Put(_ context.Context, ins ...store.Input) ([]store.PutResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.batches++
	out := make([]store.PutResult, len(ins))
	for i, in := range ins {
		r.order = append(r.order, in.Document.ID)
		out[i] = store.PutResult{DocID: int64(len(r.order))}
	}
	return out, nil
}

func (r *recorder) Has(context.Context, string) (bool, error) { return false, nil }

// TestWriteOrder runs many documents through workers that finish out of
// order and expects every one written, in reading order, whatever the
// batch size.
func TestWriteOrder(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	const n = 400
	for i := range n {
		fmt.Fprintf(&b, "{\"id\": \"d%03d\", \"text\": \"Document number %d.\"}\n", i, i)
	}
	path := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, batch := range []int{1, 2, 7, 64} {
		r := &recorder{}
		rep, err := ingest.Run(context.Background(), r, slowProcessor{}, []string{path}, ingest.Options{Workers: 4, Batch: batch})
		if err != nil || rep.Stored != n {
			t.Fatalf("batch %d: %+v, %v", batch, rep, err)
		}
		for i, id := range r.order {
			if want := fmt.Sprintf("d%03d", i); id != want {
				t.Fatalf("batch %d: document %d written was %s, want %s", batch, i, id, want)
			}
		}
		if r.batches > n/batch+n/2 && batch > 1 {
			t.Logf("batch %d: %d transactions for %d documents", batch, r.batches, n)
		}
	}
}
