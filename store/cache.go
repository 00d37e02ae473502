package store

import (
	"context"
	"fmt"
	"sync"
)

// canonCache keeps, between write transactions, the canonical events of
// the merge keys a writer met recently, so that merging a document costs
// no query for them. It is valid while no other connection writes: the
// dialect's DataVersion query tells (SQLite's PRAGMA data_version changes
// when another connection commits), and any change empties the cache.
// Dialects without that query get no cache.
type canonCache struct {
	mu      sync.Mutex
	version int64
	valid   bool
	keys    map[string]*cacheEntry
	rows    int
}

// cacheEntry holds every dated canonical event of one key whose stretch
// ends after from, as committed.
type cacheEntry struct {
	from int64
	rows map[int64]canonRow
}

// maxCacheRows bounds the cache; past it, it starts again empty.
const maxCacheRows = 200_000

// open checks the cache at the start of transaction t.
func (c *canonCache) open(ctx context.Context, t *txn) error {
	if t.db.dialect.DataVersion == "" {
		return nil
	}
	var v int64
	if err := t.tx.QueryRowContext(ctx, t.db.dialect.DataVersion).Scan(&v); err != nil {
		return fmt.Errorf("data version: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.valid || v != c.version {
		c.keys, c.rows, c.version, c.valid = map[string]*cacheEntry{}, 0, v, true
	}
	t.cached = true
	return nil
}

// lookup returns copies of the cached events of key whose stretch
// overlaps [lo, hi), and false when the cache does not cover the key from
// lo on.
func (c *canonCache) lookup(key string, lo, hi int64) ([]*canonRow, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.keys[key]
	if !ok || e.from > lo {
		return nil, false
	}
	return overlapping(e, lo, hi), true
}

// commit records what transaction t loaded and wrote, once it committed.
func (c *canonCache) commit(t *txn) {
	if !t.cached {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for key, f := range t.fills {
		if old, ok := c.keys[key]; ok {
			c.rows -= len(old.rows)
		}
		c.keys[key] = f
		c.rows += len(f.rows)
	}
	for _, r := range t.canon {
		if !r.ev.Dated {
			continue
		}
		e, ok := c.keys[r.ev.Key()]
		if !ok {
			continue
		}
		if _, had := e.rows[r.id]; !had {
			c.rows++
		}
		stored := *r
		stored.isNew, stored.loaded = false, r.ev
		e.rows[r.id] = stored
	}
	if c.rows > maxCacheRows {
		c.keys, c.rows = map[string]*cacheEntry{}, 0
	}
}

// reset empties the cache, after a transaction that failed.
func (c *canonCache) reset() {
	c.mu.Lock()
	c.valid = false
	c.mu.Unlock()
}
