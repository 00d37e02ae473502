package store

import (
	"time"

	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// Input is what one document yields, as the store keeps it: the document,
// its sentences (headings and title included) and what the pipeline found
// in them.
type Input struct {
	Document  document.Document
	Sentences []segment.Sentence
	Events    []event.Event
	Entities  []event.Entity
	Facts     []event.Fact
}

// PutResult says what Put did with one document.
type PutResult struct {
	// DocID is the document's id in the store: the new one, or the one
	// already there when Duplicate is set.
	DocID int64
	// Duplicate reports that a document with the same content hash was
	// already stored; nothing was written.
	Duplicate bool
	// Hash is the content hash (SHA-256 of the text, hex).
	Hash string
	// Mentions, NewEvents and Merged count the event mentions written,
	// the canonical events they started and the mentions that joined an
	// existing canonical event (of this document or an earlier one).
	Mentions, NewEvents, Merged int
	// Facts counts the facts written; Relations the relations they or
	// the events started.
	Facts, Relations int
}

// Actor is one side of a canonical event.
type Actor struct {
	// Code is the most specific actor code its mentions give (RUSGOV).
	Code string `json:"code"`
	// Principal is the state or organisation the code stands for (RUS);
	// see canon.Principal.
	Principal string `json:"principal"`
	// Person is the person a mention names for this side, if any.
	Person string `json:"person,omitempty"`
}

// Event is a canonical event: one real-world occurrence with every mention
// that reports it.
type Event struct {
	ID     int64  `json:"id"`
	Source Actor  `json:"source"`
	Target *Actor `json:"target"`
	// CAMEO is the most specific code of its mentions; Plover, Goldstein
	// and Quad follow from it.
	CAMEO     string       `json:"cameo"`
	Plover    event.Plover `json:"plover"`
	Goldstein float64      `json:"goldstein"`
	Quad      int          `json:"quad"`
	// Date is the most precise date its mentions give; nil when none does.
	Date *event.Date `json:"date,omitempty"`
	// Modality is asserted when one mention asserts the event; otherwise
	// the modality of its mentions (alleged, planned, hypothetical,
	// negated).
	Modality string `json:"modality"`
	// Sources counts the distinct documents that mention the event;
	// MentionCount the mentions.
	Sources      int `json:"sources"`
	MentionCount int `json:"mention_count"`
	// FirstReport and LastReport are the earliest and latest publication
	// times of those documents (their ingest time when a document has no
	// publication time).
	FirstReport time.Time `json:"first_report"`
	LastReport  time.Time `json:"last_report"`
	// Mentions are filled by the methods that say so.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Mention is one coded event in one sentence of one document: the event
// record of `entente code` with where it is kept.
type Mention struct {
	ID int64 `json:"id"`
	// Event is the id of the canonical event the mention belongs to.
	Event int64 `json:"event"`
	// Key is the pipeline's id of the event record (event.Event.ID).
	Key string `json:"key"`
	// Doc is the document's name (event.Event.Doc); DocID its id here.
	Doc   string `json:"doc"`
	DocID int64  `json:"doc_id"`
	// Sentence is the sentence's span in the document and its text;
	// SentenceID its id here.
	Sentence   event.Span `json:"sentence"`
	SentenceID int64      `json:"sentence_id"`
	// SentenceIndex counts the document's sentences from 0 (the title,
	// when it has one); Paragraph is the sentence's paragraph, from 0.
	SentenceIndex int          `json:"sentence_index"`
	Paragraph     int          `json:"paragraph"`
	Source        event.Actor  `json:"source"`
	Target        *event.Actor `json:"target"`
	// SourceSpan and TargetSpan are where the actors' words are in the
	// document, when they could be placed.
	SourceSpan  *Span              `json:"source_span,omitempty"`
	TargetSpan  *Span              `json:"target_span,omitempty"`
	CAMEO       string             `json:"cameo"`
	Plover      event.Plover       `json:"plover"`
	Goldstein   float64            `json:"goldstein"`
	Quad        int                `json:"quad"`
	Date        *event.Date        `json:"date,omitempty"`
	Modality    string             `json:"modality"`
	Attribution *event.Attribution `json:"attribution,omitempty"`
	// Published, Outlet, URL and DocBytes (its length) are the
	// document's.
	Published *time.Time `json:"published,omitempty"`
	Outlet    string     `json:"outlet,omitempty"`
	URL       string     `json:"url,omitempty"`
	DocBytes  int        `json:"doc_bytes"`
}

// Span is a byte range [Start, End) of a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Document is a stored document's metadata and counts.
type Document struct {
	ID int64 `json:"id"`
	// Name is the document's id as its reader gave it (file name, JSONL
	// id); two documents may share it when their texts differ.
	Name     string `json:"name"`
	Path     string `json:"path"`
	Line     int    `json:"line,omitempty"`
	Format   string `json:"format"`
	Hash     string `json:"hash"`
	Title    string `json:"title,omitempty"`
	Outlet   string `json:"outlet,omitempty"`
	URL      string `json:"url,omitempty"`
	Language string `json:"language,omitempty"`
	// Published is nil when unknown.
	Published   *time.Time `json:"published,omitempty"`
	Ingested    time.Time  `json:"ingested"`
	Bytes       int        `json:"bytes"`
	InvalidUTF8 bool       `json:"invalid_utf8,omitempty"`
	// SentenceCount, MentionCount and FactCount count what the
	// document holds.
	SentenceCount int `json:"sentence_count"`
	MentionCount  int `json:"mention_count"`
	FactCount     int `json:"fact_count"`
}

// DocumentView is a document with its text, its sentences and what was
// found in each, for showing it with the mentions highlighted.
type DocumentView struct {
	Document
	Text      string         `json:"text"`
	Sentences []Sentence     `json:"sentences"`
	Mentions  []Mention      `json:"mentions"`
	Facts     []Fact         `json:"facts"`
	Entities  []event.Entity `json:"entities"`
	// Highlights are the spans to mark in Text, in order of Start: actor
	// words of the mentions, evidence of the facts, names of the
	// entities.
	Highlights []Highlight `json:"highlights"`
}

// Sentence is a kept unit of a document's text.
type Sentence struct {
	ID    int64 `json:"id"`
	Index int   `json:"index"`
	Span
	// Kind is "prose", "heading" or "title" (segment.Kind in lower case).
	Kind      string `json:"kind"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}

// Highlight kinds.
const (
	HighlightSource   = "source"
	HighlightTarget   = "target"
	HighlightEvidence = "evidence"
	HighlightEntity   = "entity"
)

// Highlight is a span of a document's text to mark, with what it is.
type Highlight struct {
	Span
	// Kind is one of the Highlight constants.
	Kind string `json:"kind"`
	// Mention, Fact are the ids of what the span belongs to (0 if none);
	// Label is a short text to show with it (an actor code, a fact type,
	// an entity's code).
	Mention int64  `json:"mention,omitempty"`
	Fact    int64  `json:"fact,omitempty"`
	Label   string `json:"label,omitempty"`
}

// Fact is a fact a sentence states (event.Fact) with where it is kept.
type Fact struct {
	event.Fact
	// StoreID is the fact's id here; Relation the relation it supports.
	StoreID    int64 `json:"store_id"`
	DocID      int64 `json:"doc_id"`
	SentenceID int64 `json:"sentence_id"`
	Relation   int64 `json:"relation"`
}

// Relation statuses: how far the evidence goes.
const (
	// StatusAsserted: a source states the relation in its own voice.
	StatusAsserted = "asserted"
	// StatusClaimed: every source attributes it to someone (ClaimedBy).
	StatusClaimed = "claimed"
	// StatusAlleged: every source reports it as an accusation.
	StatusAlleged = "alleged"
	// StatusPlanned, StatusHypothetical and StatusNegated: the relation
	// is announced, supposed or denied.
	StatusPlanned      = "planned"
	StatusHypothetical = "hypothetical"
	StatusNegated      = "negated"
)

// Relation is a standing tie between parties that facts or events give: a
// defense pact, a sanctions regime, arms supply, trade in a year, a
// partnership, a membership, an office held.
type Relation struct {
	ID int64 `json:"id"`
	// Type is one of the event.Fact types (event.FactTrade, …).
	Type string `json:"type"`
	// Parties are the actor codes involved (principals, see
	// canon.Principal), Source then Target for a directed relation.
	Parties []string `json:"parties"`
	Source  string   `json:"source,omitempty"`
	Target  string   `json:"target,omitempty"`
	Mutual  bool     `json:"mutual,omitempty"`
	// Level names the tie more precisely, as the most recent evidence
	// words it ("comprehensive strategic partnership"); for an office, the
	// office ("deputy defense minister").
	Level string `json:"level,omitempty"`
	// Holder is the person who holds an office.
	Holder   string  `json:"holder,omitempty"`
	ValueUSD float64 `json:"value_usd,omitempty"`
	Year     int     `json:"year,omitempty"`
	// Since and Until bound the validity, ISO 8601 as precise as the
	// evidence; empty when unknown.
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Status is one of the Status constants; ClaimedBy lists who the
	// sources attribute the relation to (attribution codes or texts).
	Status    string   `json:"status"`
	ClaimedBy []string `json:"claimed_by,omitempty"`
	// Sources counts the distinct documents of its evidence.
	Sources     int       `json:"sources"`
	FirstReport time.Time `json:"first_report"`
	LastReport  time.Time `json:"last_report"`
	// Evidence is filled by the methods that say so.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence is one fact or event mention that supports a relation.
type Evidence struct {
	Doc      string     `json:"doc"`
	DocID    int64      `json:"doc_id"`
	Sentence event.Span `json:"sentence"`
	// Evidence is the part of the sentence that states the relation (a
	// fact's evidence; the sentence for an event; the words naming the
	// holder of an office).
	Evidence event.Span `json:"evidence"`
	// Fact or Mention is the id of the supporting record (neither for
	// the words naming a person).
	Fact        int64              `json:"fact,omitempty"`
	Mention     int64              `json:"mention,omitempty"`
	Modality    string             `json:"modality"`
	Attribution *event.Attribution `json:"attribution,omitempty"`
	Published   *time.Time         `json:"published,omitempty"`
}

// ActorInfo is an actor as the store knows it: an actor code seen in
// events, or a person or organisation the documents name.
type ActorInfo struct {
	// Kind is "actor" for an actor code, "person" or "organization".
	Kind string `json:"kind"`
	// Code is the actor code (for a person, of the affiliation and
	// role); Principal its state or organisation.
	Code      string `json:"code"`
	Principal string `json:"principal"`
	// Name, Country, Role and Organization are set for persons and
	// organisations.
	Name         string `json:"name,omitempty"`
	Country      string `json:"country,omitempty"`
	Role         string `json:"role,omitempty"`
	Organization string `json:"organization,omitempty"`
	// Mentions counts event mentions (as source or target) for an actor
	// code, and the entity's mentions for a person; Documents the
	// distinct documents.
	Mentions  int `json:"mentions"`
	Documents int `json:"documents"`
}

// SearchHit is a sentence that matches a full-text query.
type SearchHit struct {
	Doc      string   `json:"doc"`
	DocID    int64    `json:"doc_id"`
	Title    string   `json:"title,omitempty"`
	Sentence Sentence `json:"sentence"`
	// Matches are the spans of the query's words in the sentence's text,
	// relative to the sentence's start.
	Matches   []Span     `json:"matches"`
	Published *time.Time `json:"published,omitempty"`
}

// Page is one page of results with the number of results in all.
type Page[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// Stats counts what the store holds.
type Stats struct {
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	Mentions  int `json:"mentions"`
	Events    int `json:"events"`
	Facts     int `json:"facts"`
	Relations int `json:"relations"`
	Entities  int `json:"entities"`
}
