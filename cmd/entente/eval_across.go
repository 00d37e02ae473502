package main

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/document"
	"github.com/entente/entente/evalsuite"
	"github.com/entente/entente/ingest"
	"github.com/entente/entente/pipeline"
	"github.com/entente/entente/store"
)

// newEvalAcrossCmd checks the cross-document groups of the seeds gold in a
// store.
func newEvalAcrossCmd() *cobra.Command {
	var goldFile, seedsDir, db, baseline string
	var dicts []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "across --gold FILE [--seeds DIR] [--dict DIR]... [--db PATH] [--json] [--baseline FILE]",
		Short: "Ingest the seed documents into a store and check that each cross-document group is one canonical event",
		Long: `across ingests the documents of the seeds gold (from --seeds, by default the
seeds folder beside the gold's folder) into a store — a new SQLite file in a
temporary folder unless --db names one, which should be empty — ingests them a
second time, and checks the gold's across_documents groups: each must be one
canonical event holding a stored mention that matches every gold mention of the
group (by the gold README's rules), with mentions from several documents. It
reports groups, groups_ok, and idempotent (1 when the second ingest changed no
count).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			gold, err := readWith(goldFile, evalsuite.ReadSeedGold)
			if err != nil {
				return err
			}
			if seedsDir == "" {
				seedsDir = filepath.Join(filepath.Dir(goldFile), "..", "seeds")
			}
			c, err := newCoder(ctx, dicts, coder.DefaultOptions(), logger())
			if err != nil {
				return err
			}
			if db == "" {
				dir, err := os.MkdirTemp("", "entente-across-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				db = filepath.Join(dir, "across.db")
			}
			st, err := openStore(ctx, db, storeOptions{create: true})
			if err != nil {
				return err
			}
			defer st.Close()
			p := pipeline.New(c)
			process := func(d document.Document) store.Input { return ingest.Input(p, d) }
			rep, err := evalsuite.RunAcross(ctx, gold, seedsDir, st, process)
			if err != nil {
				return err
			}
			return finishEval(cmd, asJSON, baseline, rep.Suite, rep)
		},
	}
	cmd.Flags().StringVar(&goldFile, "gold", "", "gold file (seeds.gold.json)")
	cmd.Flags().StringVar(&seedsDir, "seeds", "", "folder of the seed documents (default: ../seeds from the gold file)")
	cmd.Flags().StringArrayVar(&dicts, "dict", nil, "dictionary directory (repeatable); default: the built-in dictionaries")
	cmd.Flags().StringVar(&db, "db", "", "store to ingest into (default: a new SQLite file in a temporary folder)")
	evalFlags(cmd, &asJSON, &baseline)
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}
