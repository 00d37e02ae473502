package coder

import (
	"strings"

	"github.com/entente/entente/segment"

	"github.com/entente/entente/dict"
)

// funcWords holds nothing yet: function words are compared as strings,
// which is as fast as ids for these short words and keeps the parser
// independent of what the dictionaries happen to contain.
type funcWords struct{}

func newFuncWords(*vocab) funcWords { return funcWords{} }

// match is an actor or agent phrase found in a sentence.
type match struct {
	start, end int // token range
	actor      bool
	rec        int32
}

// np is a noun phrase built from matches: at most one actor and the agents
// around it.
type np struct {
	start, end int // token range
	code       string
	hasActor   bool
	// ms is the range of s.matches the phrase was built from.
	m0, m1 int
	// lone is set for a phrase of agents without an actor.
	lone bool
	// actorCode is the actor's own code, without agents.
	actorCode string
	// pronoun marks a pronoun waiting for its antecedent; unresolved one
	// that found none.
	pronoun, unresolved bool
	// nameStart and nameEnd are the tokens of the person the phrase names
	// ("Vladimir Putin" in "Russian President Vladimir Putin"), both 0
	// when it names no one.
	nameStart, nameEnd int
	// linked is set when agents reach their actor through a link word
	// ("the ambassadors of Arnor"); such agents spread over the rest of a
	// compound ("… of Arnor, Osgiliath and Gondor").
	linked bool
	// locative marks the place of a state of affairs ("the war in
	// Ukraine", "peace in the region"): a setting, not a party.
	locative bool
	// inferred marks agents that took the sentence's state (see
	// compose): they name no state of their own.
	inferred bool
}

// group is a compound of noun phrases ("Gondor and Arnor").
type group struct {
	start, end int
	nps        []int
}

type verbHit struct {
	start, end int
	rec        int32
}

// sentence is the scratch state for coding one sentence, pooled.
type sentence struct {
	text string
	date dict.Date
	// ctxCountry is the one state the sentence's actors belong to, or ""
	// when they name none or several.
	ctxCountry string
	// patLimit is the token where the words a verb's patterns read after
	// it must stop.
	patLimit int
	persons  []personHit
	// dictPersons and dictOrgs are the dictionary's people and
	// organisations named in the sentence.
	dictPersons, dictOrgs []personHit
	covered               []bool
	stoks                 []segment.Token
	// verbMemo caches isVerbWord per token: 0 unknown, 1 yes, 2 no.
	verbMemo []uint8
	ctx      *Context
	toks     []tok
	// allCaps is set for a sentence written in capitals only, where case
	// tells nothing.
	allCaps bool
	buf     []byte
	cands   []int32
	// reports, visitNouns, refWords and modals are set when the sentence
	// holds a reporting verb, a noun of travel, a word that opens a
	// reference or a modal of obligation: the passes that need them skip
	// the rest.
	reports, visitNouns, refWords, modals bool
	// bound[x] is the first token at or after x where a verb's object may
	// no longer begin.
	bound []int32
	// key is scratch for building names' keys.
	key []byte
	// words is scratch for a name run's words.
	words []string
	// seen[id] == stamp marks the word ids present in the sentence.
	seen  []uint32
	stamp uint32
	live  []bool // false for tokens removed by comma-clause elimination

	matches []match
	nps     []np
	npAt    []int32 // token → np index, -1
	groups  []group
	groupOf []int32 // np → group
	verbs   []verbHit
	// mentionsOnly stops coding once the compounds are built, with every
	// comma clause kept: what Mentions needs.
	mentionsOnly bool
}

func (s *sentence) cand(j int) []int32 { t := &s.toks[j]; return s.cands[t.c0:t.c1] }

func (s *sentence) has(j int, id int32) bool {
	for _, c := range s.cand(j) {
		if c == id {
			return true
		}
	}
	return false
}

// hasAll reports whether every word id in ids occurs in the sentence.
func (s *sentence) hasAll(ids []int32) bool {
	for _, id := range ids {
		if int(id) >= len(s.seen) || s.seen[id] != s.stamp {
			return false
		}
	}
	return true
}

