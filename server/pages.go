package server

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/store"
	"github.com/entente/entente/web"
)

// view is what a page handler gives the layout: which template, its
// title, the menu entry it belongs to, the scripts it needs and its data.
type view struct {
	Template string
	Title    string
	Nav      string
	// Timeline and Network load the libraries that draw them.
	Timeline, Network bool
	Data              any
	// Partial, when set, names the one block to render (an htmx request
	// for part of the page).
	Partial string
	status  int
}

// parsePages reads the templates: the layout and the partials, then each
// page (which defines "content") on a copy of them.
func parsePages(s *Server) (map[string]*template.Template, error) {
	funcs := template.FuncMap{
		"name":      s.dir.Name,
		"label":     cameoLabel,
		"quadName":  ontology.QuadName,
		"quadClass": func(q int) string { return "q" + strconv.Itoa(q) },
		"color":     GoldsteinColor,
		"date":      dateText,
		"when":      timeText,
		"signed":    func(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) },
		"plural":    plural,
		"actorLink": func(code string) string { return "/actors/" + url.PathEscape(code) },
		"add":       func(a, b int) int { return a + b },
		"money":     money,
	}
	tfs := web.Templates()
	base, err := template.New("base").Funcs(funcs).ParseFS(tfs, "*.html")
	if err != nil {
		return nil, fmt.Errorf("server: parse page templates: %w", err)
	}
	names, err := fs.Glob(tfs, "pages/*.html")
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("server: no page templates (%v)", err)
	}
	out := map[string]*template.Template{}
	for _, n := range names {
		t, err := template.Must(base.Clone()).ParseFS(tfs, n)
		if err != nil {
			return nil, fmt.Errorf("server: parse page template %s: %w", n, err)
		}
		out[strings.TrimSuffix(path.Base(n), ".html")] = t
	}
	return out, nil
}

// pageHandler runs a page handler and renders its view in the layout, or
// an error page.
func (s *Server) pageHandler(h func(*http.Request) (*view, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r, cancel := s.withTimeout(r)
		defer cancel()
		v, err := h(r)
		if err != nil {
			status, msg, _ := statusOf(err)
			if status >= 500 {
				s.log.Error("page", "path", r.URL.Path, "err", err)
			}
			title := http.StatusText(status)
			if title == "" {
				title = "Error"
			}
			v = &view{Template: "error", Title: title, Data: errorPage{Status: status, Message: msg}, status: status}
		}
		if v.Partial == "" && r.Header.Get("HX-Request") == "true" {
			v.Partial = r.Header.Get("HX-Target")
		}
		t := s.pages[v.Template]
		if t == nil {
			s.log.Error("render", "path", r.URL.Path, "err", "no template "+v.Template)
			http.Error(w, "internal error (logged on the server)", http.StatusInternalServerError)
			return
		}
		name, data := "layout", any(v)
		if v.Partial != "" && t.Lookup(v.Partial) != nil {
			name, data = v.Partial, v.Data
		}
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, data); err != nil {
			s.log.Error("render", "path", r.URL.Path, "template", v.Template, "err", err)
			http.Error(w, "internal error (logged on the server)", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if v.status != 0 {
			w.WriteHeader(v.status)
		}
		_, _ = w.Write(buf.Bytes())
	})
}

// errorPage is the data of the error page.
type errorPage struct {
	Status  int
	Message string
}

// staticHandler serves the embedded files; they change only with the
// binary, so browsers may keep them for an hour.
func (s *Server) staticHandler() http.Handler {
	files := http.FileServerFS(s.static)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") || r.URL.Path == "" {
			writeJSONError(w, http.StatusNotFound, "no such file", "")
			return
		}
		if _, err := fs.Stat(s.static, path.Clean(r.URL.Path)); err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		files.ServeHTTP(w, r)
	})
}

func cameoLabel(code string) string {
	if info, ok := ontology.Lookup(code); ok {
		return info.Name
	}
	return ""
}

func dateText(d *event.Date) string {
	if d == nil {
		return "undated"
	}
	return d.Value
}

