package main

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/examples/demo"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/pipeline"
)

func newDemoCmd() *cobra.Command {
	var db string
	var sf serveFlagSet
	cmd := &cobra.Command{
		Use:   "demo [--db ./entente.db] [--addr 127.0.0.1:8080]",
		Short: "Ingest the bundled demo corpus and serve it: the one command to see entente at work",
		Long: `demo codes the demo corpus that is built into the binary — short articles of
our own about real events of 2023 and 2024 (the Russia–North Korea treaty and
Putin's visits to Pyongyang and Hanoi, NATO's Washington summit, sanctions,
arms deliveries, trade), from several fictional outlets — stores it in --db
(an SQLite file, created if missing) and serves it as 'entente serve' does.

Running it again is quick: articles already in the store are recognised and
skipped. Open the printed URL in a browser; Ctrl-C stops the server.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			log := logger()
			st, err := openStore(ctx, db, storeOptions{create: true})
			if err != nil {
				return err
			}
			defer st.Close()
			c, err := newCoder(ctx, nil, coder.DefaultOptions(), log)
			if err != nil {
				return err
			}
			opt := ingest.Options{FS: demo.FS()}
			opt.Skipped = func(path string, err error) { log.Error("skipped", "input", path, "err", err) }
			rep, err := ingest.Run(ctx, st, pipeline.New(c), []string{"."}, opt)
			if err != nil {
				return fmt.Errorf("ingest the demo corpus: %w", err)
			}
			log.Info("demo corpus in the store", "db", db, "new", rep.Stored, "already_there", rep.Duplicates,
				"failed", rep.Failed, "events_new", rep.NewEvents, "merged", rep.Merged,
				"seconds", fmt.Sprintf("%.2f", rep.Elapsed.Seconds()))
			err = serve(cmd, st, sf)
			if errors.Is(err, syscall.EADDRINUSE) {
				return fmt.Errorf("%w (is another entente running? pick a port with --addr 127.0.0.1:8081)", err)
			}
			return err
		},
	}
	cmd.Flags().StringVar(&db, "db", "entente.db", "store: an SQLite file (created if missing) or a postgres:// URL")
	sf.add(cmd)
	return cmd
}
