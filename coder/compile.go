package coder

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/entente/entente/dict"
)

// Coder codes sentences into events with a compiled dictionary set. It is
// safe for concurrent use; the compiled tables are shared read-only.
type Coder struct {
	t   *tables
	opt Options
}

// tables is the compiled form of a dict.Set.
type tables struct {
	v *vocab

	actors    *phraseTrie
	actorRecs []dict.Actor
	// person marks actor records that are people: those with an elite
	// ("…ELI") code for the years out of office, as leaders' records have.
	person []bool
	// people finds those records under names the dictionaries do not
	// list (a surname after a title, a misspelling).
	people *personIndex
	// stateNames holds the one-word names of six letters or more of the
	// records that name a state, by first letter, for misspellings.
	stateNames [256][]stateName

	agents    *phraseTrie
	agentRecs []dict.Agent

	verbs    *phraseTrie
	verbRecs []verbRec

	discards    *phraseTrie
	discardRecs []dict.Discard

	synsets map[string]*phraseTrie
	nouns   map[int32]bool

	// function words the parser needs, as vocabulary ids (-1 if absent).
	fn funcWords

	pool sync.Pool
}

type stateName struct {
	word string
	rec  int32
}

type verbRec struct {
	name     string
	code     dict.Code
	patterns []cpattern
}

// cpattern is a compiled pattern.
type cpattern struct {
	before, after []celem // before is stored in reverse: nearest the verb first
	code          dict.Code
	words         int // literal words and synsets: the pattern's specificity
	pos           dict.Pos
	// need holds word ids that must occur in the sentence for the pattern
	// to match: a quick test that spares most patterns the full search.
	need []int32
	// needAny holds, for each synset of the pattern, the first word ids of
	// its members: one of them must occur.
	needAny [][]int32
	// negation is set when the pattern itself holds the negation before
	// the verb ("NOT_* RULE_OUT": "did not rule out" is an intent, not a
	// negated rejection).
	negation bool
}

type celem struct {
	kind   dict.ElemKind
	id     int32 // ElemWord
	synset *phraseTrie
	alts   [][]celem
	group  []celem
	// adjacent means no other token may come between this element and the
	// one before it in matching order (towards or away from the verb).
	adjacent bool
}

// New compiles set into a coder with the given options.
func New(set *dict.Set, opt Options) (*Coder, error) {
	if set == nil {
		return nil, fmt.Errorf("coder: nil dictionary set")
	}
	t := &tables{
		v:        newVocab(),
		actors:   newPhraseTrie(),
		agents:   newPhraseTrie(),
		verbs:    newPhraseTrie(),
		discards: newPhraseTrie(),
		synsets:  make(map[string]*phraseTrie, len(set.Synsets)),
		nouns:    make(map[int32]bool),
	}
	ids := make([]int32, 0, 16)
	phraseIDs := func(p dict.Phrase) []int32 {
		ids = ids[:0]
		for _, w := range p {
			// A dictionary word is cut as text is ("DIDN'T" is DID N'T,
			// "KOREA'S" is KOREA 'S), or it could never match.
			if a, b, ok := splitClitic(w); ok {
				ids = append(ids, t.v.id(a), t.v.id(b))
				continue
			}
			ids = append(ids, t.v.id(w))
		}
		return ids
	}
	// The records keep what coding needs, not their names, so that the
	// caller's Set can be freed once compiled.
	t.actorRecs = make([]dict.Actor, len(set.Actors))
	t.person = make([]bool, len(set.Actors))
	t.people = newPersonIndex()
	for i := range set.Actors {
		for _, dc := range set.Actors[i].Codes {
			if strings.HasSuffix(dc.Code, "ELI") {
				t.person[i] = true
			}
		}
		t.actorRecs[i] = dict.Actor{Codes: set.Actors[i].Codes, Pos: set.Actors[i].Pos}
		for _, n := range set.Actors[i].Names {
			if len(n) > 0 {
				t.actors.add(phraseIDs(n), int32(i))
				if t.person[i] {
					t.people.add(n, int32(i))
				}
				if len(n) == 1 && len(n[0].Text) >= 6 && !n[0].Stem && namesState(set.Actors[i].Codes) {
					w := n[0].Text
					t.stateNames[w[0]] = append(t.stateNames[w[0]], stateName{word: w, rec: int32(i)})
				}
			}
		}
	}
	t.agentRecs = make([]dict.Agent, len(set.Agents))
	for i := range set.Agents {
		a := &set.Agents[i]
		t.agentRecs[i] = dict.Agent{Code: a.Code, Before: a.Before, Pos: a.Pos}
		for _, n := range set.Agents[i].Names {
			if len(n) > 0 {
				t.agents.add(phraseIDs(n), int32(i))
			}
		}
	}
	t.discardRecs = make([]dict.Discard, len(set.Discards))
	for i := range set.Discards {
		t.discardRecs[i] = dict.Discard{Story: set.Discards[i].Story, Pos: set.Discards[i].Pos}
		if len(set.Discards[i].Phrase) > 0 {
			t.discards.add(phraseIDs(set.Discards[i].Phrase), int32(i))
		}
	}
	for _, n := range set.Nouns {
		if len(n) == 1 {
			t.nouns[t.v.id(n[0])] = true
		}
	}
	// Synsets may refer to each other ("+&TIETYPES"); members that name a
	// synset are expanded, with a depth bound against cycles.
	for label := range set.Synsets {
		tr := newPhraseTrie()
		t.addSynset(tr, set.Synsets, label, 0, phraseIDs)
		t.synsets[label] = tr
	}
	compiled := make(map[*dict.Pattern][]cpattern)
	for i := range set.Verbs {
		vb := &set.Verbs[i]
		rec := verbRec{name: vb.Name, code: vb.Code}
		// The verbs of a PETRARCH block share one pattern slice: compile it
		// once.
		if len(vb.Patterns) > 0 {
			key := &vb.Patterns[0]
			if cps, ok := compiled[key]; ok {
				rec.patterns = cps
			} else {
				for _, p := range vb.Patterns {
					for _, x := range expandAlts(p) {
						rec.patterns = append(rec.patterns, t.compilePattern(x))
					}
				}
				// Most specific first; the sort is stable so file order
				// breaks ties.
				sort.SliceStable(rec.patterns, func(a, b int) bool { return rec.patterns[a].words > rec.patterns[b].words })
				compiled[key] = rec.patterns
			}
		}
		t.verbRecs = append(t.verbRecs, rec)
		for _, f := range vb.Forms {
			if len(f) > 0 {
				t.verbs.add(phraseIDs(f), int32(len(t.verbRecs)-1))
			}
		}
	}
	t.fn = newFuncWords(t.v)
	for _, tr := range []*phraseTrie{t.actors, t.agents, t.verbs, t.discards} {
		tr.seal(t.v.n)
	}
	for _, tr := range t.synsets {
		tr.seal(t.v.n)
	}
	return &Coder{t: t, opt: opt}, nil
}

