// Package fact reads the standing relations and figures that a sentence
// states — trade figures, arms supply, sanctions regimes, defense pacts and
// their terms, partnerships, memberships and offices held — into
// event.Fact records, each with the words that state it.
//
// It is a plain function over what the earlier stages found: the
// sentence's actor mentions (coder.Coder.Mentions), the events coded from
// it and its time expressions (timex). It knows no actors itself, only the
// words that signal each kind of fact; a party is always an actor mention,
// so a fact is only as complete as the mentions are. See docs/facts.md for
// the patterns and the record's fields.
package fact

import (
	"slices"
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
	"github.com/entente/entente/timex"
)

// Mention is an actor phrase of the sentence; offsets are bytes into
// Sentence.Text.
type Mention struct {
	// Code is the phrase's full actor code ("RUSGOV"); Actor the actor's
	// own ("RUS"), empty for a phrase of agents alone ("officials"), whose
	// Code starts with "---".
	Code, Actor string
	Start, End  int
	// PersonStart and PersonEnd give the person's name when the phrase
	// names one; RoleStart and RoleEnd the title ("Deputy Defense
	// Minister"). Both pairs are 0, 0 when absent.
	PersonStart, PersonEnd int
	RoleStart, RoleEnd     int
}

// Event is an event the coder coded from the sentence: facts take their
// dyad, modality and date from the event on the same verb, where there is
// one.
type Event struct {
	// Source and Target are actor codes; Target is empty when none.
	Source, Target string
	CAMEO          string
	// VerbStart and VerbEnd are the bytes of the verb in Sentence.Text.
	VerbStart, VerbEnd int
	Modality           string
	// Date is the event's normalised date; nil when it has none.
	Date *event.Date
}

// Sentence is one sentence as the extractor reads it.
type Sentence struct {
	Text string
	// Start is the sentence's byte offset in its document: facts' spans
	// are given in document bytes.
	Start    int
	Mentions []Mention
	Events   []Event
	// Times are the time expressions timex.Resolver found in Text, and
	// Anchor the document's time they were resolved against.
	Times  []timex.Timex
	Anchor timex.Anchor
	// Attribution is who the sentence is attributed to ("…, Interfax
	// reported"); nil when no one. AttributionStart and AttributionEnd are
	// its bytes in Text: a fact whose evidence holds them is not
	// attributed to them ("… sanctions on North Korea and said …" is not
	// North Korea's claim).
	Attribution                      *event.Attribution
	AttributionStart, AttributionEnd int
}

// Extract returns the facts sentence s states, in text order. Records
// have Kind "fact", Type, Sentence, Evidence and the fields their type
// uses; Doc and ID are left to the caller. Two patterns stating the same
// fact in one sentence give one record.
func Extract(s Sentence) []event.Fact {
	var x Extractor
	return x.Extract(s)
}

// Extractor is Extract with scratch space kept from one sentence to the
// next, for a caller that reads many. The zero value is ready to use; an
// Extractor is for one goroutine at a time.
type Extractor struct {
	r    reader
	sent Sentence // the sentence being read: r points here
}

// Extract returns the facts sentence s states, as the function Extract
// does.
func (x *Extractor) Extract(s Sentence) []event.Fact {
	if s.Text == "" {
		return nil
	}
	r := &x.r
	x.sent = s
	r.reset(&x.sent)
	defer func() { r.s, x.sent = nil, Sentence{} }()
	if len(r.toks) == 0 {
		return nil
	}
	// Each family of patterns runs only when the sentence holds one of
	// its words: a sentence with a title alone only reads offices.
	if r.families&famTrade != 0 {
		r.trade()
	}
	if r.families&famArms != 0 {
		r.arms()
	}
	if r.families&famSanctions != 0 {
		r.sanctions()
	}
	if r.families&famPacts != 0 {
		r.pacts()
	}
	if r.families&famMembership != 0 {
		r.memberships()
	}
	r.offices()
	return r.finish()
}

