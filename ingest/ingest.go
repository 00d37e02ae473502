// Package ingest reads documents, runs the pipeline over them on every
// core and writes them to a store through one writer, in the order they
// were read, so that the canonical events a run builds do not depend on
// which worker finished first.
//
// Documents whose text the store already holds are recognised by their
// content hash before the pipeline runs, so a second run over the same
// inputs costs little and changes nothing. The writer groups documents
// that are ready into one transaction (a group commit, each document
// complete or absent after a crash); a batch that fails is written again
// one document at a time, so that one bad document cannot sink others.
package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"
	"sync"
	"time"

	"github.com/entente/entente/document"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/store"
)

// Store is what ingest needs of a store.
type Store interface {
	Put(ctx context.Context, ins ...store.Input) ([]store.PutResult, error)
	// Has reports whether a document with this content hash is stored.
	Has(ctx context.Context, hash string) (bool, error)
}

// Processor runs the pipeline over one document; *pipeline.Pipeline is
// one. It must be safe for concurrent use.
type Processor interface {
	Process(doc document.Document) pipeline.Result
}

// Options tune a run. The zero value is ready to use.
type Options struct {
	// Workers is the number of pipeline goroutines; zero means GOMAXPROCS.
	Workers int
	// Batch is the most documents one transaction holds; zero means 256,
	// one gives a transaction per document.
	Batch int
	// Read are the document readers' options.
	Read document.Options
	// FS, when set, is where the inputs are: names of files or
	// directories in it, read by document.ReadFS (an embedded corpus).
	FS fs.FS
	// Progress, if set, is called from the writer after each transaction
	// and once at the end, with the counts so far.
	Progress func(Report)
	// Skipped, if set, is called for each input or document that could
	// not be read or written, with why; the run goes on.
	Skipped func(path string, err error)
}

// Report counts what a run did.
type Report struct {
	// Read counts the documents read; Stored those written, Duplicates
	// those already stored (or repeated), Failed those that could not be
	// read or written.
	Read, Stored, Duplicates, Failed int
	// Bytes is the text of the stored documents; Sentences, Mentions,
	// NewEvents, Merged, Facts and Relations add up the stored
	// documents' PutResults.
	Bytes                          int64
	Sentences, Mentions, NewEvents int
	Merged, Facts, Relations       int
	// Elapsed is the run's time; Writing the part of it the writer spent
	// in the store's transactions.
	Elapsed, Writing time.Duration
}

// batchWait is how long a batch waits for more documents before it is
// written.
const batchWait = 100 * time.Millisecond

// maxFailures stops a run whose writes fail one after the other: the
// store, not the documents, is then at fault (a full disk, a lost server).
const maxFailures = 8

// job is one document on its way, numbered in reading order.
type job struct {
	seq  int
	doc  document.Document
	hash string
	in   store.Input
	skip bool // already stored
}

