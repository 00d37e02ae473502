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
		if isReportingVerb(s.up(x)) || s.up(x) == "CONCLUDED" || s.up(x) == "INSISTED" {
			return c.groupBefore(s, x, 0)
		}
	}
	for x := v.end; x < len(s.toks); x++ {
		if s.toks[x].punct == ';' {
			break
		}
		if isReportingVerb(s.up(x)) {
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
// with its allies"), a verb after a noun of wish or prospect ("a mutual
// interest in resuming arms sales"), or the act a demand asks for
// ("demanded that Somalia withdraw").
func (c *Coder) governedClause(s *sentence, v verbHit) bool {
	if c.forTo(s, v) != nil {
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
	// The word before "that" (an adverb may stand between) asks.
	for x := that - 1; x >= 0 && x >= that-2; x-- {
		u := s.up(x)
		for _, stem := range []string{"DEMAND", "URG", "INSIST", "ASK", "CALL", "APPEAL", "REQUEST", "PROPOS", "SUGGEST", "RECOMMEND", "REQUIR"} {
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

// dashLimit returns the first dash after token i that opens a
// parenthetical ("Putin thanked his host – whose country has been …"),
// or limit: a verb's object does not lie beyond it.
func dashLimit(s *sentence, i, limit int) int {
	for x := i; x < limit && x < len(s.toks); x++ {
		if s.toks[x].punct == '-' && x > 0 && s.toks[x].start > s.toks[x-1].end {
			return x
		}
	}
	return limit
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
