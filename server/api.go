package server

import (
	"context"
	"errors"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/directory"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/store"
)

// Event is an event as the API gives it: the store's canonical event with
// readable names, the documents that report it and its page.
type Event struct {
	store.Event
	// Label names the CAMEO code ("make a visit").
	Label string `json:"label"`
	// SourceName and TargetName name the actors ("Russia · government").
	SourceName string `json:"source_name"`
	TargetName string `json:"target_name,omitempty"`
	// Documents are the distinct documents of the mentions, earliest
	// report first; only filled with the mentions.
	Documents []DocRef `json:"documents,omitempty"`
	// Link is the event's page.
	Link string `json:"link"`
	// MentionsTruncated says that a list gave only the first mentions
	// (see mention_limit); /api/events/{id} gives them all.
	MentionsTruncated bool `json:"mentions_truncated,omitempty"`
}

// DocRef names a document that reports an event.
type DocRef struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Outlet    string     `json:"outlet,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published *time.Time `json:"published,omitempty"`
	Link      string     `json:"link"`
}

// EventList is the answer of GET /api/events.
type EventList struct {
	Events []Event `json:"events"`
	Total  int     `json:"total"`
	Offset int     `json:"offset"`
	Limit  int     `json:"limit"`
	// Next is the URL of the next page, when there is one.
	Next string `json:"next,omitempty"`
}

func (s *Server) event(e store.Event) Event {
	out := Event{Event: e, SourceName: s.dir.Name(e.Source.Code), Link: "/events/" + strconv.FormatInt(e.ID, 10)}
	if info, ok := ontology.Lookup(e.CAMEO); ok {
		out.Label = info.Name
	}
	if e.Target != nil {
		out.TargetName = s.dir.Name(e.Target.Code)
	}
	seen := map[int64]bool{}
	for _, m := range e.Mentions {
		if seen[m.DocID] {
			continue
		}
		seen[m.DocID] = true
		out.Documents = append(out.Documents, DocRef{ID: m.DocID, Name: m.Doc, Outlet: m.Outlet, URL: m.URL,
			Published: m.Published, Link: docLink(m.DocID)})
	}
	return out
}

func docLink(id int64) string { return "/documents/" + strconv.FormatInt(id, 10) }

// list reads a list request's parameters with parse and runs the query
// with run; the page's items are never nil, so that they encode as [].
func list[Q, T any](r *http.Request, parse func(*params) Q, run func(context.Context, Q) (store.Page[T], error)) (Q, store.Page[T], error) {
	p := newParams(r.URL.Query())
	q := parse(p)
	if err := p.done(); err != nil {
		return q, store.Page[T]{}, err
	}
	page, err := run(r.Context(), q)
	if page.Items == nil {
		page.Items = []T{}
	}
	return q, page, err
}

// nextLink returns the URL of the page after this one, or "".
func nextLink[T any](r *http.Request, page store.Page[T]) string {
	_, n := pageLinks(r, r.URL.Path, page.Offset, page.Limit, len(page.Items), page.Total)
	return n
}

// defaultMentionLimit is how many mentions of each event a list gives
// unless asked otherwise: an event that hundreds of reports mention would
// otherwise make one page megabytes long.
const defaultMentionLimit = 20

// eventsRequest is the event list's query and how many mentions of each
// event to give.
type eventsRequest struct {
	store.EventQuery
	mentionLimit int
}

// eventsQuery reads the parameters of the event list.
func eventsQuery(p *params) eventsRequest {
	q := p.eventQuery()
	q.Offset, q.Limit = p.page(store.DefaultLimit)
	q.Order = p.oneOf("order", store.OrderDate, store.OrderSources, store.OrderID)
	q.Desc = p.boolean("desc", false)
	q.Mentions = p.boolean("mentions", true)
	return eventsRequest{EventQuery: q, mentionLimit: p.integer("mention_limit", defaultMentionLimit, 1, maxLimit)}
}

func (s *Server) apiEvents(r *http.Request) (any, error) {
	q, page, err := list(r, eventsQuery, func(ctx context.Context, q eventsRequest) (store.Page[store.Event], error) {
		return s.st.Events(ctx, q.EventQuery)
	})
	if err != nil {
		return nil, err
	}
	out := EventList{Events: make([]Event, 0, len(page.Items)), Total: page.Total, Offset: page.Offset, Limit: page.Limit}
	for _, e := range page.Items {
		ev := s.event(e)
		if len(ev.Mentions) > q.mentionLimit {
			ev.Mentions, ev.MentionsTruncated = ev.Mentions[:q.mentionLimit], true
		}
		out.Events = append(out.Events, ev)
	}
	out.Next = nextLink(r, page)
	return out, nil
}

// pathID reads the {id} of a path.
func pathID(r *http.Request) (int64, error) {
	v := r.PathValue("id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, &httpError{status: http.StatusBadRequest, msg: "id " + strconv.Quote(v) + ": want a positive number", param: "id"}
	}
	return id, nil
}

// noParams refuses parameters on endpoints that take none.
func noParams(r *http.Request) error { return newParams(r.URL.Query()).done() }

// idOnly reads the {id} of a path that takes no parameters.
func idOnly(r *http.Request) (int64, error) {
	id, err := pathID(r)
	if err != nil {
		return 0, err
	}
	return id, noParams(r)
}

// eventOf returns the event the path names.
func (s *Server) eventOf(r *http.Request) (store.Event, error) {
	id, err := idOnly(r)
	if err != nil {
		return store.Event{}, err
	}
	e, err := s.st.Event(r.Context(), id)
	return e, notFound(err, "event", id)
}

func (s *Server) apiEvent(r *http.Request) (any, error) {
	e, err := s.eventOf(r)
	if err != nil {
		return nil, err
	}
	return s.event(e), nil
}

// notFound words a store's ErrNotFound for the client.
func notFound(err error, what string, id int64) error {
	if errors.Is(err, store.ErrNotFound) {
		return &httpError{status: http.StatusNotFound, msg: "no " + what + " " + strconv.FormatInt(id, 10)}
	}
	return err
}

// DocumentList is the answer of GET /api/documents.
type DocumentList struct {
	Documents []store.Document `json:"documents"`
	Total     int              `json:"total"`
	Offset    int              `json:"offset"`
	Limit     int              `json:"limit"`
	Next      string           `json:"next,omitempty"`
}

func documentsQuery(p *params) store.DocumentQuery {
	q := store.DocumentQuery{Name: p.str("name"), Outlet: p.str("outlet"), From: p.date("from", false),
		To: p.date("to", true), Text: p.text("q"), Newest: p.boolean("newest", false)}
	q.Offset, q.Limit = p.page(store.DefaultLimit)
	return q
}

func (s *Server) apiDocuments(r *http.Request) (any, error) {
	_, page, err := list(r, documentsQuery, s.st.Documents)
	if err != nil {
		return nil, err
	}
	return DocumentList{Documents: page.Items, Total: page.Total, Offset: page.Offset, Limit: page.Limit,
		Next: nextLink(r, page)}, nil
}

// Document is a document as the API gives it: the store's view with its
// text, sentences, mentions, facts, entities and highlight spans, and the
// sanctions screening of its persons and organisations when the server
// has a Screener.
type Document struct {
	store.DocumentView
	Screening []ScreenHit `json:"screening,omitempty"`
}

func (s *Server) apiDocument(r *http.Request) (any, error) {
	id, err := idOnly(r)
	if err != nil {
		return nil, err
	}
	return s.document(r, id)
}

func (s *Server) document(r *http.Request, id int64) (Document, error) {
	v, err := s.st.Document(r.Context(), id)
	if err != nil {
		return Document{}, notFound(err, "document", id)
	}
	d := Document{DocumentView: v}
	if s.opt.Screen != nil && len(v.Entities) > 0 {
		if d.Screening, err = s.opt.Screen.Screen(r.Context(), v.Entities); err != nil {
			return d, err
		}
	}
	return d, nil
}

// Actor is an actor code, person or organisation as the API lists it.
type Actor struct {
	store.ActorInfo
	// DisplayName is the directory's name for the code (for persons and
	// organisations, their own name).
	DisplayName string `json:"display_name"`
	// Type is the directory's kind: state, organization, region, person,
	// other.
	Type string `json:"type"`
	// Terms are the offices a person held, as the dictionaries date them.
	Terms []directory.Term `json:"terms,omitempty"`
	Link  string           `json:"link"`
}

// ActorList is the answer of GET /api/actors and /api/persons.
type ActorList struct {
	Actors []Actor `json:"actors"`
	Total  int     `json:"total"`
	Offset int     `json:"offset"`
	Limit  int     `json:"limit"`
	Next   string  `json:"next,omitempty"`
}

func (s *Server) actor(a store.ActorInfo) Actor {
	out := Actor{ActorInfo: a}
	if a.Kind == "actor" {
		e, _ := s.dir.Entry(a.Code)
		out.DisplayName, out.Type, out.Link = e.Name, e.Kind, "/actors/"+url.PathEscape(a.Code)
		return out
	}
	out.DisplayName, out.Type = a.Name, a.Kind
	if a.Kind == "person" {
		if p, ok := s.dir.Person(a.Name); ok {
			out.Terms = p.Terms
		}
	}
	out.Link = "/actors/" + url.PathEscape(a.Code)
	if a.Principal != "" {
		out.Link = "/actors/" + url.PathEscape(a.Principal)
	}
	return out
}

func (s *Server) actorList(r *http.Request, kind string) (ActorList, error) {
	_, page, err := list(r, func(p *params) store.ActorQuery {
		q := store.ActorQuery{Kind: kind, Match: p.str("q")}
		if kind == "" {
			q.Kind = p.oneOf("kind", "actor", "person", "organization")
		}
		q.Offset, q.Limit = p.page(store.DefaultLimit)
		return q
	}, s.st.Actors)
	if err != nil {
		return ActorList{}, err
	}
	out := ActorList{Actors: make([]Actor, 0, len(page.Items)), Total: page.Total, Offset: page.Offset, Limit: page.Limit,
		Next: nextLink(r, page)}
	for _, a := range page.Items {
		out.Actors = append(out.Actors, s.actor(a))
	}
	return out, nil
}

func (s *Server) apiActors(r *http.Request) (any, error) { return s.actorList(r, "") }

func (s *Server) apiPersons(r *http.Request) (any, error) { return s.actorList(r, "person") }

// ActorDetail is the answer of GET /api/actors/{code}: what the store and
// the directory know of one state, organisation or actor code.
type ActorDetail struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Known is false when neither the store nor the directory knows the
	// code.
	Known bool `json:"known"`
	// Events counts the events with the actor on either side (as the
	// events endpoint's actor filter selects them); AsSource and AsTarget
	// split them.
	Events   int `json:"events"`
	AsSource int `json:"as_source"`
	AsTarget int `json:"as_target"`
	// Partners are the other sides of those events, most events first.
	Partners []Partner `json:"partners"`
	// Relations are the standing relations the actor is a party to.
	Relations []store.Relation `json:"relations"`
	// Persons are the people the documents name for the actor, with the
	// terms the dictionaries give them; DictionaryPersons are the people
	// the dictionaries know for it who are not named in the documents.
	Persons           []Actor            `json:"persons"`
	DictionaryPersons []directory.Person `json:"dictionary_persons"`
	// EventsLink lists its events.
	EventsLink string `json:"events_link"`
}

// Partner is an actor's counterpart in events.
type Partner struct {
	Code      string  `json:"code"`
	Name      string  `json:"name"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"`
}

