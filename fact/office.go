package fact

import (
	"strings"

	"github.com/entente/entente/event"
	"github.com/entente/entente/segment"
)

// offices reads offices held from the titles the coder found: "Russian
// President Vladimir Putin", "Prime Minister Pham Minh Chinh of Vietnam",
// "To Lam, the president of Vietnam", "the Russian foreign minister,
// Sergei Lavrov". The person is named as the sentence writes them (the
// person record of `--entities` is keyed on the name the document first
// gave). Former offices ("former President …") are not offices held.
func (r *reader) offices() {
	ms, n := r.s.Mentions, len(r.s.Text)
	// next returns the valid mention after index i, if any.
	next := func(i int) (Mention, bool) {
		for j := i + 1; j < len(ms); j++ {
			if validMention(ms[j], n) {
				return ms[j], true
			}
		}
		return Mention{}, false
	}
	for i, m := range ms {
		if !validMention(m, n) {
			continue
		}
		person := m.PersonEnd > m.PersonStart
		role := m.RoleEnd > m.RoleStart
		switch {
		case person && role:
			r.addOffice(m, m)
		case person:
			// "To Lam, the president of Vietnam".
			if t, ok := next(i); ok && r.commaBetween(m.End, t.Start) && t.RoleEnd > t.RoleStart && t.PersonEnd <= t.PersonStart {
				r.addOffice(m, t)
			}
		case role:
			// "the Russian foreign minister, Sergei Lavrov".
			if p, ok := next(i); ok && r.commaBetween(m.End, p.Start) && p.PersonEnd > p.PersonStart && p.RoleEnd <= p.RoleStart {
				r.addOffice(p, m)
			}
		}
	}
}

// commaBetween reports that bytes [a, b) of the sentence hold a comma and
// at most a few words: an appositive's joint.
func (r *reader) commaBetween(a, b int) bool {
	if a < 0 || b > len(r.s.Text) || a >= b {
		return false
	}
	gap := strings.TrimSpace(r.s.Text[a:b])
	return gap == ","
}

// addOffice records the office that titled mention t gives the person of
// mention p, in the country t names, or p's, or the one named after t
// ("… of Vietnam").
func (r *reader) addOffice(p, t Mention) {
	name := r.s.Text[p.PersonStart:p.PersonEnd]
	role := lower(r.s.Text[t.RoleStart:t.RoleEnd])
	for _, w := range strings.Fields(role) {
		if w == "former" || w == "late" || w == "then" || strings.HasPrefix(w, "ex-") {
			return
		}
	}
	if !publicOffice(t) || !strings.ContainsRune(name, ' ') && notAName(name) {
		return
	}
	country := t.Actor
	if country == "" && !strings.HasPrefix(p.Code, "---") {
		country = p.Actor
	}
	_, end := r.tokenRange(t.Start, t.End)
	if country == "" && r.w(end) == "of" {
		if q := r.partyAt(end + 1); q >= 0 {
			if ss := r.sides(q); len(ss) > 0 {
				country = ss[0].code
				end = r.parties[q].end
			}
		}
	}
	if country == "" {
		return
	}
	if !strings.HasPrefix(country, "IGO") && len(country) > 3 {
		country = country[:3]
	}
	// The evidence: the title with the country words just before it
	// ("Ukrainian President"), and the name.
	a, _ := r.tokenRange(t.RoleStart, t.RoleEnd)
	if pa, _ := r.tokenRange(p.Start, p.End); pa < a {
		a = pa
	}
	for ms, _ := r.tokenRange(t.Start, t.End); a > ms && (r.toks[a-1].capital || r.toks[a-1].kind == segment.Possessive); {
		a--
	}
	_, nameEnd := r.tokenRange(p.PersonStart, p.PersonEnd)
	if t.Start > p.Start {
		nameEnd = end // "To Lam, the president of Vietnam"
	}
	r.add(event.Fact{Type: event.FactOffice, Parties: []string{country}, Person: name, Level: role, Modality: event.Asserted}, a, nameEnd)
}

// publicOffice reports whether the title of mention t is a public office:
// its code gives a government, military, legislative, judicial, police,
// intelligence or party role (not a professor's or a reporter's), or it
// belongs to an international organisation.
func publicOffice(t Mention) bool {
	if strings.HasPrefix(t.Actor, "IGO") || strings.HasPrefix(t.Code, "IGO") {
		return true
	}
	// The blocks after the country's ("VNMGOV", "---GOV", "RUSGOVMIL").
	role := ""
	if len(t.Code) > 3 {
		role = t.Code[3:]
	}
	for len(role) >= 3 {
		switch role[:3] {
		case "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY":
			return true
		}
		role = role[3:]
	}
	return false
}

// notAName reports one-word "names" that are not: a title word, a day or a
// month that a title happened to stand before.
func notAName(w string) bool {
	if kind(lower(w)) == candTitle {
		return true
	}
	switch lower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
		"march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "chief", "head":
		return true
	}
	return false
}
