package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
)

// toEvent is the read view of a canonical row.
func toEvent(c *canonRow) Event {
	e := c.ev
	out := Event{
		ID:           c.id,
		Source:       Actor{Code: e.Source.Code, Principal: e.Source.Principal, Person: e.Source.Person},
		CAMEO:        e.Code,
		Date:         e.Date,
		Modality:     e.Modality,
		Sources:      c.sources,
		MentionCount: c.mentions,
		FirstReport:  fromUnix(c.first),
		LastReport:   fromUnix(c.last),
	}
	if e.Target.Principal != "" || e.Target.Code != "" {
		out.Target = &Actor{Code: e.Target.Code, Principal: e.Target.Principal, Person: e.Target.Person}
	}
	if info, ok := ontology.Lookup(e.Code); ok {
		out.Plover = event.Plover{Type: info.PloverType, Mode: info.PloverMode}
		out.Goldstein, out.Quad = info.Goldstein, info.Quad
	}
	return out
}

// Events returns a page of canonical events.
func (db *DB) Events(ctx context.Context, q EventQuery) (Page[Event], error) {
	offset, limit, err := page(q.Offset, q.Limit)
	if err != nil {
		return Page[Event]{}, err
	}
	from, args, err := db.eventFrom(q)
	if err != nil {
		return Page[Event]{}, err
	}
	order, err := eventOrder(q)
	if err != nil {
		return Page[Event]{}, err
	}
	p := Page[Event]{Offset: offset, Limit: limit, Items: []Event{}}
	if err := db.r.QueryRowContext(ctx, db.bind("SELECT count(*) FROM "+from), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("store: count events: %w", err)
	}
	// The page's ids first, from the indexes alone where they cover the
	// query; then the page's rows.
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+strings.Join(eventCols, ", ")+" FROM events WHERE id IN (SELECT id FROM "+
		from+order+" LIMIT ? OFFSET ?)"+order), append(args, limit, offset)...)
	if err != nil {
		return p, fmt.Errorf("store: events: %w", err)
	}
	if p.Items, err = collect(rows, func(r *sql.Rows) (Event, error) {
		c, err := scanCanon(r)
		if err != nil {
			return Event{}, err
		}
		return toEvent(c), nil
	}); err != nil {
		return p, fmt.Errorf("store: events: %w", err)
	}
	if q.Mentions {
		err = db.fillMentions(ctx, p.Items)
	}
	return p, err
}

// Event returns one canonical event with its mentions.
func (db *DB) Event(ctx context.Context, id int64) (Event, error) {
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+strings.Join(eventCols, ", ")+" FROM events WHERE id = ?"), id)
	if err != nil {
		return Event{}, fmt.Errorf("store: event %d: %w", id, err)
	}
	evs, err := collect(rows, func(r *sql.Rows) (Event, error) {
		c, err := scanCanon(r)
		if err != nil {
			return Event{}, err
		}
		return toEvent(c), nil
	})
	if err != nil {
		return Event{}, fmt.Errorf("store: event %d: %w", id, err)
	}
	if len(evs) == 0 {
		return Event{}, fmt.Errorf("store: event %d: %w", id, ErrNotFound)
	}
	err = db.fillMentions(ctx, evs)
	return evs[0], err
}

// ScanEvents calls fn for every event the query selects, in id order and
// with their mentions when q.Mentions is set, ignoring q's paging and
// order; it stops at the first error fn returns and returns it.
func (db *DB) ScanEvents(ctx context.Context, q EventQuery, fn func(Event) error) error {
	const batch = 1000
	w, err := db.eventWhere(q)
	if err != nil {
		return err
	}
	var after int64
	for {
		ww := &where{conds: slices.Clone(w.conds), args: slices.Clone(w.args)}
		ww.add("id > ?", after)
		rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+strings.Join(eventCols, ", ")+" FROM events"+ww.sql()+
			" ORDER BY id LIMIT ?"), append(ww.args, batch)...)
		if err != nil {
			return fmt.Errorf("store: scan events: %w", err)
		}
		evs, err := collect(rows, func(r *sql.Rows) (Event, error) {
			c, err := scanCanon(r)
			if err != nil {
				return Event{}, err
			}
			return toEvent(c), nil
		})
		if err != nil {
			return fmt.Errorf("store: scan events: %w", err)
		}
		if q.Mentions {
			if err := db.fillMentions(ctx, evs); err != nil {
				return err
			}
		}
		for _, e := range evs {
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(evs) < batch {
			return nil
		}
		after = evs[len(evs)-1].ID
	}
}

