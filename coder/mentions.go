package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// ActorMention is an actor phrase of a sentence as the coder reads it:
// what later stages (facts) need to know about the parties a sentence
// names, whether or not an event was coded between them.
type ActorMention struct {
	// Mention holds the full code, agents applied ("RUSGOV"), the bytes of
	// the phrase with its article ("the Kremlin") and the person's name
	// when the phrase names one.
	Mention
	// Actor is the code of the actor alone ("RUS" in "Russian President
	// Vladimir Putin"); it is empty for a phrase of agents without an actor
	// ("officials"), whose Code then starts with "---".
	Actor string
	// ActorStart and ActorEnd are the bytes of the words that name the
	// actor ("Russian", "US State Department" in "a US State Department
	// spokesperson", "Pyongyang"); both 0 for agents alone and references.
	ActorStart, ActorEnd int
	// RoleStart and RoleEnd are the bytes of the title in the phrase
	// ("President", "Deputy Defense Minister"); both 0 when it has none.
	RoleStart, RoleEnd int
	// Reference is set when the phrase stands for an actor named elsewhere
	// (a pronoun and its antecedent, in this sentence or the previous
	// one's subject): Start and End are then the referring words.
	Reference bool
	// Joined is set for an actor named in a hyphenated pair ("Japan" in
	// "the U.S.-Japan alliance", "China-Russia trade"): its span is its
	// part of the word.
	Joined bool
}

// Mentions appends to dst the actor phrases of one sentence of a
// document, in text order, with the people the document has made known in
// ctx (which it only reads; nil reads the sentence on its own), and
// returns the extended slice. Unlike event coding, it keeps the phrases of
// short comma clauses ("Putin, who is under sanctions in the West, …"): a
// standing fact is often told in one. A phrase whose code lists several
// actors ("A/B") gives one mention per actor, with the same span. Call it
// before CodeSentenceIn for the same sentence, so that both see the
// document as it stood before it.
func (c *Coder) Mentions(dst []ActorMention, ctx *Context, text string, date dict.Date) []ActorMention {
	s := c.getSentence()
	defer c.t.pool.Put(s)
	s.ctx, s.mentionsOnly = ctx, true
	c.code(s, text, date)
	s.ctx, s.mentionsOnly = nil, false
	out := dst
	for gi := range s.groups {
		g := &s.groups[gi]
		for _, n := range g.nps {
			p := s.nps[n]
			if p.pronoun || p.code == "" {
				continue
			}
			var m ActorMention
			m.Start, m.End = int(s.toks[p.start].start), int(s.toks[p.end-1].end)
			if p.start < g.start || p.end > g.end || p.m0 < 0 && isPronoun(s, p.start) {
				// A pronoun resolved to an earlier phrase, or to the
				// previous sentence's subject: the mention is the pronoun.
				m.Start, m.End = int(s.toks[g.start].start), int(s.toks[g.end-1].end)
				m.Reference = true
			}
			if p.nameEnd > p.nameStart && !m.Reference {
				m.PersonStart, m.PersonEnd = int(s.toks[p.nameStart].start), int(s.toks[p.nameEnd-1].end)
			}
			if p.m0 >= 0 && !m.Reference {
				m.RoleStart, m.RoleEnd = roleSpan(s, p)
				for _, a := range s.matches[p.m0:p.m1] {
					if a.actor && a.rec >= 0 {
						m.ActorStart, m.ActorEnd = int(s.toks[a.start].start), int(s.toks[a.end-1].end)
						break
					}
				}
			}
			if p.hasActor {
				m.Actor = p.actorCode
			}
			code := p.code
			for {
				i := strings.IndexByte(code, '/')
				if i < 0 {
					break
				}
				m.Code = code[:i]
				out = append(out, m)
				code = code[i+1:]
			}
			m.Code = code
			out = append(out, m)
		}
	}
	return c.joinedPairs(s, date, out)
}

// joinedPairs adds the actors of hyphenated pairs outside any phrase
// ("U.S.-Japan", "China-Russia", "Russia-Ukraine"): one mention per part,
// when every part names an actor on its own, so that "Russia-led" and
// "anti-American" add nothing. The mentions are kept in text order.
func (c *Coder) joinedPairs(s *sentence, date dict.Date, out []ActorMention) []ActorMention {
	for i := range s.toks {
		tk := &s.toks[i]
		word := s.text[tk.start:tk.end]
		if tk.punct != 0 || strings.IndexByte(word, '-') <= 0 || c.inMatch(s, i) {
			continue
		}
		var parts []ActorMention
		for from := 0; from <= len(word); {
			k := strings.IndexByte(word[from:], '-')
			if k < 0 {
				k = len(word) - from
			}
			code, ok := c.singleActor(strings.ToUpper(word[from:from+k]), date)
			if !ok {
				parts = nil
				break
			}
			a, b := int(tk.start)+from, int(tk.start)+from+k
			m := ActorMention{Actor: code, ActorStart: a, ActorEnd: b, Joined: true}
			m.Code, m.Start, m.End = code, a, b
			parts = append(parts, m)
			from += k + 1
		}
		if len(parts) < 2 {
			continue
		}
		at := len(out)
		for j, m := range out {
			if m.Start >= int(tk.end) {
				at = j
				break
			}
		}
		out = append(out[:at], append(parts, out[at:]...)...)
	}
	return out
}

// inMatch reports whether token i lies in an actor or agent phrase.
func (c *Coder) inMatch(s *sentence, i int) bool {
	for _, m := range s.matches {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// singleActor returns the code, at date, of the actor a one-word name
// (upper case) names on its own.
func (c *Coder) singleActor(up string, date dict.Date) (string, bool) {
	id, ok := c.t.v.exact[up]
	if !ok || len(up) < 2 {
		return "", false
	}
	n, ok := c.t.actors.root[id]
	if !ok {
		return "", false
	}
	for _, rec := range c.t.actors.nodes[n].entries {
		if code, ok := c.t.actorRecs[rec].CodeAt(date); ok && code != "" && !strings.HasPrefix(code, "---") {
			return code, true
		}
	}
	return "", false
}

// roleSpan returns the bytes of the title in noun phrase p: the run of
// agent matches (with rank words between them, "Deputy Defence Minister")
// that ends nearest before the person's name, or the first run when the
// phrase names no one. It is 0, 0 when the phrase has no agent.
func roleSpan(s *sentence, p np) (int, int) {
	ms := s.matches[p.m0:p.m1]
	a, b := -1, -1 // token range of the run
	for _, m := range ms {
		if m.actor || m.rec < 0 {
			continue
		}
		if p.nameEnd > p.nameStart && m.end > p.nameStart {
			break
		}
		joined := b >= 0
		for x := b; joined && x < m.start; x++ {
			joined = isRank(s.up(x))
		}
		if !joined {
			if a >= 0 && p.nameEnd <= p.nameStart {
				break // the first run is the phrase's title
			}
			a = m.start
		}
		b = m.end
	}
	if a < 0 {
		return 0, 0
	}
	for a > p.start && isRank(s.up(a-1)) {
		a--
	}
	return int(s.toks[a].start), int(s.toks[b-1].end)
}