// WithOptions returns a coder that shares c's compiled dictionaries and
// uses opt.
func (c *Coder) WithOptions(opt Options) *Coder { return &Coder{t: c.t, opt: opt} }

// Options returns the coder's options.
func (c *Coder) Options() Options { return c.opt }

func (t *tables) addSynset(tr *phraseTrie, all map[string][]dict.Phrase, label string, depth int, phraseIDs func(dict.Phrase) []int32) {
	if depth > 8 {
		return
	}
	for _, m := range all[label] {
		if len(m) == 1 && strings.HasPrefix(m[0].Text, "&") {
			t.addSynset(tr, all, strings.TrimPrefix(m[0].Text, "&"), depth+1, phraseIDs)
			continue
		}
		if len(m) > 0 {
			tr.add(phraseIDs(m), 0)
		}
	}
}

// maxAltExpansion bounds how many plain patterns one pattern with
// alternatives may become; beyond it the alternatives are matched as they
// stand, which is slower.
const maxAltExpansion = 64

// expandAlts turns a pattern with alternatives ("{ A | B }") into plain
// patterns, one per combination, after inlining PETRARCH-2 groups, which
// match as the sequences they hold. Plain patterns are faster to match and
// each gets its own quick word test.
func expandAlts(p dict.Pattern) []dict.Pattern {
	p.Before, p.After = flattenGroups(p.Before), flattenGroups(p.After)
	out := []dict.Pattern{p}
	for {
		var next []dict.Pattern
		changed := false
		for _, q := range out {
			side, i := &q.Before, altIndex(q.Before)
			if i < 0 {
				side, i = &q.After, altIndex(q.After)
			}
			if i < 0 {
				next = append(next, q)
				continue
			}
			changed = true
			alt := (*side)[i]
			for _, a := range alt.Alts {
				r := q
				seq := make([]dict.Elem, 0, len(*side)+len(a))
				seq = append(seq, (*side)[:i]...)
				a = flattenGroups(a)
				if len(a) > 0 {
					a = append([]dict.Elem(nil), a...)
					a[len(a)-1].Next = alt.Next
				}
				seq = append(seq, a...)
				seq = append(seq, (*side)[i+1:]...)
				if side == &q.Before {
					r.Before = seq
				} else {
					r.After = seq
				}
				next = append(next, r)
			}
		}
		if !changed {
			return out
		}
		if len(next) > maxAltExpansion {
			return []dict.Pattern{p}
		}
		out = next
	}
}

func altIndex(es []dict.Elem) int {
	for i, e := range es {
		if e.Kind == dict.ElemAlt {
			return i
		}
	}
	return -1
}