func (s *Server) apiActor(r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	return s.actorDetail(r, r.PathValue("code"))
}

// maxPartnerEvents bounds the events read to rank an actor's partners.
const maxPartnerEvents = 50_000

func (s *Server) actorDetail(r *http.Request, code string) (ActorDetail, error) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if !validActor(code) || strings.HasSuffix(code, "*") {
		return ActorDetail{}, &httpError{status: http.StatusBadRequest, msg: "actor " + strconv.Quote(code) + ": want an actor code (RUS, RUSGOV, IGOWSTNAT)", param: "code"}
	}
	ctx := r.Context()
	e, known := s.dir.Entry(code)
	d := ActorDetail{Code: code, Name: e.Name, Type: e.Kind, Known: known, Partners: []Partner{},
		Persons: []Actor{}, DictionaryPersons: []directory.Person{}, EventsLink: "/events?actor=" + url.QueryEscape(code)}
	type agg struct {
		n    int
		gold float64
	}
	partners := map[string]*agg{}
	n := 0
	err := s.st.ScanEvents(ctx, store.EventQuery{Actor: code}, func(ev store.Event) error {
		n++
		if n > maxPartnerEvents {
			return errStop
		}
		other := ""
		if matchesActor(ev.Source, code) {
			d.AsSource++
			if ev.Target != nil {
				other = ev.Target.Principal
			}
		}
		if ev.Target != nil && matchesActor(*ev.Target, code) {
			d.AsTarget++
			other = ev.Source.Principal
		}
		if other == "" || other == code {
			return nil
		}
		a := partners[other]
		if a == nil {
			a = &agg{}
			partners[other] = a
		}
		a.n++
		a.gold += ev.Goldstein
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return d, err
	}
	page, err := s.st.Events(ctx, store.EventQuery{Actor: code, Limit: 1})
	if err != nil {
		return d, err
	}
	d.Events = page.Total
	for c, a := range partners {
		d.Partners = append(d.Partners, Partner{Code: c, Name: s.dir.Name(c), Events: a.n, Goldstein: round1(a.gold / float64(a.n))})
	}
	slices.SortFunc(d.Partners, func(a, b Partner) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Code, b.Code)
	})
	rels, err := s.st.Relations(ctx, store.RelationQuery{Party: principalOf(code), Limit: store.MaxLimit})
	if err != nil {
		return d, err
	}
	d.Relations = rels.Items
	if d.Relations == nil {
		d.Relations = []store.Relation{}
	}
	// Persons coded for the actor have codes that start with it.
	persons, err := s.st.Actors(ctx, store.ActorQuery{Kind: "person", Match: principalOf(code), Limit: store.MaxLimit})
	if err != nil {
		return d, err
	}
	named := map[string]bool{}
	for _, p := range persons.Items {
		if p.Principal == principalOf(code) || p.Country == code || strings.HasPrefix(p.Code, code) {
			d.Persons = append(d.Persons, s.actor(p))
			named[directory.Key(p.Name)] = true
		}
	}
	for _, p := range s.dir.Persons(principalOf(code)) {
		if !named[directory.Key(p.Name)] {
			d.DictionaryPersons = append(d.DictionaryPersons, p)
		}
	}
	d.Known = d.Known || d.Events > 0 || len(d.Persons) > 0 || len(d.Relations) > 0
	return d, nil
}