// mentionSelect reads mentions with their sentences and documents.
const mentionSelect = `SELECT m.id, m.event_id, m.record_id, d.name, m.doc_id, s.start_byte, s.end_byte, s.text, s.raw, m.sentence_id, s.idx, s.paragraph,
	m.source_code, m.source_text, m.source_person, m.source_start, m.source_end,
	m.has_target, m.target_code, m.target_text, m.target_person, m.target_start, m.target_end,
	m.cameo, m.plover_type, m.plover_mode, m.goldstein, m.quad, m.date_value, m.date_granularity, m.date_text,
	m.modality, m.attribution_text, m.attribution_code, d.published_text, d.outlet, d.url, d.bytes
	FROM mentions m JOIN sentences s ON s.id = m.sentence_id JOIN documents d ON d.id = m.doc_id`

func scanMention(r *sql.Rows) (Mention, error) {
	var m Mention
	var tgt event.Actor
	var hasTarget, ss, se, ts, te int
	var d event.Date
	var a event.Attribution
	var published string
	var raw []byte
	err := r.Scan(&m.ID, &m.Event, &m.Key, &m.Doc, &m.DocID, &m.Sentence.Start, &m.Sentence.End, &m.Sentence.Text, &raw,
		&m.SentenceID, &m.SentenceIndex, &m.Paragraph, &m.Source.Code, &m.Source.Text, &m.Source.Person, &ss, &se,
		&hasTarget, &tgt.Code, &tgt.Text, &tgt.Person, &ts, &te,
		&m.CAMEO, &m.Plover.Type, &m.Plover.Mode, &m.Goldstein, &m.Quad, &d.Value, &d.Granularity, &d.Text,
		&m.Modality, &a.Text, &a.Code, &published, &m.Outlet, &m.URL, &m.DocBytes)
	if err != nil {
		return m, err
	}
	if raw != nil {
		m.Sentence.Text = string(raw)
	}
	if hasTarget != 0 {
		m.Target = &tgt
	}
	if ss >= 0 {
		m.SourceSpan = &Span{Start: ss, End: se}
	}
	if ts >= 0 {
		m.TargetSpan = &Span{Start: ts, End: te}
	}
	if d.Value != "" || d.Granularity != "" {
		m.Date = &d
	}
	if a.Text != "" || a.Code != "" {
		m.Attribution = &a
	}
	m.Published = parseTime(published)
	return m, nil
}

// parseTime reads a stored RFC 3339 time; nil for none.
func parseTime(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return nil
	}
	return &t
}

// fillMentions loads the mentions of evs, earliest report first.
func (db *DB) fillMentions(ctx context.Context, evs []Event) error {
	if len(evs) == 0 {
		return nil
	}
	at := make(map[int64]int, len(evs))
	args := make([]any, 0, len(evs))
	for i, e := range evs {
		at[e.ID] = i
		args = append(args, e.ID)
		evs[i].Mentions = []Mention{}
	}
	for len(args) > 0 {
		n := min(len(args), db.dialect.MaxParams)
		rows, err := db.r.QueryContext(ctx, db.bind(mentionSelect+" WHERE m.event_id IN ("+placeholders(n)+
			") ORDER BY m.event_id, d.report_time, m.doc_id, m.id"), args[:n]...)
		if err != nil {
			return fmt.Errorf("store: mentions: %w", err)
		}
		ms, err := collect(rows, scanMention)
		if err != nil {
			return fmt.Errorf("store: mentions: %w", err)
		}
		for _, m := range ms {
			i := at[m.Event]
			evs[i].Mentions = append(evs[i].Mentions, m)
		}
		args = args[n:]
	}
	return nil
}

