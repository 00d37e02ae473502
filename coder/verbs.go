package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// isVerbWord reports whether token x starts a dictionary verb form.
// The answer is memoised per sentence: names, lists and clauses all ask.
func (c *Coder) isVerbWord(s *sentence, x int) bool {
	switch s.verbMemo[x] {
	case 1:
		return true
	case 2:
		return false
	}
	n, _ := c.t.verbs.longest(s, x, nil)
	if n > 0 {
		s.verbMemo[x] = 1
	} else {
		s.verbMemo[x] = 2
	}
	return n > 0
}

func isBeForm(u string) bool {
	switch u {
	case "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM":
		return true
	}
	return false
}

// findVerbs marks the verbs of the sentence: dictionary verb forms outside
// noun phrases that are not used as nouns.
func (c *Coder) findVerbs(s *sentence) {
	t := c.t
	s.verbs = s.verbs[:0]
	for i := 0; i < len(s.toks); i++ {
		if !s.live[i] || s.toks[i].punct != 0 || s.npAt[i] >= 0 {
			continue
		}
		n, e := t.verbs.longest(s, i, func(j int) bool { return s.npAt[j] >= 0 })
		if n == 0 {
			continue
		}
		if c.nounUse(s, i) {
			i += n - 1
			continue
		}
		s.verbs = append(s.verbs, verbHit{i, i + n, e[0]})
		i += n - 1
	}
}

// nounUse reports whether the verb form at i is used as a noun: after a
// determiner ("the attack"), capitalised inside the sentence ("To
// Restore"), or listed as a noun.
func (c *Coder) nounUse(s *sentence, i int) bool {
	if i > 0 && !c.opt.VerbsAfterDeterminers && isDeterminer(s.up(i-1)) {
		return true
	}
	if i > 0 && !s.allCaps && s.toks[i].capital && s.toks[i-1].punct != '"' && s.toks[i-1].punct != ':' {
		return true
	}
	if !c.opt.VerbsAfterDeterminers && c.modifiedNoun(s, i) {
		return true
	}
	for _, id := range s.cand(i) {
		if c.t.nouns[id] {
			return true
		}
	}
	return false
}

// modifiedNoun reports a verb's base form that heads a noun phrase: a
// determiner, then one or two modifiers, then the word ("the Pyongyang
// visit", "his state visit", "a US attack"). A modifier is an actor's
// phrase or a lower-case word that is not a function word; a plural one
// ("the two leaders meet") makes the word a verb again, as does any
// inflected form.
func (c *Coder) modifiedNoun(s *sentence, i int) bool {
	if !isBaseForm(s.up(i)) || isIrregularPast(s.up(i)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		u := s.up(k)
		if isDeterminer(u) {
			return k < i-1
		}
		tk := s.toks[k]
		inNP := s.npAt[k] >= 0
		switch {
		case tk.punct != 0 && !(inNP && tk.punct == '-'):
			return false
		case inNP && !c.pluralName(u):
			// An actor before the word modifies it ("the US attack", "the
			// Paris talks"), unless it is a plural subject ("the
			// Palestinians reject").
		case inNP || tk.capital || isFunctionWord(u) || strings.HasSuffix(u, "S"):
			return false
		case c.isVerbWord(s, k) && !isBaseForm(u):
			return false
		}
	}
	return false
}

// clauseBreak reports whether a new clause starts between the verb hits
// a and b: a semicolon, or a conjunction that leads to b's verb.
// It also returns the token after the break, where the new clause starts.
func (c *Coder) clauseBreak(s *sentence, a, b verbHit) (brk, conj bool, at int) {
	at = -1
	for x := a.end; x < b.start; x++ {
		switch s.up(x) {
		case ";":
			return true, false, x + 1
		case "AND", "BUT", "WHILE", "WHEREAS", "THEN":
			if s.npAt[x] < 0 && !c.joinsList(s, x) && (c.opt.NoInference || c.leadsToVerb(s, x, b.start)) {
				conj, at = true, x+1
			}
		default:
			// A subordinate clause with a subject of its own ("…, when
			// Russia invaded Ukraine") is a clause of its own.
			if !c.opt.OneEventPerClause && isSubordinator(s.up(x)) && c.groupBetween(s, x+1, b.start) {
				return true, false, x + 1
			}
		}
	}
	// "Lula arrived in Lisbon, greeted by Portugal's president": a
	// participle with its agent after a comma opens a clause of its own.
	if !c.opt.NoInference && b.start > 0 && s.toks[b.start-1].punct == ',' && c.participleClause(s, b) {
		return true, false, b.start
	}
	return conj, conj, at
}

// leadsToVerb reports whether the conjunction at x opens the clause of
// the verb at v: between them stand at most a subject, auxiliaries and
// adverbs ("… and Moscow also signed", ", but was still refusing"), not
// the rest of a noun phrase ("photographs and other military
// intelligence to Macedonia which is preparing").
func (c *Coder) leadsToVerb(s *sentence, x, v int) bool {
	subject := int32(-1) // the group of the subject, once seen
	for k := x + 1; k < v; k++ {
		if n := s.npAt[k]; n >= 0 {
			g := s.groupOf[n]
			if subject >= 0 && g != subject {
				return false
			}
			subject = g
			continue
		}
		u := s.up(k)
		switch {
		case s.toks[k].punct == ',' || s.toks[k].punct == '"':
		case isBeForm(u), isFunctionWord(u) && !linkWord(u) && u != "TO" && u != "WITH" && u != "AGAINST":
		case isDeterminer(u) && k+1 < v && s.npAt[k+1] >= 0:
		default:
			return false
		}
	}
	return true
}

// groupBetween reports whether an actor's compound lies within [i, j).
func (c *Coder) groupBetween(s *sentence, i, j int) bool {
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.start >= i && g.end <= j && c.usableGroup(s, g) {
			return true
		}
	}
	return false
}

// joinsList reports whether the conjunction at x sits inside a compound
// ("Gondor and Arnor").
func (c *Coder) joinsList(s *sentence, x int) bool {
	for _, g := range s.groups {
		if g.start < x && x < g.end {
			return true
		}
	}
	return false
}

// events codes the verbs of the sentence.
func (c *Coder) events(s *sentence, res *Result) {
	t := c.t
	var prevSrc []int // source noun phrases of the previous clause
	prevEnd := 0      // token after the previous coded clause's verb
	var prevTgt []int
	var subject []int // the grammatical subject of the current clause
	var prev *verbHit
	for vi := range s.verbs {
		v := s.verbs[vi]
		inherit, sameClause := false, false
		var nonfinite []int // subject of a non-finite clause, when v heads one
		if prev != nil {
			brk, conj, at := c.clauseBreak(s, *prev, v)
			switch {
			case brk:
				inherit = conj
				prevEnd = at
			case c.opt.CodeBy == All:
				// Every verb codes: one in the same clause keeps the
				// clause's subject.
				sameClause = true
			default:
				if nonfinite = c.nonfiniteSubject(s, v, subject, prevTgt); nonfinite == nil {
					continue // one event per clause
				}
				sameClause = true
			}
		}
		rec := &t.verbRecs[v.rec]
		src := c.groupBefore(s, v.start, c.clauseStart(s, v.start, prevEnd))
		passive := c.isPassive(s, v)
		switch {
		case nonfinite != nil:
			src = nonfinite
		case sameClause:
			src = subject
		case src == nil && inherit:
			src = prevSrc
		}
		if !sameClause {
			subject = src
		}
		if !c.opt.NoInference {
			if sp := c.coordinateSpeaker(s, v); sp != nil {
				src = sp
				if !sameClause {
					subject = src
				}
			}
			if ob := obligation(s, v); ob.Main != "" && src != nil {
				// "Russia said that Sudan must return the helicopter": the
				// speaker demands it of Sudan, and nothing was returned.
				if rep := c.reporter(s, v); rep != nil && !sameGroup(rep, src) && !c.sameActor(s, rep, src) {
					n := len(res.Events)
					c.emit(s, res, rep, src, ob, v, false)
					res.Events = dedupe(res.Events, n)
				}
				continue
			}
			if c.governedClause(s, v) {
				continue
			}
		}
		tgt := c.groupAfter(s, v.end, objectLimit(s, v.end, c.clauseEnd(s, vi)))
		if sameClause && nonfinite == nil && (tgt == nil || sameGroup(tgt, src)) {
			tgt = prevTgt
		}
		code := rec.code
		mutual := false
		// A pattern's words after the verb, like its object, lie before a
		// relative clause or a dash clause.
		s.patLimit = len(s.toks)
		if !c.opt.NoInference {
			s.patLimit = objectLimit(s, v.end, len(s.toks))
		}
		m, matched := c.matchPatterns(s, rec, v)
		if matched {
			code = m.code
			if m.src != nil {
				src = m.src
			}
			if m.tgt != nil {
				tgt = m.tgt
				if m.src == nil && sameGroup(src, tgt) {
					// The pattern makes the clause's subject the target
					// ("X noted that Y regretted": NOTED + *): the source
					// is the subject of the clause around it.
					src = c.groupBefore(s, s.nps[tgt[0]].start, prevEnd)
				}
			}
			if m.comp != nil {
				// "X and Y agreed" (the compound is the subject): the members
				// act on each other. "X agreed with Y and Z": they are the
				// targets.
				if m.src == nil && (src == nil || sameGroup(src, m.comp) || c.opt.CompoundMutual) {
					src, tgt, mutual = m.comp, m.comp, true
				} else {
					tgt = m.comp
				}
			}
		} else if passive != nil {
			// "X was greeted by Y": Y is the source and X the target; in
			// "X arrived, greeted by Y" X is the previous clause's subject.
			if src == nil && c.participleClause(s, v) {
				src = prevSrc
			}
			src, tgt = passive, src
		} else if _, pv := c.passive(s, v); pv && !c.opt.OneEventPerClause {
			// "X was attacked" names no attacker: X is the target, and
			// there is no event between known parties, unless the place
			// tells who acts ("was arrested in Lebanon").
			st := c.placeOfAct(s, v, code)
			if st == nil || src == nil {
				continue
			}
			src, tgt = st, src
		} else if code.Kind == dict.CodeNull {
			// A verb that codes nothing by itself ("has", "is") is an
			// auxiliary: it neither makes an event nor closes the clause.
			continue
		}
		if matched && m.src == nil && m.tgt == nil && m.comp == nil && !c.opt.NoInference {
			// A pattern read on a passive verb ("was received with
			// military honors", "was put under investigation in Italy"):
			// the subject undergoes it, and the agent after "by", or the
			// state where it was done, acts.
			if agent, pv := c.passive(s, v); pv {
				switch st := c.placeOfAct(s, v, code); {
				case agent != nil:
					src, tgt = agent, src
				case st != nil && src != nil:
					src, tgt = st, src
				default:
					continue
				}
			}
		}
		if tgt == nil && inherit && prevTgt != nil && src != nil && !c.opt.NoInference && supportive(code.Main) && c.sameStates(s, src, prevSrc) {
			// "Kim called Putin a friend and pledged his full support":
			// the second act of the same subject, with no object of its
			// own, goes to the first one's.
			tgt = prevTgt
		}
		if tgt == nil && strings.HasPrefix(code.Main, "13") && !c.opt.NoInference {
			// "Russia threatened to stop talks if the United States …":
			// the threat is held over whoever the condition names.
			tgt = c.conditionSubject(s, v.end, len(s.toks))
		}
		if tgt == nil && (len(src) >= 2 || len(src) == 1 && strings.IndexByte(s.nps[src[0]].code, '/') >= 0) &&
			!mutual && !c.opt.NoInference && reciprocal(code.Main) {
			// "Rwanda and Uganda agreed to exchange prisoners", "Iran and
			// Iraq fought": a compound subject with no object acts on
			// itself, each member on the others.
			tgt, mutual = src, true
		}
		src, tgt = c.applyDefaults(s, v, vi, src, tgt)
		if src == nil {
			// A verb whose subject is unknown ("Kim praised Russia and
			// pledged …" with Kim not in the dictionaries) still holds its
			// clause: its object must not become the next verb's subject.
			if code.Kind == dict.CodeEvent && len(tgt) > 0 && !sameClause {
				prev = &s.verbs[vi]
				prevSrc, prevTgt, subject = nil, tgt, nil
				prevEnd = s.nps[tgt[len(tgt)-1]].end
			}
			continue
		}
		if !matched && code.Kind == dict.CodeEvent && !c.yields(s, src, tgt) {
			// The verb finds no dyad of distinct actors ("X said he …"): it
			// does not hold the clause, and a later verb may code.
			continue
		}
		prev = &s.verbs[vi]
		prevSrc, prevTgt = src, tgt
		if !sameClause {
			prevEnd = v.end
		}
		negated, mood := c.modality(s, v)
		if matched && m.negation {
			// "did not rule out cooperation": the pattern read the
			// negation, and the code is the intent it expresses.
			negated, mood = false, Asserted
		}
		if negated && (mood == Planned || mood == Hypothetical) && !c.opt.NoInference && code.Kind == dict.CodeEvent {
			// "Syria will not accept more refugees": a cooperative act
			// refused for the future is a rejection, stated now.
			if r := refusal(code.Main); r != "" {
				code = dict.Code{Kind: dict.CodeEvent, Main: r}
				negated, mood = false, Asserted
			}
		}
		switch code.Kind {
		case dict.CodeNull:
			continue
		case dict.CodeDiscard:
			res.Events = res.Events[:0]
			res.Discard = DiscardSentence
			return
		case dict.CodeComplex:
			res.Events = res.Events[:0]
			res.Complex = true
			return
		}
		if mutual {
			code.Paired = ""
		}
		n := len(res.Events)
		c.emit(s, res, src, tgt, code, v, negated)
		if !c.opt.OneEventPerClause {
			res.Events = dedupe(res.Events, n)
		}
		for k := n; k < len(res.Events); k++ {
			res.Events[k].Mood = mood
		}
		if c.opt.CodeBy == BySentence && len(res.Events) > n {
			return
		}
	}
}

