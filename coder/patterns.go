package coder

import "github.com/entente/entente/dict"

// patternMatch is the outcome of a matched pattern.
type patternMatch struct {
	code     dict.Code
	src, tgt []int
}

// matchPatterns tries the verb's patterns, most specific first, and returns
// the first that matches around verb v.
func (c *Coder) matchPatterns(s *sentence, rec *verbRec, v verbHit) (patternMatch, bool) {
	for i := range rec.patterns {
		p := &rec.patterns[i]
		var m patternMatch
		if !c.seq(s, p.after, 0, v.end, 1, false, &m, func(int) bool { return true }) {
			continue
		}
		if !c.seq(s, p.before, 0, v.start-1, -1, false, &m, func(int) bool { return true }) {
			continue
		}
		m.code = p.code
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
// (1 after the verb, -1 before it). free means the first element need not
// be adjacent (after a '^' skip). cont is called with the position after
// the last element; the match succeeds when it returns true.
func (c *Coder) seq(s *sentence, elems []celem, k, pos, dir int, free bool, m *patternMatch, cont func(int) bool) bool {
	if k == len(elems) {
		return cont(pos)
	}
	e := &elems[k]
	if e.kind == dict.ElemSkipNP {
		return c.seq(s, elems, k+1, pos, dir, true, m, cont)
	}
	adjacent := e.adjacent && !free
	for p := nextLive(s, pos, dir); p >= 0; p = nextLive(s, p+dir, dir) {
		if s.up(p) == ";" {
			return false
		}
		saved := *m
		if c.one(s, e, p, dir, m, func(next int) bool {
			return c.seq(s, elems, k+1, next, dir, false, m, cont)
		}) {
			return true
		}
		*m = saved
		if adjacent {
			return false
		}
	}
	return false
}

// one matches element e at token p and calls cont with the position after
// it.
func (c *Coder) one(s *sentence, e *celem, p, dir int, m *patternMatch, cont func(int) bool) bool {
	switch e.kind {
	case dict.ElemWord:
		if s.toks[p].punct == 0 && s.has(p, e.id) {
			return cont(p + dir)
		}
	case dict.ElemSynset:
		if e.synset == nil {
			return false
		}
		if dir > 0 {
			if n, _ := e.synset.longest(s, p, nil); n > 0 {
				return cont(p + n)
			}
			return false
		}
		for l := 1; l <= 4 && p-l+1 >= 0; l++ {
			if n, _ := e.synset.longest(s, p-l+1, nil); n == l {
				return cont(p - l)
			}
		}
	case dict.ElemSource, dict.ElemTarget, dict.ElemCompound:
		for gi := range s.groups {
			g := &s.groups[gi]
			if (dir > 0 && g.start == p) || (dir < 0 && g.end-1 == p) {
				switch e.kind {
				case dict.ElemSource:
					m.src = g.nps
				case dict.ElemTarget:
					m.tgt = g.nps
				default:
					m.src, m.tgt = g.nps, g.nps
				}
				if dir > 0 {
					return cont(g.end)
				}
				return cont(g.start - 1)
			}
		}
	case dict.ElemAlt:
		for _, alt := range e.alts {
			seq := alt
			if dir < 0 {
				seq = reversed(alt)
			}
			if c.seq(s, seq, 0, p, dir, false, m, cont) {
				return true
			}
		}
	case dict.ElemGroup:
		seq := e.group
		if dir < 0 {
			seq = reversed(seq)
		}
		return c.seq(s, seq, 0, p, dir, false, m, cont)
	}
	return false
}

func reversed(es []celem) []celem {
	out := make([]celem, len(es))
	for i, e := range es {
		out[len(es)-1-i] = e
	}
	return out
}
