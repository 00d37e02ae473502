// Package pipeline runs the stages of DESIGN.md's data flow over one
// document: clean text, sentences, then events with their sentence spans,
// CAMEO code, PLOVER view, date and modality, the people the document
// names, and the facts its sentences state.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/timex"
)

// Pipeline codes documents into events. It is safe for concurrent use.
type Pipeline struct {
	Coder *coder.Coder
	// Mentions makes Process also return the actor phrases of every
	// sentence (Result.Mentions); set it before use.
	Mentions bool
	// scratch pools the fact extractors' buffers (*factScratch) from one
	// document to the next.
	scratch sync.Pool
}

// New returns a pipeline around c.
func New(c *coder.Coder) *Pipeline { return &Pipeline{Coder: c} }

// Code returns the events of doc in sentence order. A story-level discard
// yields no events.
func (p *Pipeline) Code(doc document.Document) []event.Event {
	var n int
	events, _ := p.code(doc, &n, nil)
	return events
}

// Result is everything one document yields: its events, the people and
// organisations it names, and the facts it states.
type Result struct {
	Events   []event.Event
	Entities []event.Entity
	Facts    []event.Fact
	// Mentions are the actor phrases of every sentence when the
	// pipeline's Mentions is set, else nil.
	Mentions []event.Mention
	// Sentences counts the sentences coded (headings excluded).
	Sentences int
}

// Process runs every stage over doc.
func (p *Pipeline) Process(doc document.Document) Result {
	var r Result
	events, persons := p.code(doc, &r.Sentences, &r)
	r.Events = events
	for _, x := range persons {
		e := event.Entity{Kind: x.Kind, Doc: doc.ID, Name: x.Name, Code: x.Code, Role: x.Role, Organization: x.Organization}
		if len(x.Code) >= 3 && x.Code[:3] != "IGO" && x.Code[:3] != "NGO" {
			e.Country = x.Code[:3]
		}
		for _, m := range x.Mentions {
			if m[0] >= 0 && m[1] <= len(doc.Text) && m[0] < m[1] {
				e.Mentions = append(e.Mentions, event.Span{Start: m[0], End: m[1], Text: doc.Text[m[0]:m[1]]})
			}
		}
		r.Entities = append(r.Entities, e)
	}
	return r
}

// CodeEntities returns the events of doc and the people it names whose
// affiliation the text or the dictionaries give.
func (p *Pipeline) CodeEntities(doc document.Document) ([]event.Event, []event.Entity) {
	r := p.Process(doc)
	return r.Events, r.Entities
}

// code codes doc: its events and the people it names; when r is not nil,
// also the facts its sentences state (and, with p.Mentions, their actor
// phrases) into r.
func (p *Pipeline) code(doc document.Document, sentences *int, r *Result) ([]event.Event, []coder.Person) {
	seg := segment.Segment(doc.Text)
	// The document's time: its metadata, else a dateline, else the latest
	// full date in the text (marked inferred); relative dates resolve
	// against it.
	var datelines []string
	for _, s := range seg.Sentences {
		if s.Dateline.End > s.Dateline.Start {
			datelines = append(datelines, doc.Text[s.Dateline.Start:s.Dateline.End])
		}
	}
	anchor := timex.DocumentTime(doc.Published, datelines, doc.Text)
	times := timex.NewResolver(anchor)
	date := dayOf(anchor.Time)
	if !anchor.Resolved() {
		date = 0
	}
	var ctx coder.Context // what one sentence tells the next: people named
	var out []event.Event
	fp := p.newFactPass(r)
	defer fp.done()
	for _, s := range seg.Sentences {
		text := doc.Text[s.Start:s.End]
		// Every sentence moves the running reference date ("three months
		// later" counts from the last date named), headings included.
		tx := times.Sentence(text)
		if s.Kind == segment.Heading {
			continue
		}
		*sentences++
		fp.before(&ctx, doc, s, date)
		// A dateline ("PYONGYANG, June 19 (Reuters) -") names where the
		// story was filed, not an actor: code what follows it.
		skip := bodyStart(doc.Text, s)
		body := doc.Text[skip:s.End]
		ctx.Offset = skip
		res := p.Coder.CodeSentenceIn(&ctx, body, date)
		if res.Discard == coder.DiscardStory {
			fp.discard()
			return nil, nil
		}
		b := skip - s.Start
		first := len(out)
		for i, e := range res.Events {
			ev := p.toEvent(doc, s.Start, text, b, e, i)
			if d, ok := timex.EventDate(text, tx, b+e.VerbStart, b+e.VerbEnd, anchor); ok {
				ev.Date = &event.Date{Value: d.Value, Granularity: d.Granularity, Text: d.Text}
			}
			if a := res.Attribution; a.Code != "" {
				ev.Attribution = &event.Attribution{Text: text[b+a.Start : b+a.End], Code: a.Code}
			}
			out = append(out, ev)
		}
		fp.after(doc, s, b, res, out[first:], tx, anchor)
	}
	return out, ctx.Persons()
}

