package treaty

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Status is how an obligor stands toward the state it owes.
type Status string

// Obligor statuses, strongest first.
const (
	// Obligated: a defense obligation whose conditions are all met.
	Obligated Status = "obligated"
	// Conditional: a defense obligation with a condition the inputs
	// cannot decide; the reason says which.
	Conditional Status = "conditional"
	// Consulting: bound only to consult.
	Consulting Status = "consultation"
	// Neutral: bound only not to help the attacker.
	Neutral Status = "neutrality"
)

func (s Status) rank() int {
	switch s {
	case Obligated:
		return 0
	case Conditional:
		return 1
	case Consulting:
		return 2
	}
	return 3
}

// Query is a cascade question: Target is attacked (by Attacker, when
// known) on day At, at Location (when given).
type Query struct {
	Target string
	// Attacker is optional; adversary conditions stay undecided without it.
	Attacker string
	At       Date
	// Location is an ISO3 code (that state's home territory) or a place of
	// the gazetteer. Empty: the attack is taken to be on the target's home
	// territory, and the reasons say so.
	Location string
	// Counterattack treats the attacker as attacked in turn once defenders
	// are at war with it, so that states owing defense to the attacker are
	// drawn in. Off by default: a defense pact does not cover its member's
	// own aggression.
	Counterattack bool
	// Requested says the attacked states ask for help (on_request
	// conditions); Unprovoked says the attack was unprovoked
	// (non_provocation conditions). Unset, those conditions stay
	// undecided.
	Requested  bool
	Unprovoked bool
}

// Obligor is a state bound to come to the aid of an attacked state (the
// target in round 1, a defender drawn in later), with the strongest
// obligation it has.
type Obligor struct {
	Code    string `json:"code"`
	Status  Status `json:"status"`
	Treaty  string `json:"treaty"`
	Article string `json:"article"`
	Reason  string `json:"reason"`
	Round   int    `json:"round"`
	// OwedTo is the attacked state the obligation is owed to; Side is
	// "target" or "attacker", the side the obligor joins.
	OwedTo string `json:"-"`
	Side   string `json:"-"`
	// Undecided lists the conditions that made a Conditional obligor.
	Undecided []Condition `json:"-"`
	// Also holds the obligor's other, weaker obligations that apply.
	Also []Obligor `json:"-"`
}

// Excluded is an obligation that does not bind on the day, with the
// reason: not yet in force, ended, suspended, or a condition not met.
type Excluded struct {
	Code    string
	Treaty  string
	Article string
	OwedTo  string
	Round   int
	Reason  string
}

// Result is the cascade's answer. The JSON fields are the public shape of
// `entente cascade --format json`.
type Result struct {
	Target   string    `json:"target"`
	Attacker *string   `json:"attacker"`
	At       string    `json:"at"`
	Obligors []Obligor `json:"obligors"`
	// Excluded is shown by the text format, not in the JSON.
	Excluded []Excluded `json:"-"`
}

// ErrBadQuery wraps every problem with a query's inputs.
var ErrBadQuery = errors.New("bad cascade query")

// victim is a state under attack in a round.
type victim struct {
	code, side string
	place      Place
	// assumed: the place is the victim's home territory by default;
	// unplaced: a defender drawn in, whose place of attack is unknown.
	assumed, unplaced bool
}

