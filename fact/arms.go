package fact

import (
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// armsWord reports whether token i names weapons: "arms", "ammunition",
// "missiles", "drones", "military equipment", "air defense systems".
func (r *reader) armsWord(i int) bool {
	switch w := r.w(i); w {
	case "arms", "weapon", "weapons", "weaponry", "ammunition", "munitions", "munition", "shells", "artillery",
		"missile", "missiles", "rockets", "drones", "tanks", "howitzers", "warplanes", "submarines", "warships",
		"frigates", "armaments", "rifles", "firearms", "explosives", "arms-related":
		return true
	case "equipment", "hardware", "jets", "helicopters", "aircraft", "systems", "vehicles":
		switch r.w(i - 1) {
		case "military", "defense", "defence", "fighter", "attack", "combat", "air-defense", "air-defence", "armored", "armoured":
			return true
		}
		return w == "systems" && (r.w(i-1) == "missile" || r.w(i-2) == "air" && (r.w(i-1) == "defense" || r.w(i-1) == "defence"))
	}
	return false
}

// armsModifier reports words of a weapons phrase before its head ("air
// defense", "military", "long-range").
func armsModifier(w string) bool {
	switch w {
	case "military", "defense", "defence", "air", "fighter", "attack", "combat", "long-range", "short-range",
		"ballistic", "cruise", "anti-aircraft", "anti-tank", "artillery", "tank", "air-defense", "air-defence", "heavy":
		return true
	}
	return false
}

// rankWord reports words that rank a supplier or a partner ("largest",
// "main", "second-largest").
func rankWord(w string) bool {
	switch w {
	case "largest", "biggest", "main", "top", "leading", "key", "major", "principal", "primary", "traditional",
		"chief", "sole", "only", "single", "most", "important", "reliable", "long-time", "longtime", "long-standing",
		"historic", "dominant", "second-largest", "third-largest", "second-biggest", "second", "third", "foremost", "no.", "number", "one":
		return true
	}
	return false
}

// supplierNoun reports nouns of one who supplies.
func supplierNoun(w string) bool {
	switch w {
	case "supplier", "suppliers", "exporter", "exporters", "provider", "providers", "seller", "sellers", "vendor", "vendors", "source":
		return true
	}
	return false
}

// supplyVerb reports the verbs of handing over goods.
func supplyVerb(w string) bool {
	switch w {
	case "supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing",
		"deliver", "delivers", "delivered", "delivering", "send", "sends", "sent", "sending",
		"ship", "ships", "shipped", "shipping", "sell", "sells", "sold", "selling",
		"transfer", "transfers", "transferred", "transferring", "exported", "exporting", "export":
		return true
	}
	return false
}

// supplyNoun reports the nouns of handing over weapons ("arms sales",
// "weapons deliveries").
func supplyNoun(w string) bool {
	switch w {
	case "sales", "sale", "exports", "deliveries", "delivery", "shipments", "shipment", "supplies", "supply", "transfers", "transfer":
		return true
	}
	return false
}

func isCopula(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "remains", "remain", "remained", "became", "become", "becomes", "'s":
		return true
	}
	return false
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

// arms reads arms supply: "A was B's largest arms supplier", "A supplied B
// with ammunition", "A sold missiles to B", "accuse A of supplying arms to
// B" (alleged, attributed to the accuser), "weapons supplied by A to B",
// "A's arms sales to B".
func (r *reader) arms() {
	for i := range r.toks {
		w := r.w(i)
		switch {
		case supplierNoun(w):
			r.supplierPhrase(i)
		case supplyNoun(w) && (r.w(i+1) == "of" || i > 0 && r.armsWord(i-1)):
			r.supplyNounPhrase(i)
		case supplyVerb(w) && !r.nounUse(i):
			r.supplyClause(i)
		case receiveVerb(w) && !r.nounUse(i):
			r.receiveClause(i)
		}
	}
}

// receiveVerb reports the verbs of getting goods.
func receiveVerb(w string) bool {
	switch w {
	case "receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "buy", "buys", "bought",
		"buying", "acquire", "acquires", "acquired", "acquiring", "import", "imports", "imported", "importing",
		"purchase", "purchases", "purchased", "purchasing", "obtain", "obtains", "obtained", "obtaining":
		return true
	}
	return false
}

// receiveClause reads "B bought missiles from A", "B is getting weapons
// from A" at the verb v: the subject receives, the party after "from"
// supplies.
func (r *reader) receiveClause(v int) {
	_, cb := r.clause(v)
	limit := min(cb, v+14)
	a, b := r.armsIn(v+1, limit)
	if a < 0 {
		return
	}
	var supplier []side
	to := b
	// "from A" right after the weapons: "to protect its cities from
	// Russian missiles" names no supplier.
	for y := b; y < limit && y <= b+3; y++ {
		if r.w(y) == "from" {
			if p := r.partyAt(y + 1); p >= 0 {
				supplier, to = r.compoundSides(p), r.compoundEnd(p)
			}
			break
		}
	}
	if len(supplier) == 0 {
		// "bought Russian missiles", "bought Russian S-400 missiles": the
		// maker's adjective, a model's name between.
		for _, k := range []int{a, a - 1} {
			if p := r.partyEndingAt(k); p >= 0 && r.parties[p].start > v {
				supplier = r.sides(p)
				break
			}
		}
	}
	recipients, from := []side(nil), v
	if s, _ := r.subject(v); len(s) > 0 {
		recipients, from = r.sidesOf(s), r.parties[s[0]].start
	} else if evs := r.eventsAt(v); len(evs) > 0 {
		recipients = []side{{code: evs[0].Source, p: -1}}
	}
	mood := r.mood(v)
	if from < v {
		mood = strongest(mood, r.mood(from)) // "dismissed accusations it is getting weapons"
	}
	r.addSupply(supplier, recipients, lower(r.text(a, b)), mood, nil, from, to)
}

// nounUse reports a verb form used as a noun: after a determiner or an
// adjective of weapons ("the supply of", "arms supplies").
func (r *reader) nounUse(i int) bool {
	switch r.w(i - 1) {
	case "the", "a", "an", "its", "their", "his", "her", "'s":
		return true
	}
	// "arms supplies", but "drones supplied by Iran" is a participle.
	return i > 0 && r.armsWord(i-1) && !strings.HasSuffix(r.w(i), "ed") && r.w(i) != "sold" && r.w(i) != "sent"
}

// supplierPhrase reads "B's largest arms supplier", "the main supplier of
// weapons to B" around the supplier noun at n.
func (r *reader) supplierPhrase(n int) {
	a := n
	arms := false
	for a > 0 && (r.armsWord(a-1) || armsModifier(r.w(a-1)) || rankWord(r.w(a-1))) {
		arms = arms || r.armsWord(a-1) || armsModifier(r.w(a-1))
		a--
	}
	end := n + 1
	if !arms && r.w(n+1) == "of" {
		k := n + 2
		for k < len(r.toks) && armsModifier(r.w(k)) {
			k++
		}
		if r.armsWord(k) {
			arms, end = true, k+1
		}
	}
	if !arms {
		return
	}
	holder, owner, from, to := r.holderOf(a, end)
	if len(holder) == 0 || len(owner) == 0 {
		return
	}
	// The mood of the copula between holder and role ("could become").
	mood := r.mood(from)
	if mood == event.Asserted && from < a {
		mood = r.moodIn(from, a)
	}
	f := event.Fact{Type: event.FactArmsSupply, Source: holder[0].code, Target: owner[0].code,
		Level: lower(r.text(a, end)), Modality: mood}
	f.Parties = codes([]side{holder[0], owner[0]})
	if len(f.Parties) == 2 {
		r.add(f, from, to)
	}
}

// holderOf finds, for a phrase over tokens [a, end) that names a role
// ("largest arms supplier", "main trading partner"), whose role it is —
// the owner: "Hanoi's …", "… of|to|for Hanoi" — and who holds it — the
// holder: "Moscow was …", "Moscow, Hanoi's …", "Hanoi's …, Moscow" — with
// the tokens [from, to) that say so.
func (r *reader) holderOf(a, end int) (holder, owner []side, from, to int) {
	from, to = a, end
	start := a
	if a > 0 && r.toks[a-1].kind == segment.Possessive {
		if p := r.partyEndingAt(a - 1); p >= 0 {
			owner = r.compoundSides(p)
			start = r.parties[r.firstOf(p)].start
		}
	} else if w := r.w(end); (w == "of" || w == "to" || w == "for") && r.partyAt(end+1) >= 0 {
		p := r.partyAt(end + 1)
		owner, to = r.compoundSides(p), r.compoundEnd(p)
	}
	from = start
	k := start
	for k > 0 && (r.w(k-1) == "the" || r.w(k-1) == "a" || r.w(k-1) == "an") {
		k--
	}
	switch c := k - 1; {
	case isCopula(r.w(c)):
		if s, _ := r.subject(c); len(s) > 0 {
			holder = r.sidesOf(s)
			from = r.parties[s[0]].start
		}
	case r.w(c) == ",":
		if p := r.partyEndingAt(c); p >= 0 {
			holder = r.sides(p)
			from = r.parties[p].start
		}
	}
	if len(holder) == 0 && r.w(to) == "," {
		if p := r.partyAt(to + 1); p >= 0 {
			holder = r.sides(p)
			to = r.parties[p].end
		}
	}
	return holder, owner, from, to
}

// sidesOf returns the actors of parties ps.
func (r *reader) sidesOf(ps []int) []side {
	var out []side
	for _, p := range ps {
		out = append(out, r.sides(p)...)
	}
	return out
}

// supplyClause reads a clause whose verb at v hands over weapons.
func (r *reader) supplyClause(v int) {
	_, cb := r.clause(v)
	limit := min(cb, v+16)
	var supplier, recipient []side
	var accuser accusation
	objFrom, objTo := -1, -1 // the weapons named
	to := v + 1
	passive := isBe(r.w(v-1)) || isBe(r.w(v-2)) && strings.HasSuffix(r.w(v-1), "ly")
	// The weapons, and the recipient before or after them.
	if p := r.partyAt(v + 1); p >= 0 && !passive {
		end := r.compoundEnd(p)
		if r.w(end) == "with" {
			// "supplied Russia with ammunition".
			if a, b := r.armsIn(end+1, limit); a >= 0 {
				recipient, objFrom, objTo = r.compoundSides(p), a, b
			}
		} else if a, b := r.armsIn(end, min(limit, end+4)); a >= 0 {
			// "sold Ukraine missiles".
			recipient, objFrom, objTo = r.compoundSides(p), a, b
		}
	}
	if objFrom < 0 {
		a, b := r.armsIn(v+1, limit)
		if a < 0 && (passive || v > 0) && r.armsWord(v-1) {
			a, b = v-1, v // "weapons supplied by Iran"
		}
		if a < 0 {
			return
		}
		objFrom, objTo = a, b
	}
	to = max(to, objTo)
	for y := max(objTo, v+1); y < limit; y++ {
		p := r.partyAt(y + 1)
		switch r.w(y) {
		case "to", "for":
			if p >= 0 && len(recipient) == 0 {
				recipient, to = r.compoundSides(p), max(to, r.compoundEnd(p))
			}
		case "by":
			if p >= 0 && (passive || objTo <= v) {
				supplier, to = r.compoundSides(p), max(to, r.compoundEnd(p))
			}
		}
	}
	from := min(v, objFrom)
	if passive && len(recipient) == 0 && r.w(v+1) == "with" {
		// "Russia was supplied with drones by Iran".
		if s, _ := r.subject(v); len(s) > 0 {
			recipient, from = r.sidesOf(s), r.parties[s[0]].start
		}
	}
	mood := ""
	var evs []Event
	if !passive {
		evs = r.eventsAt(v)
	}
	blamed := false
	if len(supplier) == 0 && !passive {
		if agent, acc, b, ok := r.gerundAgent(v); ok {
			// "accuse North Korea of supplying …", "condemned A for …
			// sending B arms": the accused supplies.
			supplier, from, blamed, accuser = r.sidesOf(agent), r.parties[agent[0]].start, b, acc
		} else if s, _ := r.subject(v); len(s) > 0 {
			supplier, from = r.sidesOf(s), r.parties[s[0]].start
		} else if len(evs) > 0 {
			// The coder placed a subject the patterns cannot ("…, after
			// sending arms to B"): take its dyad.
			supplier = []side{{code: evs[0].Source, p: -1}}
			if len(recipient) == 0 && evs[0].Target != "" {
				recipient = []side{{code: evs[0].Target, p: -1}}
			}
		}
	}
	if len(supplier) == 0 || len(recipient) == 0 {
		return
	}
	if len(evs) > 0 {
		mood = evs[0].Modality
	}
	mood = strongest(mood, r.mood(v))
	if from < v {
		// "claims that Iran supplied drones to Russia", "if it decided to
		// supply weapons".
		mood = strongest(mood, r.mood(from))
	}
	if blamed {
		mood = strongest(mood, event.Alleged)
	}
	var attr *event.Attribution
	if mood == event.Alleged {
		if len(accuser.subject) == 0 {
			accuser, _ = r.accuser(v)
		}
		attr = r.attribution(accuser, from)
		if len(accuser.subject) > 0 {
			from = min(from, accuser.from)
		}
	}
	r.addSupply(supplier, recipient, lower(r.text(objFrom, objTo)), mood, attr, from, to)
}

// armsIn returns the first weapons phrase in tokens [a, b) — its head and
// the modifiers before it — before any clause opener, or -1, -1.
func (r *reader) armsIn(a, b int) (int, int) {
	for i := a; i < b && i < len(r.toks); i++ {
		if isSubordinator(r.w(i)) || r.boundary(i) {
			return -1, -1
		}
		if r.armsWord(i) {
			s := i
			for s > a && armsModifier(r.w(s-1)) {
				s--
			}
			e := i + 1
			for e < b && (r.armsWord(e) || r.w(e) == "and" && r.armsWord(e+1)) {
				e++
			}
			return s, e
		}
	}
	return -1, -1
}

// supplyNounPhrase reads "A's arms sales to B", "Russian weapons
// deliveries to B", "arms supplies from A to B", "A's transfer of arms
// and munitions to B" at the noun n.
func (r *reader) supplyNounPhrase(n int) {
	a, b := n-1, n+1 // the words that name what is supplied
	head := a        // where the phrase starts, before its possessor
	if r.w(n+1) == "of" {
		x, y := r.armsIn(n+2, min(len(r.toks), n+10))
		if x < 0 || x > n+4 {
			return
		}
		a, b, head = x, y, n
	} else {
		for a > 0 && (r.armsWord(a-1) || armsModifier(r.w(a-1))) {
			a--
		}
		head = a
	}
	var supplier, recipient []side
	from, to := head, b
	switch {
	case head > 0 && r.toks[head-1].kind == segment.Possessive && r.partyEndingAt(head-1) >= 0:
		p := r.partyEndingAt(head - 1)
		supplier, from = r.compoundSides(p), r.parties[r.firstOf(p)].start
	case r.partyEndingAt(head) >= 0:
		// "Russian arms sales": the adjective names the supplier.
		p := r.partyEndingAt(head)
		supplier, from = r.sides(p), r.parties[p].start
	}
	for y := b; y < len(r.toks) && y <= b+6 && !r.boundary(y); y++ {
		p := r.partyAt(y + 1)
		if p < 0 {
			continue
		}
		switch r.w(y) {
		case "to":
			recipient, to = r.compoundSides(p), r.compoundEnd(p)
		case "from":
			if len(supplier) == 0 {
				supplier, to = r.compoundSides(p), r.compoundEnd(p)
			}
		}
	}
	level := lower(r.text(a, b))
	if head == a {
		level = lower(r.text(a, n+1))
	}
	r.addSupply(supplier, recipient, level, r.mood(from), nil, from, to)
}

// addSupply records arms supply from each supplier to each recipient,
// attributed to attr when it is not nil.
func (r *reader) addSupply(supplier, recipient []side, level, mood string, attr *event.Attribution, from, to int) {
	for _, s := range supplier {
		for _, t := range recipient {
			if s.code != t.code {
				r.add(event.Fact{Type: event.FactArmsSupply, Parties: []string{s.code, t.code}, Source: s.code, Target: t.code,
					Level: level, Modality: mood, Attribution: attr}, from, to)
			}
		}
	}
}

func lower(s string) string { return strings.ToLower(s) }
