package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/evalsuite"
	"github.com/entente/entente/pipeline"
)

// newEvalSeedsCmd scores the whole system on the seed documents.
func newEvalSeedsCmd() *cobra.Command {
	var goldFile, seedsDir, baseline string
	var dicts []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "seeds --gold FILE [--seeds DIR] [--dict DIR]... [--json] [--baseline FILE]",
		Short: "Score events, sentences and entities on the seed documents against their gold",
		Long: `seeds codes each document of the gold file (read from --seeds, by default
the seeds folder beside the gold's folder) and scores it with the rules of the
gold's README: recall of the required events, precision of the coded events,
no-event sentences, boilerplate lines and headings, and the recall of persons,
organizations, metonyms, facts and relations (reported as not implemented while
the system does not extract them). The cross-document groups need the store and
are not evaluated. With --json the figures are printed as one JSON object.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			gold, err := readWith(goldFile, evalsuite.ReadSeedGold)
			if err != nil {
				return err
			}
			if seedsDir == "" {
				seedsDir = filepath.Join(filepath.Dir(goldFile), "..", "seeds")
			}
			c, err := newCoder(ctx, dicts, coder.DefaultOptions(), logger())
			if err != nil {
				return err
			}
			p := pipeline.New(c)
			p.Mentions = true // metonyms are scored on the mentions
			rep, err := evalsuite.RunSeeds(ctx, gold, seedsDir, p)
			if err != nil {
				return err
			}
			return finishEval(cmd, asJSON, baseline, rep.Suite, rep)
		},
	}
	cmd.Flags().StringVar(&goldFile, "gold", "", "gold file (seeds.gold.json)")
	cmd.Flags().StringVar(&seedsDir, "seeds", "", "folder of the seed documents (default: ../seeds from the gold file)")
	cmd.Flags().StringArrayVar(&dicts, "dict", nil, "dictionary directory (repeatable); default: the built-in dictionaries")
	evalFlags(cmd, &asJSON, &baseline)
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

// newEvalPloverCmd scores event types and dyads on a PLOVER gold standard.
func newEvalPloverCmd() *cobra.Command {
	var suiteFile, baseline string
	var dicts []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "plover --suite FILE [--dict DIR]... [--json] [--baseline FILE]",
		Short: "Score PLOVER types and source/target countries on a PLOVER gold standard",
		Long: `plover codes each record's sentence and counts it right when one coded
event has the record's PLOVER type (v0.5b1 labels mapped to the 2023 names) and
its source and target countries. It also reports the type alone, the dyad alone,
and a table per type. See evalsuite.ScorePlover for how actors are compared.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			recs, err := readWith(suiteFile, evalsuite.ReadPloverSuite)
			if err != nil {
				return err
			}
			c, err := newCoder(ctx, dicts, coder.DefaultOptions(), logger())
			if err != nil {
				return err
			}
			rep, err := evalsuite.RunPlover(ctx, recs, pipeline.New(c))
			if err != nil {
				return err
			}
			return finishEval(cmd, asJSON, baseline, rep.Suite, rep)
		},
	}
	cmd.Flags().StringVar(&suiteFile, "suite", "", "PLOVER gold standard (JSONL)")
	cmd.Flags().StringArrayVar(&dicts, "dict", nil, "dictionary directory (repeatable); default: the built-in dictionaries")
	evalFlags(cmd, &asJSON, &baseline)
	_ = cmd.MarkFlagRequired("suite")
	return cmd
}

// readWith opens path and reads it with read, naming the file in errors.
func readWith[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("read %s: %w", path, err)
	}
	return v, nil
}

// evalReport is what every eval command prints and gates.
type evalReport interface {
	JSON() ([]byte, error)
	WriteText(w io.Writer) error
	Figures() map[string]float64
}

// finishEval prints rep (as one JSON line with --json) and checks its
// figures against the baseline file, if one is given.
func finishEval(cmd *cobra.Command, asJSON bool, baseline, suite string, rep evalReport) error {
	out := cmd.OutOrStdout()
	if !asJSON {
		if err := rep.WriteText(out); err != nil {
			return err
		}
	} else {
		b, err := rep.JSON()
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintln(out, string(b)); err != nil {
			return err
		}
	}
	return checkBaseline(baseline, suite, rep.Figures())
}

// evalFlags adds the --json and --baseline flags every eval command has.
func evalFlags(cmd *cobra.Command, asJSON *bool, baseline *string) {
	cmd.Flags().BoolVar(asJSON, "json", false, "print the figures as one JSON object on the last line")
	cmd.Flags().StringVar(baseline, "baseline", "", "JSON file of figures that must not fall (see evalsuite.Baseline)")
}

// checkBaseline compares figures with the baseline file, if one is given,
// and fails with exit status 1 when a figure fell.
func checkBaseline(path, suite string, figures map[string]float64) error {
	if path == "" {
		return nil
	}
	b, err := readWith(path, evalsuite.ReadBaseline)
	if err != nil {
		return err
	}
	if fails := b.CheckFigures(suite, figures); len(fails) > 0 {
		for _, s := range fails {
			fmt.Fprintln(os.Stderr, "below baseline:", s)
		}
		return exitError{code: 1, msg: fmt.Sprintf("%s: %d figure(s) below the baseline in %s", suite, len(fails), path)}
	}
	return nil
}
