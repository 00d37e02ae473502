package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/entente/entente/sanctions"
)

// newScreenCmd screens names against sanctions lists.
func newScreenCmd() *cobra.Command {
	var lists []string
	var format string
	var opt sanctions.Options
	cmd := &cobra.Command{
		Use:   "screen --list FORMAT:PATH... [NAME...] [--format jsonl|table]",
		Short: "Screen names against sanctions lists: one line per candidate, with the evidence",
		Long: `screen loads the lists given by --list and screens each NAME, or each line of
stdin when no NAME is given. A stdin line that starts with "{" is a JSON query:
{"name": "...", "type": "person|entity|vessel|aircraft", "birth_date": "1952"}.

It prints one JSON line per candidate: query, match, score, list, program,
entry_id, name, explanation (then type, name_kind, primary, regimes, source); a
query without a candidate still prints one line with "match": false. Formats
of --list: ` + listFormats() + `.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "table" {
				return fmt.Errorf("--format %q: want jsonl or table", format)
			}
			ix, err := loadIndex(cmd, lists, opt, logger())
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			var table *tabwriter.Writer
			if format == "table" {
				table = tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
				fmt.Fprintln(table, "QUERY\tMATCH\tSCORE\tLIST\tENTRY\tNAME\tPROGRAM")
				defer table.Flush()
			}
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			return eachQuery(cmd.InOrStdin(), args, func(q sanctions.Query) error {
				for _, l := range ix.Lines(q, ix.Screen(q)) {
					if table != nil {
						fmt.Fprintf(table, "%s\t%v\t%.3f\t%s\t%s\t%s\t%s\n", l.Query, l.Match, l.Score, l.List, l.EntryID, l.Name, l.Program)
						continue
					}
					if err := enc.Encode(l); err != nil {
						return err
					}
				}
				return nil
			})
		},
	}
	cmd.Flags().StringArrayVar(&lists, "list", nil, "sanctions list FORMAT:PATH (repeatable)")
	cmd.Flags().StringVar(&format, "format", "jsonl", "output: jsonl or table")
	cmd.Flags().Float64Var(&opt.Threshold, "threshold", sanctions.DefaultThreshold, "score from which a candidate matches")
	cmd.Flags().IntVar(&opt.Limit, "limit", 5, "candidates per query at most")
	_ = cmd.MarkFlagRequired("list")
	return cmd
}

func listFormats() string {
	var parts []string
	for _, f := range []string{"ofac", "un", "ftm", "opensanctions", "csl", "entente"} {
		parts = append(parts, f+" ("+sanctions.Formats[f]+")")
	}
	return strings.Join(parts, "; ")
}

// loadIndex loads the --list sources and indexes them, logging what the
// readers had to say.
func loadIndex(cmd *cobra.Command, lists []string, opt sanctions.Options, log *slog.Logger) (*sanctions.Index, error) {
	srcs, err := parseSources(lists)
	if err != nil {
		return nil, err
	}
	ix, loaded, err := sanctions.LoadIndex(cmd.Context(), srcs, opt)
	if err != nil {
		return nil, err
	}
	logLoaded(log, loaded)
	return ix, nil
}

func parseSources(lists []string) ([]sanctions.Source, error) {
	if len(lists) == 0 {
		return nil, fmt.Errorf("no list: give --list FORMAT:PATH (formats: %s)", listFormats())
	}
	var srcs []sanctions.Source
	for _, l := range lists {
		s, err := sanctions.ParseSource(l)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, s)
	}
	return srcs, nil
}

// logLoaded reports notes and the first problems of a load.
func logLoaded(log *slog.Logger, l sanctions.Loaded) {
	for _, n := range l.Notes {
		log.Info(n)
	}
	const shown = 10
	for i, p := range l.Problems {
		if i == shown {
			log.Warn("more list records skipped", "count", len(l.Problems)-shown)
			break
		}
		log.Warn("list record skipped", "at", p.String())
	}
}

// eachQuery calls fn with each name of args, or each line of stdin when
// there are none.
func eachQuery(stdin io.Reader, args []string, fn func(sanctions.Query) error) error {
	if len(args) > 0 {
		for _, a := range args {
			if err := fn(sanctions.Query{Name: a}); err != nil {
				return err
			}
		}
		return nil
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		q := sanctions.Query{Name: text}
		if strings.HasPrefix(text, "{") {
			var err error
			if q, err = sanctions.ParseQuery([]byte(text)); err != nil {
				return fmt.Errorf("stdin line %d: %w", line, err)
			}
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	return nil
}
