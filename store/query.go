package store

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/entente/entente/canon"
)

// DefaultLimit is the page size when a query gives none; MaxLimit the
// largest page.
const (
	DefaultLimit = 50
	MaxLimit     = 10000
)

// Orders of event lists.
const (
	OrderDate    = "date"    // by date, then id (the default)
	OrderSources = "sources" // most sources first, then by date
	OrderID      = "id"      // in the order the events were made
)

// EventQuery selects canonical events. Actor values name a state or
// organisation (RUS, IGOWSTNAT: canon.Principal), a full actor code
// (RUSGOV: that code on that side), or a code prefix ending in * (IGO*,
// RUS*: any code that starts so). Empty fields select everything.
type EventQuery struct {
	// Actor selects events with the actor on either side.
	Actor string
	// Source and Target select the sides of a directed dyad; with Dyad
	// set they may be either way round.
	Source, Target string
	Dyad           bool
	// CAMEO selects codes that start with it: a root ("04") or a code
	// ("042"). PloverType selects a PLOVER type ("CONSULT").
	CAMEO      string
	PloverType string
	// Modality selects one modality (asserted, alleged, planned, …).
	Modality string
	// From and To select events whose date lies within [From, To): a day
	// on 2024-06-19 lies within June 2024, a year does not lie within one
	// of its months. Zero means unbounded. Undated events are left out
	// when either is set.
	From, To time.Time
	// MinSources selects events mentioned by at least this many
	// documents.
	MinSources int
	// Text selects events one of whose mentions' sentences matches the
	// full-text query (see ParseQuery).
	Text string
	// DocID selects events mentioned in that document.
	DocID int64
	// Order is one of the Order constants; Desc reverses it.
	Order string
	Desc  bool
	// Offset and Limit page the results (Limit 0: DefaultLimit).
	Offset, Limit int
	// Mentions fills each event's Mentions.
	Mentions bool
}

// DocumentQuery selects documents.
type DocumentQuery struct {
	// Name selects documents with that name; Outlet those whose outlet
	// contains it (ignoring case).
	Name, Outlet string
	// From and To select documents published (or, without a
	// publication time, ingested) within [From, To).
	From, To time.Time
	// Text selects documents whose title or a sentence matches the
	// full-text query.
	Text string
	// Newest lists the latest first.
	Newest        bool
	Offset, Limit int
}

// RelationQuery selects relations.
type RelationQuery struct {
	// Type is one of the event.Fact types; Party a principal involved
	// (RUS); Status one of the Status constants.
	Type, Party, Status string
	// MinSources selects relations with evidence from at least this many
	// documents.
	MinSources    int
	Offset, Limit int
	// Evidence fills each relation's Evidence.
	Evidence bool
}

// ActorQuery selects actors.
type ActorQuery struct {
	// Kind is "actor", "person" or "organization"; empty for all.
	Kind string
	// Match selects actors whose code starts with it or whose name
	// contains it (ignoring case).
	Match         string
	Offset, Limit int
}

// SearchQuery is a full-text query over sentences.
type SearchQuery struct {
	Text          string
	Offset, Limit int
}

// page returns a checked offset and limit.
func page(offset, limit int) (int, int, error) {
	if offset < 0 || limit < 0 {
		return 0, 0, errors.New("store: negative offset or limit")
	}
	if limit == 0 {
		limit = DefaultLimit
	}
	return offset, min(limit, MaxLimit), nil
}

// where gathers the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// actorCond returns the condition selecting actor value v on one side (the
// columns prefix_principal and prefix_code).
func actorCond(side, v string) (string, []any, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if v == "" || strings.ContainsAny(v, " \t'\"") {
		return "", nil, fmt.Errorf("store: bad actor %q", v)
	}
	if p, ok := strings.CutSuffix(v, "*"); ok {
		if p == "" || strings.Contains(p, "*") {
			return "", nil, fmt.Errorf("store: bad actor prefix %q", v)
		}
		// A range rather than LIKE, so that both databases use the index.
		return side + "_code >= ? AND " + side + "_code < ?", []any{p, p + "\U0010FFFF"}, nil
	}
	if canon.Principal(v) == v {
		return side + "_principal = ?", []any{v}, nil
	}
	return side + "_code = ?", []any{v}, nil
}

// eventWhere builds the conditions of an event query.
func (db *DB) eventWhere(q EventQuery) (*where, error) {
	return db.eventConds(q, "")
}

