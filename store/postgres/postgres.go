// Package postgres opens an entente store in a PostgreSQL database through
// pgx, for teams that share one store and for ingest from several
// machines. The tables live in the schema the connection's search_path
// names first (the DSN's search_path parameter, or public), so several
// stores can share a database.
//
// Text that PostgreSQL cannot hold — NUL bytes and invalid UTF-8 — is kept
// with its byte length (each such byte stored as a placeholder byte), and
// the original bytes of the document are kept beside it, so offsets hold
// and nothing is lost.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/entente/entente/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNotStore is returned for a schema that holds another program's
// tables.
var ErrNotStore = errors.New("not an entente store")

const versionTable = "entente_migrations"

// writeLock is the advisory lock that serialises the store's writers.
const writeLock = "7324061"

// Options tune how the database is opened.
type Options struct {
	// MaxConns bounds the connection pool; zero means 8.
	MaxConns int
	// Store holds the store's own options.
	Store store.Options
}

// IsDSN reports whether s names a PostgreSQL database (a postgres:// or
// postgresql:// URL) rather than a file.
func IsDSN(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// Open connects to the database named by dsn (a URL or key=value string
// as libpq takes it) and migrates its schema.
func Open(ctx context.Context, dsn string, opt Options) (*store.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: bad connection string: %w", err)
	}
	where := fmt.Sprintf("postgres %s@%s:%d/%s", cfg.User, cfg.Host, cfg.Port, cfg.Database)
	db := stdlib.OpenDB(*cfg)
	conns := opt.MaxConns
	if conns <= 0 {
		conns = 8
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: cannot connect: %w", where, err)
	}
	if err := prepare(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	return store.New(db, db, Dialect(), opt.Store), nil
}

// prepare refuses a schema of another program and migrates ours.
func prepare(ctx context.Context, db *sql.DB) error {
	var tables, ours int
	err := db.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE table_name = $1)
		FROM information_schema.tables WHERE table_schema = current_schema()`, versionTable).Scan(&tables, &ours)
	if err != nil {
		return fmt.Errorf("inspect schema: %w", err)
	}
	if tables > 0 && ours == 0 {
		return fmt.Errorf("the schema holds %d tables of another program: %w (name an empty schema with search_path)", tables, ErrNotStore)
	}
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	// An advisory lock keeps two processes from migrating at once.
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub, goose.WithTableName(versionTable),
		goose.WithDisableGlobalRegistry(true), goose.WithSessionLocker(locker))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	current, target, err := p.GetVersions(ctx)
	if err == nil && current > target {
		return fmt.Errorf("the store's schema (version %d) is newer than this entente knows (%d): use a newer entente", current, target)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate schema: %w", err)
	}
	return nil
}

// Dialect returns what the store needs to know of PostgreSQL.
func Dialect() store.Dialect {
	return store.Dialect{
		Name:           "postgres",
		Numbered:       true,
		BeginWrite:     "SELECT pg_advisory_xact_lock(" + writeLock + ")",
		MatchSentences: "SELECT id FROM sentences WHERE to_tsvector('simple', text) @@ to_tsquery('simple', ?)",
		Expression:     func(q store.Query) string { return q.TSQuery() },
		NextIDs:        nextIDs,
		Text:           Storable,
		MaxParams:      30000,
	}
}

// nextIDs takes ids from the store's one sequence.
func nextIDs(ctx context.Context, tx *sql.Tx, _ string, n int) ([]int64, error) {
	if n == 0 {
		return nil, nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT nextval('entente_ids') FROM generate_series(1, $1)", n)
	if err != nil {
		return nil, fmt.Errorf("next ids: %w", err)
	}
	defer rows.Close()
	ids := make([]int64, 0, n)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Storable returns s with each NUL byte and each byte of invalid UTF-8
// replaced by one byte ("\x1a", SUB, for invalid bytes; a space for NUL),
// which PostgreSQL's text type can hold: the length, and so every offset,
// stays the same.
func Storable(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if s[i] == 0 || s[i] >= utf8.RuneSelf {
			ok = false
			break
		}
	}
	if ok || (utf8.ValidString(s) && !strings.ContainsRune(s, 0)) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, 0x1a)
		case r == 0:
			b = append(b, ' ')
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}
