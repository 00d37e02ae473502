package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/entente/entente/export"
	"github.com/entente/entente/store"
)

func newDocumentsCmd() *cobra.Command {
	var db, from, to string
	var id int64
	var q store.DocumentQuery
	var p pageFlags
	cmd := &cobra.Command{
		Use:   "documents [--db PATH] [--text Q] [--outlet O] [--from D] [--to D] [--id N] [--format table|jsonl|csv]",
		Short: "List stored documents, or show one with its sentences, mentions and facts",
		Long: `documents lists the stored documents in the order they were published. With
--id it prints one document as JSON: its text, its sentences with their byte
spans, the event mentions and facts found in them, the persons it names, and
the spans to highlight.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			var err error
			if q.From, err = dateFlag("--from", from, false); err != nil {
				return err
			}
			if q.To, err = dateFlag("--to", to, true); err != nil {
				return err
			}
			q.Offset, q.Limit = p.offset, p.limit
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			if id != 0 {
				v, err := st.Document(ctx, id)
				if err != nil {
					return err
				}
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(v)
			}
			w, err := export.Documents(cmd.OutOrStdout(), p.format)
			if err != nil {
				return err
			}
			page, err := st.Documents(ctx, q)
			if err != nil {
				return err
			}
			for _, d := range page.Items {
				if err := w.Write(d); err != nil {
					return fmt.Errorf("write: %w", err)
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
	cmd.Flags().Int64Var(&id, "id", 0, "show this document in full, as JSON")
	cmd.Flags().StringVar(&q.Text, "text", "", `full-text query: words, "phrases", -excluded, OR`)
	cmd.Flags().StringVar(&q.Outlet, "outlet", "", "outlets whose name contains this")
	cmd.Flags().StringVar(&q.Name, "name", "", "documents with this name (file name or JSONL id)")
	cmd.Flags().StringVar(&from, "from", "", "published within or after this day, month or year")
	cmd.Flags().StringVar(&to, "to", "", "published within or before this day, month or year")
	cmd.Flags().BoolVar(&q.Newest, "newest", false, "latest first")
	p.add(cmd, false)
	return cmd
}
