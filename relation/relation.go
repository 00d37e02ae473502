// Package relation turns facts and events into claims about standing
// relations — defense pacts, sanctions regimes, arms supply, trade in a
// year, partnerships, memberships, offices held — and folds the claims of
// many sentences into one relation with its validity and status.
//
// A claim's identity ([Claim.Key]) is its type, its parties at the level of
// states and organisations (canon.Principal), in order for a directed tie
// (supplier to recipient, sanctioning party to target, guarantor to
// guaranteed) and in either order for a mutual one, the year for trade
// figures, the office for an office held, and the modality class: a
// planned or denied pact is not the pact.
package relation

import (
	"slices"
	"strconv"
	"strings"

	"github.com/entente/entente/canon"
	"github.com/entente/entente/event"
)

// Claim is what one fact or event says about a relation.
type Claim struct {
	Type string
	// Parties are the principals involved; Source and Target are set for a
	// directed tie.
	Parties        []string
	Source, Target string
	Mutual         bool
	Level          string
	// Holder is the person who holds an office.
	Holder       string
	ValueUSD     float64
	Year         int
	Since, Until string
	// Class is the modality class (canon.ClassOf); Modality the claim's
	// own modality; Attribution who the sentence attributes it to.
	Class, Modality, Attribution string
}

// FromFact returns the claim a fact makes; false when it names no party.
func FromFact(f event.Fact) (Claim, bool) {
	c := Claim{
		Type: f.Type, Source: canon.Principal(f.Source), Target: canon.Principal(f.Target), Mutual: f.Mutual,
		Level: strings.TrimSpace(f.Level), ValueUSD: f.ValueUSD, Year: f.Year, Since: f.Since, Until: f.Until,
		Class: canon.ClassOf(f.Modality), Modality: modality(f.Modality), Attribution: attribution(f.Attribution),
	}
	for _, p := range f.Parties {
		if p := canon.Principal(p); p != "" && !slices.Contains(c.Parties, p) {
			c.Parties = append(c.Parties, p)
		}
	}
	for _, p := range []string{c.Source, c.Target} {
		if p != "" && !slices.Contains(c.Parties, p) {
			c.Parties = append(c.Parties, p)
		}
	}
	if c.Type == "" || len(c.Parties) == 0 {
		return Claim{}, false
	}
	if c.Mutual || c.Source == "" || c.Target == "" {
		c.Source, c.Target = "", ""
	}
	if c.Source == "" {
		slices.Sort(c.Parties)
	}
	return c, true
}

// eventTypes are the CAMEO codes whose events imply a standing tie from
// their source to their target.
var eventTypes = map[string]string{
	"163": event.FactSanctions,  // impose sanctions or an embargo
	"072": event.FactArmsSupply, // give military aid
}

// FromEvent returns the claim an event makes about a standing tie, if its
// code (or the three-digit code it refines) implies one and it has a
// target other than its source.
func FromEvent(e event.Event) (Claim, bool) {
	typ, ok := eventTypes[e.CAMEO[:min(3, len(e.CAMEO))]]
	if !ok || e.Target == nil {
		return Claim{}, false
	}
	src, tgt := canon.Principal(e.Source.Code), canon.Principal(e.Target.Code)
	if src == "" || tgt == "" || src == tgt {
		return Claim{}, false
	}
	return Claim{
		Type: typ, Parties: []string{src, tgt}, Source: src, Target: tgt,
		Class: canon.ClassOf(e.Modality), Modality: modality(e.Modality), Attribution: attribution(e.Attribution),
	}, true
}

func modality(m string) string {
	if m == "" {
		return event.Asserted
	}
	return m
}

func attribution(a *event.Attribution) string {
	if a == nil {
		return ""
	}
	if a.Code != "" {
		return a.Code
	}
	return strings.TrimSpace(a.Text)
}

