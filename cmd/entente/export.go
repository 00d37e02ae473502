package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/entente/entente/export"
	"github.com/entente/entente/store"
)

func newExportCmd() *cobra.Command {
	var db, out string
	var header bool
	var f eventFlags
	cmd := &cobra.Command{
		Use:   "export gdelt|plover|csv [--db PATH] [filters] --out DIR",
		Short: "Write the store's events (and mentions, relations) as GDELT 2.0 TSV, PLOVER JSON or CSV",
		Long: `export writes the canonical events the filters select (the filters of
entente events) into DIR:

  gdelt   events.tsv and mentions.tsv: GDELT 2.0 events and mentions tables
          (tab-separated, no header unless --header)
  plover  events.jsonl: one PLOVER JSON event per line
  csv     events.csv, mentions.csv and relations.csv

docs/store.md lists every column.`,
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"gdelt", "plover", "csv"},
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, err := f.query()
			if err != nil {
				return err
			}
			q.Mentions = true
			kind := args[0]
			if kind != "gdelt" && kind != "plover" && kind != "csv" {
				return fmt.Errorf("unknown export %q: want gdelt, plover or csv", kind)
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			var files []*os.File
			create := func(name string) (*os.File, error) {
				fh, err := os.Create(filepath.Join(out, name))
				if err == nil {
					files = append(files, fh)
				}
				return fh, err
			}
			defer func() {
				for _, fh := range files {
					fh.Close()
				}
			}()
			var writers []*export.Writer[store.Event]
			var mentions *export.Writer[store.Mention]
			switch kind {
			case "gdelt":
				ev, err := create("events.tsv")
				if err != nil {
					return err
				}
				mf, err := create("mentions.tsv")
				if err != nil {
					return err
				}
				we, err := export.GDELTEvents(ev, header)
				if err != nil {
					return err
				}
				wm, err := export.GDELTMentions(mf, header)
				if err != nil {
					return err
				}
				writers = append(writers, we, wm)
			case "plover":
				ev, err := create("events.jsonl")
				if err != nil {
					return err
				}
				w, err := export.PLOVER(ev)
				if err != nil {
					return err
				}
				writers = append(writers, w)
			case "csv":
				ev, err := create("events.csv")
				if err != nil {
					return err
				}
				w, err := export.Events(ev, export.CSV)
				if err != nil {
					return err
				}
				mf, err := create("mentions.csv")
				if err != nil {
					return err
				}
				if mentions, err = export.Mentions(mf, export.CSV); err != nil {
					return err
				}
				writers = append(writers, w)
			}
			n := 0
			err = st.ScanEvents(ctx, q, func(e store.Event) error {
				n++
				for _, w := range writers {
					if err := w.Write(e); err != nil {
						return err
					}
				}
				if mentions != nil {
					for _, m := range e.Mentions {
						if err := mentions.Write(m); err != nil {
							return err
						}
					}
				}
				return nil
			})
			if err != nil {
				return err
			}
			for _, w := range writers {
				if err := w.Close(); err != nil {
					return err
				}
			}
			if mentions != nil {
				if err := mentions.Close(); err != nil {
					return err
				}
				if err := exportRelations(cmd, st, create); err != nil {
					return err
				}
			}
			for _, fh := range files {
				if err := fh.Close(); err != nil {
					return err
				}
			}
			files = nil
			logger().Info("exported", "format", kind, "events", n, "dir", out)
			return nil
		},
	}
	dbFlag(cmd, &db)
	f.add(cmd)
	cmd.Flags().StringVar(&out, "out", ".", "directory to write the files into")
	cmd.Flags().BoolVar(&header, "header", false, "gdelt: first line names the columns")
	return cmd
}

// exportRelations writes every relation to relations.csv.
func exportRelations(cmd *cobra.Command, st *store.DB, create func(string) (*os.File, error)) error {
	fh, err := create("relations.csv")
	if err != nil {
		return err
	}
	w, err := export.Relations(fh, export.CSV)
	if err != nil {
		return err
	}
	for off := 0; ; off += store.MaxLimit {
		p, err := st.Relations(cmd.Context(), store.RelationQuery{Offset: off, Limit: store.MaxLimit})
		if err != nil {
			return err
		}
		for _, r := range p.Items {
			if err := w.Write(r); err != nil {
				return err
			}
		}
		if off+len(p.Items) >= p.Total || len(p.Items) == 0 {
			break
		}
	}
	return w.Close()
}