// flattenGroups inlines ElemGroup elements; the group's join to what
// follows it passes to its last element.
func flattenGroups(es []dict.Elem) []dict.Elem {
	has := false
	for _, e := range es {
		if e.Kind == dict.ElemGroup {
			has = true
			break
		}
	}
	if !has {
		return es
	}
	var out []dict.Elem
	for _, e := range es {
		if e.Kind != dict.ElemGroup {
			out = append(out, e)
			continue
		}
		g := flattenGroups(e.Group)
		if len(g) == 0 {
			continue
		}
		g = append([]dict.Elem(nil), g...)
		g[len(g)-1].Next = e.Next
		out = append(out, g...)
	}
	return out
}

// expandClitics cuts pattern words the way text is cut (see splitClitic).
func expandClitics(es []dict.Elem) []dict.Elem {
	var out []dict.Elem
	for i, e := range es {
		if e.Kind == dict.ElemWord {
			if a, b, ok := splitClitic(e.Word); ok {
				if out == nil {
					out = append(out, es[:i]...)
				}
				ea, eb := e, e
				ea.Word, ea.Next = a, dict.JoinNext
				eb.Word = b
				out = append(out, ea, eb)
				continue
			}
		}
		if e.Kind == dict.ElemAlt {
			for k := range e.Alts {
				e.Alts[k] = expandClitics(e.Alts[k])
			}
		}
		if e.Kind == dict.ElemGroup {
			e.Group = expandClitics(e.Group)
		}
		if out != nil {
			out = append(out, e)
		}
	}
	if out == nil {
		return es
	}
	return out
}

func (t *tables) compilePattern(p dict.Pattern) cpattern {
	cp := cpattern{code: p.Code, pos: p.Pos}
	p.Before, p.After = expandClitics(p.Before), expandClitics(p.After)
	// Before is written in sentence order; matching walks away from the
	// verb, so reverse it. An element's Next says how it joins the element
	// after it in sentence order: for the reversed list that is the
	// adjacency of the element nearer the verb to this one.
	n := len(p.Before)
	for _, e := range p.Before {
		if e.Kind == dict.ElemWord && isNegation(e.Word.Text) {
			cp.negation = true
		}
	}
	for i := n - 1; i >= 0; i-- {
		e := t.compileElem(p.Before[i], &cp.words)
		e.adjacent = p.Before[i].Next == dict.JoinNext
		cp.before = append(cp.before, e)
	}
	for _, e := range cp.before {
		cp.addNeed(e)
	}
	for i, el := range p.After {
		e := t.compileElem(el, &cp.words)
		cp.addNeed(e)
		if i == 0 {
			e.adjacent = p.VerbNext == dict.JoinNext
		} else {
			e.adjacent = p.After[i-1].Next == dict.JoinNext
		}
		cp.after = append(cp.after, e)
	}
	return cp
}

// addNeed records what element e requires of a sentence.
func (cp *cpattern) addNeed(e celem) {
	switch e.kind {
	case dict.ElemWord:
		cp.need = append(cp.need, e.id)
	case dict.ElemSynset:
		if e.synset != nil {
			cp.needAny = append(cp.needAny, e.synset.firstIDs())
		}
	}
}

// splitClitic cuts a word that ends in a clitic the tokenizer splits off:
// "N'T" or "'S".
func splitClitic(w dict.Word) (dict.Word, dict.Word, bool) {
	for _, suf := range []string{"N'T", "'S"} {
		if len(w.Text) > len(suf) && strings.HasSuffix(w.Text, suf) {
			a := dict.Word{Text: w.Text[:len(w.Text)-len(suf)], Next: dict.JoinNext}
			b := dict.Word{Text: suf, Next: w.Next}
			return a, b, true
		}
	}
	return w, w, false
}

func (t *tables) compileElem(el dict.Elem, words *int) celem {
	e := celem{kind: el.Kind}
	switch el.Kind {
	case dict.ElemWord:
		if strings.HasPrefix(el.Word.Text, "&") {
			e.kind = dict.ElemSynset
			e.synset = t.synsets[strings.TrimPrefix(el.Word.Text, "&")]
		} else {
			e.id = t.v.id(el.Word)
		}
		*words++
	case dict.ElemSynset:
		e.synset = t.synsets[el.Label]
		*words++
	case dict.ElemAlt:
		for _, alt := range el.Alts {
			var ce []celem
			w := 0
			for i, a := range alt {
				x := t.compileElem(a, &w)
				x.adjacent = i == 0 || alt[i-1].Next == dict.JoinNext
				ce = append(ce, x)
			}
			e.alts = append(e.alts, ce)
		}
		*words++
	case dict.ElemGroup:
		for i, a := range el.Group {
			x := t.compileElem(a, words)
			x.adjacent = i == 0 || el.Group[i-1].Next == dict.JoinNext
			e.group = append(e.group, x)
		}
	}
	return e
}

// isNegation reports the words that negate a verb before it.
func isNegation(u string) bool {
	switch u {
	case "NOT", "N'T", "NEVER":
		return true
	}
	return false
}

// namesState reports a record whose codes are a state's code alone.
func namesState(codes []dict.DatedCode) bool {
	for _, dc := range codes {
		if len(dc.Code) != 3 || !stateCodes[dc.Code] {
			return false
		}
	}
	return len(codes) > 0
}
