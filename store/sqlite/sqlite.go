// Package sqlite opens an entente store in one SQLite file, with the pure-Go
// driver modernc.org/sqlite: a WAL journal so that readers work while a
// writer writes, a busy timeout so that concurrent ingest processes wait
// for each other instead of failing, write transactions that take the
// write lock when they begin (BEGIN IMMEDIATE), so that two writers never
// deadlock, and FTS5 full-text search over sentences.
//
// The file is marked with entente's application id; a file of another
// program, or one that is not an SQLite database, is refused with an error
// that says so rather than being modified.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/entente/entente/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// pageSize is SQLite's default page size, which the store keeps.
const pageSize = 4096

// ApplicationID marks an SQLite file as an entente store ("Ent1").
const ApplicationID = 0x456e7431

// Options tune how the file is opened.
type Options struct {
	// MustExist refuses to create the file: for commands that only read.
	MustExist bool
	// Durable makes every commit wait until it is on disk
	// (synchronous=FULL), so that a power cut loses no committed
	// document. The default (synchronous=NORMAL) loses nothing when the
	// process is killed, but may lose the last commits on a power cut;
	// the database stays consistent either way.
	Durable bool
	// BusyTimeout is how long a writer waits for another one; zero means
	// one minute.
	BusyTimeout time.Duration
	// MaxBytes, when not zero, bounds the file's size: a write that would
	// grow it further fails as on a full disk, and the store stays as it
	// was before that transaction.
	MaxBytes int64
	// Store holds the store's own options.
	Store store.Options
}

// ErrNotStore is returned for a file that is not an entente store.
var ErrNotStore = errors.New("not an entente store")

// Open opens (creating and migrating it if needed) the store in the SQLite
// file at path.
func Open(ctx context.Context, path string, opt Options) (*store.DB, error) {
	exists, err := checkFile(path, opt.MustExist)
	if err != nil {
		return nil, err
	}
	if exists {
		// Look before touching: setting the journal mode alone would
		// rewrite another program's file.
		if err := inspect(ctx, path); err != nil {
			return nil, err
		}
	}
	timeout := opt.BusyTimeout
	if timeout <= 0 {
		timeout = time.Minute
	}
	sync := "NORMAL"
	if opt.Durable {
		sync = "FULL"
	}
	params := url.Values{}
	params.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", timeout.Milliseconds()))
	params.Add("_pragma", "journal_mode(WAL)")
	params.Add("_pragma", "synchronous("+sync+")")
	params.Add("_pragma", "cache_size(-65536)")
	if opt.MaxBytes > 0 {
		params.Add("_pragma", fmt.Sprintf("max_page_count(%d)", max(1, opt.MaxBytes/pageSize)))
	}
	params.Set("_txlock", "immediate")
	w, err := openPool(path, params, 1)
	if err != nil {
		return nil, err
	}
	if err := prepare(ctx, w, path); err != nil {
		w.Close()
		return nil, err
	}
	rp := url.Values{}
	rp.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", timeout.Milliseconds()))
	rp.Add("_pragma", "query_only(1)")
	r, err := openPool(path, rp, 4)
	if err != nil {
		w.Close()
		return nil, err
	}
	return store.New(w, r, Dialect(), opt.Store), nil
}

func openPool(path string, params url.Values, conns int) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+params.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxIdleTime(0)
	return db, nil
}

// sqliteHeader opens every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// checkFile refuses what is plainly not a database before SQLite touches
// it: a directory, or a file that does not start with SQLite's header. It
// reports whether a non-empty file is there.
func checkFile(path string, mustExist bool) (bool, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		if mustExist {
			return false, fmt.Errorf("open %s: no store there (entente ingest creates one): %w", path, fs.ErrNotExist)
		}
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("open %s: %w", path, err)
	}
	if fi.IsDir() {
		return false, fmt.Errorf("open %s: is a directory, not a store file", path)
	}
	if fi.Size() == 0 {
		return false, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return false, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteHeader))
	if _, err := io.ReadFull(f, head); err != nil || string(head) != sqliteHeader {
		return false, fmt.Errorf("open %s: not an SQLite database (the file does not start with SQLite's header): %w", path, ErrNotStore)
	}
	return true, nil
}