// hasAny reports whether, for every list in sets, one of its ids occurs
// in the sentence.
func (s *sentence) hasAny(sets [][]int32) bool {
	for _, ids := range sets {
		found := false
		for _, id := range ids {
			if int(id) < len(s.seen) && s.seen[id] == s.stamp {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (s *sentence) up(j int) string { return s.toks[j].up }

func (c *Coder) getSentence() *sentence {
	if v := c.t.pool.Get(); v != nil {
		return v.(*sentence)
	}
	return &sentence{}
}

// CodeSentence codes one sentence. date is the day the sentence speaks of
// (yyyymmdd; 0 if unknown), used for dated actor codes.
func (c *Coder) CodeSentence(text string, date dict.Date) Result {
	return c.CodeSentenceIn(nil, text, date)
}

// Context carries what one sentence of a document tells the next: the
// actors that a pronoun opening the next sentence ("He also asked …")
// refers to. The zero value is a document's start. A Context belongs to one
// document and one goroutine.
type Context struct {
	// Subject holds the actor codes (agents left out) of the last
	// sentence's subject.
	Subject []string
	// Offset is the byte offset of the sentence being coded in its
	// document; the mentions of Persons are counted from it. The caller
	// sets it before each sentence.
	Offset int
	// persons maps the names seen so far (full name and surname, upper
	// case) to the person; order keeps first sightings; alias maps a
	// surname to the full name it was taken from.
	persons map[string]*Person
	order   []string
	alias   map[string]string
	discourse
}

// CodeSentenceIn codes one sentence of a document. With the Pronouns
// option, a pronoun that finds no antecedent in its sentence refers to the
// subject carried in ctx, and the sentence's own subject is carried on.
// A nil ctx codes the sentence on its own.
func (c *Coder) CodeSentenceIn(ctx *Context, text string, date dict.Date) Result {
	s := c.getSentence()
	defer c.t.pool.Put(s)
	s.ctx = ctx
	res := c.code(s, text, date)
	if ctx != nil && c.opt.Pronouns {
		c.carrySubject(s, ctx)
	}
	if ctx != nil {
		c.rememberPersons(s)
		if !c.opt.NoInference {
			c.updateDiscourse(s, ctx, &res)
		}
	}
	s.ctx = nil
	return res
}

// carrySubject keeps the actors of the sentence's first compound for the
// next sentence.
func (c *Coder) carrySubject(s *sentence, ctx *Context) {
	for gi := range s.groups {
		g := &s.groups[gi]
		var codes []string
		for _, n := range g.nps {
			if p := s.nps[n]; c.usable(p) && p.hasActor && p.actorCode != "" {
				codes = append(codes, p.actorCode)
			}
		}
		if len(codes) > 0 {
			ctx.Subject = codes
			return
		}
	}
}

func (c *Coder) code(s *sentence, text string, date dict.Date) Result {
	t := c.t
	s.text, s.date = text, date
	// The scratch is pooled: nothing of the previous sentence may survive
	// an early return (discard, length limits).
	s.matches, s.persons, s.nps, s.groups, s.verbs = s.matches[:0], s.persons[:0], s.nps[:0], s.groups[:0], s.verbs[:0]
	s.dictPersons, s.dictOrgs = s.dictPersons[:0], s.dictOrgs[:0]
	s.toks, s.buf, s.stoks = tokenize(text, s.toks, s.buf, s.stoks)
	finishTokens(s.toks, s.buf)
	if cap(s.verbMemo) < len(s.toks) {
		s.verbMemo = make([]uint8, len(s.toks))
	}
	s.verbMemo = s.verbMemo[:len(s.toks)]
	clear(s.verbMemo)
	setBounds(s)
	s.reports, s.visitNouns, s.refWords, s.modals = false, false, false, false
	for k := range s.toks {
		switch u := s.toks[k].up; u {
		case "VISIT", "VISITS", "TRIP", "TOUR":
			s.visitNouns = true
		case "BOTH", "TWO", "HOST", "HOSTS", "WHOSE", "COUNTRY", "NATION", "NORTH", "SOUTH":
			s.refWords = true
		case "MUST", "SHOULD", "HAS", "HAVE", "NEED", "NEEDS":
			s.modals = true
		default:
			if isReportingVerb(u) {
				s.reports, s.toks[k].report = true, true
			}
		}
	}
	s.allCaps = true
	for k := 0; k < len(text); k++ {
		if text[k] >= 'a' && text[k] <= 'z' {
			s.allCaps = false
			break
		}
	}
	s.cands = s.cands[:0]
	if len(s.seen) < int(t.v.n) {
		s.seen = make([]uint32, t.v.n)
		s.stamp = 0
	}
	s.stamp++
	if s.stamp == 0 { // wrapped: clear the marks
		clear(s.seen)
		s.stamp = 1
	}
	for k := range s.toks {
		tk := &s.toks[k]
		tk.c0 = int32(len(s.cands))
		if tk.punct == 0 {
			s.cands = t.v.lookup(tk.up, s.cands)
			if c.opt.NounEndings {
				s.cands = t.v.nounEndings(tk.up, s.cands)
			}
		}
		tk.c1 = int32(len(s.cands))
		for _, id := range s.cands[tk.c0:tk.c1] {
			s.seen[id] = s.stamp
		}
	}
	var res Result
	// Discards first: a discarded sentence is not coded at all.
	for i := range s.toks {
		if n, e := t.discards.longest(s, i, nil); n > 0 {
			d := DiscardSentence
			for _, x := range e {
				if t.discardRecs[x].Story {
					d = DiscardStory
				}
			}
			res.Discard = d
			return res
		}
	}
	if c.opt.MinWords > 0 || c.opt.MaxWords > 0 {
		words := 0
		for k := range s.toks {
			if s.toks[k].punct == 0 {
				words++
			}
		}
		if words < c.opt.MinWords {
			return res
		}
		if c.opt.MaxWords > 0 && words > c.opt.MaxWords {
			res.Complex = true
			return res
		}
	}
	c.findMatches(s)
	if !c.opt.NoPersons {
		c.findNames(s)
	} else {
		c.noteDictEntities(s)
	}
	s.ctxCountry = c.contextCountry(s)
	if !c.opt.NoPersons {
		c.appositives(s, date)
	}
	c.findRefs(s)
	res.Attribution = c.attribution(s, date)
	c.commaClauses(s)
	c.buildNPs(s, date)
	if c.opt.DiscardActors {
		for _, p := range s.nps {
			if p.code == "###" {
				res.Discard = DiscardSentence
				return res
			}
		}
	}
	c.buildGroups(s)
	if s.mentionsOnly {
		return res
	}
	c.findVerbs(s)
	if c.tooComplex(s) {
		res.Complex = true
		return res
	}
	c.events(s, &res)
	c.nominalVisits(s, &res)
	c.reportedAccusations(s, &res)
	c.obligations(s, &res)
	return res
}

// tooComplex applies the Complex limits: a sentence with too many verbs or
// conjunctions, with no actor before its first verb (when NoActorPrior is
// set), or with an actor coded "+++" is left uncoded, flagged for a person.
func (c *Coder) tooComplex(s *sentence) bool {
	for _, p := range s.nps {
		if p.code == "+++" {
			return true
		}
	}
	o := c.opt.Complex
	if o.Verbs == 0 && o.Conj == 0 && !o.NoActorPrior {
		return false
	}
	verbs := 0
	first := -1
	for _, v := range s.verbs {
		rec := &c.t.verbRecs[v.rec]
		if rec.code.Kind == dict.CodeNull && len(rec.patterns) == 0 {
			continue // an auxiliary
		}
		verbs++
		if first < 0 {
			first = v.start
		}
	}
	if o.Verbs > 0 && verbs >= o.Verbs {
		return true
	}
	if o.Conj > 0 {
		conj := 0
		for x := range s.toks {
			switch s.up(x) {
			case "AND", "OR", "BUT":
				if s.live[x] && !c.joinsList(s, x) {
					conj++
				}
			}
		}
		if conj >= o.Conj {
			return true
		}
	}
	if o.NoActorPrior && first >= 0 {
		for gi := range s.groups {
			if s.groups[gi].end <= first && c.usableGroup(s, &s.groups[gi]) {
				return false
			}
		}
		return true
	}
	return false
}

// findMatches marks the actor and agent phrases, longest first, left to
// right.
func (c *Coder) findMatches(s *sentence) {
	t := c.t
	s.matches = s.matches[:0]
	for i := 0; i < len(s.toks); {
		if s.toks[i].punct != 0 {
			i++
			continue
		}
		if c.opt.Pronouns && isPronoun(s, i) {
			s.matches = append(s.matches, match{i, i + 1, true, -1})
			i++
			continue
		}
		na, ea := t.actors.longest(s, i, nil)
		if na == 1 && !c.acronymOK(s, i) {
			na = 0
		}
		if na == 1 && !s.allCaps && !c.opt.NoInference && !s.toks[i].capital && lowerWord(s.text[s.toks[i].start:s.toks[i].end]) {
			// States, their people and capitals are written with a
			// capital ("al-Qaeda" has one inside): "a male guardian" is not
			// Malé, "turkey" no state.
			na = 0
		}
		if na > 0 && c.namedPlace(s, i+na) {
			// "the Europe Bridge", "Russia Street": a place named after
			// an actor is not the actor.
			na = 0
			for i < len(s.toks) && s.toks[i].capital {
				i++
			}
			continue
		}
		ng, eg := t.agents.longest(s, i, nil)
		switch {
		case na > 0 && na >= ng:
			s.matches = append(s.matches, match{i, i + na, true, ea[0]})
			i += na
		case ng > 0:
			s.matches = append(s.matches, match{i, i + ng, false, eg[0]})
			i += ng
		default:
			if rec := c.misspeltState(s, i); rec >= 0 {
				s.matches = append(s.matches, match{i, i + 1, true, rec})
			} else if rec := c.ledBy(s, i); rec >= 0 {
				s.matches = append(s.matches, match{i, i + 1, true, rec})
			}
			i++
		}
	}
}

// namedPlace reports whether the word at x, after an actor's name, makes
// the two a place's name: a capitalised word such as Bridge, Street or
// Square.
func (c *Coder) namedPlace(s *sentence, x int) bool {
	if c.opt.NoInference || x >= len(s.toks) || !s.toks[x].capital || s.allCaps {
		return false
	}
	switch s.up(x) {
	case "BRIDGE", "STREET", "SQUARE", "AVENUE", "ROAD", "BOULEVARD", "AIRPORT", "STATION", "HOTEL", "PARK",
		"STADIUM", "HALL", "TOWER", "PLAZA", "GATE", "MUSEUM", "HOSPITAL", "MOSQUE", "CATHEDRAL", "CHURCH":
		return true
	}
	return false
}

// ledBy returns the state of a word such as "Vietnamese-led" or
// "Saudi-led" ("Vietnamese-led forces"): forces led by a state act for it.
// Other compounds ("US-backed rebels") say nothing of who acts.
func (c *Coder) ledBy(s *sentence, i int) int32 {
	u := s.toks[i].up
	if c.opt.NoInference || !strings.HasSuffix(u, "-LED") || len(u) < 7 {
		return -1
	}
	id, ok := c.t.v.exact[u[:len(u)-4]]
	if !ok {
		return -1
	}
	for _, e := range c.t.actors.rootEntries(id) {
		if namesState(c.t.actorRecs[e].Codes) {
			return e
		}
	}
	return -1
}

// misspeltState returns the state whose one-word name the unknown
// capitalised word at i misspells ("Ethopia", "Quatar"), or -1. The word
// must be six letters or more, unknown to the dictionaries, and differ
// from the name by one letter inside it: its first letter and its last
// two agree, so that "Korean" is not "Korea" nor "Indiana" "Indian".
func (c *Coder) misspeltState(s *sentence, i int) int32 {
	tk := &s.toks[i]
	if c.opt.NoInference || !tk.capital || s.allCaps || len(tk.up) < 6 {
		return -1
	}
	if i+1 < len(s.toks) && s.toks[i+1].capital {
		return -1 // part of a longer name
	}
	u := tk.up
	found := int32(-1)
	for _, n := range c.t.stateNames[u[0]] {
		if d := len(n.word) - len(u); d > 1 || d < -1 || n.word[len(n.word)-2:] != u[len(u)-2:] || !withinOneEdit(n.word, u) {
			continue
		}
		if found >= 0 && found != n.rec {
			return -1
		}
		found = n.rec
	}
	if found >= 0 {
		if _, known := c.t.v.exact[u]; known {
			return -1
		}
	}
	return found
}

// isPronoun reports a personal pronoun that can stand for an actor.
func isPronoun(s *sentence, i int) bool {
	switch s.up(i) {
	case "HE", "SHE", "IT", "THEY", "HIM", "THEM":
		return true
	case "HER":
		// "her" is an object pronoun unless a noun follows ("her visit").
		if i+1 >= len(s.toks) || s.toks[i+1].punct != 0 {
			return true
		}
		switch s.up(i + 1) {
		case "TO", "IN", "ON", "FOR", "WITH", "AND", "AS", "AT", "BY", "FROM", "OVER", "ABOUT":
			return true
		}
	}
	return false
}

// isReportingVerb reports verbs that attribute a sentence to a speaker.
func isReportingVerb(u string) bool {
	switch u {
	case "SAID", "SAYS", "SAY", "REPORTED", "REPORTS", "ANNOUNCED", "STATED", "CLAIMED", "QUOTED", "CITED", "ADDED", "WROTE", "TOLD":
		return true
	}
	return false
}

// attribution finds who the sentence is attributed to: the actor phrase
// after "according to", the one before a reporting verb ("Interfax
// reported", "a State Department spokesperson said"), or the outlet after
// "told" ("told AFP"). It looks at all matches, before comma clauses are
// dropped, since attributions mostly stand in such clauses.
func (c *Coder) attribution(s *sentence, date dict.Date) Mention {
	run := func(from, to int) Mention { return c.phraseAt(s, from, to, date) }
	var found Mention
	for i := range s.toks {
		u := s.up(i)
		switch {
		case u == "ACCORDING" && i+1 < len(s.toks) && s.up(i+1) == "TO":
			if m := run(i+2, 0); m.Code != "" {
				return m
			}
		case u == "TOLD":
			if m := run(i+1, 0); m.Code != "" && strings.HasSuffix(m.Code, "MED") && found.Code == "" {
				found = m
			}
		case s.toks[i].report && found.Code == "":
			if m := run(-1, i); m.Code != "" {
				found = m
			}
		}
	}
	return found
}

// acronymOK reports whether a one-token actor at i may match: a short name
// such as UN, US or AU matches only when written in capitals, so that "Kim
// Jong Un" and "told us" are not the United Nations and the United States.
func (c *Coder) acronymOK(s *sentence, i int) bool {
	up := s.toks[i].up
	letters := 0
	for k := 0; k < len(up); k++ {
		if up[k] >= 'A' && up[k] <= 'Z' {
			letters++
		}
	}
	if letters > 3 {
		return true
	}
	orig := s.text[s.toks[i].start:s.toks[i].end]
	for k := 0; k < len(orig); k++ {
		if orig[k] >= 'a' && orig[k] <= 'z' {
			return false
		}
	}
	return true
}

// commaClauses marks as dead the tokens of short comma-delimited clauses
// ("…, a senior official said on Saturday.") so they neither give actors
// nor verbs.
func (c *Coder) commaClauses(s *sentence) {
	n := len(s.toks)
	if cap(s.live) < n {
		s.live = make([]bool, n)
	}
	s.live = s.live[:n]
	for i := range s.live {
		s.live[i] = true
	}
	o := c.opt.Comma
	if o.Off || s.mentionsOnly {
		return
	}
	var commas []int
	for i, tk := range s.toks {
		if tk.punct == ',' {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	words := func(a, b int) int { // word tokens in (a, b)
		k := 0
		for j := a + 1; j < b; j++ {
			if s.toks[j].punct == 0 {
				k++
			}
		}
		return k
	}
	kill := func(a, b int) { // inclusive of the commas at a and b when they exist
		if c.holdsEvent(s, a, b) || c.coordinated(s, a, b) {
			return
		}
		for j := a; j <= b && j < n; j++ {
			if j >= 0 {
				s.live[j] = false
			}
		}
	}
	end := n
	for end > 0 && s.toks[end-1].punct != 0 && s.toks[end-1].punct != ',' && s.toks[end-1].punct != ')' {
		end--
	}
	// A trailing clause: from the last comma to the end.
	last := commas[len(commas)-1]
	if w := words(last, end); o.EMax >= o.EMin && w >= o.EMin && w <= o.EMax && !c.holdsCompoundTail(s, last, end) && c.verbBefore(s, last) {
		kill(last, end-1)
	}
	// A leading clause.
	first := commas[0]
	if w := words(-1, first); o.BMax >= o.BMin && w >= o.BMin && w <= o.BMax && !c.holdsActorBeforeVerbOnly(s, first) {
		kill(0, first)
	}
	// Clauses in the middle.
	for k := 0; k+1 < len(commas); k++ {
		a, b := commas[k], commas[k+1]
		if w := words(a, b); o.Max >= o.Min && w >= o.Min && w <= o.Max && !c.isListItem(s, a, b) {
			kill(a, b-1)
		}
	}
}

// holdsEvent reports whether the clause in tokens [a, b] has an actor
// followed by a verb other than a reporting one ("…, when Russia invaded
// Ukraine"): such a clause is kept for the events it tells. The older
// programs drop it all the same (OneEventPerClause).
func (c *Coder) holdsEvent(s *sentence, a, b int) bool {
	if c.opt.OneEventPerClause {
		return false
	}
	actor := false
	for x := max(a, 0); x <= b && x < len(s.toks); x++ {
		if !actor {
			for _, m := range s.matches {
				if m.start == x && m.actor {
					actor = true
				}
			}
			continue
		}
		if s.toks[x].punct == 0 && !s.toks[x].report && c.isVerbWord(s, x) {
			return true
		}
	}
	return false
}

// verbBefore reports whether a live token before i starts a verb form: a
// clause may only be dropped when the sentence keeps a verb.
func (c *Coder) verbBefore(s *sentence, i int) bool {
	for x := 0; x < i; x++ {
		if s.live[x] && s.toks[x].punct == 0 && c.isVerbWord(s, x) {
			return true
		}
	}
	return false
}

// holdsCompoundTail reports whether the clause after the comma at i goes
// on a list of actors ("Mordor, Rohan, Fornost and Bree"). A clause with
// a reporting verb ("…, the World Food Program said") is an attribution,
// not a list item.
func (c *Coder) holdsCompoundTail(s *sentence, i, end int) bool {
	if !c.opt.NoInference {
		for x := i + 1; x < end; x++ {
			if s.toks[x].report {
				return false
			}
		}
	}
	return c.isListItem(s, i, end)
}

// coordinated reports a clause set off by commas that opens with "but",
// "and" or "yet" and a verb: ", but was still refusing admittance to
// Ghanaians," goes on the sentence; it is no aside.
func (c *Coder) coordinated(s *sentence, a, b int) bool {
	if c.opt.NoInference || a < 0 || a+1 >= len(s.toks) {
		return false
	}
	switch s.up(a + 1) {
	case "BUT", "AND", "YET":
	default:
		return false
	}
	for x := a + 2; x <= b && x < len(s.toks) && x <= a+5; x++ {
		if s.toks[x].punct == 0 && c.isVerbWord(s, x) {
			return true
		}
	}
	return false
}

// isListItem reports whether the comma at a separates two items of a list
// of actors: an actor phrase ends right before it and another begins soon
// after it ("…, and the awful Fornost").
func (c *Coder) isListItem(s *sentence, a, b int) bool {
	before := false
	for _, m := range s.matches {
		if m.end == a && c.listable(s, m) {
			before = true
		}
	}
	if !before {
		return false
	}
	j := a + 1
	for skipped := 0; j < b && skipped < 3; j++ {
		u := s.up(j)
		if u == "AND" || u == "THE" || u == "OR" {
			continue
		}
		if s.toks[j].punct != 0 || c.startsMatch(s, j) || s.toks[j].capital {
			break
		}
		skipped++
	}
	return j < b && c.startsMatch(s, j)
}

func (c *Coder) startsMatch(s *sentence, j int) bool {
	for _, m := range s.matches {
		if m.start == j && c.listable(s, m) {
			return true
		}
	}
	return false
}

// listable reports matches that can be items of a list of actors: actors,
// and names the document has placed. An agent after a comma opens an
// appositive ("Mira Toskanen, a senior aide to …"), not a list item.
func (c *Coder) listable(s *sentence, m match) bool {
	return m.actor || m.rec <= -2 && c.personCode(s, m) != ""
}

// holdsActorBeforeVerbOnly reports whether the leading clause before the
// first comma is the sentence's subject ("Arnor, Calenardhon and …"):
// such a clause must stay.
func (c *Coder) holdsActorBeforeVerbOnly(s *sentence, comma int) bool {
	for _, m := range s.matches {
		if m.start < comma {
			return true
		}
	}
	return false
}

// lowerWord reports a word with no upper-case ASCII letter.
func lowerWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			return false
		}
	}
	return true
}