func timeText(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan 2006 15:04 MST")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// money writes a dollar amount the way a reader takes it in ("$1.2 billion").
func money(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1e9:
		return "$" + strconv.FormatFloat(v/1e9, 'f', 1, 64) + " billion"
	case a >= 1e6:
		return "$" + strconv.FormatFloat(v/1e6, 'f', 1, 64) + " million"
	}
	return "$" + strconv.FormatFloat(v, 'f', 0, 64)
}

// filters is the filter form of the pages that list events, with the
// links that keep the filters.
type filters struct {
	// Action is the page the form submits to.
	Action string
	Values url.Values
	// Query is the filters as a query string (without paging);
	// TimelineSrc and GraphSrc are the API URLs the scripts draw from.
	Query, TimelineSrc, GraphSrc string
	// Active says whether any filter is set.
	Active bool
	// Plover and Roots are the choices of the type menus.
	Plover []string
	Roots  []option
}

type option struct{ Value, Label string }

// filterNames are the event filters the forms carry.
var filterNames = []string{"actor", "source", "target", "dyad", "plover", "cameo", "modality", "from", "to", "min_sources", "q", "doc"}

func newFilters(action string, v url.Values) filters {
	f := filters{Action: action, Values: url.Values{}}
	for _, n := range filterNames {
		if x := strings.TrimSpace(v.Get(n)); x != "" {
			f.Values.Set(n, x)
		}
	}
	f.Query, f.Active = f.Values.Encode(), len(f.Values) > 0
	f.TimelineSrc, f.GraphSrc = "/api/timeline?"+f.Query, "/api/graph?"+f.Query
	f.Plover = ploverTypes()
	for i := 1; i <= 20; i++ {
		c := fmt.Sprintf("%02d", i)
		f.Roots = append(f.Roots, option{c, c + " " + cameoLabel(c)})
	}
	return f
}

// ploverTypes lists the PLOVER types of the CAMEO table, in order.
func ploverTypes() []string {
	var out []string
	for _, c := range ontology.Codes() {
		if info, ok := ontology.Lookup(c); ok && info.PloverType != "" && !slices.Contains(out, info.PloverType) {
			out = append(out, info.PloverType)
		}
	}
	slices.Sort(out)
	return out
}

// With returns the filters' query with key set to value (or removed when
// value is empty).
func (f filters) With(key, value string) string {
	v := url.Values{}
	for k, vs := range f.Values {
		v[k] = vs
	}
	if value == "" {
		v.Del(key)
	} else {
		v.Set(key, value)
	}
	return v.Encode()
}

// eventsPage is the data of the overview and the event list.
type eventsPage struct {
	Filters  filters
	Stats    store.Stats
	Events   []Event
	Total    int
	Offset   int
	Limit    int
	PrevLink string
	NextLink string
}

// eventsList reads the filters and one page of events.
func (s *Server) eventsList(r *http.Request, action string, limit int, order string) (eventsPage, error) {
	_, page, err := list(r, func(p *params) store.EventQuery {
		q := p.eventQuery()
		q.Offset, q.Limit = p.page(limit)
		q.Order = p.oneOf("order", store.OrderDate, store.OrderSources, store.OrderID)
		if q.Order == "" {
			q.Order = order
		}
		q.Desc = p.boolean("desc", false)
		return q
	}, s.st.Events)
	if err != nil {
		return eventsPage{}, err
	}
	d := eventsPage{Filters: newFilters(action, r.URL.Query()), Total: page.Total, Offset: page.Offset, Limit: page.Limit}
	for _, e := range page.Items {
		d.Events = append(d.Events, s.event(e))
	}
	// The overview's pages go on in the full list, in the same order.
	keep := r.Clone(r.Context())
	v := keep.URL.Query()
	if v.Get("order") == "" && order != store.OrderDate {
		v.Set("order", order)
	}
	keep.URL.RawQuery = v.Encode()
	d.PrevLink, d.NextLink = pageLinks(keep, "/events", page.Offset, page.Limit, len(page.Items), page.Total)
	return d, nil
}

