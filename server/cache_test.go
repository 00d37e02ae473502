package server

import (
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCache(t *testing.T) {
	c := newCache(50 * time.Millisecond)
	var calls atomic.Int32
	compute := func(status int) func() (int, []byte) {
		return func() (int, []byte) {
			calls.Add(1)
			time.Sleep(5 * time.Millisecond)
			return status, []byte("answer")
		}
	}
	if _, _, hit := c.get("a", compute(200)); hit {
		t.Fatal("first get was a hit")
	}
	if st, body, hit := c.get("a", compute(200)); !hit || st != 200 || string(body) != "answer" {
		t.Fatalf("second get: %d %q hit=%v", st, body, hit)
	}
	time.Sleep(60 * time.Millisecond)
	if _, _, hit := c.get("a", compute(200)); hit {
		t.Error("get after the ttl was a hit")
	}
	// Errors are not kept.
	c.get("bad", compute(400))
	if st, _, hit := c.get("bad", compute(400)); hit || st != 400 {
		t.Errorf("an error answer was kept: %d hit=%v", st, hit)
	}
	// Requests that miss together share one computation.
	calls.Store(0)
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if st, _, _ := c.get("burst", compute(200)); st != 200 {
				t.Errorf("status %d", st)
			}
		}()
	}
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("20 simultaneous misses ran %d computations, want 1", n)
	}
	// A computation that panics releases those who wait for it.
	func() {
		defer func() { _ = recover() }()
		c.get("panic", func() (int, []byte) { panic("fixture") })
	}()
	done := make(chan int)
	go func() { st, _, _ := c.get("panic", compute(200)); done <- st }()
	select {
	case st := <-done:
		if st != 200 {
			t.Errorf("after a panic: %d", st)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a get after a panicking computation hangs")
	}
}

func TestCacheBounds(t *testing.T) {
	c := newCache(time.Hour)
	c.maxEntries, c.maxBody = 3, 4
	for i, k := range []string{"a", "b", "c", "d"} {
		c.get(k, func() (int, []byte) { return 200, []byte{byte(i)} })
	}
	if len(c.entries) > 3 {
		t.Errorf("%d entries, want at most 3", len(c.entries))
	}
	c.get("big", func() (int, []byte) { return 200, []byte("too large") })
	if _, ok := c.entries["big"]; ok {
		t.Error("an answer over maxBody was kept")
	}
}

func TestCacheKeyOrder(t *testing.T) {
	a, _ := url.ParseQuery("b=2&a=1")
	b, _ := url.ParseQuery("a=1&b=2")
	if cacheKey("/api/events", a) != cacheKey("/api/events", b) {
		t.Error("the same parameters in another order make another key")
	}
}

func TestCachedAnswers(t *testing.T) {
	ts := newFixtureServer(t, Options{CacheTTL: time.Hour})
	var first, second EventList
	getJSON(t, ts.URL+"/api/events?limit=3", http.StatusOK, &first)
	_, h, _ := get(t, ts.URL+"/api/events?limit=3")
	getJSON(t, ts.URL+"/api/events?limit=3", http.StatusOK, &second)
	if h.Get("X-Cache") != "hit" || first.Total != second.Total || len(second.Events) != 3 {
		t.Errorf("second answer: X-Cache %q, %d events", h.Get("X-Cache"), len(second.Events))
	}
	if _, h, _ := get(t, ts.URL+"/api/events?limit=4"); h.Get("X-Cache") == "hit" {
		t.Error("another query was answered from the cache")
	}
}
