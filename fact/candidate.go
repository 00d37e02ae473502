package fact

import "strings"

// Candidate reports whether text may state a fact: whether it holds the
// words some pattern of Extract needs together — a trade word and an
// amount, a weapon and a word of supply, a sanctions word, a pact, a
// membership word and the name of an organisation, a title before a name
// ("President To Lam") or in an appositive ("the president of …"). It is
// cheap and allocates nothing, so that a pipeline can skip reading the
// mentions of the many sentences that state no fact; it may say yes to a
// sentence that states none.
//
// When only a title before a name makes text a candidate, titled is the
// title and the name ("President To Lam"): the sentence can state nothing
// but that office, and a caller that has read it once in the document may
// skip the sentence.
func Candidate(text string) (ok bool, titled string) {
	var buf [16]byte
	article := false // the word before was "the" or "a"
	appositive := false
	var seen uint16
	// Pairs count when their words stand close: "member of NATO", "sold
	// … missiles to", "mutual defense commitments", "come to each other's
	// aid if attacked".
	pairs := [...]struct{ a, b, near int }{
		{candMember, candOrg, 4}, {candArms, candSupply, 8}, {candSoftPact, candDefense, 4},
		{candHelp, candAttack, 10}, {candPartner, candStrategic, 2}, {candTrade, candPartner, 2},
	}
	var last [16]int // the word number of each kind's last word, +1
	word := 0
	paired := false
	note := func(k int) {
		word++
		if k == candOther {
			return
		}
		for _, p := range pairs {
			other := -1
			switch k {
			case p.a:
				other = p.b
			case p.b:
				other = p.a
			}
			if other >= 0 && last[other] > 0 && word-last[other] <= p.near {
				paired = true
			}
		}
		last[k] = word
	}
	if strings.ContainsAny(text, "\n\r\t") {
		// Words run between spaces below; a sentence over lines (rare)
		// is read as one line.
		text = strings.Map(func(c rune) rune {
			if c == '\n' || c == '\r' || c == '\t' {
				return ' '
			}
			return c
		}, text)
	}
	if strings.IndexByte(text, '$') >= 0 || strings.Contains(text, "\u20ac") || strings.Contains(text, "\u00a3") ||
		strings.Contains(text, "\u00a5") || strings.Contains(text, "\u20b9") {
		seen |= 1 << candMoney
	}
	// Words run between spaces; each is trimmed of what is not a letter at
	// its ends ("“sanctions,", "175bn": a multiplier glued to digits is
	// read alone).
	for i := 0; i < len(text); {
		sp := strings.IndexByte(text[i:], ' ')
		end := len(text)
		if sp >= 0 {
			end = i + sp
		}
		a, b := i, end
		i = end + 1
		for a < b && text[a]-'a' >= 26 && text[a]-'A' >= 26 {
			a++
		}
		for b > a && text[b-1]-'a' >= 26 && text[b-1]-'A' >= 26 {
			b--
		}
		if b > a+1 && text[b-1] == 's' && text[b-2] == '\'' {
			b -= 2 // "NATO's"
		} else if b > a+3 && text[b-1] == 's' && text[b-4] == 0xE2 {
			b -= 4 // "NATO’s"
		}
		n := b - a
		if n < 2 || n > len(buf) {
			article = n == 1 && (text[a] == 'a' || text[a] == 'A')
			word++
			continue
		}
		w := text[a:b]
		if w[0]-'A' < 26 && w[1]-'A' < 26 {
			// An acronym: NATO, EU, ASEAN, ECOWAS (or US).
			allUpper := n <= 6
			for k := 2; k < n && allUpper; k++ {
				allUpper = w[k]-'A' < 26
			}
			if allUpper {
				seen |= 1 << candOrg
				note(candOrg)
				word--
			}
		}
		key := prefixKey(w)
		if !mayTrigger(key) {
			article = n == 3 && key == 't'<<16|'h'<<8|'e'
			word++
			continue
		}
		hasUpper := false
		for k := range n {
			hasUpper = hasUpper || w[k]-'A' < 26
		}
		if hasUpper {
			for j := range n {
				buf[j] = toLower(w[j])
			}
			w = string(buf[:n]) // does not allocate: it does not escape
		}
		k := kind(w)
		switch {
		case k == candTitle:
			next, capital := nextWord(text, b)
			switch {
			case article && next == "of", next == ",":
				// "the president of Vietnam", "the French foreign
				// minister, Catherine Colonna".
				appositive = true
			case capital && titled == "":
				// "President To Lam", "North Korean leader Kim Jong Un".
				titled = text[a:nameEnd(text, b)]
			}
		case k != candOther:
			seen |= 1 << k
		}
		note(k)
		article = n == 3 && w == "the"
	}
	has := func(k int) bool { return seen&(1<<k) != 0 }
	if has(candHard) || paired || appositive || has(candTrade) && has(candMoney) {
		return true, ""
	}
	return titled != "", titled
}