// eventConds builds the conditions of an event query, its actor on the
// given side only ("source" or "target": the two halves of eventFrom's
// union) or on either ("").
func (db *DB) eventConds(q EventQuery, side string) (*where, error) {
	w := &where{}
	if q.Actor != "" {
		s, sa, err := actorCond("source", q.Actor)
		if err != nil {
			return nil, err
		}
		t, ta, err := actorCond("target", q.Actor)
		if err != nil {
			return nil, err
		}
		switch side {
		case "source":
			w.add(s, sa...)
		case "target":
			w.add(t, ta...)
		default:
			w.add("(("+s+") OR ("+t+"))", append(sa, ta...)...)
		}
	}
	if q.Source != "" || q.Target != "" {
		var straight, swapped []string
		var sargs, wargs []any
		for _, side := range []struct{ v, here, there string }{{q.Source, "source", "target"}, {q.Target, "target", "source"}} {
			if side.v == "" {
				continue
			}
			c, a, err := actorCond(side.here, side.v)
			if err != nil {
				return nil, err
			}
			straight, sargs = append(straight, c), append(sargs, a...)
			c, a, _ = actorCond(side.there, side.v)
			swapped, wargs = append(swapped, c), append(wargs, a...)
		}
		// A mutual act (directed = 0) has no order: either way round
		// matches.
		swap := "directed = 0 AND "
		if q.Dyad {
			swap = ""
		}
		w.add("(("+strings.Join(straight, " AND ")+") OR ("+swap+strings.Join(swapped, " AND ")+"))", append(sargs, wargs...)...)
	}
	if q.CAMEO != "" {
		c := strings.TrimSpace(q.CAMEO)
		if c == "" || strings.Trim(c, "0123456789") != "" {
			return nil, fmt.Errorf("store: bad CAMEO code %q", q.CAMEO)
		}
		if len(c) == 2 {
			w.add("root = ?", c)
		} else {
			w.add("cameo >= ? AND cameo < ?", c, c+":")
		}
	}
	if q.PloverType != "" {
		w.add("plover_type = ?", strings.ToUpper(strings.TrimSpace(q.PloverType)))
	}
	if q.Modality != "" {
		w.add("modality = ?", q.Modality)
	}
	if !q.From.IsZero() {
		w.add("date_from >= ?", q.From.Unix())
	}
	if !q.To.IsZero() {
		// date_from < To follows from date_to <= To; said outright, it
		// bounds the index range.
		w.add("date_to <= ? AND date_from < ?", q.To.Unix(), q.To.Unix())
	}
	if q.MinSources > 0 {
		w.add("sources >= ?", q.MinSources)
	}
	if q.DocID != 0 {
		w.add("id IN (SELECT event_id FROM mentions WHERE doc_id = ?)", q.DocID)
	}
	if q.Text != "" {
		fq, err := ParseQuery(q.Text)
		if err != nil {
			return nil, err
		}
		w.add("id IN (SELECT event_id FROM mentions WHERE sentence_id IN ("+db.dialect.MatchSentences+"))",
			db.dialect.Expression(fq))
	}
	return w, nil
}

// eventFrom returns what an event query lists from, with its arguments:
// the events table with the query's conditions or, for one actor on
// either side, the union of the events with it as source and those with
// it as target, each found through its own index.
func (db *DB) eventFrom(q EventQuery) (string, []any, error) {
	if q.Actor == "" {
		w, err := db.eventWhere(q)
		if err != nil {
			return "", nil, err
		}
		return "events" + w.sql(), w.args, nil
	}
	src, err := db.eventConds(q, "source")
	if err != nil {
		return "", nil, err
	}
	tgt, err := db.eventConds(q, "target")
	if err != nil {
		return "", nil, err
	}
	// UNION drops the events with the actor on both sides once; with only
	// the columns the actor indexes hold, no row is read.
	cols := "SELECT id, date_from FROM events"
	if q.Order == OrderSources {
		cols = "SELECT id, date_from, sources FROM events"
	}
	return "(" + cols + src.sql() + " UNION " + cols + tgt.sql() + ") u", append(src.args, tgt.args...), nil
}

func eventOrder(q EventQuery) (string, error) {
	dir := ""
	if q.Desc {
		dir = " DESC"
	}
	// With an actor to look up, the actor's index finds the few events
	// and sorting them is cheap; ordering by the bare date column would
	// let a planner walk the date index instead, through every event of
	// the period. The unary plus keeps the date index for ordering out.
	date := "date_from"
	if q.Actor != "" || q.Source != "" || q.Target != "" {
		date = "+date_from"
	}
	switch q.Order {
	case "", OrderDate:
		return " ORDER BY " + date + dir + ", id" + dir, nil
	case OrderSources:
		return " ORDER BY sources" + flip(dir) + ", " + date + dir + ", id" + dir, nil
	case OrderID:
		return " ORDER BY id" + dir, nil
	}
	return "", fmt.Errorf("store: unknown order %q (want date, sources or id)", q.Order)
}

// flip makes "most sources first" the natural order of OrderSources.
func flip(dir string) string {
	if dir == "" {
		return " DESC"
	}
	return ""
}
