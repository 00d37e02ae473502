package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// This file reads what a clause does to the events in it: clauses that
// state a wish, a purpose or a demand rather than an act, demands reported
// in speech ("Russia said Sudan must return the helicopter"), and the
// places and quotations that bound a verb's arguments.

var (
	demandCode = dict.Code{Kind: dict.CodeEvent, Main: "100"}
	appealCode = dict.Code{Kind: dict.CodeEvent, Main: "020"}
)

// obligation reads the modal before verb v: "must" (or "has to", "needs
// to") makes the clause a demand, "should" an appeal. It returns the code
// of the speech act, or a zero Code.
func obligation(s *sentence, v verbHit) dict.Code {
	for x := v.start - 1; x >= 0 && x >= v.start-3; x-- {
		switch u := s.up(x); u {
		case "MUST":
			return demandCode
		case "SHOULD":
			return appealCode
		case "TO":
			if x > 0 {
				switch s.up(x - 1) {
				case "HAS", "HAVE", "NEEDS", "NEED":
					return demandCode
				}
			}
			return dict.Code{}
		case "NOT", "ALSO", "NOW", "STILL", "FIRST", "IMMEDIATELY":
		default:
			if s.toks[x].punct != 0 || !strings.HasSuffix(u, "LY") {
				return dict.Code{}
			}
		}
	}
	return dict.Code{}
}

// reporter returns the speaker of the clause of verb v: the subject of a
// reporting verb before it ("Russia said on Tuesday that …"), or the
// actor at a reporting verb after it ("…, the minister said"). nil when
// the sentence names none.
func (c *Coder) reporter(s *sentence, v verbHit) []int {
	for x := v.start - 1; x >= 0; x-- {
		if s.toks[x].punct == ';' {
			break
		}
		if s.toks[x].report || s.up(x) == "CONCLUDED" || s.up(x) == "INSISTED" {
			return c.groupBefore(s, x, 0)
		}
	}
	for x := v.end; x < len(s.toks); x++ {
		if s.toks[x].punct == ';' {
			break
		}
		if s.toks[x].report {
			if g := c.groupAfter(s, x+1, min(x+5, len(s.toks))); g != nil {
				return g
			}
			for gi := len(s.groups) - 1; gi >= 0; gi-- {
				g := &s.groups[gi]
				if g.end <= x && g.start > v.end && c.usableGroup(s, g) {
					return g.nps
				}
			}
			return nil
		}
	}
	return nil
}

// governedClause reports a verb whose clause is not an act of its own:
// the purpose or wish after "for X to" ("more important for NATO to work
// with its allies"), an act an obligation or an appeal governs ("must
// ensure security to allow aid in", "called on the Arabs to unite and
// mobilize"), a verb after a noun of wish or prospect ("a mutual
// interest in resuming arms sales"), or the act a demand asks for
// ("demanded that Somalia withdraw").
func (c *Coder) governedClause(s *sentence, v verbHit) bool {
	if c.forTo(s, v) != nil || obliged(s, v) || appealed(s, v) {
		return true
	}
	if v.start >= 2 && strings.HasSuffix(s.up(v.start), "ING") {
		switch s.up(v.start - 1) {
		case "IN", "OF":
			switch s.up(v.start - 2) {
			case "INTEREST", "INTERESTS", "HOPE", "HOPES", "PROSPECT", "PROSPECTS", "POSSIBILITY", "CHANCE",
				"CHANCES", "GOAL", "AIM", "IDEA", "INTENTION", "WAY", "WAYS", "MEANS", "CAPABLE", "CAPABILITY",
				"CAPACITY", "RISK", "DANGER", "FEAR", "FEARS", "OPTION", "OPTIONS", "CAPABILITIES":
				return true
			}
		}
	}
	return c.demandedClause(s, v)
}

