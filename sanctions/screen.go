package sanctions

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/entente/entente/event"
)

// EntityHit is a list entry that a person or organisation named in a
// document matches.
type EntityHit struct {
	// Doc, Kind, Name and Mentions are the entity's.
	Doc      string       `json:"doc"`
	Kind     string       `json:"kind"`
	Name     string       `json:"name"`
	Mentions []event.Span `json:"mentions,omitempty"`
	// Entity is the entity's index in the slice given to ScreenEntities.
	Entity int `json:"entity"`
	// Role is "name" when the entity's own name matched, "organization"
	// when the body it belongs to did ("the director of
	// Rosoboronexport").
	Role string `json:"role"`
	// Hit is the match as `entente screen` prints it.
	Hit       Line `json:"hit"`
	Candidate `json:"-"`
}

// ScreenEntities screens the people and organisations that documents name
// (the event.Entity records of pipeline.Process): each entity's name, as a
// person or an organisation by its kind, and the organisation it belongs
// to. It returns the matches only, in the order of the entities; a name
// that several entities share is screened once.
func (ix *Index) ScreenEntities(entities []event.Entity) []EntityHit {
	type asked struct {
		name string
		typ  Type
	}
	cache := map[asked][]Candidate{}
	screen := func(name string, t Type) []Candidate {
		k := asked{strings.TrimSpace(name), t}
		if c, ok := cache[k]; ok {
			return c
		}
		var matches []Candidate
		for _, c := range ix.Screen(Query{Name: k.name, Type: t}) {
			if c.Match {
				matches = append(matches, c)
			}
		}
		cache[k] = matches
		return matches
	}
	var out []EntityHit
	for i, e := range entities {
		t, _ := ParseType(e.Kind)
		base := EntityHit{Doc: e.Doc, Kind: e.Kind, Name: e.Name, Mentions: e.Mentions, Entity: i}
		add := func(role, name string, t Type) {
			for _, c := range screen(name, t) {
				h := base
				h.Role, h.Candidate = role, c
				h.Hit = ix.Lines(Query{Name: name, Type: t}, []Candidate{c})[0]
				out = append(out, h)
			}
		}
		if e.Name != "" {
			add("name", e.Name, t)
		}
		if e.Organization != "" && !strings.EqualFold(e.Organization, e.Name) {
			add("organization", e.Organization, Entity)
		}
	}
	return out
}

// ListStore keeps imported lists: the store wires this to its tables.
type ListStore interface {
	// ReplaceList stores the entries of one list, replacing whatever the
	// store held for that list.
	ReplaceList(ctx context.Context, list string, entries []Entry) error
}

// HitStore keeps screening hits, linked to the entities and mentions they
// came from.
type HitStore interface {
	PutHits(ctx context.Context, hits []EntityHit) error
}

// StoreHits screens entities (ScreenEntities) and hands the hits to dst,
// as ingest does after each document; it returns the hits.
func (ix *Index) StoreHits(ctx context.Context, dst HitStore, entities []event.Entity) ([]EntityHit, error) {
	hits := ix.ScreenEntities(entities)
	if len(hits) == 0 {
		return nil, nil
	}
	if err := dst.PutHits(ctx, hits); err != nil {
		return hits, fmt.Errorf("store %d sanctions hits: %w", len(hits), err)
	}
	return hits, nil
}

// ParseType reads an entry or entity type: person, entity (also
// organization, organisation, company), vessel, aircraft, or empty for
// unknown.
func ParseType(s string) (Type, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return Unknown, true
	case "person", "individual":
		return Person, true
	case "entity", "organization", "organisation", "company":
		return Entity, true
	case "vessel":
		return Vessel, true
	case "aircraft":
		return Aircraft, true
	}
	return Unknown, false
}

