package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/entente/entente/export"
	"github.com/entente/entente/store"
)

func newSearchCmd() *cobra.Command {
	var db string
	var p pageFlags
	cmd := &cobra.Command{
		Use:   "search [--db PATH] [--format table|jsonl|csv] QUERY...",
		Short: "Find the stored sentences that match a full-text query",
		Long: `search lists the stored sentences that match a full-text query, in document
order: words (all must match), "quoted phrases", -excluded words, OR between
alternatives; put -- before a query that excludes words (entente search --
pact -Ukraine). With --format jsonl each hit carries the spans of the matched
words in its sentence.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := export.Hits(cmd.OutOrStdout(), p.format)
			if err != nil {
				return err
			}
			page, err := st.Search(ctx, store.SearchQuery{Text: strings.Join(args, " "), Offset: p.offset, Limit: p.limit})
			if err != nil {
				return err
			}
			for _, h := range page.Items {
				if err := w.Write(h); err != nil {
					return err
				}
			}
			if err := w.Close(); err != nil {
				return err
			}
			more(len(page.Items), page.Offset, page.Total)
			return nil
		},
	}
	dbFlag(cmd, &db)
	p.add(cmd, false)
	return cmd
}