// Families of patterns, as bits.
const (
	famTrade = 1 << iota
	famArms
	famSanctions
	famPacts
	famMembership
)

// family returns the families of patterns a lower-case word may start or
// hold.
func family(w string) int {
	switch {
	case tradeHeadWord(w) || w == "trading":
		return famTrade
	case w == "sanctions" || w == "sanction" || w == "sanctioned" || w == "sanctioning" || w == "embargo" || w == "embargoes":
		return famSanctions
	case supplierNoun(w) || supplyVerb(w) || supplyNoun(w) || receiveVerb(w):
		return famArms
	case pactNoun(w) || termNoun(w) || w == "come" || w == "came" || w == "comes" || w == "coming" || w == "defend" ||
		w == "defending" || w == "protect" || w == "attack" || w == "provide" || w == "render" || w == "offer" ||
		w == "extend" || w == "give" || w == "partnership" || w == "partnerships" || w == "partners" || w == "partner":
		return famPacts
	case memberWord(w):
		return famMembership
	}
	return 0
}

// tok is a token of the sentence with its lower-case text.
type tok struct {
	start, end int
	w          string
	kind       segment.TokenKind
	capital    bool
}

// party is an actor phrase over tokens [start, end): the mentions with
// that span, one code each.
type party struct {
	start, end int
	mentions   []int
	// s0 and s1 bound the party's actors in reader.sideBuf.
	s0, s1 int
}

// found is a fact in the making, over tokens [from, to).
type found struct {
	fact     event.Fact
	from, to int
}

// reader holds one sentence's tokens and parties while its facts are read.
type reader struct {
	s       *Sentence
	stoks   []segment.Token
	low     []byte
	toks    []tok
	parties []party
	at      []int // token → party index, -1
	out     []found
	keep    []found
	// families are the families of patterns whose words the sentence
	// holds.
	families int
	// idx holds 0, 1, 2 …: a compound is a run of it (parties are in text
	// order); sideBuf the actors of every party.
	idx     []int
	sideBuf []side
}

// reset makes r read sentence s, reusing its scratch.
func (r *reader) reset(s *Sentence) {
	r.s = s
	r.toks, r.out, r.families = r.toks[:0], r.out[:0], 0
	for i := range r.parties {
		r.parties[i].mentions = r.parties[i].mentions[:0]
	}
	r.parties = r.parties[:0]
	r.stoks = segment.Tokenize(s.Text, 0, r.stoks[:0])
	// One lower-case copy of the sentence, its bytes where they were: the
	// words are cut from it without allocating each.
	r.low = append(r.low[:0], s.Text...)
	for i, c := range r.low {
		if c >= 'A' && c <= 'Z' {
			r.low[i] = c + 'a' - 'A'
		}
	}
	low := string(r.low)
	curly := strings.Contains(low, "\u2019")
	for _, t := range r.stoks {
		text := s.Text[t.Start:t.End]
		w := low[t.Start:t.End]
		if curly && strings.Contains(w, "\u2019") {
			w = strings.ReplaceAll(w, "\u2019", "'")
		}
		r.toks = append(r.toks, tok{start: t.Start, end: t.End, w: w, kind: t.Kind, capital: text[0] >= 'A' && text[0] <= 'Z'})
		r.families |= family(w)
	}
	r.at = slices.Grow(r.at[:0], len(r.toks))[:len(r.toks)]
	for i := range r.at {
		r.at[i] = -1
	}
	for mi, m := range s.Mentions {
		if !validMention(m, len(s.Text)) {
			continue
		}
		a, b := r.tokenRange(m.Start, m.End)
		if a >= b {
			// Part of a word: "China" in "China-Russia". The parts of one
			// word make one party with a code each.
			for _, k := range []int{a, a - 1} {
				if k >= 0 && k < len(r.toks) && r.toks[k].start <= m.Start && m.End <= r.toks[k].end {
					a, b = k, k+1
					break
				}
			}
		}
		if a >= b {
			continue
		}
		k := slices.IndexFunc(r.parties, func(p party) bool { return p.start == a && p.end == b })
		if k < 0 {
			if slices.ContainsFunc(r.at[a:b], func(x int) bool { return x >= 0 }) {
				continue // overlaps a phrase already placed
			}
			if len(r.parties) < cap(r.parties) {
				// Keep the mentions slice of the party that stood here.
				r.parties = r.parties[:len(r.parties)+1]
				r.parties[len(r.parties)-1].start, r.parties[len(r.parties)-1].end = a, b
			} else {
				r.parties = append(r.parties, party{start: a, end: b})
			}
			k = len(r.parties) - 1
			for x := a; x < b; x++ {
				r.at[x] = k
			}
		}
		r.parties[k].mentions = append(r.parties[k].mentions, mi)
	}
	// Parties in text order (the mentions mostly are; a reference may
	// come late), each with its actors worked out once.
	slices.SortFunc(r.parties, func(a, b party) int { return a.start - b.start })
	r.idx = r.idx[:0]
	r.sideBuf = r.sideBuf[:0]
	for k := range r.parties {
		p := &r.parties[k]
		for x := p.start; x < p.end; x++ {
			r.at[x] = k
		}
		r.idx = append(r.idx, k)
		from := len(r.sideBuf)
		for _, mi := range p.mentions {
			m := s.Mentions[mi]
			if strings.HasPrefix(m.Code, "---") {
				continue
			}
			sd := side{code: m.Code, p: k}
			if m.PersonEnd > m.PersonStart && m.PersonEnd <= len(s.Text) {
				sd.person = s.Text[m.PersonStart:m.PersonEnd]
			}
			r.sideBuf = append(r.sideBuf, sd)
		}
		p.s0, p.s1 = from, len(r.sideBuf)
	}
}