// sameStates reports whether the compounds a and b are the same states
// ("Putin" and "Moscow").
func (c *Coder) sameStates(s *sentence, a, b []int) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for k := range a {
		x, y := stateOf(s.nps[a[k]].code), stateOf(s.nps[b[k]].code)
		if x == "" || x != y {
			return false
		}
	}
	return true
}

// sameActor reports whether the compounds a and b name one actor, one
// code the other's with roles added ("RUS" and "RUSGOV").
func (c *Coder) sameActor(s *sentence, a, b []int) bool {
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	x, y := s.nps[a[0]].code, s.nps[b[0]].code
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// yields reports whether src and tgt give at least one event: a source
// with no target when dyads are not required, or two distinct actors.
func (c *Coder) yields(s *sentence, src, tgt []int) bool {
	if len(tgt) == 0 {
		return !c.opt.RequireDyad
	}
	for _, a := range src {
		for _, b := range tgt {
			if s.nps[a].code != s.nps[b].code && c.usable(s.nps[a]) && c.usable(s.nps[b]) {
				return true
			}
		}
	}
	return false
}

// dedupe drops the events from index n on that repeat an earlier event of
// the sentence (same source, target and code): two verbs of one sentence
// telling the same thing are one event.
func dedupe(ev []Coded, n int) []Coded {
	out := ev[:n]
	for _, e := range ev[n:] {
		dup := false
		for _, f := range out {
			if f.Source.Code == e.Source.Code && f.Target.Code == e.Target.Code && f.Code == e.Code {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

func sameGroup(a, b []int) bool { return len(a) > 0 && len(b) > 0 && a[0] == b[0] }

func (c *Coder) emit(s *sentence, res *Result, src, tgt []int, code dict.Code, v verbHit, negated bool) {
	vs, ve := int(s.toks[v.start].start), int(s.toks[v.end-1].end)
	var srcs, tgts []Mention
	for _, a := range src {
		srcs = c.mentions(s, a, srcs)
	}
	for _, b := range tgt {
		tgts = c.mentions(s, b, tgts)
	}
	// An agent that took the sentence's state from the state it visits or
	// appeals to ("the minister made an official visit to Ottawa", "Tamil
	// refugees asked India for asylum") is not from there: the event
	// between the two says nothing.
	inferredVisitor := len(src) == 1 && s.nps[src[0]].inferred &&
		(strings.HasPrefix(code.Main, "04") || strings.HasPrefix(code.Main, "02"))
	for _, sa := range srcs {
		if len(tgts) > 0 && !inferredVisitor && !c.opt.NoInference && onlySelf(sa, tgts) {
			// "Kenyan students staged a sit-in at the university": the one
			// target found is the source again, a place rather than a
			// party; the act stands without one.
			tgts = nil
		}
		if len(tgts) == 0 {
			// A bare statement ("X said …", CAMEO 01) with no one it is
			// addressed to carries nothing an analyst can count.
			if c.opt.RequireDyad || strings.HasPrefix(code.Main, "01") && !c.opt.KeepBareStatements {
				continue
			}
			res.Events = append(res.Events, Coded{Source: sa, Code: code.Main, VerbStart: vs, VerbEnd: ve, Negated: negated})
			continue
		}
		for _, tb := range tgts {
			if tb.Code == sa.Code || inferredVisitor && stateOf(tb.Code) == stateOf(sa.Code) {
				continue
			}
			res.Events = append(res.Events, Coded{Source: sa, Target: tb, Code: code.Main, VerbStart: vs, VerbEnd: ve, Negated: negated})
			if code.Paired != "" {
				res.Events = append(res.Events, Coded{Source: tb, Target: sa, Code: code.Paired, VerbStart: vs, VerbEnd: ve, Negated: negated})
			}
		}
	}
}

// onlySelf reports whether every target has the source's code.
func onlySelf(sa Mention, tgts []Mention) bool {
	for _, tb := range tgts {
		if tb.Code != sa.Code {
			return false
		}
	}
	return true
}

// mentions appends the actors of noun phrase n: one, or several when its
// code lists alternatives ("FRO/BIL/SAM" for an actor that stands for
// several).
func (c *Coder) mentions(s *sentence, n int, dst []Mention) []Mention {
	p := s.nps[n]
	if !c.usable(p) {
		return dst
	}
	m := Mention{Start: int(s.toks[p.start].start), End: int(s.toks[p.end-1].end)}
	if p.nameEnd > p.nameStart {
		m.PersonStart, m.PersonEnd = int(s.toks[p.nameStart].start), int(s.toks[p.nameEnd-1].end)
	}
	code := p.code
	for {
		i := strings.IndexByte(code, '/')
		if i < 0 {
			m.Code = code
			return append(dst, m)
		}
		m.Code = code[:i]
		dst = append(dst, m)
		code = code[i+1:]
	}
}

// applyDefaults fills a missing source or target from the Defaults
// options, the way TABARI's DEFAULT command does. With SourcePrior the
// default source stands in when no actor precedes the verb; without it the
// first actor after the verb becomes the source. With TargetAfter the
// default target stands in when none follows; without it the rest of a
// compound source becomes the target.
func (c *Coder) applyDefaults(s *sentence, v verbHit, vi int, src, tgt []int) ([]int, []int) {
	d := c.opt.Defaults
	if d.Source == "" && d.Target == "" {
		return src, tgt
	}
	if src == nil && d.Source != "" {
		if d.SourcePrior {
			src = []int{c.synthetic(s, v, d.Source)}
		} else if tgt != nil {
			src = tgt[:1]
			tgt = tgt[1:]
			if len(tgt) == 0 {
				tgt = c.groupAfter(s, s.nps[src[0]].end, c.clauseEnd(s, vi))
			}
		}
	}
	if len(tgt) == 0 && src != nil && d.Target != "" {
		if !d.TargetAfter && len(src) > 1 {
			src, tgt = src[:1], src[1:]
		} else {
			tgt = []int{c.synthetic(s, v, d.Target)}
		}
	}
	return src, tgt
}

// synthetic adds a noun phrase for a default actor, placed on the verb.
func (c *Coder) synthetic(s *sentence, v verbHit, code string) int {
	s.nps = append(s.nps, np{start: v.start, end: v.end, code: code, hasActor: true, m0: -1, m1: -1})
	return len(s.nps) - 1
}

// usable reports whether a noun phrase counts as an actor under the
// options: lone agents only with NullAgents or ConvertAgent.
func (c *Coder) usable(p np) bool {
	if p.pronoun || p.locative {
		return false
	}
	return !p.lone || c.opt.NullAgents || c.opt.ConvertAgent
}

// usableGroup reports whether a compound holds at least one actor.
func (c *Coder) usableGroup(s *sentence, g *group) bool {
	for _, n := range g.nps {
		if c.usable(s.nps[n]) {
			return true
		}
	}
	return false
}

// clauseStart returns where the subject of the verb at i is looked for:
// after the last subordinating word ("…, while a Ukrainian official
// accused …", "where Vietnam's president welcomed …") when an actor stands
// between it and the verb, else from.
func (c *Coder) clauseStart(s *sentence, i, from int) int {
	if c.opt.FirstActorSubject {
		return from
	}
	if !c.opt.NoInference && from == 0 {
		// "In his first visit to the isolated North, Putin said …": the
		// actors of a leading prepositional phrase are not the subject.
		from = c.afterLeadingPhrase(s, i)
	}
	for x := i - 1; x > from; x-- {
		if u := s.up(x); isSubordinator(u) && u != "AS" && u != "BUT" && u != "THEN" || s.toks[x].report {
			for gi := range s.groups {
				g := &s.groups[gi]
				if g.start > x && g.end <= i && c.usableGroup(s, g) {
					return x + 1
				}
			}
			return from
		}
	}
	return from
}

// participleClause reports verb v as a participle with "by" and no form
// of "be" before it: "greeted by cheering crowds".
func (c *Coder) participleClause(s *sentence, v verbHit) bool {
	if v.end >= len(s.toks) || s.up(v.end) != "BY" || v.start == 0 || isBeForm(s.up(v.start-1)) {
		return false
	}
	u := s.up(v.end - 1)
	return strings.HasSuffix(u, "ED") || strings.HasSuffix(u, "EN") || strings.HasSuffix(u, "WN")
}

// afterLeadingPhrase returns the token after the comma that closes a
// prepositional phrase opening the sentence, when an actor stands between
// that comma and token i; else 0.
func (c *Coder) afterLeadingPhrase(s *sentence, i int) int {
	if len(s.toks) == 0 {
		return 0
	}
	if !opensLeadingPhrase(s.up(0)) {
		return 0
	}
	for x := 1; x < i; x++ {
		if s.toks[x].punct != ',' {
			continue
		}
		for gi := range s.groups {
			g := &s.groups[gi]
			if g.start > x && g.end <= i && c.usableGroup(s, g) {
				return x + 1
			}
		}
		return 0
	}
	return 0
}

// groupBefore returns the noun phrases of the compound nearest before
// token i, not before token from; nil if none.
func (c *Coder) groupBefore(s *sentence, i, from int) []int {
	var best []int
	for _, g := range s.groups {
		if g.end <= i && g.start >= from && c.usableGroup(s, &g) {
			best = g.nps
			// The subject is the first compound of the clause, as TABARI
			// takes it: stop at the first one found.
			break
		}
	}
	return best
}

// groupAfter returns the first compound that starts at or after token i
// and before token limit.
func (c *Coder) groupAfter(s *sentence, i, limit int) []int {
	for _, g := range s.groups {
		if g.start >= i && g.start < limit && c.usableGroup(s, &g) {
			return g.nps
		}
	}
	return nil
}

// clauseEnd returns the token where the clause of verb vi ends: the next
// clause break, or the sentence end.
func (c *Coder) clauseEnd(s *sentence, vi int) int {
	v := s.verbs[vi]
	for k := vi + 1; k < len(s.verbs); k++ {
		if brk, _, at := c.clauseBreak(s, v, s.verbs[k]); brk {
			// The clause ends at the word that opens the next one.
			if at > v.end {
				return at - 1
			}
			return s.verbs[k].start
		}
	}
	return len(s.toks)
}

// nonfiniteSubject returns the subject of a verb in -ing form that opens
// a clause of its own inside the clause of an earlier verb: after "of" it
// is that verb's object ("accused Pyongyang of supplying missiles to
// Russia": Pyongyang supplies), after "after", "before", "while", "by",
// "since" or "without" it is the clause's subject ("will visit Vietnam a
// day after signing a pact with North Korea": the visitor signs). It
// returns nil otherwise, and when the option for the older programs' one
// event per clause is in force.
func (c *Coder) nonfiniteSubject(s *sentence, v verbHit, subject, object []int) []int {
	if c.opt.OneEventPerClause || v.start == 0 || !strings.HasSuffix(s.up(v.start), "ING") {
		return nil
	}
	switch s.up(v.start - 1) {
	case "OF":
		return object
	case "AFTER", "BEFORE", "WHILE", "BY", "SINCE", "WITHOUT", "WHEN":
		return subject
	}
	return nil
}

// modality reads the words before verb v in its clause: a negation ("did
// not sign", "never visited"), a plan ("will visit", "plans to sign", "is
// expected to meet"), a supposition ("could attack", "would come to its
// aid if"), or an allegation ("accused Pyongyang of supplying", "allegedly
// shelled").
func (c *Coder) modality(s *sentence, v verbHit) (negated bool, mood Mood) {
	for x := v.start - 1; x >= 0 && x >= v.start-4; x-- {
		u := s.up(x)
		if s.toks[x].punct != 0 || s.npAt[x] >= 0 {
			break
		}
		switch u {
		case "NOT", "N'T", "NEVER":
			negated = true
		case "WILL", "'LL", "SHALL":
			if mood == Asserted {
				mood = Planned
			}
		case "WOULD", "COULD", "MIGHT", "MAY", "SHOULD", "CAN":
			if mood == Asserted {
				mood = Hypothetical
			}
		case "ALLEGEDLY", "REPORTEDLY", "PURPORTEDLY":
			mood = Alleged
		case "TO":
			// "plans to sign", "is expected to meet", "is set to visit".
			if x > 0 {
				switch s.up(x - 1) {
				case "PLANS", "PLANNED", "PLAN", "PLANNING", "INTENDS", "INTENDED", "INTEND", "EXPECTED", "SET", "DUE",
					"SCHEDULED", "GOING", "PREPARING", "PREPARED", "READY", "AIMS", "HOPES", "IS", "ARE", "WAS", "WERE":
					mood = Planned
				}
			}
		}
	}
	// "Syria denied that it supported terrorist groups": the act is
	// denied.
	if !negated && !c.opt.NoInference && deniedClause(s, v) {
		negated = true
	}
	// "if the United States attacked", "unless Tehran halts enrichment":
	// a condition supposes its act.
	if mood == Asserted && !c.opt.NoInference && c.conditional(s, v) {
		mood = Hypothetical
	}
	// "accused X of supplying …": the -ing verb after OF is alleged.
	if mood == Asserted && v.start > 0 && s.up(v.start-1) == "OF" && strings.HasSuffix(s.up(v.start), "ING") {
		for x := v.start - 2; x >= 0 && x >= v.start-12; x-- {
			switch u := s.up(x); {
			case strings.HasPrefix(u, "ACCUS"), strings.HasPrefix(u, "ALLEG"), strings.HasPrefix(u, "SUSPECT"), strings.HasPrefix(u, "CHARG"):
				mood = Alleged
			}
			if s.toks[x].punct == ';' || s.toks[x].punct == '.' {
				break
			}
		}
	}
	return negated, mood
}

// isPassive returns the agent of a passive verb ("was greeted by Kim" →
// Kim's phrase), or nil.
func (c *Coder) isPassive(s *sentence, v verbHit) []int {
	agent, _ := c.passive(s, v)
	return agent
}

// passive reads the voice of verb v: passive is set for "was greeted",
// "were attacked", and agent holds the phrases after "by" when the text
// names who did it.
func (c *Coder) passive(s *sentence, v verbHit) (agent []int, passive bool) {
	x := v.start - 1
	// Adverbs may stand between: "was fiercely opposed by".
	for x >= 0 && (s.up(x) == "ALSO" || s.up(x) == "NOT" || strings.HasSuffix(s.up(x), "LY")) && x >= v.start-3 {
		x--
	}
	u := s.up(v.end - 1)
	participle := strings.HasSuffix(u, "ED") || strings.HasSuffix(u, "EN") || strings.HasSuffix(u, "WN")
	if x < 0 || !isBeForm(s.up(x)) {
		// "hugged by Kim", "greeted by cheering crowds": a participle
		// with its agent after "by", without "was". "Responded by
		// imposing sanctions" tells the manner, "shortened by one hour"
		// the measure, not the agent.
		if !participle || c.opt.OneEventPerClause || v.end+1 >= len(s.toks) || s.up(v.end) != "BY" {
			return nil, false
		}
		if next := v.end + 1; strings.HasSuffix(s.up(next), "ING") && c.isVerbWord(s, next) || isQuantity(s.up(next)) {
			return nil, false
		}
		for _, g := range s.groups {
			if g.start > v.end && g.start <= v.end+2 && c.usableGroup(s, &g) {
				return g.nps, true
			}
		}
		return nil, true
	}
	// After "was", "has been": irregular participles too ("been put").
	passive = participle || isIrregularPast(u) || isBareParticiple(u)
	for y := v.end; y < len(s.toks) && y <= v.end+3; y++ {
		if s.up(y) == "BY" {
			for _, g := range s.groups {
				if g.start > y && g.start <= y+2 {
					return g.nps, true
				}
			}
			return nil, passive
		}
	}
	return nil, passive
}

// pluralName reports a name in the plural: it ends in S and the
// dictionaries know it without ("PALESTINIANS", but not "PARIS").
func (c *Coder) pluralName(u string) bool {
	if len(u) < 4 || !strings.HasSuffix(u, "S") {
		return false
	}
	_, ok := c.t.v.exact[u[:len(u)-1]]
	return ok
}

// isBareParticiple reports participles that are spelled like their verb
// ("was put under investigation", "was hit").
func isBareParticiple(u string) bool {
	switch u {
	case "PUT", "SET", "CUT", "HIT", "SHUT", "LET", "SPREAD", "BEATEN", "SHOT", "BURNT", "BURNED":
		return true
	}
	return false
}

// isQuantity reports a word that opens a measure: a number or a number
// word ("by one hour", "by 10 percent", "by half").
func isQuantity(u string) bool {
	if u != "" && u[0] >= '0' && u[0] <= '9' {
		return true
	}
	switch u {
	case "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "HALF", "A", "AN",
		"SEVERAL", "SOME", "ABOUT", "NEARLY", "ALMOST", "MORE", "LESS", "UP", "AROUND":
		return true
	}
	return false
}

// isIrregularPast reports the past forms of irregular verbs that news
// uses most, which no ending gives away ("the new mayor left").
func isIrregularPast(u string) bool {
	switch u {
	case "LEFT", "MET", "SENT", "SOLD", "BOUGHT", "TOLD", "SAID", "MADE", "TOOK", "GAVE", "HELD", "LED", "FLED",
		"FOUGHT", "STRUCK", "SHOT", "BROKE", "CAUGHT", "BROUGHT", "SOUGHT", "THREW", "WON", "LOST", "SPOKE", "WROTE",
		"BEGAN", "BECAME", "CAME", "WENT", "RAN", "SAW", "KNEW", "GREW", "DREW", "FELL", "FELT", "KEPT", "BUILT",
		"SPENT", "FOUND", "BLEW", "FLEW", "FORGAVE", "FROZE", "HUNG", "HID", "LAID", "MEANT", "OVERSAW", "OVERRAN",
		"PAID", "ROSE", "SANK", "SHOOK", "STOOD", "STOLE", "SWORE", "SWEPT", "TAUGHT", "TORE", "UNDERTOOK",
		"UPHELD", "WITHDREW", "WITHHELD", "DEALT", "FED", "OVERTHREW", "RETOOK", "BOUND", "SPREAD", "ATE", "DROVE":
		return true
	}
	return false
}