// forTo returns X of "for X to V" when v is V.
func (c *Coder) forTo(s *sentence, v verbHit) []int {
	if v.start < 3 || s.up(v.start-1) != "TO" {
		return nil
	}
	for gi := range s.groups {
		g := &s.groups[gi]
		if g.end == v.start-1 && g.start > 0 && s.up(g.start-1) == "FOR" {
			return g.nps
		}
	}
	return nil
}

// demandedClause reports verb v in the clause after "demand that", "urge
// that", "insist that" …: "Washington demanded that Hamas renounce its
// armed struggle" asks for an act that has not happened.
func (c *Coder) demandedClause(s *sentence, v verbHit) bool {
	return thatGovernedBy(s, v, "DEMAND", "URG", "INSIST", "ASK", "CALL", "APPEAL", "REQUEST", "PROPOS", "SUGGEST", "RECOMMEND", "REQUIR")
}

// deniedClause reports verb v in a clause someone denies: "Syria denied
// that it supported terrorist groups".
func deniedClause(s *sentence, v verbHit) bool {
	return thatGovernedBy(s, v, "DENI", "DENY", "REJECT", "DISMISS", "REFUT")
}

// thatGovernedBy reports whether the "that" opening verb v's clause
// follows a word beginning with one of stems (an adverb may stand
// between).
func thatGovernedBy(s *sentence, v verbHit, stems ...string) bool {
	that := -1
	for x := v.start - 1; x >= 0 && x >= v.start-12; x-- {
		if p := s.toks[x].punct; p == ';' || p == '.' {
			return false
		}
		if s.up(x) == "THAT" {
			that = x
			break
		}
	}
	if that < 1 {
		return false
	}
	for x := that - 1; x >= 0 && x >= that-2; x-- {
		u := s.up(x)
		for _, stem := range stems {
			if strings.HasPrefix(u, stem) {
				return true
			}
		}
		if !strings.HasSuffix(u, "LY") {
			break
		}
	}
	return false
}

// objectLimit returns where the object of a verb ending at token i must
// have begun, at the latest limit: a dash that opens a parenthetical
// ("Putin thanked his host – whose country has been …"), a relative
// clause set off by a comma ("…, which has led to UN sanctions on
// Moscow") or a clause of condition, time or cause holds no object of the
// verb.
func objectLimit(s *sentence, i, limit int) int {
	if i < len(s.bound) {
		return min(int(s.bound[i]), limit)
	}
	return limit
}

// setBounds fills s.bound: for each token, the first token at or after it
// where a verb's object may no longer begin (see objectLimit).
func setBounds(s *sentence) {
	n := len(s.toks)
	if cap(s.bound) < n {
		s.bound = make([]int32, n)
	}
	s.bound = s.bound[:n]
	next := int32(n)
	for x := n - 1; x >= 0; x-- {
		if isBound(s, x) {
			next = int32(x)
		}
		s.bound[x] = next
	}
}

// isBound reports a token that ends the reach of a verb's object.
func isBound(s *sentence, x int) bool {
	if s.toks[x].punct == '-' && x > 0 && s.toks[x].start > s.toks[x-1].end {
		return true
	}
	if s.toks[x].punct == ',' && x+1 < len(s.toks) {
		switch s.up(x + 1) {
		case "WHICH", "WHO", "WHOSE", "WHERE", "WHOM":
			return true
		}
	}
	switch s.up(x) {
	case "IF", "UNLESS", "WHEN", "BECAUSE", "ALTHOUGH", "THOUGH", "WHILE", "WHEREAS":
		// "Syria will not accept refugees if war starts in Iraq".
		return true
	}
	return false
}

// coordinateSpeaker returns the subject of a verb joined by "and" to a
// reporting verb whose complement lies between them ("Podolyak … told
// AFP that North Korea was instigating …, and called for …": Podolyak
// calls), or nil.
func (c *Coder) coordinateSpeaker(s *sentence, v verbHit) []int {
	x := v.start - 1
	if x < 1 || s.up(x) != "AND" {
		return nil
	}
	if s.toks[x-1].punct != ',' {
		return nil
	}
	that := false
	for k := x - 1; k >= 0; k-- {
		if p := s.toks[k].punct; p == ';' {
			return nil
		}
		u := s.up(k)
		if u == "THAT" {
			that = true
		}
		if s.toks[k].report && that {
			return c.groupBefore(s, k, 0)
		}
	}
	return nil
}

