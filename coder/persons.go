package coder

import (
	"strconv"
	"strings"

	"github.com/entente/entente/dict"
)

// Entity kinds of a Person.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
)

// Person is someone or something a document names: a person found in the
// dictionaries or discovered from the text by a title ("Deputy Defense
// Minister Alexander Fomin") or an appositive ("Mykhailo Podolyak, a
// senior aide to Ukrainian President Volodymyr Zelensky"), or an
// organisation, from the dictionaries (the Kremlin, Interfax, NATO) or
// from the word that introduces it ("the arms company Rosoboronexport").
type Person struct {
	// Name is the name as the text first gave it.
	Name string
	// Code is the actor code of the affiliation and role ("UKRGOV");
	// empty while unknown.
	Code string
	// Kind is KindPerson or KindOrganization.
	Kind string
	// Role is the title or role the text gives ("Deputy Defense
	// Minister", "a senior aide to Ukrainian President Volodymyr
	// Zelensky"), when it gives one.
	Role string
	// Organization is the organisation the text places the person in
	// ("Rosoboronexport" for its director), when it names one.
	Organization string
	// Mentions are the byte ranges [start, end) where the document names
	// the entity, counted from Context.Offset of each sentence.
	Mentions [][2]int
}

type hitKind uint8

const (
	hitPerson hitKind = iota
	hitOrg
	// hitRef is a phrase that refers to actors named elsewhere ("the two
	// countries", "his host", "whose country", "the North").
	hitRef
	// hitPlace is a part of a state named by the text ("West Darfur
	// State", "Kherson Oblast"): it stands for the state.
	hitPlace
)

// personHit is a name or reference found in the sentence being coded.
type personHit struct {
	start, end int // token range
	code       string
	kind       hitKind
	// role is the title or appositive that gave the code, as text.
	role string
	// org is the organisation named in that role, as text.
	org string
	// rec is the dictionary record of a person the dictionaries know, else
	// -1.
	rec int32
}

// isNameStop reports capitalised words that do not begin or make up names.
func isNameStop(u string) bool {
	switch u {
	case "THE", "A", "AN", "IN", "ON", "AT", "OF", "FOR", "TO", "AND", "BUT", "OR", "AS", "BY", "WITH", "FROM",
		"HE", "SHE", "IT", "THEY", "WE", "I", "YOU", "HIS", "HER", "ITS", "THEIR", "OUR", "THIS", "THAT", "THESE", "THOSE",
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
		"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
		"MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "WHILE", "WHEN", "WHERE", "AFTER", "BEFORE", "IF", "SINCE":
		return true
	}
	return false
}

// isOrgNoun reports the head nouns of agent phrases that introduce an
// organisation's name rather than a person's: "the arms company
// Rosoboronexport", "the opposition newspaper La Prensa".
func isOrgNoun(u string) bool {
	switch u {
	case "COMPANY", "FIRM", "CORPORATION", "CONGLOMERATE", "MANUFACTURER", "MAKER", "PRODUCER", "EXPORTER",
		"CONTRACTOR", "GIANT", "BANK", "AIRLINE", "CARRIER", "AGENCY", "NEWSPAPER", "DAILY", "WEEKLY", "BROADCASTER",
		"CHANNEL", "BROADCASTING", "NETWORK", "MAGAZINE", "TABLOID", "OUTLET", "PARTY", "MOVEMENT", "MILITIA",
		"GROUP", "FRONT", "ORGANIZATION", "ORGANISATION", "CHARITY", "FOUNDATION", "UNION", "ALLIANCE":
		return true
	}
	return false
}

