package main

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/spf13/cobra"

	"github.com/entente/entente/timex/tempeval"
)

// newEvalTempEval3Cmd scores the time expressions on TempEval-3 Task A.
func newEvalTempEval3Cmd() *cobra.Command {
	var dir, baseline string
	var asJSON, verbose bool
	cmd := &cobra.Command{
		Use:   "tempeval3 --dir DIR [--json] [--baseline FILE] [-v]",
		Short: "Score time expressions on TempEval-3 Task A (strict/relaxed span F1, type accuracy, value F1)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			docs, err := tempeval.ReadDir(ctx, dir)
			if err != nil {
				return err
			}
			rep, err := tempeval.Run(ctx, docs)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if verbose {
				for _, e := range rep.Errors {
					fmt.Fprintf(out, "%-8s %-30s %q gold %s %s, got %s %s\n", e.Kind, e.Doc, e.Text,
						e.Gold.Type, e.Gold.Value, e.Got.Type, e.Got.Value)
				}
			}
			fmt.Fprintf(out, "tempeval3: %d documents, %d gold TIMEX3, %d found\n", rep.Docs, rep.Gold, rep.Found)
			fmt.Fprintf(out, "strict   F1 %.4f (%d matched)\n", rep.StrictF1(), rep.Strict)
			fmt.Fprintf(out, "relaxed  F1 %.4f (%d matched)\n", rep.RelaxedF1(), rep.Relaxed)
			fmt.Fprintf(out, "type     accuracy %.4f, F1 %.4f\n", rep.TypeAccuracy(), rep.TypeF1())
			fmt.Fprintf(out, "value    accuracy %.4f, F1 %.4f\n", rep.ValueAccuracy(), rep.ValueF1())
			if asJSON {
				b, err := json.Marshal(struct {
					StrictF1     float64 `json:"strict_f1"`
					RelaxedF1    float64 `json:"relaxed_f1"`
					TypeAccuracy float64 `json:"type_accuracy"`
					ValueF1      float64 `json:"value_f1"`
					Gold         int     `json:"gold"`
					Found        int     `json:"found"`
				}{round4(rep.StrictF1()), round4(rep.RelaxedF1()), round4(rep.TypeAccuracy()), round4(rep.ValueF1()), rep.Gold, rep.Found})
				if err != nil {
					return err
				}
				fmt.Fprintln(out, string(b))
			}
			return checkBaseline(baseline, "tempeval3", rep.Figures())
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "folder of TimeML .tml files (TempEval-3 platinum)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as one JSON object on the last line")
	cmd.Flags().StringVar(&baseline, "baseline", "", "JSON file whose tempeval3.FIGURE keys are floors")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list every miss, spurious expression and wrong value")
	_ = cmd.MarkFlagRequired("dir")
	return cmd
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }
