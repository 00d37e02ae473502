package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/entente/entente/event"
)

func toRelation(r *relRow) Relation {
	s := r.st
	return Relation{
		ID: r.id, Type: s.Type, Parties: s.Parties, Source: s.Source, Target: s.Target, Mutual: s.Mutual,
		Level: s.Level, Holder: s.Holder, ValueUSD: s.ValueUSD, Year: s.Year, Since: s.Since, Until: s.Until, Status: s.Status(),
		ClaimedBy: s.ClaimedBy, Sources: r.sources, FirstReport: fromUnix(r.first), LastReport: fromUnix(r.last),
	}
}

// relationWhere builds the conditions of a relation query. Status is
// derived from the counts, so it is selected by them.
func relationWhere(q RelationQuery) (*where, error) {
	w := &where{}
	if q.Type != "" {
		w.add("type = ?", q.Type)
	}
	if q.Party != "" {
		w.add("id IN (SELECT relation_id FROM relation_parties WHERE party = ?)", strings.ToUpper(strings.TrimSpace(q.Party)))
	}
	switch q.Status {
	case "":
	case StatusAsserted:
		w.add("class = 'factual' AND asserted > 0")
	case StatusClaimed:
		w.add("class = 'factual' AND asserted = 0 AND claimed > 0")
	case StatusAlleged:
		w.add("class = 'factual' AND asserted = 0 AND claimed = 0")
	case StatusPlanned, StatusHypothetical, StatusNegated:
		w.add("class = ?", q.Status)
	default:
		return nil, fmt.Errorf("store: unknown relation status %q", q.Status)
	}
	if q.MinSources > 0 {
		w.add("sources >= ?", q.MinSources)
	}
	return w, nil
}

// Relations returns a page of relations, in the order they were first
// reported.
func (db *DB) Relations(ctx context.Context, q RelationQuery) (Page[Relation], error) {
	offset, limit, err := page(q.Offset, q.Limit)
	if err != nil {
		return Page[Relation]{}, err
	}
	w, err := relationWhere(q)
	if err != nil {
		return Page[Relation]{}, err
	}
	p := Page[Relation]{Offset: offset, Limit: limit}
	if err := db.r.QueryRowContext(ctx, db.bind("SELECT count(*) FROM relations"+w.sql()), w.args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("store: count relations: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+strings.Join(relationCols, ", ")+" FROM relations"+w.sql()+
		" ORDER BY first_report, id LIMIT ? OFFSET ?"), append(w.args, limit, offset)...)
	if err != nil {
		return p, fmt.Errorf("store: relations: %w", err)
	}
	p.Items, err = collect(rows, func(r *sql.Rows) (Relation, error) {
		row, err := scanRelRow(r)
		if err != nil {
			return Relation{}, err
		}
		return toRelation(row), nil
	})
	if err != nil {
		return p, fmt.Errorf("store: relations: %w", err)
	}
	if q.Evidence {
		for i := range p.Items {
			if p.Items[i].Evidence, err = db.evidence(ctx, p.Items[i].ID); err != nil {
				return p, err
			}
		}
	}
	return p, nil
}

// Relation returns one relation with its evidence.
func (db *DB) Relation(ctx context.Context, id int64) (Relation, error) {
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT "+strings.Join(relationCols, ", ")+" FROM relations WHERE id = ?"), id)
	if err != nil {
		return Relation{}, fmt.Errorf("store: relation %d: %w", id, err)
	}
	rs, err := collect(rows, func(r *sql.Rows) (Relation, error) {
		row, err := scanRelRow(r)
		if err != nil {
			return Relation{}, err
		}
		return toRelation(row), nil
	})
	if err != nil {
		return Relation{}, fmt.Errorf("store: relation %d: %w", id, err)
	}
	if len(rs) == 0 {
		return Relation{}, fmt.Errorf("store: relation %d: %w", id, ErrNotFound)
	}
	rs[0].Evidence, err = db.evidence(ctx, id)
	return rs[0], err
}

