package coder

// contextCountry returns the one state that the sentence's actors belong
// to — its dictionary actors and the people the document has placed — or
// "" when they belong to none or to several.
func (c *Coder) contextCountry(s *sentence) string {
	one := ""
	for _, m := range s.matches {
		var code string
		switch {
		case m.actor && m.rec >= 0:
			code, _ = c.t.actorRecs[m.rec].CodeAt(s.date)
		case m.rec <= -2:
			code = s.persons[-2-m.rec].code
		default:
			continue
		}
		st := stateOf(code)
		if st == "" {
			continue
		}
		if one != "" && st != one {
			return ""
		}
		one = st
	}
	return one
}
