package main

import (
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/entente/entente/sanctions"
	"github.com/entente/entente/sanctions/screeneval"
)

// newEvalSanctionsCmd scores screening on the name-matching sets.
func newEvalSanctionsCmd() *cobra.Command {
	var dir, baseline string
	var lists []string
	var asJSON bool
	var threshold float64
	cmd := &cobra.Command{
		Use:   "sanctions --dir DIR [--list FORMAT:PATH]... [--json] [--baseline FILE]",
		Short: "Score sanctions screening: the named cases, yente's UN positives and the US Congress set",
		Long: `sanctions loads the OFAC 2021 and 2025 sets and the UN consolidated list of
DIR (../shared/eval/sanctions), or the --list sources instead, and screens:
the named cases of issue 8, which must match their entries or nothing; every
row of name_matching/yente_positives_un_untreated.csv, right when its UN entry
is the best UN candidate and matches; and every row of
name_matching/yente_positives_us_congress_untreated.csv, none of whom is
listed, wrong when any candidate matches.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(lists) == 0 {
				lists = []string{
					"ofac:" + filepath.Join(dir, "ofac_sdn_2021"),
					"ofac:" + filepath.Join(dir, "ofac_sdn_2025"),
					"un:" + filepath.Join(dir, "un_sc_consolidated.xml.gz"),
				}
			}
			// Every candidate of a query is wanted: the UN entry may sit
			// behind the same person's OFAC entries.
			ix, err := loadIndex(cmd, lists, sanctions.Options{Limit: 50, Threshold: threshold}, logger())
			if err != nil {
				return err
			}
			nm := filepath.Join(dir, "name_matching")
			un, err := readWith(filepath.Join(nm, "yente_positives_un_untreated.csv"), screeneval.ReadNames)
			if err != nil {
				return err
			}
			congress, err := readWith(filepath.Join(nm, "yente_positives_us_congress_untreated.csv"), screeneval.ReadNames)
			if err != nil {
				return err
			}
			rep, err := screeneval.Run(cmd.Context(), ix, un, congress)
			if err != nil {
				return err
			}
			return finishEval(cmd, asJSON, baseline, "sanctions", rep)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the sanctions eval folder (../shared/eval/sanctions)")
	cmd.Flags().StringArrayVar(&lists, "list", nil, "screen against FORMAT:PATH instead of DIR's lists (repeatable)")
	cmd.Flags().Float64Var(&threshold, "threshold", sanctions.DefaultThreshold, "score from which a candidate matches")
	evalFlags(cmd, &asJSON, &baseline)
	_ = cmd.MarkFlagRequired("dir")
	return cmd
}
