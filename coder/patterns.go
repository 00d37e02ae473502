package coder

import "github.com/entente/entente/dict"

// patternMatch is the outcome of a matched pattern.
type patternMatch struct {
	code     dict.Code
	src, tgt []int
	comp     []int // the compound at a '%'
	// negation: the pattern holds the verb's negation.
	negation bool
}

// matchPatterns tries the verb's patterns, most specific first, and returns
// the first that matches around verb v.
func (c *Coder) matchPatterns(s *sentence, rec *verbRec, v verbHit) (patternMatch, bool) {
	for i := range rec.patterns {
		p := &rec.patterns[i]
		if !s.hasAll(p.need) || !s.hasAny(p.needAny) {
			continue
		}
		var m patternMatch
		if !c.seq(s, p.after, 0, v.end, 1, false, &m) {
			continue
		}
		if !c.seq(s, p.before, 0, v.start-1, -1, false, &m) {
			continue
		}
		if m.comp != nil && len(m.comp) < 2 && !c.opt.NoInference {
			// '%' names both sides of a compound; one actor alone is not
			// one ("the Chinese navy held exercises" is no joint drill).
			continue
		}
		m.code = p.code
		m.negation = p.negation
		return m, true
	}
	return patternMatch{}, false
}

// nextLive moves from token pos in direction dir to the nearest live token
// (pos itself if live); it returns -1 past either end.
func nextLive(s *sentence, pos, dir int) int {
	for pos >= 0 && pos < len(s.toks) && !s.live[pos] {
		pos += dir
	}
	if pos < 0 || pos >= len(s.toks) {
		return -1
	}
	return pos
}

// seq matches elems[k:] starting at token pos, walking in direction dir
// (1 after the verb, -1 before it), backtracking over the places where an
// element that may skip words could match. free means elems[k] need not be
// adjacent (after a '^' skip).
func (c *Coder) seq(s *sentence, elems []celem, k, pos, dir int, free bool, m *patternMatch) bool {
	if k == len(elems) {
		return true
	}
	e := &elems[k]
	if e.kind == dict.ElemSkipNP {
		// '^' passes over the noun phrase that comes next: an actor's
		// phrase if one starts within a few words, else nothing.
		if next, ok := c.skipNP(s, pos, dir); ok {
			return c.seq(s, elems, k+1, next, dir, true, m)
		}
		return c.seq(s, elems, k+1, pos, dir, true, m)
	}
	adjacent := e.adjacent && !free
	for p := nextLive(s, pos, dir); p >= 0; p = nextLive(s, p+dir, dir) {
		if s.toks[p].punct == ';' || dir > 0 && p >= s.patLimit {
			return false
		}
		saved := *m
		if c.one(s, elems, k, p, dir, m) {
			return true
		}
		*m = saved
		// A complementizer is transparent to adjacency: "noted that X
		// regretted" matches "NOTED + *".
		if adjacent && s.up(p) != "THAT" {
			return false
		}
	}
	return false
}

// skipNP finds the noun phrase that starts (or, walking left, ends) within
// three tokens of pos and returns the position past it.
func (c *Coder) skipNP(s *sentence, pos, dir int) (int, bool) {
	for d := 0; d < 3; d++ {
		p := pos + d*dir
		if p < 0 || p >= len(s.toks) || s.toks[p].punct != 0 {
			return 0, false
		}
		for gi := range s.groups {
			g := &s.groups[gi]
			if dir > 0 && g.start == p {
				return g.end, true
			}
			if dir < 0 && g.end-1 == p {
				return g.start - 1, true
			}
		}
	}
	return 0, false
}

// one matches elems[k] at token p, then the rest of elems after it.
func (c *Coder) one(s *sentence, elems []celem, k, p, dir int, m *patternMatch) bool {
	e := &elems[k]
	switch e.kind {
	case dict.ElemWord:
		if s.toks[p].punct == 0 && s.has(p, e.id) {
			return c.seq(s, elems, k+1, p+dir, dir, false, m)
		}
	case dict.ElemSynset:
		if e.synset == nil {
			return false
		}
		if dir > 0 {
			if n, _ := e.synset.longest(s, p, nil); n > 0 {
				return c.seq(s, elems, k+1, p+n, dir, false, m)
			}
			return false
		}
		for l := 1; l <= 4 && p-l+1 >= 0; l++ {
			if n, _ := e.synset.longest(s, p-l+1, nil); n == l {
				return c.seq(s, elems, k+1, p-l, dir, false, m)
			}
		}
	case dict.ElemSource, dict.ElemTarget, dict.ElemCompound:
		for gi := range s.groups {
			g := &s.groups[gi]
			if ((dir > 0 && g.start == p) || (dir < 0 && g.end-1 == p)) && c.usableGroup(s, g) {
				switch e.kind {
				case dict.ElemSource:
					m.src = g.nps
				case dict.ElemTarget:
					m.tgt = g.nps
				default:
					m.comp = g.nps
				}
				next := g.start - 1
				if dir > 0 {
					next = g.end
				}
				return c.seq(s, elems, k+1, next, dir, false, m)
			}
		}
	case dict.ElemAlt, dict.ElemGroup:
		// Rare: splice the alternative in front of the rest and match the
		// whole.
		alts := e.alts
		if e.kind == dict.ElemGroup {
			alts = [][]celem{e.group}
		}
		for _, alt := range alts {
			seq := make([]celem, 0, len(alt)+len(elems)-k-1)
			if dir > 0 {
				seq = append(seq, alt...)
			} else {
				for i := len(alt) - 1; i >= 0; i-- {
					seq = append(seq, alt[i])
				}
			}
			if len(seq) > 0 {
				seq[0].adjacent = true
			}
			seq = append(seq, elems[k+1:]...)
			if c.seq(s, seq, 0, p, dir, false, m) {
				return true
			}
		}
	}
	return false
}
