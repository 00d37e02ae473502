package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// linkWord reports tokens that join an agent to the actor after it
// ("government of Gondor", "activists in Arnor", "soldiers from Gondor").
func linkWord(u string) bool {
	switch u {
	case "OF", "IN", "FROM", "FOR":
		return true
	}
	return false
}

func isDeterminer(u string) bool {
	switch u {
	case "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "THIS", "THAT", "THESE", "THOSE", "'S", "NO", "EVERY", "EACH", "ANY", "SOME":
		return true
	}
	return false
}

// buildNPs groups actor and agent matches into noun phrases and gives each
// its code.
func (c *Coder) buildNPs(s *sentence, date dict.Date) {
	t := c.t
	s.nps = s.nps[:0]
	if cap(s.npAt) < len(s.toks) {
		s.npAt = make([]int32, len(s.toks))
	}
	s.npAt = s.npAt[:len(s.toks)]
	for i := range s.npAt {
		s.npAt[i] = -1
	}
	var live []match
	for _, m := range s.matches {
		if s.live[m.start] {
			live = append(live, m)
		}
	}
	for k := 0; k < len(live); {
		// Grow a phrase from live[k] while the next match attaches to it.
		j := k + 1
		actors := 0
		if live[k].actor {
			actors++
		}
		for j < len(live) {
			prev, next := live[j-1], live[j]
			if next.actor && actors > 0 {
				break
			}
			if !c.attaches(s, prev, next) {
				break
			}
			if next.actor {
				actors++
			}
			j++
		}
		p := np{start: live[k].start, end: live[j-1].end}
		p.code, p.hasActor = c.compose(live[k:j], date)
		// Extend the phrase over a leading determiner or adjectives so
		// that patterns see "the Gondor" as one unit.
		for p.start > 0 && isDeterminer(s.up(p.start-1)) && s.up(p.start-1) != "'S" {
			p.start--
		}
		idx := int32(len(s.nps))
		s.nps = append(s.nps, p)
		for x := p.start; x < p.end; x++ {
			s.npAt[x] = idx
		}
		k = j
	}
	_ = t
}

// attaches reports whether match b belongs to the same noun phrase as a.
func (c *Coder) attaches(s *sentence, a, b match) bool {
	gap := b.start - a.end
	if gap == 0 {
		return true
	}
	// "Gondor's government", "Dagolath's first Deputy Prime Minister".
	if s.up(a.end) == "'S" && a.actor && !b.actor && gap <= 3 {
		for x := a.end + 1; x < b.start; x++ {
			if s.toks[x].punct != 0 || c.isVerbWord(s, x) {
				return false
			}
		}
		return true
	}
	// "the government of Gondor", "human rights activists in Arnor".
	if !a.actor && b.actor && gap <= 2 && linkWord(s.up(a.end)) {
		return gap == 1 || s.up(a.end+1) == "THE"
	}
	return false
}

// compose makes the code of a noun phrase from its matches: the actor's
// code with the agents' codes placed around it; "---" stands for a missing
// actor.
func (c *Coder) compose(ms []match, date dict.Date) (string, bool) {
	base := ""
	hasActor := false
	for _, m := range ms {
		if m.actor {
			if code, ok := c.t.actorRecs[m.rec].CodeAt(date); ok {
				base = code
				hasActor = true
			}
		}
	}
	if !hasActor {
		base = "---"
	}
	var pre, post strings.Builder
	for _, m := range ms {
		if m.actor {
			continue
		}
		ag := &c.t.agentRecs[m.rec]
		code := ag.Code
		if code == "" || strings.Contains(base, code) || strings.Contains(post.String(), code) {
			continue
		}
		if ag.Before {
			pre.WriteString(code)
		} else {
			post.WriteString(code)
		}
	}
	if pre.Len() == 0 && post.Len() == 0 {
		return base, hasActor
	}
	return pre.String() + base + post.String(), hasActor
}

// buildGroups joins noun phrases listed with "and", "or" and commas into
// compounds.
func (c *Coder) buildGroups(s *sentence) {
	s.groups = s.groups[:0]
	if cap(s.groupOf) < len(s.nps) {
		s.groupOf = make([]int32, len(s.nps))
	}
	s.groupOf = s.groupOf[:len(s.nps)]
	for k := 0; k < len(s.nps); {
		g := group{start: s.nps[k].start, end: s.nps[k].end, nps: []int{k}}
		j := k + 1
		for j < len(s.nps) && c.listed(s, s.nps[j-1].end, s.nps[j].start) {
			g.nps = append(g.nps, j)
			g.end = s.nps[j].end
			j++
		}
		for _, x := range g.nps {
			s.groupOf[x] = int32(len(s.groups))
		}
		s.groups = append(s.groups, g)
		k = j
	}
}

// listed reports whether the tokens in [a, b) join two items of a list:
// ",", "and", "or", ", and", "nor", possibly with adjectives we don't know.
func (c *Coder) listed(s *sentence, a, b int) bool {
	if a >= b {
		return false
	}
	sawJoin := false
	for x := a; x < b; x++ {
		u := s.up(x)
		switch {
		case u == "," || u == "AND" || u == "OR" || u == "NOR" || u == "&":
			sawJoin = true
		case !s.live[x]:
			return false
		case s.toks[x].punct != 0:
			return false
		case c.isVerbWord(s, x):
			return false
		case x-a > 4:
			return false
		}
	}
	return sawJoin
}
