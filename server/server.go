// Package server serves an entente store over HTTP: a JSON API under
// /api/ (documented in docs/api.md) and the web UI — a timeline, the
// network of actors, a document reader with what was found highlighted,
// and for each event the sentences of every source side by side.
//
// Pages are rendered on the server with html/template, so article text is
// always escaped and the document and event pages work without
// JavaScript; the timeline and the network are drawn in the browser from
// the API. Every file the pages load is embedded in the binary (package
// web), and the Content-Security-Policy header forbids loading anything
// from elsewhere.
package server

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/entente/entente/directory"
	"github.com/entente/entente/store"
	"github.com/entente/entente/web"
)

// Store is what the server reads; *store.DB is one.
type Store interface {
	Events(ctx context.Context, q store.EventQuery) (store.Page[store.Event], error)
	ScanEvents(ctx context.Context, q store.EventQuery, fn func(store.Event) error) error
	Event(ctx context.Context, id int64) (store.Event, error)
	Documents(ctx context.Context, q store.DocumentQuery) (store.Page[store.Document], error)
	Document(ctx context.Context, id int64) (store.DocumentView, error)
	Relations(ctx context.Context, q store.RelationQuery) (store.Page[store.Relation], error)
	Relation(ctx context.Context, id int64) (store.Relation, error)
	Actors(ctx context.Context, q store.ActorQuery) (store.Page[store.ActorInfo], error)
	Search(ctx context.Context, q store.SearchQuery) (store.Page[store.SearchHit], error)
	Stats(ctx context.Context) (store.Stats, error)
}

// Options configure a Server. The zero value serves the store alone.
type Options struct {
	// Logger receives one line per request and the errors; nil discards
	// them.
	Logger *slog.Logger
	// Directory names actor codes and knows persons' terms; nil means
	// codes are shown as they are.
	Directory *directory.Directory
	// Cascade answers treaty cascade questions; nil leaves
	// /api/cascade answering 501.
	Cascade Cascader
	// Screen screens a document's persons and organisations against
	// sanctions lists; nil shows no screening.
	Screen Screener
	// LogLevel is the level of the request log lines (answers with a 5xx
	// status are logged as errors); the zero value is slog.LevelInfo.
	LogLevel slog.Level
	// RequestTimeout bounds the work of one request; zero means 30 s.
	RequestTimeout time.Duration
	// CacheTTL is how long an API answer may be served again to the same
	// request (see cache); zero means one second, a negative value turns
	// the cache off.
	CacheTTL time.Duration
	// GraphEvents bounds the events the network is drawn from; zero
	// means 100,000. A larger selection is cut and the answer says so.
	GraphEvents int
}

// Server answers HTTP requests from a store.
type Server struct {
	st      Store
	opt     Options
	log     *slog.Logger
	dir     *directory.Directory
	pages   map[string]*template.Template
	static  fs.FS
	cache   *cache
	handler http.Handler
}

// New returns a server over st.
func New(st Store, opt Options) (*Server, error) {
	s := &Server{st: st, opt: opt, log: opt.Logger, dir: opt.Directory}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.dir == nil {
		s.dir = directory.New(nil, nil)
	}
	if s.opt.RequestTimeout <= 0 {
		s.opt.RequestTimeout = 30 * time.Second
	}
	if s.opt.GraphEvents <= 0 {
		s.opt.GraphEvents = 100_000
	}
	switch {
	case s.opt.CacheTTL == 0:
		s.cache = newCache(time.Second)
	case s.opt.CacheTTL > 0:
		s.cache = newCache(s.opt.CacheTTL)
	}
	var err error
	if s.pages, err = parsePages(s); err != nil {
		return nil, err
	}
	s.static = web.Static()
	s.handler = s.routes()
	return s, nil
}

// ServeHTTP answers one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// routes registers every endpoint; docs/api.md lists the API's.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	api := func(pattern string, h func(*http.Request) (any, error)) {
		mux.Handle(pattern, s.apiHandler(h))
	}
	api("GET /api/events", s.apiEvents)
	api("GET /api/events/{id}", s.apiEvent)
	api("GET /api/documents", s.apiDocuments)
	api("GET /api/documents/{id}", s.apiDocument)
	api("GET /api/actors", s.apiActors)
	api("GET /api/actors/{code}", s.apiActor)
	api("GET /api/persons", s.apiPersons)
	api("GET /api/relations", s.apiRelations)
	api("GET /api/relations/{id}", s.apiRelation)
	api("GET /api/search", s.apiSearch)
	api("GET /api/graph", s.apiGraph)
	api("GET /api/timeline", s.apiTimeline)
	api("GET /api/stats", s.apiStats)
	api("GET /api/cascade", s.apiCascade)
	api("GET /api/", func(r *http.Request) (any, error) {
		return nil, &httpError{status: http.StatusNotFound, msg: "no such endpoint: " + r.URL.Path + " (see docs/api.md)"}
	})

	page := func(pattern string, h func(*http.Request) (*view, error)) {
		mux.Handle(pattern, s.pageHandler(h))
	}
	page("GET /{$}", s.pageOverview)
	page("GET /events", s.pageEvents)
	page("GET /events/{id}", s.pageEvent)
	page("GET /documents", s.pageDocuments)
	page("GET /documents/{id}", s.pageDocument)
	page("GET /actors", s.pageActors)
	page("GET /actors/{code}", s.pageActor)
	page("GET /relations", s.pageRelations)
	page("GET /relations/{id}", s.pageRelation)
	page("GET /search", s.pageSearch)
	page("GET /cascade", s.pageCascade)
	page("GET /", func(r *http.Request) (*view, error) {
		return nil, &httpError{status: http.StatusNotFound, msg: "There is no page at " + r.URL.Path + "."}
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", s.staticHandler()))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	return s.logRequests(s.recoverPanics(s.secure(mux)))
}

// httpError is an error with the status it answers with.
type httpError struct {
	status int
	msg    string
	param  string
}

func (e *httpError) Error() string { return e.msg }

// statusOf maps an error to its HTTP status and the message a client
// sees; internal errors are not shown, they are logged.
func statusOf(err error) (int, string, string) {
	var he *httpError
	var pe *paramError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg, he.param
	case errors.As(err, &pe):
		return http.StatusBadRequest, pe.Error(), pe.param
	case errors.Is(err, ErrInvalid):
		return http.StatusBadRequest, strings.TrimPrefix(err.Error(), ErrInvalid.Error()+": "), ""
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "not found", ""
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request took too long and was stopped; narrow it down with filters", ""
	case errors.Is(err, context.Canceled):
		return 499, "request cancelled", ""
	}
	return http.StatusInternalServerError, "internal error (logged on the server)", ""
}

// Listen opens a TCP listener on addr ("127.0.0.1:8080"; ":0" picks a
// port).
func Listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// Serve answers requests on ln until ctx is done, then stops accepting
// connections and waits up to ten seconds for the requests in flight.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		// Pages can be large; the per-request timeout bounds the work.
		WriteTimeout:   s.opt.RequestTimeout + 30*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:    func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "addr", ln.Addr().String())
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