// isOrgHead reports the last words of organisations' names: "the
// Communist Party", "the Serbian Workers' Union", "the Supreme Court".
func isOrgHead(u string) bool {
	switch u {
	case "PARTY", "FRONT", "MOVEMENT", "UNION", "COMPANY", "BANK", "COUNCIL", "MINISTRY", "AGENCY", "ARMY",
		"FORCES", "COURT", "COMMISSION", "COMMITTEE", "ORGANIZATION", "ORGANISATION", "ASSOCIATION", "INSTITUTE",
		"UNIVERSITY", "ALLIANCE", "LEAGUE", "CORPORATION", "CORP", "CORP.", "GROUP", "NETWORK", "BRIGADE",
		"BRIGADES", "AUTHORITY", "FEDERATION", "CONGRESS", "ASSEMBLY", "PARLIAMENT", "SERVICE", "OFFICE",
		"DEPARTMENT", "FOUNDATION", "FUND", "CENTER", "CENTRE", "FORUM", "TIMES", "NEWS", "POST", "AIRLINES",
		"AIRWAYS", "PRESS", "TELEVISION", "RADIO", "GUARD", "POLICE", "INC", "INC.", "LTD", "LTD.", "MILITIA",
		"REGIME", "JUNTA", "BUREAU", "TRIBUNAL", "SENATE", "CABINET", "COALITION", "CONFERENCE", "BLOC", "CARTEL":
		return true
	}
	return false
}

// isPlaceHead reports the last words of the names of a state's parts:
// "West Darfur State", "Idlib Province", "Kherson Oblast".
func isPlaceHead(u string) bool {
	switch u {
	case "STATE", "PROVINCE", "REGION", "DISTRICT", "GOVERNORATE", "PREFECTURE", "COUNTY", "OBLAST", "TERRITORY", "PARISH", "MUNICIPALITY":
		return true
	}
	return false
}

// isTitleWord reports words that end a title rather than an
// organisation's name ("NATO Secretary General", "UN chief").
func isTitleWord(u string) bool {
	switch u {
	case "SECRETARY", "SECRETARY-GENERAL", "GENERAL", "CHIEF", "HEAD", "PRESIDENT", "CHAIRMAN", "CHAIR",
		"DIRECTOR", "ENVOY", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "COMMISSIONER", "AMBASSADOR",
		"REPRESENTATIVE", "OFFICIAL", "OFFICIALS", "MINISTER", "LEADER", "LEADERS", "CHIEFS":
		return true
	}
	return false
}

// nameToken reports whether token j can be part of a person's name: a
// word written with a capital and some lower-case letters ("Podolyak",
// "Jong-un"), outside any dictionary phrase.
func (c *Coder) nameToken(s *sentence, j int, covered []bool) bool {
	tk := &s.toks[j]
	if tk.punct != 0 || !tk.capital || covered[j] || s.allCaps {
		return false
	}
	orig := s.text[tk.start:tk.end]
	lower := false
	for k := 1; k < len(orig); k++ {
		if orig[k] >= 'a' && orig[k] <= 'z' || orig[k] >= 0x80 {
			lower = true
			break
		}
	}
	return lower && !c.isVerbWord(s, j)
}