// ListSummary counts what one imported list holds.
type ListSummary struct {
	List       string       `json:"list"`
	Entries    int          `json:"entries"`
	Unnamed    int          `json:"unnamed"`
	Names      int          `json:"names"`
	Weak       int          `json:"weak_aliases"`
	Types      map[Type]int `json:"types"`
	Programmes int          `json:"programmes"`
	// Unmapped counts the entries per programme tag that no built-in
	// regime claims.
	Unmapped map[string]int `json:"unmapped,omitempty"`
}

// Summarize counts entries by list, lists in name order.
func Summarize(entries []Entry) []ListSummary {
	by := map[string]*ListSummary{}
	progs := map[string]map[string]bool{}
	for i := range entries {
		e := &entries[i]
		s := by[e.List]
		if s == nil {
			s = &ListSummary{List: e.List, Types: map[Type]int{}}
			by[e.List] = s
			progs[e.List] = map[string]bool{}
		}
		s.Entries++
		if len(e.Names) == 0 {
			s.Unnamed++
		}
		s.Names += len(e.Names)
		for _, n := range e.Names {
			if n.Kind == Weak {
				s.Weak++
			}
		}
		s.Types[e.Type]++
		for _, p := range e.Programmes {
			progs[e.List][p] = true
			if _, ok := LookupTag(e.List, p); !ok {
				if s.Unmapped == nil {
					s.Unmapped = map[string]int{}
				}
				s.Unmapped[p]++
			}
		}
	}
	out := make([]ListSummary, 0, len(by))
	for list, s := range by {
		s.Programmes = len(progs[list])
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b ListSummary) int { return strings.Compare(a.List, b.List) })
	return out
}

// Import stores entries list by list, each list replacing what the store
// held for it, and returns their summary.
func Import(ctx context.Context, dst ListStore, entries []Entry) ([]ListSummary, error) {
	byList := map[string][]Entry{}
	for _, e := range entries {
		byList[e.List] = append(byList[e.List], e)
	}
	sum := Summarize(entries)
	for _, s := range sum {
		if err := dst.ReplaceList(ctx, s.List, byList[s.List]); err != nil {
			return sum, fmt.Errorf("import %s: %w", s.List, err)
		}
	}
	return sum, nil
}

// MergeDuplicates folds entries that share LIST/ID (two vintages of one
// list, loaded together) into the first of them: names, programmes and
// the other lists are united, and a later non-empty listing date, type,
// remarks or source replaces an earlier empty one. It returns the entries
// in first-seen order and how many were folded.
func MergeDuplicates(entries []Entry) ([]Entry, int) {
	at := map[string]int{}
	out := make([]Entry, 0, len(entries))
	folded := 0
	for _, e := range entries {
		i, seen := at[e.Key()]
		if !seen {
			at[e.Key()] = len(out)
			out = append(out, e)
			continue
		}
		folded++
		m := &out[i]
		for _, n := range e.Names {
			if n.Kind == Primary && hasPrimary(m.Names) {
				n.Kind = Strong
			}
			m.addName(n)
		}
		if m.Type == Unknown {
			m.Type = e.Type
		}
		m.Programmes = appendUnique(m.Programmes, e.Programmes...)
		m.BirthDates = appendUnique(m.BirthDates, e.BirthDates...)
		m.BirthPlaces = appendUnique(m.BirthPlaces, e.BirthPlaces...)
		m.Nationalities = appendUnique(m.Nationalities, e.Nationalities...)
		m.Countries = appendUnique(m.Countries, e.Countries...)
		m.Positions = appendUnique(m.Positions, e.Positions...)
		for _, a := range e.Addresses {
			if !slices.Contains(m.Addresses, a) {
				m.Addresses = append(m.Addresses, a)
			}
		}
		m.Listed = firstNonEmpty(m.Listed, e.Listed)
		m.Remarks = firstNonEmpty(m.Remarks, e.Remarks)
		if e.Source != "" && !strings.Contains(m.Source, e.Source) {
			m.Source = joinNonEmpty(" ", m.Source, e.Source)
		}
	}
	return out, folded
}

func hasPrimary(names []Name) bool {
	return slices.ContainsFunc(names, func(n Name) bool { return n.Kind == Primary })
}
