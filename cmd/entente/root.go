package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/dict/builtin"
)

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "entente",
		Short:         "Turn news about international affairs into a source-linked record of events",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newCodeCmd(), newEvalCmd(), newBenchCmd(), newDictCmd())
	root.AddCommand(newImportCmd(), newCascadeCmd())
	root.AddCommand(newScreenCmd())
	addImporter(root, newImportSanctionsCmd())
	root.AddCommand(newIngestCmd(), newEventsCmd(), newRelationsCmd(), newActorsCmd(), newDocumentsCmd(), newExportCmd(), newSearchCmd())
	root.AddCommand(newServeCmd(), newDemoCmd())
	return root
}

// logger writes diagnostics to stderr; stdout is kept for data.
func logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// loadDicts reads the dictionaries named by --dict, or the built-in ones
// when none is given, and reports how many lines were skipped.
func loadDicts(ctx context.Context, dirs []string, log *slog.Logger) (*dict.Set, error) {
	var set *dict.Set
	var err error
	if len(dirs) == 0 {
		set, err = dict.LoadFS(ctx, builtin.FS(), "builtin")
		if err != nil {
			return nil, fmt.Errorf("load built-in dictionaries: %w", err)
		}
	} else {
		set = &dict.Set{}
		for _, d := range dirs {
			s, err := dict.LoadFiles(ctx, d)
			if err != nil {
				return nil, fmt.Errorf("load dictionaries %s: %w", d, err)
			}
			set.Merge(s)
		}
	}
	if n := len(set.Problems); n > 0 {
		log.Warn("dictionary lines skipped", "count", n, "first", set.Problems[0].String())
	}
	return set, nil
}

func newCoder(ctx context.Context, dirs []string, opt coder.Options, log *slog.Logger) (*coder.Coder, error) {
	set, err := loadDicts(ctx, dirs, log)
	if err != nil {
		return nil, err
	}
	return coder.New(set, opt)
}