// findNames adds name matches: runs of two to four capitalised words, a
// name a title introduces ("President To Lam"), and names the document
// already made known (a surname alone, "Podolyak", once "Mykhailo
// Podolyak" was seen). A run that is a dictionary person under another
// spelling or, after a title, by surname ("President Mugabe") becomes a
// match of that person's record. A run after a word such as "company" or
// "newspaper" names an organisation.
func (c *Coder) findNames(s *sentence) {
	s.persons = s.persons[:0]
	if cap(s.covered) < len(s.toks) {
		s.covered = make([]bool, len(s.toks))
	}
	covered := s.covered[:len(s.toks)]
	clear(covered)
	titleEnd := make(map[int]bool, 4)
	orgEnd := make(map[int]bool, 2)
	for _, m := range s.matches {
		for x := m.start; x < m.end; x++ {
			covered[x] = true
		}
		if !m.actor && m.rec >= 0 {
			titleEnd[m.end] = true
			if isOrgNoun(s.up(m.end - 1)) {
				orgEnd[m.end] = true
			}
		}
	}
	var out []match
	for i := 0; i < len(s.toks); {
		if !c.nameToken(s, i, covered) || isNameStop(s.up(i)) && !titleEnd[i] {
			i++
			continue
		}
		j := i + 1
		for j < len(s.toks) && j-i < 4 && (c.nameToken(s, j, covered) && (!isNameStop(s.up(j)) || titleEnd[i])) {
			j++
		}
		known, ok := c.knownPerson(s, i, j)
		if !ok && i == 0 && j-i >= 2 {
			// "Later Fomin said": the capital of the first word is the
			// sentence's, not a name's.
			if k, ok2 := c.knownPerson(s, i+1, j); ok2 {
				i, known, ok = i+1, k, true
			}
		}
		if !ok && !orgEnd[i] && !c.opt.NoInference {
			if a, rec := c.dictName(s, i, j, titleEnd[i]); rec >= 0 {
				out = append(out, match{start: a, end: j, actor: true, rec: rec})
				i = j
				continue
			}
		}
		// A lone capitalised word is a name only after a title or when the
		// document has named that person before; a run at the start of a
		// sentence needs a second word.
		if j-i >= 2 || titleEnd[i] || ok {
			if j-i == 1 && i == 0 && !ok && !titleEnd[i] {
				i = j
				continue
			}
			h := personHit{start: i, end: j, code: known.Code, rec: -1}
			switch {
			case orgEnd[i] || known.Kind == KindOrganization || isOrgHead(s.up(j-1)):
				h.kind = hitOrg
			case j-i >= 2 && isPlaceHead(s.up(j-1)) && !c.opt.NoInference:
				h.kind = hitPlace
			}
			s.persons = append(s.persons, h)
			out = append(out, match{start: i, end: j, rec: int32(-2 - (len(s.persons) - 1))})
		}
		i = j
	}
	if len(out) > 0 {
		mergeMatches(s, out)
	}
	c.noteDictEntities(s)
}

// noteDictEntities notes the people and organisations the dictionaries
// name in the sentence, before comma clauses are dropped, so that one
// named in an appositive ("…, the director of the arms company
// Rosoboronexport, …") is remembered too.
func (c *Coder) noteDictEntities(s *sentence) {
	s.dictPersons, s.dictOrgs = s.dictPersons[:0], s.dictOrgs[:0]
	for _, m := range s.matches {
		if !m.actor || m.rec < 0 {
			continue
		}
		code, ok := c.t.actorRecs[m.rec].CodeAt(s.date)
		switch {
		case !ok:
		case c.t.person[m.rec]:
			s.dictPersons = append(s.dictPersons, personHit{start: m.start, end: m.end, code: code, rec: m.rec})
		case isOrgCode(code) && !isTitleWord(s.up(m.end-1)):
			s.dictOrgs = append(s.dictOrgs, personHit{start: m.start, end: m.end, code: code, rec: m.rec})
		}
	}
}

// dictName looks the run [i, j) up in the dictionaries' people under
// other spellings and, after a title, by surname. A run at the start of
// the sentence is tried without its first word too. It returns where the
// person's name starts and the record, or -1.
func (c *Coder) dictName(s *sentence, i, j int, titled bool) (int, int32) {
	if j-i < 2 && !titled {
		return i, -1
	}
	words := s.words[:0]
	for x := i; x < j; x++ {
		words = append(words, s.up(x))
	}
	s.words = words
	if rec := c.t.people.lookup(c, words, titled, s.date); rec >= 0 {
		return i, rec
	}
	if i == 0 && j-i >= 3 {
		if rec := c.t.people.lookup(c, words[1:], false, s.date); rec >= 0 {
			return i + 1, rec
		}
	}
	return i, -1
}

// mergeMatches merges out (sorted) into s.matches in token order.
func mergeMatches(s *sentence, out []match) {
	merged := make([]match, 0, len(s.matches)+len(out))
	a, b := 0, 0
	for a < len(s.matches) || b < len(out) {
		if b == len(out) || a < len(s.matches) && s.matches[a].start < out[b].start {
			merged = append(merged, s.matches[a])
			a++
		} else {
			merged = append(merged, out[b])
			b++
		}
	}
	s.matches = append(s.matches[:0], merged...)
}

