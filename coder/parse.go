package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// linkWord reports tokens that join an agent to the actor after it
// ("government of Gondor", "activists in Arnor", "soldiers from Gondor").
func linkWord(u string) bool {
	switch u {
	case "OF", "IN", "FROM", "FOR":
		return true
	}
	return false
}

// isArticle reports the words a noun phrase is extended over ("the
// Kremlin", "a Chinese spokesman"); "that" is left out, since it opens
// clauses as often as it points.
func isArticle(u string) bool {
	switch u {
	case "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR":
		return true
	}
	return false
}

// isSubordinator reports words that open a clause.
func isSubordinator(u string) bool {
	switch u {
	case "WHILE", "WHEREAS", "WHERE", "WHEN", "WHICH", "WHO", "WHOM", "THAT", "BECAUSE", "ALTHOUGH", "THOUGH",
		"AFTER", "BEFORE", "SINCE", "UNTIL", "IF", "UNLESS", "AS", "BUT", "THEN":
		return true
	}
	return false
}

func isDeterminer(u string) bool {
	switch u {
	case "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "THIS", "THAT", "THESE", "THOSE", "'S", "NO", "EVERY", "EACH", "ANY", "SOME":
		return true
	}
	return false
}

// buildNPs groups actor and agent matches into noun phrases and gives each
// its code.
func (c *Coder) buildNPs(s *sentence, date dict.Date) {
	t := c.t
	s.nps = s.nps[:0]
	if cap(s.npAt) < len(s.toks) {
		s.npAt = make([]int32, len(s.toks))
	}
	s.npAt = s.npAt[:len(s.toks)]
	for i := range s.npAt {
		s.npAt[i] = -1
	}
	// Drop matches in dead tokens; s.matches keeps only the live ones so
	// that noun phrases can refer to them by index.
	live := s.matches[:0]
	for _, m := range s.matches {
		if s.live[m.start] {
			live = append(live, m)
		}
	}
	s.matches = live
	for k := 0; k < len(live); {
		// Grow a phrase from live[k] while the next match attaches to it.
		j := k + 1
		actors := 0
		if live[k].actor {
			actors++
		}
		persons := 0
		if c.isPersonMatch(live[k]) {
			persons++
		}
		for j < len(live) {
			prev, next := live[j-1], live[j]
			// A second actor joins only as the person a title names
			// ("Russian President Vladimir Putin", "Russia's Putin").
			if next.actor && actors > 0 && (!c.isPersonMatch(next) || persons > 0) {
				break
			}
			if c.isPersonMatch(next) {
				persons++
			}
			if !c.attaches(s, prev, next) {
				break
			}
			if next.actor {
				actors++
			}
			j++
		}
		p := np{start: live[k].start, end: live[j-1].end, m0: k, m1: j}
		p.code, p.hasActor = c.compose(s, live[k:j], date, true)
		p.lone = !p.hasActor
		p.inferred = p.hasActor && !c.namesActor(s, live[k:j])
		p.actorCode = c.actorCode(s, live[k:j], date)
		for _, m := range live[k:j] {
			if m.rec <= -2 && s.persons[-2-m.rec].kind != hitRef || m.actor && m.rec >= 0 && c.t.person[m.rec] {
				p.nameStart, p.nameEnd = m.start, m.end
			}
		}
		if j == k+1 && live[k].rec == -1 {
			p.pronoun, p.hasActor, p.lone, p.code = true, false, false, ""
		}
		for x := k + 1; x < j; x++ {
			if live[x].actor && !live[x-1].actor && live[x].start > live[x-1].end && linkWord(s.up(live[x-1].end)) {
				p.linked = true
			}
		}
		// Extend the phrase over a leading determiner or adjectives so
		// that patterns see "the Gondor" as one unit.
		for p.start > 0 && isArticle(s.up(p.start-1)) {
			p.start--
		}
		p.locative = !c.opt.NoInference && p.start >= 2 && s.up(p.start-1) == "IN" && isSettingNoun(s.up(p.start-2))
		idx := int32(len(s.nps))
		s.nps = append(s.nps, p)
		for x := p.start; x < p.end; x++ {
			s.npAt[x] = idx
		}
		k = j
	}
	_ = t
	s.date = date
}

