package main

import (
	"github.com/spf13/cobra"

	"github.com/entente/entente/export"
	"github.com/entente/entente/store"
)

func newActorsCmd() *cobra.Command {
	var db string
	var q store.ActorQuery
	var p pageFlags
	cmd := &cobra.Command{
		Use:   "actors [--db PATH] [--kind actor|person|organization] [--match TEXT] [--format table|jsonl|csv]",
		Short: "List the actor codes events name, and the persons and organisations documents name",
		Long: `actors lists first the actor codes of the stored events, most mentioned
first, then the persons and organisations the documents name, with their
affiliation, role and number of documents.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q.Offset, q.Limit = p.offset, p.limit
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := export.Actors(cmd.OutOrStdout(), p.format)
			if err != nil {
				return err
			}
			page, err := st.Actors(ctx, q)
			if err != nil {
				return err
			}
			for _, a := range page.Items {
				if err := w.Write(a); err != nil {
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
	cmd.Flags().StringVar(&q.Kind, "kind", "", "actor, person or organization (default: all)")
	cmd.Flags().StringVar(&q.Match, "match", "", "codes that start with it, names that contain it")
	p.add(cmd, false)
	return cmd
}
