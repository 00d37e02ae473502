// Package canon decides when event mentions report the same real-world
// occurrence, so that a store can keep one canonical event per occurrence
// with every mention that reports it, instead of counting reports.
//
// Two mentions are the same occurrence when
//
//   - their dyads are the same at the level of states and organisations
//     (RUSGOV and RUS are both Russia; a ministry and its army are one
//     state; an opposition party or the press is not the state), in the same
//     order for directed acts and in either order for mutual ones (signing
//     an agreement, talks, cooperation), a host's hosting a visit (043)
//     being the visitor's visit (042) seen from the other side;
//   - their CAMEO codes are of one family: the same code, or one a
//     refinement of the other (040 "consult" and 042 "make a visit");
//   - their modalities agree: asserted and alleged mentions report the
//     same claim about the world, while a plan, a hypothesis or a denial is
//     another claim;
//   - their dates are compatible: the stretches of time they allow overlap
//     (see [Rules.When]), so that the day 2024-06-20 in Hanoi and the
//     instant 2024-06-19T19:00Z agree, a month contains its days, and a
//     date that only repeats the publication day allows a window of days
//     before it.
//
// A canonical event keeps the intersection of its mentions' stretches, so
// every mention it gathers stays compatible with every other. The rules are
// deterministic: for the same mentions in the same order, [Choose] and
// [Event.Join] give the same canonical events.
package canon

import (
	"strings"
	"time"

	"github.com/entente/entente/event"
)

// Rules are the tolerances of the merge. The zero value merges only dates
// that overlap exactly; [DefaultRules] holds the tolerances for news.
type Rules struct {
	// ReportLag is how long before its publication day an event that the
	// text does not date may have happened: news reports what happened
	// today, yesterday or a few days ago.
	ReportLag time.Duration
	// ReportLead is how long after its publication day such an event may
	// happen: a story filed before the event it announces ("arrives").
	ReportLead time.Duration
	// InstantSlack widens a clock time on each side: reports of one
	// moment round it differently ("around 2am", "shortly after 1am").
	InstantSlack time.Duration
}

// DefaultRules returns the tolerances for news: three days of report lag,
// one day of lead, two hours of slack around a clock time.
func DefaultRules() Rules {
	return Rules{ReportLag: 72 * time.Hour, ReportLead: 24 * time.Hour, InstantSlack: 2 * time.Hour}
}

// Modality classes: mentions merge only within one class.
const (
	ClassFactual      = "factual" // asserted or alleged
	ClassPlanned      = "planned"
	ClassHypothetical = "hypothetical"
	ClassNegated      = "negated"
)

// ClassOf returns the class of a modality; unknown modalities count as
// asserted, as the event record defines.
func ClassOf(modality string) string {
	switch modality {
	case event.Planned:
		return ClassPlanned
	case event.Hypothetical:
		return ClassHypothetical
	case event.Negated:
		return ClassNegated
	}
	return ClassFactual
}

// Side is one end of a canonical dyad.
type Side struct {
	// Principal is the state or organisation the actor belongs to (RUS
	// for RUSGOV); empty for no actor.
	Principal string
	// Code is the most specific actor code seen for this side (RUSGOV).
	Code string
	// Person is the person named for this side, when a mention names one.
	Person string
}

// Mention is an event mention as the merge sees it.
type Mention struct {
	// Code is the CAMEO code, a host's visit (043) turned into the visit
	// (042) with the dyad reversed.
	Code string
	// Source and Target are the dyad, reversed with Code.
	Source, Target Side
	// Class is the modality class; Modality the mention's own modality.
	Class, Modality string
	// When is the stretch of time the mention's date allows; Dated is
	// false when it has no usable date.
	When  Interval
	Dated bool
	// Date is the mention's date and precision how narrowly it places the
	// event (smaller is narrower).
	Date      *event.Date
	precision int64
}

// Mention reads e as the merge sees it.
func (r Rules) Mention(e event.Event) Mention {
	m := Mention{
		Code:     e.CAMEO,
		Source:   Side{Principal: Principal(e.Source.Code), Code: e.Source.Code, Person: e.Source.Person},
		Class:    ClassOf(e.Modality),
		Modality: e.Modality,
		Date:     e.Date,
	}
	if m.Modality == "" {
		m.Modality = event.Asserted
	}
	if e.Target != nil {
		m.Target = Side{Principal: Principal(e.Target.Code), Code: e.Target.Code, Person: e.Target.Person}
	}
	if rev, ok := reciprocal[m.Code]; ok && m.Target.Principal != "" {
		m.Code = rev
		m.Source, m.Target = m.Target, m.Source
	}
	m.When, m.Dated = r.When(e.Date)
	m.precision = r.precision(e.Date)
	return m
}

// Key is the part of the identity that a store can index: the CAMEO root,
// the two principals in sorted order and the modality class. Mentions of
// one occurrence always share their key; [Choose] and [Event.Join] decide
// the rest.
func (m Mention) Key() string {
	a, b := m.Source.Principal, m.Target.Principal
	if b < a {
		a, b = b, a
	}
	return root(m.Code) + "|" + a + "|" + b + "|" + m.Class
}

// Directed reports whether the mention's act has a direction: false for
// the mutual acts (agreements, talks, cooperation) in which "A and B" act
// together.
func (m Mention) Directed() bool { return !mutual[family(m.Code)] }