// inspect opens an existing file read-only and refuses it unless it is an
// entente store or an empty database.
func inspect(ctx context.Context, path string) error {
	p := url.Values{}
	p.Set("mode", "ro")
	p.Add("_pragma", "busy_timeout(10000)")
	db, err := openPool(path, p, 1)
	if err != nil {
		return err
	}
	defer db.Close()
	var app int64
	var tables int
	err = db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app)
	if err == nil {
		err = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&tables)
	}
	if err != nil {
		return describe(path, err)
	}
	if app != ApplicationID && (app != 0 || tables != 0) {
		return fmt.Errorf("open %s: an SQLite database of another program (application id %#x, %d tables): %w",
			path, app, tables, ErrNotStore)
	}
	return nil
}

// prepare checks that the file is entente's (marking a new one) and
// migrates its schema.
func prepare(ctx context.Context, db *sql.DB, path string) error {
	var app int64
	var tables int
	err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app)
	if err == nil {
		err = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master").Scan(&tables)
	}
	if err != nil {
		return describe(path, err)
	}
	switch {
	case app == ApplicationID:
	case app == 0 && tables == 0:
		if _, err := db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
			return describe(path, err)
		}
	default:
		return fmt.Errorf("open %s: an SQLite database of another program (application id %#x, %d tables): %w",
			path, app, tables, ErrNotStore)
	}
	if err := migrate(ctx, db); err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	return nil
}

// describe turns SQLite's codes for damaged and foreign files into errors
// that name the file and say what is wrong.
func describe(path string, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("open %s: not an SQLite database, or encrypted: %w", path, ErrNotStore)
		case sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("open %s: the database file is damaged (%v); restore it from a backup or ingest again into a new file", path, err)
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY:
			return fmt.Errorf("open %s: cannot open it for writing: %w", path, err)
		}
	}
	return fmt.Errorf("open %s: %w", path, err)
}

// migrate brings the schema up to date. Two processes opening a new file
// at once race to create the tables; the loser finds the schema there.
func migrate(ctx context.Context, db *sql.DB) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub,
		goose.WithTableName("entente_migrations"), goose.WithDisableGlobalRegistry(true))
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	for attempt := 0; ; attempt++ {
		current, target, err := p.GetVersions(ctx)
		if err == nil && current > target {
			return fmt.Errorf("the store's schema (version %d) is newer than this entente knows (%d): use a newer entente", current, target)
		}
		if err == nil && current == target {
			return nil
		}
		_, err = p.Up(ctx)
		if err == nil {
			return nil
		}
		if attempt > 0 {
			return fmt.Errorf("migrate schema: %w", err)
		}
	}
}

// Dialect returns what the store needs to know of SQLite.
func Dialect() store.Dialect {
	return store.Dialect{
		Name:           "sqlite",
		MatchSentences: "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?",
		Expression:     func(q store.Query) string { return q.FTS5() },
		IndexSentences: "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE doc_id BETWEEN ? AND ?",
		NextIDs:        nextIDs,
		LocalIDs:       true,
		DataVersion:    "PRAGMA data_version",
		// SQLite allows 32766 placeholders; smaller statements are
		// cheaper to prepare.
		MaxParams: 4000,
	}
}

// nextIDs counts on the write lock every write transaction holds from its
// start: no other writer can take the ids between this query and the
// inserts.
func nextIDs(ctx context.Context, tx *sql.Tx, table string, n int) ([]int64, error) {
	if strings.ContainsFunc(table, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '_') }) {
		return nil, fmt.Errorf("bad table name %q", table)
	}
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM "+table).Scan(&last); err != nil {
		return nil, fmt.Errorf("next ids of %s: %w", table, err)
	}
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = last + 1 + int64(i)
	}
	return ids, nil
}
