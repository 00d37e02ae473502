package fact

import (
	"slices"
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// pactNoun reports nouns of an agreement between states; termNoun the
// nouns of what such an agreement binds its parties to.
func pactNoun(w string) bool {
	switch w {
	case "pact", "pacts", "treaty", "treaties", "alliance", "alliances", "agreement", "agreements", "accord",
		"accords", "deal", "arrangement", "arrangements":
		return true
	}
	return false
}

func termNoun(w string) bool {
	switch w {
	case "commitments", "commitment", "obligations", "obligation", "guarantees", "guarantee", "clause",
		"clauses", "provisions", "provision", "assurances", "pledge", "pledges":
		return true
	}
	return false
}

// defenseWord reports words that make a pact one of defense.
func defenseWord(w string) bool {
	switch w {
	case "defense", "defence", "mutual-defense", "mutual-defence", "security", "military", "collective",
		"assistance", "aid", "self-defense", "self-defence":
		return true
	}
	return false
}

// pactWord reports words that may stand in a pact's name without changing
// its kind ("the new mutual defense pact", "a 1961 treaty").
func pactWord(w string) bool {
	switch w {
	case "the", "a", "an", "their", "its", "new", "landmark", "historic", "bilateral", "trilateral", "strategic",
		"comprehensive", "formal", "mutual", "long-standing", "decades-old", "old", "existing", "proposed",
		"planned", "key", "major", "broad", "sweeping", "wide-ranging", "joint", "binding", "legally", "legally-binding":
		return true
	}
	return false
}

// notDefense reports words that make an agreement something other than a
// defense pact even with a defense word in it ("defense cooperation
// agreement", "military-technical agreement", "non-aggression pact").
func notDefense(w string) bool {
	switch w {
	case "cooperation", "co-operation", "industry", "industrial", "procurement", "technology", "technical",
		"military-technical", "trade", "economic", "nuclear", "peace", "ceasefire", "cease-fire", "grain",
		"non-aggression", "nonaggression", "neutrality", "arms", "purchase", "sales", "sale", "supply", "research", "space", "energy":
		return true
	}
	return false
}

// tieVerb reports verbs that make or mend a pact or a partnership;
// making those that date its start ("signed", "upgraded").
func tieVerb(w string) (ok, making bool) {
	switch w {
	case "sign", "signs", "signed", "signing", "ink", "inks", "inked", "inking", "conclude", "concludes",
		"concluded", "concluding", "strike", "strikes", "struck", "striking", "forge", "forges", "forged",
		"forging", "seal", "seals", "sealed", "sealing", "ratify", "ratifies", "ratified", "ratifying",
		"establish", "establishes", "established", "establishing", "form", "forms", "formed", "forming",
		"upgrade", "upgrades", "upgraded", "upgrading", "elevate", "elevates", "elevated", "elevating",
		"agree", "agrees", "agreed", "agreeing", "reach", "reaches", "reached", "reaching", "enter", "entered",
		"entering", "launch", "launched", "launching":
		return true, true
	case "renew", "renewed", "renewing", "deepen", "deepened", "deepening", "strengthen", "strengthened",
		"strengthening", "expand", "expanded", "expanding", "develop", "developed", "developing", "build", "built",
		"building", "cement", "cemented", "cementing", "boost", "boosted", "boosting":
		return true, false
	}
	return false, false
}

// tie is a pact or partnership noun read with its parties.
type tie struct {
	head, from, to int
	parties        []side
	since, mood    string
	level          string
}

// tieAt reads the pact or partnership noun at h, whose name starts at
// token b: its parties — "between A and B", "A's … with B", "A and B's …",
// the dyad of the event on the verb that makes it ("signing a pact with
// B"), or the subject of that verb ("A and B signed a pact") — the date
// the verb gives it (or "since …"), and the mood.
func (r *reader) tieAt(b, h int) tie {
	ca, cb := r.clause(h)
	t := tie{head: h, from: b, to: h + 1}
	e := h + 1
	var own, partner []side
	if w := r.w(e); w == "between" || w == "among" {
		if p := r.partyAt(e + 1); p >= 0 {
			t.parties, t.to = r.compoundSides(p), r.compoundEnd(p)
		}
	}
	if b > 0 && r.toks[b-1].kind == segment.Possessive {
		if p := r.partyEndingAt(b - 1); p >= 0 {
			own, t.from = r.compoundSides(p), r.parties[r.firstOf(p)].start
		}
	}
	if pair := r.pairBefore(b); len(pair) > 0 && len(t.parties) == 0 {
		// "the China-Russia partnership", "the U.S.-Japan alliance".
		t.parties, t.from = pair, r.parties[r.firstOf(r.partyEndingAt(b))].start
	}
	if len(t.parties) == 0 && r.w(e) == "with" {
		if p := r.partyAt(e + 1); p >= 0 {
			partner, t.to = r.compoundSides(p), r.compoundEnd(p)
		}
	}
	verb := -1
	for v := b - 1; v >= ca && v >= b-5; v-- {
		if ok, _ := tieVerb(r.w(v)); ok {
			verb = v
			break
		}
		if r.at[v] >= 0 {
			break
		}
	}
	if len(t.parties) == 0 {
		switch {
		case len(own) > 0 && len(partner) > 0:
			t.parties = append(own, partner...)
		case len(own) >= 2:
			t.parties = own
		case verb >= 0:
			var subj, objs []side
			for _, ev := range r.eventsAt(verb) {
				subj = appendSide(subj, side{code: ev.Source, p: -1})
				if ev.Target != "" {
					objs = appendSide(objs, side{code: ev.Target, p: -1})
				}
			}
			if s, _ := r.subject(verb); len(s) > 0 {
				subj, t.from = r.sidesOf(s), r.parties[s[0]].start
			}
			switch {
			case len(partner) > 0:
				t.parties = append(subj, partner...)
			case len(subj) >= 2:
				t.parties = subj
			default:
				t.parties = append(subj, objs...)
			}
			t.from = min(t.from, verb)
		}
	}
	t.parties = uniqueSides(t.parties)
	t.mood = r.phraseMood(b, h)
	if verb >= 0 {
		t.from = min(t.from, verb)
		if m := r.mood(verb); m != event.Asserted {
			t.mood = m
		}
		if _, making := tieVerb(r.w(verb)); making {
			t.since = r.verbDate(verb, true)
		}
	}
	if t.since == "" {
		t.since = r.sinceIn(h, cb)
	}
	return t
}

// appendSide appends s unless a side with its code is there.
func appendSide(ss []side, s side) []side {
	if s.code == "" || slices.ContainsFunc(ss, func(x side) bool { return x.code == s.code }) {
		return ss
	}
	return append(ss, s)
}

// uniqueSides drops sides whose code came before.
func uniqueSides(ss []side) []side {
	var out []side
	for _, s := range ss {
		out = appendSide(out, s)
	}
	return out
}

// term is a defense obligation a sentence states, over tokens [from, to).
type term struct {
	from, to int
	mutual   bool
	// guarantor and guarded are set for a one-sided obligation ("A
	// pledged to come to B's aid").
	guarantor, guarded []side
}

// terms finds the defense obligations of the sentence: "come to each
// other's aid", "come to the aid of B", "defend each other", "an attack on
// one is an attack on all", "provide military assistance if attacked",
// and "mutual defense commitments".
func (r *reader) terms() []term {
	var out []term
	for i := 0; i < len(r.toks); i++ {
		switch w := r.w(i); {
		case w == "come" || w == "coming" || w == "came" || w == "comes":
			if r.w(i+1) != "to" {
				continue
			}
			k := i + 2
			t := term{from: i}
			switch {
			case r.w(k) == "each" && r.w(k+1) == "other" || r.w(k) == "one" && r.w(k+1) == "another":
				t.mutual, k = true, k+2
				if r.w(k) == "'s" || r.w(k) == "'" {
					k++
				}
			case r.w(k) == "the" || r.w(k) == "its" || r.w(k) == "their" || r.w(k) == "his" || r.w(k) == "her":
				k++
			default:
				if p := r.partyAt(k); p >= 0 && r.parties[p].end < len(r.toks) && r.toks[r.parties[p].end].kind == segment.Possessive {
					t.guarded, k = r.sides(p), r.parties[p].end+1
				}
			}
			if !aidWord(r.w(k)) {
				continue
			}
			t.to = k + 1
			if r.w(k+1) == "of" && r.partyAt(k+2) >= 0 && !t.mutual {
				p := r.partyAt(k + 2)
				t.guarded, t.to = r.compoundSides(p), r.compoundEnd(p)
			}
			r.condition(&t)
			out = r.addTerm(out, t, i)
		case w == "defend" || w == "defending" || w == "protect":
			if r.w(i+1) == "each" && r.w(i+2) == "other" || r.w(i+1) == "one" && r.w(i+2) == "another" {
				t := term{from: i, to: i + 3, mutual: true}
				r.condition(&t)
				out = append(out, t)
				continue
			}
			// "is obliged to defend the Philippines (if it is attacked)".
			if p := r.partyAt(i + 1); p >= 0 && r.w(i-1) == "to" && obligation(r.w(i-2)) {
				t := term{from: i, to: r.compoundEnd(p), guarded: r.compoundSides(p)}
				r.condition(&t)
				out = r.addTerm(out, t, i)
			}
		case w == "attack" && r.w(i+1) == "on" && r.w(i+2) == "one":
			for k := i + 3; k < len(r.toks) && k < i+10; k++ {
				if r.w(k) == "attack" && r.w(k+1) == "on" && (r.w(k+2) == "all" || r.w(k+2) == "both") {
					out = append(out, term{from: i, to: k + 3, mutual: true})
					break
				}
			}
		case termNoun(w):
			a := i
			defense, mutual := false, false
			for a > 0 && (defenseWord(r.w(a-1)) || pactWord(r.w(a-1))) {
				defense = defense || defenseWord(r.w(a-1))
				mutual = mutual || r.w(a-1) == "mutual" || strings.HasPrefix(r.w(a-1), "mutual-") || r.w(a-1) == "collective"
				a--
			}
			if defense && !r.spoiled(a, i) {
				out = append(out, term{from: a, to: i + 1, mutual: mutual})
			}
		case w == "provide" || w == "render" || w == "offer" || w == "extend" || w == "give":
			// "provide immediate military assistance … if either is attacked".
			k := i + 1
			for k < len(r.toks) && k < i+4 && !aidWord(r.w(k)) {
				k++
			}
			if !aidWord(r.w(k)) {
				continue
			}
			t := term{from: i, to: k + 1}
			if r.condition(&t) {
				// "obliges each country to provide assistance to the other".
				t.mutual = t.mutual || r.mutualIn(max(i-4, 0), t.to)
				out = r.addTerm(out, t, i)
			}
		}
	}
	return out
}

// addTerm adds a term whose verb is at i, with the guarantor of a
// one-sided obligation: the verb's subject.
func (r *reader) addTerm(out []term, t term, i int) []term {
	if len(t.guarded) > 0 && !t.mutual {
		if s, _ := r.subject(i); len(s) > 0 {
			t.guarantor = r.sidesOf(s)
			t.from = min(t.from, r.parties[s[0]].start)
		}
	}
	return append(out, t)
}

// obligation reports the words of being bound to do something.
func obligation(w string) bool {
	switch w {
	case "obliged", "obligated", "bound", "committed", "pledged", "vowed", "promised", "required", "agreed", "commits", "obliges", "pledges", "vows":
		return true
	}
	return false
}

// aidWord reports the nouns of coming to someone's help.
func aidWord(w string) bool {
	switch w {
	case "aid", "assistance", "defense", "defence", "help", "rescue", "support":
		return true
	}
	return false
}

// condition extends t over an attack condition after it ("if they were
// attacked", "in case of aggression") and reports whether there is one.
func (r *reader) condition(t *term) bool {
	for k := t.to; k < len(r.toks) && k < t.to+4; k++ {
		switch r.w(k) {
		case "if", "should", "when", "case", "event":
			for j := k + 1; j < len(r.toks) && j < k+8; j++ {
				if w := r.w(j); strings.HasPrefix(w, "attack") || strings.HasPrefix(w, "aggress") || strings.HasPrefix(w, "invad") ||
					strings.HasPrefix(w, "invasion") || w == "war" {
					t.to = j + 1
					t.mutual = t.mutual || r.mutualIn(k, j)
					return true
				}
			}
			return false
		}
	}
	return false
}

// mutualIn reports words in [a, b) that make an obligation run both ways.
func (r *reader) mutualIn(a, b int) bool {
	for k := a; k < b; k++ {
		switch r.w(k) {
		case "either", "each", "mutual", "both", "another":
			return true
		}
	}
	return false
}

// spoiled reports a word in [a, b) that makes a defense phrase something
// else ("defense cooperation").
func (r *reader) spoiled(a, b int) bool {
	for k := a; k < b; k++ {
		if notDefense(r.w(k)) {
			return true
		}
	}
	return false
}

// pacts reads defense pacts — a pact, treaty, alliance or agreement named
// for defense ("a mutual defense pact", "the new defense alliance between
// A and B") or one the sentence gives defense terms ("signed a strategic
// pact, promising to come to each other's aid if attacked") — and
// partnerships ("a comprehensive strategic partnership between A and B").
func (r *reader) pacts() {
	terms := r.terms()
	var heads []tie
	var defense []bool
	for h := range r.toks {
		if !pactNoun(r.w(h)) {
			continue
		}
		b := h
		qualified := false
		for b > 0 && (defenseWord(r.w(b-1)) || pactWord(r.w(b-1)) || r.toks[b-1].kind == segment.Number) {
			qualified = qualified || defenseWord(r.w(b-1))
			b--
		}
		if r.spoiled(b, h) {
			continue
		}
		if r.w(h) == "alliance" || r.w(h) == "alliances" {
			// "the NATO alliance" is a membership; an alliance is a
			// defense pact when the text says so, or when it is a pair's
			// ("the U.S.-Japan alliance").
			qualified = qualified && r.partyEndingAt(h) < 0 || len(r.pairBefore(b)) > 0
		}
		t := r.tieAt(b, h)
		t.level = lower(r.text(firstContent(r, b, h), h+1))
		for k := b; k < h && t.since == ""; k++ {
			if y := r.w(k); r.toks[k].kind == segment.Number && len(y) == 4 && (y[:2] == "19" || y[:2] == "20") {
				t.since = y // "the 1951 Mutual Defense Treaty"
			}
		}
		heads = append(heads, t)
		defense = append(defense, qualified)
	}
	// Terms make the pact before them (else the first one) a defense pact.
	bound := make([][]term, len(heads))
	var loose []term
	for _, tm := range terms {
		k := -1
		for i, t := range heads {
			if t.head < tm.from {
				k = i
			}
		}
		if k < 0 && len(heads) > 0 {
			k = 0
		}
		if k < 0 {
			loose = append(loose, tm)
			continue
		}
		bound[k] = append(bound[k], tm)
		defense[k] = true
	}
	for i, t := range heads {
		if !defense[i] {
			continue
		}
		mutual := t.level != "" && (strings.Contains(t.level, "mutual") || strings.Contains(t.level, "collective") || strings.Contains(t.level, "alliance"))
		from, to := t.from, t.to
		parties, guarded := t.parties, []side(nil)
		for _, tm := range bound[i] {
			mutual = mutual || tm.mutual
			from, to = min(from, tm.from), max(to, tm.to)
			if len(parties) < 2 && !tm.mutual && len(tm.guarantor) > 0 && len(tm.guarded) > 0 {
				// "Under the 1951 treaty, A is obliged to defend B".
				parties, guarded = tm.guarantor, tm.guarded
			}
		}
		if len(parties) < 2 && len(guarded) == 0 {
			parties = r.pactPair()
		}
		if len(guarded) > 0 && mutual {
			// A mutual treaty of which the sentence tells one side's
			// obligation: the pact binds both.
			parties, guarded = append(slices.Clone(parties), guarded...), nil
		}
		r.addPact(parties, guarded, mutual, t.level, t.since, t.mood, from, to)
	}
	for _, tm := range loose {
		if len(tm.guarantor) > 0 && len(tm.guarded) > 0 && !tm.mutual {
			r.addPact(tm.guarantor, tm.guarded, false, "", "", r.mood(tm.from), tm.from, tm.to)
			continue
		}
		r.addPact(r.pactPair(), nil, tm.mutual, "", "", r.mood(tm.from), tm.from, tm.to)
	}
	r.partnerships()
}

// pactPair returns the parties of a pact whose own words name none: the
// sentence's first compound ("A and B pledged to come to each other's
// aid"), else the dyads of its agreements and consultations.
func (r *reader) pactPair() []side {
	parties := r.firstPair()
	if len(parties) < 2 {
		for _, e := range r.s.Events {
			if root := rootOf(e.CAMEO); root == "03" || root == "05" || root == "06" || root == "04" {
				parties = appendSide(appendSide(parties, side{code: e.Source, p: -1}), side{code: e.Target, p: -1})
			}
		}
	}
	return parties
}

// addPact records a defense pact among parties, or owed by guarantors to
// guarded when the obligation runs one way.
func (r *reader) addPact(parties, guarded []side, mutual bool, level, since, mood string, from, to int) {
	if len(guarded) > 0 {
		for _, g := range states(parties) {
			for _, d := range states(guarded) {
				if g != d {
					r.add(event.Fact{Type: event.FactDefensePact, Parties: []string{g, d}, Source: g, Target: d,
						Level: level, Since: since, Modality: mood}, from, to)
				}
			}
		}
		return
	}
	cs := states(parties)
	if len(cs) < 2 {
		return
	}
	r.add(event.Fact{Type: event.FactDefensePact, Parties: cs, Mutual: mutual, Level: level, Since: since, Modality: mood}, from, to)
}

// firstContent returns the first token in [b, h) after articles and
// possessive pronouns: where a pact's or a partnership's name starts.
func firstContent(r *reader, b, h int) int {
	for b < h {
		switch r.w(b) {
		case "the", "a", "an", "their", "its", "his", "her":
			b++
			continue
		}
		break
	}
	return b
}

// isQuote reports a quotation mark.
func isQuote(w string) bool {
	return w == "\"" || w == "\u201c" || w == "\u201d" || w == "'" || w == "\u2018"
}

// rootOf returns the two-digit root of a CAMEO code.
func rootOf(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// partnershipWord reports words of a partnership's level ("comprehensive
// strategic partnership", "no-limits partnership").
func partnershipWord(w string) bool {
	switch w {
	case "comprehensive", "strategic", "global", "special", "privileged", "cooperative", "enhanced", "all-round",
		"all-weather", "no-limits", "no-limit", "limitless", "long-term", "close", "closer", "deep", "deeper", "broad",
		"full", "extensive", "economic", "security", "defense", "defence", "military", "political", "new",
		"bilateral", "key", "trusted", "all-encompassing", "multifaceted", "mutually", "beneficial", "innovative",
		"the", "a", "an", "their", "its", "of", "level", "high-level", "time-tested":
		return true
	}
	return false
}

// partnerships reads "a comprehensive strategic partnership between A and
// B", "A's partnership with B", "A and B upgraded ties to a strategic
// partnership" and "A and B are strategic partners".
func (r *reader) partnerships() {
	for h, t := range r.toks {
		w := t.w
		isPartners := (w == "partners" || w == "partner") && (r.w(h-1) == "strategic" || r.w(h-1) == "comprehensive")
		if w != "partnership" && w != "partnerships" && !isPartners {
			continue
		}
		if t.capital && h > 0 && !(r.w(h-1) == "strategic" && r.toks[h-1].capital) {
			// A proper name: "the Trans-Pacific Partnership" is a trade
			// bloc; a "Treaty on Comprehensive Strategic Partnership"
			// still makes a strategic partnership.
			continue
		}
		b := h
		for b > 0 && (partnershipWord(r.w(b-1)) && r.w(b-1) != "of" || isQuote(r.w(b-1)) && b-1 > 0 && partnershipWord(r.w(b-2))) {
			b--
		}
		var ti tie
		if isPartners {
			// "A and B are strategic partners", "A is B's strategic partner".
			holder, owner, from, to := r.holderOf(b, h+1)
			ti = tie{from: from, to: to, parties: uniqueSides(append(holder, owner...)), mood: r.mood(from)}
		} else {
			ti = r.tieAt(b, h)
		}
		level := lower(r.text(firstContent(r, b, h), h+1))
		if strings.ContainsAny(level, "\"\u201c\u201d") {
			level = strings.Join(strings.Fields(strings.Map(func(c rune) rune {
				if c == '"' || c == '\u201c' || c == '\u201d' {
					return -1
				}
				return c
			}, level)), " ")
		}
		cs := states(ti.parties)
		if len(cs) < 2 {
			continue
		}
		r.add(event.Fact{Type: event.FactPartnership, Parties: cs, Level: level, Since: ti.since, Modality: ti.mood}, ti.from, ti.to)
	}
}
