package coder

import (
	"strings"

	"github.com/entente/entente/dict"
)

// Person is someone named in a document: found in the dictionaries, or
// discovered from the text by a title ("Deputy Defense Minister Alexander
// Fomin") or an appositive ("Mykhailo Podolyak, a senior aide to Ukrainian
// President Volodymyr Zelensky").
type Person struct {
	// Name is the name as the text first gave it.
	Name string
	// Code is the actor code of the person's affiliation and role
	// ("UKRGOV"); empty while unknown.
	Code string
}

// personHit is a name found in the sentence being coded.
type personHit struct {
	start, end int // token range
	code       string
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
// Podolyak" was seen).
func (c *Coder) findNames(s *sentence) {
	s.persons = s.persons[:0]
	// People the dictionaries know, noted before comma clauses are dropped
	// so that one named in an appositive is remembered too.
	s.dictPersons = s.dictPersons[:0]
	for _, m := range s.matches {
		if m.actor && m.rec >= 0 && c.t.person[m.rec] && m.end-m.start > 1 {
			if code, ok := c.t.actorRecs[m.rec].CodeAt(s.date); ok {
				s.dictPersons = append(s.dictPersons, personHit{start: m.start, end: m.end, code: code})
			}
		}
	}
	if cap(s.covered) < len(s.toks) {
		s.covered = make([]bool, len(s.toks))
	}
	covered := s.covered[:len(s.toks)]
	clear(covered)
	titleEnd := make(map[int]bool, 4)
	for _, m := range s.matches {
		for x := m.start; x < m.end; x++ {
			covered[x] = true
		}
		if !m.actor && m.rec >= 0 {
			titleEnd[m.end] = true
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
		known := c.knownPerson(s, i, j)
		if known == "" && i == 0 && j-i >= 2 {
			// "Later Fomin said": the capital of the first word is the
			// sentence's, not a name's.
			if k := c.knownPerson(s, i+1, j); k != "" {
				i, known = i+1, k
			}
		}
		// A lone capitalised word is a name only after a title or when the
		// document has named that person before; a run at the start of a
		// sentence needs a second word.
		if j-i >= 2 || titleEnd[i] || known != "" {
			if j-i == 1 && i == 0 && known == "" && !titleEnd[i] {
				i = j
				continue
			}
			s.persons = append(s.persons, personHit{start: i, end: j, code: known})
			out = append(out, match{start: i, end: j, rec: int32(-2 - (len(s.persons) - 1))})
		}
		i = j
	}
	if len(out) == 0 {
		return
	}
	// Merge the name matches into the match list in token order.
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
func nameKey(s *sentence, i, j int) string {
	var b strings.Builder
	for x := i; x < j; x++ {
		if x > i {
			b.WriteByte(' ')
		}
		b.WriteString(s.up(x))
	}
	return b.String()
}

// knownPerson returns the code the document gave the name at [i, j).
func (c *Coder) knownPerson(s *sentence, i, j int) string {
	if s.ctx == nil || s.ctx.persons == nil {
		return ""
	}
	if p, ok := s.ctx.persons[nameKey(s, i, j)]; ok {
		return p.Code
	}
	return ""
}

// appositives gives a name the code of the phrase set beside it by commas:
// "Mykhailo Podolyak, a senior aide to Ukrainian President Volodymyr
// Zelensky," and "the director of the arms company Rosoboronexport,
// Alexander Mikheyev". It runs before comma clauses are dropped.
func (c *Coder) appositives(s *sentence, date dict.Date) {
	for k := range s.persons {
		p := &s.persons[k]
		if p.code != "" {
			continue
		}
		// A title before the name: "Kestranian President Odo Varn".
		if code := c.titleCode(s, k, date); code != "" {
			p.code = code
			continue
		}
		if p.end < len(s.toks) && s.toks[p.end].punct == ',' {
			m := c.phraseAt(s, p.end+1, -1, date)
			if strings.HasPrefix(m.Code, "---") {
				// "Carl Thayer, professor emeritus of politics at Australia's
				// University of New South Wales,": the role's affiliation is
				// the first actor further in the appositive.
				m = c.affiliation(s, p.end+1, m, date)
			}
			if m.Code != "" && !strings.HasPrefix(m.Code, "---") {
				p.code = m.Code
				continue
			}
		}
		if p.start > 0 && s.toks[p.start-1].punct == ',' {
			if m := c.phraseAt(s, -1, p.start-1, date); m.Code != "" && !strings.HasPrefix(m.Code, "---") {
				p.code = m.Code
			}
		}
	}
}

// titleCode returns the code of the title attached before person k
// ("Russian Deputy Defence Minister" before "Alexander Fomin"), or "" when
// there is none or it names no actor.
func (c *Coder) titleCode(s *sentence, k int, date dict.Date) string {
	mi := -1
	for j, m := range s.matches {
		if m.rec == int32(-2-k) {
			mi = j
			break
		}
	}
	a := mi
	for a > 0 && c.attaches(s, s.matches[a-1], s.matches[a]) && s.matches[a-1].rec >= 0 {
		a--
	}
	if mi < 0 || a == mi {
		return ""
	}
	code, ok := c.compose(s, s.matches[a:mi], date)
	if !ok {
		return ""
	}
	return code
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
			code, _ := c.compose(s, []match{agent, m}, date)
			return Mention{Code: code, Start: role.Start, End: int(s.toks[m.end-1].end)}
		}
	}
	return role
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
	code, _ := c.compose(s, ms, date)
	return Mention{Code: code, Start: int(s.toks[ms[0].start].start), End: int(s.toks[ms[len(ms)-1].end-1].end)}
}

// rememberPersons records in the document context the names of the
// sentence whose code is known, under the full name and the surname.
func (c *Coder) rememberPersons(s *sentence) {
	if s.ctx == nil {
		return
	}
	// People the dictionaries know ("Kim Jong Un") are remembered like
	// those found in the text, so that "Kim" alone is known later.
	hits := append(s.dictPersons, s.persons...)
	for _, p := range hits {
		if p.code == "" || strings.HasPrefix(p.code, "---") {
			continue
		}
		if s.ctx.persons == nil {
			s.ctx.persons = make(map[string]Person)
		}
		name := s.text[s.toks[p.start].start:s.toks[p.end-1].end]
		full := nameKey(s, p.start, p.end)
		if _, ok := s.ctx.persons[full]; !ok {
			s.ctx.persons[full] = Person{Name: name, Code: p.code}
			s.ctx.order = append(s.ctx.order, full)
		}
		if p.end-p.start > 1 {
			// The surname: the last word ("Podolyak"), and the first where
			// the family name comes first, as in names of three words or
			// with a short first word ("Kim Jong Un", "Xi Jinping").
			short := []string{s.up(p.end - 1)}
			if first := s.up(p.start); p.end-p.start >= 3 || len(first) <= 3 {
				short = append(short, first)
			}
			for _, sur := range short {
				if _, ok := s.ctx.persons[sur]; !ok {
					s.ctx.persons[sur] = Person{Name: name, Code: p.code}
				}
			}
		}
	}
}

// Persons returns the people the document has named so far with a known
// affiliation, in the order they were first seen.
func (ctx *Context) Persons() []Person {
	out := make([]Person, 0, len(ctx.order))
	for _, k := range ctx.order {
		out = append(out, ctx.persons[k])
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
