package fact

import (
	"slices"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// tradeHead reports the nouns a trade figure is about, with the level
// they give the fact: "" for trade, "exports", "imports".
func tradeHead(w string) (string, bool) {
	switch w {
	case "trade", "commerce":
		return "", true
	case "exports":
		return "exports", true
	case "imports":
		return "imports", true
	}
	return "", false
}

// tradeHeadWord reports the nouns tradeHead knows.
func tradeHeadWord(w string) bool {
	_, ok := tradeHead(w)
	return ok
}

// notAFigure reports nouns after "trade" that make it something other
// than a volume of trade ("trade war", "trade minister", "trade deal").
func notAFigure(w string) bool {
	switch w {
	case "war", "wars", "deal", "deals", "agreement", "agreements", "pact", "pacts", "talks", "negotiations",
		"negotiators", "minister", "ministers", "ministry", "representative", "union", "unions", "center",
		"centre", "organization", "organisation", "body", "bloc", "route", "routes", "corridor", "policy",
		"policies", "dispute", "disputes", "tensions", "barriers", "tariffs", "restrictions", "sanctions",
		"zone", "fair", "show", "mission", "delegation", "secrets", "envoy", "officials", "chief",
		"commissioner", "partner", "partners", "secretary", "ties", "relations", "cooperation", "links",
		"rules", "curbs", "controls", "measures", "talk", "practices", "remedies", "truce":
		return true
	}
	return false
}

// tradeModifier reports words between an amount or a possessor and the
// trade noun ("Vietnam's $175 billion annual trade").
func tradeModifier(w string) bool {
	switch w {
	case "bilateral", "two-way", "total", "annual", "overall", "mutual", "yearly", "merchandise", "goods", "foreign", "combined":
		return true
	}
	return false
}

// trade reads trade figures: "trade between A and B reached $X in 2022",
// "A's $X trade with B", "A's trade with B stood at $X", "$X in trade
// between A and B", "A's exports to B", with "… and $Y with C" going on
// from the figure before; and trading partners ("A is B's largest trading
// partner").
func (r *reader) trade() {
	for h := 0; h < len(r.toks); h++ {
		if r.w(h) == "trading" && (r.w(h+1) == "partner" || r.w(h+1) == "partners") {
			r.tradingPartner(h)
			continue
		}
		level, ok := tradeHead(r.w(h))
		if !ok || r.toks[h].capital && h > 0 || notAFigure(r.w(h+1)) {
			continue
		}
		r.tradeFigure(h, level)
	}
}

// tradeFigure reads the trade figure around the trade noun at h.
func (r *reader) tradeFigure(h int, level string) {
	e := h + 1
	switch r.w(e) {
	case "volume", "volumes", "turnover", "flows", "figures":
		e++
	case "surplus", "deficit", "imbalance", "gap":
		level = "trade " + r.w(e)
		e++
	}
	ca, cb := r.clause(h)
	b := h
	bilateral := false
	for b > ca && tradeModifier(r.w(b-1)) {
		bilateral = bilateral || r.w(b-1) == "bilateral" || r.w(b-1) == "two-way" || r.w(b-1) == "mutual"
		b--
	}
	amt, hasAmt := r.moneyEndingAt(b, ca)
	if hasAmt {
		b = amt.from
	} else if w := r.w(b - 1); w == "in" || w == "of" {
		// "$3.5 billion in trade", "$2 billion worth of trade".
		k := b - 1
		if w == "of" && r.w(k-1) == "worth" {
			k--
		}
		if m, ok := r.moneyEndingAt(k, ca); ok {
			amt, hasAmt, b = m, true, m.from
		}
	}
	var owner, partner []side
	from := b
	if b > 0 && r.toks[b-1].kind == segment.Possessive {
		if p := r.partyEndingAt(b - 1); p >= 0 {
			owner = r.compoundSides(p)
			from = r.parties[r.firstOf(p)].start
		}
	} else if p := r.partyEndingAt(b); p >= 0 && !hasAmt {
		// "Chinese exports to Russia": the adjective names the owner.
		owner, from = r.sides(p), r.parties[p].start
	}
	x := e
	switch w := r.w(x); {
	case w == "between" || w == "among":
		if p := r.partyAt(x + 1); p >= 0 {
			var end int
			owner, end = r.compoundSides(p), r.compoundEnd(p)
			x = end
		}
	case w == "with" || level == "exports" && w == "to" || level == "imports" && w == "from":
		if p := r.partyAt(x + 1); p >= 0 {
			partner, x = r.compoundSides(p), r.compoundEnd(p)
		}
	case w == "of" || level == "exports" && w == "from" || level == "imports" && w == "to":
		// "the trade of A with B", "exports from A to B".
		if p := r.partyAt(x + 1); p >= 0 && len(owner) == 0 {
			owner, x = r.compoundSides(p), r.compoundEnd(p)
			if nw := r.w(x); (nw == "with" || nw == "to" || nw == "from") && r.partyAt(x+1) >= 0 {
				partner, x = r.compoundSides(r.partyAt(x+1)), r.compoundEnd(r.partyAt(x+1))
			}
		}
	}
	if !hasAmt {
		// "… trade with B reached $X", "trade between A and B stood at $X".
		for y := x; y < cb && y < x+12; y++ {
			// Before the party test: "US$" starts with the letters of a
			// country.
			if m, ok := r.moneyAt(y); ok {
				amt, hasAmt = m, true
				break
			}
			if r.at[y] >= 0 || tradeHeadWord(r.w(y)) || isSubordinator(r.w(y)) {
				break
			}
		}
	}
	if !hasAmt {
		return
	}
	if len(partner) == 0 && len(owner) < 2 && bilateral {
		// "bilateral trade" between the two actors the sentence lists.
		owner = r.firstPair()
	}
	end := max(x, amt.to)
	year := r.yearNear(amt.from, ca, cb)
	mood := r.mood(from)
	if mood == event.Asserted && amt.from > x {
		mood = r.moodIn(x, amt.from)
	}
	r.addTrade(owner, partner, level, amt, year, mood, from, end)
	// "… and $123 billion with the United States": the same owner's trade
	// with another partner.
	for z := end; len(owner) == 1 && z < cb; {
		k := z
		for k < cb && (r.w(k) == "," || r.w(k) == "and" || r.w(k) == "while") {
			k++
		}
		m, ok := r.moneyAt(k)
		if !ok || k == z || r.w(m.to) != "with" || r.partyAt(m.to+1) < 0 {
			return
		}
		p := r.partyAt(m.to + 1)
		y := r.yearNear(m.from, ca, cb)
		if y == 0 {
			y = year
		}
		z = r.compoundEnd(p)
		r.addTrade(owner, r.compoundSides(p), level, m, y, mood, k, z)
	}
}

// addTrade records one trade figure between owner and partner (or among
// the owners when there is no partner).
func (r *reader) addTrade(owner, partner []side, level string, amt money, year int, mood string, from, to int) {
	all := append(slices.Clone(owner), partner...)
	parties := states(all)
	if len(parties) < 2 {
		return
	}
	f := event.Fact{Type: event.FactTrade, Parties: parties, Level: level, Year: year, Modality: mood}
	if len(owner) == 1 && len(partner) == 1 {
		switch level {
		case "exports":
			f.Source, f.Target = state(owner[0].code), state(partner[0].code)
		case "imports":
			f.Source, f.Target = state(partner[0].code), state(owner[0].code)
		}
	}
	withAmount(&f, amt)
	r.add(f, from, to)
}

// tradingPartner reads "A is B's largest trading partner" and "B's
// largest trading partner, A" at "trading" (token h).
func (r *reader) tradingPartner(h int) {
	a := h
	for a > 0 && rankWord(r.w(a-1)) {
		a--
	}
	holder, owner, from, to := r.holderOf(a, h+2)
	if len(holder) == 0 || len(owner) == 0 {
		return
	}
	parties := states(append(slices.Clone(holder), owner...))
	if len(parties) < 2 {
		return
	}
	f := event.Fact{Type: event.FactTrade, Parties: parties, Level: lower(r.text(a, h+2)), Modality: r.mood(from)}
	r.add(f, from, to)
}

// moneyEndingAt returns an amount that ends right before token b and
// starts at or after token a.
func (r *reader) moneyEndingAt(b, a int) (money, bool) {
	for i := b - 1; i >= a && i >= b-6; i-- {
		if m, ok := r.moneyAt(i); ok && m.to == b {
			return m, true
		}
	}
	return money{}, false
}

// isSubordinator reports words that open another clause.
func isSubordinator(w string) bool {
	switch w {
	case "while", "whereas", "but", "which", "who", "although", "though", "because", "when", "after", "before", "since":
		return true
	}
	return false
}

// firstOf returns the first party of p's compound.
func (r *reader) firstOf(p int) int {
	ps, _ := r.compound(p)
	return ps[0]
}

// compoundEnd returns the token after p's compound.
func (r *reader) compoundEnd(p int) int {
	_, end := r.compound(p)
	return end
}

// firstPair returns the actors of the sentence's first compound of two or
// more parties.
func (r *reader) firstPair() []side {
	for p := range r.parties {
		if ps, _ := r.compound(p); len(ps) >= 2 {
			return r.compoundSides(p)
		}
	}
	return nil
}
