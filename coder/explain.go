package coder

import (
	"fmt"
	"strings"

	"github.com/entente/entente/dict"
)

// Explain codes text and describes how: the tokens, the actor and agent
// phrases found, the noun phrases and compounds built from them, the verbs,
// and the events. It is meant for people writing dictionaries.
func (c *Coder) Explain(text string, date dict.Date) string {
	s := &sentence{}
	res := c.code(s, text, date)
	var b strings.Builder
	fmt.Fprintf(&b, "tokens:")
	for i, tk := range s.toks {
		mark := ""
		if s.live != nil && i < len(s.live) && !s.live[i] {
			mark = "~"
		}
		fmt.Fprintf(&b, " %s%s", mark, tk.up)
	}
	b.WriteString("\n")
	for _, m := range s.matches {
		kind := "agent"
		name := ""
		if m.rec == -1 {
			kind = "pronoun"
		} else if m.rec <= -2 {
			kind = "name"
			name = c.personCode(s, m)
		} else if m.actor {
			kind = "actor"
			a := c.t.actorRecs[m.rec]
			name = fmt.Sprintf("%v %v", a.Codes, a.Pos)
		} else {
			a := c.t.agentRecs[m.rec]
			name = fmt.Sprintf("%s before=%v %v", a.Code, a.Before, a.Pos)
		}
		fmt.Fprintf(&b, "%s [%d,%d) %q %s\n", kind, m.start, m.end, span(s, m.start, m.end), name)
	}
	for i, p := range s.nps {
		fmt.Fprintf(&b, "np%d [%d,%d) %q → %s\n", i, p.start, p.end, span(s, p.start, p.end), p.code)
	}
	for _, g := range s.groups {
		if len(g.nps) > 1 {
			fmt.Fprintf(&b, "compound %v\n", g.nps)
		}
	}
	for _, v := range s.verbs {
		r := c.t.verbRecs[v.rec]
		fmt.Fprintf(&b, "verb [%d,%d) %q → %s %v (%d patterns)\n", v.start, v.end, span(s, v.start, v.end), r.name, r.code, len(r.patterns))
	}
	if res.Discard != Keep {
		fmt.Fprintf(&b, "discarded (%d)\n", res.Discard)
	}
	if res.Complex {
		b.WriteString("complex\n")
	}
	for _, e := range res.Events {
		fmt.Fprintf(&b, "event %s > %s : %s negated=%v\n", e.Source.Code, e.Target.Code, e.Code, e.Negated)
	}
	return b.String()
}

func span(s *sentence, a, b int) string {
	if a >= b || b > len(s.toks) {
		return ""
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}
