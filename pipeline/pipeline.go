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
	"github.com/entente/entente/fact"
	"github.com/entente/entente/ontology"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/timex"
)

// Pipeline codes documents into events. It is safe for concurrent use.
type Pipeline struct {
	Coder *coder.Coder
	// scratch pools the fact extractors' buffers (*factScratch) from one
	// document to the next.
	scratch sync.Pool
}

// factScratch is what reading one document's facts reuses from sentence
// to sentence.
type factScratch struct {
	x        fact.Extractor
	in       fact.Sentence
	mentions []coder.ActorMention
	// offices and titles are the offices told and the titled names read
	// in the document.
	offices, titles map[string]bool
}

// New returns a pipeline around c.
func New(c *coder.Coder) *Pipeline { return &Pipeline{Coder: c} }

// Code returns the events of doc in sentence order. A story-level discard
// yields no events.
func (p *Pipeline) Code(doc document.Document) []event.Event {
	return p.run(doc, 0).Events
}

// Result is everything one document yields: its events, the people and
// organisations it names, and the facts it states.
type Result struct {
	Events   []event.Event
	Entities []event.Entity
	Facts    []event.Fact
	// Mentions are the actor phrases of every sentence; only
	// ProcessMentions fills them.
	Mentions []event.Mention
	// Sentences counts the sentences coded (headings excluded).
	Sentences int
}

// Process runs every stage over doc.
func (p *Pipeline) Process(doc document.Document) Result {
	return p.run(doc, withFacts)
}

// ProcessMentions runs every stage over doc as Process does and also
// returns the actor phrases the coder recognised in every sentence.
func (p *Pipeline) ProcessMentions(doc document.Document) Result {
	return p.run(doc, withFacts|withMentions)
}

// What run does beyond events and people.
const (
	withFacts = 1 << iota
	withMentions
)

// CodeEntities returns the events of doc and the people it names whose
// affiliation the text or the dictionaries give.
func (p *Pipeline) CodeEntities(doc document.Document) ([]event.Event, []event.Entity) {
	r := p.Process(doc)
	return r.Events, r.Entities
}

// run codes doc: events and persons always, facts and mentions when what
// asks for them.
func (p *Pipeline) run(doc document.Document, what int) Result {
	var r Result
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
	var fs *factScratch
	var mentionBuf []coder.ActorMention
	if what&withFacts != 0 {
		if v := p.scratch.Get(); v != nil {
			fs = v.(*factScratch)
			clear(fs.offices)
			clear(fs.titles)
		} else {
			fs = &factScratch{offices: map[string]bool{}, titles: map[string]bool{}}
		}
		defer p.scratch.Put(fs)
		mentionBuf = fs.mentions
	}
	for _, s := range seg.Sentences {
		text := doc.Text[s.Start:s.End]
		// Every sentence moves the running reference date ("three months
		// later" counts from the last date named), headings included.
		tx := times.Sentence(text)
		if s.Kind == segment.Heading {
			continue
		}
		r.Sentences++
		// A dateline ("PYONGYANG, June 19 (Reuters) -") names where the
		// story was filed, not an actor: code what follows it.
		skip := bodyStart(doc.Text, s)
		body := doc.Text[skip:s.End]
		mentions := mentionBuf[:0]
		candidate := false
		if what&withFacts != 0 {
			var titled string
			candidate, titled = fact.Candidate(body)
			if titled != "" {
				// A sentence that can only tell an office: once per title
				// and surname in a document ("President Donald Trump",
				// "President Trump" are in many of its sentences).
				f := strings.Fields(titled)
				key := f[0] + " " + f[len(f)-1]
				candidate = !fs.titles[key]
				fs.titles[key] = true
			}
		}
		if candidate || what&withMentions != 0 {
			// Before CodeSentenceIn, which adds this sentence's people to
			// ctx: both read the document as it stood before it.
			mentions = p.Coder.Mentions(mentions, &ctx, body, date)
			mentionBuf = mentions
			if fs != nil {
				fs.mentions = mentions
			}
		}
		if what&withMentions != 0 {
			r.Mentions = appendMentions(r.Mentions, doc, skip, mentions)
		}
		res := p.Coder.CodeSentenceIn(&ctx, body, date)
		if res.Discard == coder.DiscardStory {
			return Result{Sentences: r.Sentences}
		}
		b := skip - s.Start
		first := len(r.Events)
		for i, e := range res.Events {
			ev := p.toEvent(doc, s.Start, text, b, e, i)
			if d, ok := timex.EventDate(text, tx, b+e.VerbStart, b+e.VerbEnd, anchor); ok {
				ev.Date = &event.Date{Value: d.Value, Granularity: d.Granularity, Text: d.Text}
			}
			if a := res.Attribution; a.Code != "" {
				ev.Attribution = &event.Attribution{Text: text[b+a.Start : b+a.End], Code: a.Code}
			}
			r.Events = append(r.Events, ev)
		}
		if candidate && len(mentions) > 0 {
			factSentence(&fs.in, text, s.Start, b, mentions, res, r.Events[first:], tx, anchor)
			for _, f := range fs.x.Extract(fs.in) {
				if f.Type == event.FactOffice {
					// One record per office a person holds: the first
					// sentence that gives the title.
					key := strings.ToLower(f.Person) + "\x00" + f.Level + "\x00" + strings.Join(f.Parties, ",")
					if fs.offices[key] {
						continue
					}
					fs.offices[key] = true
				}
				f.Doc = doc.ID
				f.ID = factID(doc.ID, f, len(r.Facts))
				r.Facts = append(r.Facts, f)
			}
		}
	}
	for _, x := range ctx.Persons() {
		e := event.Entity{Kind: "person", Doc: doc.ID, Name: x.Name, Code: x.Code}
		if len(x.Code) >= 3 {
			e.Country = x.Code[:3]
		}
		r.Entities = append(r.Entities, e)
	}
	return r
}