// ScanMentions calls fn for every mention of the events the query
// selects, in mention id order (q's paging and order are ignored).
func (db *DB) ScanMentions(ctx context.Context, q EventQuery, fn func(Mention) error) error {
	const batch = 2000
	w, err := db.eventWhere(q)
	if err != nil {
		return err
	}
	var after int64
	for {
		cond := "m.id > ?"
		args := []any{after}
		if len(w.conds) > 0 {
			cond += " AND m.event_id IN (SELECT id FROM events" + w.sql() + ")"
			args = append(args, w.args...)
		}
		rows, err := db.r.QueryContext(ctx, db.bind(mentionSelect+" WHERE "+cond+" ORDER BY m.id LIMIT ?"), append(args, batch)...)
		if err != nil {
			return fmt.Errorf("store: scan mentions: %w", err)
		}
		ms, err := collect(rows, scanMention)
		if err != nil {
			return fmt.Errorf("store: scan mentions: %w", err)
		}
		for _, m := range ms {
			if err := fn(m); err != nil {
				return err
			}
		}
		if len(ms) < batch {
			return nil
		}
		after = ms[len(ms)-1].ID
	}
}

// collect reads every row with scan and closes rows.
func collect[T any](rows *sql.Rows, scan func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	out := []T{}
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

const documentCols = `id, name, path, line, format, hash, title, outlet, url, language, published_text, ingested,
	bytes, invalid_utf8, sentences, mentions, facts`

func scanDocument(r *sql.Rows) (Document, error) {
	var d Document
	var published string
	var ingested int64
	var invalid int
	err := r.Scan(&d.ID, &d.Name, &d.Path, &d.Line, &d.Format, &d.Hash, &d.Title, &d.Outlet, &d.URL, &d.Language,
		&published, &ingested, &d.Bytes, &invalid, &d.SentenceCount, &d.MentionCount, &d.FactCount)
	d.Published = parseTime(published)
	d.Ingested = fromUnix(ingested)
	d.InvalidUTF8 = invalid != 0
	return d, err
}

// Documents returns a page of documents, in the order they were
// published (or ingested).
func (db *DB) Documents(ctx context.Context, q DocumentQuery) (Page[Document], error) {
	offset, limit, err := page(q.Offset, q.Limit)
	if err != nil {
		return Page[Document]{}, err
	}
	w := &where{}
	if q.Name != "" {
		w.add("name = ?", q.Name)
	}
	if q.Outlet != "" {
		w.add("lower(outlet) LIKE ?", "%"+escapeLike(strings.ToLower(q.Outlet))+"%")
	}
	if !q.From.IsZero() {
		w.add("report_time >= ?", q.From.Unix())
	}
	if !q.To.IsZero() {
		w.add("report_time < ?", q.To.Unix())
	}
	if q.Text != "" {
		fq, err := ParseQuery(q.Text)
		if err != nil {
			return Page[Document]{}, err
		}
		w.add("id IN (SELECT doc_id FROM sentences WHERE id IN ("+db.dialect.MatchSentences+"))", db.dialect.Expression(fq))
	}
	dir := ""
	if q.Newest {
		dir = " DESC"
	}
	p := Page[Document]{Offset: offset, Limit: limit}
	if err := db.r.QueryRowContext(ctx, db.bind("SELECT count(*) FROM documents"+w.sql()), w.args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("store: count documents: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+documentCols+" FROM documents"+w.sql()+
		" ORDER BY report_time"+dir+", id"+dir+" LIMIT ? OFFSET ?"), append(w.args, limit, offset)...)
	if err != nil {
		return p, fmt.Errorf("store: documents: %w", err)
	}
	p.Items, err = collect(rows, scanDocument)
	if err != nil {
		return p, fmt.Errorf("store: documents: %w", err)
	}
	return p, nil
}

// escapeLike makes s match itself in a LIKE pattern with ESCAPE-less
// databases by dropping the wildcard characters it holds.
func escapeLike(s string) string {
	return strings.NewReplacer("%", "", "_", "").Replace(s)
}

// Document returns a document with its text, sentences, mentions, facts,
// entities and the spans to highlight.
func (db *DB) Document(ctx context.Context, id int64) (DocumentView, error) {
	var v DocumentView
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+documentCols+", text, raw FROM documents WHERE id = ?"), id)
	if err != nil {
		return v, fmt.Errorf("store: document %d: %w", id, err)
	}
	docs, err := collect(rows, func(r *sql.Rows) (DocumentView, error) {
		var d DocumentView
		var published string
		var ingested int64
		var invalid int
		var raw []byte
		err := r.Scan(&d.ID, &d.Name, &d.Path, &d.Line, &d.Format, &d.Hash, &d.Title, &d.Outlet, &d.URL, &d.Language,
			&published, &ingested, &d.Bytes, &invalid, &d.SentenceCount, &d.MentionCount, &d.FactCount, &d.Text, &raw)
		d.Published, d.Ingested, d.InvalidUTF8 = parseTime(published), fromUnix(ingested), invalid != 0
		if raw != nil {
			d.Text = string(raw)
		}
		return d, err
	})
	if err != nil {
		return v, fmt.Errorf("store: document %d: %w", id, err)
	}
	if len(docs) == 0 {
		return v, fmt.Errorf("store: document %d: %w", id, ErrNotFound)
	}
	v = docs[0]
	if v.Sentences, err = db.sentences(ctx, id, v.Text); err != nil {
		return v, err
	}
	rows, err = db.r.QueryContext(ctx, db.bind(mentionSelect+" WHERE m.doc_id = ? ORDER BY m.id"), id)
	if err != nil {
		return v, fmt.Errorf("store: document %d mentions: %w", id, err)
	}
	if v.Mentions, err = collect(rows, scanMention); err != nil {
		return v, fmt.Errorf("store: document %d mentions: %w", id, err)
	}
	if v.Facts, err = db.facts(ctx, "f.doc_id = ?", id); err != nil {
		return v, err
	}
	if v.Entities, err = db.docEntities(ctx, id, v.Name); err != nil {
		return v, err
	}
	v.Highlights = highlights(v)
	return v, nil
}

