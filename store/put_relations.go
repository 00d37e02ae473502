package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/relation"
)

// relRow is a relation as Put works on it.
type relRow struct {
	id                   int64
	key                  string
	st                   relation.State
	sources, evidence    int
	first, last          int64
	isNew, changed, seen bool
}

var relationCols = []string{"id", "merge_key", "type", "parties", "source", "target", "mutual", "level",
	"value_usd", "year", "since", "until", "class", "asserted", "claimed", "alleged", "claimed_by",
	"sources", "evidence", "first_report", "last_report", "holder"}

func (db *DB) relationValues(r *relRow) []any {
	s := r.st
	parties, _ := json.Marshal(s.Parties)
	by, _ := json.Marshal(orEmpty(s.ClaimedBy))
	return []any{r.id, db.text(r.key), s.Type, db.text(string(parties)), db.text(s.Source), db.text(s.Target),
		boolInt(s.Mutual), db.text(s.Level), s.ValueUSD, s.Year, db.text(s.Since), db.text(s.Until), s.Class,
		s.Asserted, s.Claimed, s.Alleged, db.text(string(by)), r.sources, r.evidence, r.first, r.last, db.text(s.Holder)}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func scanRelRow(rows *sql.Rows) (*relRow, error) {
	var r relRow
	var parties, by string
	var mutual int
	s := &r.st
	if err := rows.Scan(&r.id, &r.key, &s.Type, &parties, &s.Source, &s.Target, &mutual, &s.Level, &s.ValueUSD,
		&s.Year, &s.Since, &s.Until, &s.Class, &s.Asserted, &s.Claimed, &s.Alleged, &by, &r.sources, &r.evidence,
		&r.first, &r.last, &s.Holder); err != nil {
		return nil, err
	}
	s.Mutual = mutual != 0
	if err := json.Unmarshal([]byte(parties), &s.Parties); err != nil {
		return nil, fmt.Errorf("relation %d parties: %w", r.id, err)
	}
	if err := json.Unmarshal([]byte(by), &s.ClaimedBy); err != nil {
		return nil, fmt.Errorf("relation %d claimed_by: %w", r.id, err)
	}
	if len(s.ClaimedBy) == 0 {
		s.ClaimedBy = nil
	}
	return &r, nil
}

// claimOf is one claim of the document with what it comes from: a fact
// (index into in.Facts), an event mention (index into in.Events) or an
// entity (index into in.Entities); the others are -1.
type claimOf struct {
	c                     relation.Claim
	fact, mention, entity int
}

// relations stores the document's facts and folds them, with the events
// that imply standing ties, into relations.
func (w *docWriter) relations(ctx context.Context) error {
	db := w.db
	var claims []claimOf
	for i, f := range w.in.Facts {
		c, ok := relation.FromFact(f)
		if !ok {
			// A fact that names no party is kept, with no relation.
			claims = append(claims, claimOf{fact: i, mention: -1, entity: -1})
			continue
		}
		claims = append(claims, claimOf{c: c, fact: i, mention: -1, entity: -1})
	}
	for i, e := range w.in.Events {
		if c, ok := relation.FromEvent(e); ok {
			claims = append(claims, claimOf{c: c, fact: -1, mention: i, entity: -1})
		}
	}
	for i, x := range w.in.Entities {
		if c, ok := relation.FromEntity(x); ok {
			claims = append(claims, claimOf{c: c, fact: -1, mention: -1, entity: i})
		}
	}
	if len(claims) == 0 {
		return nil
	}
	keys := map[string]bool{}
	for _, c := range claims {
		if c.c.Type != "" {
			keys[c.c.Key()] = true
		}
	}
	byKey, err := w.loadRelations(ctx, slices.Sorted(maps.Keys(keys)))
	if err != nil {
		return err
	}
	factIDs, err := w.t.ids(ctx, "facts", len(w.in.Facts))
	if err != nil {
		return err
	}
	var touched []*relRow
	var evidence, facts [][]any
	for _, co := range claims {
		var r *relRow
		if co.c.Type != "" {
			key := co.c.Key()
			if r = byKey[key]; r != nil {
				r.st.Add(co.c)
				r.changed = true
			} else {
				id, err := w.t.ids(ctx, "relations", 1)
				if err != nil {
					return err
				}
				r = &relRow{id: id[0], key: key, st: relation.Start(co.c), isNew: true, first: w.report, last: w.report}
				byKey[key] = r
				w.res.Relations++
			}
			if !r.seen {
				r.seen = true
				r.sources++
				touched = append(touched, r)
			}
			r.evidence++
			r.first, r.last = min(r.first, w.report), max(r.last, w.report)
		}
		var relID sql.NullInt64
		if r != nil {
			relID = sql.NullInt64{Int64: r.id, Valid: true}
		}
		switch {
		case co.fact >= 0:
			facts = append(facts, w.factRow(factIDs[co.fact], relID, w.in.Facts[co.fact]))
			if r != nil {
				evidence = append(evidence, []any{r.id, w.docID, factIDs[co.fact], 0, 0, 0, 0})
			}
		case co.mention >= 0:
			evidence = append(evidence, []any{r.id, w.docID, 0, w.mentionIDs[co.mention], 0, 0, 0})
		default:
			// The words that name the person, where the text names them.
			if ms := w.in.Entities[co.entity].Mentions; len(ms) > 0 && ms[0].End > ms[0].Start {
				sp := event.Span{Start: ms[0].Start, End: ms[0].End}
				evidence = append(evidence, []any{r.id, w.docID, 0, 0, w.sentenceOf(sp), sp.Start, sp.End})
			}
		}
	}
	w.res.Facts = len(facts)
	var rows, parties [][]any
	for _, r := range touched {
		rows = append(rows, db.relationValues(r))
		if r.isNew {
			for _, p := range r.st.Parties {
				parties = append(parties, []any{r.id, db.text(p)})
			}
		}
	}
	if err := w.t.insert(ctx, "relations", relationCols, rows, relationUpsert); err != nil {
		return err
	}
	w.t.hold("relation_parties", []string{"relation_id", "party"}, parties)
	w.t.hold("facts", factCols, facts)
	w.t.hold("relation_evidence", []string{"relation_id", "doc_id", "fact_id", "mention_id", "sentence_id", "start_byte", "end_byte"}, evidence)
	return nil
}

// relationUpsert ends the insert of relations: a relation already stored
// takes every column of the new row.
var relationUpsert = func() string {
	set := make([]string, 0, len(relationCols)-1)
	for _, c := range relationCols[1:] {
		set = append(set, c+" = excluded."+c)
	}
	return " ON CONFLICT (id) DO UPDATE SET " + strings.Join(set, ", ")
}()

func (w *docWriter) loadRelations(ctx context.Context, keys []string) (map[string]*relRow, error) {
	out := map[string]*relRow{}
	values := make([]any, len(keys))
	for i, k := range keys {
		values[i] = k
	}
	err := w.t.selectIn(ctx, `SELECT `+strings.Join(relationCols, ", ")+` FROM relations WHERE merge_key IN (%s)`, values, nil,
		func(rows *sql.Rows) error {
			r, err := scanRelRow(rows)
			if err != nil {
				return err
			}
			out[r.key] = r
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("load relations: %w", err)
	}
	return out, nil
}

var factCols = []string{"id", "relation_id", "doc_id", "sentence_id", "record_id", "type", "evidence_start",
	"evidence_end", "evidence_text", "parties", "source", "target", "mutual", "value_usd", "year", "since",
	"until", "level", "modality", "attribution_text", "attribution_code"}

func (w *docWriter) factRow(id int64, relID sql.NullInt64, f event.Fact) []any {
	db := w.db
	parties, _ := json.Marshal(orEmpty(f.Parties))
	var a event.Attribution
	if f.Attribution != nil {
		a = *f.Attribution
	}
	return []any{id, relID, w.docID, w.sentenceOf(f.Sentence), db.text(f.ID), db.text(f.Type), f.Evidence.Start,
		f.Evidence.End, db.text(f.Evidence.Text), db.text(string(parties)), db.text(f.Source), db.text(f.Target),
		boolInt(f.Mutual), f.ValueUSD, f.Year, db.text(f.Since), db.text(f.Until), db.text(f.Level),
		modalityOr(f.Modality), db.text(a.Text), db.text(a.Code)}
}

func modalityOr(m string) string {
	if m == "" {
		return event.Asserted
	}
	return m
}
