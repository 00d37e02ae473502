package main

import (
	"context"
	"os"

	"github.com/spf13/cobra"

	"github.com/entente/entente/store"
	"github.com/entente/entente/store/postgres"
	"github.com/entente/entente/store/sqlite"
)

// defaultDB is the store when --db is not given: $ENTENTE_DB, else
// entente.db in the working directory.
func defaultDB() string {
	if v := os.Getenv("ENTENTE_DB"); v != "" {
		return v
	}
	return "entente.db"
}

// dbFlag adds the --db flag every store command has.
func dbFlag(cmd *cobra.Command, db *string) {
	cmd.Flags().StringVar(db, "db", defaultDB(), "store: an SQLite file, or a postgres:// URL (default $ENTENTE_DB or entente.db)")
}

// storeOptions are the options of openStore.
type storeOptions struct {
	// create allows making a new SQLite file; readers refuse to.
	create  bool
	durable bool
}

// openStore opens the store named by --db.
func openStore(ctx context.Context, db string, opt storeOptions) (*store.DB, error) {
	if postgres.IsDSN(db) {
		return postgres.Open(ctx, db, postgres.Options{})
	}
	return sqlite.Open(ctx, db, sqlite.Options{MustExist: !opt.create, Durable: opt.durable})
}