// attaches reports whether match b belongs to the same noun phrase as a.
func (c *Coder) attaches(s *sentence, a, b match) bool {
	gap := b.start - a.end
	if gap == 0 {
		return true
	}
	// "Gondor's government", "Dagolath's first Deputy Prime Minister".
	if s.up(a.end) == "'S" && a.actor && (!b.actor || c.isPersonMatch(b)) && (gap <= 3 && b.rec >= 0 && !b.actor || gap == 1) {
		for x := a.end + 1; x < b.start; x++ {
			if s.toks[x].punct != 0 || c.isVerbWord(s, x) {
				return false
			}
		}
		return true
	}
	// "the government of Gondor", "human rights activists in Arnor", "a
	// senior aide to Ukrainian President …".
	if !a.actor && a.rec >= 0 && b.actor && gap <= 2 && (linkWord(s.up(a.end)) || s.up(a.end) == "TO" && servesWord(s.up(a.end-1))) {
		return gap == 1 || s.up(a.end+1) == "THE"
	}
	// "Russian Deputy Defence Minister", "the US acting ambassador": a
	// rank between an actor and its agent; or one plain word that names
	// the kind ("French paper workers", "Chinese fishing boats").
	if a.actor && a.rec >= 0 && !b.actor && b.rec >= 0 && gap <= 2 {
		plain := 0
		for x := a.end; x < b.start; x++ {
			if isRank(s.up(x)) {
				continue
			}
			tk := s.toks[x]
			if c.opt.NoInference || tk.punct != 0 || tk.capital || isFunctionWord(tk.up) || isDeterminer(tk.up) || c.isVerbWord(s, x) {
				return false
			}
			plain++
		}
		return plain <= 1
	}
	return false
}

// isPersonMatch reports a match of a dictionary actor that is a person.
func (c *Coder) isPersonMatch(m match) bool {
	return m.actor && m.rec >= 0 && c.t.person[m.rec]
}

// servesWord reports roles that belong to whom they serve: "aide to X" is
// X's aide (while "ambassador to X" is not X's ambassador).
func servesWord(u string) bool {
	switch u {
	case "AIDE", "AIDES", "ADVISER", "ADVISERS", "ADVISOR", "ADVISORS", "ASSISTANT", "ASSISTANTS",
		"SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "SECRETARY", "COUNSELLOR", "COUNSELOR":
		return true
	}
	return false
}

// isRank reports words of rank that may stand inside a title.
func isRank(u string) bool {
	switch u {
	case "DEPUTY", "VICE", "FIRST", "SENIOR", "ACTING", "FORMER", "TOP", "CHIEF", "ASSISTANT", "INTERIM", "NEW", "THEN", "OUTGOING", "INCOMING":
		return true
	}
	return false
}

// compose makes the code of a noun phrase from its matches: the actor's
// code with the agents' codes placed around it; "---" stands for a missing
// actor. With infer, agents without an actor take the one state the
// sentence names ("police" in a sentence about Egypt alone), unless the
// NoInference option is set or a word before them says they are
// foreign.
func (c *Coder) compose(s *sentence, ms []match, date dict.Date, infer bool) (string, bool) {
	base := ""
	hasActor := false
	for _, m := range ms {
		if m.actor && m.rec >= 0 {
			if code, ok := c.t.actorRecs[m.rec].CodeAt(date); ok && (!hasActor || c.t.person[m.rec]) {
				// A person's own dated code is more precise than the
				// country a title gives.
				base = code
				hasActor = true
			}
		}
	}
	if !hasActor {
		// A person the document has placed ("Podolyak", known from an
		// appositive) stands for its actor.
		for _, m := range ms {
			if m.rec <= -2 {
				if code := c.personCode(s, m); code != "" {
					base, hasActor = code, true
				}
			}
		}
	}
	if !hasActor && infer && s.ctxCountry != "" && !c.opt.NoInference && c.inferable(s, ms) {
		base, hasActor = s.ctxCountry, true
	}
	if !hasActor {
		base = "---"
		if c.opt.ConvertAgent {
			base = "~"
		}
	}
	if strings.HasSuffix(base, "ELI") && !c.opt.NoInference && c.titledInOffice(ms) {
		// "Prime Minister Netanyahu" on a day the dictionaries have him
		// out of office: the text's title is the newer fact.
		base = base[:len(base)-3]
	}
	if strings.IndexByte(base, '/') >= 0 {
		// An actor that stands for several: give each the agents.
		parts := strings.Split(base, "/")
		for i, b := range parts {
			parts[i] = c.withAgents(b, ms)
		}
		return strings.Join(parts, "/"), hasActor
	}
	return c.withAgents(base, ms), hasActor
}