// evidence lists what supports a relation: facts with their evidence
// span, event mentions with their sentence, earliest report first.
func (db *DB) evidence(ctx context.Context, relID int64) ([]Evidence, error) {
	rows, err := db.r.QueryContext(ctx, db.bind(`SELECT x.fact_id, x.mention_id, d.name, d.id, d.published_text,
		s.start_byte, s.end_byte, s.text, s.raw,
		CASE WHEN f.id IS NOT NULL THEN f.evidence_start WHEN m.id IS NOT NULL THEN s.start_byte ELSE x.start_byte END,
		CASE WHEN f.id IS NOT NULL THEN f.evidence_end WHEN m.id IS NOT NULL THEN s.end_byte ELSE x.end_byte END,
		COALESCE(f.modality, m.modality, 'asserted'), COALESCE(f.attribution_text, m.attribution_text, ''),
		COALESCE(f.attribution_code, m.attribution_code, '')
		FROM relation_evidence x
		JOIN documents d ON d.id = x.doc_id
		LEFT JOIN facts f ON f.id = x.fact_id
		LEFT JOIN mentions m ON m.id = x.mention_id
		JOIN sentences s ON s.id = CASE WHEN f.id IS NOT NULL THEN f.sentence_id WHEN m.id IS NOT NULL THEN m.sentence_id ELSE x.sentence_id END
		WHERE x.relation_id = ? ORDER BY d.report_time, d.id, x.fact_id, x.mention_id, x.start_byte`), relID)
	if err != nil {
		return nil, fmt.Errorf("store: evidence of relation %d: %w", relID, err)
	}
	out, err := collect(rows, func(r *sql.Rows) (Evidence, error) {
		var e Evidence
		var published string
		var raw []byte
		var a event.Attribution
		err := r.Scan(&e.Fact, &e.Mention, &e.Doc, &e.DocID, &published, &e.Sentence.Start, &e.Sentence.End,
			&e.Sentence.Text, &raw, &e.Evidence.Start, &e.Evidence.End, &e.Modality, &a.Text, &a.Code)
		if raw != nil {
			e.Sentence.Text = string(raw)
		}
		// The evidence is the part of the sentence it spans.
		if i, j := e.Evidence.Start-e.Sentence.Start, e.Evidence.End-e.Sentence.Start; 0 <= i && i <= j && j <= len(e.Sentence.Text) {
			e.Evidence.Text = e.Sentence.Text[i:j]
		}
		e.Published = parseTime(published)
		if a.Text != "" || a.Code != "" {
			e.Attribution = &a
		}
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: evidence of relation %d: %w", relID, err)
	}
	return out, nil
}

// Actors returns a page of actors: actor codes by how often events
// mention them, then persons and organisations by how many documents name
// them.
func (db *DB) Actors(ctx context.Context, q ActorQuery) (Page[ActorInfo], error) {
	offset, limit, err := page(q.Offset, q.Limit)
	if err != nil {
		return Page[ActorInfo]{}, err
	}
	codes, names := &where{}, &where{}
	if m := strings.TrimSpace(q.Match); m != "" {
		up := strings.ToUpper(m)
		codes.add("code >= ? AND code < ?", up, up+"\U0010FFFF")
		names.add("(code >= ? AND code < ? OR lower(name) LIKE ?)", up, up+"\U0010FFFF", "%"+escapeLike(strings.ToLower(m))+"%")
	}
	switch q.Kind {
	case "":
	case "actor":
		names.add("1 = 0")
	case "person", "organization":
		codes.add("1 = 0")
		names.add("kind = ?", q.Kind)
	default:
		return Page[ActorInfo]{}, fmt.Errorf("store: unknown actor kind %q (want actor, person or organization)", q.Kind)
	}
	union := `SELECT 0 AS part, 'actor' AS kind, code, principal, '' AS name, '' AS country, '' AS role,
		'' AS organization, mentions, documents FROM actors` + codes.sql() + `
		UNION ALL SELECT 1, kind, code, '', name, country, role, organization, mentions, documents FROM entities` + names.sql()
	args := append(codes.args, names.args...)
	p := Page[ActorInfo]{Offset: offset, Limit: limit}
	if err := db.r.QueryRowContext(ctx, db.bind("SELECT count(*) FROM ("+union+") u"), args...).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("store: count actors: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, db.bind("SELECT kind, code, principal, name, country, role, organization, mentions, documents FROM ("+
		union+") u ORDER BY part, mentions DESC, documents DESC, code, name LIMIT ? OFFSET ?"), append(args, limit, offset)...)
	if err != nil {
		return p, fmt.Errorf("store: actors: %w", err)
	}
	p.Items, err = collect(rows, func(r *sql.Rows) (ActorInfo, error) {
		var a ActorInfo
		err := r.Scan(&a.Kind, &a.Code, &a.Principal, &a.Name, &a.Country, &a.Role, &a.Organization, &a.Mentions, &a.Documents)
		if a.Principal == "" && a.Country != "" {
			a.Principal = a.Country
		}
		return a, err
	})
	if err != nil {
		return p, fmt.Errorf("store: actors: %w", err)
	}
	return p, nil
}

// Search returns a page of the sentences that match a full-text query
// (see ParseQuery), in document order.
func (db *DB) Search(ctx context.Context, q SearchQuery) (Page[SearchHit], error) {
	offset, limit, err := page(q.Offset, q.Limit)
	if err != nil {
		return Page[SearchHit]{}, err
	}
	fq, err := ParseQuery(q.Text)
	if err != nil {
		return Page[SearchHit]{}, err
	}
	expr := db.dialect.Expression(fq)
	p := Page[SearchHit]{Offset: offset, Limit: limit}
	if err := db.r.QueryRowContext(ctx, db.bind("SELECT count(*) FROM ("+db.dialect.MatchSentences+") m"), expr).Scan(&p.Total); err != nil {
		return p, fmt.Errorf("store: count search hits: %w", err)
	}
	rows, err := db.r.QueryContext(ctx, db.bind(`SELECT d.name, d.id, d.title, d.published_text, s.id, s.idx, s.start_byte,
		s.end_byte, s.kind, s.paragraph, s.text, s.raw FROM sentences s JOIN documents d ON d.id = s.doc_id
		WHERE s.id IN (`+db.dialect.MatchSentences+`) ORDER BY d.report_time, d.id, s.idx LIMIT ? OFFSET ?`), expr, limit, offset)
	if err != nil {
		return p, fmt.Errorf("store: search: %w", err)
	}
	p.Items, err = collect(rows, func(r *sql.Rows) (SearchHit, error) {
		var h SearchHit
		var published string
		var raw []byte
		s := &h.Sentence
		err := r.Scan(&h.Doc, &h.DocID, &h.Title, &published, &s.ID, &s.Index, &s.Start, &s.End, &s.Kind, &s.Paragraph, &s.Text, &raw)
		if raw != nil {
			s.Text = string(raw)
		}
		h.Published = parseTime(published)
		h.Matches = fq.Matches(s.Text)
		return h, err
	})
	if err != nil {
		return p, fmt.Errorf("store: search: %w", err)
	}
	return p, nil
}
