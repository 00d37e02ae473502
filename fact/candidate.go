package fact

// Candidate reports whether text may state a fact: whether it holds one of
// the words every pattern of Extract needs (a trade or sanctions noun, a
// weapon, a pact, a title, an amount of money, …). It is cheap and
// allocates nothing, so that a pipeline can skip the work of reading
// mentions for the many sentences that state no fact.
func Candidate(text string) bool {
	var buf [16]byte
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '$':
			return true
		case c >= 0x80:
			// €, £, ₹, ₩, ₽, ¥ and the like: any currency sign.
			if i+1 < len(text) && (c == 0xC2 && (text[i+1] == 0xA3 || text[i+1] == 0xA5) || c == 0xE2 && text[i+1] == 0x82) {
				return true
			}
			i++
			continue
		case !isLetter(c):
			i++
			continue
		}
		j := i
		n := 0
		for j < len(text) && (isLetter(text[j]) || text[j] == '-') {
			if n < len(buf) {
				b := text[j]
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				buf[n] = b
			}
			n++
			j++
		}
		if n >= 2 && n <= len(buf) && trigger(string(buf[:n])) {
			return true
		}
		i = j
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// trigger reports the words Candidate looks for.
func trigger(w string) bool {
	switch w {
	case "trade", "commerce", "exports", "imports", "trading",
		"sanctions", "sanctioned", "sanction", "sanctioning", "embargo", "embargoes",
		"arms", "weapon", "weapons", "weaponry", "ammunition", "munitions", "missiles", "missile", "drones",
		"shells", "artillery", "tanks", "warplanes", "jets", "equipment", "hardware", "rockets", "supplier", "suppliers",
		"pact", "pacts", "treaty", "treaties", "alliance", "alliances", "partnership", "partnerships", "partners",
		"defense", "defence", "aid", "assistance", "defend", "commitments", "guarantees",
		"join", "joins", "joined", "joining", "rejoin", "rejoined", "member", "members", "membership", "accession",
		"admission", "leave", "left", "leaving", "quit", "exit", "exited", "withdrew", "withdraw", "withdrawn", "ally",
		"president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "secretary", "leader",
		"chairman", "chairwoman", "governor", "ambassador", "envoy", "prince", "general", "commander", "mayor",
		"billion", "million", "trillion", "crore", "bn", "mln":
		return true
	}
	return false
}