func (s *Server) pageOverview(r *http.Request) (*view, error) {
	// The overview lists the most reported events first.
	d, err := s.eventsList(r, "/", 25, store.OrderSources)
	if err != nil {
		return nil, err
	}
	if d.Stats, err = s.st.Stats(r.Context()); err != nil {
		return nil, err
	}
	return &view{Template: "overview", Title: "Overview", Nav: "overview", Timeline: true, Network: true, Data: d}, nil
}

func (s *Server) pageEvents(r *http.Request) (*view, error) {
	d, err := s.eventsList(r, "/events", store.DefaultLimit, store.OrderDate)
	if err != nil {
		return nil, err
	}
	return &view{Template: "events", Title: "Events", Nav: "events", Data: d}, nil
}

// sourceCard is one sentence that reports an event: what one source
// says, with the actors' words and the date of its first mention marked.
type sourceCard struct {
	store.Mention
	Segments []segment
	// Differs says that the mention coded something other than the
	// canonical event (a less specific code, another modality).
	Differs bool
	DocLink string
	// Also lists the sentence's other mentions of the event (a mutual act
	// is coded both ways round).
	Also []string
}

// eventPage is the data of an event's page.
type eventPage struct {
	Event
	Cards []sourceCard
	// Outlets counts the documents.
	Outlets int
}

func (s *Server) pageEvent(r *http.Request) (*view, error) {
	e, err := s.eventOf(r)
	if err != nil {
		return nil, err
	}
	d := eventPage{Event: s.event(e)}
	card := map[int64]int{} // sentence id → its card
	for _, m := range e.Mentions {
		if i, ok := card[m.SentenceID]; ok {
			d.Cards[i].Also = append(d.Cards[i].Also, mentionText(m))
			continue
		}
		c := sourceCard{Mention: m, DocLink: docLink(m.DocID) + "#s" + strconv.Itoa(m.SentenceIndex),
			Differs: m.CAMEO != e.CAMEO || m.Modality != e.Modality}
		c.Segments = segments(m.Sentence.Text, 0, len(m.Sentence.Text), mentionMarks(m, m.Sentence.Start, ""))
		card[m.SentenceID] = len(d.Cards)
		d.Cards = append(d.Cards, c)
	}
	d.Outlets = len(d.Documents)
	title := d.SourceName
	if d.TargetName != "" {
		title += " → " + d.TargetName
	}
	return &view{Template: "event", Title: title + ": " + d.Label, Nav: "events", Data: d}, nil
}

// mentionText says what a mention coded: "PRKGOV → RUSGOV 057".
func mentionText(m store.Mention) string {
	t := m.Source.Code
	if m.Target != nil {
		t += " → " + m.Target.Code
	}
	return t + " " + m.CAMEO
}

// mentionMarks marks a mention's actor words and date in its sentence;
// base is the offset of the text the marks are for in the document, link
// where the actor words lead.
func mentionMarks(m store.Mention, base int, link string) []mark {
	var out []mark
	if m.SourceSpan != nil {
		out = append(out, mark{start: m.SourceSpan.Start - base, end: m.SourceSpan.End - base, class: "hl-source",
			title: "source " + m.Source.Code, link: link})
	}
	if m.TargetSpan != nil && m.Target != nil {
		out = append(out, mark{start: m.TargetSpan.Start - base, end: m.TargetSpan.End - base, class: "hl-target",
			title: "target " + m.Target.Code, link: link})
	}
	if m.Date != nil && m.Date.Text != "" {
		if i := strings.Index(m.Sentence.Text, m.Date.Text); i >= 0 {
			off := m.Sentence.Start - base + i
			out = append(out, mark{start: off, end: off + len(m.Date.Text), class: "hl-date", title: "date " + m.Date.Value})
		}
	}
	return out
}

// documentsPage is the data of the document list.
type documentsPage struct {
	Documents []store.Document
	Total     int
	Offset    int
	Limit     int
	Q         string
	PrevLink  string
	NextLink  string
}