// Cascade answers q over the set's obligations. Round 1 lists every state
// with an obligation owed to the target on q.At; in each later round the
// states newly obligated in the round before are at war with the other
// side and count as attacked on their home territory, so that their own
// allies are drawn in; with q.Counterattack the attacker counts as
// attacked too. It stops when a round adds no one. Every state appears
// once, in the first round that reaches it, with its strongest
// obligation.
func (s *Set) Cascade(q Query) (Result, error) {
	if err := s.checkQuery(q); err != nil {
		return Result{}, err
	}
	res := Result{Target: q.Target, At: q.At.String(), Obligors: []Obligor{}}
	if q.Attacker != "" {
		a := q.Attacker
		res.Attacker = &a
	}
	// side places every state reached; war holds the belligerents: the
	// target, the attacker and the obligated defenders.
	side := map[string]string{q.Target: "target"}
	war := map[string]string{q.Target: "target"}
	if q.Attacker != "" {
		side[q.Attacker] = "attacker"
		war[q.Attacker] = "attacker"
	}
	first := victim{code: q.Target, side: "target"}
	if q.Location != "" {
		first.place, _ = s.Places.Resolve(q.Location)
	} else {
		first.place, _ = s.Places.Resolve(q.Target)
		first.assumed = true
	}
	frontier := []victim{first}
	attackerHit := false
	for round := 1; len(frontier) > 0; round++ {
		best := map[string]*Obligor{}
		var order []string
		for _, v := range frontier {
			for _, o := range s.owedTo[v.code] {
				if o.Kind == NonAggression || o.Kind == Offense {
					continue
				}
				if sd, placed := side[o.By]; placed {
					if sd != v.side && o.Kind == Defense && o.Interval.Contains(q.At) {
						res.Excluded = append(res.Excluded, Excluded{Code: o.By, Treaty: o.Treaty.ID, Article: o.Article, OwedTo: v.code, Round: round,
							Reason: fmt.Sprintf("also owes %s defense under %s, but is already on the %s side", v.code, o.Treaty.label(), sd)})
					}
					continue
				}
				ob, ex, ok := s.judge(o, v, q, war, round)
				if !ok {
					if ex.Reason != "" {
						res.Excluded = append(res.Excluded, ex)
					}
					continue
				}
				cur := best[o.By]
				switch {
				case cur == nil:
					order = append(order, o.By)
					best[o.By] = &ob
				case ob.Status.rank() < cur.Status.rank():
					ob.Also = append(append(ob.Also, *cur), cur.Also...)
					cur.Also = nil
					best[o.By] = &ob
				default:
					cur.Also = append(cur.Also, ob)
				}
			}
		}
		var next []victim
		for _, code := range order {
			ob := best[code]
			side[code] = ob.Side
			res.Obligors = append(res.Obligors, *ob)
			if ob.Status == Obligated {
				war[code] = ob.Side
				next = append(next, victim{code: code, side: ob.Side, unplaced: true})
			}
		}
		if q.Counterattack && !attackerHit && hasSide(res.Obligors, "target", Obligated) {
			attackerHit = true
			next = append(next, victim{code: q.Attacker, side: "attacker", unplaced: true})
		}
		frontier = next
	}
	slices.SortStableFunc(res.Obligors, func(a, b Obligor) int {
		if a.Round != b.Round {
			return a.Round - b.Round
		}
		if d := a.Status.rank() - b.Status.rank(); d != 0 {
			return d
		}
		return strings.Compare(a.Code, b.Code)
	})
	return res, nil
}

func hasSide(obs []Obligor, side string, st Status) bool {
	for _, o := range obs {
		if o.Side == side && o.Status == st {
			return true
		}
	}
	return false
}

func (s *Set) checkQuery(q Query) error {
	known := func(code string) bool {
		return s.Countries.Known(code) || len(s.owedTo[code]) > 0
	}
	switch {
	case q.Target == "":
		return fmt.Errorf("%w: no target", ErrBadQuery)
	case !known(q.Target):
		return fmt.Errorf("%w: target %q is not a known ISO3 code", ErrBadQuery, q.Target)
	case q.Attacker != "" && !known(q.Attacker):
		return fmt.Errorf("%w: attacker %q is not a known ISO3 code", ErrBadQuery, q.Attacker)
	case q.Attacker == q.Target:
		return fmt.Errorf("%w: the target cannot be its own attacker", ErrBadQuery)
	case q.At.IsZero() || !q.At.Precise():
		return fmt.Errorf("%w: the day of the attack (at) must be a full date", ErrBadQuery)
	case q.Counterattack && q.Attacker == "":
		return fmt.Errorf("%w: counterattack needs an attacker", ErrBadQuery)
	}
	if q.Location != "" {
		if _, ok := s.Places.Resolve(q.Location); !ok {
			return fmt.Errorf("%w: unknown location %q (give an ISO3 code or a place such as %s)", ErrBadQuery, q.Location, strings.Join(s.Places.IDs()[:6], ", "))
		}
	}
	return nil
}

// label names a treaty in reasons.
func (t *Treaty) label() string {
	if t.Short != "" {
		return t.Short
	}
	return t.Name
}

