package store

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/segment"
)

// Hash returns the content hash of a document's text: SHA-256, hex.
func Hash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Put stores documents with what the pipeline found in them, in one
// transaction: after a crash (kill -9 included) each document is either
// stored in full or not at all, and a batch costs one commit. A document
// whose text is already stored, or repeated in the batch, is skipped and
// reported as a duplicate. On error nothing of the batch is stored: a
// caller that wants to isolate a failing document puts it alone.
//
// Each document's event mentions join the canonical events they report,
// earlier documents' or its own (see package canon), or start new ones;
// its facts and the events that imply a standing tie join or start
// relations.
func (db *DB) Put(ctx context.Context, ins ...Input) ([]PutResult, error) {
	if len(ins) == 0 {
		return nil, nil
	}
	t, err := db.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer t.rollback()
	if err := db.cache.open(ctx, t); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	out := make([]PutResult, len(ins))
	lo, hi := int64(0), int64(0)
	for i := range ins {
		if out[i], err = db.put(ctx, t, &ins[i]); err != nil {
			return nil, fmt.Errorf("store: put %s: %w", ins[i].Document.ID, err)
		}
		if !out[i].Duplicate {
			if lo == 0 {
				lo = out[i].DocID
			}
			hi = out[i].DocID
		}
	}
	if err := t.flush(ctx); err != nil {
		return nil, fmt.Errorf("store: write: %w", err)
	}
	// One statement indexes the batch's sentences, last: FTS5 writes its
	// pending terms out at every later statement of the transaction.
	if db.dialect.IndexSentences != "" && lo != 0 {
		if err := t.exec(ctx, db.dialect.IndexSentences, lo, hi); err != nil {
			return nil, fmt.Errorf("store: index sentences: %w", err)
		}
	}
	if err := t.commit(); err != nil {
		db.cache.reset()
		return nil, fmt.Errorf("store: commit: %w", err)
	}
	db.cache.commit(t)
	return out, nil
}

func (db *DB) put(ctx context.Context, t *txn, in *Input) (PutResult, error) {
	doc := in.Document
	res := PutResult{Hash: Hash(doc.Text)}
	ids, err := t.ids(ctx, "documents", 1)
	if err != nil {
		return res, err
	}
	res.DocID = ids[0]
	now := db.now()
	report := now
	published, publishedText := sql.NullInt64{}, ""
	if !doc.Published.IsZero() {
		report = doc.Published
		published = sql.NullInt64{Int64: doc.Published.Unix(), Valid: true}
		publishedText = doc.Published.Format(time.RFC3339Nano)
	}
	sents := sentencesOf(in)
	if doc.Title == "" && len(sents) > 0 && sents[0].Kind == segment.Title {
		// A text file has no title field; its headline serves.
		doc.Title = doc.Text[sents[0].Start:sents[0].End]
	}
	text := db.text(doc.Text)
	var raw []byte
	if text != doc.Text {
		raw = []byte(doc.Text)
	}
	n, err := t.execCount(ctx, `INSERT INTO documents (id, hash, name, path, line, format, title, outlet,
		url, language, published, published_text, report_time, ingested, bytes, invalid_utf8, raw, text,
		sentences, mentions, facts) VALUES (`+placeholders(21)+`) ON CONFLICT (hash) DO NOTHING`,
		res.DocID, res.Hash, db.text(doc.ID), db.text(doc.Path), doc.Line, doc.Format.String(), db.text(doc.Title),
		db.text(doc.Source), db.text(doc.URL), db.text(doc.Language), published, publishedText, unix(report), unix(now),
		len(doc.Text), boolInt(doc.InvalidUTF8), raw, text, len(sents), len(in.Events), len(in.Facts))
	if err != nil {
		return res, fmt.Errorf("insert document: %w", err)
	}
	if n == 0 {
		res.Duplicate = true
		rows, err := t.query(ctx, `SELECT id FROM documents WHERE hash = ?`, res.Hash)
		if err != nil {
			return res, err
		}
		ids, err := collect(rows, func(r *sql.Rows) (int64, error) {
			var id int64
			return id, r.Scan(&id)
		})
		if err == nil && len(ids) == 1 {
			res.DocID = ids[0]
		}
		return res, err
	}
	w := &docWriter{db: db, t: t, in: in, docID: res.DocID, report: unix(report), res: &res}
	if err := w.writeSentences(ctx, sents, text); err != nil {
		return res, err
	}
	if err := w.mentions(ctx); err != nil {
		return res, err
	}
	if err := w.actors(ctx); err != nil {
		return res, err
	}
	if err := w.entities(ctx); err != nil {
		return res, err
	}
	if err := w.relations(ctx); err != nil {
		return res, err
	}
	return res, nil
}

