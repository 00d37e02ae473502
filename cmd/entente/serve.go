package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/entente/entente/directory"
	"github.com/entente/entente/sanctions"
	"github.com/entente/entente/server"
	"github.com/entente/entente/store"
	"github.com/entente/entente/treaty"
)

// defaultAddr is loopback only: the UI has no login, so reaching it from
// another machine must be asked for (--addr 0.0.0.0:8080).
const defaultAddr = "127.0.0.1:8080"

func newServeCmd() *cobra.Command {
	var db string
	var sf serveFlagSet
	cmd := &cobra.Command{
		Use:   "serve [--db PATH] [--addr 127.0.0.1:8080]",
		Short: "Serve the store: HTTP JSON API under /api/ and the web UI at /",
		Long: `serve answers the JSON API documented in docs/api.md and serves the web UI:
a timeline of events, the network of states and organisations, a reader for
each document with actors, events and dates highlighted, and for each event
the sentences of all its sources side by side. Every file the UI needs is in
the binary; nothing is loaded from elsewhere.

It binds to 127.0.0.1 unless --addr says otherwise, logs one line per request
on stderr (--quiet: errors only) and stops cleanly on SIGINT or SIGTERM,
finishing the requests in flight. An API answer is served again to identical
requests for up to --cache (default 1s; 0 turns this off), so that what a
client sees is at most that old. With --list FORMAT:PATH (as 'entente screen'
takes them) the persons and organisations of each document are screened
against those sanctions lists, and the document page marks the matches.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := openStore(ctx, db, storeOptions{})
			if err != nil {
				return err
			}
			defer st.Close()
			return serve(cmd, st, sf)
		},
	}
	dbFlag(cmd, &db)
	sf.add(cmd)
	return cmd
}

// serveFlagSet holds the flags serve and demo share.
type serveFlagSet struct {
	addr  string
	quiet bool
	cache time.Duration
	lists []string
}

func (f *serveFlagSet) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.addr, "addr", defaultAddr, "address to listen on (host:port; port 0 picks a free one)")
	cmd.Flags().BoolVar(&f.quiet, "quiet", false, "log only errors, not every request")
	cmd.Flags().DurationVar(&f.cache, "cache", time.Second, "serve an API answer again to identical requests for this long (0: off)")
	cmd.Flags().StringArrayVar(&f.lists, "list", nil, "screen documents' persons against this sanctions list, FORMAT:PATH (repeatable; see docs/sanctions.md)")
}

// serve runs the server over st until SIGINT or SIGTERM.
func serve(cmd *cobra.Command, st *store.DB, f serveFlagSet) error {
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := logger()
	dir, err := directory.Builtin(ctx)
	if err != nil {
		return err
	}
	opt := server.Options{Logger: log, Directory: dir, Cascade: server.Treaties(treaty.Base()), CacheTTL: f.cache}
	if f.cache <= 0 {
		opt.CacheTTL = -1
	}
	if f.quiet {
		opt.LogLevel = slog.LevelDebug
	}
	if len(f.lists) > 0 {
		var srcs []sanctions.Source
		for _, l := range f.lists {
			src, err := sanctions.ParseSource(l)
			if err != nil {
				return fmt.Errorf("--list %s: %w", l, err)
			}
			srcs = append(srcs, src)
		}
		ix, loaded, err := sanctions.LoadIndex(ctx, srcs, sanctions.Options{})
		if err != nil {
			return err
		}
		entries, names := ix.Len()
		log.Info("sanctions lists loaded", "entries", entries, "names", names, "problems", len(loaded.Problems))
		opt.Screen = server.Sanctions(ix)
	}
	srv, err := server.New(st, opt)
	if err != nil {
		return err
	}
	ln, err := server.Listen(f.addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "entente: serving %s on http://%s/ (Ctrl-C to stop)\n", st.Dialect(), ln.Addr())
	return srv.Serve(ctx, ln)
}
