package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/document"
	"github.com/entente/entente/pipeline"
)

func newCodeCmd() *cobra.Command {
	var dicts []string
	var published string
	var explain, entities, facts, mentions bool
	cmd := &cobra.Command{
		Use:   "code [--dict DIR]... [--published T] [--entities] [--facts] [--mentions] FILE...",
		Short: "Print the events of each document, one JSON object per line",
		Long: `code reads documents and prints one JSON event per line (the event
contract in DESIGN.md). FILE may be a .txt file (with an optional NAME.meta.json
sidecar), a .jsonl file with one document per line, an .html page, an RSS or
Atom feed (.rss, .atom, .xml: one document per item), a web archive (.warc,
.warc.gz: one document per HTML page), an http or https URL (fetched, and read
as the page, feed or archive it is), a directory, or - for standard input. A
document that cannot be read is reported on stderr and the others are still
coded; the exit status is then 1. Archive records that are not HTML pages are
counted on stderr.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			log := logger()
			var opt document.Options
			if published != "" {
				t, err := document.ParsePublished(published)
				if err != nil {
					return fmt.Errorf("--published: %w", err)
				}
				opt.PublishedOverride = t
			}
			opt.Skipped = func(s document.Skip) {
				log.Info("skipped records", "input", s.Path, "reason", s.Reason, "count", s.Count)
			}
			c, err := newCoder(ctx, dicts, coder.DefaultOptions(), log)
			if err != nil {
				return err
			}
			p := pipeline.New(c)
			p.Mentions = mentions
			out := bufio.NewWriterSize(os.Stdout, 64<<10)
			defer out.Flush()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			failed := 0
			for _, name := range args {
				err := document.Read(ctx, name, opt, func(d document.Document, derr error) error {
					if derr != nil {
						failed++
						log.Error("skipped document", "err", derr)
						return nil
					}
					if explain {
						_, err := out.WriteString(p.Explain(d))
						return err
					}
					res := p.Process(d)
					for _, ev := range res.Events {
						if err := enc.Encode(ev); err != nil {
							return err
						}
					}
					if entities {
						for _, x := range res.Entities {
							if err := enc.Encode(x); err != nil {
								return err
							}
						}
					}
					if facts {
						for _, f := range res.Facts {
							if err := enc.Encode(f); err != nil {
								return err
							}
						}
					}
					for _, m := range res.Mentions {
						if err := enc.Encode(m); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					failed++
					log.Error("skipped input", "input", name, "err", err)
				}
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if failed > 0 {
				return exitError{code: 1, msg: fmt.Sprintf("%d document(s) or input(s) could not be read", failed)}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dicts, "dict", nil, "dictionary directory (repeatable); default: the built-in dictionaries")
	cmd.Flags().StringVar(&published, "published", "", "publication time for every document (RFC 3339 or YYYY-MM-DD)")
	cmd.Flags().BoolVar(&entities, "entities", false, `also print, after each document's events, one {"kind": "person", …} line per person it names`)
	cmd.Flags().BoolVar(&facts, "facts", false, `also print, after each document's events (and entities), one {"kind": "fact", …} line per fact it states (docs/facts.md)`)
	cmd.Flags().BoolVar(&mentions, "mentions", false, `also print, last, one {"kind": "mention", …} line per actor phrase recognised in the document`)
	cmd.Flags().BoolVar(&explain, "explain", false, "instead of events, print how each sentence was read: tokens, phrases, verbs, events")
	return cmd
}
