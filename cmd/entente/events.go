package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/export"
	"github.com/entente/entente/store"
)

// eventFlags are the filters of the commands that select events.
type eventFlags struct {
	actor, source, target, dyad, cameo, plover, modality, from, to, text string
	minSources                                                           int
	doc                                                                  int64
}

func (f *eventFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.actor, "actor", "", "actor on either side: a state or organisation (RUS, IGOWSTNAT), a full code (RUSGOV) or a prefix (IGO*)")
	fl.StringVar(&f.source, "source", "", "source actor (as --actor)")
	fl.StringVar(&f.target, "target", "", "target actor (as --actor)")
	fl.StringVar(&f.dyad, "dyad", "", "two actors in either order, A,B")
	fl.StringVar(&f.cameo, "cameo", "", "CAMEO root (04) or code prefix (042)")
	fl.StringVar(&f.plover, "plover", "", "PLOVER type (CONSULT, ACCUSE, …)")
	fl.StringVar(&f.modality, "modality", "", "asserted, alleged, planned, hypothetical or negated")
	fl.StringVar(&f.from, "from", "", "events dated within or after this day, month or year (2024-06-19, 2024-06, 2024)")
	fl.StringVar(&f.to, "to", "", "events dated within or before this day, month or year")
	fl.StringVar(&f.text, "text", "", `full-text query over the mentions' sentences: words, "phrases", -excluded, OR`)
	fl.IntVar(&f.minSources, "min-sources", 0, "events mentioned by at least this many documents")
	fl.Int64Var(&f.doc, "doc", 0, "events mentioned in this document (its id)")
}

// query turns the flags into a store query.
func (f *eventFlags) query() (store.EventQuery, error) {
	q := store.EventQuery{Actor: f.actor, Source: f.source, Target: f.target, CAMEO: f.cameo, PloverType: f.plover,
		Modality: f.modality, Text: f.text, MinSources: f.minSources, DocID: f.doc}
	if f.dyad != "" {
		if f.source != "" || f.target != "" {
			return q, fmt.Errorf("--dyad and --source/--target exclude each other")
		}
		a, b, ok := strings.Cut(f.dyad, ",")
		if !ok || strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
			return q, fmt.Errorf("--dyad %q: want two actors, A,B", f.dyad)
		}
		q.Source, q.Target, q.Dyad = strings.TrimSpace(a), strings.TrimSpace(b), true
	}
	var err error
	if q.From, err = dateFlag("--from", f.from, false); err != nil {
		return q, err
	}
	if q.To, err = dateFlag("--to", f.to, true); err != nil {
		return q, err
	}
	return q, nil
}

// dateFlag reads a date flag: the start of the day, month or year it
// names, or its end for an upper bound, so that --to 2024-06 takes in
// June.
func dateFlag(name, v string, end bool) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	iv, _, ok := canon.Span(v)
	if !ok || strings.Contains(v, "/") || iv.Lo == canon.MinTime || iv.Hi == canon.MaxTime {
		return time.Time{}, fmt.Errorf("%s %q: want a day, month or year (2024-06-19, 2024-06, 2024) or a time", name, v)
	}
	if end {
		return time.Unix(iv.Hi, 0).UTC(), nil
	}
	return time.Unix(iv.Lo, 0).UTC(), nil
}

// pageFlags are the paging flags of the list commands.
type pageFlags struct {
	limit, offset int
	all           bool
	format        string
}

func (p *pageFlags) add(cmd *cobra.Command, canAll bool) {
	cmd.Flags().IntVar(&p.limit, "limit", store.DefaultLimit, "most results to print")
	cmd.Flags().IntVar(&p.offset, "offset", 0, "results to skip")
	if canAll {
		cmd.Flags().BoolVar(&p.all, "all", false, "print every result (in the order they were stored), without paging")
	}
	cmd.Flags().StringVar(&p.format, "format", export.Table, "table, jsonl or csv")
}

// more tells on stderr that a page did not hold every result.
func more(shown, offset, total int) {
	if offset+shown < total {
		fmt.Fprintf(os.Stderr, "entente: results %d–%d of %d (--offset, --limit or --all for more)\n", offset+1, offset+shown, total)
	}
}

func newEventsCmd() *cobra.Command {
	var db, order string
	var desc bool
	var f eventFlags
	var p pageFlags
	cmd := &cobra.Command{
		Use:   "events [--db PATH] [filters] [--format table|jsonl|csv]",
		Short: "List canonical events: each real event once, with its mentions and sources",
		Long: `events lists the canonical events of the store: one per real-world event,
however many documents report it, with the number of documents (sources) and
mentions. With --format jsonl each event carries its mentions: the document,
the sentence (start, end, text) and what that mention coded. The table and CSV
columns are listed in docs/store.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			q, err := f.query()
			if err != nil {
				return err
			}
			q.Order, q.Desc, q.Offset, q.Limit, q.Mentions = order, desc, p.offset, p.limit, p.format == export.JSONL
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			w, err := export.Events(cmd.OutOrStdout(), p.format)
			if err != nil {
				return err
			}
			if p.all {
				if err := st.ScanEvents(ctx, q, w.Write); err != nil {
					return err
				}
				return w.Close()
			}
			page, err := st.Events(ctx, q)
			if err != nil {
				return err
			}
			for _, e := range page.Items {
				if err := w.Write(e); err != nil {
					return err
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
	f.add(cmd)
	p.add(cmd, true)
	cmd.Flags().StringVar(&order, "order", store.OrderDate, "date, sources (most first) or id")
	cmd.Flags().BoolVar(&desc, "desc", false, "reverse the order")
	return cmd
}
