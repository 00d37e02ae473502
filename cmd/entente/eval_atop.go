package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/entente/entente/treaty"
)

// newEvalATOPCmd checks the ATOP import against ATOP's own dyad-year file.
func newEvalATOPCmd() *cobra.Command {
	var alliances, members, ddyr, baseline, kind string
	var year int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "atop --alliances FILE --members FILE --ddyr FILE [--year 2016] [--kind defense] [--json] [--baseline FILE]",
		Short: "Compare the obligations of an ATOP import with ATOP's directed dyad-year file for one year",
		Long: `atop imports the ATOP alliance- and member-level files, lists the directed
dyads with an obligation of --kind on some day of --year, and compares them
with the rows of the dyad-year file (CSV, gzipped or not). The agreement is
the dyads both have over the dyads either has; every disagreement is listed
with what the import knows of it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			imp, err := readATOP(alliances, members)
			if err != nil {
				return err
			}
			f, err := os.Open(ddyr)
			if err != nil {
				return err
			}
			defer f.Close()
			ref, err := treaty.ReadDyadYears(f, year, treaty.DefaultCountries())
			if err != nil {
				return fmt.Errorf("read %s: %w", ddyr, err)
			}
			k := treaty.Kind(kind)
			if _, ok := ref.Kinds[k]; !ok {
				return fmt.Errorf("--kind %q: want one of %v", kind, treaty.Kinds)
			}
			rep := treaty.CompareDyads(imp.Treaties, ref, k)
			return finishEval(cmd, asJSON, baseline, rep.Suite, rep)
		},
	}
	cmd.Flags().StringVar(&alliances, "alliances", "", "ATOP alliance-level CSV")
	cmd.Flags().StringVar(&members, "members", "", "ATOP member-level CSV")
	cmd.Flags().StringVar(&ddyr, "ddyr", "", "ATOP directed dyad-year CSV (may be gzipped)")
	cmd.Flags().IntVar(&year, "year", 2016, "year to compare")
	cmd.Flags().StringVar(&kind, "kind", string(treaty.Defense), "obligation kind")
	evalFlags(cmd, &asJSON, &baseline)
	for _, n := range []string{"alliances", "members", "ddyr"} {
		_ = cmd.MarkFlagRequired(n)
	}
	return cmd
}