// inQuote reports whether token x stands inside a quotation: after an odd
// number of double quotes, or before the closing quote of a sentence that
// began inside one.
func inQuote(s *sentence, x int) bool {
	before, total := 0, 0
	first := -1
	for k := range s.toks {
		if s.toks[k].punct == '"' {
			if first < 0 {
				first = k
			}
			total++
			if k < x {
				before++
			}
		}
	}
	if before%2 == 1 {
		return true
	}
	return total%2 == 1 && first > x
}

var visitCode = dict.Code{Kind: dict.CodeEvent, Main: "042"}

// nominalVisits codes visits told by a noun: "his first visit to the
// isolated North", "Putin's visit to Hanoi", "during an official visit
// to Ottawa". The visitor is the possessor — a name before "'s", or for
// "his", "her", "their" the nearest actor before the phrase, else the
// first after it — or, after "a"/"an", the subject of the clause. The
// host follows "to". Without "to" ("Putin's visit will focus on …") there
// is no event.
func (c *Coder) nominalVisits(s *sentence, res *Result) {
	if c.opt.NoInference || c.opt.OneEventPerClause || !s.visitNouns {
		return
	}
	for i := 1; i+2 < len(s.toks); i++ {
		if !s.live[i] || s.npAt[i] >= 0 {
			continue
		}
		switch s.up(i) {
		case "VISIT", "VISITS", "TRIP", "TOUR":
		default:
			continue
		}
		if s.up(i+1) != "TO" {
			continue
		}
		tgt := c.groupAfter(s, i+2, min(i+5, len(s.toks)))
		if tgt == nil {
			continue
		}
		src := c.visitor(s, i, tgt)
		if src == nil || sameGroup(src, tgt) {
			continue
		}
		v := verbHit{start: i, end: i + 1, rec: -1}
		n := len(res.Events)
		c.emit(s, res, src, tgt, visitCode, v, false)
		res.Events = dedupe(res.Events, n)
		if c.modifiedBy(s, i, "WILL", "UPCOMING", "PLANNED", "EXPECTED", "PROPOSED", "NEXT") {
			for k := n; k < len(res.Events); k++ {
				res.Events[k].Mood = Planned
			}
		}
	}
}

// visitor finds who makes the visit named by the noun at i.
func (c *Coder) visitor(s *sentence, i int, tgt []int) []int {
	// Walk back over the modifiers to the determiner.
	k := i - 1
	for k >= 0 && k >= i-3 && !isDeterminer(s.up(k)) {
		if s.toks[k].punct != 0 || isFunctionWord(s.up(k)) {
			return nil
		}
		k--
	}
	if k < 0 || !isDeterminer(s.up(k)) {
		return nil
	}
	switch s.up(k) {
	case "'S":
		for gi := range s.groups {
			if g := &s.groups[gi]; g.end == k && c.usableGroup(s, g) {
				return g.nps
			}
		}
	case "HIS", "HER", "THEIR":
		// "his" is a person's: the nearest person before, else the first
		// actor of the sentence; "their" the nearest actor.
		var before, person []int
		for gi := range s.groups {
			g := &s.groups[gi]
			if g.end <= k && c.usableGroup(s, g) && !sameGroup(g.nps, tgt) {
				if before == nil || s.up(k) == "THEIR" {
					before = g.nps
				}
				if s.nps[g.nps[0]].nameEnd > s.nps[g.nps[0]].nameStart {
					person = g.nps
				}
			}
		}
		if person != nil && s.up(k) != "THEIR" {
			return person
		}
		if before != nil {
			return before
		}
		for gi := range s.groups {
			g := &s.groups[gi]
			if g.start > i && c.usableGroup(s, g) && !sameGroup(g.nps, tgt) {
				return g.nps
			}
		}
	case "A", "AN":
		return c.groupBefore(s, k, 0)
	}
	return nil
}