// errStop ends a scan early.
var errStop = errors.New("enough events read")

// matchesActor reports whether an event side is the actor value code
// selects (a principal or a full code).
func matchesActor(a store.Actor, code string) bool { return a.Principal == code || a.Code == code }

// principalOf returns the principal of an actor code, as relations name
// their parties.
func principalOf(code string) string {
	if p := canon.Principal(code); p != "" {
		return p
	}
	return code
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// RelationList is the answer of GET /api/relations.
type RelationList struct {
	Relations []store.Relation `json:"relations"`
	Total     int              `json:"total"`
	Offset    int              `json:"offset"`
	Limit     int              `json:"limit"`
	Next      string           `json:"next,omitempty"`
}

// relationTypes are the relation types the store knows.
var relationTypes = []string{"trade", "arms_supply", "sanctions", "defense_pact", "partnership", "membership", "office"}

func relationsQuery(p *params) store.RelationQuery {
	q := store.RelationQuery{Type: p.oneOf("type", relationTypes...), Party: p.actor("party"),
		Status: p.oneOf("status", store.StatusAsserted, store.StatusClaimed, store.StatusAlleged, store.StatusPlanned,
			store.StatusHypothetical, store.StatusNegated),
		MinSources: p.integer("min_sources", 0, 0, 1<<31-1), Evidence: p.boolean("evidence", false)}
	q.Offset, q.Limit = p.page(store.DefaultLimit)
	return q
}

func (s *Server) apiRelations(r *http.Request) (any, error) {
	_, page, err := list(r, relationsQuery, s.st.Relations)
	if err != nil {
		return nil, err
	}
	return RelationList{Relations: page.Items, Total: page.Total, Offset: page.Offset, Limit: page.Limit,
		Next: nextLink(r, page)}, nil
}

// relationOf returns the relation the path names.
func (s *Server) relationOf(r *http.Request) (store.Relation, error) {
	id, err := idOnly(r)
	if err != nil {
		return store.Relation{}, err
	}
	rel, err := s.st.Relation(r.Context(), id)
	return rel, notFound(err, "relation", id)
}

func (s *Server) apiRelation(r *http.Request) (any, error) {
	rel, err := s.relationOf(r)
	if err != nil {
		return nil, err
	}
	return rel, nil
}

// SearchResult is the answer of GET /api/search.
type SearchResult struct {
	Query  string            `json:"query"`
	Hits   []store.SearchHit `json:"hits"`
	Total  int               `json:"total"`
	Offset int               `json:"offset"`
	Limit  int               `json:"limit"`
	Next   string            `json:"next,omitempty"`
}

func searchQuery(p *params) store.SearchQuery {
	q := store.SearchQuery{Text: p.text("q")}
	q.Offset, q.Limit = p.page(store.DefaultLimit)
	if q.Text == "" {
		p.fail(badParam("q", "missing: give the words to look for"))
	}
	return q
}

func (s *Server) apiSearch(r *http.Request) (any, error) {
	q, page, err := list(r, searchQuery, s.st.Search)
	if err != nil {
		return nil, err
	}
	return SearchResult{Query: q.Text, Hits: page.Items, Total: page.Total, Offset: page.Offset, Limit: page.Limit,
		Next: nextLink(r, page)}, nil
}

func (s *Server) apiStats(r *http.Request) (any, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	return s.st.Stats(r.Context())
}
