package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/store"
)

// Timeline is the answer of GET /api/timeline: the selected events placed
// in time, one lane per quad class.
type Timeline struct {
	Items  []TimelineItem  `json:"items"`
	Groups []TimelineGroup `json:"groups"`
	// Total counts the selected events, Undated those of this page that
	// have no date and are not placed.
	Total   int    `json:"total"`
	Undated int    `json:"undated"`
	Offset  int    `json:"offset"`
	Limit   int    `json:"limit"`
	Next    string `json:"next,omitempty"`
}

// TimelineGroup is a lane of the timeline.
type TimelineGroup struct {
	ID    int    `json:"id"`
	Label string `json:"label"`
}

// TimelineItem is one event on the timeline. Start and End are ISO 8601:
// a day is a point (type "point"); a month, a year or a time span is a
// range [Start, End).
type TimelineItem struct {
	ID    int64  `json:"id"`
	Start string `json:"start"`
	End   string `json:"end,omitempty"`
	Type  string `json:"type"`
	// Group is the quad class (1–4).
	Group int `json:"group"`
	// Label is short ("RUS → PRK · sign formal agreement"); Title the
	// longer text for a tooltip.
	Label     string     `json:"label"`
	Title     string     `json:"title"`
	CAMEO     string     `json:"cameo"`
	Goldstein float64    `json:"goldstein"`
	Sources   int        `json:"sources"`
	Date      event.Date `json:"date"`
	Link      string     `json:"link"`
}

// maxTimeline is the most items one timeline answer holds.
const maxTimeline = 5000

func (s *Server) apiTimeline(r *http.Request) (any, error) {
	p := newParams(r.URL.Query())
	q := p.eventQuery()
	q.Offset = p.integer("offset", 0, 0, 1<<31-1)
	q.Limit = p.integer("limit", 500, 1, maxTimeline)
	if err := p.done(); err != nil {
		return nil, err
	}
	return s.timeline(r, q)
}

func (s *Server) timeline(r *http.Request, q store.EventQuery) (Timeline, error) {
	// Undated events sort last, so a page holds the dated ones first.
	q.Order, q.Mentions = store.OrderDate, false
	page, err := s.st.Events(r.Context(), q)
	if err != nil {
		return Timeline{}, err
	}
	t := Timeline{Items: []TimelineItem{}, Total: page.Total, Offset: page.Offset, Limit: page.Limit,
		Next: nextLink(r, page)}
	for q := 1; q <= 4; q++ {
		t.Groups = append(t.Groups, TimelineGroup{ID: q, Label: ontology.QuadName(q)})
	}
	for _, e := range page.Items {
		it, ok := s.timelineItem(e)
		if !ok {
			t.Undated++
			continue
		}
		t.Items = append(t.Items, it)
	}
	return t, nil
}

func (s *Server) timelineItem(e store.Event) (TimelineItem, bool) {
	if e.Date == nil {
		return TimelineItem{}, false
	}
	iv, _, ok := canon.Span(e.Date.Value)
	if !ok || iv.Lo == canon.MinTime {
		return TimelineItem{}, false
	}
	ev := s.event(e)
	it := TimelineItem{ID: e.ID, Group: e.Quad, CAMEO: e.CAMEO, Goldstein: e.Goldstein, Sources: e.Sources,
		Date: *e.Date, Link: ev.Link, Type: "point", Start: isoTime(iv.Lo)}
	switch e.Date.Granularity {
	case "day", "instant", "document":
	default:
		if iv.Hi != canon.MaxTime {
			it.Type, it.End = "range", isoTime(iv.Hi)
		}
	}
	if it.Group < 1 || it.Group > 4 {
		it.Group = 1
	}
	target := ""
	if e.Target != nil {
		target = " → " + e.Target.Principal
	}
	it.Label = e.Source.Principal + target + " · " + ev.Label
	it.Title = ev.SourceName
	if e.Target != nil {
		it.Title += " → " + ev.TargetName
	}
	it.Title += ": " + ev.Label + " (CAMEO " + e.CAMEO + "), " + e.Date.Value + ", " + strconv.Itoa(e.Sources) + " source"
	if e.Sources != 1 {
		it.Title += "s"
	}
	if e.Modality != event.Asserted {
		it.Title += ", " + e.Modality
	}
	return it, true
}

// isoTime writes a Unix time as a day when it is midnight UTC, else as an
// RFC 3339 time.
func isoTime(sec int64) string {
	t := time.Unix(sec, 0).UTC()
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
