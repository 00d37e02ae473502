package main

import (
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/document"
	"github.com/entente/entente/pipeline"
)

func newBenchCmd() *cobra.Command {
	var dicts []string
	var rounds int
	cmd := &cobra.Command{
		Use:   "bench [--dict DIR]... [--rounds N] FILE...",
		Short: "Measure coding speed (sentences/s on one core) over a corpus",
		Long: `bench reads the documents once, then codes all of them N times on one
goroutine (segmentation, actors, verbs, events and their JSON fields, people and
facts) and prints documents, sentences, events, facts, sentences per second and
the heap in use.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			log := logger()
			t0 := time.Now()
			c, err := newCoder(ctx, dicts, coder.DefaultOptions(), log)
			if err != nil {
				return err
			}
			load := time.Since(t0)
			var docs []document.Document
			for _, name := range args {
				err := document.Read(ctx, name, document.Options{}, func(d document.Document, derr error) error {
					if derr != nil {
						log.Error("skipped document", "err", derr)
						return nil
					}
					docs = append(docs, d)
					return nil
				})
				if err != nil {
					return err
				}
			}
			if len(docs) == 0 {
				return fmt.Errorf("no documents read")
			}
			p := pipeline.New(c)
			sentences, events, facts := 0, 0, 0
			start := time.Now()
			for r := 0; r < rounds; r++ {
				for _, d := range docs {
					st := p.Stats(d)
					sentences += st.Sentences
					events += st.Events
					facts += st.Facts
				}
			}
			el := time.Since(start)
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(cmd.OutOrStdout(), "dictionaries loaded in %v\n", load.Round(time.Millisecond))
			fmt.Fprintf(cmd.OutOrStdout(), "documents %d, rounds %d, sentences %d, events %d, facts %d\n", len(docs), rounds, sentences, events, facts)
			fmt.Fprintf(cmd.OutOrStdout(), "elapsed %v, %.0f sentences/s, heap in use %.1f MB\n",
				el.Round(time.Millisecond), float64(sentences)/el.Seconds(), float64(ms.HeapInuse)/(1<<20))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dicts, "dict", nil, "dictionary directory (repeatable); default: the built-in dictionaries")
	cmd.Flags().IntVar(&rounds, "rounds", 20, "how many times to code the corpus")
	return cmd
}