// nameKey is the document's key for a name: its words in upper case.
func nameKey(s *sentence, i, j int) string { return string(keyBytes(s, i, j)) }

// keyBytes builds the key of the name at [i, j) in the sentence's
// scratch; a map lookup with string(keyBytes(…)) does not allocate.
func keyBytes(s *sentence, i, j int) []byte {
	b := s.key[:0]
	for x := i; x < j; x++ {
		if x > i {
			b = append(b, ' ')
		}
		b = append(b, s.up(x)...)
	}
	s.key = b
	return b
}

// knownPerson returns what the document said of the name at [i, j).
func (c *Coder) knownPerson(s *sentence, i, j int) (Person, bool) {
	if s.ctx == nil || s.ctx.persons == nil {
		return Person{}, false
	}
	if p, ok := s.ctx.persons[string(keyBytes(s, i, j))]; ok {
		return *p, true
	}
	return Person{}, false
}

// appositives gives a name the code of the phrase set beside it by commas:
// "Mykhailo Podolyak, a senior aide to Ukrainian President Volodymyr
// Zelensky," and "the director of the arms company Rosoboronexport,
// Alexander Mikheyev". It runs before comma clauses are dropped. A title
// or role that names no state ("Deputy Defense Minister Alexander Fomin")
// takes the one state the sentence names, if it names only one.
func (c *Coder) appositives(s *sentence, date dict.Date) {
	c.rolesFromNames(s)
	for k := range s.persons {
		p := &s.persons[k]
		if p.kind == hitPlace && p.code == "" {
			// A part of a state, in a sentence about one state, is in it.
			p.code = s.ctxCountry
			continue
		}
		if p.code != "" || p.kind == hitRef || p.kind == hitPlace {
			continue
		}
		// A title before the name: "Kestranian President Odo Varn".
		if m := c.titleCode(s, k, date); m.Code != "" {
			p.code, p.role = m.Code, c.spanText(s, m)
			continue
		}
		if p.end < len(s.toks) && s.toks[p.end].punct == ',' && !c.nameAt(s, p.end+1) {
			m := c.phraseAt(s, p.end+1, -1, date)
			if strings.HasPrefix(m.Code, "---") {
				// "Carl Thayer, professor emeritus of politics at Australia's
				// University of New South Wales,": the role's affiliation is
				// the first actor further in the appositive.
				m = c.affiliation(s, p.end+1, m, date)
			}
			if m.Code != "" && !strings.HasPrefix(m.Code, "---") {
				p.code, p.role = m.Code, c.spanText(s, m)
				continue
			}
		}
		if p.start > 0 && s.toks[p.start-1].punct == ',' {
			m := c.phraseAt(s, -1, p.start-1, date)
			if m.Code == "" || strings.HasPrefix(m.Code, "---") {
				// "the head of the Russian agency for military-technical
				// cooperation, Dmitry Shugaev": the role is the whole clause
				// before the comma.
				m = c.clauseRole(s, p.start-1, date)
			}
			if m.Code != "" && !strings.HasPrefix(m.Code, "---") {
				p.code = m.Code
				p.org = c.orgIn(s, m)
				p.role = c.clauseText(s, p.start-1)
			}
		}
	}
}

// rolesFromNames gives an organisation named in a role the state of the
// person the role describes: "the General Secretary of the Communist
// Party, Ngueyn Phu Trong," makes the party Vietnamese, and so the role
// Trong's.
func (c *Coder) rolesFromNames(s *sentence) {
	for k := range s.persons {
		o := &s.persons[k]
		if o.kind != hitOrg || o.code != "" || o.end >= len(s.toks) || s.toks[o.end].punct != ',' {
			continue
		}
		for _, m := range s.matches {
			if m.start < o.end+1 || m.start > o.end+2 {
				continue
			}
			code := ""
			switch {
			case c.isPersonMatch(m):
				code, _ = c.t.actorRecs[m.rec].CodeAt(s.date)
			case m.rec <= -2 && s.persons[-2-m.rec].kind == hitPerson:
				code = s.persons[-2-m.rec].code
			}
			if st := stateOf(code); st != "" {
				o.code = st
			}
			break
		}
	}
}