// sentences reads a document's sentences; their text comes from the
// document's text so that it holds the original bytes.
func (db *DB) sentences(ctx context.Context, docID int64, text string) ([]Sentence, error) {
	rows, err := db.r.QueryContext(ctx, db.bind(`SELECT id, idx, start_byte, end_byte, kind, paragraph FROM sentences
		WHERE doc_id = ? ORDER BY idx`), docID)
	if err != nil {
		return nil, fmt.Errorf("store: sentences of %d: %w", docID, err)
	}
	out, err := collect(rows, func(r *sql.Rows) (Sentence, error) {
		var s Sentence
		err := r.Scan(&s.ID, &s.Index, &s.Start, &s.End, &s.Kind, &s.Paragraph)
		if err == nil && s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			s.Text = text[s.Start:s.End]
		}
		return s, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: sentences of %d: %w", docID, err)
	}
	return out, nil
}

const factSelect = `SELECT f.id, f.relation_id, f.doc_id, f.sentence_id, f.record_id, d.name, f.type, s.start_byte,
	s.end_byte, s.text, f.evidence_start, f.evidence_end, f.evidence_text, f.parties, f.source, f.target, f.mutual,
	f.value_usd, f.year, f.since, f.until, f.level, f.modality, f.attribution_text, f.attribution_code
	FROM facts f JOIN sentences s ON s.id = f.sentence_id JOIN documents d ON d.id = f.doc_id`

