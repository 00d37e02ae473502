package treaty

import (
	"fmt"
	"slices"
	"strings"

	"github.com/entente/entente/event"
)

// Corroboration is what a reported pact says of the treaty base: the base
// treaty it confirms, or a candidate treaty made from the report.
type Corroboration struct {
	// Treaty is the base treaty the fact corroborates; nil when none does.
	Treaty *Treaty
	// Candidate is a treaty made from the report, with StatusReported,
	// when no base treaty matches.
	Candidate *Treaty
	// Evidence is the fact's sentence as evidence, to attach to either.
	Evidence Evidence
	// Why says how the match was made or why none was.
	Why string
}

// Corroborate matches a defense-pact fact from the news against the set:
// the base treaty whose parties include the fact's states, that has a
// defense or consultation obligation between them, and that was signed on
// or before the fact's date (within a year after, for a report of a
// signing announced early). When several match, the one with a defense
// obligation and the latest signature wins. With no match it makes a
// candidate treaty, marked as coming from reporting, whose obligations are
// the ones the fact states (mutual, or Source → Target).
func (s *Set) Corroborate(f event.Fact) (Corroboration, error) {
	if f.Type != event.FactDefensePact {
		return Corroboration{}, fmt.Errorf("fact %s: type %q is not %q", f.ID, f.Type, event.FactDefensePact)
	}
	parties := factParties(f)
	if len(parties) < 2 {
		return Corroboration{}, fmt.Errorf("fact %s: a pact needs two parties, the fact names %v", f.ID, f.Parties)
	}
	for _, p := range parties {
		if !s.Countries.Known(p) {
			return Corroboration{}, fmt.Errorf("fact %s: party %q is not a known ISO3 code", f.ID, p)
		}
	}
	when, _ := factDate(f)
	ev := Evidence{Kind: "news", Doc: f.Doc, Sentence: f.Sentence.Text, Start: f.Evidence.Start, End: f.Evidence.End,
		Text: f.Evidence.Text, Date: when, FactID: f.ID}
	var best *Treaty
	bestDefense, bestLive := false, false
	for _, t := range s.Treaties {
		if t.Status == StatusReported || !coversAll(t, parties) {
			continue
		}
		// A report may announce a signing a little early, never years
		// before it.
		if limit := (Date{when.First().Year + 1, 12, 31}); !when.IsZero() && !t.Signed.IsZero() && limit.Before(t.Signed) {
			continue
		}
		def, ok := bindsBetween(t, parties)
		if !ok {
			continue
		}
		// A treaty counts from its signature here: the news reports pacts
		// when they are signed, often months before they enter into force.
		signed := t.Signed
		if signed.IsZero() {
			signed = t.InForce
		}
		span := Interval{From: signed, Until: t.Ended}
		live := when.IsZero() || when.Precise() && span.Contains(when) || !when.Precise() && span.Overlaps(Year(when.Year))
		better := best == nil || live && !bestLive ||
			live == bestLive && (def && !bestDefense || def == bestDefense && best.Signed.Before(t.Signed))
		if better {
			best, bestDefense, bestLive = t, def, live
		}
	}
	if best != nil {
		why := fmt.Sprintf("%s binds %s", best.label(), strings.Join(parties, " and "))
		if !bestDefense {
			why += " (consultation only: the report's wording is stronger than the treaty)"
		}
		return Corroboration{Treaty: best, Evidence: ev, Why: why}, nil
	}
	cand := &Treaty{
		ID:     "reported-" + strings.ToLower(strings.Join(parties, "-")) + dateSuffix(when),
		Name:   "Reported defense pact between " + strings.Join(parties, " and "),
		Source: "news", Status: StatusReported, Signed: when,
		InForceUnknown: true,
		Summary:        "Known only from reporting; not checked against a treaty text. It binds no one in the cascade until its entry into force is recorded.",
		Evidence:       []Evidence{ev},
	}
	if f.Level != "" {
		cand.Notes = append(cand.Notes, "reported as: "+f.Level)
	}
	for _, p := range parties {
		cand.Parties = append(cand.Parties, Party{Code: p})
	}
	by, to := []string{All}, []string{All}
	if !f.Mutual && f.Source != "" && f.Target != "" {
		by, to = []string{country(f.Source)}, []string{country(f.Target)}
	}
	cand.Clauses = []Clause{{Kind: Defense, By: by, To: to, Note: "stated in the news; article unknown"}}
	return Corroboration{Candidate: cand, Evidence: ev, Why: "no base treaty binds " + strings.Join(parties, " and ")}, nil
}

// factParties returns the distinct country codes of a fact's parties (the
// first three letters of actor codes such as RUSGOV).
func factParties(f event.Fact) []string {
	var out []string
	for _, p := range f.Parties {
		c := country(p)
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

func country(actor string) string {
	if len(actor) < 3 {
		return ""
	}
	return strings.ToUpper(actor[:3])
}

// factDate is the day a fact refers to: Since, else the year.
func factDate(f event.Fact) (Date, error) {
	if f.Since != "" {
		s := f.Since
		if len(s) > 10 {
			s = s[:10]
		}
		return ParseDate(s)
	}
	if f.Year != 0 {
		return Date{Year: f.Year}, nil
	}
	return Date{}, nil
}

func dateSuffix(d Date) string {
	if d.IsZero() {
		return ""
	}
	return "-" + d.String()
}

// coversAll reports whether every code is at some time a party of t.
func coversAll(t *Treaty, codes []string) bool {
	for _, c := range codes {
		if len(t.Membership(c)) == 0 && !t.InForceUnknown {
			return false
		}
		found := false
		for _, p := range t.Parties {
			found = found || p.Code == c
		}
		if !found {
			return false
		}
	}
	return true
}

// bindsBetween reports whether t has a defense (true) or only a
// consultation (false) clause between the codes.
func bindsBetween(t *Treaty, codes []string) (defense, ok bool) {
	for _, c := range t.Clauses {
		if c.Kind != Defense && c.Kind != Consultation {
			continue
		}
		names := func(list []string, code string) bool {
			return slices.Contains(list, All) || slices.Contains(list, code)
		}
		for _, a := range codes {
			for _, b := range codes {
				if a != b && names(c.By, a) && names(c.To, b) {
					ok = true
					defense = defense || c.Kind == Defense
				}
			}
		}
	}
	return defense, ok
}