// FromEntity returns the claim that a person the text names with a role
// makes: an office held in the person's state or organisation ("deputy
// defense minister" of RUS). Without a role, or for an organisation, there
// is none.
func FromEntity(x event.Entity) (Claim, bool) {
	role := strings.TrimSpace(x.Role)
	p := canon.Principal(x.Code)
	if x.Kind != "" && x.Kind != "person" || role == "" || p == "" || strings.TrimSpace(x.Name) == "" {
		return Claim{}, false
	}
	return Claim{Type: event.FactOffice, Parties: []string{p}, Level: role, Holder: strings.TrimSpace(x.Name),
		Class: canon.ClassFactual, Modality: event.Asserted}, true
}

// Key is the claim's identity: claims with one key are one relation.
func (c Claim) Key() string {
	var b strings.Builder
	b.WriteString(c.Type)
	b.WriteByte('|')
	if c.Source != "" {
		b.WriteString(c.Source + ">" + c.Target)
	} else {
		b.WriteString(strings.Join(c.Parties, "+"))
	}
	switch c.Type {
	case event.FactTrade:
		b.WriteString("|" + strconv.Itoa(c.Year))
	case event.FactOffice:
		b.WriteString("|" + strings.ToLower(c.Level) + "|" + strings.ToLower(c.Holder))
	}
	b.WriteString("|" + c.Class)
	return b.String()
}

// State is a relation as its claims together give it.
type State struct {
	Type           string
	Parties        []string
	Source, Target string
	Mutual         bool
	Level          string
	Holder         string
	ValueUSD       float64
	Year           int
	Since, Until   string
	Class          string
	// Asserted, Claimed and Alleged count the factual claims stated in
	// the source's own voice, attributed to someone, and made as
	// accusations; ClaimedBy lists the attributions in first-seen order.
	Asserted, Claimed, Alleged int
	ClaimedBy                  []string
}

// Start returns the relation its first claim makes.
func Start(c Claim) State {
	s := State{Type: c.Type, Parties: c.Parties, Source: c.Source, Target: c.Target, Mutual: c.Mutual,
		Level: c.Level, Holder: c.Holder, ValueUSD: c.ValueUSD, Year: c.Year, Since: c.Since, Until: c.Until, Class: c.Class}
	s.count(c)
	return s
}

// Add folds a claim with the same key into s: the latest wording of the
// level, the earliest start and the latest end, a value when s had none.
func (s *State) Add(c Claim) {
	if c.Level != "" {
		s.Level = c.Level
	}
	s.Mutual = s.Mutual || c.Mutual
	if s.ValueUSD == 0 {
		s.ValueUSD = c.ValueUSD
	}
	if c.Since != "" && (s.Since == "" || before(c.Since, s.Since)) {
		s.Since = c.Since
	}
	if c.Until != "" && (s.Until == "" || before(s.Until, c.Until)) {
		s.Until = c.Until
	}
	s.count(c)
}

func (s *State) count(c Claim) {
	switch {
	case c.Modality == event.Alleged:
		s.Alleged++
	case c.Attribution != "":
		s.Claimed++
	default:
		s.Asserted++
	}
	if c.Attribution != "" && !slices.Contains(s.ClaimedBy, c.Attribution) {
		s.ClaimedBy = append(s.ClaimedBy, c.Attribution)
	}
}

// before reports whether date a starts before date b; dates that cannot be
// read keep their order.
func before(a, b string) bool {
	ia, _, oka := canon.Span(a)
	ib, _, okb := canon.Span(b)
	return oka && okb && ia.Lo < ib.Lo
}

// Status is how far the evidence goes (the store's Status constants): for
// a factual relation, asserted when a source states it in its own voice,
// claimed when every source attributes it to someone, alleged when every
// source reports an accusation; otherwise the class (planned,
// hypothetical, negated).
func (s State) Status() string {
	if s.Class != canon.ClassFactual {
		return s.Class
	}
	switch {
	case s.Asserted > 0:
		return "asserted"
	case s.Claimed > 0:
		return "claimed"
	}
	return "alleged"
}