// modifiedBy reports one of words among the three tokens before i.
func (c *Coder) modifiedBy(s *sentence, i int, words ...string) bool {
	for x := i - 1; x >= 0 && x >= i-3; x-- {
		for _, w := range words {
			if s.up(x) == w {
				return true
			}
		}
	}
	return false
}

var accuseCode = dict.Code{Kind: dict.CodeEvent, Main: "112"}

// isWrongdoing reports nouns that charge whoever does them with a wrong.
func isWrongdoing(u string) bool {
	switch u {
	case "MURDER", "MURDERS", "MASSACRE", "MASSACRES", "GENOCIDE", "AGGRESSION", "ATROCITIES", "ATROCITY", "CRIMES",
		"TERRORISM", "KILLINGS", "INVASION", "OCCUPATION", "ABUSES", "TORTURE", "BOMBINGS", "SHELLING",
		"VIOLATIONS", "SABOTAGE", "ESPIONAGE", "SPYING", "INTERFERENCE", "MEDDLING", "CORRUPTION",
		"PROVOCATION", "PROVOCATIONS", "BLACKMAIL", "AGGRESSOR", "TERRORIST", "TERRORISTS":
		return true
	}
	return false
}

// reportedAccusations codes a speaker's charge against someone in the
// clause the speaker reports: "Podolyak told AFP that North Korea was
// instigating Russia's mass murder of Ukrainians" is Ukraine accusing
// North Korea. It applies when the reported clause names a wrong (a noun
// such as "murder", "aggression", or a verb of conflict) and yields no
// event of its own, so that a claim is not counted twice.
func (c *Coder) reportedAccusations(s *sentence, res *Result) {
	if c.opt.NoInference || c.opt.OneEventPerClause || !s.reports {
		return
	}
	for r := 1; r < len(s.toks); r++ {
		if !s.toks[r].report || !s.live[r] {
			continue
		}
		that := -1
		for x := r + 1; x < len(s.toks) && x <= r+4; x++ {
			if s.up(x) == "THAT" {
				that = x
				break
			}
			if s.toks[x].punct != 0 {
				break
			}
		}
		if that < 0 {
			continue
		}
		tgt := c.groupAfter(s, that+1, min(that+4, len(s.toks)))
		src := c.groupBefore(s, r, 0)
		if tgt == nil || src == nil || sameGroup(src, tgt) || c.sameActor(s, src, tgt) {
			continue
		}
		if code := s.nps[src[0]].code; strings.HasSuffix(code, "MED") {
			continue
		}
		end := len(s.toks)
		for x := that + 1; x < len(s.toks); x++ {
			if p := s.toks[x].punct; p == ';' || p == ',' && x+1 < len(s.toks) && s.up(x+1) == "AND" {
				end = x
				break
			}
		}
		if !c.namesWrong(s, that+1, end) || c.codedWithin(s, res, that+1, end) {
			continue
		}
		n := len(res.Events)
		c.emit(s, res, src, tgt, accuseCode, verbHit{start: r, end: r + 1, rec: -1}, false)
		res.Events = dedupe(res.Events, n)
	}
}

// namesWrong reports a wrongdoing noun or a verb of conflict in tokens
// [i, j).
func (c *Coder) namesWrong(s *sentence, i, j int) bool {
	for x := i; x < j; x++ {
		if isWrongdoing(s.up(x)) {
			return true
		}
	}
	for _, v := range s.verbs {
		if v.start >= i && v.start < j {
			if m := c.t.verbRecs[v.rec].code.Main; len(m) >= 2 && m[:2] >= "11" && m[:2] <= "20" {
				return true
			}
		}
	}
	return false
}

// codedWithin reports an event coded from a verb in tokens [i, j).
func (c *Coder) codedWithin(s *sentence, res *Result, i, j int) bool {
	lo, hi := int(s.toks[i].start), int(s.toks[j-1].end)
	for _, e := range res.Events {
		if e.VerbStart >= lo && e.VerbEnd <= hi {
			return true
		}
	}
	return false
}

