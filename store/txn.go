package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// txn is one write transaction with the statements it prepared, kept for
// its length so that a batch of documents parses each statement once, and
// the ids it handed out.
type txn struct {
	db    *DB
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	// next is the next free id of each table, for dialects whose ids are
	// local to the write lock (Dialect.LocalIDs); pool holds the ids taken
	// from a shared sequence and not used yet, for the others.
	next map[string]int64
	pool []int64
	// later holds the rows that nothing in the transaction reads back,
	// written together by flush: many documents' rows cost few
	// statements.
	later map[string]*rowsOf
	// canon holds the canonical events the transaction made or changed,
	// by id, written once each by flush; fresh lists the new ones by key,
	// for the documents that follow in the batch.
	canon map[int64]*canonRow
	fresh map[string][]*canonRow
	// actors adds up the mentions and documents of each actor code.
	actors map[string]*actorCount
	// cached is set when the DB's cache of canonical events serves this
	// transaction; fills are the keys it loaded, for the cache once the
	// transaction commits.
	cached bool
	fills  map[string]*cacheEntry
}

// rowsOf are rows waiting for one table.
type rowsOf struct {
	cols []string
	tail string
	rows [][]any
}

type actorCount struct {
	principal           string
	mentions, documents int
}

// flushOrder lists the tables of later in an order that keeps foreign
// keys satisfied.
var flushOrder = []string{"sentences", "mentions", "entity_docs", "facts", "relation_parties", "relation_evidence"}

func (db *DB) begin(ctx context.Context) (*txn, error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	t := &txn{db: db, tx: tx, stmts: map[string]*sql.Stmt{}, next: map[string]int64{}, later: map[string]*rowsOf{},
		canon: map[int64]*canonRow{}, fresh: map[string][]*canonRow{}, actors: map[string]*actorCount{},
		fills: map[string]*cacheEntry{}}
	if db.dialect.BeginWrite != "" {
		if err := t.exec(ctx, db.dialect.BeginWrite); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("store: begin: %w", err)
		}
	}
	return t, nil
}

// hold queues rows for table, written by flush.
func (t *txn) hold(table string, cols []string, rows [][]any) {
	r, ok := t.later[table]
	if !ok {
		r = &rowsOf{cols: cols}
		t.later[table] = r
	}
	r.rows = append(r.rows, rows...)
}

// flush writes what the transaction held back: the canonical events, each
// once, then the queued rows, then the actors' counts.
func (t *txn) flush(ctx context.Context) error {
	var full, counts [][]any
	for _, id := range sortedIDs(t.canon) {
		c := t.canon[id]
		// Events whose state did not change get their counts only, which
		// touches no index.
		if c.isNew || !sameState(c.ev, c.loaded) {
			full = append(full, t.db.eventValues(c))
		} else {
			counts = append(counts, t.db.eventValues(c))
		}
	}
	if err := t.insert(ctx, "events", eventCols, full, eventUpsert); err != nil {
		return err
	}
	if err := t.insert(ctx, "events", eventCols, counts, countsUpsert); err != nil {
		return err
	}
	for _, table := range flushOrder {
		if r, ok := t.later[table]; ok {
			if err := t.insert(ctx, table, r.cols, r.rows, r.tail); err != nil {
				return err
			}
		}
	}
	codes := make([]string, 0, len(t.actors))
	for c := range t.actors {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	rows := make([][]any, len(codes))
	for i, c := range codes {
		a := t.actors[c]
		rows[i] = []any{c, a.principal, a.mentions, a.documents}
	}
	return t.insert(ctx, "actors", []string{"code", "principal", "mentions", "documents"}, rows,
		" ON CONFLICT (code) DO UPDATE SET mentions = actors.mentions + excluded.mentions, documents = actors.documents + excluded.documents")
}

func sortedIDs[V any](m map[int64]V) []int64 {
	ids := make([]int64, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// rollback ends the transaction without keeping anything; after a commit
// it does nothing.
func (t *txn) rollback() { t.tx.Rollback() }

func (t *txn) commit() error { return t.tx.Commit() }

func (t *txn) prepare(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := t.stmts[query]; ok {
		return s, nil
	}
	s, err := t.tx.PrepareContext(ctx, t.db.bind(query))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", firstWords(query), err)
	}
	t.stmts[query] = s
	return s, nil
}

func (t *txn) exec(ctx context.Context, query string, args ...any) error {
	s, err := t.prepare(ctx, query)
	if err != nil {
		return err
	}
	if _, err := s.ExecContext(ctx, args...); err != nil {
		return fmt.Errorf("%s: %w", firstWords(query), err)
	}
	return nil
}

// execCount is exec returning the number of rows changed.
func (t *txn) execCount(ctx context.Context, query string, args ...any) (int64, error) {
	s, err := t.prepare(ctx, query)
	if err != nil {
		return 0, err
	}
	r, err := s.ExecContext(ctx, args...)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", firstWords(query), err)
	}
	return r.RowsAffected()
}

func (t *txn) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := t.prepare(ctx, query)
	if err != nil {
		return nil, err
	}
	rows, err := s.QueryContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", firstWords(query), err)
	}
	return rows, nil
}

