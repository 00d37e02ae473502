package server

import (
	"context"
	"io"
	"net/http"
	"testing"
	"time"
)

// TestServeShutdown serves on a loopback port, answers, and stops when
// its context ends, finishing the request in flight first.
func TestServeShutdown(t *testing.T) {
	st := slowStore{Store: fixture.db, delay: 300 * time.Millisecond}
	srv, err := New(st, Options{Directory: fixture.dir, CacheTTL: -1})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	// A slow request is in flight when the server is told to stop.
	slow := make(chan int, 1)
	go func() {
		res, err := http.Get(base + "/api/events")
		if err != nil {
			slow <- 0
			return
		}
		_, _ = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		slow <- res.StatusCode
	}()
	time.Sleep(100 * time.Millisecond)
	cancel()
	if code := <-slow; code != http.StatusOK {
		t.Errorf("the request in flight got %d, want 200", code)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("the server still answers after it stopped")
	}
	if _, err := Listen("256.0.0.1:1"); err == nil {
		t.Error("Listen on a bad address succeeded")
	}
}