// refusals maps cooperative CAMEO codes, longest prefix first, to the
// rejection of the same thing: intents and acts of material cooperation
// to 121, of aid to 122 (by kind of aid), of yielding to 124 (by what is
// yielded), meetings to 125, mediation to 126, settlements to 127,
// political change to 123, the rest of diplomatic cooperation to 120.
var refusals = []struct{ from, to string }{
	{"0331", "1221"}, {"0332", "1222"}, {"0333", "1223"}, {"0334", "1224"}, {"033", "122"},
	{"0341", "1241"}, {"0342", "1242"}, {"0343", "1243"}, {"0344", "1244"}, {"034", "124"},
	{"031", "121"}, {"035", "123"}, {"036", "125"}, {"037", "127"}, {"038", "126"}, {"039", "126"},
	{"04", "125"}, {"06", "121"},
	{"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"}, {"07", "122"},
	{"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"}, {"087", "1246"},
	{"08", "124"}, {"03", "120"}, {"05", "120"},
}

// refusal returns the rejection code of a cooperative code, or "".
func refusal(code string) string {
	for _, r := range refusals {
		if strings.HasPrefix(code, r.from) {
			return r.to
		}
	}
	return ""
}

// conditionSubject returns the actor that opens an "if" or "unless"
// clause between tokens i and end.
func (c *Coder) conditionSubject(s *sentence, i, end int) []int {
	for x := i; x < end && x < len(s.toks); x++ {
		if p := s.toks[x].punct; p == ';' || p == '.' {
			return nil
		}
		if u := s.up(x); u == "IF" || u == "UNLESS" {
			return c.groupAfter(s, x+1, min(x+4, len(s.toks)))
		}
	}
	return nil
}

// conditional reports a verb in a clause that "if" or "unless" opens:
// the word stands before the verb's subject, with no other verb or
// punctuation between.
func (c *Coder) conditional(s *sentence, v verbHit) bool {
	for x := v.start - 1; x >= 0 && x >= v.start-8; x-- {
		switch u := s.up(x); {
		case u == "IF" || u == "UNLESS":
			return true
		case s.toks[x].punct != 0 && s.npAt[x] < 0, c.isVerbWord(s, x) && s.npAt[x] < 0 && !isBeForm(u):
			return false
		}
	}
	return false
}

// placeOfAct returns the state in which a judicial or police act told in
// the passive was done ("was arrested in Lebanon", "has been put under
// investigation in Italy"): that state's authorities did it. Other acts
// ("was attacked in Iraq") say nothing of who did them.
func (c *Coder) placeOfAct(s *sentence, v verbHit, code dict.Code) []int {
	if c.opt.NoInference || len(code.Main) < 2 {
		return nil
	}
	switch code.Main[:2] {
	case "09", "17":
	default:
		return nil
	}
	limit := objectLimit(s, v.end, min(v.end+6, len(s.toks)))
	for x := v.end; x < limit; x++ {
		if s.up(x) != "IN" {
			continue
		}
		if g := c.groupAfter(s, x+1, min(x+3, len(s.toks))); g != nil && stateOf(s.nps[g[0]].code) != "" {
			return g
		}
	}
	return nil
}

// modalAt returns the speech act of an obligation at token x: "must",
// "has to", "needs to" demand, "should" appeals; a zero Code otherwise.
// It returns the token after the modal too.
func modalAt(s *sentence, x int) (dict.Code, int) {
	switch s.up(x) {
	case "MUST":
		return demandCode, x + 1
	case "SHOULD":
		return appealCode, x + 1
	case "HAS", "HAVE", "NEEDS", "NEED":
		if x+1 < len(s.toks) && s.up(x+1) == "TO" {
			return demandCode, x + 2
		}
	}
	return dict.Code{}, x
}

