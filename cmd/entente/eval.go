package main

import (
	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/evalsuite"
)

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval SUITE",
		Short: "Score the coder on a gold set",
	}
	cmd.AddCommand(newEvalSuiteCmd("petrarch"), newEvalSuiteCmd("tabari"), newEvalTempEval3Cmd())
	cmd.AddCommand(newEvalSeedsCmd(), newEvalPloverCmd())
	cmd.AddCommand(newEvalATOPCmd())
	cmd.AddCommand(newEvalSanctionsCmd())
	return cmd
}

// newEvalSuiteCmd scores one of the engine suites: petrarch or tabari.
func newEvalSuiteCmd(suite string) *cobra.Command {
	var suiteFile, dictDir, baseline string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   suite + " --suite FILE --dicts DIR [--json] [--baseline FILE]",
		Short: "Score the coder on the " + suite + " suite with its own pass rule",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			records, err := readWith(suiteFile, evalsuite.ReadSuite)
			if err != nil {
				return err
			}
			set, err := loadDicts(ctx, []string{dictDir}, logger())
			if err != nil {
				return err
			}
			base, err := coder.New(set, evalsuite.PetrarchDefaultOptions())
			if err != nil {
				return err
			}
			factory := func(o coder.Options) (evalsuite.Coder, error) { return base.WithOptions(o), nil }
			var rep evalsuite.Report
			switch suite {
			case "petrarch":
				rep, err = evalsuite.RunPetrarch(ctx, records, factory)
			case "tabari":
				opts, lerr := evalsuite.LoadTabariOptions(dictDir)
				if lerr != nil {
					return lerr
				}
				rep, err = evalsuite.RunTabari(ctx, records, factory, opts.Options)
				rep.AddOptionsFile(opts)
			}
			if err != nil {
				return err
			}
			return finishEval(cmd, asJSON, baseline, rep.Suite, rep)
		},
	}
	cmd.Flags().StringVar(&suiteFile, "suite", "", "suite file (JSONL)")
	cmd.Flags().StringVar(&dictDir, "dicts", "", "dictionary directory for the suite")
	evalFlags(cmd, &asJSON, &baseline)
	_ = cmd.MarkFlagRequired("suite")
	_ = cmd.MarkFlagRequired("dicts")
	return cmd
}
