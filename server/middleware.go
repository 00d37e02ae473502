package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"
)

// csp lets pages load only what this server serves: no CDN, no inline
// script, nothing sent elsewhere. Inline styles are allowed because
// vis-timeline and cytoscape position their elements with style
// attributes; the page's text is escaped, so no one else's CSS gets in.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
	"font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure sets the headers every answer carries.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// recorder remembers the status and size of an answer for the log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// Hijack passes hijacking through, for completeness of the wrapper.
func (r *recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := r.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("hijack not supported")
	}
	return h.Hijack()
}

// logRequests writes one log line per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		level := s.opt.LogLevel
		if rec.status >= 500 {
			level = max(level, slog.LevelError)
		}
		if !s.log.Enabled(r.Context(), level) {
			return
		}
		s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "query", r.URL.RawQuery,
			"status", rec.status, "bytes", rec.bytes, "ms", strconv.FormatFloat(float64(time.Since(start).Microseconds())/1000, 'f', 1, 64),
			"remote", r.RemoteAddr)
	})
}

// recoverPanics turns a panic in a handler into a 500 and a log line
// with the stack, instead of a dropped connection.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				// The server's own way to abort a response: not a bug.
				panic(v)
			}
			s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			writeJSONError(w, http.StatusInternalServerError, "internal error (logged on the server)", "")
		}()
		next.ServeHTTP(w, r)
	})
}

// withTimeout bounds a request's work.
func (s *Server) withTimeout(r *http.Request) (*http.Request, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.RequestTimeout)
	return r.WithContext(ctx), cancel
}

// apiHandler runs an API handler and writes its value or its error as
// JSON, through the cache when the server has one.
func (s *Server) apiHandler(h func(*http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		answer := func(r *http.Request) (int, []byte) {
			r, cancel := s.withTimeout(r)
			defer cancel()
			v, err := h(r)
			if err != nil {
				status, msg, param := statusOf(err)
				if status >= 500 {
					s.log.Error("api", "path", r.URL.Path, "err", err)
				}
				return status, errorJSON(status, msg, param)
			}
			return encodeJSON(v)
		}
		if s.cache == nil {
			status, body := answer(r)
			writeBody(w, status, body)
			return
		}
		// The computation may serve other requests too: it must not end
		// when this one's client goes away.
		shared := r.WithContext(context.WithoutCancel(r.Context()))
		status, body, hit := s.cache.get(cacheKey(r.URL.Path, r.URL.Query()), func() (int, []byte) { return answer(shared) })
		if hit {
			w.Header().Set("X-Cache", "hit")
		}
		writeBody(w, status, body)
	})
}

// errorBody is the JSON of an error answer.
type errorBody struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
		Param   string `json:"param,omitempty"`
	} `json:"error"`
}

func writeJSONError(w http.ResponseWriter, status int, msg, param string) {
	writeBody(w, status, errorJSON(status, msg, param))
}

func errorJSON(status int, msg, param string) []byte {
	var b errorBody
	b.Error.Status, b.Error.Message, b.Error.Param = status, msg, param
	_, body := encodeJSON(b)
	return body
}

// encodeJSON encodes v with a final newline, or a 500 error when it
// cannot.
func encodeJSON(v any) (int, []byte) {
	body, err := json.Marshal(v)
	if err != nil {
		return http.StatusInternalServerError, []byte(`{"error":{"status":500,"message":"cannot encode the answer"}}` + "\n")
	}
	return http.StatusOK, append(body, '\n')
}

// writeBody writes a JSON answer.
func writeBody(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}