// nameAt reports a name (a person the dictionaries or the text name)
// within two tokens after from: "Nguyen Phu Trong, To Lam" lists two
// people, neither of whom is the other's role.
func (c *Coder) nameAt(s *sentence, from int) bool {
	for _, m := range s.matches {
		if m.start >= from && m.start <= from+2 {
			return c.isPersonMatch(m) || m.rec <= -2 && s.persons[-2-m.rec].kind == hitPerson
		}
	}
	return false
}

// clauseText returns the words from the previous comma (or the start of
// the sentence) to the comma at token comma, without a leading "and":
// the role a backward appositive gives.
func (c *Coder) clauseText(s *sentence, comma int) string {
	from := 0
	for x := comma - 1; x >= 0; x-- {
		if p := s.toks[x].punct; p == ',' || p == ';' || p == ':' {
			from = x + 1
			break
		}
	}
	for from < comma && (s.up(from) == "AND" || s.up(from) == "OR") {
		from++
	}
	if from >= comma {
		return ""
	}
	return s.text[s.toks[from].start:s.toks[comma-1].end]
}

// spanText returns the sentence text a mention covers.
func (c *Coder) spanText(s *sentence, m Mention) string {
	if m.End <= m.Start || m.End > len(s.text) {
		return ""
	}
	return s.text[m.Start:m.End]
}

// orgIn returns the name of the organisation found inside mention m, if
// the text names one there.
func (c *Coder) orgIn(s *sentence, m Mention) string {
	for _, h := range s.persons {
		if h.kind == hitOrg && int(s.toks[h.start].start) >= m.Start && int(s.toks[h.end-1].end) <= m.End {
			return s.text[s.toks[h.start].start:s.toks[h.end-1].end]
		}
	}
	return ""
}

// titleCode returns the title attached before person k ("Russian Deputy
// Defence Minister" before "Alexander Fomin") as a mention with its code,
// or an empty mention when there is none or it names no actor.
func (c *Coder) titleCode(s *sentence, k int, date dict.Date) Mention {
	mi := -1
	for j, m := range s.matches {
		if m.rec == int32(-2-k) {
			mi = j
			break
		}
	}
	if mi < 0 {
		return Mention{}
	}
	a := mi
	for a > 0 && c.attaches(s, s.matches[a-1], s.matches[a]) && s.matches[a-1].rec >= 0 {
		a--
	}
	if a == mi {
		return Mention{}
	}
	code, ok := c.compose(s, s.matches[a:mi], date, true)
	if !ok {
		return Mention{}
	}
	// The role reads from the ranks before the title: "Deputy Defense
	// Minister".
	first := s.matches[a].start
	for first > 0 && isRank(s.up(first-1)) {
		first--
	}
	return Mention{Code: code, Start: int(s.toks[first].start), End: int(s.toks[s.matches[mi-1].end-1].end)}
}

// affiliation completes a lone role found at the start of the appositive
// from token from with the first actor that follows it in the same
// clause, up to the next comma.
func (c *Coder) affiliation(s *sentence, from int, role Mention, date dict.Date) Mention {
	var agent match
	found := false
	for _, m := range s.matches {
		if m.start < from {
			continue
		}
		if s.commaBetween(from, m.start) {
			break
		}
		if !found && !m.actor && m.rec >= 0 {
			agent, found = m, true
			continue
		}
		if found && m.actor && m.rec >= 0 {
			code, _ := c.compose(s, []match{agent, m}, date, false)
			return Mention{Code: code, Start: role.Start, End: int(s.toks[m.end-1].end)}
		}
	}
	return role
}