// judge decides one obligation owed to an attacked state: an Obligor when
// it binds (possibly conditionally), an Excluded with the reason when it
// does not, or neither when it is of no interest (ended long before).
func (s *Set) judge(o Obligation, v victim, q Query, war map[string]string, round int) (Obligor, Excluded, bool) {
	ex := Excluded{Code: o.By, Treaty: o.Treaty.ID, Article: o.Article, OwedTo: v.code, Round: round}
	t := o.Treaty
	if !o.Interval.Contains(q.At) {
		if o.Kind != Defense {
			return Obligor{}, Excluded{}, false
		}
		switch {
		case t.InForceUnknown:
			ex.Reason = fmt.Sprintf("%s: entry into force not recorded, so it binds no one yet", t.label())
		case !o.Interval.From.IsZero() && q.At.Before(o.Interval.From):
			ex.Reason = fmt.Sprintf("%s: not in force for %s→%s until %s", t.label(), o.By, o.To, o.Interval.From)
		case !o.Interval.Until.IsZero() && !o.Interval.Until.Before(Date{q.At.Year - 30, 1, 1}):
			// Report obligations that ended within a generation; older
			// ones would drown the answer.
			ex.Reason = fmt.Sprintf("%s: no longer binds %s→%s since %s", t.label(), o.By, o.To, o.Interval.Until)
		}
		return Obligor{}, ex, false
	}
	if sp, ok := o.SuspendedOn(q.At); ok {
		ex.Reason = fmt.Sprintf("%s: suspended since %s: %s", t.label(), sp.From, sp.Reason)
		return Obligor{}, ex, false
	}
	ob := Obligor{Code: o.By, Treaty: t.ID, Article: o.Article, Round: round, OwedTo: v.code, Side: v.side}
	var notes, open []string
	for _, c := range o.Conditions {
		verdict, why := s.condition(c, o, v, q, war)
		switch verdict {
		case No:
			ex.Reason = fmt.Sprintf("%s %s: %s", t.label(), article(o.Article), why)
			return Obligor{}, ex, false
		case Unknown:
			ob.Undecided = append(ob.Undecided, c)
			open = append(open, why)
		default:
			notes = append(notes, why)
		}
	}
	attack := "armed attack on " + v.code
	if round > 1 {
		attack = v.code + " at war on the " + v.side + "'s side"
	}
	head := fmt.Sprintf("%s %s, %s", t.label(), article(o.Article), attack)
	switch o.Kind {
	case Defense:
		if len(open) > 0 {
			ob.Status = Conditional
			ob.Reason = head + "; undecided: " + strings.Join(open, "; ")
		} else {
			ob.Status = Obligated
			ob.Reason = head
		}
	case Consultation:
		ob.Status = Consulting
		ob.Reason = head + ": consultation only, no promise of military help"
	case Neutrality:
		ob.Status = Neutral
		ob.Reason = head + ": bound only not to help the attacker"
	}
	if len(notes) > 0 {
		ob.Reason += "; " + strings.Join(notes, "; ")
	}
	return ob, Excluded{}, true
}

// article names an article in reasons; a reference that is not an
// article number ("paragraph 6", "understanding of the United States")
// is kept as it is.
func article(a string) string {
	if a == "" {
		return "(article not recorded)"
	}
	if strings.Contains(a, " ") {
		return a
	}
	return "Article " + a
}

// condition decides one condition and says why.
func (s *Set) condition(c Condition, o Obligation, v victim, q Query, war map[string]string) (Verdict, string) {
	what := string(c.Type)
	if c.Article != "" {
		what += " (" + article(c.Article) + ")"
	}
	switch c.Type {
	case Location:
		a := s.Areas[c.Area]
		if a == nil {
			// ATOP codes that a location condition exists, not the area.
			return Unknown, fmt.Sprintf("%s: %s", what, c.Text)
		}
		if v.unplaced {
			return Unknown, fmt.Sprintf("%s: only an attack in %s, and where %s would be attacked is not known", what, a.Name, v.code)
		}
		ctx := areaContext{isParty: func(code string) bool { return o.Treaty.IsParty(code, q.At) }, target: v.code, at: q.At}
		where := v.place.Name
		if v.assumed {
			where = v.code + "'s home territory (assumed: no location given)"
		}
		switch a.contains(v.place, ctx) {
		case Yes:
			return Yes, fmt.Sprintf("%s met: %s is in %s", what, where, a.Name)
		case No:
			return No, fmt.Sprintf("%s not met: %s is outside %s", what, where, a.Name)
		}
		why := fmt.Sprintf("%s: whether %s is in %s cannot be decided", what, where, a.Name)
		if v.place.Note != "" {
			why += " (" + v.place.Note + ")"
		}
		return Unknown, why
	case Adversary:
		attackers := opponents(v, war)
		if len(c.Adversaries) == 0 {
			return Unknown, fmt.Sprintf("%s: %s", what, c.Text)
		}
		if len(attackers) == 0 {
			return Unknown, fmt.Sprintf("%s: only attacks by %s, and the attacker is not given", what, strings.Join(c.Adversaries, ", "))
		}
		for _, a := range attackers {
			if slices.Contains(c.Adversaries, a) {
				return Yes, fmt.Sprintf("%s met: %s is a named adversary", what, a)
			}
		}
		return No, fmt.Sprintf("%s not met: the attack is not by %s", what, strings.Join(c.Adversaries, ", "))
	case NonProvocation:
		if q.Unprovoked {
			return Yes, what + " met: the attack is given as unprovoked"
		}
		return Unknown, what + ": only if the attack was unprovoked, which the inputs do not say"
	case OnRequest:
		if q.Requested {
			return Yes, what + " met: the attacked state asks for help"
		}
		return Unknown, what + ": only at the attacked state's request, which the inputs do not say"
	}
	text := c.Text
	if text == "" {
		text = "a condition the inputs cannot decide"
	}
	return Unknown, fmt.Sprintf("%s: %s", what, text)
}

// opponents are the belligerents of the side victim v does not belong to.
func opponents(v victim, war map[string]string) []string {
	var out []string
	for code, sd := range war {
		if sd != v.side {
			out = append(out, code)
		}
	}
	slices.Sort(out)
	return out
}