func (db *DB) facts(ctx context.Context, cond string, args ...any) ([]Fact, error) {
	rows, err := db.r.QueryContext(ctx, db.bind(factSelect+" WHERE "+cond+" ORDER BY f.id"), args...)
	if err != nil {
		return nil, fmt.Errorf("store: facts: %w", err)
	}
	out, err := collect(rows, func(r *sql.Rows) (Fact, error) {
		var f Fact
		var rel sql.NullInt64
		var parties string
		var mutual int
		var a event.Attribution
		err := r.Scan(&f.StoreID, &rel, &f.DocID, &f.SentenceID, &f.ID, &f.Doc, &f.Type, &f.Sentence.Start,
			&f.Sentence.End, &f.Sentence.Text, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.Text, &parties,
			&f.Source, &f.Target, &mutual, &f.ValueUSD, &f.Year, &f.Since, &f.Until, &f.Level, &f.Modality,
			&a.Text, &a.Code)
		if err != nil {
			return f, err
		}
		f.Kind, f.Relation, f.Mutual = "fact", rel.Int64, mutual != 0
		if a.Text != "" || a.Code != "" {
			f.Attribution = &a
		}
		return f, json.Unmarshal([]byte(parties), &f.Parties)
	})
	if err != nil {
		return nil, fmt.Errorf("store: facts: %w", err)
	}
	return out, nil
}

func (db *DB) docEntities(ctx context.Context, docID int64, name string) ([]event.Entity, error) {
	rows, err := db.r.QueryContext(ctx, db.bind(`SELECT e.kind, e.name, e.code, e.country, x.role, x.organization, x.spans
		FROM entity_docs x JOIN entities e ON e.id = x.entity_id WHERE x.doc_id = ? ORDER BY e.id`), docID)
	if err != nil {
		return nil, fmt.Errorf("store: entities of %d: %w", docID, err)
	}
	out, err := collect(rows, func(r *sql.Rows) (event.Entity, error) {
		x := event.Entity{Doc: name}
		var spans string
		if err := r.Scan(&x.Kind, &x.Name, &x.Code, &x.Country, &x.Role, &x.Organization, &spans); err != nil {
			return x, err
		}
		err := json.Unmarshal([]byte(spans), &x.Mentions)
		return x, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: entities of %d: %w", docID, err)
	}
	return out, nil
}

// highlights lists the spans to mark in a document, in order.
func highlights(v DocumentView) []Highlight {
	var out []Highlight
	for _, m := range v.Mentions {
		if m.SourceSpan != nil {
			out = append(out, Highlight{Span: *m.SourceSpan, Kind: HighlightSource, Mention: m.ID, Label: m.Source.Code})
		}
		if m.TargetSpan != nil {
			out = append(out, Highlight{Span: *m.TargetSpan, Kind: HighlightTarget, Mention: m.ID, Label: m.Target.Code})
		}
	}
	for _, f := range v.Facts {
		if f.Evidence.End > f.Evidence.Start {
			out = append(out, Highlight{Span: Span{Start: f.Evidence.Start, End: f.Evidence.End}, Kind: HighlightEvidence,
				Fact: f.StoreID, Label: f.Type})
		}
	}
	for _, x := range v.Entities {
		for _, sp := range x.Mentions {
			out = append(out, Highlight{Span: Span{Start: sp.Start, End: sp.End}, Kind: HighlightEntity, Label: x.Code})
		}
	}
	slices.SortStableFunc(out, func(a, b Highlight) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	return out
}

// Stats counts what the store holds.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	for _, c := range []struct {
		table string
		n     *int
	}{
		{"documents", &s.Documents}, {"sentences", &s.Sentences}, {"mentions", &s.Mentions}, {"events", &s.Events},
		{"facts", &s.Facts}, {"relations", &s.Relations}, {"entities", &s.Entities},
	} {
		if err := db.r.QueryRowContext(ctx, "SELECT count(*) FROM "+c.table).Scan(c.n); err != nil {
			return s, fmt.Errorf("store: count %s: %w", c.table, err)
		}
	}
	return s, nil
}

// Has reports whether a document with this content hash (see Hash) is
// stored.
func (db *DB) Has(ctx context.Context, hash string) (bool, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, db.bind("SELECT count(*) FROM documents WHERE hash = ?"), hash).Scan(&n); err != nil {
		return false, fmt.Errorf("store: look up %s: %w", hash, err)
	}
	return n > 0, nil
}
