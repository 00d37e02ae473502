package main

import (
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/document"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/pipeline"
)

func newIngestCmd() *cobra.Command {
	var db, published string
	var dicts []string
	var workers, batch int
	var durable bool
	cmd := &cobra.Command{
		Use:   "ingest [--db PATH] FILE|DIR...",
		Short: "Code documents and store them with their events, merged across documents",
		Long: `ingest reads documents as code does (.txt with sidecars, .jsonl, .html, a
directory, - for standard input), codes them on every core and stores them
with their sentences, event mentions, entities and facts in the store named by
--db (an SQLite file, created if missing, or a postgres:// URL). Mentions of one
real event in several documents become one canonical event; facts and events
build relations.

A document whose text is already stored is skipped, so running ingest again
changes nothing. Each document is stored completely or not at all: a run that
is killed can simply be run again. Several ingest processes may write to one
store at once. Documents that cannot be read or stored are reported on stderr
and the others are still stored; the exit status is then 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			log := logger()
			var ropt document.Options
			if published != "" {
				t, err := document.ParsePublished(published)
				if err != nil {
					return fmt.Errorf("--published: %w", err)
				}
				ropt.PublishedOverride = t
			}
			c, err := newCoder(ctx, dicts, coder.DefaultOptions(), log)
			if err != nil {
				return err
			}
			st, err := openStore(ctx, db, storeOptions{create: true, durable: durable})
			if err != nil {
				return err
			}
			defer st.Close()
			opt := ingest.Options{Workers: workers, Batch: batch, Read: ropt}
			opt.Skipped = func(path string, err error) { log.Error("skipped", "input", path, "err", err) }
			opt.Progress = progress(log)
			rep, err := ingest.Run(ctx, st, pipeline.New(c), args, opt)
			log.Info("ingest done", "read", rep.Read, "stored", rep.Stored, "duplicates", rep.Duplicates,
				"failed", rep.Failed, "mentions", rep.Mentions, "new_events", rep.NewEvents, "merged", rep.Merged,
				"facts", rep.Facts, "seconds", fmt.Sprintf("%.2f", rep.Elapsed.Seconds()),
				"docs_per_s", fmt.Sprintf("%.0f", float64(rep.Read)/max(rep.Elapsed.Seconds(), 1e-9)))
			if err != nil {
				return err
			}
			if rep.Failed > 0 {
				return exitError{code: 1, msg: fmt.Sprintf("%d document(s) or input(s) could not be read or stored", rep.Failed)}
			}
			return nil
		},
	}
	dbFlag(cmd, &db)
	cmd.Flags().StringArrayVar(&dicts, "dict", nil, "dictionary directory (repeatable); default: the built-in dictionaries")
	cmd.Flags().StringVar(&published, "published", "", "publication time for every document (RFC 3339 or YYYY-MM-DD)")
	cmd.Flags().IntVar(&workers, "workers", 0, "pipeline goroutines (default: one per core)")
	cmd.Flags().IntVar(&batch, "batch", 0, "most documents per transaction (default 256; 1: one transaction per document)")
	cmd.Flags().BoolVar(&durable, "durable", false, "SQLite: wait for each commit to reach the disk (survives a power cut, slower)")
	return cmd
}

// progress reports a run: a bar when stderr is a terminal, otherwise a log
// line every ten seconds.
func progress(log *slog.Logger) func(ingest.Report) {
	if term.IsTerminal(int(os.Stderr.Fd())) {
		bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(os.Stderr), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionClearOnFinish())
		return func(r ingest.Report) { _ = bar.Set(r.Stored + r.Duplicates + r.Failed) }
	}
	var last time.Time
	return func(r ingest.Report) {
		if time.Since(last) < 10*time.Second {
			return
		}
		last = time.Now()
		log.Info("ingest", "stored", r.Stored, "duplicates", r.Duplicates, "failed", r.Failed, "mentions", r.Mentions)
	}
}
