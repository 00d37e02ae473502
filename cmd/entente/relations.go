package main

import (
	"github.com/spf13/cobra"

	"github.com/entente/entente/export"
	"github.com/entente/entente/store"
)

func newRelationsCmd() *cobra.Command {
	var db string
	var q store.RelationQuery
	var p pageFlags
	cmd := &cobra.Command{
		Use:   "relations [--db PATH] [--type T] [--party P] [--status S] [--format table|jsonl|csv]",
		Short: "List the standing relations that facts and events build: pacts, sanctions, arms supply, trade, …",
		Long: `relations lists the relations of the store: defense pacts, sanctions regimes,
arms supply, trade figures by year, partnerships, memberships and offices held,
each with its parties, validity, status (asserted, claimed, alleged, planned,
hypothetical, negated; for claims, by whom) and number of sources. With
--format jsonl each relation carries its evidence: the document, the sentence
and the words that state it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q.Offset, q.Limit, q.Evidence = p.offset, p.limit, p.format == export.JSONL
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := export.Relations(cmd.OutOrStdout(), p.format)
			if err != nil {
				return err
			}
			page, err := st.Relations(ctx, q)
			if err != nil {
				return err
			}
			for _, r := range page.Items {
				if err := w.Write(r); err != nil {
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
	cmd.Flags().StringVar(&q.Type, "type", "", "trade, arms_supply, sanctions, defense_pact, partnership, membership or office")
	cmd.Flags().StringVar(&q.Party, "party", "", "a state or organisation involved (RUS, IGOUNO)")
	cmd.Flags().StringVar(&q.Status, "status", "", "asserted, claimed, alleged, planned, hypothetical or negated")
	cmd.Flags().IntVar(&q.MinSources, "min-sources", 0, "relations with evidence from at least this many documents")
	p.add(cmd, false)
	return cmd
}