// namesActor reports a dictionary actor, or a name the document has
// placed, among ms.
func (c *Coder) namesActor(s *sentence, ms []match) bool {
	for _, m := range ms {
		if m.actor && m.rec >= 0 || m.rec <= -2 && c.personCode(s, m) != "" {
			return true
		}
	}
	return false
}

// titledInOffice reports an agent among ms that names an office held
// ("President", "Defence Minister"), not a past one ("former president").
func (c *Coder) titledInOffice(ms []match) bool {
	for _, m := range ms {
		if !m.actor && m.rec >= 0 {
			if code := c.t.agentRecs[m.rec].Code; code != "" && !strings.Contains(code, "ELI") {
				return true
			}
		}
	}
	return false
}

// inferable reports whether the agents ms may take the sentence's state:
// they are agents (not a pronoun), and no word before them marks them as
// coming from elsewhere ("foreign ministers", "Western diplomats").
func (c *Coder) inferable(s *sentence, ms []match) bool {
	agents := false
	for _, m := range ms {
		if m.rec == -1 {
			return false
		}
		if !m.actor && m.rec >= 0 {
			agents = true
		}
	}
	if !agents {
		return false
	}
	for x := ms[0].start - 1; x >= 0 && x >= ms[0].start-2; x-- {
		switch s.up(x) {
		case "FOREIGN", "WESTERN", "INTERNATIONAL", "OVERSEAS", "OTHER", "VISITING", "EXILED", "EXILE":
			return false
		}
	}
	return !c.adjectival(s, ms[len(ms)-1].end)
}

// adjectival reports whether the agent phrase that ends before token x
// modifies the word at x rather than naming someone: "an official visit",
// "a general strike". The agent is a word that is also an adjective of
// another sense, it is singular, and the word at x a lower-case word that
// is neither a function word nor an inflected verb. ("An army convoy" is
// the army's.)
func (c *Coder) adjectival(s *sentence, x int) bool {
	if x >= len(s.toks) || x == 0 {
		return false
	}
	switch s.up(x - 1) {
	case "OFFICIAL", "GENERAL", "RADICAL", "EXTREMIST":
		// Agents that are adjectives of another sense too. Others modify
		// as owners ("an army convoy", "a police station").
	default:
		return false
	}
	tk := s.toks[x]
	if tk.punct != 0 || tk.capital || isFunctionWord(tk.up) || tk.report {
		return false
	}
	// English modifies with the singular ("a police station", "an army
	// officer"); a plural agent heads its phrase ("refugees fleeing").
	if strings.HasSuffix(s.up(x-1), "S") {
		return false
	}
	return !c.isVerbWord(s, x) || isBaseForm(tk.up)
}

// isBaseForm reports a word that does not end like an inflected verb.
func isBaseForm(u string) bool {
	for _, suf := range []string{"ED", "ING", "S", "EN"} {
		if strings.HasSuffix(u, suf) {
			return false
		}
	}
	return true
}

