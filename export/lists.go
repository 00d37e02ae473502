package export

import (
	"io"
	"strings"

	"github.com/entente/entente/store"
)

func dateOf(e store.Event) (value, granularity string) {
	if e.Date == nil {
		return "", ""
	}
	return e.Date.Value, e.Date.Granularity
}

var eventColumns = columns[store.Event]{
	header: []string{"id", "date", "granularity", "source", "source_principal", "source_person", "target",
		"target_principal", "target_person", "cameo", "plover_type", "plover_mode", "goldstein", "quad",
		"modality", "sources", "mentions", "first_report", "last_report"},
	table: []string{"id", "date", "source", "target", "cameo", "plover_type", "modality", "sources", "mentions"},
	cells: func(e store.Event) []string {
		v, g := dateOf(e)
		var t store.Actor
		if e.Target != nil {
			t = *e.Target
		}
		return []string{i64(e.ID), v, g, e.Source.Code, e.Source.Principal, e.Source.Person, t.Code, t.Principal,
			t.Person, e.CAMEO, e.Plover.Type, e.Plover.Mode, ftoa(e.Goldstein), itoa(e.Quad), e.Modality,
			itoa(e.Sources), itoa(e.MentionCount), stamp(e.FirstReport), stamp(e.LastReport)}
	},
}

// Events returns a writer of canonical events: in JSON Lines the whole
// store.Event (with its mentions when they were loaded), in CSV and in a
// table the columns of docs/store.md.
func Events(w io.Writer, format string) (*Writer[store.Event], error) {
	return newWriter(w, format, eventColumns)
}

var mentionColumns = columns[store.Mention]{
	header: []string{"id", "event", "doc", "doc_id", "sentence_start", "sentence_end", "source", "source_text",
		"source_person", "target", "target_text", "target_person", "cameo", "date", "granularity", "modality",
		"attribution", "attribution_code", "published", "outlet", "url", "sentence"},
	table: []string{"id", "event", "doc", "source", "target", "cameo", "date", "modality", "sentence"},
	cells: func(m store.Mention) []string {
		var tc, tt, tp, dv, dg, at, ac string
		if m.Target != nil {
			tc, tt, tp = m.Target.Code, m.Target.Text, m.Target.Person
		}
		if m.Date != nil {
			dv, dg = m.Date.Value, m.Date.Granularity
		}
		if m.Attribution != nil {
			at, ac = m.Attribution.Text, m.Attribution.Code
		}
		return []string{i64(m.ID), i64(m.Event), m.Doc, i64(m.DocID), itoa(m.Sentence.Start), itoa(m.Sentence.End),
			m.Source.Code, m.Source.Text, m.Source.Person, tc, tt, tp, m.CAMEO, dv, dg, m.Modality, at, ac,
			stampOf(m.Published), m.Outlet, m.URL, m.Sentence.Text}
	},
}

// Mentions returns a writer of event mentions.
func Mentions(w io.Writer, format string) (*Writer[store.Mention], error) {
	return newWriter(w, format, mentionColumns)
}

var relationColumns = columns[store.Relation]{
	header: []string{"id", "type", "parties", "source", "target", "mutual", "level", "value_usd", "year", "since",
		"until", "status", "claimed_by", "sources", "first_report", "last_report", "holder"},
	table: []string{"id", "type", "parties", "source", "target", "holder", "level", "value_usd", "year", "since", "status", "claimed_by", "sources"},
	cells: func(r store.Relation) []string {
		value, year, mutual := "", "", ""
		if r.ValueUSD != 0 {
			value = ftoa(r.ValueUSD)
		}
		if r.Year != 0 {
			year = itoa(r.Year)
		}
		if r.Mutual {
			mutual = "true"
		}
		return []string{i64(r.ID), r.Type, strings.Join(r.Parties, " "), r.Source, r.Target, mutual, r.Level, value,
			year, r.Since, r.Until, r.Status, strings.Join(r.ClaimedBy, "; "), itoa(r.Sources),
			stamp(r.FirstReport), stamp(r.LastReport), r.Holder}
	},
}

// Relations returns a writer of relations (with their evidence in JSON
// Lines when it was loaded).
func Relations(w io.Writer, format string) (*Writer[store.Relation], error) {
	return newWriter(w, format, relationColumns)
}

var actorColumns = columns[store.ActorInfo]{
	header: []string{"kind", "code", "principal", "name", "country", "role", "organization", "mentions", "documents"},
	cells: func(a store.ActorInfo) []string {
		return []string{a.Kind, a.Code, a.Principal, a.Name, a.Country, a.Role, a.Organization, itoa(a.Mentions), itoa(a.Documents)}
	},
}

// Actors returns a writer of actors, persons and organisations.
func Actors(w io.Writer, format string) (*Writer[store.ActorInfo], error) {
	return newWriter(w, format, actorColumns)
}

var documentColumns = columns[store.Document]{
	header: []string{"id", "name", "published", "outlet", "title", "url", "language", "format", "path", "line",
		"bytes", "sentences", "mentions", "facts", "hash", "ingested"},
	table: []string{"id", "name", "published", "outlet", "title", "sentences", "mentions", "facts"},
	cells: func(d store.Document) []string {
		line := ""
		if d.Line > 0 {
			line = itoa(d.Line)
		}
		return []string{i64(d.ID), d.Name, stampOf(d.Published), d.Outlet, d.Title, d.URL, d.Language, d.Format,
			d.Path, line, itoa(d.Bytes), itoa(d.SentenceCount), itoa(d.MentionCount), itoa(d.FactCount), d.Hash,
			stamp(d.Ingested)}
	},
}

// Documents returns a writer of documents' metadata and counts.
func Documents(w io.Writer, format string) (*Writer[store.Document], error) {
	return newWriter(w, format, documentColumns)
}

var hitColumns = columns[store.SearchHit]{
	header: []string{"doc", "doc_id", "published", "sentence_start", "sentence_end", "kind", "sentence"},
	table:  []string{"doc", "published", "sentence_start", "sentence"},
	cells: func(h store.SearchHit) []string {
		return []string{h.Doc, i64(h.DocID), stampOf(h.Published), itoa(h.Sentence.Start), itoa(h.Sentence.End),
			h.Sentence.Kind, h.Sentence.Text}
	},
}

// Hits returns a writer of full-text search hits.
func Hits(w io.Writer, format string) (*Writer[store.SearchHit], error) {
	return newWriter(w, format, hitColumns)
}
