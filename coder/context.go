package coder

import "strings"

// contextCountry returns the one state that the sentence's actors belong
// to — its dictionary actors and the people the document has placed — or
// "" when they belong to none or to several.
func (c *Coder) contextCountry(s *sentence) string {
	one := ""
	for _, m := range s.matches {
		var code string
		switch {
		case m.actor && m.rec >= 0:
			code, _ = c.t.actorRecs[m.rec].CodeAt(s.date)
		case m.rec <= -2:
			code = s.persons[-2-m.rec].code
		default:
			continue
		}
		st := stateOf(code)
		if st == "" {
			continue
		}
		if one != "" && st != one {
			return ""
		}
		one = st
	}
	return one
}

// discourse is what a document has said so far about its states, for the
// phrases that refer back to them.
type discourse struct {
	// states lists the states named, the most recent last.
	states []string
	// dyads weighs each pair of states that met in an event, the recent
	// ones more ("the two countries" is the pair the story is about).
	dyads map[[2]string]float64
	// host is the host of the last visit, and visitor the visitor's
	// state ("Putin thanked his host").
	host, visitor string
}

// dyadDecay is what a pair's weight keeps from one sentence to the next.
const dyadDecay = 0.7

// updateDiscourse records the states of the sentence's noun phrases and
// the pairs and visits of its events.
func (c *Coder) updateDiscourse(s *sentence, ctx *Context, res *Result) {
	d := &ctx.discourse
	for _, p := range s.nps {
		if st := stateOf(p.code); st != "" && c.usable(p) {
			d.mention(st)
		}
	}
	for k, w := range d.dyads {
		if w *= dyadDecay; w < 0.05 {
			delete(d.dyads, k)
		} else {
			d.dyads[k] = w
		}
	}
	visit := false
	for _, e := range res.Events {
		a, b := stateOf(e.Source.Code), stateOf(e.Target.Code)
		if a != "" && b != "" && a != b {
			if d.dyads == nil {
				d.dyads = map[[2]string]float64{}
			}
			d.dyads[pair(a, b)]++
		}
		if visit || e.Target.Code == "" {
			continue
		}
		switch e.Code {
		case "042":
			d.host, d.visitor, visit = e.Target.Code, a, true
		case "043":
			d.host, d.visitor, visit = e.Source.Code, b, true
		}
	}
}

func (d *discourse) mention(st string) {
	for i, x := range d.states {
		if x == st {
			d.states = append(d.states[:i], d.states[i+1:]...)
			break
		}
	}
	d.states = append(d.states, st)
	if len(d.states) > 16 {
		d.states = d.states[1:]
	}
}