// isFunctionWord reports prepositions, auxiliaries, modals, relative
// words and the commonest adverbs: words that follow a noun phrase
// without being modified by it.
func isFunctionWord(u string) bool {
	switch u {
	case "OF", "IN", "ON", "AT", "TO", "FROM", "FOR", "WITH", "BY", "AND", "OR", "BUT", "NOR", "AS", "THAN",
		"NEAR", "ACROSS", "ALONG", "AROUND", "INSIDE", "OUTSIDE", "AGAINST", "DURING", "OVER", "UNDER", "AFTER",
		"BEFORE", "SINCE", "UNTIL", "INTO", "ONTO", "THROUGH", "THROUGHOUT", "TOWARD", "TOWARDS", "VIA", "WITHIN",
		"WITHOUT", "AMONG", "BETWEEN", "BEHIND", "BEYOND", "DESPITE", "AMID", "AMIDST", "UPON", "ABOUT", "OFF",
		"WHO", "WHOM", "WHOSE", "WHICH", "THAT", "WHEN", "WHERE", "WHILE", "IF", "BECAUSE",
		"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "HAS", "HAVE", "HAD", "DO", "DOES", "DID",
		"WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "'S", "N'T", "NOT",
		"ALSO", "STILL", "YET", "NOW", "THEN", "ALREADY", "OFTEN", "NEVER", "EVER", "JUST", "AGAIN", "ONCE",
		"HERE", "THERE", "TODAY", "YESTERDAY", "TOMORROW", "EARLIER", "LATER", "ALONE", "TOO", "SO", "EVEN":
		return true
	}
	return strings.HasSuffix(u, "LY") && len(u) > 4
}

// actorCode returns the code of the actor among ms, without agents: the
// country of a person placed by the document when there is no actor.
func (c *Coder) actorCode(s *sentence, ms []match, date dict.Date) string {
	for _, m := range ms {
		if m.actor && m.rec >= 0 {
			if code, ok := c.t.actorRecs[m.rec].CodeAt(date); ok {
				return code
			}
		}
	}
	for _, m := range ms {
		if code := c.personCode(s, m); len(code) >= 3 {
			return code[:3]
		}
	}
	return ""
}

// withAgents places the agents' codes of ms around base.
func (c *Coder) withAgents(base string, ms []match) string {
	var pre, post strings.Builder
	for _, m := range ms {
		if m.actor || m.rec < 0 {
			continue
		}
		ag := &c.t.agentRecs[m.rec]
		code := ag.Code
		if code == "" || strings.Contains(base, code) || strings.Contains(post.String(), code) {
			continue
		}
		if ag.Before {
			pre.WriteString(code)
		} else {
			post.WriteString(code)
		}
	}
	if pre.Len() == 0 && post.Len() == 0 {
		return base
	}
	return pre.String() + base + post.String()
}

// buildGroups joins noun phrases listed with "and", "or" and commas into
// compounds.
func (c *Coder) buildGroups(s *sentence) {
	s.groups = s.groups[:0]
	if cap(s.groupOf) < len(s.nps) {
		s.groupOf = make([]int32, len(s.nps))
	}
	s.groupOf = s.groupOf[:len(s.nps)]
	for k := 0; k < len(s.nps); {
		g := group{start: s.nps[k].start, end: s.nps[k].end, nps: []int{k}}
		j := k + 1
		for j < len(s.nps) && c.listed(s, s.nps[j-1].end, s.nps[j].start) && !c.appositive(s, s.nps[j-1], s.nps[j]) {
			g.nps = append(g.nps, j)
			g.end = s.nps[j].end
			j++
		}
		if len(g.nps) > 1 {
			g.nps = c.distribute(s, g.nps)
		}
		if len(g.nps) == 1 && s.nps[g.nps[0]].pronoun {
			g.nps = c.resolvePronoun(s, g.nps[0])
		}
		for _, x := range g.nps {
			if x < len(s.groupOf) {
				s.groupOf[x] = int32(len(s.groups))
			}
		}
		s.groups = append(s.groups, g)
		k = j
	}
}