// validMention reports whether m can be read in a sentence of n bytes:
// a code, and spans inside the sentence (person and title ones empty or
// in order).
func validMention(m Mention, n int) bool {
	in := func(a, b int) bool { return 0 <= a && a <= b && b <= n }
	return m.Code != "" && m.Start < m.End && in(m.Start, m.End) && in(m.PersonStart, m.PersonEnd) && in(m.RoleStart, m.RoleEnd)
}

// tokenRange returns the tokens that lie within bytes [start, end).
func (r *reader) tokenRange(start, end int) (int, int) {
	a, _ := slices.BinarySearchFunc(r.toks, start, func(t tok, at int) int { return t.start - at })
	b := a
	for b < len(r.toks) && r.toks[b].end <= end {
		b++
	}
	return a, b
}

// w returns the lower-case word at i, or "" outside the sentence.
func (r *reader) w(i int) string {
	if i < 0 || i >= len(r.toks) {
		return ""
	}
	return r.toks[i].w
}

// partyAt returns the party that starts at token i, or -1.
func (r *reader) partyAt(i int) int {
	if i < 0 || i >= len(r.toks) {
		return -1
	}
	if p := r.at[i]; p >= 0 && r.parties[p].start == i {
		return p
	}
	return -1
}

// partyEndingAt returns the party whose last token is i-1, or -1.
func (r *reader) partyEndingAt(i int) int {
	if i <= 0 || i > len(r.toks) {
		return -1
	}
	if p := r.at[i-1]; p >= 0 && r.parties[p].end == i {
		return p
	}
	return -1
}

// partyAfterCount returns the party at token i, or after a count that
// stands before it ("more than 300 Chinese companies", "dozens of Iranian
// officials", "three Russian banks"); -1 when none.
func (r *reader) partyAfterCount(i int) int {
	for k := i; k < len(r.toks) && k < i+5; k++ {
		if p := r.partyAt(k); p >= 0 {
			return p
		}
		switch w := r.w(k); {
		case r.toks[k].kind == segment.Number, countWord(w):
		default:
			return -1
		}
	}
	return -1
}