func pair(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// topDyad returns the pair of states the document is most about now.
func (d *discourse) topDyad() (string, string, bool) {
	var best [2]string
	w := 0.0
	for k, x := range d.dyads {
		if x > w || x == w && (k[0] < best[0] || k[0] == best[0] && k[1] < best[1]) {
			best, w = k, x
		}
	}
	return best[0], best[1], w > 0
}

// isPairNoun reports the nouns of "the two countries", "both superpowers".
func isPairNoun(u string) bool {
	switch u {
	case "COUNTRIES", "NATIONS", "STATES", "SIDES", "GOVERNMENTS", "NEIGHBOURS", "NEIGHBORS", "SUPERPOWERS",
		"POWERS", "ALLIES", "RIVALS", "CAPITALS", "LEADERS", "PRESIDENTS":
		return true
	}
	return false
}

// findRefs marks the phrases that refer to states or people named before:
// "the two countries" and "both superpowers" (the two states joined in
// the sentence, else the pair the document is about), "his host" (the
// host of the last visit), "whose country" (the country of the phrase
// before it), "the country" (the state named last), and "the North" and
// "the South" in a story about the Koreas. It needs the document context
// for all but the first.
func (c *Coder) findRefs(s *sentence) {
	if c.opt.NoInference || s.allCaps || !s.refWords {
		return
	}
	if cap(s.covered) < len(s.toks) {
		s.covered = make([]bool, len(s.toks))
	}
	covered := s.covered[:len(s.toks)]
	clear(covered)
	for _, m := range s.matches {
		for x := m.start; x < m.end; x++ {
			covered[x] = true
		}
	}
	free := func(i, j int) bool {
		for x := i; x < j; x++ {
			if x >= len(s.toks) || covered[x] {
				return false
			}
		}
		return true
	}
	var out []match
	add := func(i, j int, code string) {
		if code == "" || !free(i, j) {
			return
		}
		s.persons = append(s.persons, personHit{start: i, end: j, code: code, kind: hitRef})
		out = append(out, match{start: i, end: j, rec: int32(-2 - (len(s.persons) - 1))})
		for x := i; x < j; x++ {
			covered[x] = true
		}
	}
	var d *discourse
	if s.ctx != nil {
		d = &s.ctx.discourse
	}
	for i := 0; i < len(s.toks); i++ {
		u := s.up(i)
		switch {
		case (u == "BOTH" || u == "TWO" && i > 0 && s.up(i-1) == "THE") && i+1 < len(s.toks):
			j := i + 1
			if !isPairNoun(s.up(j)) && j+1 < len(s.toks) && isPairNoun(s.up(j+1)) && !s.toks[j].capital {
				j++ // "the two neighbouring countries"
			}
			if s.up(j) == "KOREAS" {
				start := i
				if u == "TWO" {
					start = i - 1
				}
				add(start, j+1, "PRK/KOR")
				i = j
				continue
			}
			if isPairNoun(s.up(j)) {
				code := c.pairRef(s, d, i)
				if code != "" && (s.up(j) == "LEADERS" || s.up(j) == "PRESIDENTS" || s.up(j) == "GOVERNMENTS") {
					code = strings.ReplaceAll(code, "/", "GOV/") + "GOV"
				}
				start := i
				if u == "TWO" {
					start = i - 1
				}
				add(start, j+1, code)
				i = j
			}
		case (u == "HIS" || u == "HER" || u == "THEIR") && i+1 < len(s.toks) && (s.up(i+1) == "HOST" || s.up(i+1) == "HOSTS"):
			if d != nil && d.host != "" {
				add(i, i+2, d.host)
			}
			i++
		case u == "WHOSE" && i+1 < len(s.toks):
			switch s.up(i + 1) {
			case "COUNTRY", "NATION", "STATE", "GOVERNMENT":
				if st := c.antecedentState(s, i); st != "" {
					add(i, i+2, st)
				}
				i++
			}
		case u == "THE" && i+1 < len(s.toks) && (s.up(i+1) == "COUNTRY" || s.up(i+1) == "NATION"):
			if st := c.lastState(s, d, i); st != "" {
				add(i, i+2, st)
			}
			i++
		case u == "THE" && d != nil:
			// "the North", "the isolated North": a capitalised compass word
			// not followed by another name ("the North Atlantic").
			j := i + 1
			if j < len(s.toks) && !s.toks[j].capital && j+1 < len(s.toks) {
				j++
			}
			if j >= len(s.toks) || !s.toks[j].capital || j+1 < len(s.toks) && s.toks[j+1].capital {
				continue
			}
			if code := koreaRef(s, d, s.up(j)); code != "" {
				add(j, j+1, code)
				i = j
			}
		}
	}
	if len(out) > 0 {
		mergeMatches(s, out)
	}
}

// pairRef returns "A/B" for "the two countries" at token i: the two
// states joined by "and" last in the sentence before it, else the pair
// the document is about.
func (c *Coder) pairRef(s *sentence, d *discourse, i int) string {
	var states []string
	var ends []int
	for _, m := range s.matches {
		if m.end > i {
			break
		}
		if st := c.matchState(s, m); st != "" {
			states = append(states, st)
			ends = append(ends, m.start)
		}
	}
	for k := len(states) - 1; k > 0; k-- {
		if states[k] != states[k-1] && c.joined(s, ends[k-1], ends[k]) {
			return states[k-1] + "/" + states[k]
		}
	}
	if d != nil {
		if a, b, ok := d.topDyad(); ok {
			return a + "/" + b
		}
	}
	return ""
}

// joined reports an "and" between tokens a and b with no clause break.
func (c *Coder) joined(s *sentence, a, b int) bool {
	for x := a; x < b; x++ {
		if s.up(x) == "AND" {
			return true
		}
		if p := s.toks[x].punct; p == ';' || p == '.' {
			return false
		}
	}
	return false
}

// matchState returns the state of match m, or "".
func (c *Coder) matchState(s *sentence, m match) string {
	switch {
	case m.actor && m.rec >= 0:
		code, _ := c.t.actorRecs[m.rec].CodeAt(s.date)
		return stateOf(code)
	case m.rec <= -2:
		h := s.persons[-2-m.rec]
		if strings.IndexByte(h.code, '/') >= 0 {
			return ""
		}
		return stateOf(h.code)
	}
	return ""
}

// antecedentState returns the state of the phrase that ends right before
// token i (punctuation aside): "his host – whose country".
func (c *Coder) antecedentState(s *sentence, i int) string {
	for k := len(s.matches) - 1; k >= 0; k-- {
		m := s.matches[k]
		if m.end > i {
			continue
		}
		for x := m.end; x < i; x++ {
			if s.toks[x].punct == 0 {
				return ""
			}
		}
		return c.matchState(s, m)
	}
	return ""
}

// lastState returns the state named last before token i: in the
// sentence, else in the document.
func (c *Coder) lastState(s *sentence, d *discourse, i int) string {
	st := ""
	for _, m := range s.matches {
		if m.end > i {
			break
		}
		if x := c.matchState(s, m); x != "" {
			st = x
		}
	}
	if st == "" && d != nil && len(d.states) > 0 {
		st = d.states[len(d.states)-1]
	}
	return st
}

// koreaRef reads "the North" and "the South" in a story that has named
// one of the Koreas.
func koreaRef(s *sentence, d *discourse, u string) string {
	if u != "NORTH" && u != "SOUTH" {
		return ""
	}
	korean := false
	for _, st := range d.states {
		if st == "PRK" || st == "KOR" {
			korean = true
		}
	}
	if !korean {
		return ""
	}
	if u == "NORTH" {
		return "PRK"
	}
	return "KOR"
}