func (s *Server) pageDocuments(r *http.Request) (*view, error) {
	q, page, err := list(r, documentsQuery, s.st.Documents)
	if err != nil {
		return nil, err
	}
	d := documentsPage{Documents: page.Items, Total: page.Total, Offset: page.Offset, Limit: page.Limit, Q: q.Text}
	d.PrevLink, d.NextLink = pageLinks(r, r.URL.Path, page.Offset, page.Limit, len(page.Items), page.Total)
	return &view{Template: "documents", Title: "Documents", Nav: "documents", Data: d}, nil
}

// pageLinks returns the links to the previous and next pages of a list,
// at path with the request's parameters.
func pageLinks(r *http.Request, path string, offset, limit, shown, total int) (prev, next string) {
	v := url.Values{}
	for k, vs := range r.URL.Query() {
		v[k] = vs
	}
	link := func(off int) string {
		v.Set("offset", strconv.Itoa(off))
		return path + "?" + v.Encode()
	}
	if offset > 0 {
		prev = link(max(0, offset-limit))
	}
	if offset+shown < total && shown > 0 {
		next = link(offset + shown)
	}
	return prev, next
}

// documentPage is the data of the document reader.
type documentPage struct {
	Document
	Blocks []block
	// Events are the events the document reports, in order of sentence.
	Events []docEvent
	// Persons are the persons and organisations it names, with the
	// screening hits for each.
	Persons []docEntity
}

type docEvent struct {
	Mention  store.Mention
	Label    string
	Link     string
	Sentence string
}

type docEntity struct {
	event.Entity
	Link string
	Hits []ScreenHit
}

func (s *Server) pageDocument(r *http.Request) (*view, error) {
	id, err := idOnly(r)
	if err != nil {
		return nil, err
	}
	doc, err := s.document(r, id)
	if err != nil {
		return nil, err
	}
	d := documentPage{Document: doc}
	marks := documentMarks(doc.DocumentView)
	d.Blocks = blocks(doc.Text, marks)
	seen := map[int64]bool{}
	for _, m := range doc.Mentions {
		if seen[m.Event] {
			continue
		}
		seen[m.Event] = true
		d.Events = append(d.Events, docEvent{Mention: m, Label: cameoLabel(m.CAMEO), Link: "/events/" + strconv.FormatInt(m.Event, 10),
			Sentence: "#s" + strconv.Itoa(m.SentenceIndex)})
	}
	for _, x := range doc.Entities {
		de := docEntity{Entity: x, Link: "/actors/" + url.PathEscape(principalOf(x.Code))}
		for _, h := range doc.Screening {
			if h.Name == x.Name {
				de.Hits = append(de.Hits, h)
			}
		}
		d.Persons = append(d.Persons, de)
	}
	title := doc.Title
	if title == "" {
		title = doc.Name
	}
	return &view{Template: "document", Title: title, Nav: "documents", Data: d}, nil
}

// documentMarks are the marks of a document's text: its sentences with
// the events they report, the actors' words, the dates, the entities and
// the facts' evidence.
func documentMarks(v store.DocumentView) []mark {
	events := map[int64][]eventRef{}
	var marks []mark
	dates := map[[2]int]bool{}
	for _, m := range v.Mentions {
		link := "/events/" + strconv.FormatInt(m.Event, 10)
		ref := eventRef{Link: link, Label: m.CAMEO, Title: m.Source.Code + " " + cameoLabel(m.CAMEO)}
		if m.Target != nil {
			ref.Title = m.Source.Code + " → " + m.Target.Code + ": " + cameoLabel(m.CAMEO)
		}
		// A mutual act coded both ways round is one event: one link.
		if !slices.ContainsFunc(events[m.SentenceID], func(e eventRef) bool { return e.Link == link }) {
			events[m.SentenceID] = append(events[m.SentenceID], ref)
		}
		for _, mk := range mentionMarks(m, 0, link) {
			if mk.class == "hl-date" {
				k := [2]int{mk.start, mk.end}
				if dates[k] {
					continue
				}
				dates[k] = true
			}
			marks = append(marks, mk)
		}
	}
	for _, sn := range v.Sentences {
		class := "s"
		if sn.Kind != "prose" {
			class += " s-" + sn.Kind
		}
		if len(events[sn.ID]) > 0 {
			class += " s-event"
		}
		marks = append(marks, mark{start: sn.Start, end: sn.End, class: class, sentence: true,
			anchor: "s" + strconv.Itoa(sn.Index), events: events[sn.ID]})
	}
	for _, h := range v.Highlights {
		switch h.Kind {
		case store.HighlightEntity:
			marks = append(marks, mark{start: h.Start, end: h.End, class: "hl-entity", title: "person " + h.Label})
		case store.HighlightEvidence:
			marks = append(marks, mark{start: h.Start, end: h.End, class: "hl-evidence", title: "fact: " + h.Label})
		}
	}
	for _, x := range v.Entities {
		if len(x.Mentions) > 0 {
			continue // placed by the highlights
		}
		// The pipeline did not place this entity: mark where its full
		// name stands.
		for _, at := range wholeWords(v.Text, x.Name) {
			marks = append(marks, mark{start: at, end: at + len(x.Name), class: "hl-entity", title: x.Kind + " " + x.Code})
		}
	}
	return marks
}