// resolvePronoun returns the phrases a pronoun stands for: the first
// compound of the sentence before it (TABARI's rule: the subject), else
// the subject carried from the previous sentence, else the pronoun alone,
// marked unresolved.
func (c *Coder) resolvePronoun(s *sentence, n int) []int {
	if !c.opt.NoInference && inQuote(s, s.nps[n].start) {
		// "They are supporting each other," Stoltenberg said: a pronoun
		// in a quotation stands for someone the speaker spoke of.
		s.nps[n].unresolved = true
		return []int{n}
	}
	lead := -1
	if !c.opt.NoInference {
		lead = c.leadingComma(s)
	}
	first := -1
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.end > s.nps[n].start || !c.usableGroup(s, g) || lead >= 0 && g.end <= lead {
			// Not before the pronoun, no actor, or in the phrase that opens
			// the sentence ("In his first visit to the North, Putin said he
			// …").
			continue
		}
		if first < 0 {
			first = gi
		}
		if c.opt.NoInference || !personal(s.up(s.nps[n].start)) {
			break
		}
		// "he" and "she" stand for a person when the sentence names one.
		if p := s.nps[g.nps[0]]; p.nameEnd > p.nameStart {
			return g.nps
		}
	}
	if first >= 0 {
		return s.groups[first].nps
	}
	if s.ctx != nil && len(s.ctx.Subject) > 0 {
		p := s.nps[n]
		var out []int
		for _, code := range s.ctx.Subject {
			out = append(out, len(s.nps))
			s.nps = append(s.nps, np{start: p.start, end: p.end, code: code, actorCode: code, hasActor: true, m0: -1, m1: -1})
		}
		return out
	}
	s.nps[n].unresolved = true
	return []int{n}
}

// appositive reports whether b, after a comma, describes a rather than
// following it in a list: "Carl Thayer, professor emeritus …" (a lone agent
// after a comma).
func (c *Coder) appositive(s *sentence, a, b np) bool {
	if !b.lone || b.start == 0 {
		return false
	}
	for x := a.end; x < b.start; x++ {
		if s.up(x) == "AND" || s.up(x) == "OR" {
			return false
		}
	}
	return true
}

// distribute spreads the agents of a linked phrase over a compound:
// "the ambassadors of Arnor, Osgiliath and Gondor" gives three ambassadors,
// and "lawmakers and officials in Fornost and Gondor" four phrases, each
// agent with each actor. It returns the compound's phrases, new ones
// appended to s.nps.
func (c *Coder) distribute(s *sentence, nps []int) []int {
	link := -1
	for i, n := range nps {
		if s.nps[n].linked {
			link = i
			break
		}
	}
	if link < 0 {
		return c.distributeAdjectives(s, nps)
	}
	// Agent-only phrases before the linked one, bare actors after it.
	var agents []match
	for _, n := range nps[:link] {
		if s.nps[n].hasActor {
			return nps
		}
		agents = append(agents, s.matches[s.nps[n].m0:s.nps[n].m1]...)
	}
	lp := s.nps[nps[link]]
	var actorMatch match
	for _, m := range s.matches[lp.m0:lp.m1] {
		if m.actor {
			actorMatch = m
		} else {
			agents = append(agents, m)
		}
	}
	actors := []match{actorMatch}
	for _, n := range nps[link+1:] {
		p := s.nps[n]
		if p.m1-p.m0 != 1 || !s.matches[p.m0].actor {
			return nps
		}
		actors = append(actors, s.matches[p.m0])
	}
	if len(actors) == 1 && len(agents) == len(s.matches[lp.m0:lp.m1])-1 {
		return nps // nothing to spread
	}
	var out []int
	for _, ag := range agents {
		for _, ac := range actors {
			p := np{start: ac.start, end: ac.end, m0: -1, m1: -1}
			p.code, p.hasActor = c.compose(s, []match{ag, ac}, s.date, true)
			p.lone = !p.hasActor
			out = append(out, len(s.nps))
			s.nps = append(s.nps, p)
		}
	}
	return out
}

// distributeAdjectives gives the agents of a compound's last phrase to
// the bare states listed before it: "Indian and Pakistani troops" are
// Indian troops and Pakistani troops, "US and British forces" both
// forces. The earlier items must be one state's name each, joined by
// "and" or commas alone.
func (c *Coder) distributeAdjectives(s *sentence, nps []int) []int {
	if c.opt.NoInference || len(nps) < 2 {
		return nps
	}
	last := s.nps[nps[len(nps)-1]]
	if last.m0 < 0 || last.m1-last.m0 < 2 || !s.matches[last.m0].actor {
		return nps
	}
	agents := s.matches[last.m0+1 : last.m1]
	for _, m := range agents {
		if m.actor || m.rec < 0 {
			return nps
		}
	}
	for k, n := range nps[:len(nps)-1] {
		p := s.nps[n]
		if p.m0 < 0 || p.m1-p.m0 != 1 || !s.matches[p.m0].actor || s.matches[p.m0].rec < 0 {
			return nps
		}
		next := s.nps[nps[k+1]]
		for x := p.end; x < next.start; x++ {
			if u := s.up(x); u != "AND" && u != "," {
				return nps
			}
		}
	}
	out := make([]int, 0, len(nps))
	for _, n := range nps[:len(nps)-1] {
		p := s.nps[n]
		ms := append([]match{s.matches[p.m0]}, agents...)
		q := np{start: p.start, end: p.end, m0: -1, m1: -1}
		q.code, q.hasActor = c.compose(s, ms, s.date, false)
		out = append(out, len(s.nps))
		s.nps = append(s.nps, q)
	}
	return append(out, nps[len(nps)-1])
}