// Run ingests the inputs (files, directories, "-" for standard input, as
// document.Read takes them, or names in opt.FS) into st. It returns the
// counts and an error when the run had to stop: ctx done, an input that
// could not be opened at all is not such an error (it is Skipped), a
// store that keeps failing is.
func Run(ctx context.Context, st Store, p Processor, inputs []string, opt Options) (Report, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opt.Batch
	if batch <= 0 {
		batch = 256
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	rep := Report{}
	skipped := func(path string, err error) {
		mu.Lock()
		rep.Failed++
		mu.Unlock()
		if opt.Skipped != nil {
			opt.Skipped(path, err)
		}
	}

	jobs := make(chan job, 4*workers)
	// The workers may run a batch ahead of the writer: while it commits
	// one batch, they code the next.
	done := make(chan job, batch+4*workers)
	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		for _, name := range inputs {
			read := document.Read
			if opt.FS != nil {
				read = func(ctx context.Context, name string, o document.Options, emit func(document.Document, error) error) error {
					return document.ReadFS(ctx, opt.FS, name, o, emit)
				}
			}
			err := read(ctx, name, opt.Read, func(d document.Document, derr error) error {
				if derr != nil {
					skipped(d.Path, derr)
					return nil
				}
				mu.Lock()
				rep.Read++
				mu.Unlock()
				select {
				case jobs <- job{seq: seq, doc: d}:
					seq++
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			if err != nil {
				if parent.Err() != nil {
					readErr = parent.Err()
					return
				}
				if ctx.Err() != nil {
					return
				}
				skipped(name, err)
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j = work(ctx, st, p, j)
				select {
				case done <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	err := write(ctx, st, done, batch, &mu, &rep, opt, skipped, start)
	cancel()
	for range done {
		// Let the workers finish after a stop.
	}
	mu.Lock()
	defer mu.Unlock()
	rep.Elapsed = time.Since(start)
	if err == nil {
		err = readErr
	}
	if err == nil && parent.Err() != nil {
		err = parent.Err()
	}
	if opt.Progress != nil {
		opt.Progress(rep)
	}
	return rep, err
}

// work checks whether the store has the document and, if not, runs the
// pipeline over it.
func work(ctx context.Context, st Store, p Processor, j job) job {
	j.hash = store.Hash(j.doc.Text)
	if has, err := st.Has(ctx, j.hash); err == nil && has {
		j.skip = true
		return j
	}
	// A failed look-up is not fatal: Put recognises duplicates too.
	j.in = Input(p, j.doc)
	j.doc = document.Document{}
	return j
}

// Input runs the pipeline over doc and returns what the store keeps of it.
func Input(p Processor, doc document.Document) store.Input {
	r := p.Process(doc)
	return store.Input{
		Document:  doc,
		Sentences: segment.Segment(doc.Text).Sentences,
		Events:    r.Events,
		Entities:  r.Entities,
		Facts:     r.Facts,
	}
}

// write takes processed documents, puts them back in reading order and
// writes them in batches of what is ready.
func write(ctx context.Context, st Store, done <-chan job, batch int, mu *sync.Mutex, rep *Report, opt Options,
	skipped func(string, error), start time.Time) error {
	pending := map[int]job{}
	next := 0
	failures := 0
	flush := func(ready []job) error {
		var ins []store.Input
		for _, j := range ready {
			if !j.skip {
				ins = append(ins, j.in)
			}
		}
		began := time.Now()
		results, err := put(ctx, st, ins, skipped, &failures)
		took := time.Since(began)
		mu.Lock()
		rep.Writing += took
		for _, j := range ready {
			if j.skip {
				rep.Duplicates++
			}
		}
		for i, r := range results {
			switch {
			case r == nil:
			case r.Duplicate:
				rep.Duplicates++
			default:
				rep.Stored++
				rep.Bytes += int64(len(ins[i].Document.Text))
				rep.Sentences += len(ins[i].Sentences)
				rep.Mentions += r.Mentions
				rep.NewEvents += r.NewEvents
				rep.Merged += r.Merged
				rep.Facts += r.Facts
				rep.Relations += r.Relations
			}
		}
		snapshot := *rep
		mu.Unlock()
		if opt.Progress != nil {
			snapshot.Elapsed = time.Since(start)
			opt.Progress(snapshot)
		}
		return err
	}
	// take moves the documents that are next in reading order from
	// pending into ready.
	take := func(ready []job) []job {
		for len(ready) < batch {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			ready = append(ready, r)
		}
		return ready
	}
	closed := false
	for {
		ready := take(nil)
		if len(ready) == 0 {
			if closed {
				return nil
			}
			j, ok := <-done
			if !ok {
				closed = true
				continue
			}
			pending[j.seq] = j
			continue
		}
		// A batch waits a little for the documents being coded: one
		// commit for many documents costs far less than one each.
		wait := time.NewTimer(batchWait)
	more:
		for !closed && len(ready) < batch {
			select {
			case j, ok := <-done:
				if !ok {
					closed = true
					break more
				}
				pending[j.seq] = j
				ready = take(ready)
			case <-wait.C:
				break more
			case <-ctx.Done():
				break more
			}
		}
		wait.Stop()
		if err := flush(ready); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// put writes a batch; when it fails, each document alone. It returns one
// result per input (nil for a document that could not be written) and an
// error when the store keeps failing.
func put(ctx context.Context, st Store, ins []store.Input, skipped func(string, error), failures *int) ([]*store.PutResult, error) {
	out := make([]*store.PutResult, len(ins))
	if len(ins) == 0 {
		return out, nil
	}
	res, err := st.Put(ctx, ins...)
	if err == nil {
		*failures = 0
		for i := range res {
			out[i] = &res[i]
		}
		return out, nil
	}
	if ctx.Err() != nil {
		return out, ctx.Err()
	}
	var last error
	for i := range ins {
		r, err := st.Put(ctx, ins[i])
		if err == nil {
			*failures = 0
			out[i] = &r[0]
			continue
		}
		if ctx.Err() != nil {
			return out, ctx.Err()
		}
		last = err
		skipped(pathOf(ins[i].Document), err)
		if *failures++; *failures >= maxFailures {
			return out, fmt.Errorf("ingest: %d writes failed in a row, the last: %w", *failures, last)
		}
	}
	return out, nil
}

func pathOf(d document.Document) string {
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d", d.Path, d.Line)
	}
	return d.Path
}