// docWriter writes the rows of one new document.
type docWriter struct {
	db     *DB
	t      *txn
	in     *Input
	docID  int64
	report int64
	res    *PutResult
	// sentenceID maps a sentence's start to its id; mentionIDs are the
	// ids of in.Events' mentions.
	sentenceID map[int]int64
	sents      []segment.Sentence
	mentionIDs []int64
}

// sentencesOf returns the document's sentences in order: the segmenter's,
// and any span an event or fact names that is not one of them, so that
// nothing the pipeline reports loses its sentence.
func sentencesOf(in *Input) []segment.Sentence {
	out := slices.Clone(in.Sentences)
	have := make(map[int]bool, len(out))
	for _, s := range out {
		have[s.Start] = true
	}
	add := func(sp event.Span) {
		if have[sp.Start] || sp.Start < 0 || sp.End > len(in.Document.Text) || sp.Start >= sp.End {
			return
		}
		have[sp.Start] = true
		out = append(out, segment.Sentence{Span: segment.Span{Start: sp.Start, End: sp.End}})
	}
	for _, e := range in.Events {
		add(e.Sentence)
	}
	for _, f := range in.Facts {
		add(f.Sentence)
	}
	slices.SortStableFunc(out, func(a, b segment.Sentence) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

func kindName(k segment.Kind) string { return strings.ToLower(k.String()) }

func (w *docWriter) writeSentences(ctx context.Context, sents []segment.Sentence, text string) error {
	ids, err := w.t.ids(ctx, "sentences", len(sents))
	if err != nil {
		return err
	}
	w.sents = sents
	w.sentenceID = make(map[int]int64, len(sents))
	rows := make([][]any, len(sents))
	for i, s := range sents {
		w.sentenceID[s.Start] = ids[i]
		var raw []byte
		if orig := w.in.Document.Text[s.Start:s.End]; orig != text[s.Start:s.End] {
			raw = []byte(orig)
		}
		rows[i] = []any{ids[i], w.docID, i, s.Start, s.End, kindName(s.Kind), s.Paragraph, text[s.Start:s.End], raw}
	}
	w.t.hold("sentences", []string{"id", "doc_id", "idx", "start_byte", "end_byte", "kind", "paragraph", "text", "raw"}, rows)
	return nil
}

// sentenceOf returns the id of the sentence that holds span sp.
func (w *docWriter) sentenceOf(sp event.Span) int64 {
	if id, ok := w.sentenceID[sp.Start]; ok {
		return id
	}
	i, _ := slices.BinarySearchFunc(w.sents, sp.Start, func(s segment.Sentence, start int) int {
		return cmp.Compare(s.Start, start)
	})
	if i > 0 {
		i--
	}
	return w.sentenceID[w.sents[i].Start]
}

// canonRow is a canonical event as Put works on it.
type canonRow struct {
	id                int64
	ev                canon.Event
	sources, mentions int
	first, last       int64
	isNew             bool
	// loaded is the state as read from the store, to tell a change of
	// state from a change of counts only.
	loaded canon.Event
}

// eventCols are the columns of events, in the order of eventValues and
// scanCanon.
var eventCols = []string{"id", "merge_key", "cameo", "root", "plover_type", "plover_mode", "goldstein", "quad",
	"source_principal", "source_code", "source_person", "target_principal", "target_code", "target_person",
	"directed", "class", "modality", "dated", "when_lo", "when_hi", "date_value", "date_granularity",
	"date_text", "date_precision", "date_from", "date_to", "sources", "mentions", "first_report", "last_report"}

func (db *DB) eventValues(c *canonRow) []any {
	e := c.ev
	info, _ := ontology.Lookup(e.Code)
	var d event.Date
	from, to := canon.MaxTime, canon.MaxTime
	if e.Date != nil {
		d = *e.Date
		if iv, _, ok := canon.Span(d.Value); ok {
			from, to = iv.Lo, iv.Hi
		}
	}
	lo, hi := e.When.Lo, e.When.Hi
	if !e.Dated {
		lo, hi = 0, 0
	}
	root := e.Code
	if len(root) > 2 {
		root = root[:2]
	}
	return []any{c.id, e.Key(), e.Code, root, info.PloverType, info.PloverMode, info.Goldstein, info.Quad,
		e.Source.Principal, db.text(e.Source.Code), db.text(e.Source.Person),
		e.Target.Principal, db.text(e.Target.Code), db.text(e.Target.Person),
		boolInt(e.Directed), e.Class, e.Modality, boolInt(e.Dated), lo, hi,
		db.text(d.Value), d.Granularity, db.text(d.Text), e.Precision, from, to,
		c.sources, c.mentions, c.first, c.last}
}

// scanCanon reads the columns of eventCols.
func scanCanon(rows *sql.Rows) (*canonRow, error) {
	var c canonRow
	var key, root, ptype, pmode string
	var gold float64
	var quad, directed, dated int
	var d event.Date
	var from, to int64
	e := &c.ev
	err := rows.Scan(&c.id, &key, &e.Code, &root, &ptype, &pmode, &gold, &quad,
		&e.Source.Principal, &e.Source.Code, &e.Source.Person, &e.Target.Principal, &e.Target.Code, &e.Target.Person,
		&directed, &e.Class, &e.Modality, &dated, &e.When.Lo, &e.When.Hi, &d.Value, &d.Granularity, &d.Text,
		&e.Precision, &from, &to, &c.sources, &c.mentions, &c.first, &c.last)
	if err != nil {
		return nil, err
	}
	e.Directed, e.Dated = directed != 0, dated != 0
	if d.Value != "" {
		e.Date = &d
	}
	return &c, nil
}

func (w *docWriter) mentions(ctx context.Context) error {
	db := w.db
	events := w.in.Events
	if len(events) == 0 {
		return nil
	}
	ms := make([]canon.Mention, len(events))
	keys := map[string]bool{}
	lo, hi := canon.MaxTime, canon.MinTime
	for i, e := range events {
		ms[i] = db.rules.Mention(e)
		if ms[i].Dated {
			keys[ms[i].Key()] = true
			lo, hi = min(lo, ms[i].When.Lo), max(hi, ms[i].When.Hi)
		}
	}
	byKey, err := w.candidates(ctx, slices.Sorted(maps.Keys(keys)), lo, hi)
	if err != nil {
		return err
	}
	w.mentionIDs, err = w.t.ids(ctx, "mentions", len(events))
	if err != nil {
		return err
	}
	seen := map[int64]bool{} // the canonical events this document counts as a source of
	eventOf := make([]int64, len(events))
	for i, m := range ms {
		key := m.Key()
		list := byKey[key]
		states := make([]canon.Event, len(list))
		for j, c := range list {
			states[j] = c.ev
		}
		var c *canonRow
		if j := canon.Choose(m, states); j >= 0 {
			c = list[j]
			c.ev, _ = c.ev.Join(m)
			w.res.Merged++
		} else {
			id, err := w.t.ids(ctx, "events", 1)
			if err != nil {
				return err
			}
			c = &canonRow{id: id[0], ev: canon.Start(m), isNew: true, first: w.report, last: w.report}
			byKey[key] = append(list, c)
			w.t.fresh[key] = append(w.t.fresh[key], c)
			w.res.NewEvents++
		}
		w.t.canon[c.id] = c
		if !seen[c.id] {
			seen[c.id] = true
			c.sources++
		}
		c.mentions++
		c.first, c.last = min(c.first, w.report), max(c.last, w.report)
		eventOf[i] = c.id
	}
	rows := make([][]any, len(events))
	for i, e := range events {
		rows[i] = w.mentionRow(w.mentionIDs[i], eventOf[i], e)
	}
	w.res.Mentions = len(events)
	w.t.hold("mentions", mentionCols, rows)
	return nil
}

// candidates loads the dated canonical events that mentions with the given
// keys and stretches within [lo, hi) may join, in id order.
func (w *docWriter) candidates(ctx context.Context, keys []string, lo, hi int64) (map[string][]*canonRow, error) {
	t := w.t
	out := map[string][]*canonRow{}
	var missing []any
	for _, k := range keys {
		var rows []*canonRow
		ok := false
		if f, filled := t.fills[k]; filled && f.from <= lo {
			rows, ok = overlapping(f, lo, hi), true
		} else if t.cached {
			rows, ok = w.db.cache.lookup(k, lo, hi)
		}
		if !ok {
			missing = append(missing, k)
			continue
		}
		out[k] = rows
	}
	if len(missing) > 0 {
		// With a cache, a key is loaded from lo on without an upper
		// bound: the documents that follow, later in time as a rule,
		// then find it there.
		query := `SELECT ` + strings.Join(eventCols, ", ") + ` FROM events WHERE merge_key IN (%s) AND dated = 1 AND when_hi > ? AND when_lo < ?`
		upper := hi
		if t.cached {
			upper = canon.MaxTime
		}
		err := t.selectIn(ctx, query+` ORDER BY id`, missing, []any{lo, upper}, func(rows *sql.Rows) error {
			c, err := scanCanon(rows)
			if err != nil {
				return fmt.Errorf("load candidate events: %w", err)
			}
			c.loaded = c.ev
			k := c.ev.Key()
			if t.cached {
				f := t.fills[k]
				if f == nil || f.from > lo {
					f = &cacheEntry{from: lo, rows: map[int64]canonRow{}}
					t.fills[k] = f
				}
				f.rows[c.id] = *c
			}
			if c.ev.When.Lo < hi {
				out[k] = append(out[k], c)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if t.cached {
			for _, k := range missing {
				if _, ok := t.fills[k.(string)]; !ok {
					t.fills[k.(string)] = &cacheEntry{from: lo, rows: map[int64]canonRow{}}
				}
			}
		}
	}
	for _, k := range keys {
		list := out[k]
		for i, c := range list {
			if held, ok := t.canon[c.id]; ok {
				// Changed earlier in the batch: the stored row is stale.
				list[i] = held
			}
		}
		// Events made earlier in the batch are not stored yet.
		for _, c := range t.fresh[k] {
			if c.ev.When.Overlaps(canon.Interval{Lo: lo, Hi: hi}) {
				list = append(list, c)
			}
		}
		slices.SortFunc(list, func(a, b *canonRow) int { return cmp.Compare(a.id, b.id) })
		out[k] = list
	}
	return out, nil
}

// overlapping returns copies of an entry's events whose stretch overlaps
// [lo, hi).
func overlapping(e *cacheEntry, lo, hi int64) []*canonRow {
	var out []*canonRow
	for _, r := range e.rows {
		if r.ev.When.Lo < hi && lo < r.ev.When.Hi {
			r := r
			out = append(out, &r)
		}
	}
	return out
}

var mentionCols = []string{"id", "event_id", "doc_id", "sentence_id", "record_id",
	"source_code", "source_text", "source_person", "source_start", "source_end",
	"has_target", "target_code", "target_text", "target_person", "target_start", "target_end",
	"cameo", "plover_type", "plover_mode", "goldstein", "quad", "date_value", "date_granularity", "date_text",
	"modality", "attribution_text", "attribution_code"}

func (w *docWriter) mentionRow(id, eventID int64, e event.Event) []any {
	db := w.db
	ss, se := actorSpan(e.Sentence, e.Source.Text)
	var tgt event.Actor
	ts, te := -1, -1
	if e.Target != nil {
		tgt = *e.Target
		ts, te = actorSpan(e.Sentence, tgt.Text)
	}
	var d event.Date
	if e.Date != nil {
		d = *e.Date
	}
	var a event.Attribution
	if e.Attribution != nil {
		a = *e.Attribution
	}
	return []any{id, eventID, w.docID, w.sentenceOf(e.Sentence), e.ID,
		db.text(e.Source.Code), db.text(e.Source.Text), db.text(e.Source.Person), ss, se,
		boolInt(e.Target != nil), db.text(tgt.Code), db.text(tgt.Text), db.text(tgt.Person), ts, te,
		e.CAMEO, e.Plover.Type, e.Plover.Mode, e.Goldstein, e.Quad, db.text(d.Value), d.Granularity, db.text(d.Text),
		e.Modality, db.text(a.Text), db.text(a.Code)}
}

// actorSpan places an actor's words in the document: the first place they
// occur in the sentence, or -1, -1.
func actorSpan(s event.Span, words string) (int, int) {
	if words == "" {
		return -1, -1
	}
	i := strings.Index(s.Text, words)
	if i < 0 {
		return -1, -1
	}
	return s.Start + i, s.Start + i + len(words)
}

// actors counts the document's mentions of each actor code.
func (w *docWriter) actors(ctx context.Context) error {
	counts := map[string]int{}
	for _, e := range w.in.Events {
		counts[e.Source.Code]++
		if e.Target != nil {
			counts[e.Target.Code]++
		}
	}
	delete(counts, "")
	for code, n := range counts {
		code = w.db.text(code)
		a, ok := w.t.actors[code]
		if !ok {
			a = &actorCount{principal: canon.Principal(code)}
			w.t.actors[code] = a
		}
		a.mentions += n
		a.documents++
	}
	return nil
}

// entities stores the people and organisations the document names: one
// upsert for them all, one look-up of their ids, one insert of the
// document's links to them.
func (w *docWriter) entities(ctx context.Context) error {
	db := w.db
	type key struct{ kind, name, code string }
	var keys []key
	first := map[key]event.Entity{}
	mentions := map[key]int{}
	for _, x := range w.in.Entities {
		k := key{x.Kind, db.text(x.Name), db.text(x.Code)}
		if k.kind == "" {
			k.kind = "person"
		}
		if _, ok := first[k]; !ok {
			// The pipeline names a person once per document; should it
			// not, the first record is the one kept for the document.
			keys = append(keys, k)
			first[k] = x
		}
		mentions[k] += len(x.Mentions)
	}
	if len(keys) == 0 {
		return nil
	}
	ids, err := w.t.ids(ctx, "entities", len(keys))
	if err != nil {
		return err
	}
	rows := make([][]any, len(keys))
	names := make([]any, len(keys))
	for i, k := range keys {
		x := first[k]
		rows[i] = []any{ids[i], k.kind, k.name, k.code, db.text(x.Country), db.text(x.Role), db.text(x.Organization), mentions[k], 1}
		names[i] = k.name
	}
	// On a conflict the fresh id goes unused: ids need not be dense.
	err = w.t.insert(ctx, "entities", []string{"id", "kind", "name", "code", "country", "role", "organization", "mentions", "documents"}, rows,
		` ON CONFLICT (kind, name, code) DO UPDATE SET mentions = entities.mentions + excluded.mentions,
		documents = entities.documents + 1,
		role = CASE WHEN excluded.role = '' THEN entities.role ELSE excluded.role END,
		organization = CASE WHEN excluded.organization = '' THEN entities.organization ELSE excluded.organization END`)
	if err != nil {
		return err
	}
	idOf := map[key]int64{}
	err = w.t.selectIn(ctx, `SELECT id, kind, name, code FROM entities WHERE name IN (%s)`, names, nil, func(r *sql.Rows) error {
		var id int64
		var k key
		if err := r.Scan(&id, &k.kind, &k.name, &k.code); err != nil {
			return err
		}
		idOf[k] = id
		return nil
	})
	if err != nil {
		return err
	}
	links := make([][]any, len(keys))
	for i, k := range keys {
		x := first[k]
		spans, err := json.Marshal(orEmptySpans(x.Mentions))
		if err != nil {
			return err
		}
		links[i] = []any{idOf[k], w.docID, db.text(x.Role), db.text(x.Organization), db.text(string(spans))}
	}
	w.t.hold("entity_docs", []string{"entity_id", "doc_id", "role", "organization", "spans"}, links)
	return nil
}

func orEmptySpans(s []event.Span) []event.Span {
	if s == nil {
		return []event.Span{}
	}
	return s
}

// eventUpsert ends the insert of canonical events: an event already
// stored takes every column of the new row.
var eventUpsert = func() string {
	set := make([]string, 0, len(eventCols)-1)
	for _, c := range eventCols[1:] {
		set = append(set, c+" = excluded."+c)
	}
	return " ON CONFLICT (id) DO UPDATE SET " + strings.Join(set, ", ")
}()

// countsUpsert ends the insert of canonical events whose state is
// unchanged: only their counts and report times move.
const countsUpsert = " ON CONFLICT (id) DO UPDATE SET sources = excluded.sources, mentions = excluded.mentions, " +
	"first_report = excluded.first_report, last_report = excluded.last_report"

// sameState reports whether two states of a canonical event store the same
// columns.
func sameState(a, b canon.Event) bool {
	da, db := a.Date, b.Date
	a.Date, b.Date = nil, nil
	if a != b {
		return false
	}
	return (da == nil) == (db == nil) && (da == nil || *da == *db)
}
