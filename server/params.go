package server

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/store"
)

// ErrInvalid marks an error in what a client asked for; the server answers
// it with 400. Engines wired in through Options (a Cascader, a Screener)
// wrap their input errors with it.
var ErrInvalid = errors.New("invalid request")

// paramError is a bad query parameter.
type paramError struct {
	param, msg string
}

func (e *paramError) Error() string { return e.param + ": " + e.msg }
func (e *paramError) Unwrap() error { return ErrInvalid }

func badParam(param, format string, args ...any) error {
	return &paramError{param: param, msg: fmt.Sprintf(format, args...)}
}

// maxLimit is the largest page the API gives in one response.
const maxLimit = 1000

// params reads a request's query parameters, checking that each is known
// and given once; an empty value counts as absent.
type params struct {
	v     url.Values
	known map[string]bool
	err   error
}

func newParams(v url.Values) *params { return &params{v: v, known: map[string]bool{}} }

// str returns the value of name ("" when absent).
func (p *params) str(name string) string {
	p.known[name] = true
	vs := p.v[name]
	if len(vs) > 1 && p.err == nil {
		p.err = badParam(name, "given %d times, want once", len(vs))
	}
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[0])
}

// integer returns the value of name as a number within [lo, hi], or def
// when absent.
func (p *params) integer(name string, def, lo, hi int) int {
	s := p.str(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		p.fail(badParam(name, "%q: want a whole number from %d to %d", s, lo, hi))
		return def
	}
	return n
}

// id returns the value of name as a positive id, 0 when absent.
func (p *params) id(name string) int64 {
	s := p.str(name)
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		p.fail(badParam(name, "%q: want a positive id", s))
		return 0
	}
	return n
}

// boolean returns the value of name as true or false, def when absent.
func (p *params) boolean(name string, def bool) bool {
	s := p.str(name)
	switch strings.ToLower(s) {
	case "":
		return def
	case "1", "true", "yes", "on":
		return true
	case "0", "false", "no", "off":
		return false
	}
	p.fail(badParam(name, "%q: want true or false", s))
	return def
}

// oneOf returns the value of name, which must be one of allowed (or
// empty).
func (p *params) oneOf(name string, allowed ...string) string {
	s := strings.ToLower(p.str(name))
	if s == "" {
		return ""
	}
	for _, a := range allowed {
		if s == a {
			return s
		}
	}
	p.fail(badParam(name, "%q: want one of %s", s, strings.Join(allowed, ", ")))
	return ""
}

// date returns the start (or, with end, the end) of the day, month or year
// that name gives, the zero time when absent: to=2024-06 takes in June.
func (p *params) date(name string, end bool) time.Time {
	s := p.str(name)
	if s == "" {
		return time.Time{}
	}
	iv, _, ok := canon.Span(s)
	if !ok || strings.Contains(s, "/") || iv.Lo == canon.MinTime || iv.Hi == canon.MaxTime {
		p.fail(badParam(name, "%q: want a day, month or year (2024-06-19, 2024-06, 2024) or a time (RFC 3339)", s))
		return time.Time{}
	}
	if end {
		return time.Unix(iv.Hi, 0).UTC()
	}
	return time.Unix(iv.Lo, 0).UTC()
}

// actor returns an actor value: a code, a principal or a prefix ending in
// *.
func (p *params) actor(name string) string {
	s := strings.ToUpper(p.str(name))
	if s != "" && !validActor(s) {
		p.fail(badParam(name, "%q: want an actor code (RUS, RUSGOV, IGOWSTNAT) or a prefix ending in * (IGO*)", s))
		return ""
	}
	return s
}

func validActor(s string) bool {
	body, _ := strings.CutSuffix(s, "*")
	if body == "" || len(body) > 30 {
		return false
	}
	return strings.Trim(body, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == ""
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// done returns the first problem: a bad value, or a parameter nobody
// asked for (a misspelt filter must not silently select everything).
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	for name := range p.v {
		if !p.known[name] {
			return badParam(name, "unknown parameter")
		}
	}
	return nil
}

// page reads offset and limit.
func (p *params) page(def int) (offset, limit int) {
	return p.integer("offset", 0, 0, 1<<31-1), p.integer("limit", def, 1, maxLimit)
}

// eventQuery reads the event filters shared by the event list, the
// timeline, the graph and the pages that show them.
func (p *params) eventQuery() store.EventQuery {
	q := store.EventQuery{
		Actor:      p.actor("actor"),
		Source:     p.actor("source"),
		Target:     p.actor("target"),
		CAMEO:      p.str("cameo"),
		PloverType: strings.ToUpper(p.str("plover")),
		Modality:   p.oneOf("modality", "asserted", "alleged", "planned", "hypothetical", "negated"),
		From:       p.date("from", false),
		To:         p.date("to", true),
		MinSources: p.integer("min_sources", 0, 0, 1<<31-1),
		Text:       p.text("q"),
		DocID:      p.id("doc"),
	}
	if q.CAMEO != "" && (len(q.CAMEO) < 2 || len(q.CAMEO) > 4 || strings.Trim(q.CAMEO, "0123456789") != "") {
		p.fail(badParam("cameo", "%q: want a CAMEO root (04) or code (042, 0421)", q.CAMEO))
	}
	if q.PloverType != "" && strings.Trim(q.PloverType, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") != "" {
		p.fail(badParam("plover", "%q: want a PLOVER type (CONSULT, ACCUSE, …)", q.PloverType))
	}
	if d := p.str("dyad"); d != "" {
		a, b, ok := strings.Cut(strings.ToUpper(d), ",")
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		switch {
		case q.Source != "" || q.Target != "":
			p.fail(badParam("dyad", "give either dyad or source/target"))
		case !ok || !validActor(a) || !validActor(b):
			p.fail(badParam("dyad", "%q: want two actors, A,B", d))
		default:
			q.Source, q.Target, q.Dyad = a, b, true
		}
	}
	if !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To) {
		p.fail(badParam("to", "ends before from begins"))
	}
	return q
}

// text returns a full-text query, checked (see store.ParseQuery).
func (p *params) text(name string) string {
	s := p.str(name)
	if s == "" {
		return ""
	}
	if _, err := store.ParseQuery(s); err != nil {
		p.fail(badParam(name, "%s", strings.TrimPrefix(err.Error(), "store: ")))
	}
	return s
}
