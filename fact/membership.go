package fact

import (
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// isOrg reports whether party p is an international organisation (an
// IGO… code).
func (r *reader) isOrg(p int) bool {
	for _, s := range r.sides(p) {
		if strings.HasPrefix(s.code, "IGO") {
			return true
		}
	}
	return false
}

// orgAfter returns the organisation named at token i, after "from" or
// "out of" when there is one; -1 when none.
func (r *reader) orgAfter(i int) int {
	switch {
	case r.w(i) == "from" || r.w(i) == "into":
		i++
	case r.w(i) == "out" && r.w(i+1) == "of":
		i += 2
	}
	if p := r.partyAt(i); p >= 0 && r.isOrg(p) {
		return p
	}
	return -1
}

// memberWord reports the words memberships starts from.
func memberWord(w string) bool {
	switch w {
	case "join", "joins", "joined", "joining", "rejoin", "rejoined", "rejoining", "leave", "leaves", "left", "leaving",
		"quit", "quits", "quitting", "exit", "exits", "exited", "withdraw", "withdraws", "withdrew", "withdrawn",
		"withdrawing", "pulled", "accession", "admission", "membership", "entry", "member", "members", "ally", "allies":
		return true
	}
	return false
}

// memberships reads membership of international organisations: "A
// joined NATO", "A's bid to join the EU" (planned), "A's accession to the
// WTO", "A is a member of ASEAN", "NATO member Turkey", "A withdrew from
// the WHO" (until then).
func (r *reader) memberships() {
	for i := range r.toks {
		w := r.w(i)
		switch {
		case w == "join" || w == "joins" || w == "joined" || w == "joining" || w == "rejoin" || w == "rejoined" || w == "rejoining":
			if org := r.orgAfter(i + 1); org >= 0 {
				r.memberClause(i, org, false)
			}
		case w == "leave" || w == "leaves" || w == "left" || w == "leaving" || w == "quit" || w == "quits" || w == "quitting" ||
			w == "exit" || w == "exits" || w == "exited" || w == "withdraw" || w == "withdraws" || w == "withdrew" ||
			w == "withdrawn" || w == "withdrawing" || w == "pulled" && r.w(i+1) == "out":
			k := i + 1
			if w == "pulled" {
				k++
			}
			if org := r.orgAfter(k); org >= 0 {
				r.memberClause(i, org, true)
			}
		case w == "accession" || w == "admission" || w == "membership" || w == "entry":
			r.membershipNoun(i)
		case w == "member" || w == "members":
			r.memberNoun(i)
		case w == "ally" || w == "allies":
			// "NATO ally Turkey".
			if org := r.partyEndingAt(i); org >= 0 && r.isOrg(org) {
				if p := r.partyAt(i + 1); p >= 0 && !r.isOrg(p) {
					r.addMember(r.compoundSides(p), org, "", "", event.Asserted, r.parties[org].start, r.compoundEnd(p))
				}
			}
		}
	}
}

// memberClause reads the verb at v that joins (or, with leaving, leaves)
// organisation org: its subject are the members.
func (r *reader) memberClause(v, org int, leaving bool) {
	members, _ := r.subject(v)
	from := v
	var ms []side
	if len(members) > 0 {
		ms, from = r.sidesOf(members), r.parties[members[0]].start
	} else if r.w(v-1) == "to" && v >= 3 && r.toks[v-3].kind == segment.Possessive {
		// "Ukraine's bid to join NATO".
		if p := r.partyEndingAt(v - 3); p >= 0 {
			ms, from = r.compoundSides(p), r.parties[r.firstOf(p)].start
		}
	} else if evs := r.eventsAt(v); len(evs) > 0 {
		ms = []side{{code: evs[0].Source, p: -1}}
	}
	since, until := "", ""
	if r.perfective(v) {
		if leaving {
			until = r.verbDate(v, true)
		} else {
			since = r.verbDate(v, true)
		}
	}
	r.addMember(ms, org, since, until, r.mood(v), from, r.parties[org].end)
}

// membershipNoun reads "A's accession to B", "A's membership of B", "A's
// NATO membership" at the noun n.
func (r *reader) membershipNoun(n int) {
	org := -1
	end := n + 1
	switch r.w(n + 1) {
	case "to", "into", "of", "in":
		if p := r.partyAt(n + 2); p >= 0 && r.isOrg(p) {
			org, end = p, r.parties[p].end
		}
	}
	b := n
	if org < 0 {
		if p := r.partyEndingAt(n); p >= 0 && r.isOrg(p) {
			org, b = p, r.parties[p].start
		}
	}
	if org < 0 || b == 0 || r.toks[b-1].kind != segment.Possessive {
		return
	}
	p := r.partyEndingAt(b - 1)
	if p < 0 {
		return
	}
	from := r.parties[r.firstOf(p)].start
	mood := r.mood(from)
	if m := r.mood(n); m != event.Asserted {
		mood = m
	}
	r.addMember(r.compoundSides(p), org, r.sinceIn(n, len(r.toks)), "", mood, from, end)
}

// memberNoun reads "A is a member of B", "A became B's 32nd member", "B
// member (state) A" and "A, a B member since 1952," at the noun n.
func (r *reader) memberNoun(n int) {
	k := n + 1
	if w := r.w(k); w == "state" || w == "states" || w == "country" || w == "countries" || w == "nation" || w == "nations" {
		k++
	}
	// The words before the noun: "a full", "not a founding", "NATO's 32nd".
	a := n
	for a > 0 && (memberModifier(r.w(a-1)) || ordinal(r.w(a-1))) {
		a--
	}
	org := -1
	switch {
	case r.w(k) == "of":
		org = r.partyAt(k + 1)
	case a > 0 && r.toks[a-1].kind == segment.Possessive:
		org = r.partyEndingAt(a - 1) // "NATO's 32nd member"
		if org >= 0 {
			a = r.parties[org].start
		}
	default:
		// "NATO member Hungary", "a NATO member since 1952".
		if o := r.partyEndingAt(a); o >= 0 && r.isOrg(o) {
			org, a = o, r.parties[o].start
			if p := r.partyAt(k); p >= 0 && !r.isOrg(p) {
				r.addMember(r.compoundSides(p), org, "", "", event.Asserted, a, r.compoundEnd(p))
				return
			}
			for a > 0 && (r.w(a-1) == "a" || r.w(a-1) == "an") {
				a--
			}
		}
	}
	if org < 0 || !r.isOrg(org) {
		return
	}
	end := max(k, r.parties[org].end)
	since := r.sinceIn(n, len(r.toks))
	switch {
	case isCopula(r.w(a - 1)):
		s, _ := r.subject(a - 1)
		if len(s) == 0 {
			return
		}
		if w := r.w(a - 1); since == "" && (w == "became" || w == "become") {
			since = r.verbDate(a-1, true) // "Sweden became NATO's 32nd member in March 2024"
		}
		r.addMember(r.sidesOf(s), org, since, "", r.mood(n), r.parties[s[0]].start, end)
	case r.w(a-1) == ",":
		// "Turkey, a NATO member since 1952, …".
		if p := r.partyEndingAt(a - 1); p >= 0 {
			r.addMember(r.sides(p), org, since, "", r.mood(n), r.parties[p].start, end)
		}
	}
}

// memberModifier reports words between "a" and "member".
func memberModifier(w string) bool {
	switch w {
	case "a", "an", "the", "full", "founding", "permanent", "non-permanent", "associate", "longtime", "long-time",
		"not", "n't", "never", "also", "fellow", "new", "newest", "key", "full-fledged":
		return true
	}
	return false
}

// addMember records that members belong to organisation org, and to the
// organisations listed with it ("a member of the EU and NATO"), or left
// them (until).
func (r *reader) addMember(members []side, org int, since, until, mood string, from, to int) {
	for _, o := range r.compoundSides(org) {
		if !strings.HasPrefix(o.code, "IGO") {
			continue
		}
		for _, m := range states(members) {
			if strings.HasPrefix(m, o.code) {
				continue
			}
			r.add(event.Fact{Type: event.FactMembership, Parties: []string{m, o.code}, Source: m, Target: o.code,
				Since: since, Until: until, Modality: mood}, from, to)
		}
	}
}