// Event is the state of a canonical event: what its mentions together say.
type Event struct {
	// Code is the most specific CAMEO code of its mentions.
	Code           string
	Source, Target Side
	// Directed is false while every mention is of a mutual act.
	Directed bool
	Class    string
	// Modality is asserted when a mention asserts the event, otherwise the
	// first mention's modality (alleged for a factual event).
	Modality string
	// When is the intersection of the mentions' stretches; Dated is false
	// for an event of undated mentions.
	When  Interval
	Dated bool
	// Date is the most precise date of its mentions.
	Date      *event.Date
	Precision int64
}

// Start returns the canonical event its first mention m makes.
func Start(m Mention) Event {
	return Event{
		Code: m.Code, Source: m.Source, Target: m.Target, Directed: m.Directed(),
		Class: m.Class, Modality: m.Modality, When: m.When, Dated: m.Dated,
		Date: m.Date, Precision: m.precision,
	}
}

// Key is the key of the event's mentions (see [Mention.Key]).
func (c Event) Key() string {
	return Mention{Code: c.Code, Source: c.Source, Target: c.Target, Class: c.Class}.Key()
}

// Accepts reports whether m reports the occurrence c stands for.
func (c Event) Accepts(m Mention) bool {
	if m.Key() != c.Key() || !sameFamily(c.Code, m.Code) {
		return false
	}
	if m.Dated != c.Dated || (m.Dated && !c.When.Overlaps(m.When)) {
		return false
	}
	if c.Directed && m.Directed() {
		return m.Source.Principal == c.Source.Principal && m.Target.Principal == c.Target.Principal
	}
	return true
}

// Join returns c with m merged into it, and false (with c unchanged) when
// m does not report the same occurrence.
func (c Event) Join(m Mention) (Event, bool) {
	if !c.Accepts(m) {
		return c, false
	}
	if m.Source.Principal != c.Source.Principal {
		// A mutual act reported the other way round.
		m.Source, m.Target = m.Target, m.Source
	}
	if !c.Directed && m.Directed() {
		c.Directed = true
		if m.Source.Principal != c.Source.Principal {
			c.Source, c.Target = c.Target, c.Source
		}
	}
	if specificity(m.Code) > specificity(c.Code) {
		c.Code = m.Code
	}
	c.Source = c.Source.merge(m.Source)
	c.Target = c.Target.merge(m.Target)
	if m.Modality == event.Asserted {
		c.Modality = event.Asserted
	}
	if c.Dated {
		c.When = c.When.Intersect(m.When)
	}
	if m.precision < c.Precision {
		c.Date, c.Precision = m.Date, m.precision
	}
	return c, true
}

// merge keeps the more specific code and the first person named.
func (s Side) merge(o Side) Side {
	if o.Principal != s.Principal {
		return s
	}
	if len(o.Code) > len(s.Code) {
		s.Code = o.Code
	}
	if s.Person == "" {
		s.Person = o.Person
	}
	return s
}

// Choose returns the index of the candidate that m joins, or -1 when none
// accepts it: the one with the same CAMEO code before a mere family
// member, then the one whose stretch of time is narrowest, then the
// earliest in candidates (a store lists them in the order it made them).
func Choose(m Mention, candidates []Event) int {
	best := -1
	for i, c := range candidates {
		if !c.Accepts(m) {
			continue
		}
		if best < 0 || better(m, c, candidates[best]) {
			best = i
		}
	}
	return best
}

func better(m Mention, a, b Event) bool {
	ea, eb := family(a.Code) == family(m.Code), family(b.Code) == family(m.Code)
	if ea != eb {
		return ea
	}
	return a.When.Width() < b.When.Width()
}

// reciprocal maps an act to the same act seen from its other party.
var reciprocal = map[string]string{"043": "042"}

// mutual lists the families (see family) of acts that two parties perform
// together, so that "A and B signed" and "B signed with A" are one event.
var mutual = map[string]bool{
	"036": true, // express intent to meet or negotiate
	"04":  true, // consult
	"041": true, // discuss by telephone
	"044": true, // meet at a third location
	"046": true, // engage in negotiation
	"057": true, // sign a formal agreement
	"06":  true, // engage in material cooperation
	"061": true, "062": true, "063": true, "064": true,
}

// family is a code with its generic last digit dropped: the root-level
// code 040 is the family 04 of every consultation.
func family(code string) string {
	if len(code) == 3 && code[2] == '0' {
		return code[:2]
	}
	return code
}

func root(code string) string {
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

func specificity(code string) int { return len(family(code)) }

// sameFamily reports whether one code refines the other.
func sameFamily(a, b string) bool {
	fa, fb := family(a), family(b)
	return strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa)
}

// stateSectors are the role blocks of a state's own organs; an actor with
// one of them (or none) acts for its state. Others (opposition, rebels,
// media, business, civil society) are actors of their own.
var stateSectors = map[string]bool{
	"GOV": true, "MIL": true, "LEG": true, "JUD": true, "SPY": true, "COP": true,
}

// Principal returns the state or organisation an actor code stands for:
// the country for a state's organs (RUS for RUS, RUSGOV, RUSGOVMIL), the
// country and the first sector for non-state actors (RUSOPP, UKRMED), and
// an international or non-governmental organisation's code without state
// role blocks (IGOWSTNAT, IGOUNO for IGOUNOGOV). Empty and "---" are no
// actor.
func Principal(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" || code == "---" {
		return ""
	}
	if len(code) <= 3 {
		return code
	}
	switch code[:3] {
	case "IGO", "NGO", "IMG", "MNC", "UIS":
		for len(code) > 6 && stateSectors[code[len(code)-3:]] {
			code = code[:len(code)-3]
		}
		return code
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if b := code[i : i+3]; !stateSectors[b] {
			return code[:3] + b
		}
	}
	return code[:3]
}