// countWord reports the words of a count before a noun.
func countWord(w string) bool {
	switch w {
	case "more", "than", "over", "nearly", "almost", "about", "around", "some", "several", "dozens", "hundreds",
		"thousands", "of", "at", "least", "a", "an", "the", "few", "number", "two", "three", "four", "five", "six",
		"seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "hundred", "its", "their", "other", "many", "top", "senior":
		return true
	}
	return false
}

// side is one party of a fact: an actor code, with the person's name when
// the mention names one.
type side struct {
	code, person string
	p            int // party index
}

// sides returns the actors of party p (several when its mention stands
// for several). The slice is the reader's: appending to it copies.
func (r *reader) sides(p int) []side {
	if p < 0 {
		return nil
	}
	q := r.parties[p]
	return r.sideBuf[q.s0:q.s1:q.s1]
}

// compound returns the parties listed with p ("Russia and Vietnam",
// "Finland, Sweden and Norway"), p included, in text order, and the token
// after the last. Commas alone do not make a list ("in Ukraine, Russia
// said"): one of the joins must be "and" or "or". The slice is the
// reader's: appending to it copies.
func (r *reader) compound(p int) ([]int, int) {
	if p < 0 {
		return nil, -1
	}
	isJoin := func(i int) bool { return r.w(i) == "," || r.w(i) == "and" || r.w(i) == "or" || r.glued(i) }
	// joined reports whether parties q and q+1 are joined, and by "and".
	joined := func(q int) (bool, bool) {
		a, b := r.parties[q].end, r.parties[q+1].start
		and := false
		for i := a; i < b; i++ {
			if !isJoin(i) {
				return false, false
			}
			and = and || r.w(i) != ","
		}
		return a < b, and
	}
	first, last := p, p
	listed := false
	for first > 0 {
		ok, and := joined(first - 1)
		if !ok {
			break
		}
		listed = listed || and
		first--
	}
	for last+1 < len(r.parties) {
		ok, and := joined(last)
		if !ok {
			break
		}
		listed = listed || and
		last++
	}
	if !listed || last-first == 1 && r.w(r.parties[first].end) == "," && r.w(r.parties[first].end+1) == "and" {
		// Two parties joined by ", and" are mostly two clauses ("… from
		// Iran, and Washington says …"); a list of two has no comma.
		first, last = p, p
	}
	return r.idx[first : last+1 : last+1], r.parties[last].end
}

// glued reports a hyphen written between two words without spaces, as
// in "U.S.-Japan": it joins a pair as "and" does.
func (r *reader) glued(i int) bool {
	if i <= 0 || i+1 >= len(r.toks) || r.toks[i].kind != segment.Punct || r.w(i) != "-" {
		return false
	}
	return r.toks[i-1].end == r.toks[i].start && r.toks[i].end == r.toks[i+1].start
}

// pairBefore returns the actors of a pair or list that stands right
// before token b as an adjective ("the China-Russia partnership", "the
// U.S.-Japan alliance"): a compound of two or more, or one party that
// names two (the parts of "China-Russia"); nil otherwise.
func (r *reader) pairBefore(b int) []side {
	p := r.partyEndingAt(b)
	if p < 0 {
		return nil
	}
	if ss := r.compoundSides(p); len(codes(ss)) >= 2 {
		return ss
	}
	return nil
}

// compoundSides returns the actors of p's compound.
func (r *reader) compoundSides(p int) []side {
	ps, _ := r.compound(p)
	if len(ps) == 1 {
		return r.sides(p)
	}
	q, z := r.parties[ps[0]], r.parties[ps[len(ps)-1]]
	return r.sideBuf[q.s0:z.s1:z.s1]
}

// text returns the sentence's bytes from token a to token b-1.
func (r *reader) text(a, b int) string {
	if a < 0 || b > len(r.toks) || a >= b {
		return ""
	}
	return r.s.Text[r.toks[a].start:r.toks[b-1].end]
}

