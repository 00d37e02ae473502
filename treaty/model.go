package treaty

// Kind is what an obligation promises, in ATOP's categories.
type Kind string

// Obligation kinds.
const (
	// Defense: active military support if the other party is attacked.
	Defense Kind = "defense"
	// Offense: support in a war the parties start.
	Offense Kind = "offense"
	// Neutrality: not to aid the other party's attacker.
	Neutrality Kind = "neutrality"
	// NonAggression: not to attack the other party. Never counted as
	// defense.
	NonAggression Kind = "non_aggression"
	// Consultation: to consult if a crisis arises, nothing more.
	Consultation Kind = "consultation"
)

// Kinds lists every kind, strongest promise of support first.
var Kinds = []Kind{Defense, Offense, Neutrality, Consultation, NonAggression}

func (k Kind) valid() bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// ConditionType is what an obligation depends on.
type ConditionType string

// Condition types.
const (
	// Location: the attack must happen in an area ([Condition.Area]).
	Location ConditionType = "location"
	// Adversary: only attacks by the named states ([Condition.Adversaries]),
	// or by a class of states the text names ([Condition.Text]).
	Adversary ConditionType = "adversary"
	// Conflict: only in a specific conflict.
	Conflict ConditionType = "conflict"
	// NonProvocation: only if the attacked party did not provoke the attack.
	NonProvocation ConditionType = "non_provocation"
	// OnRequest: only if the attacked party asks for help.
	OnRequest ConditionType = "on_request"
	// Attackers: only if attacked by a number of states (ATOP defconum).
	Attackers ConditionType = "attackers"
	// Reservation: a clause that qualifies the obligation in a way no input
	// decides (the EU's "specific character" of some members' policy).
	Reservation ConditionType = "reservation"
)

var conditionTypes = []ConditionType{Location, Adversary, Conflict, NonProvocation, OnRequest, Attackers, Reservation}

// Condition is one condition on an obligation, with the article it comes
// from.
type Condition struct {
	Type    ConditionType `json:"type"`
	Article string        `json:"article,omitempty"`
	// Area names the area of a Location condition (see [Area]).
	Area string `json:"area,omitempty"`
	// Adversaries are the states an Adversary condition names (ISO3).
	Adversaries []string `json:"adversaries,omitempty"`
	// Text says the condition in our own words.
	Text string `json:"text,omitempty"`
}

// Party is a state bound by a treaty, over its own interval.
type Party struct {
	// Code is the ISO 3166-1 alpha-3 code, or "cow:N" for a state with no
	// ISO code (ATOP imports of historical states).
	Code string `json:"code"`
	// Name is set for parties whose code says little ("cow:245").
	Name string `json:"name,omitempty"`
	// Joined is the day the treaty came into force for the party; zero
	// means with the treaty.
	Joined Date `json:"joined,omitzero"`
	// Left is the day the party stopped being bound; zero means it still is.
	Left Date   `json:"left,omitzero"`
	Note string `json:"note,omitempty"`
}

// All, in a clause's By or To, stands for every party.
const All = "*"

// Clause is an obligation as a treaty states it: by some parties to some
// parties ("*" for all), with the article and conditions. A treaty's
// clauses expand into directed [Obligation]s, one per ordered pair of
// distinct parties.
type Clause struct {
	Kind    Kind     `json:"kind"`
	By      []string `json:"by"`
	To      []string `json:"to"`
	Article string   `json:"article"`
	// From and Until narrow the clause to part of the treaty's life (the
	// EU's Article 42(7) from the Lisbon Treaty on).
	From       Date        `json:"from,omitzero"`
	Until      Date        `json:"until,omitzero"`
	Conditions []Condition `json:"conditions,omitempty"`
	// Conditional adds conditions for some obligors only: code → conditions.
	ConditionalFor map[string][]Condition `json:"conditional_for,omitempty"`
	Note           string                 `json:"note,omitempty"`
}

// Suspension stops obligations from By to To over an interval without
// ending the treaty (the United States and New Zealand under ANZUS since
// 1986). Mutual applies it both ways.
type Suspension struct {
	By     string `json:"by"`
	To     string `json:"to"`
	From   Date   `json:"from"`
	Until  Date   `json:"until,omitzero"`
	Mutual bool   `json:"mutual,omitempty"`
	Reason string `json:"reason"`
}

// Status values of a treaty.
const (
	// StatusBase: an entry of the project's own treaty base.
	StatusBase = "base"
	// StatusImported: read from a data set such as ATOP.
	StatusImported = "imported"
	// StatusReported: a candidate treaty known only from news reporting,
	// not yet checked against the treaty's text.
	StatusReported = "reported"
)

// Evidence is a source for a treaty or one of its facts: an article of the
// text, a data set row, or a news sentence.
type Evidence struct {
	// Kind is "article", "dataset" or "news".
	Kind string `json:"kind"`
	// Doc and Sentence locate a news sentence; Text is its words.
	Doc      string `json:"doc,omitempty"`
	Sentence string `json:"sentence,omitempty"`
	Start    int    `json:"start,omitempty"`
	End      int    `json:"end,omitempty"`
	Date     Date   `json:"date,omitzero"`
	Text     string `json:"text,omitempty"`
	FactID   string `json:"fact_id,omitempty"`
}

