package fact

import (
	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// sanctionsModifier reports words between a sanctioning party or "under"
// and the word "sanctions" ("heavy international", "a series of new").
func sanctionsModifier(w string) bool {
	switch w {
	case "heavy", "tough", "tougher", "harsh", "new", "fresh", "additional", "further", "more", "sweeping", "crippling",
		"international", "economic", "financial", "targeted", "secondary", "sectoral", "punitive", "stringent",
		"severe", "wide-ranging", "broad", "unprecedented", "existing", "current", "western", "unilateral",
		"multilateral", "oil", "trade", "banking", "energy", "series", "of", "a", "the", "package", "round", "wave",
		"set", "raft", "slew", "its", "their", "such", "any", "all", "some", "many", "several", "long-standing", "decades-old":
		return true
	}
	return false
}

// ordinal reports "14th", "3rd", "first" … : a package's or a round's
// number.
func ordinal(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last", "next":
		return true
	}
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		for _, c := range w[:n-2] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// imposeVerb reports verbs that put sanctions in place; liftVerb those
// that end them.
func imposeVerb(w string) bool {
	switch w {
	case "imposed", "imposes", "impose", "imposing", "slapped", "slaps", "slap", "placed", "places", "place",
		"levied", "levies", "levy", "announced", "announces", "announce", "introduced", "introduces", "introduce",
		"adopted", "adopts", "adopt", "approved", "approves", "approve", "unveiled", "unveils", "unveil",
		"extended", "extends", "extend", "renewed", "renews", "renew", "expanded", "expands", "expand",
		"tightened", "tightens", "tighten", "broadened", "widened", "issued", "issues", "put", "puts",
		"maintained", "maintains", "maintain", "kept", "keeps", "keep", "agreed":
		return true
	}
	return false
}

func threatVerb(w string) bool {
	switch w {
	case "threatened", "threatens", "threaten", "threatening", "proposed", "proposes", "propose", "mulling", "considering", "weighing":
		return true
	}
	return false
}

func liftVerb(w string) bool {
	switch w {
	case "lifted", "lifts", "lift", "lifting", "eased", "eases", "ease", "easing", "removed", "removes", "remove",
		"ended", "ends", "end", "suspended", "suspends", "suspend", "relaxed", "relaxes", "relax", "scrapped",
		"waived", "waives", "waive", "rolled":
		return true
	}
	return false
}

// sanctions reads sanctions regimes: "A imposed sanctions on B", "UN
// sanctions on B", "B is under heavy international sanctions", "B has
// been under a UN sanctions regime since 2006", "X, who is under sanctions
// in the West", "A sanctioned B", "B was sanctioned by A", "an arms
// embargo on B", "A lifted sanctions on B" (until then). A regime needs a
// target; its source may be unknown.
func (r *reader) sanctions() {
	for h := 0; h < len(r.toks); h++ {
		switch w := r.w(h); {
		case w == "sanctions" || w == "embargo" || w == "embargoes":
			r.sanctionsPhrase(h)
		case w == "sanctioned" || w == "sanctioning" || w == "sanction" && r.partyAt(h+1) >= 0:
			r.sanctionVerb(h)
		}
	}
}

// sanctionsPhrase reads the sanctions (or embargo) noun at h.
func (r *reader) sanctionsPhrase(h int) {
	ca, cb := r.clause(h)
	level := ""
	if w := r.w(h); w == "embargo" || w == "embargoes" {
		level = "embargo"
		if r.w(h-1) == "arms" || r.w(h-1) == "weapons" {
			level = "arms embargo"
		}
	}
	// The words before: a sanctioning party ("UN sanctions", "the EU's
	// sanctions"), modifiers, "under" or a verb that imposes or lifts.
	b := h
	if level == "arms embargo" {
		b--
	}
	var source []side
	e := h + 1
	if p := r.at[h]; p >= 0 {
		// The coder read "a UN sanctions regime" as one phrase: its actor
		// imposes them.
		source, b, e = r.sides(p), r.parties[p].start, r.parties[p].end
	}
	for b > ca {
		w := r.w(b - 1)
		if p := r.partyEndingAt(b); p >= 0 && len(source) == 0 {
			source = r.sides(p)
			b = r.parties[p].start
			continue
		}
		if r.toks[b-1].kind == segment.Possessive && r.partyEndingAt(b-1) >= 0 && len(source) == 0 {
			p := r.partyEndingAt(b - 1)
			source, b = r.sides(p), r.parties[p].start
			continue
		}
		if sanctionsModifier(w) || ordinal(w) {
			b--
			continue
		}
		break
	}
	if r.w(b-1) != "under" {
		// "under international terrorism sanctions": a word or two that
		// no list foresees.
		for k := b - 1; k >= ca && k >= b-3 && r.at[k] < 0 && r.toks[k].kind == segment.Word && !r.toks[k].capital; k-- {
			if r.w(k-1) == "under" {
				b = k
				break
			}
		}
	}
	switch r.w(e) {
	case "regime", "regimes", "list", "lists", "package", "packages", "programme", "program", "blacklist":
		e++
	}
	var target []side
	from, to := b, e
	if w := r.w(e); w == "on" || w == "against" || w == "targeting" || w == "targetting" || w == "upon" {
		if p := r.partyAfterCount(e + 1); p >= 0 {
			target, to = r.compoundSides(p), r.compoundEnd(p)
		}
	}
	by := to
	if isBe(r.w(by)) && (imposeVerb(r.w(by+1)) || liftVerb(r.w(by+1))) {
		by += 2 // "sanctions on B were extended by A"
	}
	if w := r.w(by); (w == "by" || w == "from") && len(source) == 0 {
		if p := r.partyAt(by + 1); p >= 0 {
			source, to = r.compoundSides(p), r.compoundEnd(p)
		}
	}
	mood := r.phraseMood(b, h)
	switch r.w(b - 1) {
	case "threat", "threats", "possibility", "prospect", "risk", "spectre", "specter":
		mood = event.Hypothetical // "the threat of US sanctions on B"
	}
	if len(target) == 0 {
		// "the sanctions (that) Washington has imposed on Moscow".
		k := e
		if relative(r.w(k)) {
			k++
		}
		if p := r.partyAt(k); p >= 0 && len(source) == 0 {
			v := r.compoundEnd(p)
			for v < cb && v < r.compoundEnd(p)+3 && skippable(r.w(v)) {
				v++
			}
			if imposeVerb(r.w(v)) && (r.w(v+1) == "on" || r.w(v+1) == "against") && r.partyAt(v+2) >= 0 {
				q := r.partyAt(v + 2)
				source, target, to = r.compoundSides(p), r.compoundSides(q), r.compoundEnd(q)
			}
		}
	}
	since, until := r.sinceIn(b, cb), ""
	under := r.w(b-1) == "under"
	face := false
	switch r.w(b - 1) {
	case "face", "faces", "facing", "faced", "risk", "risks", "risking":
		face = true
	}
	switch v := b - 1; {
	case under || face:
		// "B is under … sanctions", "X, who is under sanctions in the West".
		if len(source) == 0 && r.w(to) == "in" {
			if p := r.partyAt(to + 1); p >= 0 {
				source, to = r.sides(p), r.parties[p].end
			}
		}
		subj, also := r.subject(v)
		if len(target) == 0 {
			target = r.sidesOf(append(subj, also...))
			if len(subj) > 0 {
				from = r.parties[subj[0]].start
			}
			from = min(from, v)
		}
		mood = r.mood(v)
		if face && r.w(v) != "faced" && mood == event.Asserted {
			mood = event.Hypothetical // "could face sanctions", "risks sanctions"
		}
	case v >= ca && (imposeVerb(r.w(v)) || liftVerb(r.w(v)) || threatVerb(r.w(v))):
		if len(source) == 0 {
			if evs := r.eventsAt(v); len(evs) > 0 {
				source = []side{{code: evs[0].Source, p: -1}}
			} else if s, _ := r.subject(v); len(s) > 0 {
				source = r.sidesOf(s)
				from = r.parties[s[0]].start
			}
		}
		from = min(from, v)
		mood = r.mood(v)
		switch {
		case threatVerb(r.w(v)):
			if mood == event.Asserted {
				mood = event.Hypothetical // "threatened sanctions on B"
			}
		case liftVerb(r.w(v)):
			if r.perfective(v) {
				until = r.verbDate(v, true)
			}
		case since == "" && r.perfective(v):
			since = r.verbDate(v, true)
		}
	}
	if len(target) == 0 {
		return
	}
	for _, t := range target {
		f := event.Fact{Type: event.FactSanctions, Target: t.code, Person: t.person, Since: since, Until: until, Level: level, Modality: mood}
		if len(source) == 0 {
			f.Parties = []string{t.code}
			r.add(f, from, to)
			continue
		}
		for _, s := range source {
			if s.code == t.code {
				continue
			}
			g := f
			g.Source, g.Parties = s.code, []string{s.code, t.code}
			r.add(g, from, to)
		}
	}
}

// sanctionVerb reads "A sanctioned B", "B was sanctioned by A" and "the
// sanctioned B" at the verb h.
func (r *reader) sanctionVerb(h int) {
	var source, target []side
	from, to := h, h+1
	switch {
	case isBe(r.w(h-1)) || isBe(r.w(h-2)):
		// "B was sanctioned (by A)".
		s, also := r.subject(h)
		target = r.sidesOf(append(s, also...))
		if len(s) > 0 {
			from = r.parties[s[0]].start
		}
		if r.w(h+1) == "by" {
			if p := r.partyAt(h + 2); p >= 0 {
				source, to = r.compoundSides(p), r.compoundEnd(p)
			}
		}
	case r.partyAfterCount(h+1) >= 0:
		p := r.partyAfterCount(h + 1)
		target, to = r.compoundSides(p), r.compoundEnd(p)
		if r.w(h-1) != "the" && r.w(h-1) != "a" {
			if evs := r.eventsAt(h); len(evs) > 0 {
				source = []side{{code: evs[0].Source, p: -1}}
			} else if s, _ := r.subject(h); len(s) > 0 {
				source, from = r.sidesOf(s), r.parties[s[0]].start
			}
		}
	}
	if len(target) == 0 {
		return
	}
	since := ""
	if r.perfective(h) && r.w(h-1) != "the" {
		since = r.verbDate(h, len(source) > 0 && !isBe(r.w(h-1)) && !isBe(r.w(h-2)))
	}
	mood := r.mood(from)
	if m := r.mood(h); m != event.Asserted {
		mood = m
	}
	for _, t := range target {
		if len(source) == 0 {
			r.add(event.Fact{Type: event.FactSanctions, Parties: []string{t.code}, Target: t.code, Person: t.person, Since: since, Modality: mood}, from, to)
			continue
		}
		for _, s := range source {
			if s.code != t.code {
				r.add(event.Fact{Type: event.FactSanctions, Parties: []string{s.code, t.code}, Source: s.code, Target: t.code,
					Person: t.person, Since: since, Modality: mood}, from, to)
			}
		}
	}
}
