package main

import (
	"fmt"
	"runtime"
	"time"

	"github.com/spf13/cobra"
)

func newDictCmd() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "dict DIR...",
		Short: "Load dictionaries, report what they hold and every line that was skipped",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var before runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			t0 := time.Now()
			set, err := loadDicts(cmd.Context(), args, logger())
			if err != nil {
				return err
			}
			el := time.Since(t0)
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			w := cmd.OutOrStdout()
			patterns := 0
			for _, v := range set.Verbs {
				patterns += len(v.Patterns)
			}
			fmt.Fprintf(w, "actors %d, agents %d, verbs %d, patterns %d, synsets %d, discards %d, issues %d\n",
				len(set.Actors), len(set.Agents), len(set.Verbs), patterns, len(set.Synsets), len(set.Discards), len(set.Issues))
			fmt.Fprintf(w, "loaded in %v, %.1f MB allocated\n", el.Round(time.Millisecond), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
			fmt.Fprintf(w, "%d lines skipped\n", len(set.Problems))
			if verbose {
				for _, p := range set.Problems {
					fmt.Fprintln(w, p.String())
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every skipped line")
	return cmd
}
