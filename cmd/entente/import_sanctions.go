package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/entente/entente/sanctions"
)

// addImporter adds sub to root's import command, making a bare one when
// no other importer has: each importer registers itself this way.
func addImporter(root, sub *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() == "import" {
			c.AddCommand(sub)
			return
		}
	}
	parent := &cobra.Command{Use: "import SOURCE", Short: "Import a third-party data set into entente's model"}
	parent.AddCommand(sub)
	root.AddCommand(parent)
}

// newImportSanctionsCmd reads sanctions lists, reports what they hold and
// writes the normalised entries.
func newImportSanctionsCmd() *cobra.Command {
	var lists []string
	var out string
	var strict bool
	cmd := &cobra.Command{
		Use:   "sanctions --list FORMAT:PATH... [--out FILE] [--strict]",
		Short: "Read sanctions lists, summarise them, and write the normalised entries as JSON lines",
		Long: `sanctions reads every --list, folds the entries that two vintages of one list
share, and prints per list the entries, names, weak aliases, types and
programmes, with the programme tags no built-in regime claims. Records that
cannot be read are reported on stderr with file:line and skipped; the rest
is kept. With --out the entries are written as JSON lines, which
"screen --list entente:FILE" reads back. Formats of --list: ` + listFormats() + `.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			srcs, err := parseSources(lists)
			if err != nil {
				return err
			}
			loaded, err := sanctions.LoadAll(ctx, srcs)
			if err != nil {
				return err
			}
			entries, folded := sanctions.MergeDuplicates(loaded.Entries)
			logLoaded(logger(), loaded)
			var dst sanctions.ListStore = discard{}
			var f *os.File
			if out != "" {
				if f, err = os.Create(out); err != nil {
					return err
				}
				defer f.Close()
				dst = sanctions.JSONLStore{W: f}
			}
			sum, err := sanctions.Import(ctx, dst, entries)
			if err != nil {
				return err
			}
			if f != nil {
				if err := f.Close(); err != nil {
					return fmt.Errorf("write %s: %w", out, err)
				}
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 8, 2, ' ', 0)
			fmt.Fprintln(tw, "LIST\tENTRIES\tNAMES\tWEAK\tPERSONS\tENTITIES\tVESSELS\tAIRCRAFT\tUNKNOWN\tPROGRAMMES\tUNMAPPED TAGS")
			for _, s := range sum {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", s.List, s.Entries, s.Names, s.Weak,
					s.Types[sanctions.Person], s.Types[sanctions.Entity], s.Types[sanctions.Vessel], s.Types[sanctions.Aircraft],
					s.Types[sanctions.Unknown], s.Programmes, unmapped(s.Unmapped))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d entries (%d folded from repeated list/id), %d records skipped\n", len(entries), folded, len(loaded.Problems))
			if strict && len(loaded.Problems) > 0 {
				return exitError{code: 1, msg: fmt.Sprintf("%d list records could not be read", len(loaded.Problems))}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&lists, "list", nil, "sanctions list FORMAT:PATH (repeatable)")
	cmd.Flags().StringVar(&out, "out", "", "write the normalised entries to FILE as JSON lines")
	cmd.Flags().BoolVar(&strict, "strict", false, "exit with status 1 when a record could not be read")
	_ = cmd.MarkFlagRequired("list")
	return cmd
}

func unmapped(m map[string]int) string {
	var parts []string
	for tag, n := range m {
		parts = append(parts, fmt.Sprintf("%s (%d)", tag, n))
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

// discard is the store of an import without --out.
type discard struct{}

func (discard) ReplaceList(context.Context, string, []sanctions.Entry) error { return nil }