// obligations codes the demands that reported speech makes with a modal
// when no verb of the dictionaries follows it: "the Red Cross said US and
// British forces must ensure security" is a demand of the Red Cross on
// both. (When a dictionary verb follows, events codes the demand from
// that verb's clause.)
func (c *Coder) obligations(s *sentence, res *Result) {
	if c.opt.NoInference || !s.reports || !s.modals {
		return
	}
	for x := 1; x < len(s.toks); x++ {
		code, after := modalAt(s, x)
		if code.Main == "" || !s.live[x] || c.verbWithin(s, after, after+3) {
			continue
		}
		var subj []int
		for gi := range s.groups {
			if g := &s.groups[gi]; g.end == x && c.usableGroup(s, g) {
				subj = g.nps
			}
		}
		if subj == nil {
			continue
		}
		v := verbHit{start: x, end: after, rec: -1}
		rep := c.reporter(s, v)
		if rep == nil || sameGroup(rep, subj) || c.sameActor(s, rep, subj) {
			continue
		}
		n := len(res.Events)
		c.emit(s, res, rep, subj, code, v, false)
		res.Events = dedupe(res.Events, n)
	}
}

// verbWithin reports a dictionary verb at a token in [i, j).
func (c *Coder) verbWithin(s *sentence, i, j int) bool {
	for _, v := range s.verbs {
		if v.start >= i && v.start < j {
			return true
		}
	}
	return false
}

// obliged reports a verb inside the complement of an obligation ("must
// ensure security to allow aid to reach the needy"): a modal stands
// before it in its clause.
func obliged(s *sentence, v verbHit) bool {
	if !s.modals {
		return false
	}
	for x := v.start - 1; x >= 0 && x >= v.start-10; x-- {
		if p := s.toks[x].punct; p == ',' || p == ';' || p == '.' {
			return false
		}
		u := s.up(x)
		if isSubordinator(u) || s.toks[x].report {
			return false
		}
		if code, _ := modalAt(s, x); code.Main != "" {
			return true
		}
	}
	return false
}

// appealed reports a verb in the infinitive an appeal or an order asks
// for: "called on Arabs to unite and mobilize against …", "urged Iran to
// release the tanker", "ordered the army to withdraw". The appeal is the
// event; what it asks for has not happened.
func appealed(s *sentence, v verbHit) bool {
	to := -1
	for x := v.start - 1; x >= 0 && x >= v.start-6; x-- {
		if p := s.toks[x].punct; p == ';' || p == '.' || p == ',' {
			return false
		}
		if s.up(x) == "TO" {
			to = x
			break
		}
	}
	if to < 1 {
		return false
	}
	for x := to - 1; x >= 0 && x >= to-8; x-- {
		if p := s.toks[x].punct; p == ';' || p == '.' {
			return false
		}
		u := s.up(x)
		if u == "ON" && x > 0 && strings.HasPrefix(s.up(x-1), "CALL") || u == "TO" && x > 0 && strings.HasPrefix(s.up(x-1), "APPEAL") {
			return true
		}
		for _, stem := range []string{"URG", "ASK", "PRESS", "PERSUAD", "ENCOURAG", "ORDER", "INVIT", "IMPLOR", "BESEECH", "EXHORT", "PUSH"} {
			if strings.HasPrefix(u, stem) {
				return true
			}
		}
		if s.toks[x].report || isSubordinator(u) {
			return false
		}
	}
	return false
}

// reciprocal reports the codes whose act, with a compound subject and no
// object, is between the members: agreeing, meeting, signing or restoring
// ties, cooperating, agreeing a ceasefire, fighting.
func reciprocal(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "04", "06", "19":
		return true
	}
	return strings.HasPrefix(code, "057") || strings.HasPrefix(code, "050") || strings.HasPrefix(code, "0871")
}

// supportive reports the codes of verbal and material cooperation whose
// object a coordinated act may share: 03 to 07.
func supportive(code string) bool {
	return len(code) >= 2 && code[:2] >= "03" && code[:2] <= "07"
}