// listed reports whether the tokens in [a, b) join two items of a list:
// ",", "and", "or", ", and", "nor", possibly with adjectives we don't know.
func (c *Coder) listed(s *sentence, a, b int) bool {
	if a >= b {
		return false
	}
	// The join comes right after the first item; a few modifiers may stand
	// between it and the next ("and the evil awful Gondor"), but no verb,
	// preposition or punctuation.
	x := a
	sawJoin := false
	for x < b {
		u := s.up(x)
		if u == "," && !c.opt.NoInference && x == c.leadingComma(s) {
			// "After his visit to Kenya, Macron …": the comma closes the
			// opening phrase; it lists nothing.
			return false
		}
		if u == "," || u == "AND" || u == "OR" || u == "NOR" || u == "&" {
			sawJoin = true
			x++
			continue
		}
		break
	}
	if !sawJoin || b-x > 3 {
		return false
	}
	for ; x < b; x++ {
		if !s.live[x] || s.toks[x].punct != 0 || c.isVerbWord(s, x) || linkWord(s.up(x)) || s.up(x) == "TO" || isSubordinator(s.up(x)) || s.toks[x].report {
			return false
		}
	}
	return true
}

// isSettingNoun reports nouns of a state of affairs or a gathering whose
// "in X" names where it is, not who takes part: "the war in Ukraine",
// "stability in the region", "war games in the Mediterranean", "talks in
// Geneva".
func isSettingNoun(u string) bool {
	switch u {
	case "WAR", "WARS", "CONFLICT", "CONFLICTS", "CRISIS", "FIGHTING", "VIOLENCE", "UNREST", "PEACE", "STABILITY",
		"SECURITY", "SITUATION", "INSURGENCY", "FAMINE", "TENSIONS", "TENSION", "DEVELOPMENTS", "EVENTS", "CHAOS",
		"TURMOIL", "BLOODSHED", "HOSTILITIES", "CIVILIANS", "INTERESTS", "INFLUENCE", "PRESENCE", "DEMOCRACY",
		"EXERCISES", "DRILLS", "GAMES", "MANEUVERS", "MANOEUVRES", "TALKS", "SUMMIT", "CONFERENCE", "NEGOTIATIONS":
		return true
	}
	return false
}

// leadingComma returns the comma that closes a prepositional or
// participial phrase opening the sentence ("In his first visit to the North, …"), or -1.
func (c *Coder) leadingComma(s *sentence) int {
	if len(s.toks) == 0 || !opensLeadingPhrase(s.up(0)) {
		return -1
	}
	for x := 1; x < len(s.toks); x++ {
		if s.toks[x].punct == ',' {
			return x
		}
	}
	return -1
}

// opensLeadingPhrase reports the words that open a phrase before a
// sentence's subject: prepositions, and participles ("Commenting on the
// Pyongyang visit, a spokesperson said …").
func opensLeadingPhrase(u string) bool {
	if len(u) > 5 && strings.HasSuffix(u, "ING") {
		return true
	}
	switch u {
	case "IN", "AFTER", "BEFORE", "DURING", "FOLLOWING", "AT", "ON", "WITH", "DESPITE", "AMID", "UNDER", "SINCE", "FOR", "AHEAD", "UPON":
		return true
	}
	return false
}

// personal reports the pronouns that stand for a person.
func personal(u string) bool {
	switch u {
	case "HE", "SHE", "HIM", "HER":
		return true
	}
	return false
}