// clauseRole reads the clause that ends at the comma before a name ("…,
// the head of the Russian agency for military-technical cooperation,
// Dmitry Shugaev"): the phrase around its first actor, or its first
// agent with the state the sentence names.
func (c *Coder) clauseRole(s *sentence, comma int, date dict.Date) Mention {
	from := 0
	for x := comma - 1; x >= 0; x-- {
		if p := s.toks[x].punct; p == ',' || p == ';' || p == ':' {
			from = x + 1
			break
		}
	}
	first := -1
	for j, m := range s.matches {
		if m.start < from || m.end > comma {
			continue
		}
		if m.rec == -1 {
			return Mention{}
		}
		if m.actor && m.rec >= 0 || m.rec <= -2 && c.personCode(s, m) != "" {
			return c.phraseAt(s, m.start, -1, date)
		}
		if first < 0 && !m.actor && m.rec >= 0 {
			first = j
		}
	}
	if first < 0 {
		return Mention{}
	}
	m := s.matches[first]
	code, ok := c.compose(s, []match{m}, date, true)
	if !ok {
		return Mention{}
	}
	return Mention{Code: code, Start: int(s.toks[m.start].start), End: int(s.toks[m.end-1].end)}
}

// commaBetween reports a comma in tokens [i, j).
func (s *sentence) commaBetween(i, j int) bool {
	for x := i; x < j && x < len(s.toks); x++ {
		if s.toks[x].punct == ',' {
			return true
		}
	}
	return false
}

// phraseAt returns the phrase of attached matches that starts within two
// tokens after from, or (from < 0) that ends within two tokens before to.
func (c *Coder) phraseAt(s *sentence, from, to int, date dict.Date) Mention {
	k := -1
	for j, m := range s.matches {
		if from >= 0 && m.start >= from && m.start <= from+2 {
			// Only modifiers may come before it: "a senior aide", not
			// "told AFP".
			for x := from; x < m.start; x++ {
				if s.toks[x].punct != 0 || c.isVerbWord(s, x) {
					return Mention{}
				}
			}
			k = j
			break
		}
		if from < 0 && m.end <= to && m.end >= to-2 {
			k = j
		}
	}
	if k < 0 || s.matches[k].rec == -1 {
		return Mention{}
	}
	a, b := k, k+1
	actors := 0
	if s.matches[k].actor {
		actors++
	}
	for a > 0 && c.attaches(s, s.matches[a-1], s.matches[a]) && !(s.matches[a-1].actor && actors > 0) {
		a--
		if s.matches[a].actor {
			actors++
		}
	}
	for b < len(s.matches) && c.attaches(s, s.matches[b-1], s.matches[b]) && !(s.matches[b].actor && actors > 0) {
		if s.matches[b].actor {
			actors++
		}
		b++
	}
	ms := s.matches[a:b]
	for _, m := range ms {
		if m.rec == -1 {
			return Mention{}
		}
	}
	code, _ := c.compose(s, ms, date, false)
	return Mention{Code: code, Start: int(s.toks[ms[0].start].start), End: int(s.toks[ms[len(ms)-1].end-1].end)}
}

