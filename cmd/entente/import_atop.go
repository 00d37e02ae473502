package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/entente/entente/treaty"
)

func newImportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import SOURCE",
		Short: "Import a third-party data set into entente's model",
	}
	cmd.AddCommand(newImportATOPCmd())
	return cmd
}

// newImportATOPCmd reads the ATOP alliance- and member-level CSV files.
func newImportATOPCmd() *cobra.Command {
	var alliances, members, out, dir string
	cmd := &cobra.Command{
		Use:   "atop --alliances FILE --members FILE [--out FILE.jsonl] [--dir DIR]",
		Short: "Read the ATOP alliance- and member-level CSV files into treaties",
		Long: `atop reads ATOP's alliance-level and member-level CSV files (v4.01, or 5.x
with the same layout), turns every member row into directed obligations with
ISO3 codes, validates them and prints a summary. --out writes the treaties as
JSON lines; --dir saves them in DIR/atop-VERSION.jsonl, replacing an earlier
import of the same version.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			imp, err := readATOP(alliances, members)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "ATOP %s: %d alliances, %d member rows, %d member periods of states with no ISO code (kept as cow:N)\n",
				imp.Version, len(imp.Treaties), imp.Members, imp.Historical)
			counts := map[treaty.Kind]int{}
			for _, t := range imp.Treaties {
				for _, o := range t.Obligations() {
					counts[o.Kind]++
				}
			}
			for _, k := range treaty.Kinds {
				fmt.Fprintf(w, "  %-15s %6d directed obligations\n", k, counts[k])
			}
			fmt.Fprintf(w, "%d notes on rows taken with a change\n", len(imp.Problems))
			for _, p := range imp.Problems {
				fmt.Fprintln(cmd.ErrOrStderr(), "note:", p)
			}
			if out != "" {
				if err := writeTreaties(out, imp.Treaties); err != nil {
					return err
				}
				fmt.Fprintf(w, "wrote %s\n", out)
			}
			if dir != "" {
				st := treaty.DirStore{Dir: dir}
				if err := st.SaveTreaties(cmd.Context(), "atop-"+imp.Version, imp.Treaties); err != nil {
					return err
				}
				fmt.Fprintf(w, "saved %s\n", filepath.Join(dir, "atop-"+imp.Version+".jsonl"))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&alliances, "alliances", "", "ATOP alliance-level CSV")
	cmd.Flags().StringVar(&members, "members", "", "ATOP member-level CSV")
	cmd.Flags().StringVar(&out, "out", "", "write the treaties as JSON lines to this file")
	cmd.Flags().StringVar(&dir, "dir", "", "save the treaties in this folder (a file per source)")
	_ = cmd.MarkFlagRequired("alliances")
	_ = cmd.MarkFlagRequired("members")
	return cmd
}

// readATOP opens the two ATOP files and reads them.
func readATOP(alliances, members string) (*treaty.ATOPImport, error) {
	a, err := os.Open(alliances)
	if err != nil {
		return nil, err
	}
	defer a.Close()
	m, err := os.Open(members)
	if err != nil {
		return nil, err
	}
	defer m.Close()
	imp, err := treaty.ReadATOP(a, m, treaty.DefaultCountries())
	if err != nil {
		return nil, fmt.Errorf("read ATOP %s, %s: %w", alliances, members, err)
	}
	return imp, nil
}

func writeTreaties(path string, ts []*treaty.Treaty) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := treaty.WriteJSONL(f, ts); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// loadTreatySet is the embedded base, plus ATOP files or JSON-lines files
// of treaties when given.
func loadTreatySet(_ context.Context, atopAlliances, atopMembers string, files []string) (*treaty.Set, error) {
	set := treaty.Base()
	var more []*treaty.Treaty
	if atopAlliances != "" || atopMembers != "" {
		if atopAlliances == "" || atopMembers == "" {
			return nil, fmt.Errorf("--atop-alliances and --atop-members go together")
		}
		imp, err := readATOP(atopAlliances, atopMembers)
		if err != nil {
			return nil, err
		}
		more = append(more, imp.Treaties...)
	}
	for _, p := range files {
		ts, err := readWith(p, func(r io.Reader) ([]*treaty.Treaty, error) {
			return treaty.ReadJSONL(r, treaty.DefaultCountries())
		})
		if err != nil {
			return nil, err
		}
		more = append(more, ts...)
	}
	if len(more) == 0 {
		return set, nil
	}
	return set.With(more), nil
}
