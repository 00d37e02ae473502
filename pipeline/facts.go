package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/entente/entente/coder"
	"github.com/entente/entente/dict"
	"github.com/entente/entente/document"
	"github.com/entente/entente/event"
	"github.com/entente/entente/fact"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/timex"
)

// factPass reads one document's facts, sentence by sentence, beside the
// coding of its events. A nil *factPass reads nothing.
type factPass struct {
	p  *Pipeline
	r  *Result
	fs *factScratch
	// The sentence being read: its actor phrases, and whether its words
	// make it a candidate for facts.
	mentions  []coder.ActorMention
	candidate bool
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

// newFactPass returns the fact reading of a document whose facts go to r,
// or nil when r is nil.
func (p *Pipeline) newFactPass(r *Result) *factPass {
	if r == nil {
		return nil
	}
	fp := &factPass{p: p, r: r}
	if v := p.scratch.Get(); v != nil {
		fp.fs = v.(*factScratch)
		clear(fp.fs.offices)
		clear(fp.fs.titles)
	} else {
		fp.fs = &factScratch{offices: map[string]bool{}, titles: map[string]bool{}}
	}
	if p.Mentions {
		r.Mentions = []event.Mention{}
	}
	return fp
}

// done gives the scratch back.
func (fp *factPass) done() {
	if fp != nil {
		fp.p.scratch.Put(fp.fs)
	}
}

// discard drops what the document gave: a story-level discard.
func (fp *factPass) discard() {
	if fp != nil {
		fp.r.Facts = nil
		if fp.r.Mentions != nil {
			fp.r.Mentions = []event.Mention{}
		}
	}
}

// before reads, for sentence s, the actor phrases when the sentence may
// state a fact (or mentions are asked for). It must run before
// CodeSentenceIn for the sentence, which adds the sentence's people to
// ctx: both read the document as it stood before it.
func (fp *factPass) before(ctx *coder.Context, doc document.Document, s segment.Sentence, date dict.Date) {
	if fp == nil {
		return
	}
	skip := bodyStart(doc.Text, s)
	body := doc.Text[skip:s.End]
	fs := fp.fs
	candidate, titled := fact.Candidate(body)
	if titled != "" {
		// A sentence that can only tell an office: once per title and
		// surname in a document ("President Donald Trump", "President
		// Trump" are in many of its sentences).
		f := strings.Fields(titled)
		key := f[0] + " " + f[len(f)-1]
		candidate = !fs.titles[key]
		fs.titles[key] = true
	}
	fp.candidate = candidate
	fp.mentions = fs.mentions[:0]
	if candidate || fp.p.Mentions {
		fp.mentions = fp.p.Coder.Mentions(fp.mentions, ctx, body, date)
		fs.mentions = fp.mentions
	}
	if fp.p.Mentions {
		fp.r.Mentions = appendMentions(fp.r.Mentions, doc, skip, fp.mentions)
	}
}

// after reads the facts of sentence s, whose coded part starts body bytes
// into it, from the phrases before read, the coder's result and the
// sentence's event records and time expressions.
func (fp *factPass) after(doc document.Document, s segment.Sentence, body int, res coder.Result, events []event.Event, tx []timex.Timex, anchor timex.Anchor) {
	if fp == nil || !fp.candidate || len(fp.mentions) == 0 {
		return
	}
	fs := fp.fs
	text := doc.Text[s.Start:s.End]
	factSentence(&fs.in, text, s.Start, body, fp.mentions, res, events, tx, anchor)
	for _, f := range fs.x.Extract(fs.in) {
		if f.Type == event.FactOffice {
			// One record per office a person holds: the first sentence
			// that gives the title.
			key := strings.ToLower(f.Person) + "\x00" + f.Level + "\x00" + strings.Join(f.Parties, ",")
			if fs.offices[key] {
				continue
			}
			fs.offices[key] = true
		}
		f.Doc = doc.ID
		f.ID = factID(doc.ID, f, len(fp.r.Facts))
		fp.r.Facts = append(fp.r.Facts, f)
	}
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