// add records a fact over tokens [from, to).
func (r *reader) add(f event.Fact, from, to int) {
	if from < 0 {
		from = 0
	}
	if to > len(r.toks) {
		to = len(r.toks)
	}
	if from >= to {
		return
	}
	if f.Modality == "" {
		f.Modality = event.Asserted
	}
	if f.Attribution == nil && r.s.Attribution != nil && f.Type != event.FactOffice && !strings.HasPrefix(r.s.Attribution.Code, "---") {
		if r.s.AttributionEnd <= r.toks[from].start || r.s.AttributionStart >= r.toks[to-1].end {
			a := *r.s.Attribution
			f.Attribution = &a
		}
	}
	r.out = append(r.out, found{fact: f, from: from, to: to})
}

// finish merges the facts that two patterns of the sentence found alike
// and returns them in text order with their spans in document bytes.
func (r *reader) finish() []event.Fact {
	slices.SortStableFunc(r.out, func(a, b found) int { return a.from - b.from })
	keep := r.keep[:0]
	defer func() { r.keep = keep[:0] }()
	for _, f := range r.out {
		if k := slices.IndexFunc(keep, func(g found) bool { return sameFact(g.fact, f.fact) }); k >= 0 {
			keep[k].merge(f)
			continue
		}
		keep = append(keep, f)
	}
	out := make([]event.Fact, 0, len(keep))
	for _, f := range keep {
		x := f.fact
		x.Kind = "fact"
		x.Sentence = event.Span{Start: r.s.Start, End: r.s.Start + len(r.s.Text), Text: r.s.Text}
		a, b := r.toks[f.from].start, r.toks[f.to-1].end
		x.Evidence = event.Span{Start: r.s.Start + a, End: r.s.Start + b, Text: r.s.Text[a:b]}
		if x.Parties == nil {
			x.Parties = []string{}
		}
		out = append(out, x)
	}
	return out
}

// sameFact reports two records of the same fact: type, ends, parties and
// person alike, and amounts that do not differ.
func sameFact(a, b event.Fact) bool {
	if a.Type != b.Type || a.Source != b.Source || a.Target != b.Target || a.Person != b.Person {
		return false
	}
	if (a.Amount != nil && b.Amount != nil) && *a.Amount != *b.Amount {
		return false
	}
	if a.Modality != b.Modality {
		return false
	}
	// The same parties in any order (a fact has few).
	if len(a.Parties) != len(b.Parties) {
		return false
	}
	for _, p := range a.Parties {
		if !slices.Contains(b.Parties, p) {
			return false
		}
	}
	return true
}

// merge folds g, the same fact found by another pattern, into f. The
// evidence grows to cover both when they overlap; the same fact told
// again further in the sentence keeps the first telling.
func (f *found) merge(g found) {
	if g.from < f.to && f.from < g.to {
		f.from, f.to = min(f.from, g.from), max(f.to, g.to)
	}
	x, y := &f.fact, g.fact
	x.Mutual = x.Mutual || y.Mutual
	if x.Amount == nil {
		x.Amount, x.ValueUSD = y.Amount, y.ValueUSD
	}
	if x.Year == 0 {
		x.Year = y.Year
	}
	if x.Since == "" {
		x.Since = y.Since
	}
	if x.Until == "" {
		x.Until = y.Until
	}
	if len(y.Level) > len(x.Level) {
		x.Level = y.Level
	}
	if x.Attribution == nil {
		x.Attribution = y.Attribution
	}
}

// codes returns the codes of ss, each once.
func codes(ss []side) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if !slices.Contains(out, s.code) {
			out = append(out, s.code)
		}
	}
	return out
}

// states returns the codes of the states (or organisations) ss belong to,
// each once: "RUSGOV" is RUS. Trade, pacts, partnerships and memberships
// bind states, whoever signs or speaks for them; sanctions and arms
// supply keep the full code, since their parties are often a ministry, a
// company or a person.
func states(ss []side) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if c := state(s.code); !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// state returns the state or organisation code of an actor code: its
// first three letters, or the whole code of an international
// organisation ("IGOWSTNAT").
func state(code string) string {
	if strings.HasPrefix(code, "IGO") || len(code) <= 3 {
		return code
	}
	return code[:3]
}