// rememberPersons records in the document context the names of the
// sentence whose code is known, under the full name and the surname, and
// the organisations the dictionaries name.
func (c *Coder) rememberPersons(s *sentence) {
	ctx := s.ctx
	if ctx == nil {
		return
	}
	if ctx.persons == nil {
		ctx.persons = make(map[string]*Person)
		ctx.alias = make(map[string]string)
	}
	// People the dictionaries know ("Kim Jong Un") are remembered like
	// those found in the text, so that "Kim" alone is known later.
	hits := append(s.dictPersons, s.persons...)
	for _, p := range hits {
		if p.code == "" || strings.HasPrefix(p.code, "---") || p.kind == hitRef || p.kind == hitPlace {
			continue
		}
		kind := KindPerson
		if p.kind == hitOrg {
			kind = KindOrganization
		}
		full := nameKey(s, p.start, p.end)
		if p.rec >= 0 {
			// One entity per dictionary person, whatever the spelling:
			// "Kim Jong-un" and "Kim Jong Un".
			full = "#" + strconv.Itoa(int(p.rec))
		}
		c.remember(s, full, p.start, p.end, Person{Code: p.code, Kind: kind, Role: p.role, Organization: p.org})
		if p.end-p.start > 1 && kind == KindPerson {
			// The surname: the last word ("Podolyak"), and the first where
			// the family name comes first, as in names of three words or
			// with a short first word ("Kim Jong Un", "Xi Jinping").
			short := []string{s.up(p.end - 1)}
			if first := s.up(p.start); p.end-p.start >= 3 || len(first) <= 3 {
				short = append(short, first)
			}
			for _, sur := range short {
				if _, ok := ctx.persons[sur]; !ok {
					ctx.persons[sur] = &Person{Name: s.text[s.toks[p.start].start:s.toks[p.end-1].end], Code: p.code, Kind: kind}
					ctx.alias[sur] = full
				}
			}
		}
	}
	// Organisations the dictionaries name: institutions, agencies,
	// outlets, companies, armed groups, intergovernmental bodies.
	for _, h := range s.dictOrgs {
		m, code := match{start: h.start, end: h.end}, h.code
		if _, ok := ctx.persons[string(keyBytes(s, m.start, m.end))]; ok {
			c.remember(s, string(s.key), m.start, m.end, Person{})
			continue
		}
		c.remember(s, nameKey(s, m.start, m.end), m.start, m.end, Person{Code: code, Kind: KindOrganization})
	}
	// Later mentions of names already known ("Podolyak", "Kim") add to
	// the first one's record.
	for _, m := range s.matches {
		if m.rec > -2 {
			continue
		}
		if k := s.persons[-2-m.rec].kind; k != hitRef && k != hitPlace {
			key := keyBytes(s, m.start, m.end)
			if full, ok := ctx.alias[string(key)]; ok {
				c.remember(s, full, m.start, m.end, Person{})
			} else if _, ok := ctx.persons[string(key)]; ok {
				c.remember(s, string(key), m.start, m.end, Person{})
			}
		}
	}
}

// remember adds the mention [i, j) to the entity known under key, making
// the entity from p when it is new.
func (c *Coder) remember(s *sentence, key string, i, j int, p Person) {
	ctx := s.ctx
	span := [2]int{ctx.Offset + int(s.toks[i].start), ctx.Offset + int(s.toks[j-1].end)}
	text := s.text[s.toks[i].start:s.toks[j-1].end]
	e, ok := ctx.persons[key]
	if !ok {
		if p.Code == "" {
			return
		}
		p.Name = text
		e = &p
		ctx.persons[key] = e
		ctx.order = append(ctx.order, key)
	} else if len(text) > len(e.Name) && strings.IndexByte(e.Name, ' ') < 0 {
		// "Putin" first, "Vladimir Putin" later: the full name is the name.
		e.Name = text
	}
	if n := len(e.Mentions); n == 0 || e.Mentions[n-1] != span {
		e.Mentions = append(e.Mentions, span)
	}
}

// isOrgCode reports an actor code that names an organisation rather than
// a state, a region or a people: an intergovernmental or
// non-governmental body, a company, an armed group, or a state's
// institution or outlet (a state's code with a role block: the Kremlin
// RUSGOV, Interfax RUSMED).
func isOrgCode(code string) bool {
	if len(code) <= 3 {
		return false
	}
	switch code[:3] {
	case "IGO", "NGO", "MNC", "IMG":
		return true
	}
	return stateOf(code) != ""
}

// Persons returns the people and organisations the document has named so
// far with a known affiliation, in the order they were first seen.
func (ctx *Context) Persons() []Person {
	out := make([]Person, 0, len(ctx.order))
	for _, k := range ctx.order {
		out = append(out, *ctx.persons[k])
	}
	return out
}

// personCode returns the code known for a name match, or "".
func (c *Coder) personCode(s *sentence, m match) string {
	if m.rec > -2 {
		return ""
	}
	return s.persons[-2-m.rec].code
}