// nameEnd returns the end of the capitalised words (at most three) that
// follow byte j: the name after a title.
func nameEnd(text string, j int) int {
	end := j
	for w := 0; w < 3; w++ {
		k := end
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) || text[k] < 'A' || text[k] > 'Z' {
			break
		}
		for k < len(text) && (isLetter(text[k]) || text[k] == '-' || text[k] == '.') {
			k++
		}
		end = k
	}
	return end
}

// nextWord looks at what follows byte j: "of" or "," followed by a
// capitalised word (returned as "of" and ","), and whether the next word
// starts with a capital.
func nextWord(text string, j int) (string, bool) {
	for j < len(text) && (text[j] == ' ' || text[j] == '-') {
		j++
	}
	if j >= len(text) {
		return "", false
	}
	if j+2 <= len(text) && text[j] == 'o' && text[j+1] == 'f' && (j+2 == len(text) || !isLetter(text[j+2])) {
		return "of", false
	}
	if text[j] == ',' {
		k := j + 1
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k < len(text) && text[k] >= 'A' && text[k] <= 'Z' {
			return ",", false
		}
	}
	return "", text[j] >= 'A' && text[j] <= 'Z'
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func toLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Kinds of words for Candidate: a sentence is a candidate with a hard
// word, a title before a name, or the pairs Candidate lists.
const (
	candOther    = iota
	candHard     // enough alone: sanctions, pact, treaty, alliance, partnership
	candTitle    // a title, which counts before a name or in an appositive
	candTrade    // counts with an amount or "partner"
	candMoney    // an amount: a currency sign, "billion"
	candPartner  // "partner" of "trading partner"
	candArms     // a weapon, which counts with a word of supply
	candSupply   // supply, deliver, sell, supplier
	candSoftPact // agreement, deal, commitments: counts with a defense word
	candDefense  // defense, security, military, mutual
	candHelp     // aid, assistance: counts with an attack word
	candAttack   // attack, aggression, "each other"
	candMember   // member, join, leave: counts with an organisation
	candOrg      // an acronym or a word of an organisation's name
	candStrategic
)

// kind classifies a lower-case word for Candidate.
func kind(w string) int {
	switch w {
	case "sanctions", "sanctioned", "sanction", "sanctioning", "embargo", "embargoes",
		"pact", "pacts", "treaty", "treaties", "alliance", "alliances", "partnership", "partnerships", "supplier", "suppliers":
		return candHard
	case "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "secretary", "leader",
		"chairman", "chairwoman", "governor", "ambassador", "envoy", "prince", "general", "commander", "mayor",
		"senator", "representative", "congressman", "congresswoman", "lawmaker", "official", "adviser", "advisor",
		"diplomat", "chief", "director", "spokesman", "spokeswoman", "spokesperson", "deputy", "speaker", "judge":
		return candTitle
	case "trade", "commerce", "exports", "imports", "trading":
		return candTrade
	case "billion", "million", "trillion", "crore", "bn", "mln", "tn", "usd", "eur", "euros", "yuan", "yen", "rubles", "roubles", "rupees", "dollars":
		return candMoney
	case "partner", "partners":
		return candPartner
	case "arms", "weapon", "weapons", "weaponry", "ammunition", "munitions", "missiles", "missile", "drones",
		"shells", "artillery", "tanks", "warplanes", "jets", "equipment", "hardware", "rockets", "howitzers", "armaments",
		"systems", "aircraft", "helicopters", "vehicles", "rifles", "firearms", "explosives", "submarines", "warships", "frigates", "fighters":
		return candArms
	case "supply", "supplies", "supplied", "supplying", "provide", "provides", "provided", "providing",
		"deliver", "delivers", "delivered", "delivering", "deliveries", "send", "sends", "sent", "sending",
		"ship", "ships", "shipped", "shipping", "shipments", "sell", "sells", "sold", "selling", "sales",
		"transfer", "transfers", "transferred", "transferring", "export", "exported", "exporting", "exporter", "exporters",
		"provider", "providers", "seller", "sellers", "source", "vendor",
		"receive", "received", "receiving", "buy", "buys", "bought", "buying", "purchase", "purchased", "acquire",
		"acquired", "imported", "obtained", "getting":
		return candSupply
	case "agreement", "agreements", "accord", "accords", "deal", "arrangement", "commitments", "commitment",
		"guarantees", "guarantee", "obligations", "obligation", "clause", "provisions", "assurances":
		return candSoftPact
	case "defense", "defence", "mutual-defense", "mutual-defence", "security", "military", "mutual", "collective":
		return candDefense
	case "aid", "assistance", "defend", "help", "rescue", "support":
		return candHelp
	case "attack", "attacked", "attacks", "aggression", "invaded", "invasion", "other", "another", "war":
		return candAttack
	case "join", "joins", "joined", "joining", "rejoin", "rejoined", "member", "members", "membership", "accession",
		"admission", "leave", "left", "leaving", "quit", "quits", "exit", "exited", "withdrew", "withdraw", "withdrawn", "ally", "allies":
		return candMember
	case "union", "nations", "organization", "organisation", "council", "community", "league", "bloc", "forum", "group":
		return candOrg
	case "strategic", "comprehensive":
		return candStrategic // with "partners"
	}
	return candOther
}

// mayTrigger reports whether a word whose first three letters, in lower
// case (0 past the word's end), make k can be a word kind knows: a test
// that spares most words the lookup. TestMayTrigger checks it against
// kind's lists.
func mayTrigger(k uint32) bool {
	switch k {
	case 'a'<<16 | 'c'<<8 | 'c', 'a'<<16 | 'c'<<8 | 'q', 'a'<<16 | 'd'<<8 | 'm', 'a'<<16 | 'd'<<8 | 'v', 'a'<<16 | 'g'<<8 | 'g',
		'a'<<16 | 'g'<<8 | 'r', 'a'<<16 | 'i'<<8 | 'd', 'a'<<16 | 'i'<<8 | 'r', 'a'<<16 | 'l'<<8 | 'l', 'a'<<16 | 'm'<<8 | 'b',
		'a'<<16 | 'm'<<8 | 'm', 'a'<<16 | 'n'<<8 | 'o', 'a'<<16 | 'r'<<8 | 'm', 'a'<<16 | 'r'<<8 | 'r', 'a'<<16 | 'r'<<8 | 't',
		'a'<<16 | 's'<<8 | 's', 'a'<<16 | 't'<<8 | 't', 'b'<<16 | 'i'<<8 | 'l', 'b'<<16 | 'l'<<8 | 'o', 'b'<<16 | 'n'<<8,
		'b'<<16 | 'o'<<8 | 'u', 'b'<<16 | 'u'<<8 | 'y', 'c'<<16 | 'h'<<8 | 'a', 'c'<<16 | 'h'<<8 | 'i', 'c'<<16 | 'l'<<8 | 'a',
		'c'<<16 | 'o'<<8 | 'l', 'c'<<16 | 'o'<<8 | 'm', 'c'<<16 | 'o'<<8 | 'n', 'c'<<16 | 'o'<<8 | 'u', 'c'<<16 | 'r'<<8 | 'o',
		'd'<<16 | 'e'<<8 | 'a', 'd'<<16 | 'e'<<8 | 'f', 'd'<<16 | 'e'<<8 | 'l', 'd'<<16 | 'e'<<8 | 'p', 'd'<<16 | 'i'<<8 | 'p',
		'd'<<16 | 'i'<<8 | 'r', 'd'<<16 | 'o'<<8 | 'l', 'd'<<16 | 'r'<<8 | 'o', 'e'<<16 | 'm'<<8 | 'b', 'e'<<16 | 'm'<<8 | 'i',
		'e'<<16 | 'n'<<8 | 'v', 'e'<<16 | 'q'<<8 | 'u', 'e'<<16 | 'u'<<8 | 'r', 'e'<<16 | 'x'<<8 | 'i', 'e'<<16 | 'x'<<8 | 'p',
		'f'<<16 | 'i'<<8 | 'g', 'f'<<16 | 'i'<<8 | 'r', 'f'<<16 | 'o'<<8 | 'r', 'f'<<16 | 'r'<<8 | 'i', 'g'<<16 | 'e'<<8 | 'n',
		'g'<<16 | 'e'<<8 | 't', 'g'<<16 | 'o'<<8 | 'v', 'g'<<16 | 'r'<<8 | 'o', 'g'<<16 | 'u'<<8 | 'a', 'h'<<16 | 'a'<<8 | 'r',
		'h'<<16 | 'e'<<8 | 'l', 'h'<<16 | 'o'<<8 | 'w', 'i'<<16 | 'm'<<8 | 'p', 'i'<<16 | 'n'<<8 | 'v', 'j'<<16 | 'e'<<8 | 't',
		'j'<<16 | 'o'<<8 | 'i', 'j'<<16 | 'u'<<8 | 'd', 'k'<<16 | 'i'<<8 | 'n', 'l'<<16 | 'a'<<8 | 'w', 'l'<<16 | 'e'<<8 | 'a',
		'l'<<16 | 'e'<<8 | 'f', 'm'<<16 | 'a'<<8 | 'y', 'm'<<16 | 'e'<<8 | 'm', 'm'<<16 | 'i'<<8 | 'l', 'm'<<16 | 'i'<<8 | 'n',
		'm'<<16 | 'i'<<8 | 's', 'm'<<16 | 'l'<<8 | 'n', 'm'<<16 | 'u'<<8 | 'n', 'm'<<16 | 'u'<<8 | 't', 'n'<<16 | 'a'<<8 | 't',
		'o'<<16 | 'b'<<8 | 'l', 'o'<<16 | 'b'<<8 | 't', 'o'<<16 | 'f'<<8 | 'f', 'o'<<16 | 'r'<<8 | 'g', 'o'<<16 | 't'<<8 | 'h',
		'p'<<16 | 'a'<<8 | 'c', 'p'<<16 | 'a'<<8 | 'r', 'p'<<16 | 'r'<<8 | 'e', 'p'<<16 | 'r'<<8 | 'i', 'p'<<16 | 'r'<<8 | 'o',
		'p'<<16 | 'u'<<8 | 'r', 'q'<<16 | 'u'<<8 | 'e', 'q'<<16 | 'u'<<8 | 'i', 'r'<<16 | 'e'<<8 | 'c', 'r'<<16 | 'e'<<8 | 'j',
		'r'<<16 | 'e'<<8 | 'p', 'r'<<16 | 'e'<<8 | 's', 'r'<<16 | 'i'<<8 | 'f', 'r'<<16 | 'o'<<8 | 'c', 'r'<<16 | 'o'<<8 | 'u',
		'r'<<16 | 'u'<<8 | 'b', 'r'<<16 | 'u'<<8 | 'p', 's'<<16 | 'a'<<8 | 'l', 's'<<16 | 'a'<<8 | 'n', 's'<<16 | 'e'<<8 | 'c',
		's'<<16 | 'e'<<8 | 'l', 's'<<16 | 'e'<<8 | 'n', 's'<<16 | 'h'<<8 | 'e', 's'<<16 | 'h'<<8 | 'i', 's'<<16 | 'o'<<8 | 'l',
		's'<<16 | 'o'<<8 | 'u', 's'<<16 | 'p'<<8 | 'e', 's'<<16 | 'p'<<8 | 'o', 's'<<16 | 't'<<8 | 'r', 's'<<16 | 'u'<<8 | 'b',
		's'<<16 | 'u'<<8 | 'l', 's'<<16 | 'u'<<8 | 'p', 's'<<16 | 'y'<<8 | 's', 't'<<16 | 'a'<<8 | 'n', 't'<<16 | 'n'<<8,
		't'<<16 | 'r'<<8 | 'a', 't'<<16 | 'r'<<8 | 'e', 't'<<16 | 'r'<<8 | 'i', 'u'<<16 | 'n'<<8 | 'i', 'u'<<16 | 's'<<8 | 'd',
		'v'<<16 | 'e'<<8 | 'h', 'v'<<16 | 'e'<<8 | 'n', 'w'<<16 | 'a'<<8 | 'r', 'w'<<16 | 'e'<<8 | 'a', 'w'<<16 | 'i'<<8 | 't',
		'y'<<16 | 'e'<<8 | 'n', 'y'<<16 | 'u'<<8 | 'a':
		return true
	}
	return false
}

// prefixKey returns the key mayTrigger reads for w.
func prefixKey(w string) uint32 {
	var k uint32
	for i := 0; i < 3; i++ {
		k <<= 8
		if i < len(w) {
			k |= uint32(w[i] | 0x20)
		}
	}
	return k
}
