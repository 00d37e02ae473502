package server

import (
	"net/http"
	"net/url"
	"sync"
	"time"
)

// cache keeps recent API answers for a short while, so that a burst of
// identical requests (a dashboard refreshing, many readers of one page)
// costs the store one query. An answer is served for at most ttl after it
// was computed, so what a client sees is never older than that; the
// requests that miss at the same moment wait for one computation rather
// than each running it.
type cache struct {
	ttl        time.Duration
	maxEntries int
	maxBody    int

	mu       sync.Mutex
	entries  map[string]*entry
	inflight map[string]*flight
}

type entry struct {
	body []byte
	made time.Time
}

// flight is a computation that others wait for.
type flight struct {
	done   chan struct{}
	status int
	body   []byte
}

func newCache(ttl time.Duration) *cache {
	return &cache{ttl: ttl, maxEntries: 4096, maxBody: 4 << 20, entries: map[string]*entry{}, inflight: map[string]*flight{}}
}

// key is the request's path and its parameters in a canonical order.
func cacheKey(path string, q url.Values) string { return path + "?" + q.Encode() }

// get returns the answer for key: from the cache while it is fresh, from
// a computation already running, or from compute, which it runs. Only
// answers with status 200 are kept. hit says whether compute was spared.
func (c *cache) get(key string, compute func() (int, []byte)) (status int, body []byte, hit bool) {
	now := time.Now()
	c.mu.Lock()
	if e, ok := c.entries[key]; ok && now.Sub(e.made) < c.ttl {
		c.mu.Unlock()
		return 200, e.body, true
	}
	if f, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		<-f.done
		return f.status, f.body, true
	}
	f := &flight{done: make(chan struct{})}
	c.inflight[key] = f
	c.mu.Unlock()

	finished := false
	defer func() {
		if finished {
			return
		}
		// compute panicked: those waiting get an error, and the panic
		// goes on to the handler that recovers it.
		f.status, f.body = http.StatusInternalServerError, errorJSON(http.StatusInternalServerError, "internal error (logged on the server)", "")
		c.mu.Lock()
		delete(c.inflight, key)
		c.mu.Unlock()
		close(f.done)
	}()
	f.status, f.body = compute()
	finished = true
	c.mu.Lock()
	delete(c.inflight, key)
	if f.status == 200 && len(f.body) <= c.maxBody {
		if len(c.entries) >= c.maxEntries {
			c.evict(now)
		}
		c.entries[key] = &entry{body: f.body, made: now}
	}
	c.mu.Unlock()
	close(f.done)
	return f.status, f.body, false
}

// evict drops the stale entries, or all of them when none is stale: the
// cache lives for seconds, so there is no order worth keeping.
func (c *cache) evict(now time.Time) {
	for k, e := range c.entries {
		if now.Sub(e.made) >= c.ttl {
			delete(c.entries, k)
		}
	}
	if len(c.entries) >= c.maxEntries {
		clear(c.entries)
	}
}
