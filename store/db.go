// Package store keeps what entente extracts — documents and their
// sentences, event mentions, the canonical events they report (see package
// canon), entities, facts and the relations they build — in an SQL
// database, and reads it back for the commands, exports and the web UI.
//
// One implementation serves both databases through database/sql: the
// packages store/sqlite (the embedded default, one file, FTS5 full text)
// and store/postgres (shared, pgx) open a [DB] with their [Dialect] and
// migrations. The behaviour both must share is checked by store/storetest.
//
// Writing: [DB.Put] stores documents, each complete or not at all, and
// merges their mentions into canonical events and their facts into
// relations in the same transaction. A document whose text is already
// stored (same SHA-256) is skipped, so re-ingesting changes nothing.
// Reading: [DB.Events], [DB.Event], [DB.Documents], [DB.Document],
// [DB.Relations], [DB.Relation], [DB.Actors], [DB.Search] and the Scan
// methods for exports; every list is a [Page] with its total count.
package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/canon"
)

// Dialect is what differs between the databases.
type Dialect struct {
	// Name is "sqlite" or "postgres".
	Name string
	// Numbered is set when placeholders are $1, $2, … rather than ?.
	Numbered bool
	// MatchSentences is a query selecting the ids of the sentences that
	// match a full-text expression given as its one placeholder, and
	// Expression translates a user's query (see ParseQuery) into it.
	MatchSentences string
	Expression     func(Query) string
	// IndexSentences, when not empty, indexes the sentences of the
	// documents whose ids lie between its two placeholders, after they
	// are written; every id in that range is one the transaction wrote.
	IndexSentences string
	// BeginWrite, when not empty, runs first in every write transaction
	// and must serialise them: merging reads what earlier writers
	// committed. SQLite needs none, its write transactions taking the
	// database's write lock when they begin.
	BeginWrite string
	// NextIDs returns n fresh ids for table inside tx, in increasing
	// order; without LocalIDs they must be unique across tables, so that
	// a block of them can serve any table.
	NextIDs func(ctx context.Context, tx *sql.Tx, table string, n int) ([]int64, error)
	// LocalIDs says that NextIDs gives the lowest unused ids, which the
	// write lock keeps free for the whole transaction: the store then asks
	// once per table and transaction and counts on from there.
	LocalIDs bool
	// Text turns a string into one the database can hold, with the same
	// length in bytes (nil: every string can be held as it is).
	Text func(string) string
	// MaxParams is the largest number of placeholders in one statement.
	MaxParams int
	// DataVersion, when not empty, is a query whose one value changes
	// when another connection commits: while it stays the same, the
	// store keeps canonical events in memory between transactions.
	DataVersion string
}

// Options tune a DB.
type Options struct {
	// Rules are the merge tolerances for canonical events; the zero value
	// means canon.DefaultRules.
	Rules *canon.Rules
	// Now returns the ingest time; nil means time.Now.
	Now func() time.Time
}

// DB is a store over an SQL database. It is safe for concurrent use;
// writes are serialised by the database.
type DB struct {
	// w takes the writes and r the reads; they are the same pool for a
	// server database, and a one-connection pool beside a reading pool for
	// SQLite.
	w, r    *sql.DB
	dialect Dialect
	rules   canon.Rules
	now     func() time.Time
	closers []func() error
	cache   canonCache
}

// New returns a DB writing through w and reading through r (which may be
// the same pool); close, if given, is called by Close after the pools are
// closed. The schema must be migrated already.
func New(w, r *sql.DB, d Dialect, opt Options, close ...func() error) *DB {
	db := &DB{w: w, r: r, dialect: d, rules: canon.DefaultRules(), now: time.Now}
	if opt.Rules != nil {
		db.rules = *opt.Rules
	}
	if opt.Now != nil {
		db.now = opt.Now
	}
	db.closers = append(db.closers, w.Close)
	if r != w {
		db.closers = append(db.closers, r.Close)
	}
	db.closers = append(db.closers, close...)
	return db
}

// Dialect returns the database's dialect name ("sqlite", "postgres").
func (db *DB) Dialect() string { return db.dialect.Name }

// Close closes the database.
func (db *DB) Close() error {
	var errs []error
	for _, c := range db.closers {
		errs = append(errs, c())
	}
	return errors.Join(errs...)
}

// ErrNotFound is returned for an id that names nothing.
var ErrNotFound = errors.New("not found")

// bind rewrites ? placeholders for the dialect. Queries are written by
// this package and never hold a ? inside a literal.
func (db *DB) bind(q string) string {
	if !db.dialect.Numbered {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// text makes s storable.
func (db *DB) text(s string) string {
	if db.dialect.Text == nil {
		return s
	}
	return db.dialect.Text(s)
}

// firstWords names a statement in an error by its first words.
func firstWords(q string) string {
	f := strings.Fields(q)
	if len(f) > 4 {
		f = f[:4]
	}
	return strings.Join(f, " ")
}

// placeholders returns "?, ?, …" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func unix(t time.Time) int64 { return t.Unix() }

func fromUnix(s int64) time.Time { return time.Unix(s, 0).UTC() }