// wholeWords returns where word stands in text as whole words (not
// inside a longer word).
func wholeWords(text, word string) []int {
	var out []int
	if word == "" {
		return nil
	}
	for i := 0; ; {
		j := strings.Index(text[i:], word)
		if j < 0 {
			return out
		}
		at := i + j
		end := at + len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (at == 0 || !isWordRune(before)) && (end == len(text) || !isWordRune(after)) {
			out = append(out, at)
		}
		i = end
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// actorsPage is the data of the actor list.
type actorsPage struct {
	ActorList
	Kind, Q            string
	PrevLink, NextLink string
}

func (s *Server) pageActors(r *http.Request) (*view, error) {
	list, err := s.actorList(r, "")
	if err != nil {
		return nil, err
	}
	d := actorsPage{ActorList: list, Kind: r.URL.Query().Get("kind"), Q: r.URL.Query().Get("q")}
	d.PrevLink, d.NextLink = pageLinks(r, r.URL.Path, list.Offset, list.Limit, len(list.Actors), list.Total)
	return &view{Template: "actors", Title: "Actors and persons", Nav: "actors", Data: d}, nil
}

func (s *Server) pageActor(r *http.Request) (*view, error) {
	if err := noParams(r); err != nil {
		return nil, err
	}
	d, err := s.actorDetail(r, r.PathValue("code"))
	if err != nil {
		return nil, err
	}
	if !d.Known {
		return nil, &httpError{status: http.StatusNotFound, msg: "Neither the store nor the dictionaries know the actor " + d.Code + "."}
	}
	return &view{Template: "actor", Title: d.Name, Nav: "actors", Data: d}, nil
}

// relationsPage is the data of the relation list.
type relationsPage struct {
	RelationList
	Type, Party        string
	Types              []string
	PrevLink, NextLink string
}

func (s *Server) pageRelations(r *http.Request) (*view, error) {
	q, page, err := list(r, relationsQuery, s.st.Relations)
	if err != nil {
		return nil, err
	}
	d := relationsPage{RelationList: RelationList{Relations: page.Items, Total: page.Total, Offset: page.Offset, Limit: page.Limit},
		Type: q.Type, Party: q.Party, Types: relationTypes}
	d.PrevLink, d.NextLink = pageLinks(r, r.URL.Path, page.Offset, page.Limit, len(page.Items), page.Total)
	return &view{Template: "relations", Title: "Relations", Nav: "relations", Data: d}, nil
}

// evidenceCard is one piece of a relation's evidence with its words
// marked.
type evidenceCard struct {
	store.Evidence
	Segments []segment
	DocLink  string
}

// relationPage is the data of a relation's page.
type relationPage struct {
	store.Relation
	Cards []evidenceCard
}

func (s *Server) pageRelation(r *http.Request) (*view, error) {
	rel, err := s.relationOf(r)
	if err != nil {
		return nil, err
	}
	d := relationPage{Relation: rel}
	for _, e := range rel.Evidence {
		sn := e.Sentence
		m := mark{start: e.Evidence.Start - sn.Start, end: e.Evidence.End - sn.Start, class: "hl-evidence"}
		d.Cards = append(d.Cards, evidenceCard{Evidence: e, Segments: segments(sn.Text, 0, len(sn.Text), []mark{m}),
			DocLink: docLink(e.DocID)})
	}
	title := strings.ReplaceAll(rel.Type, "_", " ") + ": " + strings.Join(rel.Parties, ", ")
	return &view{Template: "relation", Title: title, Nav: "relations", Data: d}, nil
}

// searchPage is the data of the search page.
type searchPage struct {
	Q                  string
	Hits               []searchHit
	Total              int
	Offset             int
	PrevLink, NextLink string
}

type searchHit struct {
	store.SearchHit
	Segments []segment
	Link     string
}

func (s *Server) pageSearch(r *http.Request) (*view, error) {
	d := searchPage{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	v := &view{Template: "search", Title: "Search", Nav: "search", Data: &d}
	if d.Q == "" {
		return v, noParams(withoutEmpty(r, "q"))
	}
	_, page, err := list(r, searchQuery, s.st.Search)
	if err != nil {
		return nil, err
	}
	d.Total, d.Offset = page.Total, page.Offset
	for _, h := range page.Items {
		var marks []mark
		for _, m := range h.Matches {
			marks = append(marks, mark{start: m.Start, end: m.End, class: "hl-match"})
		}
		d.Hits = append(d.Hits, searchHit{SearchHit: h, Segments: segments(h.Sentence.Text, 0, len(h.Sentence.Text), marks),
			Link: docLink(h.DocID) + "#s" + strconv.Itoa(h.Sentence.Index)})
	}
	d.PrevLink, d.NextLink = pageLinks(r, r.URL.Path, page.Offset, page.Limit, len(page.Items), page.Total)
	return v, nil
}

// withoutEmpty returns r with the empty parameter name dropped.
func withoutEmpty(r *http.Request, name string) *http.Request {
	q := r.URL.Query()
	if strings.TrimSpace(q.Get(name)) == "" {
		q.Del(name)
	}
	r2 := r.Clone(r.Context())
	r2.URL.RawQuery = q.Encode()
	return r2
}

// cascadePage is the data of the cascade page.
type cascadePage struct {
	Available bool
	Asked     bool
	Query     CascadeQuery
	// Src is the API URL the script draws the obligation graph from.
	Src    string
	Result *CascadeResult
	// Rounds groups the obligors by round.
	Rounds []cascadeRound
	Error  string
}

type cascadeRound struct {
	Round    int
	Obligors []CascadeObligor
}

func (s *Server) pageCascade(r *http.Request) (*view, error) {
	d := cascadePage{Available: s.opt.Cascade != nil}
	v := &view{Template: "cascade", Title: "Treaty cascade", Nav: "cascade", Network: true, Data: &d}
	if strings.TrimSpace(r.URL.Query().Get("target")) == "" {
		return v, nil
	}
	d.Asked = true
	p := newParams(r.URL.Query())
	d.Query = cascadeQuery(p)
	if err := p.done(); err != nil {
		d.Error = err.Error()
		v.status = http.StatusBadRequest
		return v, nil
	}
	if s.opt.Cascade == nil {
		v.status = http.StatusNotImplemented
		return v, nil
	}
	res, err := s.opt.Cascade.Cascade(r.Context(), d.Query)
	if errors.Is(err, ErrInvalid) {
		d.Error = err.Error()
		v.status = http.StatusBadRequest
		return v, nil
	}
	if err != nil {
		return nil, err
	}
	d.Result = &res
	d.Src = "/api/cascade?" + r.URL.RawQuery
	for _, o := range res.Obligors {
		if len(d.Rounds) == 0 || d.Rounds[len(d.Rounds)-1].Round != o.Round {
			d.Rounds = append(d.Rounds, cascadeRound{Round: o.Round})
		}
		last := &d.Rounds[len(d.Rounds)-1]
		last.Obligors = append(last.Obligors, o)
	}
	return v, nil
}