// idBlock is how many ids a transaction takes from a shared sequence at
// once: unused ones are simply skipped.
const idBlock = 256

// ids returns n fresh ids for table.
func (t *txn) ids(ctx context.Context, table string, n int) ([]int64, error) {
	if !t.db.dialect.LocalIDs {
		// One sequence serves every table: ids come from a block taken
		// for the transaction, in one round trip.
		if len(t.pool) < n {
			more, err := t.db.dialect.NextIDs(ctx, t.tx, table, max(n, idBlock))
			if err != nil {
				return nil, err
			}
			t.pool = append(t.pool, more...)
		}
		out := t.pool[:n:n]
		t.pool = t.pool[n:]
		return out, nil
	}
	next, ok := t.next[table]
	if !ok {
		first, err := t.db.dialect.NextIDs(ctx, t.tx, table, 1)
		if err != nil {
			return nil, err
		}
		next = first[0]
	}
	out := make([]int64, n)
	for i := range out {
		out[i] = next + int64(i)
	}
	t.next[table] = next + int64(n)
	return out, nil
}

// chunkSizes are the row counts of multi-row statements: a batch of any
// size is cut into these, so that a transaction prepares few statements.
var chunkSizes = []int{256, 64, 16, 4, 1}

// chunks cuts n items into chunk sizes of at most limit each.
func chunks(n, limit int) []int {
	var out []int
	for _, size := range chunkSizes {
		if size > limit && size > 1 {
			continue
		}
		for n >= size {
			out = append(out, size)
			n -= size
		}
	}
	return out
}

// insert writes rows of cols into table, tail (an ON CONFLICT clause, or
// empty) ending each statement.
func (t *txn) insert(ctx context.Context, table string, cols []string, rows [][]any, tail string) error {
	one := "(" + placeholders(len(cols)) + ")"
	head := "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES "
	for _, n := range chunks(len(rows), t.db.dialect.MaxParams/len(cols)) {
		args := make([]any, 0, n*len(cols))
		for _, r := range rows[:n] {
			args = append(args, r...)
		}
		q := head + strings.TrimSuffix(strings.Repeat(one+", ", n), ", ") + tail
		if err := t.exec(ctx, q, args...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
		rows = rows[n:]
	}
	return nil
}

// selectIn runs query, whose %s stands for a list of placeholders, once per
// chunk of values (the last value repeated to fill a chunk: a repeat in IN
// changes nothing), with extra arguments after the list, and calls scan for
// every row.
func (t *txn) selectIn(ctx context.Context, query string, values []any, extra []any, scan func(*sql.Rows) error) error {
	var allowed []int // largest first
	for _, s := range chunkSizes {
		if s <= t.db.dialect.MaxParams-len(extra) {
			allowed = append(allowed, s)
		}
	}
	for len(values) > 0 {
		// The smallest size that takes every value left, else the largest.
		size := allowed[0]
		for _, s := range allowed {
			if s >= len(values) {
				size = s
			}
		}
		part := values[:min(size, len(values))]
		args := make([]any, 0, size+len(extra))
		args = append(args, part...)
		for len(args) < size {
			args = append(args, part[len(part)-1])
		}
		args = append(args, extra...)
		rows, err := t.query(ctx, fmt.Sprintf(query, placeholders(size)), args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
		values = values[len(part):]
	}
	return nil
}