func dayOf(t time.Time) dict.Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return dict.Date(y*10000 + int(m)*100 + d)
}

// bodyStart returns where the coded part of sentence s begins: after its
// dateline and the dash that follows it, if any.
func bodyStart(text string, s segment.Sentence) int {
	if s.Dateline.End <= s.Dateline.Start || s.Dateline.End > s.End {
		return s.Start
	}
	i := s.Dateline.End
	for i < s.End {
		switch {
		case text[i] == ' ' || text[i] == '-' || text[i] == '\t':
			i++
		case strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–"):
			i += len("—")
		default:
			return i
		}
	}
	return s.Start
}

// toEvent builds the event record of e, coded from the part of the
// sentence (at off in the document) that starts body bytes into it.
func (p *Pipeline) toEvent(doc document.Document, off int, text string, body int, e coder.Coded, i int) event.Event {
	ev := event.Event{
		Doc:      doc.ID,
		Sentence: event.Span{Start: off, End: off + len(text), Text: text},
		Source:   actor(text, body, e.Source),
		CAMEO:    e.Code,
		Modality: e.Mood.String(),
	}
	if e.Negated {
		ev.Modality = event.Negated
	}
	if e.Target.Code != "" {
		a := actor(text, body, e.Target)
		ev.Target = &a
	}
	if info, ok := ontology.Lookup(e.Code); ok {
		ev.Plover = event.Plover{Type: info.PloverType, Mode: info.PloverMode}
		ev.Goldstein = info.Goldstein
		ev.Quad = info.Quad
	}
	ev.ID = eventID(doc.ID, off, e, i)
	return ev
}

// actor is the event record's view of a mention in the sentence text,
// coded from body bytes into it.
func actor(text string, body int, m coder.Mention) event.Actor {
	a := event.Actor{Code: m.Code, Text: text[body+m.Start : body+m.End]}
	if m.PersonEnd > m.PersonStart {
		a.Person = text[body+m.PersonStart : body+m.PersonEnd]
	}
	return a
}

// eventID is stable for the same document, sentence and event, so that
// re-coding a document gives the same ids.
func eventID(doc string, off int, e coder.Coded, i int) string {
	h := sha256.New()
	h.Write([]byte(doc))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(off)))
	h.Write([]byte{0})
	h.Write([]byte(e.Source.Code + ">" + e.Target.Code + ":" + e.Code))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(i)))
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// Explain describes, sentence by sentence, how the coder read doc (see
// coder.Coder.Explain).
func (p *Pipeline) Explain(doc document.Document) string {
	var b strings.Builder
	date := dayOf(doc.Published)
	for _, s := range segment.Segment(doc.Text).Sentences {
		skip := bodyStart(doc.Text, s)
		fmt.Fprintf(&b, "== %s [%d,%d) %s\n", doc.ID, s.Start, s.End, s.Kind)
		b.WriteString(p.Coder.Explain(doc.Text[skip:s.End], date))
	}
	return b.String()
}

// Stats counts what coding doc produces.
type Stats struct {
	Sentences, Events, Facts int
}

// Stats codes doc as Process does, building every event and fact record,
// and counts its sentences, events and facts; it is what `entente bench`
// measures.
func (p *Pipeline) Stats(doc document.Document) Stats {
	var st Stats
	var r Result
	events, _ := p.code(doc, &st.Sentences, &r)
	st.Events, st.Facts = len(events), len(r.Facts)
	return st
}