// Treaty is one treaty or alliance.
type Treaty struct {
	// ID is short, stable and unique in its source ("nato", "atop-3180").
	ID    string `json:"id"`
	Name  string `json:"name"`
	Short string `json:"short,omitempty"`
	// Source says where the entry comes from ("base", "atop-4.01", "news").
	Source string `json:"source,omitempty"`
	// Status is StatusBase, StatusImported or StatusReported.
	Status  string `json:"status,omitempty"`
	Signed  Date   `json:"signed,omitzero"`
	InForce Date   `json:"in_force,omitzero"`
	// InForceUnknown marks a treaty whose entry into force is not known:
	// it binds no one until the date is recorded.
	InForceUnknown bool   `json:"in_force_unknown,omitempty"`
	Ended          Date   `json:"ended,omitzero"`
	EndNote        string `json:"end_note,omitempty"`
	// ATOP is the ATOP alliance id, when ATOP codes the treaty.
	ATOP        int          `json:"atop,omitempty"`
	Summary     string       `json:"summary,omitempty"`
	Parties     []Party      `json:"parties"`
	Clauses     []Clause     `json:"obligations"`
	Suspensions []Suspension `json:"suspensions,omitempty"`
	Evidence    []Evidence   `json:"evidence,omitempty"`
	Notes       []string     `json:"notes,omitempty"`
}

// Obligation is one directed obligation: By owes To a promise of Kind over
// Interval, on Conditions, under Article of Treaty.
type Obligation struct {
	Treaty     *Treaty
	Kind       Kind
	By, To     string
	Article    string
	Interval   Interval
	Conditions []Condition
	// Suspended lists the suspensions that cover part of Interval.
	Suspended []Suspension
}

// Life is the interval over which the treaty binds anyone: from entry into
// force (signature when no entry into force is given) to its end. A treaty
// whose entry into force is unknown binds no one.
func (t *Treaty) Life() Interval {
	from := t.InForce
	if from.IsZero() {
		from = t.Signed
	}
	if t.InForceUnknown {
		return Interval{From: Date{9999, 12, 31}, Until: Date{9999, 12, 31}}
	}
	return Interval{From: from, Until: t.Ended}
}

// Membership returns the intervals over which code is a party (a state
// may leave and rejoin), within the treaty's life.
func (t *Treaty) Membership(code string) []Interval {
	var out []Interval
	life := t.Life()
	for _, p := range t.Parties {
		if p.Code != code {
			continue
		}
		iv := Interval{From: p.Joined, Until: p.Left}.Intersect(life)
		if !iv.Empty() {
			out = append(out, iv)
		}
	}
	return out
}

// IsParty reports whether code is a party on day d.
func (t *Treaty) IsParty(code string, d Date) bool {
	for _, iv := range t.Membership(code) {
		if iv.Contains(d) {
			return true
		}
	}
	return false
}

// Obligations expands the clauses into directed obligations, one per
// ordered pair of distinct parties and membership interval, with the
// suspensions that touch each.
func (t *Treaty) Obligations() []Obligation {
	var out []Obligation
	life := t.Life()
	for _, c := range t.Clauses {
		civ := Interval{From: c.From, Until: c.Until}.Intersect(life)
		for _, by := range t.expand(c.By) {
			for _, to := range t.expand(c.To) {
				if by == to {
					continue
				}
				for _, bi := range t.Membership(by) {
					for _, ti := range t.Membership(to) {
						iv := civ.Intersect(bi).Intersect(ti)
						if iv.Empty() {
							continue
						}
						conds := c.Conditions
						if extra := c.ConditionalFor[by]; len(extra) > 0 {
							conds = append(append([]Condition(nil), conds...), extra...)
						}
						out = append(out, Obligation{
							Treaty: t, Kind: c.Kind, By: by, To: to, Article: c.Article,
							Interval: iv, Conditions: conds, Suspended: t.suspensions(by, to, iv),
						})
					}
				}
			}
		}
	}
	return out
}

// expand turns a clause's By or To into party codes, each once, in the
// order of the party list.
func (t *Treaty) expand(codes []string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(c string) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, c := range codes {
		if c == All {
			for _, p := range t.Parties {
				add(p.Code)
			}
			continue
		}
		add(c)
	}
	return out
}

func (t *Treaty) suspensions(by, to string, iv Interval) []Suspension {
	var out []Suspension
	for _, s := range t.Suspensions {
		match := s.By == by && s.To == to || s.Mutual && s.By == to && s.To == by
		if match && iv.Overlaps(Interval{From: s.From, Until: s.Until}) {
			out = append(out, s)
		}
	}
	return out
}

// SuspendedOn returns the suspension in force on day d, if any.
func (o Obligation) SuspendedOn(d Date) (Suspension, bool) {
	for _, s := range o.Suspended {
		if (Interval{From: s.From, Until: s.Until}).Contains(d) {
			return s, true
		}
	}
	return Suspension{}, false
}