// factSentence makes in the fact extractor's view of one sentence (text,
// at off in the document) whose coded part starts body bytes into it: the
// mentions and events the coder found, the event records built from them
// (for their dates), and the sentence's time expressions. It reuses in's
// slices.
func factSentence(in *fact.Sentence, text string, off, body int, mentions []coder.ActorMention, res coder.Result, events []event.Event, tx []timex.Timex, anchor timex.Anchor) {
	*in = fact.Sentence{Text: text, Start: off, Times: tx, Anchor: anchor, Mentions: in.Mentions[:0], Events: in.Events[:0]}
	for _, m := range mentions {
		fm := fact.Mention{Code: m.Code, Actor: m.Actor, Start: body + m.Start, End: body + m.End}
		if m.PersonEnd > m.PersonStart {
			fm.PersonStart, fm.PersonEnd = body+m.PersonStart, body+m.PersonEnd
		}
		if m.RoleEnd > m.RoleStart {
			fm.RoleStart, fm.RoleEnd = body+m.RoleStart, body+m.RoleEnd
		}
		in.Mentions = append(in.Mentions, fm)
	}
	for i, e := range res.Events {
		fe := fact.Event{Source: e.Source.Code, Target: e.Target.Code, CAMEO: e.Code,
			VerbStart: body + e.VerbStart, VerbEnd: body + e.VerbEnd, Modality: e.Mood.String()}
		if e.Negated {
			fe.Modality = event.Negated
		}
		if i < len(events) {
			fe.Date = events[i].Date
		}
		in.Events = append(in.Events, fe)
	}
	if a := res.Attribution; a.Code != "" {
		in.Attribution = &event.Attribution{Text: text[body+a.Start : body+a.End], Code: a.Code}
		in.AttributionStart, in.AttributionEnd = body+a.Start, body+a.End
	}
}

// appendMentions appends the mention records of the actor phrases ms of
// the sentence body that starts at byte off of doc.
func appendMentions(dst []event.Mention, doc document.Document, off int, ms []coder.ActorMention) []event.Mention {
	span := func(a, b int) event.Span {
		return event.Span{Start: off + a, End: off + b, Text: doc.Text[off+a : off+b]}
	}
	for _, m := range ms {
		x := event.Mention{Kind: "mention", Doc: doc.ID, Span: span(m.Start, m.End), Code: m.Code, ActorCode: m.Actor, Reference: m.Reference, Joined: m.Joined}
		if m.ActorEnd > m.ActorStart {
			a := span(m.ActorStart, m.ActorEnd)
			x.Actor = &a
		}
		if m.PersonEnd > m.PersonStart {
			x.Person = span(m.PersonStart, m.PersonEnd).Text
		}
		if m.RoleEnd > m.RoleStart {
			x.Role = span(m.RoleStart, m.RoleEnd).Text
		}
		dst = append(dst, x)
	}
	return dst
}

// factID is stable for the same document and fact, so that re-coding a
// document gives the same ids; i tells apart the same fact stated twice.
func factID(doc string, f event.Fact, i int) string {
	h := sha256.New()
	for _, part := range []string{doc, strconv.Itoa(f.Evidence.Start), f.Type, strings.Join(f.Parties, ","), f.Source, f.Target, f.Person, strconv.Itoa(i)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
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

// Stats runs every stage over doc as Process does, building every event
// and fact record, and counts its sentences, events and facts; it is what
// `entente bench` measures.
func (p *Pipeline) Stats(doc document.Document) Stats {
	r := p.Process(doc)
	return Stats{Sentences: r.Sentences, Events: len(r.Events), Facts: len(r.Facts)}
}
